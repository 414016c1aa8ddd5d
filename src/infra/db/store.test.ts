import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SealedRow, VaultStore } from '../../app/ports.js';
import { LOCK_FILE } from './lock.js';
import { MIGRATIONS } from './migrations/index.js';
import { readMigrationFiles } from './migrations/files.js';
import { DB_DIR, KEYRING_FILE, openPgliteStore, POSTMASTER_PID } from './pglite-store.js';
import { freshDataDir, removeDir } from './test-support/data-dir.js';

const here = dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
const stores: VaultStore[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function open(dir?: string) {
  const path = dir ?? (await freshDataDir());
  if (dir === undefined) dirs.push(path);
  const store = await openPgliteStore(path);
  if (!store.ok) throw new Error(store.error.message);
  stores.push(store.value);
  return { dir: path, store: store.value };
}

const row = (id: string, body: number[], keyId = 'k1'): SealedRow => ({
  table: 'checkins',
  id,
  period: '2026-03',
  keyId,
  body: Uint8Array.from(body),
});

describe('migrations', { timeout: 120_000 }, () => {
  it('ships the numbered .sql files embedded, identical to the files', () => {
    expect(MIGRATIONS).toEqual(readMigrationFiles(join(here, 'migrations')));
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses to start when the store has a migration this version does not know', async () => {
    const { dir, store } = await open();
    await store.records.put([row('a', [1])]);
    await store.close();
    const extra = [...MIGRATIONS, { id: MIGRATIONS.length + 1, name: 'later', sql: 'SELECT 1' }];
    const newer = await openPgliteStore(dir, { migrations: extra });
    if (!newer.ok) throw new Error(newer.error.message);
    await newer.value.close();
    const older = await openPgliteStore(dir);
    expect(older).toMatchObject({ ok: false, error: { code: 'migrations-out-of-sync' } });
    if (!older.ok) expect(older.error.message).toMatch(/newer closer/);
    // Refusing released the lock and changed nothing: the newer version still opens with the data.
    const again = await openPgliteStore(dir, { migrations: extra });
    if (!again.ok) throw new Error(again.error.message);
    stores.push(again.value);
    expect(await again.value.records.list('checkins')).toHaveLength(1);
  });

  it('refuses to start when an applied migration differs from the available one', async () => {
    const { dir, store } = await open();
    await store.close();
    const altered = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
    const result = await openPgliteStore(dir, { migrations: altered });
    expect(result).toMatchObject({ ok: false, error: { code: 'migrations-out-of-sync' } });
  });
});

describe('exclusive lock', { timeout: 120_000 }, () => {
  it('refuses a second open of the same directory in this process', async () => {
    const { dir } = await open();
    const second = await openPgliteStore(dir);
    expect(second).toMatchObject({ ok: false, error: { code: 'vault-in-use' } });
    if (!second.ok) expect(second.error.message).toContain(`process ${process.pid}`);
  });

  it('refuses a second process with a clear message', async () => {
    const { dir } = await open();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('${join(here, 'pglite-store.ts')}').then(async (m) => { const r = await m.openPgliteStore(${JSON.stringify(dir)}); console.log(JSON.stringify(r.ok ? 'opened' : r.error)); if (r.ok) await r.value.close(); })`,
      ],
      { encoding: 'utf8', cwd: join(here, '..', '..', '..') },
    );
    expect(child.stdout).toContain('vault-in-use');
    expect(child.stdout).toContain('in use by another closer');
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await freshDataDir();
    dirs.push(dir);
    // A pid far above any real one stands in for a crashed owner.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 30, started: null, host: (await import('node:os')).hostname() }),
    );
    const { store } = await open(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    await store.close();
    const reopened = await open(dir);
    expect(reopened.store.location).toBe(dir);
  });
});

describe('opening after a crash', { timeout: 120_000 }, () => {
  it('opens with the data when a kill left PostgreSQL an empty postmaster.pid', async () => {
    // PostgreSQL creates its lock file empty and then writes it; a SIGKILL in between leaves
    // this, and PostgreSQL alone refuses to start on it ever again.
    const { dir, store } = await open();
    await store.records.put([row('a', [1])]);
    await store.close();
    writeFileSync(join(dir, DB_DIR, POSTMASTER_PID), '');
    const reopened = await open(dir);
    expect(await reopened.store.records.get('checkins', 'a')).toEqual(row('a', [1]));
  });

  it('destroys keyring and counter temp files cut off before their rename', async () => {
    const { dir, store } = await open();
    await store.keyring.write(Uint8Array.from([1, 2, 3]));
    await store.close();
    // Named as writeFileAtomic names them: a killed passphrase change or failed attempt.
    writeFileSync(join(dir, `.${KEYRING_FILE}.999999.0a0b0c0d`), 'wrapped keys');
    writeFileSync(join(dir, '.attempts.999999.01020304'), '{"count":1');
    const reopened = await open(dir);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(await reopened.store.keyring.read()).toEqual(Uint8Array.from([1, 2, 3]));
  });

  it('erase leaves no keyring temp file behind', async () => {
    const dir = await freshDataDir();
    dirs.push(dir);
    const store = await openPgliteStore(dir);
    if (!store.ok) throw new Error(store.error.message);
    await store.value.keyring.write(Uint8Array.from([1, 2, 3]));
    // Left during this session by a write that failed between writing and renaming.
    writeFileSync(join(dir, `.${KEYRING_FILE}.999999.0a0b0c0d`), 'wrapped keys');
    await store.value.erase();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('record store on PGlite', { timeout: 120_000 }, () => {
  it('puts, lists in order, gets, swaps only when unchanged, removes and counts', async () => {
    const { store } = await open();
    const records = store.records;
    await records.put([
      row('b', [2]),
      row('a', [1]),
      { ...row('s', [9]), table: 'settings', period: null },
    ]);
    expect((await records.list('checkins')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(await records.get('checkins', 'a')).toEqual(row('a', [1]));
    expect(await records.count()).toBe(3);
    expect(await records.swap(row('a', [5], 'k2'), Uint8Array.from([7]))).toBe(false);
    expect(await records.swap(row('a', [5], 'k2'), Uint8Array.from([1]))).toBe(true);
    expect((await records.listNotUnderKey('k2', 10)).map((r) => r.id).sort()).toEqual(['b', 's']);
    expect(await records.remove('checkins', 'b')).toBe(true);
    expect(await records.remove('checkins', 'b')).toBe(false);
    await records.replaceAll([row('z', [3])]);
    expect(await records.count()).toBe(1);
  });

  it('rolls a multi-row put back as a whole when one row fails', async () => {
    const { store } = await open();
    const bad = { ...row('x', [1]), table: 'nope' } as unknown as SealedRow;
    await expect(store.records.put([row('ok', [1]), bad])).rejects.toThrow();
    expect(await store.records.count()).toBe(0);
  });

  it('keeps the keyring and attempt counter as owner-only files beside the database', async () => {
    const { dir, store } = await open();
    await store.keyring.write(Uint8Array.from([1, 2, 3]));
    await store.keyring.writeFailures({ count: 2, lastAt: '2026-01-01T00:00:00.000Z' });
    expect(await store.keyring.read()).toEqual(Uint8Array.from([1, 2, 3]));
    expect(await store.keyring.readFailures()).toEqual({
      count: 2,
      lastAt: '2026-01-01T00:00:00.000Z',
    });
    const { statSync } = await import('node:fs');
    expect(statSync(join(dir, 'keyring')).mode & 0o777).toBe(0o600);
  });
});
