import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEscapeFolder } from './escape-folding.js';
import { forEachLine } from './lines.js';
import { repairMojibake } from './mojibake.js';
import { createTally } from './tally.js';
import { entryFrom } from './test-support/entries.js';
import { measureText } from './text-stats.js';
import { createTimeOrderBuffer } from './time-order.js';

async function linesOf(content: string | Uint8Array, chunk: number) {
  const lines: string[] = [];
  const result = await forEachLine(entryFrom('chat.txt', content, chunk), (line) => {
    lines.push(line);
  });
  return { result, lines };
}

describe('forEachLine', () => {
  it('splits LF, CRLF and lone CR at any chunk size, dropping the BOM', async () => {
    for (const chunk of [1, 2, 3, 64]) {
      const { lines } = await linesOf('\ufeffa\r\nb\rc\n\nd😊\r\n', chunk);
      expect(lines).toEqual(['a', 'b', 'c', '', 'd😊']);
    }
  });

  it('gives the same lines as a whole-string split, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'é', '😊', '\n', '\r\n', ' '), { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        async (parts, chunk) => {
          const text = parts.join('');
          const expected = text.split(/\r\n|\n/);
          if (expected.at(-1) === '') expected.pop();
          const { lines } = await linesOf(text, chunk);
          expect(lines).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports invalid UTF-8 with the file name', async () => {
    const { result } = await linesOf(new Uint8Array([0x61, 0x0a, 0xff, 0xfe, 0x0a]), 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^chat\.txt: not UTF-8/);
  });

  it('reports a file cut inside a character', async () => {
    const { result } = await linesOf(new Uint8Array([0x61, 0xf0, 0x9f]), 8);
    expect(result.ok).toBe(false);
  });

  it('stops when the handler returns a problem', async () => {
    const seen: number[] = [];
    const result = await forEachLine(entryFrom('x.txt', 'a\nb\nc\n'), (_line, n) => {
      seen.push(n);
      return n === 2 ? { code: 'halt', message: 'x.txt: line 2 is wrong' } : undefined;
    });
    expect(seen).toEqual([1, 2]);
    expect(result.ok ? '' : result.error.code).toBe('halt');
  });
});

describe('repairMojibake', () => {
  it('turns UTF-8 bytes read as latin-1 back into text', () => {
    expect(repairMojibake('S\u00c3\u00a1nchez')).toBe('Sánchez');
    expect(repairMojibake('\u00e2\u009d\u00a4\u00ef\u00b8\u008f')).toBe('❤️');
    expect(repairMojibake('\u00f0\u009f\u0098\u008d')).toBe('😍');
  });

  it('leaves text that was never double-encoded alone', () => {
    for (const text of ['plain', 'café', 'curly “quotes”', '😍', 'Ã']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('round-trips any string through the double encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const doubled = String.fromCharCode(...new TextEncoder().encode(text));
        expect(repairMojibake(doubled)).toBe(text);
      }),
    );
  });
});

describe('measureText', () => {
  it('counts code points and whitespace-separated words', () => {
    expect(measureText('see you 😊')).toEqual({ length: 9, words: 3 });
    expect(measureText('  two\u00a0words\n')).toEqual({ length: 12, words: 2 });
    expect(measureText('')).toEqual({ length: 0, words: 0 });
  });
});

describe('createTally', () => {
  it('keeps first-appearance order and folds skips into one warning per reason', () => {
    const tally = createTally();
    tally.participant('Sam');
    tally.participant('Alex');
    tally.participant('Sam');
    tally.skip('draft', 'a draft, never sent', 'line 3');
    tally.skip('draft', 'a draft, never sent', 'line 9');
    const summary = tally.summary();
    expect(summary.participants).toEqual(['Sam', 'Alex']);
    expect(summary.lines.skipped).toBe(2);
    expect(summary.warnings).toEqual([
      { code: 'draft', message: '2 records skipped: a draft, never sent (first at line 3)' },
    ]);
  });
});

describe('createTimeOrderBuffer', () => {
  it('emits by time, then group, then position, and keeps every field', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            time: fc.integer({ min: 0, max: 5 }),
            group: fc.integer({ min: 0, max: 2 }),
            author: fc.constantFrom('a', 'b'),
            text: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
          }),
          { maxLength: 2000 },
        ),
        (records) => {
          const buffer = createTimeOrderBuffer();
          records.forEach((r, i) =>
            buffer.push(
              {
                time: r.time,
                author: r.author,
                length: i,
                words: 1,
                kind: 'text',
                ...(r.text === undefined ? {} : { text: r.text }),
              },
              r.group,
              i,
            ),
          );
          const out: Array<{ time: number; length: number; text?: string }> = [];
          buffer.drain((m) => out.push(m));
          const expected = records
            .map((r, i) => ({ ...r, i }))
            .sort((a, b) => a.time - b.time || a.group - b.group || a.i - b.i);
          expect(out.map((m) => m.length)).toEqual(expected.map((r) => r.i));
          expect(out.map((m) => m.text)).toEqual(expected.map((r) => r.text));
          expect(buffer.size).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('createEscapeFolder', () => {
  const fold = (json: string, chunk: number): string => {
    const folder = createEscapeFolder();
    const bytes = new TextEncoder().encode(json);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += chunk)
      parts.push(folder.push(bytes.subarray(i, i + chunk)));
    parts.push(folder.end());
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  };
  /** The way Meta writes a string: each UTF-8 byte as a \u00XX escape. */
  const metaEscaped = (text: string): string =>
    JSON.stringify(String.fromCharCode(...new TextEncoder().encode(text))).replace(
      /[\u0080-\u00ff]/g,
      (c) => `\\u00${c.charCodeAt(0).toString(16)}`,
    );

  it('turns Meta escapes into the characters they spell, at any chunk size', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.integer({ min: 1, max: 13 }),
        (text, chunk) => {
          expect(JSON.parse(fold(metaEscaped(text), chunk))).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves escapes that are not UTF-8, other escapes and escaped backslashes alone', () => {
    for (const chunk of [1, 2, 5, 64]) {
      expect(fold('"caf\\u00e9 \\u201chi\\u201d \\\\u00c3\\u00a1 \\n"', chunk)).toBe(
        '"caf\\u00e9 \\u201chi\\u201d \\\\u00c3\\u00a1 \\n"',
      );
    }
  });
});
