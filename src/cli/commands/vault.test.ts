import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault } from '../../infra/index.js';
import { removeDir, seedDataDir } from '../../infra/db/test-support/data-dir.js';
import { runCli } from '../test-support/run-cli.js';

// These run the real key derivation (64 MiB Argon2id) on every command, as a user would.
const PASS = 'a calm long passphrase';
const scratch = mkdtempSync(join(tmpdir(), 'closer-cli-vault-'));
const dir = join(scratch, 'data');
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const name of ['DATABASE_URL', 'CLOSER_PASSPHRASE', 'CLOSER_NEW_PASSPHRASE']) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  await seedDataDir(dir);
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  removeDir(scratch);
});

const cli = (args: string[], passphrase: string | undefined = PASS) => {
  if (passphrase === undefined) delete process.env.CLOSER_PASSPHRASE;
  else process.env.CLOSER_PASSPHRASE = passphrase;
  return runCli(['--data-dir', dir, ...args]);
};

describe('closer vault commands', { timeout: 180_000 }, () => {
  it('init, checkin, events, history, export, erase: as a user would', async () => {
    const passFile = join(scratch, 'pass.txt');
    writeFileSync(passFile, `${PASS}\n`, { mode: 0o600 });
    const init = await runCli([
      '--data-dir',
      dir,
      '--passphrase-file',
      passFile,
      'init',
      '--country',
      'ie',
    ]);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toContain('Your vault is ready');

    const checkin = await cli([
      'checkin',
      '--date',
      '2026-03-02',
      '--communication',
      '2',
      '--connection',
      '3',
      '--note',
      'long day',
      '--json',
    ]);
    expect(checkin.code).toBe(0);
    expect(JSON.parse(checkin.stdout)).toMatchObject({
      date: '2026-03-02',
      communication: 2,
      affection: null,
      note: 'long day',
    });

    const event = await cli([
      'events',
      'add',
      '--date',
      '2026-02-25',
      '--kind',
      'stressor',
      '--label',
      'new manager',
    ]);
    expect(event.code).toBe(0);

    const bad = await cli(['checkin', '--date', '2026-03-03', '--affection', '7']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('closer: --affection must be a whole number from 1 to 5 (got "7")\n');

    const argument = await cli(['--passphrase', PASS, 'history']);
    expect(argument).toMatchObject({ code: 2, stdout: '' });
    expect(argument.stderr).toMatch(/never takes a passphrase on the command line/);

    const wrong = await cli(['history'], 'not my passphrase');
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toMatch(/does not open this vault/);

    const history = await cli(['history', '--json']);
    expect(history.code).toBe(0);
    const entries = JSON.parse(history.stdout) as { kind: string; date: string }[];
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['checkin', '2026-03-02'],
      ['event', '2026-02-25'],
    ]);

    const out = join(scratch, 'backup.json');
    expect((await cli(['export', '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      settings: { country: string };
    };
    expect(exported).toMatchObject({ format: 'closer-export', settings: { country: 'IE' } });
    expect((await cli(['export', '--out', out])).code).toBe(2);

    const noConfirm = await cli(['erase']);
    expect(noConfirm.code).toBe(2);
    expect(existsSync(join(dir, 'keyring'))).toBe(true);
    expect((await cli(['erase', '--yes'], undefined)).code).toBe(0);
    expect(existsSync(dir)).toBe(false);

    await seedDataDir(dir);
    const restore = await cli(['import-backup', out]);
    expect(restore.code).toBe(0);
    const after = await cli(['history', '--json']);
    expect(JSON.parse(after.stdout)).toEqual(entries);
  });

  it('tells a second process that the data directory is in use', async () => {
    const held = await openVault({ dataDir: dir });
    if (!held.ok) throw new Error(held.error.message);
    try {
      const second = await cli(['history']);
      expect(second).toMatchObject({ code: 1, stdout: '' });
      expect(second.stderr).toMatch(/in use by another closer/);
    } finally {
      await held.value.close();
    }
  });
});
