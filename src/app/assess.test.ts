import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssessmentSession, NOT_SURE, runAssessment } from './assess.js';

type Scenario = { answers: Record<string, string>; expectTop3: string };

const scenarioDir = join(import.meta.dirname, '../domain/knowledge/scenarios');
const scenarios = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f,
    ...(JSON.parse(readFileSync(join(scenarioDir, f), 'utf8')) as Scenario),
  }));

/**
 * An adaptive run in which the person answers what the scenario knows and "not sure" to
 * everything else: a cautious respondent, so the counts are if anything on the high side.
 */
function simulate(scenario: Scenario) {
  const session = createAssessmentSession({});
  let adaptive = 0;
  for (let guard = 0; guard < 200; guard++) {
    const step = session.current();
    if (step.kind === 'done') break;
    if (step.kind === 'question') adaptive++;
    session.answer(step.question.id, scenario.answers[step.question.id] ?? NOT_SURE);
  }
  return { adaptive, report: session.report() };
}

describe('adaptive assessment over the written scenarios', () => {
  const runs = scenarios.map((s) => ({ scenario: s, ...simulate(s) }));

  it('asks 12–25 questions in a typical run, never more than the cap', () => {
    const counts = runs.map((r) => r.adaptive).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(12);
    expect(median).toBeLessThanOrEqual(25);
    expect(Math.max(...counts)).toBeLessThanOrEqual(25);
    // The stopping rule does fire: not every run goes to the cap.
    expect(counts.filter((c) => c < 25).length).toBeGreaterThan(counts.length / 2);
  });

  it('keeps the expected cause in the top three for at least 90% of scenarios', () => {
    const hits = runs.filter((r) =>
      r.report.causes.slice(0, 3).some((c) => c.id === r.scenario.expectTop3),
    );
    expect(hits.length / runs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('does not let any single cause look certain after a run', () => {
    for (const run of runs) expect(run.report.causes[1]?.score ?? 0).toBeLessThan(0.99);
  });
});

describe('the session', () => {
  it('goes back one answer and closes follow-ups whose trigger changed', () => {
    const session = createAssessmentSession({});
    const first = session.current();
    if (first.kind === 'done') throw new Error('nothing to ask');
    expect(session.answer(first.question.id, NOT_SURE).ok).toBe(true);
    expect(session.history()).toHaveLength(1);
    expect(session.back()).toBe(true);
    expect(session.history()).toHaveLength(0);
    expect(session.back()).toBe(false);
    expect(session.answer('q.nope', 'yes').ok).toBe(false);
  });

  it('agrees with the one-shot assessment on the same answers', () => {
    const scenario = scenarios[0];
    if (!scenario) throw new Error('no scenarios');
    const session = createAssessmentSession({ answers: Object.entries(scenario.answers) });
    const oneShot = runAssessment({ answers: scenario.answers });
    expect(oneShot.ok && oneShot.value.causes).toEqual(session.report().causes);
  });
});
