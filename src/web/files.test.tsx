import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createWebApp } from './app.js';
import { loadAssets } from './assets.js';
import { FilesPage } from './pages/files.js';
import {
  choiceIn,
  createPendingUploads,
  forThePage,
  PENDING_UPLOAD_MINUTES,
  registerFilesRoutes,
  tempFileName,
  type FilesRoutesOptions,
  type PendingUploads,
} from './routes/files.js';
import { importChat } from '../app/chat-import.js';
import { createSessions } from './session.js';
import { createMemoryVaultGate } from './test-support/memory-vault.js';
import { SAM_AND_JO, smsBackupXml } from '../../test/support/sms-backup.js';

const PORT = 4997;
const HOST = `127.0.0.1:${PORT}`;
const ORIGIN = `http://${HOST}`;
const PASSPHRASE = 'correct horse battery';
const assets = loadAssets();

/**
 * The shell with only the import pages, over a real vault in memory. The clock of the pending
 * uploads and the temporary directory are the test's own, so expiry and "nothing left on disk"
 * can be checked without touching the idle lock or the system's temp folder.
 */
async function importApp(importChat?: FilesRoutesOptions['importChat']) {
  const gate = await createMemoryVaultGate(PASSPHRASE);
  const sessions = createSessions();
  const temp = mkdtempSync(join(tmpdir(), 'closer-files-test-'));
  let clock = Date.now();
  let pending: PendingUploads | undefined;
  const { app } = createWebApp({
    port: PORT,
    gate,
    sessions,
    assets,
    countries: () => Promise.resolve([]),
    areas: (a, ctx) => {
      pending = registerFilesRoutes(a, ctx, gate, {
        now: () => clock,
        tempRoot: () => temp,
        sweepMs: 0,
        ...(importChat ? { importChat } : {}),
      });
    },
  });
  const signIn = async () => {
    const res = await app.request(`/enter?t=${sessions.launchToken}`, { headers: { host: HOST } });
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const headers = (cookie: string) => ({
    host: HOST,
    cookie,
    origin: ORIGIN,
    'sec-fetch-site': 'same-origin',
  });
  const session = (cookie: string) => ({
    get: (path: string) => app.request(path, { headers: { host: HOST, cookie } }),
    post: (path: string, body: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(body),
        headers: { ...headers(cookie), 'content-type': 'application/x-www-form-urlencoded' },
      }),
    upload: (name: string, content: string | Uint8Array, fields: Record<string, string> = {}) => {
      const form = new FormData();
      form.set(
        'file',
        new File([typeof content === 'string' ? content : new Uint8Array(content)], name, {
          type: 'application/octet-stream',
        }),
      );
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      return app.request('/files', { method: 'POST', body: form, headers: headers(cookie) });
    },
  });
  const first = session(await signIn());
  expect((await first.post('/unlock', { passphrase: PASSPHRASE })).status).toBe(303);
  if (!pending) throw new Error('the import routes were not mounted');
  const store = pending;
  const saved = async () => {
    const list = await gate.vault().chatImports.list();
    if (!list.ok) throw new Error(list.error.message);
    return list.value;
  };
  return {
    ...first,
    gate,
    store,
    saved,
    /** What is in the temporary folder right now (it should always be empty between requests). */
    tempFiles: () => readdirSync(temp),
    advance: (ms: number) => {
      clock += ms;
    },
    another: async () => session(await signIn()),
  };
}

/** A made-up SMS Backup & Restore file: Sam (21 days, two texts a day) and Jo (7 days). */
const smsBackup = (): string => smsBackupXml(Date.UTC(2024, 4, 6, 9), 21, SAM_AND_JO);

/** A made-up Telegram account export with two personal chats. */
function telegramExport(): string {
  const message = (id: number, from: string) => ({
    id,
    type: 'message',
    date_unixtime: String(1_700_000_000 + id * 3600),
    from,
    text: 'hi',
  });
  const chat = (name: string, count: number, offset: number) => ({
    name,
    type: 'personal_chat',
    messages: Array.from({ length: count }, (_, i) =>
      message(offset + i, i % 2 === 0 ? name : 'Alex'),
    ),
  });
  return JSON.stringify({
    personal_information: { first_name: 'Alex' },
    chats: { list: [chat('Robin', 6, 0), chat('Sam', 20, 100)] },
  });
}

const pendingId = (html: string) => /name="pending" value="([^"]+)"/.exec(html)?.[1] ?? '';
const options = (html: string, select: string) => {
  const body = new RegExp(`<select[^>]*id="${select}"[^>]*>(.*?)</select>`, 's').exec(html)?.[1];
  return [...(body ?? '').matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
};

describe('chat import page: an export of several conversations becomes a choice', () => {
  it('offers the conversations of an SMS backup, busiest first, and imports the chosen one', async () => {
    const app = await importApp();
    const asked = await app.upload('sms-20240527.xml', smsBackup(), { tz: 'UTC' });
    expect(asked.status).toBe(200);
    const html = await asked.text();
    expect(html).toContain('Which conversation is with your partner?');
    expect(options(html, 'conversation')).toEqual(['', 'Sam', 'Jo']);
    // Labelled, and the held file is explained next to the list.
    expect(html).toMatch(/<label for="conversation">/);
    expect(html).toMatch(/<select[^>]*id="conversation"[^>]*aria-describedby="held-hint"/);
    // Held in memory only: nothing on disk, nothing in the vault yet.
    expect(app.store.size()).toBe(1);
    expect(app.tempFiles()).toEqual([]);
    expect(await app.saved()).toEqual([]);

    const done = await app.post('/files/choose', {
      pending: pendingId(html),
      conversation: 'Sam',
      me: '',
      partner: '',
    });
    expect(done.status).toBe(200);
    const result = await done.text();
    expect(result).toContain('id="import-result"');
    expect(result).toContain('Sam: your partner');
    const saved = await app.saved();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.participants).toEqual([
      { name: 'Sam', role: 'partner', messages: 21 },
      { name: 'Me', role: 'me', messages: 21 },
    ]);
    // Used: let go, and still nothing on disk.
    expect(app.store.size()).toBe(0);
    expect(app.tempFiles()).toEqual([]);
    // The same id cannot import it a second time.
    const again = await app.post('/files/choose', {
      pending: pendingId(html),
      conversation: 'Sam',
    });
    expect(again.status).toBe(410);
    expect(await app.saved()).toHaveLength(1);
  });

  it('a Telegram account export: the quieter chat can be chosen, with the names typed', async () => {
    const app = await importApp();
    const asked = await app.upload('result.json', telegramExport(), { me: 'Alex' });
    const html = await asked.text();
    expect(options(html, 'conversation')).toEqual(['', 'Sam', 'Robin']);
    // What the person typed on the first form is carried into the choice.
    expect(html).toMatch(/id="choose-me"[^>]*value="Alex"|value="Alex"[^>]*id="choose-me"/);
    const done = await app.post('/files/choose', {
      pending: pendingId(html),
      conversation: 'Robin',
      me: 'Alex',
      partner: 'Robin',
    });
    expect(done.status).toBe(200);
    const saved = await app.saved();
    expect(saved[0]?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Robin', 'partner'],
      ['Alex', 'me'],
    ]);
  });

  it('a partner name on the first form picks the conversation at once', async () => {
    const app = await importApp();
    const res = await app.upload('sms.xml', smsBackup(), { partner: 'Jo', me: 'Me', tz: 'UTC' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="import-result"');
    expect(app.store.size()).toBe(0);
    const saved = await app.saved();
    expect(saved[0]?.participants.map((p) => [p.name, p.messages])).toEqual([
      ['Jo', 7],
      ['Me', 7],
    ]);
  });

  it('a partner name that names no conversation lists them, and a wrong choice can be corrected', async () => {
    const app = await importApp();
    const asked = await app.upload('sms.xml', smsBackup(), { partner: 'Robin' });
    const html = await asked.text();
    expect(options(html, 'conversation')).toEqual(['', 'Sam', 'Jo']);
    // Robin is not in Sam's conversation: the message names the field, and the upload stays.
    const wrong = await app.post('/files/choose', {
      pending: pendingId(html),
      conversation: 'Sam',
      partner: 'Robin',
    });
    expect(wrong.status).toBe(400);
    const page = await wrong.text();
    expect(page).toMatch(/Your partner’s name &quot;Robin&quot; is not a participant/);
    expect(page).not.toContain('--partner');
    expect(page).toMatch(/aria-describedby="form-error held-hint"/);
    expect(app.store.size()).toBe(1);
    expect(await app.saved()).toEqual([]);
    const right = await app.post('/files/choose', {
      pending: pendingId(page),
      conversation: 'Sam',
      partner: '',
    });
    expect(right.status).toBe(200);
    expect(await app.saved()).toHaveLength(1);
    // On the first form the same error is linked to the partner field.
    const first = await (
      await app.upload(
        'WhatsApp Chat with Sam.txt',
        '01/02/2024, 10:00 - A: hi\n01/02/2024, 10:01 - B: yo\n',
        { partner: 'Robin' },
      )
    ).text();
    expect(first).toMatch(/id="partner"[^>]*aria-invalid="true" aria-describedby="form-error"/);
    expect(app.store.size()).toBe(0);
  });

  it('asks again when no conversation was picked', async () => {
    const app = await importApp();
    const html = await (await app.upload('sms.xml', smsBackup())).text();
    const res = await app.post('/files/choose', { pending: pendingId(html), conversation: '' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Please pick a conversation.');
    expect(app.store.size()).toBe(1);
  });
});

describe('chat import page: the held upload is bounded', () => {
  const gone = async (res: Response) => {
    expect(res.status).toBe(410);
    expect(await res.text()).toMatch(/no longer held.*Nothing was stored/);
  };

  it(`expires after ${PENDING_UPLOAD_MINUTES} minutes`, async () => {
    const app = await importApp();
    const html = await (await app.upload('sms.xml', smsBackup())).text();
    app.advance(PENDING_UPLOAD_MINUTES * 60_000 - 1000);
    // Still there a moment before; a sweep does not touch it.
    app.store.sweep();
    expect(app.store.size()).toBe(1);
    app.advance(1000);
    app.store.sweep();
    expect(app.store.size()).toBe(0);
    await gone(await app.post('/files/choose', { pending: pendingId(html), conversation: 'Sam' }));
    expect(await app.saved()).toEqual([]);
  });

  it.each([
    ['the lock', '/lock'],
    ['quick exit', '/exit'],
  ])('is let go on %s, and the id does not work after unlocking', async (_what, path) => {
    const app = await importApp();
    const html = await (await app.upload('sms.xml', smsBackup())).text();
    expect(app.store.size()).toBe(1);
    await app.post(path);
    // The sweep (a timer in the server) lets it go without waiting for another request.
    app.store.sweep();
    expect(app.store.size()).toBe(0);
    expect((await app.post('/unlock', { passphrase: PASSPHRASE })).status).toBe(303);
    await gone(await app.post('/files/choose', { pending: pendingId(html), conversation: 'Sam' }));
    expect(await app.saved()).toEqual([]);
  });

  it('is not held when closer locks while the file is being read', async () => {
    const during: { read?: () => unknown } = {};
    const app = await importApp(async (options) => {
      const result = await importChat(options);
      await during.read?.();
      return result;
    });
    during.read = () => app.post('/lock');
    const res = await app.upload('sms.xml', smsBackup());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/unlock');
    expect(app.store.size()).toBe(0);
    expect(app.tempFiles()).toEqual([]);
  });

  it('a new upload replaces the one waiting; an abandoned choice stores nothing', async () => {
    const app = await importApp();
    const first = pendingId(await (await app.upload('sms.xml', smsBackup())).text());
    const second = pendingId(await (await app.upload('result.json', telegramExport())).text());
    expect(second).not.toBe(first);
    expect(app.store.size()).toBe(1);
    await gone(await app.post('/files/choose', { pending: first, conversation: 'Sam' }));
    // Leaving for the empty form drops the second too.
    expect((await app.get('/files')).status).toBe(200);
    expect(app.store.size()).toBe(0);
    await gone(await app.post('/files/choose', { pending: second, conversation: 'Sam' }));
    expect(await app.saved()).toEqual([]);
    expect(app.tempFiles()).toEqual([]);
  });

  it('cancel lets it go, with a calm line and nothing stored', async () => {
    const app = await importApp();
    const html = await (await app.upload('sms.xml', smsBackup())).text();
    const res = await app.post('/files/cancel', { pending: pendingId(html) });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('The file was let go. Nothing was stored.');
    expect(page).toContain('id="import-title"');
    expect(app.store.size()).toBe(0);
    expect(await app.saved()).toEqual([]);
  });

  it('one held upload per session: another session can neither use nor replace it', async () => {
    const app = await importApp();
    const html = await (await app.upload('sms.xml', smsBackup())).text();
    const other = await app.another();
    await gone(
      await other.post('/files/choose', { pending: pendingId(html), conversation: 'Sam' }),
    );
    await other.upload('result.json', telegramExport());
    expect(app.store.size()).toBe(2);
    const done = await app.post('/files/choose', { pending: pendingId(html), conversation: 'Sam' });
    expect(done.status).toBe(200);
    expect(app.store.size()).toBe(1);
  });
});

describe('chat import page: the optional fields', () => {
  // 1 and 2 February (or 2 January): no day above 12, so the order is not in the file.
  const chat = [
    '01/02/2024, 10:00 - Alex: hi',
    '01/02/2024, 10:05 - Sam: hi you',
    '02/02/2024, 11:00 - Alex: morning',
    '02/02/2024, 11:10 - Sam: morning!',
  ].join('\n');

  it.each([
    ['dmy', 'UTC', '2024-02-01T10:00:00.000Z'],
    ['mdy', 'UTC', '2024-01-02T10:00:00.000Z'],
    ['dmy', 'Europe/Berlin', '2024-02-01T09:00:00.000Z'],
  ])('date order %s in %s reads the first message as %s', async (dateOrder, tz, first) => {
    const app = await importApp();
    const res = await app.upload('WhatsApp Chat with Sam.txt', chat, { dateOrder, tz, me: 'Alex' });
    expect(res.status).toBe(200);
    const saved = await app.saved();
    expect(saved[0]?.first).toBe(first);
  });

  it('the WhatsApp file name tells who is who when no name is given', async () => {
    const app = await importApp();
    const res = await app.upload('WhatsApp Chat with Sam.txt', chat, { tz: 'UTC' });
    expect(await res.text()).toContain('Alex: you; Sam: your partner');
  });

  it('an unknown time zone is refused, linked to its field, and nothing is held or stored', async () => {
    const app = await importApp();
    const res = await app.upload('chat.txt', chat, { tz: 'Nowhere/Land', partner: 'Sam' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/The time zone &quot;Nowhere\/Land&quot; is not a time zone name/);
    expect(html).toMatch(
      /<select id="tz" name="tz" aria-invalid="true" aria-describedby="form-error"/,
    );
    // What was typed stays in the form.
    expect(html).toMatch(/id="partner"[^>]*value="Sam"/);
    expect(app.store.size()).toBe(0);
    expect(await app.saved()).toEqual([]);
  });

  it('a group chat without a partner asks which person is the partner', async () => {
    const app = await importApp();
    const group =
      '01/02/2024, 10:00 - A: hi\n01/02/2024, 10:01 - B: hi\n01/02/2024, 10:02 - C: hi\n';
    const res = await app.upload('group.txt', group);
    const html = await res.text();
    expect(html).toContain('Which of these people is your partner?');
    expect(options(html, 'choose-partner')).toEqual(['', 'A', 'B', 'C']);
    expect(html).not.toContain('--partner');
    expect(await app.saved()).toEqual([]);
    const picked = await app.upload('group.txt', group, { partner: 'B', me: 'A' });
    expect(picked.status).toBe(200);
    expect((await app.saved())[0]?.participants.map((p) => p.role)).toEqual([
      'me',
      'partner',
      'other',
    ]);
  });
});

describe('chat import page: a group chat', () => {
  /** A made-up Messenger download (zip): a group of three, and a thread with Sam. */
  const withGroup = () => {
    const thread = (title: string, people: string[], n: number) =>
      JSON.stringify({
        participants: people.map((name) => ({ name })),
        // Newest first, as Messenger writes them.
        messages: Array.from({ length: n }, (_, i) => ({
          sender_name: people[i % people.length],
          timestamp_ms: Date.UTC(2024, 4, 1) + (n - i) * 3_600_000,
          content: 'hi',
        })),
        title,
      });
    const zip = zipSync({
      'your_activity/messages/inbox/bookclub_33/message_1.json': strToU8(
        thread('Book club', ['Alex', 'Sam', 'Kim'], 30),
      ),
      'your_activity/messages/inbox/sam_11/message_1.json': strToU8(
        thread('Sam', ['Sam', 'Alex'], 8),
      ),
    });
    return zip;
  };

  it('picking a group conversation asks for the partner, who can also be typed in', async () => {
    const app = await importApp();
    const html = await (await app.upload('facebook-download.zip', withGroup())).text();
    expect(options(html, 'conversation')).toEqual(['', 'Book club', 'Sam']);
    const group = await app.post('/files/choose', {
      pending: pendingId(html),
      conversation: 'Book club',
    });
    const page = await group.text();
    expect(page).toContain('“Book club” has 3 people');
    expect(page).not.toContain('--partner');
    expect(await app.saved()).toEqual([]);
    // With the partner typed in, the group is read with Sam as the partner and Kim as other.
    const picked = await app.post('/files/choose', {
      pending: pendingId(page),
      conversation: 'Book club',
      partner: 'Sam',
      me: 'Alex',
    });
    expect(picked.status).toBe(200);
    expect((await app.saved())[0]?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Kim', 'other'],
      ['Sam', 'partner'],
      ['Alex', 'me'],
    ]);
  });

  it('a group chat: the failure lists the people, and they become a choice of partner', async () => {
    const app = await importApp(importChat);
    const html = await (await app.upload('facebook-download.zip', withGroup())).text();
    const asked = await (
      await app.post('/files/choose', { pending: pendingId(html), conversation: 'Book club' })
    ).text();
    expect(asked).toContain('Which of these people is your partner?');
    expect(asked).toContain('“Book club” has 3 people');
    expect(options(asked, 'choose-partner')).toEqual(['', 'Kim', 'Sam', 'Alex']);
    // No partner picked: asked again, the upload still held, nothing stored.
    const none = await app.post('/files/choose', { pending: pendingId(asked), partner: '' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Please pick which person is your partner.');
    expect(await app.saved()).toEqual([]);
    const done = await app.post('/files/choose', {
      pending: pendingId(asked),
      partner: 'Kim',
      me: 'Alex',
    });
    expect(done.status).toBe(200);
    expect((await app.saved())[0]?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Kim', 'partner'],
      ['Sam', 'other'],
      ['Alex', 'me'],
    ]);
    expect(app.store.size()).toBe(0);
  });
});

describe('chat import page: parts', () => {
  it('a group-chat failure that lists its people becomes a choice of partner', () => {
    expect(choiceIn({ code: 'group-chat', message: 'm', participants: ['A', 'B', 'C'] })).toEqual({
      kind: 'partner',
      names: ['A', 'B', 'C'],
    });
    expect(choiceIn({ code: 'group-chat', message: 'm' })).toBeUndefined();
    expect(choiceIn({ code: 'several-conversations', message: 'm', conversations: [] })).toBe(
      undefined,
    );
    expect(choiceIn({ code: 'bad-tz', message: 'm', conversations: ['x'] })).toBeUndefined();
  });

  it('renders the partner choice with labels and the chosen conversation', async () => {
    const page = new Hono().get('/', (c) =>
      c.html(
        <FilesPage
          open={{ idleSeconds: 300 }}
          limitMb={200}
          zones={['UTC']}
          systemZone="UTC"
          choice={{
            id: 'abc',
            kind: 'partner',
            names: ['A', 'B', 'C'],
            fileName: 'result.json',
            minutes: 10,
            conversation: 'Book club',
            values: { me: 'A', partner: '', timeZone: 'UTC', dateOrder: 'auto', mode: 'metadata' },
          }}
        />,
      ),
    );
    const html = await (await page.request('/')).text();
    expect(html).toContain('Which of these people is your partner?');
    expect(html).toContain('“Book club” has 3 people');
    expect(options(html, 'choose-partner')).toEqual(['', 'A', 'B', 'C']);
    expect(html).toMatch(/<option value="A" selected="">A<\/option>/);
    expect(html).toMatch(/<label for="choose-partner">/);
    expect(html).toMatch(/<label for="choose-me">/);
    // Each form posts without JS and swaps the main part with htmx.
    expect(html).toMatch(/<form method="post" action="\/files\/choose" hx-post="\/files\/choose"/);
    expect(html).toMatch(/<form method="post" action="\/files\/cancel" hx-post="\/files\/cancel"/);
    expect(html).not.toMatch(/<script>|onclick=|style=/);
  });

  it('a very long list shows the busiest 300 and a field for the rest', async () => {
    const names = Array.from({ length: 305 }, (_, i) => `Contact ${i}`);
    const page = new Hono().get('/', (c) =>
      c.html(
        <FilesPage
          open={{ idleSeconds: 300 }}
          limitMb={200}
          zones={['UTC']}
          systemZone="UTC"
          choice={{
            id: 'abc',
            kind: 'conversation',
            names,
            fileName: 'sms.xml',
            minutes: 10,
            values: { me: '', partner: '', timeZone: 'UTC', dateOrder: 'auto', mode: 'metadata' },
          }}
        />,
      ),
    );
    const html = await (await page.request('/')).text();
    expect(options(html, 'conversation')).toEqual(['', ...names.slice(0, 300)]);
    // The list is not required then: the field may name the conversation instead.
    expect(html).toMatch(/<select id="conversation" name="conversation" aria-describedby/);
    expect(html).toMatch(/<label for="conversationOther">.*5 quieter conversations/);
  });

  it('holds the bytes until dropped, then overwrites them', () => {
    let owner = {};
    let now = 0;
    const store = createPendingUploads({ owner: () => owner, now: () => now, sweepMs: 0 });
    const bytes = new Uint8Array([1, 2, 3]);
    const held = store.hold('s', {
      bytes,
      fileName: 'a.xml',
      settings: { content: false, timeZone: 'UTC' },
      choice: { kind: 'conversation', names: ['x', 'y'] },
    });
    expect(held.id).toMatch(/^[\w-]{22}$/);
    expect(store.find('s', held.id)?.bytes).toBe(bytes);
    expect(store.find('s', 'other')).toBeUndefined();
    expect(store.find('t', held.id)).toBeUndefined();
    owner = {};
    expect(store.find('s', held.id)).toBeUndefined();
    expect([...bytes]).toEqual([0, 0, 0]);
    const again = new Uint8Array([4, 5]);
    const next = store.hold('s', { ...held, bytes: again });
    now = 10 * 60_000;
    expect(store.find('s', next.id)).toBeUndefined();
    expect([...again]).toEqual([0, 0]);
  });

  it('speaks of the form, not of command-line flags', () => {
    expect(forThePage('--me "Bo" is not a participant of this chat (people: A, B)')).toBe(
      'Your name "Bo" is not a participant of this chat (people: A, B)',
    );
    expect(
      forThePage('read as day/month. If that is wrong, run again with --date-order mdy.'),
    ).toBe(
      'read as day/month. If that is wrong, import it again with “month first” as the date order.',
    );
    expect(tempFileName('C:\\Users\\x\\WhatsApp Chat with Sam.txt')).toBe(
      'WhatsApp Chat with Sam.txt',
    );
    expect(tempFileName('../../etc/passwd')).toBe('upload.txt');
    expect(tempFileName('..zip')).toBe('upload.zip');
    expect(tempFileName('a/b/<x>.JSON')).toBe('x_.json');
  });
});
