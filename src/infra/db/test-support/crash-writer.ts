/**
 * The writer process of the crash harness (crash-harness.ts). It starts, loads everything and
 * says `ready`; on `go` it opens the vault, checks which passphrase opens it and that every
 * write the harness saw acknowledged is there (and nothing else but the one in flight), then
 * writes until it is killed. Every write is announced (`begin`) before and acknowledged
 * (`ack`) only after the use case has returned. One JSON message per line.
 */
import { createInterface } from 'node:readline';
import { openVault } from '../../index.js';
import type { VaultService } from '../../../app/vault.js';
import { TEST_KDF } from './data-dir.js';

export type CrashModel = {
  dir: string;
  /** Seed for this child's ids and choices. */
  seed: number;
  initialised: boolean;
  /** Check-in ids acknowledged so far. */
  acked: string[];
  /** A check-in announced but not acknowledged before the kill: may or may not be there. */
  inflight: string | null;
  /** Index of the passphrase last acknowledged, and of one being changed to (if any). */
  pass: number;
  pendingPass: number | null;
  /** The partner name last acknowledged in settings, and one being written. */
  name: string | null;
  pendingName: string | null;
  /**
   * Start writing with a key rotation. A rotation re-encrypts every record and outlasts the
   * harness's usual kill window, so without these rounds no rotation would ever be seen to end.
   */
  rotateFirst: boolean;
};

export type CrashMessage =
  | { t: 'ready' }
  | { t: 'opened'; ms: number }
  | { t: 'pass'; opens: number[] }
  | { t: 'verified'; records: number; inflightPresent: boolean; name: string | null; ms: number }
  | { t: 'violation'; detail: string }
  | { t: 'begin'; op: 'checkin'; id: string }
  | { t: 'begin'; op: 'pass'; to: number }
  | { t: 'begin'; op: 'name'; name: string }
  | { t: 'begin'; op: 'rotate' | 'init' | 'event' }
  | { t: 'ack'; op: 'checkin'; id: string }
  | { t: 'ack'; op: 'pass'; to: number }
  | { t: 'ack'; op: 'name'; name: string }
  | { t: 'ack'; op: 'rotate' | 'init' | 'event' };

export const passphraseOf = (index: number) => `crash passphrase number ${index}`;

const send = (message: CrashMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

function random(seed: number): () => number {
  // mulberry32: a small seeded generator, so a failing run can be replayed from its seed.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function violation(detail: string): never {
  send({ t: 'violation', detail });
  process.exit(3);
}

async function verify(vault: VaultService, model: CrashModel, started: number): Promise<void> {
  const candidates = model.pendingPass === null ? [model.pass] : [model.pass, model.pendingPass];
  // Also try the next passphrase when nothing is pending: it must not open.
  if (model.pendingPass === null) candidates.push(model.pass + 1);
  const opens: number[] = [];
  for (const index of candidates) {
    const unlocked = await vault.unlock(passphraseOf(index));
    if (unlocked.ok) opens.push(index);
    else if (unlocked.error.code !== 'wrong-passphrase')
      violation(`unlock: ${unlocked.error.message}`);
    vault.lock();
  }
  send({ t: 'pass', opens });
  if (opens.length !== 1) violation(`passphrases that open: ${JSON.stringify(opens)}`);
  const opened = opens[0] ?? 0;
  const unlocked = await vault.unlock(passphraseOf(opened));
  if (!unlocked.ok) violation(unlocked.error.message);
  const all = await vault.exportAll();
  if (!all.ok) violation(`reading everything back: ${all.error.message}`);
  const present = new Set(all.value.checkins.map((c) => c.id));
  for (const c of all.value.checkins) {
    if (c.note !== `note ${c.id}`) violation(`check-in ${c.id} has the wrong content`);
  }
  for (const id of model.acked)
    if (!present.has(id)) violation(`acknowledged check-in ${id} is missing`);
  const allowed = new Set([...model.acked, ...(model.inflight === null ? [] : [model.inflight])]);
  for (const id of present) if (!allowed.has(id)) violation(`unexpected check-in ${id}`);
  const name = all.value.settings.partnerName;
  if (name !== model.name && name !== model.pendingName) {
    violation(
      `settings name ${String(name)}, expected ${String(model.name)} or ${String(model.pendingName)}`,
    );
  }
  send({
    t: 'verified',
    records: present.size,
    inflightPresent: model.inflight !== null && present.has(model.inflight),
    name,
    ms: Math.round(performance.now() - started),
  });
  model.pass = opened;
}

/** The id the next record gets: chosen here and announced before the write. */
let nextId = '';

async function rotate(vault: VaultService): Promise<void> {
  send({ t: 'begin', op: 'rotate' });
  const rotated = await vault.rotateKey();
  if (!rotated.ok) violation(`rotation: ${rotated.error.message}`);
  send({ t: 'ack', op: 'rotate' });
}

async function writeForever(vault: VaultService, model: CrashModel): Promise<never> {
  const next = random(model.seed);
  let counter = 0;
  let pass = model.pass;
  if (model.rotateFirst) await rotate(vault);
  for (;;) {
    const roll = next();
    counter++;
    if (roll < 0.6 && model.acked.length < 300) {
      const id = `c-${model.seed}-${counter}`;
      send({ t: 'begin', op: 'checkin', id });
      nextId = id;
      const saved = await vault.checkins.add({
        date: `2026-0${1 + (counter % 9)}-1${counter % 10}`,
        communication: 1 + (counter % 5),
        affection: null,
        availability: 3,
        future: null,
        criticism: 2,
        connection: 1 + ((counter * 7) % 5),
        note: `note ${id}`,
      });
      if (!saved.ok) violation(`check-in: ${saved.error.message}`);
      send({ t: 'ack', op: 'checkin', id: saved.value.id });
    } else if (roll < 0.82) {
      const name = `name-${model.seed}-${counter}`;
      send({ t: 'begin', op: 'name', name });
      const saved = await vault.settings.update({ partnerName: name });
      if (!saved.ok) violation(`settings: ${saved.error.message}`);
      send({ t: 'ack', op: 'name', name });
    } else if (roll < 0.92) {
      send({ t: 'begin', op: 'pass', to: pass + 1 });
      const changed = await vault.changePassphrase(passphraseOf(pass), passphraseOf(pass + 1));
      if (!changed.ok) {
        violation(
          `passphrase change ${pass}→${pass + 1} (child of ${JSON.stringify({ ...model, acked: model.acked.length })}): ${changed.error.message}`,
        );
      }
      pass++;
      send({ t: 'ack', op: 'pass', to: pass });
    } else if (roll < 0.94) {
      await rotate(vault);
    } else {
      send({ t: 'begin', op: 'event' });
      nextId = `e-${model.seed}-${counter}`;
      const saved = await vault.events.add({
        date: '2026-02-02',
        end: null,
        kind: 'other',
        label: `event ${counter}`,
        note: null,
      });
      if (!saved.ok) violation(`event: ${saved.error.message}`);
      send({ t: 'ack', op: 'event' });
    }
  }
}

async function run(model: CrashModel): Promise<void> {
  const started = performance.now();
  const vault = await openVault({
    dataDir: model.dir,
    service: {
      kdf: TEST_KDF,
      failureDelayMs: () => 0,
      // Record ids are chosen by the writer (announced in `begin`), so the harness knows them.
      newId: () => nextId,
    },
  });
  if (!vault.ok) violation(`open: ${vault.error.message} ${vault.error.detail ?? ''}`);
  send({ t: 'opened', ms: Math.round(performance.now() - started) });
  const status = await vault.value.status();
  if (status === 'new') {
    if (model.initialised) violation('the vault was created and acknowledged, but is gone');
    send({ t: 'begin', op: 'init' });
    const created = await vault.value.init(passphraseOf(0));
    if (!created.ok) violation(created.error.message);
    send({ t: 'ack', op: 'init' });
  } else {
    await verify(vault.value, model, started);
  }
  await writeForever(vault.value, model);
}

const lines = createInterface({ input: process.stdin });
send({ t: 'ready' });
for await (const line of lines) {
  const model = JSON.parse(line) as CrashModel;
  await run(model);
}
