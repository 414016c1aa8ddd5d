import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notTextReason, openSource, readHead, SourceError, validatedUtf8 } from './source.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-source-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const text = (s: string) => new TextEncoder().encode(s);

async function readAll(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

describe('openSource', () => {
  it('lists a zip’s entries and streams one of them inflated', async () => {
    const path = write(
      'chat.zip',
      zipSync({
        '_chat.txt': text('hello\nworld\n'),
        'IMG-1.jpg': new Uint8Array([1, 2, 3]),
        'sub/': new Uint8Array(0),
      }),
    );
    const opened = await openSource(path);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.kind).toBe('zip');
    expect(opened.value.entries.map((e) => e.name).sort()).toEqual(['IMG-1.jpg', '_chat.txt']);
    const chat = opened.value.entries.find((e) => e.name === '_chat.txt');
    expect(await readAll(chat?.open() ?? [])).toBe('hello\nworld\n');
  });

  it('refuses a zip whose entry claims an extreme expansion (zip bomb)', async () => {
    const path = write(
      'bomb.zip',
      zipSync({ '_chat.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }),
    );
    const opened = await openSource(path);
    expect(opened.ok ? '' : opened.error.code).toBe('zip-bomb');
  });

  it('stops inflating an entry that produces more than its header declares', async () => {
    const zip = zipSync({ '_chat.txt': text('x'.repeat(5000)) });
    // Patch the declared size (central directory and local header) down to 100 bytes.
    const view = new DataView(zip.buffer);
    const eocd = zip.length - 22;
    const cd = view.getUint32(eocd + 16, true);
    view.setUint32(cd + 24, 100, true);
    view.setUint32(22, 100, true);
    const opened = await openSource(write('liar.zip', zip));
    if (!opened.ok) throw new Error(opened.error.message);
    const entry = opened.value.entries[0];
    await expect(readAll(entry?.open() ?? [])).rejects.toThrow(/expands beyond/);
  });

  it('reports an entry whose compressed bytes are damaged, naming it', async () => {
    const zip = zipSync({ '_chat.txt': text('hello there, '.repeat(400)) }, { level: 6 });
    // Overwrite the start of the deflate stream (after the 30-byte local header and the name).
    const dataStart = 30 + '_chat.txt'.length;
    zip.fill(0xff, dataStart, dataStart + 8);
    const opened = await openSource(write('damaged.zip', zip));
    if (!opened.ok) throw new Error(opened.error.message);
    const entry = opened.value.entries[0];
    await expect(readAll(entry?.open() ?? [])).rejects.toThrow(/_chat\.txt is damaged or cut off/);
  });

  it('refuses a cut-off zip', async () => {
    const zip = zipSync({ '_chat.txt': text('hello') });
    const opened = await openSource(write('cut.zip', zip.subarray(0, zip.length - 30)));
    expect(opened.ok ? '' : opened.error.code).toBe('bad-zip');
  });

  it('walks a folder in name order, skipping hidden files', async () => {
    const folder = join(dir, 'export');
    mkdirSync(join(folder, 'inbox'), { recursive: true });
    writeFileSync(join(folder, 'inbox', 'message_2.json'), '{}');
    writeFileSync(join(folder, 'inbox', 'message_1.json'), '{}');
    writeFileSync(join(folder, '.DS_Store'), 'x');
    const opened = await openSource(folder);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.entries.map((e) => e.name)).toEqual([
      'inbox/message_1.json',
      'inbox/message_2.json',
    ]);
  });

  it('reads only the head it is asked for', async () => {
    const opened = await openSource(write('big.txt', 'a'.repeat(300_000)));
    if (!opened.ok) throw new Error(opened.error.message);
    const entry = opened.value.entries[0];
    if (!entry) throw new Error('no entry');
    expect((await readHead(entry, 1000)).length).toBe(1000);
  });
});

describe('UTF-8 checks', () => {
  async function* chunked(bytes: Uint8Array, size: number) {
    for (let at = 0; at < bytes.length; at += size) {
      yield bytes.subarray(at, at + size);
      await Promise.resolve();
    }
  }

  it('passes valid text through unchanged however it is chunked', async () => {
    const sample = text('héllo wörld 🌻 ١٢٣ — ok\n'.repeat(20));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (size) => {
        expect(await readAll(validatedUtf8('x', chunked(sample, size)))).toBe(
          new TextDecoder().decode(sample),
        );
      }),
    );
  });

  it('throws a SourceError at invalid bytes, wherever the chunks break', async () => {
    const bad = new Uint8Array([...text('ok ok '), 0xe2, 0x28, 0xa1, ...text(' after')]);
    for (let size = 1; size <= bad.length; size++) {
      await expect(readAll(validatedUtf8('x', chunked(bad, size)))).rejects.toBeInstanceOf(
        SourceError,
      );
    }
    const cut = text('ok 🌻').subarray(0, 5);
    await expect(readAll(validatedUtf8('x', chunked(cut, 2)))).rejects.toThrow(/UTF-8/);
  });

  it('tells binary, UTF-16 and invalid UTF-8 apart', () => {
    expect(notTextReason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('binary');
    expect(notTextReason(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf16');
    expect(notTextReason(new Uint8Array([0x41, 0xc3, 0x28]))).toBe('invalid-utf8');
    // A sequence cut off by the sample's end is fine.
    expect(notTextReason(text('ok 🌻').subarray(0, 5))).toBeUndefined();
  });
});

describe('reading into reused buffers', () => {
  // Made-up lines over several read chunks (1 MiB each), with a multi-byte character cut
  // across chunk ends somewhere.
  const line = (k: number) =>
    `${k}/3/2024, 10:${String(k % 60).padStart(2, '0')} - Sam 🌻: ünïcode ${k}\n`;
  const text = Array.from({ length: 60_000 }, (_, k) => line(k)).join('');
  const path = join(dir, 'reused.txt');
  writeFileSync(path, text);

  const readAll = async (reuseBuffers: boolean, stopAfter = Infinity) => {
    const opened = await openSource(path);
    if (!opened.ok) throw new Error(opened.error.message);
    const copies: Buffer[] = [];
    for await (const chunk of opened.value.entries[0]!.open({ reuseBuffers })) {
      copies.push(Buffer.from(chunk));
      if (copies.length >= stopAfter) break;
    }
    return copies;
  };

  it('yields the same bytes as fresh chunks, in several chunks', async () => {
    const reused = await readAll(true);
    expect(reused.length).toBeGreaterThan(2);
    expect(Buffer.concat(reused).equals(Buffer.from(text))).toBe(true);
    expect(Buffer.concat(await readAll(false)).equals(Buffer.concat(reused))).toBe(true);
  });

  it('can be stopped early, and read again afterwards', async () => {
    const first = await readAll(true, 1);
    expect(first).toHaveLength(1);
    expect(Buffer.concat(await readAll(true)).length).toBe(Buffer.byteLength(text));
  });
});
