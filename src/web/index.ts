/**
 * The web app's public face: `serveWeb` opens the vault (PGlite in the data directory, or
 * PostgreSQL with a database URL), builds the pages over the app's use cases and listens on
 * 127.0.0.1.
 */
import type { KdfCost } from '../app/vault.js';
import { openVault } from '../infra/index.js';
import type { AreaContext, WebEnv } from './app.js';
import type { Hono } from 'hono';
import { registerAssessRoutes, type TextAnalyser } from './routes/assess.js';
import { registerPlanRoutes } from './routes/plan.js';
import { registerFilesRoutes } from './routes/files.js';
import { registerJournalRoutes } from './routes/journal.js';
import { registerHistoryRoutes } from './routes/history.js';
import { registerSettingsRoutes } from './routes/settings.js';
import { registerTalkRoutes } from './routes/talk.js';
import { startWebServer, type RunningServer } from './server.js';
import { createVaultGate, type VaultGate } from './vault-gate.js';
import type { CountryOption } from './pages/shell.js';

export { DEFAULT_PORT } from './server.js';
export type { RunningServer } from './server.js';

export type ServeOptions = {
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  /** Tests only: a cheap Argon2id cost (the vault's own test option). */
  kdf?: KdfCost;
  /** Milliseconds; tests move time to check the idle lock. */
  now?: () => number;
  analyse?: TextAnalyser;
};

/**
 * The free-text use case (src/app/analyze.ts) in the shape the describe page needs. Loaded on
 * first use: the text analysis brings the wink-nlp English model (~30 MiB resident), which an
 * open vault that nobody is writing in does not need.
 */
const analyseText: TextAnalyser = async (text, wording) => {
  const { textObservations } = await import('../app/analyze.js');
  const found = textObservations(text, wording, 'Your description');
  return found.ok
    ? { ok: true, value: { observations: found.value } }
    : { ok: false, message: found.error.message };
};

/** The countries with help lines, from the guidance data (loaded with the plan, on first use). */
async function loadCountries(): Promise<CountryOption[]> {
  const { supportedCountries } = await import('../app/plan.js');
  return [
    ...supportedCountries(),
    { code: 'OTHER', name: 'Another country (international directories)' },
  ];
}

export type WebServer = RunningServer & { close(): Promise<void> };

/**
 * Every area's pages over one vault: what serveWeb mounts, and what the in-process tests
 * mount over a vault of their own.
 *
 * @example
 * createWebApp({ ...options, gate, areas: webAreas(gate, analyseText) });
 */
export function webAreas(gate: VaultGate, analyse: TextAnalyser) {
  const vault = () => gate.vault();
  return (app: Hono<WebEnv>, ctx: AreaContext) => {
    registerAssessRoutes(app, ctx, analyse, vault);
    registerPlanRoutes(app, ctx, vault);
    registerTalkRoutes(app, ctx, vault);
    registerJournalRoutes(app, ctx, gate);
    registerFilesRoutes(app, ctx, gate);
    registerHistoryRoutes(app, ctx, vault);
    registerSettingsRoutes(app, ctx, gate);
  };
}

/**
 * @example
 * const server = await serveWeb({ port: 4477 });
 * if (server.ok) console.log(server.value.url);
 */
export async function serveWeb(
  options: ServeOptions = {},
): Promise<{ ok: true; value: WebServer } | { ok: false; message: string }> {
  const open = () =>
    openVault({
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
      ...(options.kdf !== undefined ? { service: { kdf: options.kdf } } : {}),
    });
  const first = await open();
  if (!first.ok) return { ok: false, message: first.error.message };
  const gate = createVaultGate(first.value, open);
  let countryList: Promise<CountryOption[]> | undefined;
  const countries = () => (countryList ??= loadCountries());
  const areas = webAreas(gate, options.analyse ?? analyseText);
  try {
    const server = await startWebServer({
      gate,
      countries,
      areas,
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    return {
      ok: true,
      value: {
        ...server,
        close: async () => {
          await server.close();
          await gate.close();
        },
      },
    };
  } catch (error) {
    await gate.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      return { ok: false, message: `port ${options.port} is in use; choose another with PORT=…` };
    }
    throw error;
  }
}
