import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, SAFETY_FLAG_IDS } from '../knowledge/schema.js';
import { guidanceData } from './load.js';
import { buildPlan, type Plan, type PlanStep } from './plan.js';
import { TRAJECTORY_STATES } from './schema.js';
import { assessmentArb, assessmentWith } from './test-support/assessments.js';

const data = guidanceData();
const COUNTRIES = ['US', 'GB', 'UK', 'CA', 'AU', 'IE', 'NZ', 'DE', 'FR', 'IN', 'BR', 'JP', null];

const stepText = (s: PlanStep) =>
  [s.title, s.why, ...s.causes.map((c) => c.why), ...s.thisWeek, s.watchFor].join(' \n ');

/** Words that would have the user take it up with the partner (name "Sam" in these tests). */
const CONFRONT =
  /\b(?:talk|speak|raise|bring (?:it|this) up|ask|tell|confront|discuss|suggest)\w*\s+(?:(?:to|with|it with|this with)\s+)?Sam\b/i;
/** A sentence that mentions couples counselling without a negation or warning suggests it. */
const suggestsCouplesCounselling = (text: string) =>
  text
    .split(/[.!?:]\s/)
    .some(
      (sentence) =>
        /couples? (?:counsell|therap)/i.test(sentence) &&
        !/\b(?:not|no|never|rather than|instead of|dangerous|unsafe)\b/i.test(sentence),
    );
const SURVEILLANCE = /monitor|\btrack|\bspy|read (?:their|his|her|sam's) (?:messages|texts)/i;

describe('buildPlan: causes', () => {
  it.each(CAUSE_IDS)('gives at least two distinct steps that address %s when it leads', (id) => {
    const plan = buildPlan(data, { assessment: assessmentWith([[id, 0.8]]) });
    const addressing = plan.steps.filter((s) => s.causes.some((c) => c.id === id));
    expect(new Set(addressing.map((s) => s.id)).size).toBeGreaterThanOrEqual(2);
  });

  it('names its causes and a reason in every step', () => {
    for (const id of CAUSE_IDS) {
      const plan = buildPlan(data, {
        assessment: assessmentWith([
          [id, 0.7],
          [CAUSE_IDS[(CAUSE_IDS.indexOf(id) + 3) % CAUSE_IDS.length] ?? id, 0.5, 'medium'],
        ]),
      });
      for (const step of plan.steps) {
        expect(step.causes.length).toBeGreaterThan(0);
        for (const c of step.causes) expect(c.why.length).toBeGreaterThan(10);
        expect(step.why.length).toBeGreaterThan(10);
        expect(step.thisWeek.length).toBeGreaterThan(0);
        expect(step.watchFor.length).toBeGreaterThan(10);
      }
    }
  });

  it('warns against pursuing harder under pursue-withdraw and avoids the plain "let us talk" step', () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([
        ['pursue-withdraw', 0.8],
        ['communication-breakdown', 0.6],
      ]),
    });
    expect(plan.warnings.map((w) => w.cause)).toContain('pursue-withdraw');
    expect(plan.warnings.find((w) => w.cause === 'pursue-withdraw')?.avoid).toMatch(/pursu/i);
    expect(plan.steps.map((s) => s.id)).not.toContain('soft-start-conversation');
    expect(plan.steps.map((s) => s.id)).toContain('space-without-withdrawing');
    const talks = plan.steps.filter((s) => s.involvesPartner === 'conversation');
    expect(talks.length).toBeLessThanOrEqual(1);
  });

  it('warns against pressing for commitment under fear of intimacy', () => {
    const plan = buildPlan(data, { assessment: assessmentWith([['fear-of-intimacy', 0.75]]) });
    expect(plan.warnings.find((w) => w.cause === 'fear-of-intimacy')?.avoid).toMatch(/commitment/i);
  });

  it('is honest when disengaging is likely, and only then', () => {
    const leaving = buildPlan(data, { assessment: assessmentWith([['disengaging', 0.7]]) });
    expect(leaving.honesty?.join(' ')).toMatch(/only one person is willing/);
    expect(leaving.layout).toContain('honesty');
    const stress = buildPlan(data, { assessment: assessmentWith([['external-stress', 0.7]]) });
    expect(stress.honesty).toBeNull();
  });

  it('ranks by confidence: a high-confidence cause outweighs a slightly higher low-confidence one', () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([
        ['settling', 0.45, 'low'],
        ['external-stress', 0.4, 'high'],
      ]),
    });
    expect(plan.focus[0]?.id).toBe('external-stress');
    expect(plan.steps[0]?.causes.map((c) => c.id)).toContain('external-stress');
  });

  it('says when the evidence is thin and still gives 3 steps', () => {
    const plan = buildPlan(data, { assessment: assessmentWith([]) });
    expect(plan.lowEvidence).toBe(true);
    expect(plan.steps.length).toBeGreaterThanOrEqual(3);
  });

  it('sets when to look again from the trajectory state', () => {
    const assessment = assessmentWith([['external-stress', 0.7]]);
    const dip = buildPlan(data, { assessment, trajectory: 'dip' });
    const recovered = buildPlan(data, { assessment, trajectory: 'recovered' });
    expect(dip.recheck.weeks).toBeLessThan(recovered.recheck.weeks);
    expect(dip.recheck.trajectory).toBe('dip');
    expect(dip.recheck.indicators.length).toBeGreaterThan(0);
    expect(dip.steps.map((s) => s.id)).toContain('stress-together');
  });

  it('leans toward professional help and the direct question under a sustained decline', () => {
    const assessment = assessmentWith([
      ['disengaging', 0.55],
      ['communication-breakdown', 0.5],
    ]);
    const declining = buildPlan(data, { assessment, trajectory: 'sustained-decline' });
    const ids = declining.steps.map((s) => s.id);
    expect(ids).toContain('ask-where-they-stand');
    expect(ids.some((id) => id === 'couples-counselling' || id === 'individual-support')).toBe(
      true,
    );
  });

  it("uses the partner's name and pronoun", () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([['personal-struggles', 0.8]]),
      wording: { name: 'Robin', pronoun: 'she' },
    });
    const all = plan.steps.map(stepText).join(' ');
    expect(all).toMatch(/Robin/);
    expect(all).not.toMatch(/[{}]/);
  });
});

describe('buildPlan: safety first', () => {
  it("puts crisis lines first for the user's own crisis, whatever else", () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([['settling', 0.9]], ['self-harm', 'weapon']),
      country: 'GB',
    });
    expect(plan.resources.items[0]?.kind).toBe('crisis');
    expect(plan.resources.items[0]?.service).toMatch(/Samaritans/);
    expect(plan.steps[0]?.id).toBe('crisis-line-now');
    expect(plan.layout.slice(0, 2)).toEqual(['safety', 'resources']);
  });

  it('puts the emergency number and the abuse line at the top when urgent', () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([['communication-breakdown', 0.9]], ['strangulation']),
      country: 'US',
    });
    expect(plan.safety.level).toBe('urgent');
    expect(plan.resources.items.slice(0, 2).map((r) => r.kind)).toEqual(['emergency', 'abuse']);
    expect(plan.resources.items[0]?.phone).toBe('911');
    expect(plan.steps[0]?.id).toBe('emergency-first');
    expect(plan.safety.safetyPlanning.length).toBeGreaterThan(0);
    expect(plan.safety.deviceSafety.length).toBeGreaterThan(0);
  });

  it('puts the abuse line first under a concern', () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([['loss-of-attraction', 0.8]], ['control-of-money']),
      country: 'AU',
    });
    expect(plan.safety.level).toBe('concern');
    expect(plan.resources.items[0]?.service).toBe('1800RESPECT');
    expect(plan.warnings).toEqual([]);
  });

  it('never suggests couples counselling, a talk with the partner or trying harder when safety is not none (property)', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom(...TRAJECTORY_STATES, undefined),
        fc.constantFrom(...COUNTRIES),
        (assessment, trajectory, country) => {
          const plan = buildPlan(data, {
            assessment,
            trajectory,
            country,
            wording: { name: 'Sam' },
          });
          checkShape(plan);
          if (assessment.safety.flags.length > 0) expect(plan.safety.level).not.toBe('none');
          if (plan.safety.level === 'none') return;
          expect(plan.layout.indexOf('resources')).toBeLessThan(plan.layout.indexOf('steps'));
          expect(plan.resources.placement).toBe('top');
          expect(plan.steps[0]?.kind).toBe('safety');
          for (const step of plan.steps) {
            expect(step.involvesPartner).toBe('none');
            expect(step.id).not.toBe('couples-counselling');
            const text = stepText(step);
            expect(text).not.toMatch(CONFRONT);
            expect(suggestsCouplesCounselling(text)).toBe(false);
            expect(text).not.toMatch(/try harder/i);
          }
          expect(plan.warnings).toEqual([]);
          if (assessment.safety.flags.some((f) => f.id === 'self-harm')) {
            expect(plan.steps[0]?.id).toBe('crisis-line-now');
            if (plan.resources.resolvedBy === 'country')
              expect(plan.resources.items[0]?.kind).toBe('crisis');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never suggests monitoring in any step, warning or note (property)', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom(...TRAJECTORY_STATES),
        (assessment, trajectory) => {
          const plan = buildPlan(data, { assessment, trajectory, wording: { name: 'Sam' } });
          const texts = [
            ...plan.steps.map(stepText),
            ...plan.warnings.map((w) => `${w.avoid} ${w.why} ${w.instead}`),
            ...(plan.honesty ?? []),
            ...plan.forYourself,
            plan.recheck.why,
            ...plan.recheck.indicators,
          ];
          for (const t of texts) expect(t).not.toMatch(SURVEILLANCE);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('scans every step in the data, including safety steps, for monitoring words', () => {
    const texts = [
      ...data.plan.steps.flatMap((s) => [
        s.title,
        ...Object.values(s.causes).map((c) => c.why),
        ...s.thisWeek,
        s.watchFor,
      ]),
      ...data.plan.safetySteps.flatMap((s) => [s.title, s.why, ...s.thisWeek, s.watchFor]),
      ...data.plan.forYourself,
      ...data.plan.honesty,
    ];
    for (const t of texts) expect(t).not.toMatch(SURVEILLANCE);
  });

  it('recognises a sentence that suggests couples counselling', () => {
    expect(suggestsCouplesCounselling('Suggest seeing a couples counsellor together.')).toBe(true);
    expect(
      suggestsCouplesCounselling('Look for support for you alone, not couples counselling.'),
    ).toBe(false);
  });

  it('explains kindly why not, when the user asks about reading messages', () => {
    const plan = buildPlan(data, {
      assessment: assessmentWith([['disengaging', 0.6]]),
      userWords: 'Should I read his messages to find out?',
      wording: { pronoun: 'he' },
    });
    expect(plan.monitoring?.join(' ')).toMatch(/will not help/);
    expect(plan.layout[0]).toBe('monitoring');
    const plain = buildPlan(data, {
      assessment: assessmentWith([['disengaging', 0.6]]),
      userWords: 'He reads the news a lot and seems far away.',
    });
    expect(plain.monitoring).toBeNull();
  });

  it('covers every safety flag with safety steps that name it', () => {
    for (const id of SAFETY_FLAG_IDS) {
      const plan = buildPlan(data, { assessment: assessmentWith([['settling', 0.6]], [id]) });
      expect(plan.steps.some((s) => s.kind === 'safety' && s.safetyFlags.includes(id))).toBe(true);
    }
  });
});

function checkShape(plan: Plan) {
  expect(plan.steps.length).toBeGreaterThanOrEqual(3);
  expect(plan.steps.length).toBeLessThanOrEqual(7);
  expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);
  expect(plan.resources.items.length).toBeGreaterThan(0);
  for (const step of plan.steps) {
    // A cause step names its causes; a safety step answers the safety block (its flags, when
    // the block carries any: a level reported without flags still gets safety steps).
    if (step.kind === 'cause') expect(step.causes.length).toBeGreaterThan(0);
    else expect(step.causes).toEqual([]);
    expect(step.why.length).toBeGreaterThan(10);
  }
  expect(plan.recheck.weeks).toBeGreaterThan(0);
}
