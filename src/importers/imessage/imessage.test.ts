import { describe, expect, it } from 'vitest';
import { entryFrom, headOf, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer } from './index.js';

const ny = { timeZone: 'America/New_York', keepText: true };

const chat = [
  'May 17, 2022  5:29:42 PM (Read by you after 1 hour, 49 seconds)',
  'Sam',
  'want to get dinner friday?',
  '',
  'May 17, 2022  5:31:02 PM (Read by them after 12 seconds)',
  'Me',
  'yes!!',
  '',
  'can we do 8?',
  'Reactions:',
  'Loved by Sam',
  'Emphasized by Sam',
  '    May 17, 2022  5:40:00 PM',
  '    Sam',
  '    8 is perfect',
  '',
  'May 17, 2022  5:40:00 PM',
  'Sam',
  '8 is perfect',
  'This message responded to an earlier message.',
  '',
  'May 17, 2022 10:02:13 PM',
  'Sam',
  '/Users/me/Library/Messages/Attachments/ab/01/IMG_0001.jpeg',
  '',
  'May 18, 2022 12:15:00 AM',
  'Me',
  'May 18, 2022 12:14:00 AM see you son',
  'Edited 1 minute later: see you soon',
  '',
  'May 18, 2022  8:00:00 AM Me renamed the conversation to Dinner',
  '',
  'May 18, 2022  9:00:00 AM',
  'Sam',
  'This message was deleted from the conversation!',
  '',
  'May 18, 2022  9:05:00 AM',
  'Sam',
  'Loved “yes!!”',
  '',
].join('\n');

describe('imessage importer', () => {
  it('reads blocks, tapbacks, reply copies, attachments, edits, deletions and events', async () => {
    const { result, messages } = await runImporter(importer, [entryFrom('Sam.txt', chat)], ny);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => [m.author, m.kind, m.text])).toEqual([
      ['Sam', 'text', 'want to get dinner friday?'],
      ['Me', 'text', 'yes!!\n\ncan we do 8?'],
      ['Sam', 'text', '8 is perfect'],
      ['Sam', 'media', undefined],
      ['Me', 'text', 'see you soon'],
      ['Sam', 'deleted', undefined],
    ]);
    // New York is UTC-4 in May; the space-padded hour reads the same as a two-digit one.
    expect(new Date(messages[0]?.time ?? 0).toISOString()).toBe('2022-05-17T21:29:42.000Z');
    expect(new Date(messages[4]?.time ?? 0).toISOString()).toBe('2022-05-18T04:15:00.000Z');
    expect(result.value.participants).toEqual(['Sam', 'Me']);
    const { lines } = result.value;
    expect(lines.message).toBe(6);
    expect(lines.skipped).toBe(3); // the indented copy of the reply
    expect(lines.message + lines.continuation + lines.system + lines.skipped).toBe(
      chat.split('\n').length - 1,
    );
    expect(result.value.warnings.map((w) => w.code)).toEqual(['reply-copy']);
  });

  it('passes only length and words in metadata mode', async () => {
    const { messages } = await runImporter(importer, [entryFrom('Sam.txt', chat)], {
      timeZone: 'UTC',
      keepText: false,
    });
    expect(messages.every((m) => m.text === undefined)).toBe(true);
    // 'yes!!' + two newlines + 'can we do 8?'
    expect(messages[1]).toMatchObject({ author: 'Me', length: 19, words: 5 });
  });

  it('refuses text that is not an imessage-exporter file', async () => {
    const { result } = await runImporter(importer, [entryFrom('notes.txt', 'hello\nthere\n')]);
    expect(result.ok ? '' : result.error.code).toBe('not-this-format');
  });

  it('detects its own files and not WhatsApp or LINE ones', () => {
    expect(importer.detect([headOf('Sam.txt', chat)])).toBeGreaterThan(0.8);
    const whatsapp =
      '5/17/22, 5:29 PM - Sam: want to get dinner friday?\n[5/17/22, 5:31:02 PM] Me: yes\n';
    const line = '[LINE] Chat history with Sam\n\n2024/05/28(Tue)\n21:05\tSam\thome yet?\n';
    expect(importer.detect([headOf('WhatsApp Chat with Sam.txt', whatsapp)])).toBe(0);
    expect(importer.detect([headOf('chat.txt', line)])).toBe(0);
  });

  it('never throws or hangs on random or mutated input', async () => {
    await expectRobust(importer, 'Sam.txt', [chat]);
  });
});
