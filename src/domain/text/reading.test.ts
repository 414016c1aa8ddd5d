import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.js';

const ids = (text: string) => analyzeText(text).signals.map((s) => s.id);

describe('reading ordinary wording for signals', () => {
  it('reads past degree fillers: "goes a bit stiff", "has pretty much stopped"', () => {
    expect(ids('She goes a bit stiff when I hug her.')).toContain(
      'partner.less-physical-affection',
    );
    expect(ids('She goes stiff when I hug her.')).toContain('partner.less-physical-affection');
    // "a bit of" is a quantity, not a filler.
    expect(ids('She has a bit of a cold.')).toEqual([]);
  });

  it('a subjectless clause takes the main subject, not the one of a "when" clause between', () => {
    expect(
      ids('Lately he laughs at my jokes less when I try, goes rigid when I kiss him.'),
    ).toContain('partner.less-physical-affection');
    // The user's own recoil stays the user's.
    expect(ids('When he comes in I go rigid when he hugs me.')).not.toContain(
      'partner.less-physical-affection',
    );
  });

  it('"rarely" before a plain signal turns it around', () => {
    expect(ids('She tells me what is worrying her.')).toContain('partner.shares-worries');
    expect(ids('She rarely tells me what is worrying her.')).not.toContain(
      'partner.shares-worries',
    );
  });

  it("the user's own loss or telling is not the event the distance followed", () => {
    const told = ids('When I told him my aunt died he just shrugged and changed the channel.');
    expect(told).not.toContain('context.event-preceded');
    expect(ids('My uncle died in May and he has been distant since.')).not.toContain(
      'context.loss-bereavement',
    );
    expect(ids('His uncle died in May and he has been distant since.')).toContain(
      'context.loss-bereavement',
    );
  });

  it('reads everyday wording for independence, reliance and feelings', () => {
    expect(ids('He keeps his own friends and his own weekends.')).toContain(
      'partner.values-independence-strongly',
    );
    expect(ids('When I was ill with flu in March she basically vanished.')).toContain(
      'partner.uneasy-when-relied-on',
    );
    expect(ids('He says he does not know what he feels, and means it.')).toContain(
      'partner.hard-to-name-feelings',
    );
    // The user's own friends are not the partner's independence.
    expect(ids('I keep my own friends close.')).not.toContain(
      'partner.values-independence-strongly',
    );
  });

  it('reads asking given up, the loop named, and warmth once the chasing stops', () => {
    expect(ids('Last spring she told me she was sick of asking for help with the kids.')).toContain(
      'partner.stopped-asking',
    );
    expect(ids('We are stuck in a cycle and neither of us knows how to get out.')).toContain(
      'relationship.pursue-withdraw-cycle',
    );
    expect(ids('Once I ease off he is lovely again within a day.')).toContain(
      'partner.returns-after-space',
    );
    expect(ids('Honestly it is a pattern with my job, not with us.')).not.toContain(
      'relationship.pursue-withdraw-cycle',
    );
  });

  it('reads a new role, warmth at home and plans that go on; not a full life elsewhere', () => {
    expect(ids('In January she got made head of her department.')).toContain(
      'context.new-start-career',
    );
    expect(ids('At home he is cuddly and content on the sofa.')).toContain(
      'partner.warm-when-together',
    );
    expect(ids('Her life looks happy and busy without me.')).not.toContain(
      'partner.warm-when-together',
    );
    expect(ids('He invited me to his sister’s wedding in the autumn.')).toContain(
      'partner.still-makes-future-plans',
    );
  });

  it('reads fading attraction and fear of closeness in plain words', () => {
    expect(ids('The little habits I have seem to annoy her now.')).not.toContain(
      'partner.contempt',
    );
    expect(ids('Things I say that he used to love now irritate him.')).toContain(
      'partner.irritated-with-you',
    );
    expect(ids('She keeps me at arm’s length since that weekend.')).toContain(
      'partner.pulls-back-after-closeness',
    );
    expect(ids('He keeps telling me I could do much better than him.')).toContain(
      'partner.doubts-being-good-enough',
    );
  });
});

describe('everyday wording added after the fifth set (sentences of our own)', () => {
  it('the step closer told as the thing itself', () => {
    expect(ids('Last month I gave him a spare key to my flat.')).toContain(
      'context.event-closer-step',
    );
    expect(ids('We had a long talk about getting engaged in the spring.')).toContain(
      'context.event-closer-step',
    );
    expect(ids('I cleared a shelf for her in the bathroom.')).toContain(
      'context.event-closer-step',
    );
  });

  it('doubting being enough, and expecting to be left', () => {
    expect(ids('She keeps saying I deserve someone less messy.')).toContain(
      'partner.doubts-being-good-enough',
    );
    expect(ids('He told me people always walk away in the end.')).toContain(
      'partner.doubts-being-good-enough',
    );
    expect(ids('She wonders why anyone would stay with her.')).toContain(
      'partner.doubts-being-good-enough',
    );
  });

  it('pulling back as closeness grows, and needing to breathe', () => {
    expect(ids('The closer we get, the further away he drifts.')).toContain(
      'partner.pulls-back-after-closeness',
    );
    expect(ids('She said she needs to breathe for a while.')).toContain(
      'partner.fears-losing-freedom',
    );
  });

  it('a feeling answered with dinner, facts or a new topic', () => {
    expect(ids('When I say I am lonely he asks what we are having for dinner.')).toContain(
      'partner.hard-to-name-feelings',
    );
    expect(ids('She meets my feelings with facts every time.')).toContain(
      'partner.hard-to-name-feelings',
    );
  });

  it('texting without apostrophes still reads the negation', () => {
    expect(ids('she doesnt hug me anymore')).toContain('partner.less-physical-affection');
    expect(ids('he isnt stressed at work')).not.toContain('context.stress-work');
  });
});

describe('more everyday wording per cause (sentences of our own)', () => {
  it('meeting their parents, and "I love you" said, are steps closer', () => {
    expect(ids('Things went odd after I met his family at Easter.')).toContain(
      'context.event-closer-step',
    );
    expect(ids('In March I told her I loved her.')).toContain('context.event-closer-step');
  });

  it('left for someone else is past hurt; left alone for a while is not', () => {
    expect(ids('His first wife left him for his cousin.')).toContain('partner.past-hurt');
    expect(ids('I left him alone for a few days to think.')).not.toContain('partner.past-hurt');
  });

  it('a business of their own, told with the glow', () => {
    expect(ids('He set up his own agency in the autumn.')).toContain('context.new-start-career');
    expect(ids('She talks about the business like a kid at a fair.')).toContain(
      'partner.energised-by-new-goal',
    );
  });

  it('raised again, harder, and gone; warm again once I give up; the loop named', () => {
    expect(ids('I raise it again, louder, and he goes for a run.')).toContain(
      'partner.shuts-down-when-pressed',
    );
    expect(ids('I back off for a week and she is lovely again.')).toContain(
      'partner.returns-after-space',
    );
    expect(ids('Then I complain, he hides, and round we go.')).toContain(
      'relationship.pursue-withdraw-cycle',
    );
  });

  it('not feeling heard, and no longer bringing things to me', () => {
    expect(ids('For a year he has said he does not feel heard.')).toContain(
      'partner.says-not-heard',
    );
    expect(ids('She has stopped bringing her worries to me.')).toContain('partner.stopped-asking');
  });

  it('being needed is not their thing; life alone remembered fondly', () => {
    expect(ids("He doesn't do being needed.")).toContain('partner.uneasy-when-relied-on');
    expect(ids('She tells me how free life was when she lived alone.')).toContain(
      'partner.idealises-past',
    );
  });
});

describe('who acts after a minimising frame', () => {
  it('"it\'s just that he …" is the partner acting; "it\'s not that …" keeps its reading', () => {
    const flags = (text: string) => analyzeText(text).safety.flags.map((f) => f.id);
    expect(flags("It's just that he reads my texts and keeps my keys.")).toContain(
      'control-of-phone',
    );
    expect(ids("It's not that she's stressed, she loves the job.")).not.toContain(
      'partner.tired-preoccupied',
    );
  });
});
