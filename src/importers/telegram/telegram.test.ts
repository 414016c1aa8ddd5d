import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImporter } from '../index.js';
import { collector, memoryEntry, memorySource } from '../test-support.js';
import { importer, parseTelegram, telegramText } from './index.js';

const single = JSON.stringify(
  {
    name: 'Sam',
    type: 'personal_chat',
    id: 700000001,
    messages: [
      {
        id: 1,
        type: 'service',
        date: '2023-02-01T09:00:00',
        date_unixtime: '1675242000',
        actor: 'Sam',
        action: 'phone_call',
        text: '',
      },
      {
        id: 2,
        type: 'message',
        date: '2023-02-01T09:05:10',
        date_unixtime: '1675242310',
        from: 'Sam',
        from_id: 'user7',
        text: 'morning ☀️',
        text_entities: [],
      },
      {
        id: 3,
        type: 'message',
        date: '2023-02-01T09:06:00',
        date_unixtime: '1675242360',
        from: 'Alex',
        from_id: 'user3',
        text: [
          'see ',
          { type: 'link', text: 'https://example.com' },
          ' ',
          { type: 'bold', text: 'tonight?' },
        ],
      },
      {
        id: 4,
        type: 'message',
        date: '2023-02-01T09:08:00',
        date_unixtime: '1675242480',
        from: 'Sam',
        photo: '(File not included.)',
        text: '',
      },
      { id: 5, type: 'message', date: '2023-02-01T10:00:00', from: null, text: 'old one' },
      { id: 6, type: 'unsupported' },
    ],
  },
  null,
  1,
);

describe('Telegram result.json', () => {
  it('streams messages: text runs, media, service records as system, deleted accounts', async () => {
    const { messages, emit } = collector();
    const result = await parseTelegram(
      [memoryEntry('result.json', single, 7)],
      { timeZone: 'Europe/Berlin', keepText: true },
      emit,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(messages.map((m) => [new Date(m.time).toISOString(), m.author, m.kind, m.text])).toEqual(
      [
        ['2023-02-01T09:05:10.000Z', 'Sam', 'text', 'morning ☀️'],
        ['2023-02-01T09:06:00.000Z', 'Alex', 'text', 'see https://example.com tonight?'],
        ['2023-02-01T09:08:00.000Z', 'Sam', 'media', undefined],
        // No date_unixtime: the local date is read in the chosen zone (Berlin, UTC+1 in February).
        ['2023-02-01T09:00:00.000Z', 'Deleted account', 'text', 'old one'],
      ],
    );
    expect(result.value.lines).toEqual({ message: 4, continuation: 0, system: 1, skipped: 1 });
    expect(result.value.chatName).toBe('Sam');
    expect(result.value.warnings.map((w) => w.code).sort()).toEqual([
      'local-dates',
      'skipped-records',
    ]);
  });

  it('reads the one personal chat of a full export and names the account owner', async () => {
    const full = JSON.stringify({
      personal_information: { first_name: 'Alex', last_name: 'K' },
      chats: {
        list: [
          {
            name: 'News',
            type: 'public_channel',
            messages: [{ id: 1, type: 'message', date_unixtime: '1', from: 'News', text: 'x' }],
          },
          {
            name: 'Sam',
            type: 'personal_chat',
            messages: [
              { id: 1, type: 'message', date_unixtime: '1675242310', from: 'Sam', text: 'hi' },
            ],
          },
        ],
      },
    });
    const { messages, emit } = collector();
    const result = await parseTelegram(
      [memoryEntry('result.json', full)],
      { timeZone: 'UTC', keepText: false },
      emit,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(messages.map((m) => m.author)).toEqual(['Sam']);
    expect(messages[0]?.text).toBeUndefined();
    expect(result.value.selfName).toBe('Alex K');
    expect(result.value.chatName).toBe('Sam');
  });

  describe('a full export with several personal chats', () => {
    const msg = (id: number, from: string, text: string) => ({
      id,
      type: 'message',
      date_unixtime: String(1675242000 + id * 60),
      from,
      text,
    });
    const full = JSON.stringify({
      personal_information: { first_name: 'Alex' },
      chats: {
        list: [
          {
            name: 'Jo',
            type: 'personal_chat',
            messages: [msg(1, 'Jo', 'hey'), msg(2, 'Alex', 'yo')],
          },
          { name: 'Family', type: 'private_group', messages: [msg(3, 'Mum', 'dinner at 7')] },
          {
            name: 'Sam Lee',
            type: 'personal_chat',
            messages: [msg(4, 'Sam Lee', 'hi'), msg(5, 'Alex', 'hi you'), msg(6, 'Sam Lee', 'x')],
          },
          { name: 'Robin', type: 'personal_chat', messages: [msg(7, 'Robin', 'hello')] },
        ],
      },
    });

    it("reads only the chosen chat's messages and counts the rest as skipped", async () => {
      const { messages, emit } = collector();
      const result = await parseTelegram(
        [memoryEntry('result.json', full, 17)],
        { timeZone: 'UTC', keepText: true, conversation: '  sam LEE ' },
        emit,
      );
      if (!result.ok) throw new Error(result.error.message);
      expect(messages.map((m) => [m.author, m.text])).toEqual([
        ['Sam Lee', 'hi'],
        ['Alex', 'hi you'],
        ['Sam Lee', 'x'],
      ]);
      expect(result.value.chatName).toBe('Sam Lee');
      expect(result.value.lines).toEqual({ message: 3, continuation: 0, system: 0, skipped: 4 });
      expect(result.value.warnings.map((w) => w.message).join(' ')).toMatch(
        /4 × another conversation/,
      );
    });

    it('can pick a group by its name', async () => {
      const { messages, emit } = collector();
      const result = await parseTelegram(
        [memoryEntry('result.json', full)],
        { timeZone: 'UTC', keepText: false, conversation: 'family' },
        emit,
      );
      expect(result.ok).toBe(true);
      expect(messages.map((m) => m.author)).toEqual(['Mum']);
    });

    it('without a choice, refuses and lists the personal chats', async () => {
      const { emit } = collector();
      const result = await parseTelegram(
        [memoryEntry('result.json', full)],
        { timeZone: 'UTC', keepText: false },
        emit,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('several-conversations');
      expect(result.error.conversations).toEqual(['Sam Lee', 'Jo', 'Robin']);
      expect(result.error.message).toMatch(/3 conversations: Sam Lee \(3\), Jo \(2\), Robin \(1\)/);
    });

    it('names the chats when the chosen one is not there', async () => {
      const { messages, emit } = collector();
      const result = await parseTelegram(
        [memoryEntry('result.json', full)],
        { timeZone: 'UTC', keepText: false, conversation: 'Kim' },
        emit,
      );
      expect(messages).toEqual([]);
      expect(result.ok ? '' : result.error.code).toBe('conversation-not-found');
      expect(result.ok ? [] : result.error.conversations).toContain('Family');
    });
  });

  it('refuses truncated and malformed JSON with a clear line', async () => {
    const cut = await runImporter(
      importer,
      memorySource('result.json', single.slice(0, 300)),
      { timeZone: 'UTC', keepText: false },
      () => {},
    );
    expect(cut.ok ? '' : cut.error.code).toBe('truncated-json');
    const broken = await runImporter(
      importer,
      memorySource('result.json', '{"messages": [}'),
      { timeZone: 'UTC', keepText: false },
      () => {},
    );
    expect(broken.ok ? '' : broken.error.code).toBe('bad-json');
  });

  it('is detected from its head and not confused with other JSON', () => {
    const head = (s: string) => new TextEncoder().encode(s);
    expect(
      importer.detect([{ name: 'result.json', head: head(single.slice(0, 400)) }]),
    ).toBeGreaterThan(0.7);
    expect(
      importer.detect([
        {
          name: 'message_1.json',
          head: head('{"participants": [], "messages": [{"sender_name": "x", "timestamp_ms": 1}]}'),
        },
      ]),
    ).toBe(0);
  });

  it('joins text runs', () => {
    expect(telegramText(['a', { type: 'bold', text: 'b' }, 'c'])).toBe('abc');
    expect(telegramText(undefined)).toBe('');
  });

  it('never crashes or hangs on mutated exports', async () => {
    const bytes = new TextEncoder().encode(single);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 127 }) }), {
          maxLength: 6,
        }),
        fc.nat({ max: bytes.length }),
        async (edits, cut) => {
          const copy = bytes.slice(0, Math.max(1, cut));
          for (const e of edits) copy[e.at % copy.length] = e.byte;
          const result = await runImporter(
            importer,
            memorySource('result.json', copy, 64),
            { timeZone: 'UTC', keepText: true },
            () => {},
          );
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});
