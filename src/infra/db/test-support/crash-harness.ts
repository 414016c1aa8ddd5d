/**
 * Crash-consistency harness: a writer process (crash-writer.ts) writes through the vault
 * use cases and is killed with SIGKILL at random moments; the next writer reopens the same data
 * directory and checks that the store opens, that exactly one of the old and new passphrases
 * opens it, that every acknowledged write is there and nothing else but the write in flight,
 * and that every record decrypts whole. The next writer is started while the current one runs
 * ("warm"), so each kill costs only PGlite's start-up and a random stretch of writing.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CrashMessage, CrashModel } from './crash-writer.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');

export type CrashReport = {
  kills: number;
  /** Kills while the store was opening or being checked (recovery after the previous kill). */
  killsWhileOpening: number;
  /**
   * Of those, kills aimed at the moment PostgreSQL creates its lock file `db/postmaster.pid`
   * (created empty, then written): a kill in between once left a vault that never opened again.
   */
  killsAtPostgresLockFile: number;
  /** Kills while writing; of which with a passphrase change or a key rotation in flight. */
  killsWhileWriting: number;
  killsDuringPassphraseChange: number;
  killsDuringRotation: number;
  /** Reopens that completed the full check. */
  verifiedReopens: number;
  acknowledgedWrites: number;
  passphraseChanges: number;
  rotations: number;
  records: number;
  violations: string[];
  seconds: number;
};

type Warm = { child: ChildProcessWithoutNullStreams; ready: Promise<void>; stderr: () => string };

function spawnWriter(
  onMessage: (child: ChildProcessWithoutNullStreams, m: CrashMessage) => void,
): Warm {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'crash-writer.ts')], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message: CrashMessage;
    try {
      message = JSON.parse(line) as CrashMessage;
    } catch {
      return;
    }
    if (message.t === 'ready') markReady();
    else onMessage(child, message);
  });
  return { child, ready, stderr: () => stderr };
}

/**
 * Runs `kills` kill-and-reopen cycles on `dir` (which holds an empty database) and reports.
 *
 * @example
 * const report = await runCrashHarness({ dir, kills: 200 });
 */
export async function runCrashHarness(options: {
  dir: string;
  kills: number;
  seed?: number;
  /** Share of kills landing while the store opens (0.25), and of those aimed at the lock file (0.3). */
  openingShare?: number;
  lockFileShare?: number;
  /** Share of the other kills in rounds that start with a key rotation (0.1). */
  rotationShare?: number;
  onProgress?: (done: number, report: CrashReport) => void;
}): Promise<CrashReport> {
  const started = performance.now();
  const rng = (() => {
    let a = (options.seed ?? 20260301) >>> 0;
    return () => {
      a = (a * 1664525 + 1013904223) >>> 0;
      return a / 4294967296;
    };
  })();
  const report: CrashReport = {
    kills: 0,
    killsWhileOpening: 0,
    killsAtPostgresLockFile: 0,
    killsWhileWriting: 0,
    killsDuringPassphraseChange: 0,
    killsDuringRotation: 0,
    verifiedReopens: 0,
    acknowledgedWrites: 0,
    passphraseChanges: 0,
    rotations: 0,
    records: 0,
    violations: [],
    seconds: 0,
  };
  const model: CrashModel = {
    dir: options.dir,
    seed: 0,
    initialised: false,
    acked: [],
    inflight: null,
    pass: 0,
    pendingPass: null,
    name: null,
    pendingName: null,
    rotateFirst: false,
  };
  let active: ChildProcessWithoutNullStreams | undefined;
  let phase: 'opening' | 'writing' = 'opening';
  let rotating = false;
  let verifiedAt: (() => void) | undefined;
  let averageOpenMs = 800;
  // How long a rotation takes, learnt as the run goes: a rotation-first round kills within twice
  // this, so about half of those kills land inside the rotation and half after it has ended.
  let rotationMs = 600;
  let rotationStarted = 0;

  const onMessage = (child: ChildProcessWithoutNullStreams, m: CrashMessage) => {
    // Messages from a writer that was already replaced are stale; none should arrive.
    if (child !== active) return;
    switch (m.t) {
      case 'pass':
        if (m.opens.length === 1 && m.opens[0] !== undefined) {
          model.pass = m.opens[0];
          model.pendingPass = null;
        }
        break;
      case 'verified':
        if (m.inflightPresent && model.inflight !== null) model.acked.push(model.inflight);
        model.inflight = null;
        model.name = m.name;
        model.pendingName = null;
        report.verifiedReopens++;
        report.records = m.records;
        averageOpenMs = averageOpenMs * 0.7 + m.ms * 0.3;
        phase = 'writing';
        verifiedAt?.();
        break;
      case 'violation':
        report.violations.push(m.detail);
        break;
      case 'begin':
        if (m.op === 'checkin') model.inflight = m.id;
        else if (m.op === 'pass') model.pendingPass = m.to;
        else if (m.op === 'name') model.pendingName = m.name;
        else if (m.op === 'rotate') {
          rotating = true;
          rotationStarted = performance.now();
        } else if (m.op === 'init') phase = 'writing';
        break;
      case 'ack':
        report.acknowledgedWrites++;
        if (m.op === 'checkin') {
          model.acked.push(m.id);
          model.inflight = null;
        } else if (m.op === 'pass') {
          model.pass = m.to;
          model.pendingPass = null;
          report.passphraseChanges++;
        } else if (m.op === 'name') {
          model.name = m.name;
          model.pendingName = null;
        } else if (m.op === 'rotate') {
          rotating = false;
          report.rotations++;
          rotationMs = rotationMs * 0.7 + (performance.now() - rotationStarted) * 0.3;
        } else if (m.op === 'init') {
          model.initialised = true;
          verifiedAt?.();
        }
        break;
      default:
        break;
    }
  };

  let warm = spawnWriter(onMessage);
  const runOne = async (seed: number, kill: boolean) => {
    const current = warm;
    await current.ready;
    warm = spawnWriter(onMessage);
    active = current.child;
    phase = 'opening';
    rotating = false;
    model.seed = seed;
    const whileOpening = kill && rng() < (options.openingShare ?? 0.25);
    model.rotateFirst = kill && !whileOpening && rng() < (options.rotationShare ?? 0.1);
    const closed = new Promise<number | null>((resolve) => current.child.on('close', resolve));
    current.child.stdin.write(`${JSON.stringify(model)}\n`);
    if (kill) {
      // A quarter of the kills land while the store opens and recovers from the last kill (some
      // of them aimed at PostgreSQL's lock file); the rest land at a random moment within the
      // first 400 ms of writing.
      const delay = whileOpening
        ? rng() * averageOpenMs
        : rng() * (model.rotateFirst ? 2 * rotationMs : 400);
      const killNow = () => {
        report.kills++;
        if (phase === 'opening') report.killsWhileOpening++;
        else {
          report.killsWhileWriting++;
          if (model.pendingPass !== null) report.killsDuringPassphraseChange++;
          if (rotating) {
            report.killsDuringRotation++;
            // Killed before it could end: it may take longer than thought.
            if (model.rotateFirst) rotationMs *= 1.2;
          }
        }
        current.child.kill('SIGKILL');
      };
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      if (whileOpening && rng() < (options.lockFileShare ?? 0.3)) {
        // Aimed: kill as soon as postmaster.pid appears (the opening store first removes a
        // leftover one, hence the existence check); the timer is the fallback if it never does.
        const lockFile = join(options.dir, 'db', 'postmaster.pid');
        let fired = false;
        const killAtLockFile = () => {
          if (fired) return;
          fired = true;
          watcher?.close();
          killNow();
        };
        watcher = watch(join(options.dir, 'db'), (_event, name) => {
          if (name === 'postmaster.pid' && existsSync(lockFile)) {
            report.killsAtPostgresLockFile++;
            killAtLockFile();
          }
        });
        timer = setTimeout(killAtLockFile, averageOpenMs * 2);
      } else if (whileOpening) timer = setTimeout(killNow, delay);
      else verifiedAt = () => (timer = setTimeout(killNow, delay));
      const code = await closed;
      watcher?.close();
      verifiedAt = undefined;
      clearTimeout(timer);
      if (code !== null && report.violations.length === 0) {
        report.violations.push(`writer ${seed} exited by itself (${code}): ${current.stderr()}`);
      }
    } else {
      // The last round only checks: wait for the verdict, then stop the writer.
      await new Promise<void>((resolve) => {
        verifiedAt = resolve;
        void closed.then(() => resolve());
      });
      verifiedAt = undefined;
      current.child.kill('SIGKILL');
      await closed;
    }
  };

  try {
    for (let i = 1; i <= options.kills && report.violations.length === 0; i++) {
      await runOne(i, true);
      options.onProgress?.(i, report);
    }
    if (report.violations.length === 0) await runOne(options.kills + 1, false);
    else if (report.violations[0]?.startsWith('open:')) {
      // Tell a passing failure to start (resources) from a damaged store: try once more.
      const before = report.violations.length;
      await runOne(options.kills + 1, false);
      report.violations.push(
        report.violations.length === before
          ? 'a later reopen succeeded and found every acknowledged write'
          : 'a later reopen failed too',
      );
    }
  } finally {
    warm.child.kill('SIGKILL');
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
