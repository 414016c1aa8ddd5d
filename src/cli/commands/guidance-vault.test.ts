import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanReport } from '../../app/plan.js';
import { removeDir, seedDataDir } from '../../infra/db/test-support/data-dir.js';
import { runCli } from '../test-support/run-cli.js';

// The real key derivation runs on each command, as for a user: a few seconds in all.
const PASS = 'a quiet and long passphrase';
const scratch = mkdtempSync(join(tmpdir(), 'closer-guidance-vault-'));
const dir = join(scratch, 'data');
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const name of ['DATABASE_URL', 'CLOSER_PASSPHRASE', 'CLOSER_NEW_PASSPHRASE']) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  await seedDataDir(dir);
  process.env.CLOSER_PASSPHRASE = PASS;
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  removeDir(scratch);
});

describe('closer plan and converse with --vault', { timeout: 120_000 }, () => {
  it('uses the saved country and name, and saves the plan and the draft', async () => {
    const init = await runCli([
      '--data-dir',
      dir,
      'init',
      '--country',
      'nz',
      '--partner-name',
      'Jo',
    ]);
    expect(init).toMatchObject({ code: 0, stderr: '' });

    const answers = join(scratch, 'a.json');
    writeFileSync(answers, JSON.stringify({ answers: { 'q.event-kind': 'loss' } }));
    const run = await runCli([
      '--data-dir',
      dir,
      'plan',
      '--vault',
      '--answers',
      answers,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout) as PlanReport;
    expect(plan.country).toEqual({ code: 'NZ', name: 'New Zealand', from: 'settings' });
    expect(JSON.stringify(plan.steps)).toContain('Jo');

    const draft = join(scratch, 'draft.txt');
    writeFileSync(draft, 'You never ask about my day.');
    const reviewed = await runCli([
      '--data-dir',
      dir,
      'converse',
      '--draft',
      draft,
      '--vault',
      '--json',
    ]);
    expect(reviewed.code).toBe(0);

    const history = await runCli(['--data-dir', dir, 'history', '--json']);
    expect(history.stdout).toMatch(/plan/i);
    expect(history.stdout).toMatch(/draft/i);
  });
});
