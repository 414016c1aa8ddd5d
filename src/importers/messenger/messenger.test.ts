import { describe, expect, it } from 'vitest';
import { entryFrom, headOf, metadataMode, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer, instagramImporter } from './index.js';

/** Writes a string the way Meta does: each UTF-8 byte as its own \u00XX escape. */
function metaJson(value: unknown): string {
  const doubled = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? String.fromCharCode(...new TextEncoder().encode(v)) : v,
  );
  return doubled.replace(
    /[\u0080-\u00ff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);
const min = 60_000;

// message_2.json holds the older half of the thread; each file is newest-first.
const older = metaJson({
  participants: [{ name: 'Sam Sánchez' }, { name: 'Alex' }],
  messages: [
    { sender_name: 'Alex', timestamp_ms: T0 + 3 * min, content: 'te quiero ❤️' },
    { sender_name: 'Sam Sánchez', timestamp_ms: T0 + 2 * min, photos: [{ uri: 'p/1.jpg' }] },
    {
      sender_name: 'Sam Sánchez',
      timestamp_ms: T0 + 1 * min,
      content: 'Sam missed a call.',
      type: 'Call',
      call_duration: 0,
    },
    { sender_name: 'Sam Sánchez', timestamp_ms: T0, content: 'hola ¿qué tal?' },
  ],
  title: 'Sam Sánchez',
});
const newer =
  '\ufeff' +
  metaJson({
    participants: [{ name: 'Sam Sánchez' }, { name: 'Alex' }],
    messages: [
      { sender_name: 'Alex', timestamp_ms: T0 + 20 * min, content: 'Liked a message' },
      {
        sender_name: 'Sam Sánchez',
        timestamp_ms: T0 + 12 * min,
        content: 'second at the same time',
      },
      {
        sender_name: 'Sam Sánchez',
        timestamp_ms: T0 + 12 * min,
        content: 'first at the same time',
      },
      { sender_name: 'Alex', timestamp_ms: T0 + 11 * min, is_unsent: true },
      { sender_name: 'Alex', timestamp_ms: T0 + 10 * min, content: 'I missed a call from work' },
      { sender_name: 'Alex', timestamp_ms: T0 + 9 * min, call_duration: 125 },
      { timestamp_ms: T0 + 8 * min, content: 'no sender' },
      {
        sender_name: 'Sam Sánchez',
        timestamp_ms: T0 + 7 * min,
        share: { link: 'https://example.com' },
      },
      {
        sender_name: 'Sam Sánchez',
        timestamp_ms: T0 + 6 * min,
        content: 'Reacted 😍 to your message ',
      },
      { sender_name: 'Alex', content: 'no time' },
    ],
  });

const folder = 'your_facebook_activity/messages/inbox/samsanchez_123';
const thread = [
  entryFrom(`${folder}/message_1.json`, newer),
  entryFrom(`${folder}/message_2.json`, older),
];

describe('messenger importer', () => {
  it('merges message_N.json files oldest-first, repairs mojibake and sorts out system records', async () => {
    const { result, messages } = await runImporter(importer, thread);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => m.text ?? `<${m.kind}>`)).toEqual([
      'hola ¿qué tal?',
      '<media>',
      'te quiero ❤️',
      '<media>',
      'I missed a call from work',
      '<deleted>',
      'first at the same time',
      'second at the same time',
    ]);
    expect(messages.map((m) => m.time)).toEqual(
      [...messages.map((m) => m.time)].sort((a, b) => a - b),
    );
    expect(result.value.participants).toEqual(['Sam Sánchez', 'Alex']);
    expect((result.value as { chatName?: string }).chatName).toBe('Sam Sánchez');
    // 8 messages; the call (typed), the call with a duration, the like and the reaction are
    // system records; one record without a sender and one without a time are skipped.
    expect(result.value.lines).toEqual({ message: 8, continuation: 0, system: 4, skipped: 2 });
    expect(result.value.warnings.map((w) => w.code).sort()).toEqual(['no-sender', 'no-time']);
    expect(result.value.warnings[0]?.message).toMatch(/message_1\.json/);
  });

  it('passes only length and words in metadata mode', async () => {
    const { messages } = await runImporter(importer, thread, metadataMode);
    expect(messages.every((m) => m.text === undefined)).toBe(true);
    const love = messages[2];
    // 'te quiero ❤️': 10 letters and spaces, the heart and its variation selector.
    expect(love).toMatchObject({ author: 'Alex', length: 12, words: 3, kind: 'text' });
  });

  it('keeps strings that were never double-encoded', async () => {
    const json = JSON.stringify({
      participants: [{ name: 'Zoë “Z”' }],
      messages: [{ sender_name: 'Zoë “Z”', timestamp_ms: T0, content: 'café “quoted”' }],
    });
    const { messages } = await runImporter(importer, [entryFrom('inbox/z_1/message_1.json', json)]);
    expect(messages[0]).toMatchObject({ author: 'Zoë “Z”', text: 'café “quoted”' });
  });

  it('reads the secure-storage export with camelCase keys', async () => {
    const json = JSON.stringify({
      participants: ['Alex', 'Sam'],
      threadName: 'Sam',
      messages: [
        {
          isUnsent: false,
          media: [],
          reactions: [],
          senderName: 'Sam',
          text: 'home soon',
          timestamp: T0 + min,
          type: 'text',
        },
        {
          isUnsent: false,
          media: [{ uri: 'media/1.jpg' }],
          reactions: [],
          senderName: 'Alex',
          text: '',
          timestamp: T0,
          type: 'media',
        },
      ],
    });
    const { result, messages } = await runImporter(importer, [
      entryFrom('messages/sam_42.json', json),
    ]);
    expect(result.ok && result.value.participants).toEqual(['Alex', 'Sam']);
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      ['Alex', 'media'],
      ['Sam', 'text'],
    ]);
  });

  describe('a download of several threads', () => {
    const thread = (title: string, other: string, n: number) =>
      metaJson({
        participants: [{ name: other }, { name: 'Alex' }],
        messages: Array.from({ length: n }, (_, i) => ({
          sender_name: i % 2 === 0 ? other : 'Alex',
          timestamp_ms: T0 + (n - i) * min,
          content: `${other} ${n - i}`,
        })),
        title,
      });
    const download = [
      entryFrom('your_activity/messages/inbox/jo_22/message_1.json', thread('Jo', 'Jo', 2)),
      entryFrom(
        'your_activity/messages/inbox/samsanchez_11/message_1.json',
        thread('Sam Sánchez', 'Sam Sánchez', 3),
      ),
      entryFrom('your_activity/messages/inbox/samsanchez_11/message_2.json', older),
      entryFrom(
        'your_activity/messages/inbox/bookclub_33/message_1.json',
        thread('Book club', 'Kim', 1),
      ),
    ];

    it("reads only the chosen thread, by its title, and counts the others' messages as skipped", async () => {
      const { result, messages } = await runImporter(importer, download, {
        timeZone: 'UTC',
        keepText: true,
        conversation: 'sam sánchez',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(messages.every((m) => m.author === 'Sam Sánchez' || m.author === 'Alex')).toBe(true);
      expect(messages.map((m) => m.text).filter((t) => /^Sam Sánchez \d$/.test(t ?? ''))).toEqual([
        'Sam Sánchez 1',
        'Sam Sánchez 2',
        'Sam Sánchez 3',
      ]);
      expect(result.value).toMatchObject({ chatName: 'Sam Sánchez' });
      expect(result.value.lines.message).toBe(messages.length);
      expect(result.value.lines.skipped).toBe(3);
      expect(result.value.warnings.find((w) => w.code === 'another-conversation')?.message).toMatch(
        /^3 records skipped: a message in another conversation \(first at .*jo_22\/message_1\.json\)/,
      );
    });

    it('also finds a thread by its folder name', async () => {
      const { result, messages } = await runImporter(importer, download, {
        timeZone: 'UTC',
        keepText: false,
        conversation: 'bookclub',
      });
      expect(result.ok).toBe(true);
      expect(messages.map((m) => m.author)).toEqual(['Kim']);
    });

    it('without a choice, refuses and lists the threads by title, busiest first', async () => {
      const { result } = await runImporter(importer, download);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('several-conversations');
      expect(result.error.conversations).toEqual(['Sam Sánchez', 'Jo', 'Book club']);
      expect(result.error.message).toMatch(
        /3 conversations: Sam Sánchez \(7\), Jo \(2\), Book club \(1\)/,
      );
    });

    it('names the threads when the chosen one is not there', async () => {
      const { result } = await runImporter(importer, download, {
        timeZone: 'UTC',
        keepText: false,
        conversation: 'Robin',
      });
      expect(result.ok ? '' : result.error.code).toBe('conversation-not-found');
    });
  });

  it('reports a truncated file by name', async () => {
    const { result } = await runImporter(importer, [
      entryFrom(`${folder}/message_1.json`, newer.slice(0, newer.length / 2)),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('truncated-json');
      expect(result.error.message).toContain('message_1.json');
    }
  });

  it('refuses JSON of another shape', async () => {
    const { result } = await runImporter(importer, [
      entryFrom('message_1.json', '{"name":"x","list":[]}'),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-this-format');
  });

  it('detects Meta files and tells Instagram from Messenger by path', () => {
    const messenger = [headOf(`${folder}/message_1.json`, newer)];
    const instagram = [
      headOf('your_instagram_activity/messages/inbox/sam_9/message_1.json', older),
    ];
    expect(importer.detect(messenger)).toBeGreaterThan(0.9);
    expect(instagramImporter.detect(messenger)).toBeLessThan(importer.detect(messenger));
    expect(instagramImporter.detect(instagram)).toBeGreaterThan(importer.detect(instagram));
  });

  it('does not claim WhatsApp or Telegram exports', () => {
    const telegram = headOf(
      'result.json',
      '{"name":"Sam","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message","date":"2023-02-01T09:05:10","date_unixtime":"1675242310","from":"Sam","text":"hi"}]}',
    );
    const whatsapp = headOf('WhatsApp Chat with Sam.txt', '12/09/2020, 23:56 - Sam: are you up?\n');
    for (const entries of [[telegram], [whatsapp]]) {
      expect(importer.detect(entries)).toBeLessThan(0.2);
      expect(instagramImporter.detect(entries)).toBeLessThan(0.2);
    }
  });

  it('never throws or hangs on random or mutated input', async () => {
    await expectRobust(importer, 'message_1.json', [older, newer]);
  });
});
