/**
 * Chat import routes: the upload goes to an owner-only temporary file, the app's importChat
 * reads it, the file is deleted at once, and only the weekly figures and signals are saved.
 * A file that cannot be read gets one plain line and nothing is stored.
 *
 * An export that holds several conversations (a full SMS backup, a Telegram account export, a
 * Messenger download) or a group chat needs one more answer from the person: which
 * conversation, or which participant is their partner. Rather than ask for the upload again,
 * its bytes wait in server memory (never on disk) for that answer: under a random id, one per
 * session, for at most PENDING_UPLOAD_MINUTES, and they are let go on lock and quick exit
 * (which replace the workspace), on a new upload, on cancel, when the person comes back to the
 * empty import page, and once the import is done.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type {
  ChatImportFailure,
  ChatImportOptions,
  ChatImportResult,
  DateOrder,
} from '../../app/chat-import.js';
import { chatImportInputFrom } from '../../app/vault.js';
import { goTo, type AreaContext, type WebEnv } from '../app.js';
import {
  FilesPage,
  type FilesPageProps,
  type FormValues,
  type PendingChoice,
} from '../pages/files.js';
import type { VaultGate } from '../vault-gate.js';

/** Uploads through the browser are held in memory while parsed: keep them to a sane size. */
export const WEB_UPLOAD_LIMIT_MB = 200;

/** How long an upload waits for the person to pick a conversation or their partner. */
export const PENDING_UPLOAD_MINUTES = 10;

/** The choice forms carry a few short fields only. */
const CHOICE_FORM_LIMIT_BYTES = 64 * 1024;

/** The most conversations offered in the list; the rest can be typed. */
export const MAX_LISTED_CHOICES = 300;

/** What the person asked for; what importChat gets besides the file. */
export type ImportSettings = {
  content: boolean;
  timeZone: string;
  dateOrder?: DateOrder;
  me?: string;
  partner?: string;
  conversation?: string;
};

export type PendingUpload = {
  /** Random, 128 bits: names this upload in the choice form. */
  id: string;
  /** The workspace when the upload came: a lock or quick exit replaces it. */
  owner: object;
  bytes: Uint8Array;
  /** The name the temporary file gets (the importers detect the format from it). */
  fileName: string;
  settings: ImportSettings;
  choice: { kind: 'conversation' | 'partner'; names: string[] };
  expiresAt: number;
};

export type PendingUploads = {
  /** Holds an upload for this session, letting go of any earlier one. */
  hold(session: string, upload: Omit<PendingUpload, 'id' | 'owner' | 'expiresAt'>): PendingUpload;
  /** The session's upload with this id, if it is still held (expired or orphaned ones go). */
  find(session: string, id: string): PendingUpload | undefined;
  /** Lets go of the session's upload (its bytes are overwritten first). */
  drop(session: string): void;
  /** Lets go of every expired upload and every one held before the last lock. */
  sweep(): void;
  /** How many uploads are held (tests, and the sweep's own timer). */
  size(): number;
};

export type PendingUploadsOptions = {
  /** The current workspace: uploads held under an earlier one belong to a locked vault. */
  owner: () => object;
  now?: () => number;
  ttlMs?: number;
  /** How often held uploads are checked while there are any (0: never; tests call sweep). */
  sweepMs?: number;
};

/**
 * @example
 * const pending = createPendingUploads({ owner: () => ctx.workspace() });
 * const { id } = pending.hold(sessionId, { bytes, fileName: 'sms.xml', settings, choice });
 * pending.find(sessionId, id)?.bytes; // until used, dropped, expired or the vault locks
 */
export function createPendingUploads(options: PendingUploadsOptions): PendingUploads {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? PENDING_UPLOAD_MINUTES * 60_000;
  const sweepMs = options.sweepMs ?? 5_000;
  const held = new Map<string, PendingUpload>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const letGo = (session: string) => {
    const upload = held.get(session);
    if (!upload) return;
    // Overwrite rather than wait for the collector: the chat should not linger in the heap.
    upload.bytes.fill(0);
    held.delete(session);
    if (held.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  const isStale = (upload: PendingUpload) =>
    now() >= upload.expiresAt || upload.owner !== options.owner();

  const store: PendingUploads = {
    hold(session, upload) {
      letGo(session);
      const id = randomBytes(16).toString('base64url');
      const entry = { ...upload, id, owner: options.owner(), expiresAt: now() + ttlMs };
      held.set(session, entry);
      if (timer === undefined && sweepMs > 0) {
        // Catches the idle lock and quick exit even when no further request comes.
        timer = setInterval(() => store.sweep(), sweepMs);
        timer.unref();
      }
      return entry;
    },
    find(session, id) {
      const upload = held.get(session);
      if (!upload) return undefined;
      if (isStale(upload)) {
        letGo(session);
        return undefined;
      }
      return upload.id === id ? upload : undefined;
    },
    drop: letGo,
    sweep() {
      for (const [session, upload] of [...held]) if (isStale(upload)) letGo(session);
    },
    size: () => held.size,
  };
  return store;
}

type ImportChat = (
  options: ChatImportOptions,
) => Promise<{ ok: true; value: ChatImportResult } | { ok: false; error: ChatImportFailure }>;

export type FilesRoutesOptions = {
  now?: () => number;
  /** The use case (default: importChat from src/app, loaded on the first upload). */
  importChat?: ImportChat;
  /** Where the owner-only temporary directory is made (default: the system's). */
  tempRoot?: () => string;
  sweepMs?: number;
};

const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

const text = (form: Record<string, unknown>, name: string, max = 200): string => {
  const value = form[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
};

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The temporary file's name: the upload's own when it is plain, so messages can name it. */
export function tempFileName(uploaded: string): string {
  const base = uploaded.split(/[\\/]/).pop() ?? '';
  const extension = /\.(txt|zip|json|xml)$/i.exec(base)?.[0]?.toLowerCase();
  if (extension === undefined) return 'upload.txt';
  const stem = base
    .slice(0, base.length - extension.length)
    .replace(/[^\p{L}\p{N} ()_,+-]/gu, '_')
    .replace(/^[\s_]+/, '')
    .slice(0, 100);
  // "WhatsApp Chat with Sam.txt" names the partner: importChat uses it to tell who is who.
  return `${stem === '' ? 'upload' : stem}${extension}`;
}

/**
 * The importers' messages speak to the command line ("--partner NAME"); on the page the same
 * things are fields of the form.
 */
export function forThePage(message: string): string {
  return message
    .replace(
      /--me and --partner name the same person/g,
      'Your name and your partner’s name are the same person',
    )
    .replace(/--me "/g, 'Your name "')
    .replace(/--partner "/g, 'Your partner’s name "')
    .replace(/--tz "/g, 'The time zone "')
    .replace(/\. Pick your partner with --partner NAME/g, '')
    .replace(/; pick the one with your partner with --partner NAME \(or --conversation NAME\)/g, '')
    .replace(/; use --format to force one/g, '')
    .replace(
      /; use --me NAME if that is wrong\./g,
      '. If that is wrong, import it again with your name filled in.',
    )
    .replace(/\. Use --me NAME to say\./g, '. Import it again with your name filled in to say.')
    .replace(
      /run again with --date-order mdy/g,
      'import it again with “month first” as the date order',
    )
    .replace(
      /run again with --date-order dmy/g,
      'import it again with “day first” as the date order',
    );
}

/** The names a failure offers as choices, if it offers any. */
export function choiceIn(
  error: ChatImportFailure,
): { kind: 'conversation' | 'partner'; names: string[] } | undefined {
  const names = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && n !== '') : [];
  if (error.code === 'several-conversations' || error.code === 'conversation-not-found') {
    const listed = names(error.conversations);
    return listed.length > 0 ? { kind: 'conversation', names: listed } : undefined;
  }
  if (error.code === 'group-chat') {
    // The participants, when the failure carries them (as `conversations` carries the chats).
    const listed = names((error as { participants?: unknown }).participants);
    return listed.length > 2 ? { kind: 'partner', names: listed } : undefined;
  }
  return undefined;
}

/** Which field of the form an error is about, so the page can link the two. */
function fieldOf(error: ChatImportFailure): NonNullable<FilesPageProps['errorField']> {
  if (error.code === 'bad-tz') return 'tz';
  if (error.code === 'unknown-person')
    return error.message.startsWith('Your partner’s name') ? 'partner' : 'me';
  if (error.code === 'same-person') return 'me';
  return 'file';
}

export function registerFilesRoutes(
  app: Hono<WebEnv>,
  ctx: AreaContext,
  gate: VaultGate,
  options: FilesRoutesOptions = {},
): PendingUploads {
  const tempRoot = options.tempRoot ?? tmpdir;
  const pending = createPendingUploads({
    owner: () => ctx.workspace(),
    ...(options.now ? { now: options.now } : {}),
    ...(options.sweepMs === undefined ? {} : { sweepMs: options.sweepMs }),
  });
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const page = (extra: Omit<FilesPageProps, 'open' | 'limitMb' | 'zones' | 'systemZone'>) => (
    <FilesPage
      open={open()}
      limitMb={WEB_UPLOAD_LIMIT_MB}
      zones={timeZones()}
      systemZone={systemZone()}
      {...extra}
    />
  );

  /** Writes the bytes to an owner-only file only while importChat reads it. */
  const runImport = async (
    bytes: Uint8Array,
    fileName: string,
    settings: ImportSettings,
  ): Promise<{ ok: true; value: ChatImportResult } | { ok: false; error: ChatImportFailure }> => {
    const dir = await mkdtemp(join(tempRoot(), 'closer-'));
    const path = join(dir, fileName);
    try {
      await writeFile(path, bytes, { mode: 0o600 });
      // The importers are loaded on the first upload, not with the server.
      const importChat =
        options.importChat ?? (await import('../../app/chat-import.js')).importChat;
      const request: ChatImportOptions = {
        path,
        content: settings.content,
        timeZone: settings.timeZone,
      };
      if (settings.dateOrder) request.dateOrder = settings.dateOrder;
      if (settings.me) request.me = settings.me;
      if (settings.partner) request.partner = settings.partner;
      if (settings.conversation) request.conversation = settings.conversation;
      const imported = await importChat(request);
      if (imported.ok) return imported;
      return {
        ok: false,
        error: {
          ...imported.error,
          message: forThePage(imported.error.message.replace(path, fileName)),
        },
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  /** Keeps the figures (never the messages) and shows them. */
  const save = async (c: Context<WebEnv>, result: ChatImportResult, values: FormValues) => {
    const report = result.report;
    const saved = await gate.vault().chatImports.add(chatImportInputFrom(report));
    if (!saved.ok) return c.html(page({ error: saved.error.message, values }), 400);
    ctx.workspace().extra.chats = report.signals;
    return c.html(
      page({
        report: {
          ...report,
          warnings: report.warnings.map((w) => ({ ...w, message: forThePage(w.message) })),
        },
      }),
    );
  };

  const valuesOf = (settings: ImportSettings): FormValues => ({
    me: settings.me ?? '',
    partner: settings.partner ?? '',
    timeZone: settings.timeZone,
    dateOrder: settings.dateOrder ?? 'auto',
    mode: settings.content ? 'content' : 'metadata',
  });

  const choicePage = (upload: PendingUpload, error?: string) => {
    const choice: PendingChoice = {
      id: upload.id,
      kind: upload.choice.kind,
      names: upload.choice.names,
      fileName: upload.fileName,
      minutes: PENDING_UPLOAD_MINUTES,
      values: valuesOf(upload.settings),
      ...(upload.settings.conversation ? { conversation: upload.settings.conversation } : {}),
    };
    return page(error === undefined ? { choice } : { choice, error });
  };

  app.get('/files', (c) => {
    // Coming back to the empty form means the choice was left: let the upload go.
    pending.drop(c.get('sessionId'));
    return c.html(page({}));
  });

  app.post(
    '/files',
    bodyLimit({
      maxSize: WEB_UPLOAD_LIMIT_MB * 1024 * 1024,
      onError: (c) =>
        c.html(
          page({ error: `The file is larger than ${WEB_UPLOAD_LIMIT_MB} MB. Nothing was stored.` }),
          413,
        ),
    }),
    async (c) => {
      const session = c.get('sessionId');
      const owner = ctx.workspace();
      // A new upload replaces whatever was waiting for a choice.
      pending.drop(session);
      const form = await c.req.parseBody();
      const order = text(form, 'dateOrder');
      const settings: ImportSettings = {
        content: form.mode === 'content',
        timeZone: text(form, 'tz', 100) || systemZone(),
      };
      if (DATE_ORDERS.includes(order as DateOrder)) settings.dateOrder = order as DateOrder;
      const me = text(form, 'me');
      const partner = text(form, 'partner');
      if (me) settings.me = me;
      if (partner) settings.partner = partner;
      const values = valuesOf(settings);

      const file = form.file;
      if (!(file instanceof File) || file.size === 0) {
        return c.html(
          page({
            error: 'Please choose an export file. Nothing was stored.',
            errorField: 'file',
            values,
          }),
          400,
        );
      }
      const fileName = tempFileName(file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = await runImport(bytes, fileName, settings);
      if (imported.ok) {
        bytes.fill(0);
        return save(c, imported.value, values);
      }
      const choice = choiceIn(imported.error);
      if (ctx.workspace() !== owner) {
        // closer locked (or quick exit) while the file was read: nothing is held for later.
        bytes.fill(0);
        return goTo(c, '/unlock');
      }
      if (choice === undefined) {
        bytes.fill(0);
        return c.html(
          page({
            error: `${imported.error.message}. Nothing was stored.`,
            errorField: fieldOf(imported.error),
            values,
          }),
          400,
        );
      }
      return c.html(choicePage(pending.hold(session, { bytes, fileName, settings, choice })));
    },
  );

  const choiceLimit = bodyLimit({
    maxSize: CHOICE_FORM_LIMIT_BYTES,
    onError: (c) => c.html(page({ error: 'That form was too large.' }), 413),
  });
  const gone = (c: Context<WebEnv>) =>
    c.html(
      page({
        error: `That file is no longer held: closer keeps an upload waiting for your choice for ${PENDING_UPLOAD_MINUTES} minutes at most, and lets it go when it locks or when you leave the choice. Please choose the file again. Nothing was stored.`,
        errorField: 'file',
      }),
      410,
    );

  app.post('/files/choose', choiceLimit, async (c) => {
    const session = c.get('sessionId');
    const form = await c.req.parseBody();
    const upload = pending.find(session, text(form, 'pending', 100));
    if (!upload) return gone(c);
    const settings: ImportSettings = { ...upload.settings };
    delete settings.me;
    delete settings.partner;
    const me = text(form, 'me');
    const partner = text(form, 'partner');
    if (me) settings.me = me;
    if (partner) settings.partner = partner;
    if (upload.choice.kind === 'conversation') {
      const chosen = text(form, 'conversationOther', 1000) || text(form, 'conversation', 1000);
      if (!chosen) return c.html(choicePage(upload, 'Please pick a conversation.'), 400);
      settings.conversation = chosen;
    } else if (!partner) {
      return c.html(choicePage(upload, 'Please pick which person is your partner.'), 400);
    }
    upload.settings = settings;
    const imported = await runImport(upload.bytes, upload.fileName, settings);
    // The vault may have locked while the file was read: then nothing is kept.
    if (pending.find(session, upload.id) !== upload) return gone(c);
    if (imported.ok) {
      pending.drop(session);
      return save(c, imported.value, valuesOf(settings));
    }
    const next = choiceIn(imported.error);
    if (next?.kind === 'partner') {
      // The chosen conversation is a group: one more answer, same file.
      upload.choice = next;
      return c.html(choicePage(upload));
    }
    return c.html(choicePage(upload, `${imported.error.message}. Nothing was stored.`), 400);
  });

  app.post('/files/cancel', choiceLimit, async (c) => {
    pending.drop(c.get('sessionId'));
    await c.req.parseBody();
    return c.html(page({ notice: 'The file was let go. Nothing was stored.' }));
  });

  return pending;
}

/** Every zone this system knows, for the time zone list (UTC included). */
function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
