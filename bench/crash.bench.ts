/**
 * `npm run bench -- crash`: the crash-consistency harness at 1,000 kills (CLOSER_CRASH_KILLS to
 * change), on a fresh data directory under bench/.data/. Prints the counts the security brief
 * asks to publish: kills, integrity failures, lost acknowledged writes, unopenable vaults.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrashHarness } from '../src/infra/db/test-support/crash-harness.js';
import { seedDataDir } from '../src/infra/db/test-support/data-dir.js';

export async function run(): Promise<void> {
  const kills = Number(process.env.CLOSER_CRASH_KILLS ?? 1000);
  const base = join(dirname(fileURLToPath(import.meta.url)), '.data');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'crash-'));
  await seedDataDir(dir);
  try {
    const report = await runCrashHarness({
      dir,
      kills,
      onProgress: (done, r) => {
        if (done % 50 === 0) {
          console.log(
            `  ${done} kills, ${r.verifiedReopens} verified reopens, ${r.violations.length} violations`,
          );
        }
      },
    });
    console.log(`kills:                          ${report.kills}`);
    console.log(`  while opening / recovering:   ${report.killsWhileOpening}`);
    console.log(`    aimed at postmaster.pid:    ${report.killsAtPostgresLockFile}`);
    console.log(`  while writing:                ${report.killsWhileWriting}`);
    console.log(`  during a passphrase change:   ${report.killsDuringPassphraseChange}`);
    console.log(`  during a key rotation:        ${report.killsDuringRotation}`);
    console.log(`verified reopens:               ${report.verifiedReopens}`);
    console.log(`acknowledged writes:            ${report.acknowledgedWrites}`);
    console.log(
      `passphrase changes / rotations: ${report.passphraseChanges} / ${report.rotations}`,
    );
    console.log(`records at the end:             ${report.records}`);
    console.log(
      `violations (lost writes, half-written records, unopenable vault, ≠1 passphrase): ${report.violations.length}`,
    );
    for (const v of report.violations) console.log(`  ${v}`);
    console.log(
      `time: ${report.seconds.toFixed(0)} s (${((report.seconds / Math.max(report.kills, 1)) * 1000).toFixed(0)} ms per kill)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
