/**
 * Small files outside the database (keyring, attempt counter, exports), written so that a
 * crash leaves either the old or the new content (write temp → fsync → rename → fsync dir,
 * Q-05) and readable by the owner only.
 */
import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
  fchmodSync,
  constants,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** fsync a directory so a rename or unlink in it survives a crash (no-op where unsupported). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replaces `path` atomically with `bytes`, mode 0600.
 *
 * @example
 * writeFileAtomic('/data/closer/keyring', bytes);
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
  syncDir(dir);
}

/** The file's bytes, or undefined when it does not exist. */
export function readFileIfExists(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a new file readable by its owner only (0600 whatever the umask), refusing to replace
 * an existing file unless `overwrite` is set.
 */
export function writePrivateFile(
  path: string,
  bytes: Uint8Array,
  options: { overwrite?: boolean } = {},
): void {
  const fd = openSync(path, options.overwrite === true ? 'w' : 'wx', PRIVATE_FILE_MODE);
  try {
    // An existing file keeps its old mode on open; make sure it is owner-only before writing.
    fchmodSync(fd, PRIVATE_FILE_MODE);
    writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Overwrites a file with random bytes, flushes, then unlinks it: the first step of erasing
 * (the wrapped keys go before anything else). On SSDs and copy-on-write file systems the old
 * blocks may survive the overwrite; what makes the data unreadable is that the wrapped keys
 * are gone (docs/threat-model.md).
 */
export function destroyFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    writeAll(fd, randomBytes(Math.max(size, 1)));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
  syncDir(dirname(path));
  return true;
}
