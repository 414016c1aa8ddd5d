import { describe, expect, it } from 'vitest';
import { runCrashHarness } from './test-support/crash-harness.js';
import { freshDataDir, removeDir } from './test-support/data-dir.js';

// SIGKILL at random moments, at least 200 times (npm run bench -- crash runs 1,000). Each kill
// costs one PGlite start-up (about a second of CPU), so this is the slowest test we have.
const KILLS = Math.max(200, Number(process.env.CLOSER_CRASH_KILLS ?? 200));

describe('crash safety', () => {
  it(
    `survives ${KILLS} kills: opens, loses no acknowledged write, nothing half-written, one passphrase`,
    async () => {
      const dir = await freshDataDir('closer-crash-');
      try {
        const report = await runCrashHarness({ dir, kills: KILLS });
        console.log(`crash harness: ${JSON.stringify(report)}`);
        expect(report.violations).toEqual([]);
        expect(report.kills).toBe(KILLS);
        // The kills must have hit real work, not only start-up.
        expect(report.killsWhileWriting).toBeGreaterThan(KILLS / 2);
        expect(report.verifiedReopens).toBeGreaterThan(KILLS / 2);
        // Some kills must have hit PostgreSQL's lock file half-made (the once-unopenable case).
        expect(report.killsAtPostgresLockFile).toBeGreaterThan(0);
        expect(report.passphraseChanges).toBeGreaterThan(0);
        // Key rotations both cut short and seen through to the end (rotation-first rounds).
        expect(report.killsDuringRotation).toBeGreaterThan(0);
        expect(report.rotations).toBeGreaterThan(0);
        expect(report.acknowledgedWrites).toBeGreaterThan(KILLS);
        removeDir(dir);
      } catch (error) {
        console.log(`crash harness: data directory kept for inspection: ${dir}`);
        throw error;
      }
    },
    30 * 60_000,
  );
});
