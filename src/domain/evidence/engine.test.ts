import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_SURE } from '../knowledge/schema.js';
import { observationsFromAnswers } from './answers.js';
import { assess, sigmoid } from './engine.js';
import type { Observation } from './observation.js';
import { knowledgeArb } from './test-support/random-kb.js';

const observation = (signalId: string, strength: number, questionId = 'q'): Observation => ({
  signalId,
  strength,
  provenance: { kind: 'answer', questionId, value: 'yes' },
});

const observationsArb = (signalCount: number) =>
  fc.array(
    fc.record({
      signal: fc.nat({ max: signalCount - 1 }),
      strength: fc.double({ min: 0.1, max: 1, noNaN: true }),
      question: fc.constantFrom('q.a', 'q.b', 'q.c'),
    }),
    { maxLength: 10 },
  );

describe('assess', () => {
  it('contributions add up to the total, and the score is its logistic', () => {
    fc.assert(
      fc.property(knowledgeArb, observationsArb(3), (kb, picks) => {
        const observations = picks.map((p) =>
          observation(`s.signal-${p.signal}`, p.strength, p.question),
        );
        for (const cause of assess(kb, observations).causes) {
          const sum = [...cause.for, ...cause.against].reduce(
            (s, c) => s + c.logOdds,
            cause.priorLogOdds,
          );
          expect(sum).toBeCloseTo(cause.logOdds, 9);
          expect(cause.score).toBeCloseTo(sigmoid(cause.logOdds), 3);
          expect(cause.for.every((c) => c.logOdds > 0)).toBe(true);
          expect(cause.against.every((c) => c.logOdds < 0)).toBe(true);
        }
      }),
    );
  });

  it('more supporting evidence never lowers a score', () => {
    fc.assert(
      fc.property(knowledgeArb, observationsArb(3), fc.nat({ max: 2 }), (kb, picks, extra) => {
        const observations = picks.map((p) =>
          observation(`s.signal-${p.signal}`, p.strength, p.question),
        );
        const before = assess(kb, observations);
        const signal = kb.signals[extra];
        if (!signal) return;
        const after = assess(kb, [...observations, observation(signal.id, 1, 'q.extra')]);
        for (const [cause, weight] of Object.entries(signal.weights)) {
          if (weight <= 0) continue;
          const was = before.causes.find((c) => c.id === cause)?.logOdds ?? 0;
          const now = after.causes.find((c) => c.id === cause)?.logOdds ?? 0;
          expect(now).toBeGreaterThanOrEqual(was - 1e-12);
        }
      }),
    );
  });

  it('the order of the evidence does not matter', () => {
    fc.assert(
      fc.property(
        knowledgeArb,
        observationsArb(3),
        fc.infiniteStream(fc.nat()),
        (kb, picks, seeds) => {
          const observations = picks.map((p) =>
            observation(`s.signal-${p.signal}`, p.strength, p.question),
          );
          const shuffled = [...observations];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = seeds.next().value % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Observation, shuffled[i] as Observation];
          }
          expect(assess(kb, shuffled)).toEqual(assess(kb, observations));
        },
      ),
    );
  });

  it('"not sure" changes nothing', () => {
    fc.assert(
      fc.property(
        knowledgeArb,
        fc.array(fc.constantFrom('yes', 'some', 'no'), { maxLength: 3 }),
        (kb, values) => {
          const answers = Object.fromEntries(values.map((v, i) => [`q.question-${i}`, v]));
          const withNotSure = {
            ...answers,
            ...Object.fromEntries(kb.questions.slice(values.length).map((q) => [q.id, NOT_SURE])),
          };
          const plain = observationsFromAnswers(kb, answers);
          const unsure = observationsFromAnswers(kb, withNotSure);
          expect(plain.ok && unsure.ok).toBe(true);
          if (plain.ok && unsure.ok)
            expect(assess(kb, unsure.value)).toEqual(assess(kb, plain.value));
        },
      ),
    );
  });

  it('counts the same signal once, at its strongest', () => {
    fc.assert(
      fc.property(knowledgeArb, (kb) => {
        const once = assess(kb, [observation('s.signal-0', 1)]);
        const twice = assess(kb, [
          observation('s.signal-0', 0.5, 'q.b'),
          observation('s.signal-0', 1),
        ]);
        expect(twice.causes.map((c) => c.logOdds)).toEqual(once.causes.map((c) => c.logOdds));
      }),
    );
  });

  it('sorts causes by score, highest first', () => {
    fc.assert(
      fc.property(knowledgeArb, observationsArb(3), (kb, picks) => {
        const causes = assess(
          kb,
          picks.map((p) => observation(`s.signal-${p.signal}`, p.strength)),
        ).causes;
        for (let i = 1; i < causes.length; i++) {
          expect((causes[i - 1]?.logOdds ?? 0) >= (causes[i]?.logOdds ?? 0)).toBe(true);
        }
      }),
    );
  });
});

describe('observationsFromAnswers', () => {
  it('names an unknown question and an invalid value', () => {
    fc.assert(
      fc.property(knowledgeArb, (kb) => {
        const unknown = observationsFromAnswers(kb, { 'q.nope': 'yes' });
        expect(unknown.ok ? '' : unknown.error.message).toContain('q.nope');
        const invalid = observationsFromAnswers(kb, { 'q.question-0': 'maybe' });
        expect(invalid.ok ? '' : invalid.error.message).toContain('"maybe"');
      }),
      { numRuns: 5 },
    );
  });
});
