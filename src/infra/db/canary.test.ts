import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVault, writePrivateFile } from '../index.js';
import { freshDataDir, removeDir, TEST_SERVICE } from './test-support/data-dir.js';
import { writeSampleRecords } from './test-support/sample.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The needle as UTF-8, UTF-16LE and UTF-16BE bytes. */
function encodings(needle: string): Buffer[] {
  const le = Buffer.from(needle, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return [Buffer.from(needle, 'utf8'), le, be];
}

function hits(files: string[], needles: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      for (const encoded of encodings(needle)) {
        if (bytes.includes(encoded)) found.push(`${file}: ${needle}`);
      }
    }
  }
  return found;
}

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => removeDir(dir)));

describe(
  'canary: nothing written through the use cases is readable on disk',
  { timeout: 120_000 },
  () => {
    it('finds no marker and no passphrase in any file under the data directory', async () => {
      const dir = await freshDataDir();
      const outside = mkdtempSync(join(tmpdir(), 'closer-test-export-'));
      cleanup.push(dir, outside);
      const mark = `CANARY-${randomUUID()}`;
      const passphrase = `pass-${randomUUID()}`;
      const opened = await openVault({ dataDir: dir, service: TEST_SERVICE });
      if (!opened.ok) throw new Error(opened.error.message);
      const vault = opened.value;
      expect((await vault.init(passphrase)).ok).toBe(true);
      await writeSampleRecords(vault, mark);
      // Updates and deletes leave old versions in PostgreSQL's heap and WAL: they must be sealed too.
      const drafts = await vault.drafts.list();
      if (!drafts.ok || drafts.value[0] === undefined) throw new Error('no draft');
      await vault.drafts.save({
        id: drafts.value[0].id,
        topic: null,
        text: `${mark}-second`,
        review: null,
      });
      const events = await vault.events.list();
      if (events.ok && events.value[0]) await vault.events.remove(events.value[0].id);
      expect((await vault.rotateKey()).ok).toBe(true);
      expect((await vault.changePassphrase(passphrase, `${passphrase}-2`)).ok).toBe(true);
      const exported = await vault.exportAll();
      if (!exported.ok) throw new Error(exported.error.message);
      // The export is plaintext by design; it goes outside the data directory, owner-only.
      const exportFile = join(outside, 'export.json');
      writePrivateFile(exportFile, Buffer.from(JSON.stringify(exported.value), 'utf8'));
      await vault.close();

      const files = filesUnder(dir);
      expect(files.length).toBeGreaterThan(100);
      expect(files.some((f) => f.includes('pg_wal'))).toBe(true);
      expect(hits(files, [mark, passphrase, 'Quiet dinner', 'miss you'])).toEqual([]);
      // The search itself works: the export (plaintext) does contain the markers.
      expect(hits([exportFile], [mark]).length).toBeGreaterThan(0);
      expect(statSync(exportFile).mode & 0o777).toBe(0o600);
    });
  },
);
