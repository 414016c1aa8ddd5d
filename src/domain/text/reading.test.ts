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
});
