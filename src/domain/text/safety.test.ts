import { describe, expect, it } from 'vitest';
import { knowledgeBase, SAFETY_FLAG_IDS } from '../knowledge/index.js';
import { analyzeText } from './analyze.js';
import { SAFETY_CASES } from './corpus/index.js';
import { SAFETY_LEVEL, SAFETY_RULES } from './safety.js';

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
});
