import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/closer.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'closer-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the closer executable', () => {
  it('stops quietly, exit 0, when the reader closes the pipe early (`| head`)', () => {
    // Three years of a made-up chat, a message each a day: its JSON report (~130 kB) is more
    // than a pipe holds, so closer is still writing when `head` has gone.
    const lines: string[] = [];
    for (let day = 0; day < 3 * 365; day++) {
      const date = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000);
      const stamp = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
      lines.push(`${stamp}, 09:00 - Sam: morning`, `${stamp}, 09:05 - Alex: hi`);
    }
    const chat = join(dir, 'WhatsApp Chat with Sam.txt');
    writeFileSync(chat, `${lines.join('\n')}\n`);
    // The installed entry point (it runs the compiled CLI, built by `npm ci`), piped into `head`
    // as a person would; pipefail makes closer's own exit status the pipeline's.
    const run = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; "$1" "$2" import "$3" --json --me Alex | head -c 10 > /dev/null',
        'bash',
        process.execPath,
        bin,
        chat,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
