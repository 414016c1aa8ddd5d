/**
 * The vault use cases, shared by the CLI, the web app and the library: create, unlock, lock,
 * change the passphrase, rotate keys, and keep the person's records (settings, assessments,
 * check-ins, events, chat imports, plans, conversation drafts) sealed at rest. Export, restore
 * and erase. One long-lived service per process; it holds the data keys only while unlocked.
 *
 * Everything here goes through the ports (src/app/ports.ts); src/infra/index.ts wires the real
 * store and crypto (`openVault`).
 */
import { z } from 'zod';
import { fail, ok, type Problem, type Result } from '../domain/result.js';
import { EVENT_KINDS, INDICATORS } from '../domain/trajectory/index.js';
import type {
  Clock,
  KdfCost,
  RecordTable,
  SealedRow,
  VaultCrypto,
  VaultKeys,
  VaultStore,
} from './ports.js';

export type { KdfCost } from './ports.js';
export type { Problem, Result } from '../domain/result.js';

/** Argon2id cost for new and changed passphrases: 64 MiB, 3 passes (E-07). */
export const VAULT_KDF: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
export const MIN_PASSPHRASE_LENGTH = 8;
export const GOOD_PASSPHRASE_LENGTH = 15;
const MAX_PASSPHRASE_LENGTH = 1024;

// ---------------------------------------------------------------------------------------------
// Records: what is sealed, validated with zod whenever it is read back (decrypted data is input).

const isoDay = z.iso.date();
const isoTime = z.iso.datetime({ offset: true });
const shortText = (max: number) => z.string().max(max);
const level = z.number().int().min(1).max(5).nullable();

export const PRONOUNS = ['they', 'she', 'he'] as const;

export const settingsSchema = z.strictObject({
  /** ISO 3166-1 alpha-2, for the right helplines. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  partnerName: shortText(100).nullable(),
  partnerPronoun: z.enum(PRONOUNS),
  /** Idle minutes before the vault locks itself (web app and long-lived processes). */
  lockTimeoutMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  country: null,
  partnerName: null,
  partnerPronoun: 'they',
  lockTimeoutMinutes: 5,
};

const indicatorShape = Object.fromEntries(INDICATORS.map((name) => [name, level])) as Record<
  (typeof INDICATORS)[number],
  typeof level
>;

export const checkInSchema = z.strictObject({
  id: z.string().min(1),
  date: isoDay,
  ...indicatorShape,
  note: shortText(10_000).nullable(),
  createdAt: isoTime,
});
export type CheckInRecord = z.infer<typeof checkInSchema>;
export type CheckInInput = Omit<CheckInRecord, 'id' | 'createdAt'>;

export const eventSchema = z.strictObject({
  id: z.string().min(1),
  date: isoDay,
  end: isoDay.nullable(),
  kind: z.enum(EVENT_KINDS),
  label: shortText(200).min(1),
  note: shortText(10_000).nullable(),
  createdAt: isoTime,
});
export type EventRecord = z.infer<typeof eventSchema>;
export type EventInput = Omit<EventRecord, 'id' | 'createdAt'>;

export const assessmentRecordSchema = z.strictObject({
  id: z.string().min(1),
  createdAt: isoTime,
  /** The answers as given: question id → value. */
  answers: z.record(z.string(), z.json()),
  /** The free text the person wrote, if any. */
  text: shortText(200_000).nullable(),
  /** A snapshot of the result as it was shown (causes, safety, …). */
  result: z.json(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type AssessmentInput = Omit<AssessmentRecord, 'id' | 'createdAt'>;

/**
 * A chat import keeps weekly figures and the few excerpts cited as evidence, never the
 * messages themselves: the schema is strict, so a `messages` array cannot be stored.
 */
export const chatImportSchema = z.strictObject({
  id: z.string().min(1),
  importedAt: isoTime,
  format: shortText(40),
  mode: z.enum(['metadata', 'content']),
  participants: z
    .array(
      z.strictObject({
        name: shortText(200),
        role: z.enum(['me', 'partner', 'other']),
        messages: z.number().int().min(0),
      }),
    )
    .max(1_000),
  first: isoTime.nullable(),
  last: isoTime.nullable(),
  /** Per ISO week, per person: the metrics (as the chat analysis produced them). */
  weeks: z.array(z.json()).max(5_000),
  signals: z.array(z.json()).max(1_000),
  excerpts: z
    .array(
      z.strictObject({
        text: shortText(500),
        week: shortText(10).nullable(),
        person: shortText(200).nullable(),
        signalId: shortText(100).nullable(),
      }),
    )
    .max(200),
});
export type ChatImportRecord = z.infer<typeof chatImportSchema>;
export type ChatImportInput = Omit<ChatImportRecord, 'id' | 'importedAt'>;

/** A plain JSON copy: drops `undefined` fields and anything JSON cannot hold. */
const toJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * What of a chat import is kept: the weekly figures, the signals and the participants'
 * message counts. The messages themselves are never passed in, so they cannot be stored.
 *
 * @example
 * await vault.chatImports.add(chatImportInputFrom(result.value.report));
 */
export function chatImportInputFrom(report: {
  format: string;
  contentMode: boolean;
  participants: ReadonlyArray<{ name: string; role: 'me' | 'partner' | 'other'; messages: number }>;
  first: string | null;
  last: string | null;
  weeks: readonly unknown[];
  signals: readonly unknown[];
}): ChatImportInput {
  return {
    format: report.format,
    mode: report.contentMode ? 'content' : 'metadata',
    participants: report.participants.map(({ name, role, messages }) => ({ name, role, messages })),
    first: report.first,
    last: report.last,
    weeks: toJson([...report.weeks]) as ChatImportInput['weeks'],
    signals: toJson([...report.signals]) as ChatImportInput['signals'],
    excerpts: [],
  };
}

/**
 * An assessment as kept: the answers, the person's own text, and a snapshot of the result.
 *
 * @example
 * await vault.assessments.add(assessmentInputFrom(answers, text, report));
 */
export function assessmentInputFrom(
  answers: Readonly<Record<string, unknown>>,
  text: string | null,
  result: unknown,
): AssessmentInput {
  return {
    answers: toJson({ ...answers }) as AssessmentInput['answers'],
    text,
    result: toJson(result) as AssessmentInput['result'],
  };
}

export const planSchema = z.strictObject({
  id: z.string().min(1),
  createdAt: isoTime,
  title: shortText(200).nullable(),
  /** The plan as produced by the guidance (steps, safety, resources). */
  content: z.json(),
});
export type PlanRecord = z.infer<typeof planSchema>;
export type PlanInput = Omit<PlanRecord, 'id' | 'createdAt'>;

export const draftSchema = z.strictObject({
  id: z.string().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
  topic: shortText(200).nullable(),
  text: shortText(100_000),
  /** The review of the draft, if one was made. */
  review: z.json().nullable(),
});
export type DraftRecord = z.infer<typeof draftSchema>;
export type DraftInput = Omit<DraftRecord, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

// ---------------------------------------------------------------------------------------------
// Export format (docs/vault.md).

export const EXPORT_FORMAT = 'closer-export';
export const EXPORT_VERSION = 1;

export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  settings: settingsSchema,
  assessments: z.array(assessmentRecordSchema),
  checkins: z.array(checkInSchema),
  events: z.array(eventSchema),
  chatImports: z.array(chatImportSchema),
  plans: z.array(planSchema),
  drafts: z.array(draftSchema),
});
export type VaultExport = z.infer<typeof exportSchema>;

export type HistoryEntry = {
  kind: 'assessment' | 'checkin' | 'event' | 'chat-import' | 'plan' | 'draft';
  id: string;
  /** YYYY-MM-DD: the day it is about (check-ins, events) or was made. */
  date: string;
  /** A short line for lists. Contains what the person wrote: show it only to them. */
  summary: string;
};

// ---------------------------------------------------------------------------------------------

export type VaultStatus = 'new' | 'locked' | 'unlocked' | 'closed';

export type VaultServiceOptions = {
  clock?: Clock;
  /**
   * Argon2id cost for new keyrings and the floor accepted on unlock. Tests only: production
   * uses VAULT_KDF (64 MiB, 3 passes); lower values make tests fast.
   */
  kdf?: KdfCost;
  newId?: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds to wait before an unlock after `failures` consecutive wrong passphrases. */
  failureDelayMs?: (failures: number) => number;
  /** Records re-encrypted per transaction during key rotation. */
  rotationBatch?: number;
};

/**
 * The wait after repeated wrong passphrases: none after the first, then 1 s, 2 s, 4 s … up to
 * 5 minutes. The count is stored, so restarting does not reset it.
 */
export function defaultFailureDelayMs(failures: number): number {
  if (failures <= 1) return 0;
  return Math.min(1000 * 2 ** (failures - 2), 5 * 60 * 1000);
}

type Repository<T, I> = {
  add(input: I): Promise<Result<T>>;
  list(): Promise<Result<T[]>>;
  get(id: string): Promise<Result<T | undefined>>;
  remove(id: string): Promise<Result<boolean>>;
};

export type VaultService = ReturnType<typeof createVaultService>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const problemFromZod = (what: string, error: z.ZodError): Problem => {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  return {
    code: 'bad-input',
    message: `${what}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`,
  };
};

/**
 * Creates the vault service over a store and a crypto implementation.
 *
 * @example
 * const vault = createVaultService(store, createWebVaultCrypto());
 * await vault.init('a long passphrase');
 * await vault.checkins.add({ date: '2026-03-02', communication: 3, ..., note: null });
 */
export function createVaultService(
  store: VaultStore,
  crypto: VaultCrypto,
  options: VaultServiceOptions = {},
) {
  const clock = options.clock ?? { now: () => new Date() };
  const kdf = options.kdf ?? VAULT_KDF;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const failureDelay = options.failureDelayMs ?? defaultFailureDelayMs;
  const rotationBatch = options.rotationBatch ?? 100;

  let keys: VaultKeys | undefined;
  let closed = false;
  let lastActivity = clock.now().getTime();
  let lockTimeoutMs = DEFAULT_SETTINGS.lockTimeoutMinutes * 60_000;

  const touch = () => {
    lastActivity = clock.now().getTime();
  };

  const notOpen = (): Result<never> =>
    closed
      ? fail('vault-closed', 'The vault has been closed.')
      : fail('locked', 'The vault is locked. Unlock it with your passphrase first.');

  function requireKeys(): Result<VaultKeys> {
    if (closed || keys === undefined) return notOpen();
    touch();
    return ok(keys);
  }

  function checkNewPassphrase(passphrase: string): Result<void> {
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      return fail(
        'weak-passphrase',
        `Please choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (${GOOD_PASSPHRASE_LENGTH} or more is better; a few unrelated words work well).`,
      );
    }
    if (passphrase.length > MAX_PASSPHRASE_LENGTH) {
      return fail(
        'bad-input',
        `The passphrase is longer than ${MAX_PASSPHRASE_LENGTH} characters.`,
      );
    }
    return ok(undefined);
  }

  async function seal(
    k: VaultKeys,
    table: RecordTable,
    id: string,
    period: string | null,
    value: unknown,
  ): Promise<SealedRow> {
    const body = await k.seal({ table, id }, encoder.encode(JSON.stringify(value)));
    return { table, id, period, keyId: k.currentKeyId, body };
  }

  async function unseal<T>(k: VaultKeys, row: SealedRow, schema: z.ZodType<T>): Promise<Result<T>> {
    const opened = await k.open({ table: row.table, id: row.id }, row.body);
    if (!opened.ok) return opened;
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(opened.value));
    } catch {
      return fail('record-damaged', `The stored ${row.table} record ${row.id} is not readable.`);
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success) {
      return fail(
        'record-damaged',
        `The stored ${row.table} record ${row.id} does not have the expected shape.`,
        checked.error.message,
      );
    }
    return ok(checked.data);
  }

  /** Reads the keyring and checks a passphrase, applying and updating the failure delay. */
  async function tryPassphrase(passphrase: string): Promise<Result<VaultKeys>> {
    const keyring = await store.keyring.read();
    if (keyring === undefined) {
      return fail('not-initialised', 'There is no vault here yet: create one first.');
    }
    const failures = await store.keyring.readFailures();
    const wait = failureDelay(failures.count);
    if (wait > 0) {
      const since =
        failures.lastAt === null ? 0 : clock.now().getTime() - Date.parse(failures.lastAt);
      const remaining = Number.isFinite(since) ? Math.min(wait, wait - since) : wait;
      if (remaining > 0) await sleep(remaining);
    }
    const unlocked = await crypto.unlockKeyring(keyring, passphrase, kdf);
    if (!unlocked.ok) {
      if (unlocked.error.code === 'wrong-passphrase') {
        const count = failures.count + 1;
        await store.keyring.writeFailures({ count, lastAt: clock.now().toISOString() });
        const next = failureDelay(count);
        return next > 0
          ? fail(
              'wrong-passphrase',
              `${unlocked.error.message} The next try waits ${Math.ceil(next / 1000)} s.`,
            )
          : unlocked;
      }
      return unlocked;
    }
    if (failures.count > 0) await store.keyring.writeFailures({ count: 0, lastAt: null });
    return unlocked;
  }

  async function loadSettings(k: VaultKeys): Promise<Result<Settings>> {
    const row = await store.records.get('settings', 'settings');
    if (row === undefined) return ok({ ...DEFAULT_SETTINGS });
    return unseal(k, row, settingsSchema);
  }

  /** Re-encrypts records still under an older data key, a batch at a time, then drops it. */
  async function continueRotation(): Promise<Result<number>> {
    let moved = 0;
    for (;;) {
      const k = keys;
      if (k === undefined) return notOpen();
      const rows = await store.records.listNotUnderKey(k.currentKeyId, rotationBatch);
      if (rows.length === 0) break;
      for (const row of rows) {
        const opened = await k.open({ table: row.table, id: row.id }, row.body);
        if (!opened.ok) return opened;
        const body = await k.seal({ table: row.table, id: row.id }, opened.value);
        // Compare-and-swap: a write that landed meanwhile is newer and already current.
        if (await store.records.swap({ ...row, keyId: k.currentKeyId, body }, row.body)) moved++;
      }
    }
    const k = keys;
    if (k === undefined) return notOpen();
    const old = k.keyIds.filter((id) => id !== k.currentKeyId);
    if (old.length > 0) {
      const next = await crypto.dropDataKeys(k, old);
      await store.keyring.write(next.keyring);
      keys = next.keys;
      k.forget();
    }
    return ok(moved);
  }

  function makeRepository<T extends { id: string }, I>(
    table: RecordTable,
    schema: z.ZodType<T>,
    what: string,
    build: (input: I, id: string, now: string) => T,
    period: (record: T) => string | null,
    order: (record: T) => string,
  ): Repository<T, I> {
    return {
      async add(input) {
        const k = requireKeys();
        if (!k.ok) return k;
        const record = build(input, newId(), clock.now().toISOString());
        const checked = schema.safeParse(record);
        if (!checked.success) return { ok: false, error: problemFromZod(what, checked.error) };
        await store.records.put([
          await seal(k.value, table, record.id, period(checked.data), checked.data),
        ]);
        return ok(checked.data);
      },
      async list() {
        const k = requireKeys();
        if (!k.ok) return k;
        const out: T[] = [];
        for (const row of await store.records.list(table)) {
          const record = await unseal(k.value, row, schema);
          if (!record.ok) return record;
          out.push(record.value);
        }
        return ok(out.sort((a, b) => order(a).localeCompare(order(b)) || a.id.localeCompare(b.id)));
      },
      async get(id) {
        const k = requireKeys();
        if (!k.ok) return k;
        const row = await store.records.get(table, id);
        if (row === undefined) return ok(undefined);
        return unseal(k.value, row, schema);
      },
      async remove(id) {
        const k = requireKeys();
        if (!k.ok) return k;
        return ok(await store.records.remove(table, id));
      },
    };
  }

  const month = (iso: string) => iso.slice(0, 7);

  const checkins = makeRepository<CheckInRecord, CheckInInput>(
    'checkins',
    checkInSchema,
    'check-in',
    (input, id, now) => ({ ...input, id, createdAt: now }),
    (r) => month(r.date),
    (r) => `${r.date} ${r.createdAt}`,
  );
  const events = makeRepository<EventRecord, EventInput>(
    'events',
    eventSchema,
    'event',
    (input, id, now) => ({ ...input, id, createdAt: now }),
    (r) => month(r.date),
    (r) => `${r.date} ${r.createdAt}`,
  );
  const assessments = makeRepository<AssessmentRecord, AssessmentInput>(
    'assessments',
    assessmentRecordSchema,
    'assessment',
    (input, id, now) => ({ ...input, id, createdAt: now }),
    (r) => month(r.createdAt),
    (r) => r.createdAt,
  );
  const chatImports = makeRepository<ChatImportRecord, ChatImportInput>(
    'chat_imports',
    chatImportSchema,
    'chat import',
    (input, id, now) => ({ ...input, id, importedAt: now }),
    (r) => month(r.importedAt),
    (r) => r.importedAt,
  );
  const plans = makeRepository<PlanRecord, PlanInput>(
    'plans',
    planSchema,
    'plan',
    (input, id, now) => ({ ...input, id, createdAt: now }),
    (r) => month(r.createdAt),
    (r) => r.createdAt,
  );
  const draftRepository = makeRepository<DraftRecord, DraftInput>(
    'drafts',
    draftSchema,
    'conversation draft',
    (input, id, now) => ({
      id,
      createdAt: now,
      updatedAt: now,
      topic: input.topic,
      text: input.text,
      review: input.review,
    }),
    (r) => month(r.createdAt),
    (r) => r.createdAt,
  );
  const drafts = {
    ...draftRepository,
    /** Creates a draft, or updates the draft with `input.id` (keeping its creation time). */
    async save(input: DraftInput): Promise<Result<DraftRecord>> {
      if (input.id === undefined) return draftRepository.add(input);
      const existing = await draftRepository.get(input.id);
      if (!existing.ok) return existing;
      if (existing.value === undefined) {
        return fail('unknown-id', `There is no conversation draft ${input.id}.`);
      }
      const k = requireKeys();
      if (!k.ok) return k;
      const record: DraftRecord = {
        ...existing.value,
        topic: input.topic,
        text: input.text,
        review: input.review,
        updatedAt: clock.now().toISOString(),
      };
      const checked = draftSchema.safeParse(record);
      if (!checked.success) {
        return { ok: false, error: problemFromZod('conversation draft', checked.error) };
      }
      await store.records.put([
        await seal(k.value, 'drafts', record.id, month(record.createdAt), checked.data),
      ]);
      return ok(checked.data);
    },
  };

  async function exportAll(): Promise<Result<VaultExport>> {
    const k = requireKeys();
    if (!k.ok) return k;
    const settings = await loadSettings(k.value);
    if (!settings.ok) return settings;
    const lists = await Promise.all([
      assessments.list(),
      checkins.list(),
      events.list(),
      chatImports.list(),
      plans.list(),
      drafts.list(),
    ] as const);
    for (const list of lists) if (!list.ok) return list;
    const [a, c, e, ch, p, d] = lists;
    if (!a.ok || !c.ok || !e.ok || !ch.ok || !p.ok || !d.ok) return notOpen();
    return ok({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: clock.now().toISOString(),
      settings: settings.value,
      assessments: a.value,
      checkins: c.value,
      events: e.value,
      chatImports: ch.value,
      plans: p.value,
      drafts: d.value,
    });
  }

  return {
    /** Whether a vault exists here, and whether it is open. */
    async status(): Promise<VaultStatus> {
      if (closed) return 'closed';
      if (keys !== undefined) return 'unlocked';
      return (await store.keyring.read()) === undefined ? 'new' : 'locked';
    },

    isUnlocked: () => !closed && keys !== undefined,

    /** Where the data lives (a directory, or the PostgreSQL host), for messages. */
    location: store.location,

    /**
     * Creates the vault: a random data key wrapped under the passphrase. Leaves it unlocked.
     * Leftover records with no keyring (an interrupted erase) are unreadable and removed.
     */
    async init(passphrase: string, settings?: Partial<Settings>): Promise<Result<void>> {
      if (closed) return notOpen();
      const strong = checkNewPassphrase(passphrase);
      if (!strong.ok) return strong;
      if ((await store.keyring.read()) !== undefined) {
        return fail('already-initialised', `There is already a vault in ${store.location}.`);
      }
      const initial = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...settings });
      if (!initial.success) return { ok: false, error: problemFromZod('settings', initial.error) };
      const created = await crypto.createKeyring(passphrase, kdf);
      const settingsRow = await seal(created.keys, 'settings', 'settings', null, initial.data);
      // Records first, keyring last: until the keyring exists the vault does not exist, so a
      // crash in between leaves a directory that `init` can simply start over in.
      await store.records.replaceAll([settingsRow]);
      await store.keyring.write(created.keyring);
      await store.keyring.writeFailures({ count: 0, lastAt: null });
      keys = created.keys;
      lockTimeoutMs = initial.data.lockTimeoutMinutes * 60_000;
      touch();
      return ok(undefined);
    },

    /**
     * Opens the vault. A wrong passphrase changes nothing but the attempt counter, and each
     * further try waits longer. Finishes an interrupted key rotation, and re-wraps a keyring
     * made with a lower cost than today's.
     */
    async unlock(passphrase: string): Promise<Result<void>> {
      if (closed) return notOpen();
      if (keys !== undefined) return ok(undefined);
      const unlocked = await tryPassphrase(passphrase);
      if (!unlocked.ok) return unlocked;
      let session = unlocked.value;
      if (session.kdf.memoryKiB < kdf.memoryKiB || session.kdf.iterations < kdf.iterations) {
        // A keyring made with a lower cost than today's is re-wrapped at today's (E-07).
        const upgraded = await crypto.rewrapKeyring(session, passphrase, kdf);
        await store.keyring.write(upgraded.keyring);
        session.forget();
        session = upgraded.keys;
      }
      keys = session;
      touch();
      if (session.keyIds.length > 1) {
        const rotated = await continueRotation();
        if (!rotated.ok) return rotated;
      }
      if (keys === undefined) return notOpen();
      const settings = await loadSettings(keys);
      if (settings.ok) lockTimeoutMs = settings.value.lockTimeoutMinutes * 60_000;
      return ok(undefined);
    },

    /** Drops the data keys from memory. */
    lock(): void {
      keys?.forget();
      keys = undefined;
    },

    /** Marks activity (the web app calls it on each request). */
    touch,

    /** Locks when idle for longer than the lock timeout in settings; true if it locked now. */
    lockIfIdle(): boolean {
      if (keys === undefined) return false;
      if (clock.now().getTime() - lastActivity < lockTimeoutMs) return false;
      keys.forget();
      keys = undefined;
      return true;
    },

    /** When the vault will lock itself if nothing happens (ms since the epoch), or null. */
    idleDeadline: (): number | null => (keys === undefined ? null : lastActivity + lockTimeoutMs),

    /**
     * Changes the passphrase: checks the current one, then re-wraps the same data keys under
     * the new one. The records are not touched, and a crash leaves exactly one of the two
     * passphrases working.
     */
    async changePassphrase(current: string, next: string): Promise<Result<void>> {
      if (closed) return notOpen();
      const strong = checkNewPassphrase(next);
      if (!strong.ok) return strong;
      const checked = await tryPassphrase(current);
      if (!checked.ok) return checked;
      try {
        const rewrapped = await crypto.rewrapKeyring(checked.value, next, kdf);
        await store.keyring.write(rewrapped.keyring);
        // An open session switches to the new wrapping, so a later rotation wraps its new key
        // under the new passphrase (not the old one).
        if (keys === undefined) rewrapped.keys.forget();
        else {
          keys.forget();
          keys = rewrapped.keys;
        }
      } finally {
        checked.value.forget();
      }
      touch();
      return ok(undefined);
    },

    /**
     * Key rotation: a new data key becomes current, every record is re-encrypted under it a
     * batch at a time, then the old key is dropped. Interrupted, it resumes on the next unlock.
     * Returns how many records were re-encrypted.
     */
    async rotateKey(): Promise<Result<number>> {
      const k = requireKeys();
      if (!k.ok) return k;
      const next = await crypto.addDataKey(k.value);
      await store.keyring.write(next.keyring);
      keys = next.keys;
      k.value.forget();
      return continueRotation();
    },

    settings: {
      async get(): Promise<Result<Settings>> {
        const k = requireKeys();
        if (!k.ok) return k;
        return loadSettings(k.value);
      },
      async update(patch: Partial<Settings>): Promise<Result<Settings>> {
        const k = requireKeys();
        if (!k.ok) return k;
        const current = await loadSettings(k.value);
        if (!current.ok) return current;
        const checked = settingsSchema.safeParse({ ...current.value, ...patch });
        if (!checked.success)
          return { ok: false, error: problemFromZod('settings', checked.error) };
        await store.records.put([await seal(k.value, 'settings', 'settings', null, checked.data)]);
        lockTimeoutMs = checked.data.lockTimeoutMinutes * 60_000;
        return ok(checked.data);
      },
    },

    assessments,
    checkins,
    events,
    chatImports,
    plans,
    drafts,

    /** Everything, newest first, as short lines (for `closer history` and the web timeline). */
    async history(): Promise<Result<HistoryEntry[]>> {
      const all = await exportAll();
      if (!all.ok) return all;
      const day = (iso: string) => iso.slice(0, 10);
      const entries: HistoryEntry[] = [
        ...all.value.assessments.map((a): HistoryEntry => ({
          kind: 'assessment',
          id: a.id,
          date: day(a.createdAt),
          summary: `assessment: ${Object.keys(a.answers).length} answers${a.text === null ? '' : ', with your description'}`,
        })),
        ...all.value.checkins.map((c): HistoryEntry => ({
          kind: 'checkin',
          id: c.id,
          date: c.date,
          summary: `check-in: ${INDICATORS.map((i) => `${i} ${c[i] ?? '–'}`).join(', ')}${c.note === null ? '' : ` · ${c.note}`}`,
        })),
        ...all.value.events.map((e): HistoryEntry => ({
          kind: 'event',
          id: e.id,
          date: e.date,
          summary: `${e.kind}: ${e.label}${e.end === null ? '' : ` (until ${e.end})`}`,
        })),
        ...all.value.chatImports.map((c): HistoryEntry => ({
          kind: 'chat-import',
          id: c.id,
          date: day(c.importedAt),
          summary: `chat import (${c.format}): ${c.weeks.length} weeks, ${c.excerpts.length} excerpts`,
        })),
        ...all.value.plans.map((p): HistoryEntry => ({
          kind: 'plan',
          id: p.id,
          date: day(p.createdAt),
          summary: `plan${p.title === null ? '' : `: ${p.title}`}`,
        })),
        ...all.value.drafts.map((d): HistoryEntry => ({
          kind: 'draft',
          id: d.id,
          date: day(d.updatedAt),
          summary: `conversation draft${d.topic === null ? '' : `: ${d.topic}`}`,
        })),
      ];
      return ok(
        entries.sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind)),
      );
    },

    /** All data, decrypted, in the documented export format (docs/vault.md). */
    exportAll,

    /**
     * Restores an export exactly (same ids, same content), replacing whatever the vault holds,
     * in one transaction. The vault must be unlocked (create it first if it is new).
     */
    async importBackup(document: unknown): Promise<Result<{ records: number }>> {
      const k = requireKeys();
      if (!k.ok) return k;
      const header = z.object({ format: z.string(), version: z.number() }).safeParse(document);
      if (!header.success || header.data.format !== EXPORT_FORMAT) {
        return fail(
          'bad-input',
          'This file is not a closer export (its "format" is not closer-export).',
        );
      }
      if (header.data.version !== EXPORT_VERSION) {
        return fail(
          'bad-input',
          `This export is version ${header.data.version}; this closer reads version ${EXPORT_VERSION}.`,
        );
      }
      const checked = exportSchema.safeParse(document);
      if (!checked.success) return { ok: false, error: problemFromZod('export', checked.error) };
      const doc = checked.data;
      const rows: SealedRow[] = [await seal(k.value, 'settings', 'settings', null, doc.settings)];
      const add = async <T extends { id: string }>(
        table: RecordTable,
        list: T[],
        period: (r: T) => string,
      ) => {
        const seen = new Set<string>();
        for (const record of list) {
          if (seen.has(record.id)) throw new DuplicateId(table, record.id);
          seen.add(record.id);
          rows.push(await seal(k.value, table, record.id, period(record), record));
        }
      };
      try {
        await add('assessments', doc.assessments, (r) => month(r.createdAt));
        await add('checkins', doc.checkins, (r) => month(r.date));
        await add('events', doc.events, (r) => month(r.date));
        await add('chat_imports', doc.chatImports, (r) => month(r.importedAt));
        await add('plans', doc.plans, (r) => month(r.createdAt));
        await add('drafts', doc.drafts, (r) => month(r.createdAt));
      } catch (error) {
        if (error instanceof DuplicateId) {
          return fail(
            'bad-input',
            `The export has two ${error.table} records with id ${error.id}.`,
          );
        }
        throw error;
      }
      await store.records.replaceAll(rows);
      lockTimeoutMs = doc.settings.lockTimeoutMinutes * 60_000;
      return ok({ records: rows.length - 1 });
    },

    /** How many records the vault holds (all kinds; readable while locked: only a count). */
    count: () => store.records.count(),

    /**
     * Erases everything: the wrapped keys are destroyed first, then the records and files.
     * The caller asks for confirmation; `confirmed` must be true. The service is closed after.
     */
    async erase(confirmed: boolean): Promise<Result<void>> {
      if (closed) return notOpen();
      if (!confirmed) return fail('not-confirmed', 'Erasing needs a confirmation.');
      keys?.forget();
      keys = undefined;
      closed = true;
      await store.erase();
      return ok(undefined);
    },

    /** Locks and closes the store (and frees the data directory for other processes). */
    async close(): Promise<void> {
      keys?.forget();
      keys = undefined;
      if (closed) return;
      closed = true;
      await store.close();
    },
  };
}

class DuplicateId extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`duplicate ${table} id ${id}`);
  }
}
