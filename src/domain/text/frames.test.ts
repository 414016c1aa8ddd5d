import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../knowledge/index.js';
import { analyzeText } from './analyze.js';
import { FIELDS, compileEntries, inflect } from './concepts.js';
import { FRAMES } from './frame-lexicon.js';
import { EVENT_SIGNALS } from './signals.js';

const ids = (text: string) => analyzeText(text).signals.map((s) => s.id);
const valueOf = (text: string, id: string) =>
  analyzeText(text).signals.find((s) => s.id === id)?.value;

describe('concept fields', () => {
  it('generates the inflected forms of a lemma, regular and irregular', () => {
    expect(inflect('hug')).toEqual(expect.arrayContaining(['hugs', 'hugged', 'hugging']));
    expect(inflect('cry')).toEqual(expect.arrayContaining(['cries', 'cried', 'crying']));
    expect(inflect('notice')).toEqual(expect.arrayContaining(['notices', 'noticed', 'noticing']));
    expect(inflect('do')).toEqual(expect.arrayContaining(['does', 'did', 'doing']));
    expect(inflect('tell')).toEqual(expect.arrayContaining(['told']));
    // Function words are left alone: "a" + s would read as "as".
    expect(inflect('a')).toEqual(['a']);
    expect(inflect('i')).toEqual(['i']);
  });

  it('has no empty entry in any field', () => {
    for (const [name, entries] of Object.entries(FIELDS)) {
      for (const entry of compileEntries(entries)) {
        expect(entry.length, name).toBeGreaterThan(0);
        for (const forms of entry)
          expect(
            [...forms].every((f) => f.length > 0),
            name,
          ).toBe(true);
      }
    }
  });
});

describe('clause frames', () => {
  const kb = knowledgeBase();
  const textSignals = new Set(
    kb.signals.filter((s) => s.origins.includes('text')).map((s) => s.id),
  );

  it('only produce knowledge-base signals that text may show, and every field they name exists', () => {
    for (const frame of FRAMES) {
      expect(textSignals.has(frame.id), frame.id).toBe(true);
      for (const name of frame.spec.match(/@(\w+)/g) ?? [])
        expect(Object.hasOwn(FIELDS, name.slice(1)), `${frame.id}: ${name}`).toBe(true);
    }
  });

  it('cover the five heaviest text signals of every cause (by a frame, or as a named event)', () => {
    const framed = new Set(FRAMES.map((f) => f.id));
    const events = new Set(
      Object.values(EVENT_SIGNALS).flatMap((e) => [e.group, ...(e.specific ? [e.specific] : [])]),
    );
    for (const cause of kb.causes) {
      const top = kb.signals
        .filter((s) => s.origins.includes('text') && (s.weights[cause.id] ?? 0) > 0)
        .sort((a, b) => (b.weights[cause.id] ?? 0) - (a.weights[cause.id] ?? 0))
        .slice(0, 5);
      for (const signal of top)
        expect(framed.has(signal.id) || events.has(signal.id), `${cause.id}: ${signal.id}`).toBe(
          true,
        );
    }
  });

  it('read recoil from touch whichever way round the sentence goes, for the partner only', () => {
    expect(ids('She stiffens whenever I put my arm around her.')).toContain(
      'partner.less-physical-affection',
    );
    expect(ids('When I try to kiss him he turns his head.')).toContain(
      'partner.less-physical-affection',
    );
    expect(ids('I stiffen when he hugs me, I am not sure why.')).not.toContain(
      'partner.less-physical-affection',
    );
  });

  it('read a decline as the signal and a plain statement as its absence', () => {
    expect(ids("He doesn't kiss me goodbye anymore.")).toContain('partner.less-physical-affection');
    expect(ids('He kisses me goodbye every morning.')).not.toContain(
      'partner.less-physical-affection',
    );
  });

  it('set a negated or someone else’s statement aside', () => {
    expect(ids('He makes little comments about my weight.')).toContain(
      'partner.remarks-on-appearance',
    );
    expect(ids('He never comments on my weight.')).not.toContain('partner.remarks-on-appearance');
    expect(ids('My boss makes comments about my weight.')).not.toContain(
      'partner.remarks-on-appearance',
    );
  });

  it('understand wording no corpus uses, for the heaviest signals', () => {
    expect(ids('The more I ask what is wrong, the quieter he gets.')).toContain(
      'relationship.pursue-withdraw-cycle',
    );
    expect(ids('Whenever I get upset he makes an excuse and goes upstairs.')).toContain(
      'partner.needs-space-when-you-are-upset',
    );
    expect(ids('All her evenings go to the pottery course now.')).toContain(
      'partner.new-routine-takes-time',
    );
    expect(ids('The butterflies have mellowed into something quieter.')).toContain(
      'self.misses-early-intensity',
    );
    expect(ids('She keeps her phone face down on the table these days.')).toContain(
      'partner.more-secretive',
    );
    expect(ids('He begged me so many times for one evening a week together.')).toContain(
      'partner.voiced-needs-before',
    );
  });

  it('keep "still" signals to how things are now', () => {
    expect(ids("We're planning a trip to Lisbon in the spring.")).toContain(
      'partner.still-makes-future-plans',
    );
    expect(ids('He used to plan trips with me.')).not.toContain('partner.still-makes-future-plans');
  });

  it('weigh a hedged frame at half strength', () => {
    expect(valueOf('I think he feels trapped.', 'partner.fears-losing-freedom')).toBe(0.5);
    expect(valueOf('He feels trapped.', 'partner.fears-losing-freedom')).toBe(1);
  });
});

describe('frames added after the seventh set (our own sentences)', () => {
  it('reads opening up followed by a retreat, and "better off with someone else"', () => {
    expect(ids('Each time he opens up about his brother he goes quiet afterwards.')).toContain(
      'partner.pulls-back-after-closeness',
    );
    expect(
      ids('He keeps saying I would be better off with someone who has it together.'),
    ).toContain('partner.doubts-being-good-enough');
  });

  it('reads the partner coming closer once the user stopped pushing', () => {
    expect(
      ids('The week I stopped asking about the holiday, she came over and made me dinner.'),
    ).toContain('partner.returns-after-space');
  });

  it('reads withdrawal from the user and others, and a business of their own', () => {
    expect(ids('He has withdrawn from me and from his football mates.')).toContain(
      'partner.withdrawn-from-everyone',
    );
    expect(ids('She started her own little catering company in May.')).toContain(
      'context.new-start-career',
    );
  });

  it('reads hard talks avoided, hints instead of words, and deflection', () => {
    expect(ids('We have never been good at talking about difficult stuff.')).toContain(
      'relationship.topics-off-limits',
    );
    expect(ids('I drop hints instead of asking for what I need.')).toContain(
      'self.kept-own-needs-unsaid',
    );
    expect(ids('If I ask anything personal he deflects with a joke.')).toContain(
      'partner.deflects-deep-talk',
    );
    expect(ids('He books holidays on his own these days.')).toContain('partner.plans-without-you');
  });

  it('reads the eighth-set kinds of everyday telling (sentences of our own)', () => {
    expect(ids('He goes quiet and I get angrier, so he leaves the room.')).toContain(
      'self.pursue-more-when-they-withdraw',
    );
    expect(ids('I think he has given up chasing me altogether.')).toContain(
      'relationship.pursue-withdraw-cycle',
    );
    expect(ids('Getting close scares him more than anything.')).toContain(
      'partner.pulls-back-after-closeness',
    );
    expect(ids('We talked about meeting each others families at Easter.')).toContain(
      'context.event-closer-step',
    );
    expect(ids('Honestly she just got comfortable with me.')).toContain(
      'relationship.comfortable-routine',
    );
    expect(ids('He can never tell me what he feels.')).toContain('partner.hard-to-name-feelings');
    expect(ids('She went back to nursing full time in September.')).toContain(
      'context.new-start-career',
    );
    expect(ids('He stopped talking about when we would move in together.')).toContain(
      'partner.future-talk-stopped',
    );
  });

  it('reads a life without the user set up quietly, and warmth kept for others', () => {
    expect(ids('He has been looking at listings for studio flats near his office.')).toContain(
      'partner.plans-without-you',
    );
    expect(ids('She opened her own bank account last month.')).toContain(
      'partner.plans-without-you',
    );
    expect(ids('He goes flat the minute he walks through the door.')).toContain(
      'partner.withdrawn-only-from-you',
    );
    expect(ids('They are private about their messages now.')).toContain('partner.more-secretive');
    // The user's own words about the two of them are not the partner talking of a break.
    const apart = ids('We have drifted apart over the years.');
    expect(apart).toContain('relationship.fewer-shared-interests');
    expect(apart).not.toContain('partner.talked-about-break');
  });

  it('reads tears met with a practical offer, grievances saved up, an excuse found when close', () => {
    expect(ids('When I am crying he asks if I want a cup of tea.')).toContain(
      'partner.misses-emotional-cues',
    );
    expect(ids('Three weeks later out comes a whole list she has been keeping.')).toContain(
      'partner.brings-up-old-grievances',
    );
    expect(ids('Whenever we get really close he finds a reason to go out.')).toContain(
      'partner.pulls-back-after-closeness',
    );
    expect(ids('She does not flirt with me any more.')).toContain(
      'partner.less-physical-affection',
    );
  });

  it('does not read the user own bereavement as a loss of the partner', () => {
    const own = ids('When my uncle died he handled the funeral and never asked how I was.');
    expect(own).not.toContain('context.loss-bereavement');
    expect(own).not.toContain('context.event-preceded');
    expect(ids('Since his father died he barely speaks.')).toContain('context.loss-bereavement');
  });

  it('reads looks remarked on only when the partner says it, and a wish to slow down', () => {
    expect(ids('He keeps telling me I have put on weight.')).toContain(
      'partner.remarks-on-appearance',
    );
    expect(ids('I told my sister I have let myself go a bit.')).not.toContain(
      'partner.remarks-on-appearance',
    );
    expect(ids('A week after the holiday she said she needed to slow down.')).toContain(
      'partner.pulls-back-after-closeness',
    );
  });
});
