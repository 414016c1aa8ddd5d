import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VaultService, VaultServiceOptions } from '../../app/vault.js';
import { openVault, writePrivateFile } from '../index.js';
import { openPgliteStore } from './pglite-store.js';
import {
  freshDataDir,
  removeDir,
  seedDataDir,
  TEST_KDF,
  TEST_SERVICE,
} from './test-support/data-dir.js';
import { writeSampleRecords } from './test-support/sample.js';

const PASS = 'plum tree quietly 42';
const dirs: string[] = [];
const open: VaultService[] = [];

afterEach(async () => {
  for (const vault of open.splice(0)) await vault.close();
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function vaultIn(
  dir: string,
  service: VaultServiceOptions = TEST_SERVICE,
): Promise<VaultService> {
  const vault = await openVault({ dataDir: dir, service });
  if (!vault.ok) throw new Error(vault.error.message);
  open.push(vault.value);
  return vault.value;
}

async function newVault(service: VaultServiceOptions = TEST_SERVICE) {
  const dir = await freshDataDir();
  dirs.push(dir);
  const vault = await vaultIn(dir, service);
  const created = await vault.init(PASS);
  if (!created.ok) throw new Error(created.error.message);
  return { dir, vault };
}

async function closeAll() {
  for (const vault of open.splice(0)) await vault.close();
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// Generous timeouts: every test opens a real PGlite, and CI shares two cores with other suites.
describe('vault use cases on PGlite', { timeout: 120_000 }, () => {
  it('keeps every kind of record across close and unlock', async () => {
    const { dir, vault } = await newVault();
    await writeSampleRecords(vault, 'sample');
    const before = must(await vault.exportAll());
    await closeAll();
    const again = await vaultIn(dir);
    expect(await again.status()).toBe('locked');
    expect(await again.checkins.list()).toMatchObject({ ok: false, error: { code: 'locked' } });
    must(await again.unlock(PASS));
    const after = must(await again.exportAll());
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
    expect(after.settings.partnerName).toBe('Sam sample-name');
    expect(after.checkins[0]?.criticism).toBe(4);
    const history = must(await again.history());
    expect(history.map((h) => h.kind).sort()).toEqual(
      ['assessment', 'chat-import', 'checkin', 'draft', 'event', 'plan'].sort(),
    );
  });

  it('refuses bad input with a message naming the field, storing nothing', async () => {
    const { vault } = await newVault();
    const bad = await vault.checkins.add({
      date: '2026-02-30',
      communication: 6,
      affection: null,
      availability: null,
      future: null,
      criticism: null,
      connection: null,
      note: null,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/check-in: (date|communication)/);
    const raw = await vault.chatImports.add({
      format: 'whatsapp',
      mode: 'metadata',
      participants: [],
      first: null,
      last: null,
      weeks: [],
      signals: [],
      excerpts: [],
      messages: [{ text: 'raw message' }],
    } as never);
    expect(raw.ok).toBe(false);
    expect(await vault.count()).toBe(1); // the settings record only
  });

  it('wrong passphrase: clear error, nothing changed, and a delay that survives a restart', async () => {
    const waits: number[] = [];
    // The real delay schedule, with the waiting itself recorded instead of slept.
    const service = {
      kdf: TEST_KDF,
      clock: { now: () => new Date('2026-03-01T10:00:00Z') },
      sleep: (ms: number) => {
        waits.push(ms);
        return Promise.resolve();
      },
    };
    const { dir, vault } = await newVault(service);
    await writeSampleRecords(vault, 'x');
    await closeAll();
    const keyringBefore = readFileSync(join(dir, 'keyring'));
    const locked = await vaultIn(dir, service);
    for (let i = 0; i < 3; i++) {
      const wrong = await locked.unlock('not the passphrase');
      expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
      if (!wrong.ok) expect(wrong.error.message).toMatch(/does not open this vault/);
    }
    expect(readFileSync(join(dir, 'keyring'))).toEqual(keyringBefore);
    await closeAll();
    // A new process (a new service over a reopened store) still knows about the failures.
    const restarted = await vaultIn(dir, service);
    waits.length = 0;
    expect((await restarted.unlock('still wrong')).ok).toBe(false);
    expect(waits.length).toBe(1);
    expect(waits).toEqual([2000]);
    waits.length = 0;
    must(await restarted.unlock(PASS));
    expect(waits).toEqual([4000]);
    expect(must(await restarted.checkins.list())).toHaveLength(1);
    // Success resets the counter.
    restarted.lock();
    waits.length = 0;
    must(await restarted.unlock(PASS));
    expect(waits).toEqual([]);
  });

  it('changes the passphrase by re-wrapping only: records untouched, old one refused', async () => {
    const { dir, vault } = await newVault();
    await writeSampleRecords(vault, 'y');
    await closeAll();
    const store = must(await openPgliteStore(dir));
    const rowsBefore = await store.records.list('checkins');
    await store.close();
    const reopened = await vaultIn(dir);
    expect((await reopened.changePassphrase('wrong current', 'a new passphrase')).ok).toBe(false);
    expect((await reopened.changePassphrase(PASS, 'short')).ok).toBe(false);
    must(await reopened.changePassphrase(PASS, 'a new passphrase'));
    await closeAll();
    const store2 = must(await openPgliteStore(dir));
    expect(await store2.records.list('checkins')).toEqual(rowsBefore);
    await store2.close();
    const after = await vaultIn(dir);
    expect(await after.unlock(PASS)).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    must(await after.unlock('a new passphrase'));
    expect(must(await after.checkins.list())[0]?.note).toBe('Quiet dinner y-note');
  });

  it('rotates the data key: every record re-encrypted, old key dropped, data intact', async () => {
    const { dir, vault } = await newVault({ ...TEST_SERVICE, rotationBatch: 2 });
    await writeSampleRecords(vault, 'r');
    const before = must(await vault.exportAll());
    // Found by the crash harness: a rotation after a passphrase change in the same session
    // must wrap the new key under the new passphrase.
    must(await vault.changePassphrase(PASS, 'the rotated passphrase'));
    const moved = must(await vault.rotateKey());
    expect(moved).toBe(7);
    const after = must(await vault.exportAll());
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
    await closeAll();
    const keyring = JSON.parse(readFileSync(join(dir, 'keyring'), 'utf8')) as {
      current: string;
      keys: { id: string }[];
    };
    expect(keyring.keys.map((k) => k.id)).toEqual([keyring.current]);
    const reopened = await vaultIn(dir);
    must(await reopened.unlock('the rotated passphrase'));
    expect(must(await reopened.checkins.list())).toHaveLength(1);
    await closeAll();
    const store = must(await openPgliteStore(dir));
    const keyIds = new Set(
      (await store.records.listNotUnderKey(keyring.current, 100)).map((r) => r.id),
    );
    expect(keyIds.size).toBe(0);
    await store.close();
  });

  it('tampered or relocated ciphertext fails with a clear error, never as wrong data', async () => {
    const { dir, vault } = await newVault();
    const first = must(
      await vault.checkins.add({
        date: '2026-03-01',
        communication: 1,
        affection: 1,
        availability: 1,
        future: 1,
        criticism: 5,
        connection: 1,
        note: 'first',
      }),
    );
    const second = must(
      await vault.checkins.add({
        date: '2026-03-08',
        communication: 5,
        affection: 5,
        availability: 5,
        future: 5,
        criticism: 1,
        connection: 5,
        note: 'second',
      }),
    );
    await closeAll();
    const store = must(await openPgliteStore(dir));
    // Picked by id: both rows share a period, so the list's order (by random id) varies.
    const rows = await store.records.list('checkins');
    const a = rows.find((r) => r.id === first.id);
    const b = rows.find((r) => r.id === second.id);
    if (a === undefined || b === undefined) throw new Error('rows missing');
    // Move b's ciphertext into a's row: same key, valid ciphertext, wrong place.
    await store.records.put([{ ...a, body: b.body }]);
    await store.close();
    const moved = await vaultIn(dir);
    must(await moved.unlock(PASS));
    const listed = await moved.checkins.list();
    expect(listed).toMatchObject({ ok: false, error: { code: 'record-tampered' } });
    if (!listed.ok) expect(listed.error.message).toContain(`checkins record ${a.id}`);
    await closeAll();
    const store2 = must(await openPgliteStore(dir));
    const flipped = Uint8Array.from(b.body);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    await store2.records.put([{ ...b, body: flipped }, a]);
    await store2.close();
    const tampered = await vaultIn(dir);
    must(await tampered.unlock(PASS));
    expect(await tampered.checkins.get(b.id)).toMatchObject({
      ok: false,
      error: { code: 'record-tampered' },
    });
    expect(must(await tampered.checkins.get(a.id))?.note).toBe('first');
  });

  it('export (0600) → erase → import-backup gives back the same data', async () => {
    const { dir, vault } = await newVault();
    await writeSampleRecords(vault, 'e');
    must(
      await vault.checkins.add({
        date: '2026-04-01',
        communication: null,
        affection: 4,
        availability: null,
        future: null,
        criticism: null,
        connection: 3,
        note: null,
      }),
    );
    const exported = must(await vault.exportAll());
    const file = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-export.json`);
    writePrivateFile(file, new TextEncoder().encode(JSON.stringify(exported)));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => writePrivateFile(file, new Uint8Array(1))).toThrow(/EEXIST/);
    expect((await vault.erase(false)).ok).toBe(false);
    must(await vault.erase(true));
    expect(existsSync(join(dir, 'keyring'))).toBe(false);
    expect(existsSync(dir)).toBe(false);
    await seedDataDir(dir);
    const restored = await vaultIn(dir);
    expect(await restored.status()).toBe('new');
    must(await restored.init('another passphrase'));
    const counts = must(await restored.importBackup(JSON.parse(readFileSync(file, 'utf8'))));
    expect(counts.records).toBe(7);
    const back = must(await restored.exportAll());
    expect({ ...back, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
    removeDir(file);
    expect(await restored.importBackup({ format: 'closer-export', version: 9 })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await restored.importBackup({ format: 'other' })).toMatchObject({ ok: false });
    expect(await restored.count()).toBe(8);
  });

  it('locks itself after the idle time in settings', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const { vault } = await newVault({ ...TEST_SERVICE, clock: { now: () => new Date(now) } });
    must(await vault.settings.update({ lockTimeoutMinutes: 2 }));
    now += 60_000;
    expect(vault.lockIfIdle()).toBe(false);
    vault.touch();
    now += 119_000;
    expect(vault.lockIfIdle()).toBe(false);
    now += 2_000;
    expect(vault.lockIfIdle()).toBe(true);
    expect(vault.isUnlocked()).toBe(false);
    expect(await vault.settings.get()).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('refuses to create a second vault over an existing one', async () => {
    const { vault } = await newVault();
    expect(await vault.init('yet another passphrase')).toMatchObject({
      ok: false,
      error: { code: 'already-initialised' },
    });
  });
});
