import { describe, expect, it } from 'vitest';
import { knowledgeBase, SAFETY_FLAG_IDS } from '../knowledge/index.js';
import { analyzeText } from './analyze.js';
import { COMBO_RULES } from './combine.js';
import { SAFETY_CASES, type LevelledSafetyCase } from './corpus/index.js';
import extraData from './corpus/safety-extra.json' with { type: 'json' };
import { FIELDS } from './fields.js';
import { fill } from './patterns.js';
import { partnerRefs } from './references.js';
import { SAFETY_LEVEL, SAFETY_RULES } from './safety.js';

/** Our own extra cases (./corpus/safety-extra.json), written to test wording no rule listed. */
const SAFETY_EXTRA = extraData as LevelledSafetyCase[];

const flagsOf = (text: string, settings = {}) =>
  analyzeText(text, settings).safety.flags.map((f) => f.id);

describe('safety flags', () => {
  it('recall on our safety corpus is 100%: every expected flag is raised', () => {
    const missed = SAFETY_CASES.flatMap((c) => {
      const settings = {
        ...(c.name ? { name: c.name } : {}),
        ...(c.pronoun ? { pronoun: c.pronoun } : {}),
      };
      const got = new Set(flagsOf(c.text, settings));
      return c.flags.filter((f) => !got.has(f)).map((f) => `${c.id}: ${f}`);
    });
    expect(missed).toEqual([]);
  });

  it('raises nothing on the negatives of the corpus (idioms, denials, other people)', () => {
    const alarms = SAFETY_CASES.filter((c) => c.flags.length === 0).flatMap((c) =>
      flagsOf(c.text).map((f) => `${c.id}: ${f}`),
    );
    expect(alarms).toEqual([]);
  });

  it('has at least 60 cases and a disclosure for every flag', () => {
    expect(SAFETY_CASES.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(SAFETY_CASES.flatMap((c) => c.flags));
    expect(SAFETY_FLAG_IDS.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('has a rule for every flag, with the level the knowledge base gives it', () => {
    const ruled = new Set(SAFETY_RULES.map((r) => r.flag));
    expect(SAFETY_FLAG_IDS.filter((f) => !ruled.has(f))).toEqual([]);
    for (const signal of knowledgeBase().signals) {
      if (signal.safety) expect(SAFETY_LEVEL[signal.safety.flag]).toBe(signal.safety.level);
    }
  });

  it('treats danger-to-life markers as urgent', () => {
    for (const text of [
      'He choked me last week.',
      'He pulled a knife on me.',
      'She said she would kill me.',
    ]) {
      expect(analyzeText(text).safety.level).toBe('urgent');
    }
  });

  it('keeps a negated disclosure but drops a plain denial', () => {
    expect(flagsOf("He didn't mean to hit me.")).toContain('physical-violence');
    expect(flagsOf('He never hit me before last Friday.')).toContain('physical-violence');
    expect(flagsOf('He has never hit me.')).toEqual([]);
    expect(flagsOf("I'm not scared of him.")).toEqual([]);
  });

  it('still flags when the disclosure is hedged', () => {
    expect(flagsOf('Maybe it is nothing, but I think he checks my phone.')).toContain(
      'control-of-phone',
    );
    expect(flagsOf("I guess I'm sort of afraid of him sometimes.")).toContain('fear-of-partner');
  });

  it('ignores idioms and other people', () => {
    for (const text of [
      'I could kill for a holiday.',
      'My boss will murder me.',
      'This traffic is killing me.',
      'She is dead tired.',
      'He is crushing his exams.',
      'We knocked it out of the park.',
    ]) {
      expect(flagsOf(text), text).toEqual([]);
    }
  });

  it('flags the same words said of the partner', () => {
    expect(flagsOf('My husband said he would murder me.')).toContain('threat-to-kill');
  });

  it('tells a threat of suicide as pressure from a partner in crisis', () => {
    expect(flagsOf('He says he will kill himself if I leave.')).toEqual([
      'suicide-threat-as-pressure',
    ]);
    expect(flagsOf('He has been talking about suicide and I am worried.')).toEqual([
      'partner-crisis',
    ]);
  });

  it('reads stalking only after a separation, monitoring otherwise', () => {
    expect(flagsOf('Since we split up he keeps showing up at my work.')).toContain('stalking');
    expect(flagsOf('He keeps showing up at my work.')).not.toContain('stalking');
  });

  it('quotes the exact words, with offsets into the text', () => {
    const text = 'We argue a lot.  Last week he put his hands around my neck.';
    const [flag] = analyzeText(text).safety.flags;
    expect(flag?.quote).toBe('hands around my neck');
    expect(text.slice(flag?.start, flag?.end)).toBe(flag?.quote);
  });
  // Broad constructions (verb class + the user as object, control verb + the user's things, fear
  // and ideation phrasings): checked on wording that is in none of the corpora.
  it.each([
    ['She leaned her elbow across my throat till I went dizzy.', 'strangulation', 'urgent'],
    ['He said if I ever walk out he will make sure I end up dead.', 'threat-to-kill', 'urgent'],
    [
      'My husband keeps my bank card and I must ask him for lunch money.',
      'control-of-money',
      'concern',
    ],
    ['I have to explain every purchase to her.', 'control-of-money', 'concern'],
    ['He makes me hand my phone over every night.', 'control-of-phone', 'concern'],
    ['He gets nasty whenever I go out for coffee with my sister.', 'isolation', 'concern'],
    ['He somehow knows where I have been all day.', 'monitoring', 'concern'],
    ['Some evenings I catch myself thinking about not waking up.', 'self-harm', 'urgent'],
    [
      "She says he'll be the one who finds me if he moves out.",
      'suicide-threat-as-pressure',
      'concern',
    ],
    ['I keep a bag packed by the door just in case.', 'fear-of-partner', 'concern'],
    [
      'First it was yelling, now it is worse than ever: he shoved me on Sunday.',
      'escalation',
      'urgent',
    ],
  ] as const)('reads "%s" as %s', (text, flag, level) => {
    const analysis = analyzeText(text);
    expect(analysis.safety.flags.map((f) => f.id)).toContain(flag);
    expect(analysis.safety.level).toBe(level);
  });

  it.each([
    'We played a video game full of guns until midnight.',
    'She is a chef and her knives cost more than my bike.',
    'He follows me from room to room when he wants to talk.',
    'The tension at dinner was so thick you could cut it with a knife.',
    'My trip got worse and worse as the trains kept failing.',
    'She is waiting for me to get bored of her, she says.',
  ])('stays quiet on "%s"', (text) => {
    expect(analyzeText(text).safety.level).toBe('none');
  });
});

// The semantic-field layer (./fields.ts, ./combine.ts): fields meeting in a clause with the right
// people in the right roles. Checked on wording that is in none of the corpora.
describe('safety by combination of fields', () => {
  it.each([
    ['He pressed his thumbs into my throat.', 'strangulation'],
    ['My wife keeps my debit card in her purse.', 'control-of-money'],
    ['She said that if I ever leave, I will wake up dead one morning.', 'threat-to-kill'],
    ['He told me the cat would disappear if I kept seeing Tom.', 'threats-to-children-or-pets'],
    [
      'When I said I wanted a divorce he showed me the pills he had saved.',
      'suicide-threat-as-pressure',
    ],
    ['He says there is no point in living any more.', 'partner-crisis'],
    ['There is no point in living, I told him last night.', 'self-harm'],
    ['We split up in spring and now he waits across the road from my office.', 'stalking'],
    ['I told her no but she kept touching me in bed.', 'sexual-coercion'],
    ['I change what I wear so he does not kick off.', 'fear-of-partner'],
    ['The arguments are getting worse and last week he smashed the TV.', 'escalation'],
    ['He installed something on my laptop that lets him see where I go.', 'monitoring'],
    ['He hates it when I see my friends and sulks all weekend.', 'isolation'],
    ['My partner punched me in the ribs.', 'physical-violence'],
  ] as const)('reads "%s" as %s', (text, flag) => {
    expect(flagsOf(text)).toContain(flag);
  });

  it.each([
    'He has never taken my money.',
    "He doesn't check my phone.",
    'My sister reads my messages.',
    'My toddler headbutted me and gave me a black eye.',
    "My mum and I share locations, it's handy.",
    'She wants me to go out with my friends more.',
    'We watched a film where a man chokes his wife.',
    'If I leave I would be dead to her family.',
  ])('stays quiet on "%s"', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it('quotes the words that met, with offsets into the text', () => {
    const text = 'Honestly.  He has my bank card and gives me an allowance.';
    const flag = analyzeText(text).safety.flags.find((f) => f.id === 'control-of-money');
    expect(flag?.quote).toContain('bank card');
    expect(flag?.quote).toContain('allowance');
    expect(text.slice(flag?.start, flag?.end)).toBe(flag?.quote);
  });

  it("someone else's words are theirs: a pronoun after them is not the partner", () => {
    expect(flagsOf('My sister says she wants to die every time her team loses.')).toEqual([]);
    expect(flagsOf('He says he wants to die.')).toEqual(['partner-crisis']);
  });

  it('every field used by a rule exists and none can match empty text', () => {
    for (const rule of COMBO_RULES) {
      const used = [
        rule.anchor,
        ...[...(rule.all ?? []), ...(rule.any ?? []), ...(rule.none ?? [])].map((n) => n.field),
      ];
      for (const field of used) expect(FIELDS[field], field).toBeTypeOf('string');
    }
    const refs = partnerRefs('he');
    for (const [id, source] of Object.entries(FIELDS)) {
      expect(new RegExp(fill(source, refs), 'i').test(''), id).toBe(false);
    }
  });

  it('our extra cases: every disclosure seen at its level, no alarm on the negatives', () => {
    const wrong = SAFETY_EXTRA.flatMap((c) => {
      const level = analyzeText(c.text).safety.level;
      return level === c.level ? [] : [`${c.id}: ${level} (expected ${c.level})`];
    });
    expect(wrong).toEqual([]);
  });
});
