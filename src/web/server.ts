/**
 * Binds the web app to the loopback interface and nothing else (T-14). Port 0 picks a free
 * port, which the tests use; the Host check needs the real port, so the app is built once the
 * socket is listening.
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { loadAssets } from './assets.js';
import { createWebApp, type WebAppOptions } from './app.js';
import { createSessions } from './session.js';
import { DEFAULT_PORT } from './port.js';

export { DEFAULT_PORT } from './port.js';
export const LOOPBACK = '127.0.0.1';

export type RunningServer = {
  port: number;
  /** The address to open, with this launch's token. */
  url: string;
  close(): Promise<void>;
};

export type StartOptions = Omit<WebAppOptions, 'port' | 'sessions' | 'assets'> & {
  port?: number;
};

/**
 * @example
 * const server = await startWebServer({ port: 4477, gate, countries: () => Promise.resolve([]) });
 * console.log(server.url); // http://127.0.0.1:4477/enter?t=…
 */
export async function startWebServer(options: StartOptions): Promise<RunningServer> {
  const sessions = createSessions();
  const assets = loadAssets();
  let handler: (request: Request) => Response | Promise<Response> = () =>
    new Response('Starting', { status: 503 });
  const server = createAdaptorServer({ fetch: (request: Request) => handler(request) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const { app, idle } = createWebApp({ ...options, port, sessions, assets });
  handler = (request) => app.fetch(request);
  // The server-side half of the idle lock: the vault closes even if no page is open.
  const timer = setInterval(() => void idle.check(), 10_000);
  timer.unref();
  return {
    port,
    url: `http://${LOOPBACK}:${port}/enter?t=${sessions.launchToken}`,
    close: async () => {
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
