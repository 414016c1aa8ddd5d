import { describe, expect, it } from 'vitest';
import { parseIsoWithOffset, parseLocalIso } from '../shared/iso-time.js';
import { entryFrom, headOf, metadataMode, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer as messengerImporter } from '../messenger/index.js';
import { importer } from './index.js';

const sam = {
  id: '111',
  name: 'sam',
  discriminator: '0000',
  nickname: 'Sam',
  isBot: false,
  roles: [],
};
const alex = { id: '222', name: 'alex.k', discriminator: '0000', nickname: null, isBot: false };
const base = {
  timestampEdited: null,
  callEndedTimestamp: null,
  isPinned: false,
  attachments: [],
  embeds: [],
  stickers: [],
  reactions: [],
  mentions: [],
};

function dce(
  messages: unknown[],
  channel = { id: '530805775262679064', type: 'DirectTextChat', name: 'sam' },
): string {
  return JSON.stringify(
    {
      guild: { id: '0', name: 'Direct Messages', iconUrl: 'x' },
      channel: { ...channel, categoryId: '0', category: 'Private', topic: null },
      dateRange: { after: null, before: null },
      exportedAt: '2024-05-01T10:00:00.000+00:00',
      messages,
      messageCount: messages.length,
    },
    null,
    2,
  );
}

const export1 = dce([
  {
    ...base,
    id: '1',
    type: 'Default',
    timestamp: '2024-04-30T21:14:03.412+02:00',
    content: 'you awake?',
    author: sam,
    reactions: [{ emoji: { name: '❤️' }, count: 1 }],
  },
  {
    ...base,
    id: '2',
    type: 'Reply',
    timestamp: '2024-04-30T19:15:00.000+00:00',
    content: 'yes',
    author: alex,
    reference: { messageId: '1' },
  },
  {
    ...base,
    id: '3',
    type: 'Call',
    timestamp: '2024-04-30T19:20:00.000+00:00',
    callEndedTimestamp: '2024-04-30T19:40:00.000+00:00',
    content: 'Started a call that lasted 20 minutes.',
    author: sam,
  },
  {
    ...base,
    id: '4',
    type: 'ChannelPinnedMessage',
    timestamp: '2024-04-30T19:41:00+00:00',
    content: 'Pinned a message.',
    author: alex,
  },
  {
    ...base,
    id: '5',
    type: 'Default',
    timestamp: '2024-04-30T19:42:00.1230000-05:00',
    content: '',
    author: { ...sam, nickname: 'Sammy' },
    attachments: [{ url: 'a.png' }],
  },
  {
    ...base,
    id: '6',
    type: 'Default',
    timestamp: '2024-05-01T00:43:00+00:00',
    content: '',
    author: alex,
    stickers: [{ name: 'wave' }],
  },
  { ...base, id: '7', type: 'Default', timestamp: 'yesterday', content: 'no time', author: alex },
  {
    ...base,
    id: '8',
    type: 'Default',
    timestamp: '2024-05-01T00:44:00+00:00',
    content: 'no author',
  },
]);

describe('discord importer', () => {
  it('reads user messages, keeps one name per author id, and counts events as system', async () => {
    const { result, messages } = await runImporter(importer, [
      entryFrom('Direct Messages - sam [530805775262679064].json', export1),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => [m.author, m.kind, m.text, new Date(m.time).toISOString()])).toEqual(
      [
        ['Sam', 'text', 'you awake?', '2024-04-30T19:14:03.412Z'],
        ['alex.k', 'text', 'yes', '2024-04-30T19:15:00.000Z'],
        ['Sam', 'media', undefined, '2024-05-01T00:42:00.123Z'],
        ['alex.k', 'media', undefined, '2024-05-01T00:43:00.000Z'],
      ],
    );
    expect(result.value.participants).toEqual(['Sam', 'alex.k']);
    expect(result.value.lines).toEqual({ message: 4, continuation: 0, system: 2, skipped: 2 });
    expect(result.value.warnings.map((w) => w.code)).toEqual(['no-time', 'no-author']);
  });

  it('passes only length and words in metadata mode', async () => {
    const { messages } = await runImporter(importer, [entryFrom('dm.json', export1)], metadataMode);
    expect(messages[0]).toEqual({
      time: Date.UTC(2024, 3, 30, 19, 14, 3, 412),
      author: 'Sam',
      length: 10,
      words: 2,
      kind: 'text',
    });
  });

  it('reads partitioned exports in part order and warns when time runs backwards', async () => {
    const msg = (id: string, t: string) => ({
      ...base,
      id,
      type: 'Default',
      timestamp: t,
      content: id,
      author: sam,
    });
    const part1 = dce([msg('a', '2024-01-01T00:00:00Z')]);
    const part2 = dce([msg('b', '2024-01-02T00:00:00Z')]);
    const part10 = dce([msg('c', '2024-01-01T12:00:00Z')]);
    const { result, messages } = await runImporter(importer, [
      entryFrom('dm [part 10].json', part10),
      entryFrom('dm [part 2].json', part2),
      entryFrom('dm [part 1].json', part1),
    ]);
    expect(messages.map((m) => m.text)).toEqual(['a', 'b', 'c']);
    expect(result.ok && result.value.warnings.map((w) => w.code)).toEqual(['out-of-order']);
  });

  describe('files from different channels', () => {
    const jo = { ...alex, id: '333', name: 'jo', nickname: 'Jo' };
    const say = (id: string, author: object, content: string, minute: number) => ({
      ...base,
      id,
      type: 'Default',
      timestamp: `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000+00:00`,
      content,
      author,
    });
    const files = [
      entryFrom(
        'Direct Messages - jo [999].json',
        dce([say('1', jo, 'hey', 1), say('2', alex, 'hi jo', 2)], {
          id: '999',
          type: 'DirectTextChat',
          name: 'jo',
        }),
      ),
      entryFrom(
        'Direct Messages - sam [530].json',
        dce([say('3', sam, 'you up?', 3), say('4', alex, 'yes', 4), say('5', sam, ':)', 5)]),
      ),
      entryFrom(
        'Friends - general [777].json',
        dce([say('6', jo, 'game tonight?', 6)], {
          id: '777',
          type: 'GuildTextChat',
          name: 'general',
        }),
      ),
    ];

    it("reads only the chosen channel and counts the others' messages as skipped", async () => {
      const { result, messages } = await runImporter(importer, files, {
        timeZone: 'UTC',
        keepText: true,
        conversation: 'Sam',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(messages.map((m) => [m.author, m.text])).toEqual([
        ['Sam', 'you up?'],
        ['alex.k', 'yes'],
        ['Sam', ':)'],
      ]);
      expect(result.value.participants).toEqual(['Sam', 'alex.k']);
      expect(result.value.lines).toEqual({ message: 3, continuation: 0, system: 0, skipped: 3 });
      expect(result.value.warnings[0]?.message).toMatch(
        /^3 records skipped: a message in another conversation/,
      );
    });

    it('without a choice, refuses and lists the channels', async () => {
      const { result } = await runImporter(importer, files);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('several-conversations');
      expect(result.error.conversations).toEqual(['sam', 'jo', 'general']);
      expect(result.error.message).toMatch(/3 conversations: sam \(3\), jo \(2\), general \(1\)/);
    });

    it('names the channels when the chosen one is not there', async () => {
      const { result } = await runImporter(importer, files, {
        timeZone: 'UTC',
        keepText: false,
        conversation: 'random',
      });
      expect(result.ok ? '' : result.error.code).toBe('conversation-not-found');
      expect(result.ok ? [] : result.error.conversations).toEqual(['sam', 'jo', 'general']);
    });
  });

  it('reports truncated JSON and JSON of another shape by file name', async () => {
    const cut = await runImporter(importer, [entryFrom('dm.json', export1.slice(0, 700))]);
    expect(cut.result.ok ? '' : cut.result.error.message).toMatch(
      /^dm\.json: the JSON ends too early/,
    );
    const other = await runImporter(importer, [entryFrom('dm.json', '{"messages":[{"a":1}]}')]);
    expect(other.result.ok ? '' : other.result.error.code).toBe('not-this-format');
  });

  it('detects DCE exports and no other JSON', () => {
    expect(importer.detect([headOf('dm.json', export1)])).toBeGreaterThan(0.9);
    const telegram = headOf(
      'result.json',
      '{"name":"Sam","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message","date_unixtime":"1","from":"Sam","text":"hi"}]}',
    );
    const messenger = headOf(
      'message_1.json',
      '{"participants":[{"name":"Sam"}],"messages":[{"sender_name":"Sam","timestamp_ms":1,"content":"hi"}]}',
    );
    expect(importer.detect([telegram])).toBe(0);
    expect(importer.detect([messenger])).toBe(0);
    expect(messengerImporter.detect([headOf('dm.json', export1)])).toBe(0);
  });

  it('never throws or hangs on random or mutated input', async () => {
    // Compact JSON keeps the mutations on the content rather than on indentation.
    await expectRobust(importer, 'dm.json', [JSON.stringify(JSON.parse(export1))]);
  });
});

describe('ISO timestamps', () => {
  it('reads offsets, Z and long fractions; refuses a time without a zone', () => {
    expect(parseIsoWithOffset('2024-04-30T21:14:03.4120000+02:00')).toBe(
      Date.UTC(2024, 3, 30, 19, 14, 3, 412),
    );
    expect(parseIsoWithOffset('2024-04-30T21:14:03Z')).toBe(Date.UTC(2024, 3, 30, 21, 14, 3));
    expect(parseIsoWithOffset('2024-04-30T21:14:03')).toBeUndefined();
    expect(parseIsoWithOffset('2024-13-30T21:14:03Z')).toBeUndefined();
  });

  it('reads a wall-clock time in the given zone', () => {
    expect(parseLocalIso('2024-05-29T15:04:00.123000', 'Europe/Berlin')).toBe(
      Date.UTC(2024, 4, 29, 13, 4, 0, 123),
    );
    expect(parseLocalIso('2024-01-29 15:04:00', 'America/New_York')).toBe(
      Date.UTC(2024, 0, 29, 20, 4, 0),
    );
  });
});
