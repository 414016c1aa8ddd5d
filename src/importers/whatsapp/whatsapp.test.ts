import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../domain/chats/message.js';
import { runImporter } from '../index.js';
import { collector, memoryEntry, memorySource } from '../test-support.js';
import type { DateOrder, ImportOptions } from '../types.js';
import { importer, parseWhatsApp } from './index.js';

const LRM = '\u200e';
const NNBSP = '\u202f';
const UTC: ImportOptions = { timeZone: 'UTC', keepText: true };
const iso = (m: ChatMessage) => new Date(m.time).toISOString();

async function parse(
  text: string,
  options: Partial<ImportOptions> = {},
  name = 'WhatsApp Chat with Sam.txt',
) {
  const { messages, emit } = collector();
  const result = await parseWhatsApp([memoryEntry(name, text)], { ...UTC, ...options }, emit);
  if (!result.ok) throw new Error(result.error.message);
  return { messages, summary: result.value };
}

describe('WhatsApp layouts and locales', () => {
  it('reads an Android en-GB export: system line, continuations, media, edited marker', async () => {
    const { messages, summary } = await parse(
      [
        '12/09/2020, 23:55 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
        '12/09/2020, 23:56 - Sam: are you up?',
        '12/09/2020, 23:57 - Alex: yes',
        'still thinking about today',
        '',
        '12/09/2020, 23:57 - Sam: <Media omitted>',
        '13/09/2020, 00:02 - Alex: love you <This message was edited>',
        '13/09/2020, 00:03 - Sam: This message was deleted',
      ].join('\n'),
    );
    expect(messages.map((m) => [iso(m), m.author, m.kind, m.text])).toEqual([
      ['2020-09-12T23:56:00.000Z', 'Sam', 'text', 'are you up?'],
      ['2020-09-12T23:57:00.000Z', 'Alex', 'text', 'yes\nstill thinking about today\n'],
      ['2020-09-12T23:57:00.000Z', 'Sam', 'media', undefined],
      ['2020-09-13T00:02:00.000Z', 'Alex', 'text', 'love you'],
      ['2020-09-13T00:03:00.000Z', 'Sam', 'deleted', undefined],
    ]);
    expect(summary.lines).toEqual({ message: 5, continuation: 2, system: 1, skipped: 0 });
    expect(summary.participants).toEqual(['Sam', 'Alex']);
    expect(summary.dateOrder).toBe('dmy');
  });

  it('reads an en-US Android export with U+202F before PM and two-digit years', async () => {
    const { messages, summary } = await parse(
      `9/12/20, 11:55${NNBSP}PM - Sam: hi\n9/13/20, 12:05${NNBSP}AM - Alex: hey\n12/24/20, 1:00${NNBSP}PM - Sam: merry`,
    );
    expect(messages.map(iso)).toEqual([
      '2020-09-12T23:55:00.000Z',
      '2020-09-13T00:05:00.000Z',
      '2020-12-24T13:00:00.000Z',
    ]);
    expect(summary.dateOrder).toBe('mdy');
  });

  it('treats iOS notices under the partner’s name as system lines, not messages', async () => {
    const { messages, summary } = await parse(
      [
        `[14/10/2021, 3:34:09${NNBSP}PM] Sam: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat can read them.`,
        `[14/10/2021, 3:35:00${NNBSP}PM] Sam: ${LRM}Your security code with Alex changed. Tap to learn more.`,
        `[14/10/2021, 3:36:00${NNBSP}PM] Sam: ${LRM}Sam changed the group name to “us”`,
        `[14/10/2021, 3:37:10${NNBSP}PM] Alex: ${LRM}image omitted`,
        `[14/10/2021, 3:38:00${NNBSP}PM] Alex: ${LRM}<attached: 00000042-PHOTO-2021-10-14-15-38-00.jpg>`,
        `[14/10/2021, 3:39:00${NNBSP}PM] Alex: ${LRM}You deleted this message.`,
        `[14/10/2021, 3:40:00${NNBSP}PM] Sam: see you at 8`,
      ].join('\n'),
    );
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      ['Alex', 'media'],
      ['Alex', 'media'],
      ['Alex', 'deleted'],
      ['Sam', 'text'],
    ]);
    expect(summary.lines.system).toBe(3);
    // Sam's name was first met on the notices; Sam still counts once Sam writes.
    expect(summary.participants).toEqual(['Alex', 'Sam']);
    expect(summary.chatName).toBe('Sam');
    expect(summary.selfName).toBe('Alex');
  });

  it.each([
    ['de', '03.08.21, 12:30 - Sam: hallo', '2021-08-03T12:30:00.000Z'],
    ['es', '20/6/2017 8:28 p.\u00a0m. - Sam: hola', '2017-06-20T20:28:00.000Z'],
    ['en-IN', `09/10/2023, 11:11${NNBSP}am - Sam: hello`, '2023-10-09T11:11:00.000Z'],
    ['id', '30/08/25 18.00 - Sam: halo', '2025-08-30T18:00:00.000Z'],
    ['fi', '13.6.2018 klo 21.25.15 - Sam: moi', '2018-06-13T21:25:15.000Z'],
    ['hr', '13. 6. 2018. 21:25:15 - Sam: bok', '2018-06-13T21:25:15.000Z'],
    ['ios year-first', '[2018/06/13, 21:25:15] Sam: hej', '2018-06-13T21:25:15.000Z'],
    ['sv', '2018-06-13 21:25 - Sam: hej', '2018-06-13T21:25:00.000Z'],
    ['ar', '١٣/٤/٢٠٢٣، ١٠:٠٨ م - Sam: مرحبا', '2023-04-13T22:08:00.000Z'],
  ])('reads the %s layout', async (_locale, line, expected) => {
    const { messages } = await parse(`${line}\n`);
    expect(messages.map(iso)).toEqual([expected]);
    expect(messages[0]?.author).toBe('Sam');
  });

  it('counts lines before the first timestamp as skipped, with a warning', async () => {
    const { summary } = await parse('some header\n12/09/2020, 23:56 - Sam: hi\n');
    expect(summary.lines.skipped).toBe(1);
    expect(summary.warnings.map((w) => w.code)).toContain('skipped-lines');
  });

  it('reads wall-clock times in the given zone, across a daylight-saving change', async () => {
    const { messages } = await parse(
      '28/03/2026, 12:00 - Sam: before\n29/03/2026, 12:00 - Sam: after\n',
      { timeZone: 'Europe/Berlin' },
    );
    expect(messages.map(iso)).toEqual(['2026-03-28T11:00:00.000Z', '2026-03-29T10:00:00.000Z']);
  });
});

describe('day-first or month-first', () => {
  const early = '01/02/2021, 10:00 - Sam: one\n02/03/2021, 10:00 - Alex: two\n';

  it('decides from a later date with a field over 12 and re-reads the held-back messages', async () => {
    const { messages, summary } = await parse(`${early}03/25/2021, 10:00 - Sam: three\n`);
    expect(summary.dateOrder).toBe('mdy');
    expect(messages.map(iso)).toEqual([
      '2021-01-02T10:00:00.000Z',
      '2021-02-03T10:00:00.000Z',
      '2021-03-25T10:00:00.000Z',
    ]);
    expect(summary.warnings).toEqual([]);
  });

  it('warns when nothing decides it, and honours --date-order', async () => {
    const guessed = await parse(early);
    expect(guessed.summary.warnings.map((w) => w.code)).toContain('ambiguous-date-order');
    const forced = await parse(early, { dateOrder: 'mdy' });
    expect(forced.summary.warnings.map((w) => w.code)).not.toContain('ambiguous-date-order');
    expect(forced.messages.map(iso)[0]).toBe('2021-01-02T10:00:00.000Z');
  });

  it('guesses from the field that rolls over when no field passes 12', async () => {
    // Month-first, days 1..12 of several months: the second field (day) changes most.
    const lines: string[] = [];
    for (let month = 1; month <= 6; month++)
      for (let day = 1; day <= 12; day++) lines.push(`${month}/${day}/21, 09:00 - Sam: x`);
    const { summary } = await parse(lines.join('\n'));
    expect(summary.dateOrder).toBe('mdy');
  });
});

describe('detection', () => {
  const head = (s: string) => new TextEncoder().encode(s);
  it('scores a WhatsApp text high and other text zero', () => {
    expect(
      importer.detect([{ name: 'chat.txt', head: head('12/09/2020, 23:56 - Sam: hi\n') }]),
    ).toBeGreaterThan(0.8);
    expect(importer.detect([{ name: 'notes.txt', head: head('shopping list\nmilk\n') }])).toBe(0);
    expect(importer.detect([{ name: 'result.json', head: head('{"name": "Sam"}') }])).toBe(0);
  });
});

// --- generated exports -------------------------------------------------------------------

type Style = {
  order: DateOrder;
  yearDigits: 2 | 4;
  clock: '24' | '12' | '12-nnbsp' | '12-lower';
  layout: 'android' | 'ios';
  sep: '/' | '.' | '-';
};

const pad = (n: number) => String(n).padStart(2, '0');

function render(
  messages: Array<{ time: number; author: string; text: string }>,
  style: Style,
): string {
  return messages
    .map((m) => {
      const d = new Date(m.time);
      const y = style.yearDigits === 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
      const mo = pad(d.getUTCMonth() + 1);
      const da = pad(d.getUTCDate());
      const date =
        style.order === 'ymd'
          ? [String(d.getUTCFullYear()), mo, da].join(style.sep)
          : style.order === 'dmy'
            ? [da, mo, y].join(style.sep)
            : [mo, da, y].join(style.sep);
      const h = d.getUTCHours();
      let time: string;
      const secs = style.layout === 'ios' ? `:${pad(d.getUTCSeconds())}` : '';
      if (style.clock === '24') time = `${pad(h)}:${pad(d.getUTCMinutes())}${secs}`;
      else {
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const space = style.clock === '12-nnbsp' ? NNBSP : ' ';
        const mer = h < 12 ? 'AM' : 'PM';
        time = `${h12}:${pad(d.getUTCMinutes())}${secs}${space}${style.clock === '12-lower' ? mer.toLowerCase() : mer}`;
      }
      return style.layout === 'ios'
        ? `[${date}, ${time}] ${m.author}: ${m.text}`
        : `${date}, ${time} - ${m.author}: ${m.text}`;
    })
    .join('\n');
}

const word = fc.constantFrom(
  'hi',
  'love',
  'you',
  'ok',
  'tonight',
  'dinner',
  'x',
  'äpfel',
  '🌻',
  'sure?',
);
const text = fc
  .array(
    fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
    { minLength: 1, maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));
const style = fc.record<Style>({
  order: fc.constantFrom('dmy', 'mdy', 'ymd'),
  yearDigits: fc.constantFrom(2, 4),
  clock: fc.constantFrom('24', '12', '12-nnbsp', '12-lower'),
  layout: fc.constantFrom('android', 'ios'),
  sep: fc.constantFrom('/', '.', '-'),
});
const chat = fc
  .array(
    fc.record({
      minute: fc.integer({ min: 0, max: 60 * 24 * 3650 }),
      second: fc.integer({ min: 0, max: 59 }),
      author: fc.constantFrom('Sam 🌻', 'Alex', 'J. Doe'),
      text,
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((list) =>
    list
      .map((m) => ({
        time: Date.UTC(2001, 0, 1) + m.minute * 60_000 + m.second * 1000,
        author: m.author,
        text: m.text,
      }))
      .sort((a, b) => a.time - b.time),
  );

describe('generated exports (property)', () => {
  it('parse back to the same messages in every date order, clock and layout', async () => {
    await fc.assert(
      fc.asyncProperty(
        chat,
        style,
        fc.integer({ min: 1, max: 64 }),
        async (messages, st, chunk) => {
          const source = render(messages, st);
          const { messages: got, emit } = collector();
          const result = await parseWhatsApp(
            [memoryEntry('chat.txt', source, chunk)],
            { ...UTC, dateOrder: st.order },
            emit,
          );
          expect(result.ok).toBe(true);
          const expected = messages.map((m) => ({
            time: st.layout === 'ios' ? m.time : m.time - (m.time % 60_000),
            author: m.author,
            text: m.text,
          }));
          expect(got.map((m) => ({ time: m.time, author: m.author, text: m.text }))).toEqual(
            expected,
          );
          expect(got.map((m) => m.words)).toEqual(
            messages.map((m) => m.text.split(/\s+/).filter(Boolean).length),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('emit the same messages when allowed to reuse one object (each copied as it comes)', async () => {
    await fc.assert(
      fc.asyncProperty(chat, style, fc.boolean(), async (messages, st, keepText) => {
        const source = render(messages, st);
        const read = async (reuseMessages: boolean) => {
          const copies: ChatMessage[] = [];
          const seen = new Set<ChatMessage>();
          const result = await parseWhatsApp(
            [memoryEntry('chat.txt', source, 7)],
            { timeZone: 'Europe/Berlin', keepText, reuseMessages, dateOrder: st.order },
            (m) => {
              seen.add(m);
              copies.push({ ...m });
            },
          );
          expect(result.ok).toBe(true);
          return { copies, objects: seen.size };
        };
        const fresh = await read(false);
        const reused = await read(true);
        expect(reused.copies).toEqual(fresh.copies);
        // Without text, one object carries every message (messages held back while the date
        // order is open get their own, but here it is given); with text, each has its own.
        expect(reused.objects).toBe(keepText ? fresh.copies.length : 1);
      }),
      { numRuns: 60 },
    );
  });

  it('never crash or hang on random bytes or mutated exports', async () => {
    const fixture = new TextEncoder().encode(
      render(
        [
          { time: Date.UTC(2021, 2, 14, 9), author: 'Sam', text: 'morning\nsecond line' },
          { time: Date.UTC(2021, 2, 14, 10), author: 'Alex', text: `${LRM}image omitted` },
        ],
        { order: 'dmy', yearDigits: 4, clock: '12-nnbsp', layout: 'ios', sep: '/' },
      ),
    );
    const mutated = fc
      .array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 })
      .map((edits) => {
        const copy = fixture.slice();
        for (const e of edits) copy[e.at % copy.length] = e.byte;
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutated),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, chunk) => {
          const { emit } = collector();
          const result = await runImporter(
            importer,
            memorySource('x.txt', bytes, chunk),
            UTC,
            emit,
          );
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
