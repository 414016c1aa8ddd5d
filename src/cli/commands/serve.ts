/**
 * `closer serve` (and `npm start`): the private web app on 127.0.0.1. Prints the address with
 * this launch's secret token; opening it signs the browser in. Ctrl-C locks and stops.
 */
import type { Command } from 'commander';
// The one place the CLI starts the web adapter: `closer serve` is how people reach the pages.
// Only the port is read at start-up (for the help); the server (hono, the pages, the vault)
// loads when `serve` runs, so that every other command starts without it.
// eslint-disable-next-line no-restricted-imports
import { DEFAULT_PORT } from '../../web/port.js';
import { badInput, failure } from '../output.js';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return badInput(`the port must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return port;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      `Open the private web app on this computer only (127.0.0.1, port ${DEFAULT_PORT} or PORT).\nPrints an address with a one-launch secret: open it in your browser.`,
    )
    .option('--port <n>', `port to listen on (default: PORT or ${DEFAULT_PORT})`)
    .option(
      '--data-dir <dir>',
      'where the encrypted data lives (default: CLOSER_DATA_DIR or the user data directory)',
    )
    .action(async (_opts: unknown, command: Command) => {
      // With globals: `--data-dir` is also the program's global option (the vault commands'),
      // and commander gives it to the program, not to this command, wherever it is written.
      const opts = command.optsWithGlobals<{ port?: string; dataDir?: string }>();
      const port = parsePort(opts.port ?? process.env.PORT);
      const { serveWeb } = await import('../../web/index.js');
      const started = await serveWeb({
        port,
        ...(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {}),
        ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      });
      if (!started.ok) return failure(started.message);
      const server = started.value;
      process.stdout.write(
        `closer is running on this computer only.\nOpen this address in your browser (it works for this launch only):\n\n  ${server.url}\n\nPress Ctrl-C to lock and stop.\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
