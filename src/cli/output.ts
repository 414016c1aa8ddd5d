/**
 * Shared CLI plumbing: one clear line on stderr and a non-zero exit for anything the user can
 * fix (exit 2), or for a failure (exit 1); never a stack trace for something the user did.
 */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Bad input: print one line, exit 2, nothing on stdout. */
export function badInput(message: string): never {
  process.stderr.write(`closer: ${message}\n`);
  throw new CliExit(2);
}

/** A failure that is not the user's input (I/O, storage): exit 1. */
export function failure(message: string): never {
  process.stderr.write(`closer: ${message}\n`);
  throw new CliExit(1);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
