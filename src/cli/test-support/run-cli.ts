/**
 * Runs the CLI in-process (no child process, so tests stay fast) and captures what it writes.
 * stdin can be supplied for commands that read `-`.
 */
import { Readable } from 'node:stream';
import { main } from '../main.js';

export type CliRun = { code: number; stdout: string; stderr: string };

export async function runCli(args: string[], options: { stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const originalStdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  process.stdout.write = (chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  process.stderr.write = (chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  if (options.stdin !== undefined) {
    Object.defineProperty(process, 'stdin', {
      value: Readable.from([Buffer.from(options.stdin)]),
      configurable: true,
    });
  }
  try {
    const code = await main(['node', 'closer', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    if (originalStdin) Object.defineProperty(process, 'stdin', originalStdin);
  }
}
