import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationsFromAnswers } from './answers.js';
import { nextQuestion } from './next-question.js';
import type { Observation } from './observation.js';
import { knowledgeArb } from './test-support/random-kb.js';

describe('nextQuestion', () => {
  it('never asks an answered question and ends within the cap', () => {
    fc.assert(
      fc.property(knowledgeArb, fc.constantFrom('yes', 'some', 'no', 'not-sure'), (kb, reply) => {
        const answers: Record<string, string> = {};
        for (let i = 0; i < 100; i++) {
          const observed = observationsFromAnswers(kb, answers);
          const step = nextQuestion(kb, answers, observed.ok ? observed.value : [], {
            maxQuestions: 6,
          });
          if (step.kind === 'done') break;
          expect(answers[step.question.id]).toBeUndefined();
          answers[step.question.id] = reply;
        }
        expect(Object.keys(answers).length).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('does not ask what another source already observed', () => {
    fc.assert(
      fc.property(knowledgeArb, (kb) => {
        const fromText: Observation[] = kb.signals.slice(1).map((s) => ({
          signalId: s.id,
          strength: 1,
          provenance: { kind: 'text', quote: 'words', start: 0, end: 5 },
        }));
        const step = nextQuestion(kb, {}, fromText);
        // Only the first signal is still open, so only its question may be asked.
        if (step.kind === 'question') expect(step.question.id).toBe('q.question-0');
      }),
    );
  });

  it('prefers the question that can move the ranking over one that cannot', () => {
    fc.assert(
      fc.property(knowledgeArb, (kb) => {
        const silent = kb.signals[0];
        if (!silent) return;
        silent.weights = {};
        const step = nextQuestion(kb, {}, [], {});
        if (
          step.kind === 'question' &&
          kb.signals.slice(1).some((s) => Object.values(s.weights).some((w) => Math.abs(w) >= 0.1))
        ) {
          expect(step.question.id).not.toBe('q.question-0');
        }
      }),
    );
  });

  it('asks the safety screen first, in order', () => {
    fc.assert(
      fc.property(knowledgeArb, (kb) => {
        const safetyQuestion = {
          ...kb.questions[0]!,
          id: 'q.safety-fear',
          about: 'safety' as const,
        };
        const withSafety = { ...kb, safetyQuestions: [safetyQuestion] };
        const step = nextQuestion(withSafety, {}, []);
        expect(step.kind).toBe('safety');
        const after = nextQuestion(withSafety, { 'q.safety-fear': 'no' }, []);
        expect(after.kind).not.toBe('safety');
      }),
      { numRuns: 10 },
    );
  });
});
