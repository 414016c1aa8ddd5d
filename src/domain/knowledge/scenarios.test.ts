/// <reference types="vite/client" />
/**
 * The written scenarios are the regression suite of the knowledge base: each is the answers a
 * person in one situation might give, and the cause we expect among the top three. A change of
 * weights that pushes a scenario's cause out of the top three fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assess, isQuestionOpen, observationsFromAnswers } from '../evidence/index.js';
import { CAUSE_IDS, knowledgeBase, NOT_SURE, SAFETY_LEVELS, type CauseId } from './index.js';

const scenarioSchema = z.strictObject({
  description: z.string().min(40),
  answers: z.record(z.string(), z.string()),
  expectTop3: z.enum(CAUSE_IDS),
  /** The safety level the answers should produce; "none" when left out. */
  expectSafety: z.enum(SAFETY_LEVELS).optional(),
});

const files = import.meta.glob('./scenarios/*.json', { eager: true, import: 'default' });
const scenarios = Object.entries(files)
  .map(([path, raw]) => ({ name: path.replace(/^.*\/|\.json$/g, ''), raw }))
  .sort((a, b) => a.name.localeCompare(b.name));

const kb = knowledgeBase();
const questionById = new Map([...kb.safetyQuestions, ...kb.questions].map((q) => [q.id, q]));

describe('written scenarios', () => {
  it('has at least 24, with every cause covered and two for each easily confused cause', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(24);
    const count = new Map<CauseId, number>();
    for (const { raw } of scenarios) {
      const parsed = scenarioSchema.safeParse(raw);
      if (parsed.success)
        count.set(parsed.data.expectTop3, (count.get(parsed.data.expectTop3) ?? 0) + 1);
    }
    for (const cause of CAUSE_IDS) expect(count.get(cause) ?? 0, cause).toBeGreaterThanOrEqual(1);
    const confusable: CauseId[] = [
      'fear-of-intimacy',
      'avoidant-attachment',
      'emotional-unavailability',
      'external-stress',
      'personal-struggles',
      'changed-priorities',
      'settling',
      'loss-of-attraction',
      'disengaging',
    ];
    for (const cause of confusable) expect(count.get(cause) ?? 0, cause).toBeGreaterThanOrEqual(2);
  });

  describe.each(scenarios)('$name', ({ raw }) => {
    const scenario = scenarioSchema.parse(raw);

    it('answers real questions with their own values, follow-ups only when open', () => {
      const observed = observationsFromAnswers(kb, scenario.answers);
      expect(observed.ok ? 'ok' : observed.error.message).toBe('ok');
      for (const id of Object.keys(scenario.answers)) {
        const question = questionById.get(id);
        expect(question, id).toBeDefined();
        if (question) expect(isQuestionOpen(question, scenario.answers), id).toBe(true);
      }
    });

    it('answers 12–25 questions of the main bank, like a real person, with some "not sure"', () => {
      const main = Object.entries(scenario.answers).filter(([id]) => !id.startsWith('q.safety-'));
      expect(main.length).toBeGreaterThanOrEqual(12);
      expect(main.length).toBeLessThanOrEqual(25);
      expect(main.some(([, value]) => value === NOT_SURE)).toBe(true);
    });

    it(`ranks ${scenario.expectTop3} among the top three, with the expected safety level`, () => {
      const observed = observationsFromAnswers(kb, scenario.answers);
      if (!observed.ok) throw new Error(observed.error.message);
      const assessment = assess(kb, observed.value);
      const top3 = assessment.causes.slice(0, 3).map((c) => c.id);
      expect(top3).toContain(scenario.expectTop3);
      expect(assessment.safety.level).toBe(scenario.expectSafety ?? 'none');
    });
  });
});
