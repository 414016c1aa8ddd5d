import { describe, expect, it } from 'vitest';
import { entryFrom, headOf, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer as discord } from '../discord/index.js';
import { importer as messenger } from '../messenger/index.js';
import { importer } from './index.js';

const row = (fields: Record<string, unknown>) =>
  JSON.stringify({
    quote: '',
    sticker: null,
    reactions: [],
    attachments: [],
    deleted: false,
    call: false,
    missed: false,
    ...fields,
  });

const lines = [
  row({ date: '2024-05-29T15:04:00.123000', sender: 'Me', body: 'How was it?  ' }),
  row({
    date: '2024-05-29T15:10:12.456000',
    sender: 'Sam',
    body: 'great!  ',
    reactions: [['Me', '❤️']],
  }),
  row({
    date: '2024-05-29T15:11:00',
    sender: 'Sam',
    body: '  ',
    attachments: [{ fileName: 'IMG_0001.jpg' }],
  }),
  row({ date: '2024-05-29T15:12:00', sender: 'Sam', body: '  ', call: true, missed: true }),
  row({ date: '2024-05-29T15:13:00', sender: 'Me', body: '  ', deleted: true }),
  'not json',
  row({ date: 'soon', sender: 'Me', body: 'x  ' }),
];
// Exporting twice without --overwrite appends the whole chat again.
const data = [...lines, ...lines.slice(0, 2)].join('\n') + '\n';

describe('signal importer', () => {
  it('reads signal-export JSON Lines: trailing spaces, calls, media, deletions, duplicates', async () => {
    const { result, messages } = await runImporter(importer, [entryFrom('Sam/data.json', data)], {
      timeZone: 'Europe/Berlin',
      keepText: true,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => [m.author, m.kind, m.text, new Date(m.time).toISOString()])).toEqual(
      [
        ['Me', 'text', 'How was it?', '2024-05-29T13:04:00.123Z'],
        ['Sam', 'text', 'great!', '2024-05-29T13:10:12.456Z'],
        ['Sam', 'media', undefined, '2024-05-29T13:11:00.000Z'],
        ['Me', 'deleted', undefined, '2024-05-29T13:13:00.000Z'],
      ],
    );
    expect(result.value).toMatchObject({
      participants: ['Me', 'Sam'],
      selfName: 'Me',
      chatName: 'Sam',
    });
    expect(result.value.lines).toEqual({ message: 4, continuation: 0, system: 1, skipped: 4 });
    expect(result.value.warnings.map((w) => w.code)).toEqual(['bad-line', 'no-time', 'duplicate']);
  });

  it('passes only length and words in metadata mode', async () => {
    const { messages } = await runImporter(importer, [entryFrom('Sam/data.json', data)], {
      timeZone: 'UTC',
      keepText: false,
    });
    expect(messages[0]).toEqual({
      time: Date.UTC(2024, 4, 29, 15, 4, 0, 123),
      author: 'Me',
      length: 11,
      words: 3,
      kind: 'text',
    });
  });

  describe('an export folder of several chats', () => {
    const chat = (sender: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        row({
          date: `2024-06-0${1 + i}T10:00:00`,
          sender: i % 2 === 0 ? sender : 'Me',
          body: `m${i}  `,
        }),
      ).join('\n') + '\n';
    const folder = [
      entryFrom('out/Jo/data.json', chat('Jo', 2)),
      entryFrom('out/Sam Lee/data.json', chat('Sam Lee', 4)),
      entryFrom('out/Book club/data.json', chat('Kim', 3)),
    ];

    it("reads only the chosen chat and counts the other chats' lines as skipped", async () => {
      const { result, messages } = await runImporter(importer, folder, {
        timeZone: 'UTC',
        keepText: true,
        conversation: 'sam lee',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(messages.map((m) => [m.author, m.text])).toEqual([
        ['Sam Lee', 'm0'],
        ['Me', 'm1'],
        ['Sam Lee', 'm2'],
        ['Me', 'm3'],
      ]);
      expect(result.value).toMatchObject({ chatName: 'Sam Lee' });
      expect(result.value.lines).toEqual({ message: 4, continuation: 0, system: 0, skipped: 5 });
      expect(result.value.warnings.map((w) => w.code)).toEqual(['another-conversation']);
    });

    it('without a choice, refuses and lists the chats, busiest first', async () => {
      const { result, messages } = await runImporter(importer, folder);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(messages).toEqual([]);
      expect(result.error.code).toBe('several-conversations');
      expect(result.error.conversations).toEqual(['Sam Lee', 'Book club', 'Jo']);
      expect(result.error.message).toMatch(
        /3 conversations: Sam Lee \(4\), Book club \(3\), Jo \(2\)/,
      );
    });

    it('names the chats when the chosen one is not there', async () => {
      const { result } = await runImporter(importer, folder, {
        timeZone: 'UTC',
        keepText: false,
        conversation: 'Robin',
      });
      expect(result.ok ? '' : result.error.code).toBe('conversation-not-found');
      expect(result.ok ? '' : result.error.message).toMatch(/"Robin"; it holds Sam Lee/);
    });
  });

  it('refuses files that are not signal-export', async () => {
    const other = await runImporter(importer, [entryFrom('data.json', '{"name":"x"}\n[1,2]\n')]);
    expect(other.result.ok ? '' : other.result.error.code).toBe('not-this-format');
  });

  it('detects data.json and leaves other JSON to other importers', () => {
    expect(importer.detect([headOf('Sam/data.json', data)])).toBeGreaterThan(0.8);
    expect(messenger.detect([headOf('Sam/data.json', data)])).toBe(0);
    expect(discord.detect([headOf('Sam/data.json', data)])).toBe(0);
    const telegram =
      '{\n "name": "Sam",\n "type": "personal_chat",\n "messages": [{"id": 1, "date": "2023-02-01T09:05:10", "from": "Sam", "text": "hi"}]}';
    expect(importer.detect([headOf('result.json', telegram)])).toBe(0);
  });

  it('never throws or hangs on random or mutated input', async () => {
    await expectRobust(importer, 'data.json', [data]);
  });
});
