/**
 * Reading a user's file for a command: `-` means stdin. Every expected problem (missing file, a
 * folder, too large, not UTF-8 text) becomes one clear line and exit 2 via `badInput`.
 */
import { readFile, stat } from 'node:fs/promises';
import { badInput } from './output.js';

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes)
      badInput(`stdin: more than ${formatBytes(maxBytes)}; that is over the limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export const formatBytes = (bytes: number): string =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(0)} MiB` : `${Math.round(bytes / 1024)} KiB`;

/**
 * Reads a text file (or stdin for `-`), refusing binary or non-UTF-8 content.
 *
 * @example
 * const text = await readTextInput(options.answers, { maxBytes: 1 << 20 });
 */
export async function readTextInput(
  path: string,
  { maxBytes }: { maxBytes: number },
): Promise<string> {
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readStdin(maxBytes);
  } else {
    const info = await stat(path).catch(() => undefined);
    if (!info) badInput(`${path}: no such file`);
    if (info.isDirectory()) badInput(`${path}: is a folder, not a file`);
    if (info.size > maxBytes) {
      badInput(`${path}: ${formatBytes(info.size)} is over the limit of ${formatBytes(maxBytes)}`);
    }
    bytes = await readFile(path).catch((error: unknown) =>
      badInput(`${path}: cannot be read (${error instanceof Error ? error.message : 'I/O error'})`),
    );
  }
  const label = path === '-' ? 'stdin' : path;
  if (bytes.includes(0)) badInput(`${label}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return badInput(`${label}: is not valid UTF-8 text`);
  }
}
