import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanReport } from '../../app/plan.js';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-plan-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const answers = (values: Record<string, string>) =>
  write(
    `a-${Object.keys(values).length}-${Math.random()}.json`,
    JSON.stringify({ answers: values }),
  );

describe('closer plan', () => {
  it('prints safety, resources, steps and recheck as JSON', async () => {
    const file = answers({
      'q.safety-fear': 'no',
      'q.event-preceded': 'yes',
      'q.event-kind': 'hardship',
      'q.hardship-kind': 'work',
    });
    const run = await runCli(['plan', '--answers', file, '--country', 'gb', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.safety.level).toBe('none');
    expect(plan.resources.country).toBe('GB');
    expect(plan.resources.items.length).toBeGreaterThan(0);
    expect(plan.steps.length).toBeGreaterThanOrEqual(3);
    expect(plan.steps.length).toBeLessThanOrEqual(7);
    expect(plan.recheck.weeks).toBeGreaterThan(0);
    expect(plan.country).toEqual({ code: 'GB', name: 'United Kingdom', from: 'option' });
  });

  it('puts the emergency number and abuse line first when an answer is urgent', async () => {
    const file = answers({ 'q.safety-lethal': 'weapon' });
    const run = await runCli(['plan', '--answers', file, '--country', 'US', '--json']);
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.safety.level).toBe('urgent');
    expect(plan.resources.items[0]?.phone).toBe('911');
    expect(plan.resources.items[1]?.kind).toBe('abuse');
    expect(plan.steps.every((s) => s.involvesPartner === 'none')).toBe(true);
  });

  it('puts crisis lines first for thoughts of self-harm, as text too', async () => {
    const file = answers({ 'q.safety-self-harm': 'yes' });
    const run = await runCli(['plan', '--answers', file, '--country', 'AU']);
    expect(run.code).toBe(0);
    const lifeline = run.stdout.indexOf('Lifeline');
    expect(lifeline).toBeGreaterThan(-1);
    expect(lifeline).toBeLessThan(run.stdout.indexOf('Steps for this week'));
    expect(lifeline).toBeLessThan(run.stdout.indexOf('000'));
  });

  it('answers a question about reading messages, and falls back to directories', async () => {
    const text = write('notes.txt', 'Should I go through her phone to see who she texts?');
    const run = await runCli(['plan', '--text', text, '--country', 'BR', '--json']);
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.monitoring?.length).toBeGreaterThan(0);
    expect(plan.resources.resolvedBy).toBe('directories');
    expect(plan.resources.items.every((i) => i.kind === 'directory')).toBe(true);
  });

  it('reads the description for safety flags like closer analyze', async () => {
    const text = write('choked.txt', 'Last month he put his hands around my neck during a fight.');
    const run = await runCli(['plan', '--text', text, '--country', 'IE', '--json']);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.safety.level).toBe('urgent');
    expect(plan.resources.items[0]?.kind).toBe('emergency');
  });

  it('folds check-ins in: the trajectory state sets when to look again', async () => {
    const rows = ['date,communication,affection,availability,future,criticism,connection'];
    for (let week = 0; week < 16; week++) {
      const day = new Date(Date.UTC(2026, 0, 5 + week * 7)).toISOString().slice(0, 10);
      const v = week < 9 ? 4 : 2;
      rows.push(`${day},${v},${v},${v},${v},${6 - v},${v}`);
    }
    const csv = write('checkins.csv', rows.join('\n'));
    const run = await runCli(['plan', '--checkins', csv, '--json']);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.recheck.trajectory).not.toBeNull();
    expect(plan.recheck.trajectory).not.toBe('insufficient-data');
  });

  it.each([
    [
      'a bad check-ins file',
      () => ['plan', '--checkins', write('bad.csv', 'when,how\nx,y')],
      /bad\.csv/,
    ],
    ['a missing answers file', () => ['plan', '--answers', join(dir, 'nope.json')], /no such file/],
    [
      'an unknown question',
      () => ['plan', '--answers', answers({ 'q.nope': 'yes' })],
      /unknown question/,
    ],
    ['a malformed country', () => ['plan', '--country', 'United States'], /--country/],
    ['a bad pronoun', () => ['plan', '--pronoun', 'xe'], /--pronoun/],
  ])('rejects %s with one line on stderr, exit 2, nothing on stdout', async (_, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
