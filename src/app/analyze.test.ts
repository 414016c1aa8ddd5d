import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../domain/knowledge/index.js';
import { analyzeDescription, noteObservations, textObservations } from './analyze.js';
import { runAssessment } from './assess.js';

describe('analyze use cases', () => {
  it('turns a description into observations the engine knows, each with its quote', () => {
    const text = 'He has been working late every night and he seems stressed at work.';
    const result = textObservations(text, { pronoun: 'he' });
    if (!result.ok) throw new Error(result.error.message);
    const ids = new Set(knowledgeBase().signals.map((s) => s.id));
    expect(result.value.length).toBeGreaterThan(0);
    for (const o of result.value) {
      expect(ids.has(o.signalId)).toBe(true);
      if (o.provenance.kind !== 'text') throw new Error('expected text provenance');
      expect(text.slice(o.provenance.start, o.provenance.end)).toBe(o.provenance.quote);
    }
  });

  it('text evidence moves the ranking like answers do', () => {
    const text =
      'Since he started his new job he works late every night, he is stressed about deadlines and exhausted.';
    const observations = textObservations(text, { pronoun: 'he' });
    if (!observations.ok) throw new Error(observations.error.message);
    const withText = runAssessment({ answers: {}, observations: observations.value });
    const without = runAssessment({ answers: {} });
    if (!withText.ok || !without.ok) throw new Error('assessment failed');
    const score = (r: typeof withText, id: string) =>
      r.ok ? (r.value.causes.find((c) => c.id === id)?.score ?? 0) : 0;
    expect(score(withText, 'external-stress')).toBeGreaterThan(score(without, 'external-stress'));
  });

  it('reports safety flags from the text in the analysis', () => {
    const report = analyzeDescription('He threatened to kill me if I leave.');
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.safety.level).toBe('urgent');
    expect(report.value.safety.flags.map((f) => f.id)).toContain('threat-to-kill');
  });

  it('refuses empty text as a value, not a throw', () => {
    const report = analyzeDescription('   ', {}, 'notes.txt');
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.error.message).toBe('notes.txt: the text is empty');
  });

  it('reads check-in notes the same way, and an empty note says nothing', () => {
    expect(noteObservations('')).toEqual([]);
    expect(noteObservations('he snapped at me again').map((o) => o.signalId)).toContain(
      'partner.irritated-with-you',
    );
  });
});
