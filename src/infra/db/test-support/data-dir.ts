/**
 * Fresh data directories for tests. Creating a PGlite database (initdb) takes seconds, so one
 * empty database is made once per machine and version and copied (tens of milliseconds).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { KdfCost } from '../../../app/ports.js';
import type { VaultServiceOptions } from '../../../app/vault.js';

/** Argon2id at a tiny cost so tests stay fast; one crypto test keeps the real default. */
export const TEST_KDF: KdfCost = { memoryKiB: 64, iterations: 1, parallelism: 1 };
export const TEST_SERVICE: VaultServiceOptions = {
  kdf: TEST_KDF,
  failureDelayMs: () => 0,
};

const pgliteVersion = (
  JSON.parse(
    readFileSync(
      join(
        dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
        '..',
        'package.json',
      ),
      'utf8',
    ),
  ) as { version: string }
).version;

async function template(): Promise<string> {
  const path = join(tmpdir(), `closer-test-pglite-${pgliteVersion}`);
  if (existsSync(path)) return path;
  const scratch = mkdtempSync(join(tmpdir(), 'closer-test-pglite-new-'));
  const db = await PGlite.create({ dataDir: join(scratch, 'db') });
  await db.close();
  try {
    renameSync(join(scratch, 'db'), path);
  } catch {
    // Another test worker made it first.
  }
  rmSync(scratch, { recursive: true, force: true });
  return path;
}

/** A new, empty data directory with a ready PGlite database in it. */
export async function freshDataDir(prefix = 'closer-test-'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await seedDataDir(dir);
  return dir;
}

/** Puts an empty database into `dir` (created if missing), skipping initdb. */
export async function seedDataDir(dir: string): Promise<void> {
  cpSync(await template(), join(dir, 'db'), { recursive: true });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
