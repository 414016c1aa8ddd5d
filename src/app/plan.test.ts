import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeBase, NOT_SURE } from '../domain/knowledge/index.js';
import { chooseCountry, makePlan } from './plan.js';

const kb = knowledgeBase();
const questions = [...kb.safetyQuestions, ...kb.questions];

/** Random answer sets over the real question bank: any subset, any option or "not sure". */
const answersArb = fc
  .array(
    fc.record({
      question: fc.constantFrom(...questions),
      pick: fc.nat(),
    }),
    { maxLength: 30 },
  )
  .map((picks) => {
    const answers: Record<string, string> = {};
    for (const { question, pick } of picks) {
      const values = [...question.options.map((o) => o.value), NOT_SURE];
      answers[question.id] = values[pick % values.length] ?? NOT_SURE;
    }
    return answers;
  });

describe('makePlan over random answer sets (the real engine)', () => {
  it('puts safety first and never plans with the partner whenever safety is not none', async () => {
    await fc.assert(
      fc.asyncProperty(
        answersArb,
        fc.constantFrom('GB', 'US', 'IN', 'BR', undefined),
        async (answers, country) => {
          const result = await makePlan({ answers, country, wording: { name: 'Sam' } });
          if (!result.ok) throw new Error(result.error.message);
          const plan = result.value;
          expect(plan.steps.length).toBeGreaterThanOrEqual(3);
          expect(plan.steps.length).toBeLessThanOrEqual(7);
          const flagged = Object.entries(answers).some(([id, value]) =>
            kb.safetyQuestions
              .find((q) => q.id === id)
              ?.options.find((o) => o.value === value)
              ?.signals.some((s) => kb.signals.find((k) => k.id === s.id)?.safety),
          );
          if (flagged) expect(plan.safety.level).not.toBe('none');
          if (plan.safety.level === 'none') return;
          expect(plan.layout.indexOf('resources')).toBeLessThan(plan.layout.indexOf('steps'));
          expect(plan.steps[0]?.kind).toBe('safety');
          for (const step of plan.steps) {
            expect(step.involvesPartner).toBe('none');
            expect(step.id).not.toBe('couples-counselling');
          }
          if (plan.safety.flags.includes('self-harm'))
            expect(plan.steps[0]?.id).toBe('crisis-line-now');
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('chooseCountry', () => {
  it('prefers --country, then settings, then the locale, then none', () => {
    expect(chooseCountry({ country: 'de', settingsCountry: 'GB', locale: 'en-US' })).toEqual({
      ok: true,
      value: { code: 'DE', from: 'option' },
    });
    expect(chooseCountry({ settingsCountry: 'GB', locale: 'en-US' })).toEqual({
      ok: true,
      value: { code: 'GB', from: 'settings' },
    });
    expect(chooseCountry({ locale: 'fr-FR' })).toEqual({
      ok: true,
      value: { code: 'FR', from: 'locale' },
    });
    expect(chooseCountry({ locale: 'pt-BR' })).toEqual({
      ok: true,
      value: { code: null, from: 'none' },
    });
    expect(chooseCountry({ country: '12' }).ok).toBe(false);
  });
});
