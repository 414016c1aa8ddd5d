/** Random but valid knowledge bases for the engine's property tests. */
import fc from 'fast-check';
import { CAUSE_IDS, type CauseId, type KnowledgeBase } from '../../knowledge/schema.js';

const weightArb = fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true });

export const knowledgeArb: fc.Arbitrary<KnowledgeBase> = fc
  .record({
    priors: fc.array(fc.double({ min: 0.05, max: 0.6, noNaN: true }), {
      minLength: CAUSE_IDS.length,
      maxLength: CAUSE_IDS.length,
    }),
    signalWeights: fc.array(fc.array(weightArb, { minLength: 12, maxLength: 12 }), {
      minLength: 3,
      maxLength: 12,
    }),
  })
  .map(({ priors, signalWeights }) => {
    const signals = signalWeights.map((weights, i) => ({
      id: `s.signal-${i}`,
      label: `signal ${i}`,
      facets: [],
      origins: ['answer' as const],
      weights: Object.fromEntries(
        weights.map((w, c) => [CAUSE_IDS[c] as CauseId, w]).filter(([, w]) => w !== 0),
      ) as Partial<Record<CauseId, number>>,
      rationale: 'made up for a property test',
    }));
    return {
      causes: CAUSE_IDS.map((id, i) => ({
        id,
        name: id,
        description: 'A made-up cause for property tests of the engine, long enough.',
        facets: [
          { id: 'a', name: 'aaa' },
          { id: 'b', name: 'bbb' },
        ],
        distinguish: [{ from: id, how: 'not relevant in a property test' }],
        prior: priors[i] ?? 0.2,
        priorReason: 'made up for a property test',
        beyondSource: false,
      })),
      signals,
      safetyQuestions: [],
      questions: signals.map((s, i) => ({
        id: `q.question-${i}`,
        text: `Question number ${i}?`,
        about: 'partner' as const,
        options: [
          { value: 'yes', label: 'Yes', signals: [{ id: s.id, strength: 1 }] },
          { value: 'some', label: 'Somewhat', signals: [{ id: s.id, strength: 0.5 }] },
          { value: 'no', label: 'No', signals: [] },
        ],
      })),
    };
  });
