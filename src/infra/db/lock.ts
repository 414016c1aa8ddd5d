/**
 * An exclusive lock on a data directory. PGlite has none of its own, and two processes on one
 * directory would each run their own PostgreSQL over the same files and lose data. The lock is
 * a file holding the owner's pid (and, on Linux, the process start time, so a recycled pid is
 * not mistaken for the owner); a lock whose owner is gone (after a crash) is taken over.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../domain/result.js';
import { PRIVATE_FILE_MODE, syncDir } from './files.js';

export const LOCK_FILE = 'closer.lock';

type Owner = { pid: number; started: string | null; host: string };

export type DirLock = { path: string; release(): void };

function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (start time), counted after the ")" that ends the command name.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: Owner): boolean {
  // Another machine's process (a shared folder) cannot be checked: assume it is running.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (owner.started === null) return true;
  const started = processStart(owner.pid);
  return started === null || started === owner.started;
}

function readOwner(path: string): Owner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, started: parsed.started ?? null, host: parsed.host };
  } catch {
    return undefined;
  }
}

function locked(dir: string, owner: Owner | undefined): Result<never> {
  const who = owner === undefined ? 'another process' : `process ${owner.pid}`;
  return fail(
    'vault-in-use',
    `The data directory ${dir} is in use by another closer (${who}). Close it first, or use the closer that is already running (for example the web app).`,
  );
}

/**
 * Takes the lock on `dir` or reports who holds it.
 *
 * @example
 * const lock = acquireDirLock('/home/me/.local/share/closer');
 * if (lock.ok) { ...; lock.value.release(); }
 */
export function acquireDirLock(dir: string): Result<DirLock> {
  const path = join(dir, LOCK_FILE);
  const me: Owner = { pid: process.pid, started: processStart(process.pid), host: hostname() };
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Write the whole content under a private name, then link it into place: the lock file
    // appears atomically and complete, and link fails if one exists already.
    const temp = join(dir, `.${LOCK_FILE}.${process.pid}.${randomBytes(4).toString('hex')}`);
    writeFileSync(temp, content, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    try {
      linkSync(temp, path);
      unlinkSync(temp);
      syncDir(dir);
      return ok(makeLock(path, content));
    } catch (error) {
      unlinkSync(temp);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(path);
    if (owner === undefined) {
      // Unreadable: a lock written by a foreign tool, or truncated. Refuse rather than guess.
      return locked(dir, owner);
    }
    if (isAlive(owner)) return locked(dir, owner);
    // Stale: claim it by renaming it away (only one process can win the rename), then check
    // that what we moved is the stale lock we looked at and not a fresh one; if it was fresh,
    // put it back.
    const claimed = join(dir, `.${LOCK_FILE}.stale.${process.pid}`);
    try {
      renameSync(path, claimed);
    } catch {
      continue;
    }
    const moved = readOwner(claimed);
    if (moved !== undefined && moved.pid !== owner.pid) {
      try {
        linkSync(claimed, path);
      } catch {
        // Someone has taken the lock meanwhile; theirs stands.
      }
      unlinkSync(claimed);
      return locked(dir, moved);
    }
    unlinkSync(claimed);
  }
  return locked(dir, readOwner(path));
}

function makeLock(path: string, content: string): DirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path);
    } catch {
      // Already gone (erased with the directory).
    }
  };
  // A normal exit without close() still frees the directory; a crash leaves a stale lock that
  // the next process recognises and takes over.
  process.on('exit', release);
  return { path, release };
}
