/**
 * `npm run bench -- vault`: how long unlocking takes at the real key-derivation cost (Argon2id,
 * 64 MiB, 3 passes), how long opening the embedded store takes, and the memory of an open vault
 * holding a year of daily check-ins. References in the same run: Argon2id alone, PGlite alone,
 * and the memory of this process before opening anything.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argon2id } from 'hash-wasm';
import { PGlite } from '@electric-sql/pglite';
import { openVault } from '../src/infra/index.js';
import { seedDataDir } from '../src/infra/db/test-support/data-dir.js';

const MiB = 1024 * 1024;
const rounds = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function run(): Promise<void> {
  const base = join(dirname(fileURLToPath(import.meta.url)), '.data');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'vault-'));
  await seedDataDir(dir);
  const rssBefore = process.memoryUsage().rss;
  const passphrase = 'a bench passphrase of some length';
  try {
    const kdfTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      kdfTimes.push(
        await time(() =>
          argon2id({
            password: passphrase,
            salt: new Uint8Array(16),
            parallelism: 1,
            iterations: 3,
            memorySize: 64 * 1024,
            hashLength: 32,
            outputType: 'binary',
          }),
        ),
      );
    }

    const created = await openVault({ dataDir: dir });
    if (!created.ok) throw new Error(created.error.message);
    const init = await created.value.init(passphrase);
    if (!init.ok) throw new Error(init.error.message);
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      const saved = await created.value.checkins.add({
        date,
        communication: 1 + (day % 5),
        affection: 1 + ((day * 3) % 5),
        availability: 3,
        future: null,
        criticism: 2,
        connection: 1 + ((day * 7) % 5),
        note: `a note of ordinary length for day ${day}, about dinner and work and the weekend`,
      });
      if (!saved.ok) throw new Error(saved.error.message);
    }
    await created.value.close();

    const openTimes: number[] = [];
    const unlockTimes: number[] = [];
    const listTimes: number[] = [];
    let rssOpen = 0;
    let heapOpen = 0;
    for (let i = 0; i < rounds; i++) {
      let vault: Awaited<ReturnType<typeof openVault>> | undefined;
      openTimes.push(await time(async () => (vault = await openVault({ dataDir: dir }))));
      if (!vault?.ok) throw new Error('open failed');
      const service = vault.value;
      unlockTimes.push(await time(() => service.unlock(passphrase)));
      listTimes.push(await time(() => service.checkins.list()));
      rssOpen = Math.max(rssOpen, process.memoryUsage().rss);
      heapOpen = Math.max(heapOpen, process.memoryUsage().heapUsed);
      await service.close();
    }

    const pgliteTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      pgliteTimes.push(
        await time(async () => {
          const db = await PGlite.create({ dataDir: join(dir, 'db') });
          await db.close();
        }),
      );
    }

    const kdf = median(kdfTimes);
    const unlock = median(unlockTimes);
    const open = median(openTimes);
    const pglite = median(pgliteTimes);
    console.log(`Argon2id 64 MiB × 3 alone (reference):   ${kdf.toFixed(0)} ms`);
    console.log(
      `unlock (KDF + unwrap + settings):        ${unlock.toFixed(0)} ms  (${(unlock / kdf).toFixed(2)}× the KDF alone)`,
    );
    console.log(`PGlite open alone (reference):           ${pglite.toFixed(0)} ms`);
    console.log(
      `open store (lock + PGlite + migrations): ${open.toFixed(0)} ms  (${(open / pglite).toFixed(2)}× PGlite alone)`,
    );
    console.log(`open + unlock, what a CLI command pays:  ${(open + unlock).toFixed(0)} ms`);
    console.log(`list 365 check-ins (decrypt + validate): ${median(listTimes).toFixed(0)} ms`);
    console.log(`RSS before opening (reference):          ${(rssBefore / MiB).toFixed(0)} MiB`);
    console.log(
      `RSS with an open, unlocked vault:        ${(rssOpen / MiB).toFixed(0)} MiB  (+${((rssOpen - rssBefore) / MiB).toFixed(0)} MiB)`,
    );
    console.log(`JS heap used with an open vault:         ${(heapOpen / MiB).toFixed(0)} MiB`);
    console.log(`(median of ${rounds} rounds each)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
