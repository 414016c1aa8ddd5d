import { describe, expect, it } from 'vitest';
import { entryFrom, headOf, metadataMode, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer } from './index.js';

const tokyo = { timeZone: 'Asia/Tokyo', keepText: true };

const chat = [
  '\ufeff[LINE] Chat history with Sam',
  'Saved on: 2024/05/29 22:10',
  '',
  '2024/05/28(Tue)',
  '21:05\tSam\thome yet?',
  '21:07\tAlex\t"yes',
  '',
  'just got in, she said ""hi"""',
  '21:08\tSam\t[Sticker]',
  '21:09\tSam\t[Photo]',
  '21:10\tAlex\t"quoted" on one line',
  '21:30\t\tSam unsent a message.',
  '21:31\tAlex\t☎ Missed call',
  '24:53\tSam\tstill up',
  '',
  '2024/05/29(Wed)',
  '08:01\tAlex\tmorning ☀️',
  'an old-style continuation',
  '',
  'after a blank',
  '',
].join('\r\n');

describe('line importer', () => {
  it('reads messages, quoted multi-line text, media, system and layout lines', async () => {
    const { result, messages } = await runImporter(
      importer,
      [entryFrom('[LINE] Chat with Sam.txt', chat)],
      tokyo,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => [m.author, m.kind, m.text])).toEqual([
      ['Sam', 'text', 'home yet?'],
      ['Alex', 'text', 'yes\n\njust got in, she said "hi"'],
      ['Sam', 'media', undefined],
      ['Sam', 'media', undefined],
      ['Alex', 'text', '"quoted" on one line'],
      ['Sam', 'text', 'still up'],
      ['Alex', 'text', 'morning ☀️\nan old-style continuation\n\nafter a blank'],
    ]);
    // Tokyo is UTC+9 all year; 24:53 is 00:53 the next day.
    expect(new Date(messages[0]?.time ?? 0).toISOString()).toBe('2024-05-28T12:05:00.000Z');
    expect(new Date(messages[5]?.time ?? 0).toISOString()).toBe('2024-05-28T15:53:00.000Z');
    expect(result.value.participants).toEqual(['Sam', 'Alex']);
    // 20 lines: 7 messages; 5 continuations (2 in the quoted message, 3 after the last one);
    // header, saved-on, 2 blank separators, 2 date lines, the unsent notice and the call = 8.
    expect(result.value.lines).toEqual({ message: 7, continuation: 5, system: 8, skipped: 0 });
    const total = Object.values(result.value.lines).reduce((a, b) => a + b, 0);
    expect(total).toBe(chat.split('\r\n').length - 1);
    expect((result.value as { chatName?: string }).chatName).toBe('Sam');
  });

  it('reads 12-hour clocks in English and CJK styles and US-style date lines', async () => {
    const text = [
      'Sat, 1/14/2023',
      '10:05 PM\tSam\thi',
      '12:10 AM\tAlex\tlate',
      '2023/01/15(日)',
      '午後10:05\tSam\tこんばんは',
      '오전 9:00\tAlex\t안녕',
    ].join('\n');
    const { messages } = await runImporter(importer, [entryFrom('chat.txt', text)], metadataMode);
    expect(messages.map((m) => new Date(m.time).toISOString())).toEqual([
      '2023-01-14T22:05:00.000Z',
      '2023-01-14T00:10:00.000Z',
      '2023-01-15T22:05:00.000Z',
      '2023-01-15T09:00:00.000Z',
    ]);
    expect(messages.every((m) => m.text === undefined)).toBe(true);
    expect(messages[0]).toMatchObject({ length: 2, words: 1 });
  });

  it('converts across a daylight-saving change in the chosen zone', async () => {
    const text = [
      '2024/03/30(Sat)',
      '12:00\tSam\tbefore',
      '2024/03/31(Sun)',
      '12:00\tSam\tafter',
    ].join('\n');
    const { messages } = await runImporter(importer, [entryFrom('chat.txt', text)], {
      timeZone: 'Europe/Berlin',
      keepText: false,
    });
    expect(messages.map((m) => new Date(m.time).toISOString())).toEqual([
      '2024-03-30T11:00:00.000Z',
      '2024-03-31T10:00:00.000Z',
    ]);
  });

  it('does not let an unclosed quote swallow the following messages', async () => {
    const text = ['2024/05/28(Tue)', '21:07\tAlex\t"never closed', 'more', '21:08\tSam\tnext'].join(
      '\n',
    );
    const { messages, result } = await runImporter(importer, [entryFrom('chat.txt', text)]);
    expect(messages.map((m) => m.text)).toEqual(['"never closed\nmore', 'next']);
    expect(result.ok && result.value.lines).toEqual({
      message: 2,
      continuation: 1,
      system: 1,
      skipped: 0,
    });
  });

  it('skips messages before any date line, with a reason', async () => {
    const text = [
      '21:05\tSam\torphan',
      'its continuation',
      '2024/05/28(Tue)',
      '21:06\tSam\tok',
      '',
      'garbage?',
    ].join('\n');
    const { result, messages } = await runImporter(importer, [entryFrom('chat.txt', text)]);
    expect(messages).toHaveLength(1);
    expect(result.ok && result.value.lines).toEqual({
      message: 1,
      continuation: 2,
      system: 1,
      skipped: 2,
    });
    expect(result.ok && result.value.warnings.map((w) => w.code)).toEqual([
      'no-date',
      'orphan-continuation',
    ]);
  });

  it('refuses the old space-separated layout and text that is not LINE', async () => {
    const old = await runImporter(importer, [
      entryFrom('chat.txt', '2017.09.02 Saturday\n21:05 Sam home yet?\n'),
    ]);
    expect(old.result.ok ? '' : old.result.error.code).toBe('old-line-layout');
    const other = await runImporter(importer, [entryFrom('notes.txt', 'hello\nworld\n')]);
    expect(other.result.ok ? '' : other.result.error.code).toBe('not-this-format');
    const binary = await runImporter(importer, [
      entryFrom('x.txt', new Uint8Array([0xff, 0xfe, 0x00])),
    ]);
    expect(binary.result.ok ? '' : binary.result.error.code).toBe('invalid-utf8');
  });

  it('detects LINE exports but not WhatsApp ones', () => {
    expect(importer.detect([headOf('chat.txt', chat)])).toBeGreaterThan(0.9);
    expect(importer.detect([headOf('chat.txt', chat.replace(/^.*\r\n/, ''))])).toBeGreaterThan(0.5);
    const whatsapp =
      '12/09/2020, 23:55 - Messages and calls are end-to-end encrypted.\n12/09/2020, 23:56 - Sam: are you up?\n[12/09/2020, 23:56:10] Sam: hi\n';
    expect(importer.detect([headOf('WhatsApp Chat with Sam.txt', whatsapp)])).toBe(0);
  });

  it('never throws or hangs on random or mutated input', async () => {
    await expectRobust(importer, 'chat.txt', [chat]);
  });
});
