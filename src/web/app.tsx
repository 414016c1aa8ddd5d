/**
 * The web app: hardening first (Host, security headers, origin, session), then the shell
 * routes (sign-in, quick exit, lock, first run, unlock) and each area's pages. Every page is a
 * thin adapter over the use cases in src/app/ (reached through the backend).
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Asset } from './assets.js';
import type { Gate, Pronoun, WebSettings } from './gate.js';
import { DEFAULT_LOCK_MINUTES } from './gate.js';
import { Layout, NeutralPage } from './layout.js';
import { emptyWorkspace, type Workspace } from './workspace.js';
import { hostGuard, originGuard, securityHeaders } from './security.js';
import { SESSION_COOKIE, type Sessions } from './session.js';
import { type CountryOption, SignedOutPage, UnlockPage, WelcomePage } from './pages/shell.js';

export type WebEnv = { Variables: { sessionId: string } };

export type WebAppOptions = {
  /** The port the server listens on: part of the only Host names it answers to. */
  port: number;
  gate: Gate;
  sessions: Sessions;
  assets: Map<string, Asset>;
  /** Asked for only by the pages that show it (the list comes with the guidance data). */
  countries: () => Promise<CountryOption[]>;
  /** Milliseconds; injectable so tests can move time. */
  now?: () => number;
  /** Extra page routes, mounted behind the same guards and only while the vault is open. */
  areas?: (app: Hono<WebEnv>, ctx: AreaContext) => void;
};

export type AreaContext = {
  gate: Gate;
  countries: () => Promise<CountryOption[]>;
  /** Seconds of inactivity before the page locks itself (from the settings). */
  idleSeconds: () => number;
  idle: IdleLock;
  /** The in-memory state of this open vault (dropped on lock). */
  workspace: () => Workspace;
  /** Locks the vault and forgets the workspace. */
  lock: () => Promise<void>;
};

/** The idle lock, shared by the server's timer and every request. */
export type IdleLock = {
  touch(): void;
  check(): Promise<boolean>;
  minutes(): number;
  setMinutes(m: number): void;
};

export function createIdleLock(lock: () => Promise<void>, gate: Gate, now: () => number): IdleLock {
  let last = now();
  let minutes = DEFAULT_LOCK_MINUTES;
  return {
    touch() {
      last = now();
    },
    minutes: () => minutes,
    setMinutes(m) {
      minutes = m;
    },
    async check() {
      if (now() - last < minutes * 60_000) return false;
      if ((await gate.state()) !== 'open') return false;
      await lock();
      return true;
    },
  };
}

const isHtmx = (c: Context<WebEnv, string>) => c.req.header('hx-request') === 'true';

/** Redirect that also works for htmx requests (which would otherwise swap the target page in). */
export function goTo(c: Context<WebEnv, string>, path: string) {
  if (isHtmx(c)) {
    c.header('HX-Redirect', path);
    return c.body(null, 204);
  }
  return c.redirect(path, 303);
}

const field = (form: Record<string, unknown>, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : '';
};

export function parseSettingsForm(
  form: Record<string, unknown>,
  countries: CountryOption[],
): WebSettings {
  const country = field(form, 'country').toUpperCase();
  const pronoun = field(form, 'pronoun');
  const minutes = Number.parseInt(field(form, 'lockMinutes'), 10);
  return {
    country: countries.some((c) => c.code === country) ? country : 'OTHER',
    partnerName: field(form, 'partnerName').trim().slice(0, 40),
    pronoun: (['they', 'she', 'he'] as const).includes(pronoun as Pronoun)
      ? (pronoun as Pronoun)
      : 'they',
    lockMinutes:
      Number.isFinite(minutes) && minutes >= 1 && minutes <= 60 ? minutes : DEFAULT_LOCK_MINUTES,
  };
}

/** Tells the browser to drop anything it may have kept of the pages (T-06). */
const CLEAR_SITE_DATA = '"cache", "storage"';

/**
 * @example
 * const app = createWebApp({ port: 4477, gate, sessions: createSessions(), assets: loadAssets(), countries: () => Promise.resolve([]) });
 * await app.request('/', { headers: { host: '127.0.0.1:4477' } }); // 401 until signed in
 */
export function createWebApp(options: WebAppOptions): { app: Hono<WebEnv>; idle: IdleLock } {
  const { port, gate, sessions, assets, countries } = options;
  const now = options.now ?? Date.now;
  let workspace = emptyWorkspace();
  const lock = async () => {
    workspace = emptyWorkspace();
    await gate.lock();
  };
  const idle = createIdleLock(lock, gate, now);
  const app = new Hono<WebEnv>();

  app.use('*', securityHeaders());
  app.use('*', hostGuard(port));
  app.use('*', originGuard(port));

  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.text('Not found', 404);
    c.header('Content-Type', asset.type);
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(asset.gzip));
    }
    return c.body(new Uint8Array(asset.body));
  });

  // The neutral page answers without a session: quick exit lands here.
  app.get('/n', (c) => c.html(<NeutralPage />));

  // Opening the printed address: the launch token becomes a session cookie holding a random id.
  app.get('/enter', (c) => {
    const id = sessions.signIn(c.req.query('t') ?? '');
    if (id === undefined) return c.html(<SignedOutPage />, 401);
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Strict', path: '/' });
    // Replace the address with the token at once: it should not sit in the address bar.
    return c.redirect('/', 303);
  });

  app.use(async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (!sessions.isSignedIn(id)) return c.html(<SignedOutPage />, 401);
    c.set('sessionId', id ?? '');
    // A request after the idle time finds the vault locked, even if the timer has not run.
    await idle.check();
    idle.touch();
    return next();
  });

  // Quick exit and lock work whatever the state; both tell the browser to forget.
  app.post('/exit', async (c) => {
    await lock();
    c.header('Clear-Site-Data', CLEAR_SITE_DATA);
    return c.redirect('/n', 303);
  });
  app.post('/lock', async (c) => {
    await lock();
    c.header('Clear-Site-Data', CLEAR_SITE_DATA);
    return goTo(c, '/');
  });
  app.post('/alive', (c) => c.body(null, 204));

  app.get('/welcome', async (c) => {
    if ((await gate.state()) !== 'new') return c.redirect('/', 303);
    return c.html(<WelcomePage countries={await countries()} />);
  });
  app.post('/welcome', async (c) => {
    if ((await gate.state()) !== 'new') return c.redirect('/', 303);
    const form = await c.req.parseBody();
    const list = await countries();
    const settings = parseSettingsForm(form, list);
    const passphrase = field(form, 'passphrase');
    const problem =
      passphrase.length < 8
        ? 'The passphrase needs at least 8 characters.'
        : passphrase !== field(form, 'confirm')
          ? 'The two passphrases are not the same. Please type them again.'
          : undefined;
    if (problem)
      return c.html(<WelcomePage countries={list} error={problem} values={settings} />, 400);
    const created = await gate.create(passphrase, settings);
    if (!created.ok) {
      return c.html(
        <WelcomePage countries={list} error={created.message} values={settings} />,
        400,
      );
    }
    idle.setMinutes(settings.lockMinutes);
    return c.redirect('/', 303);
  });

  app.get('/unlock', async (c) => {
    const state = await gate.state();
    if (state !== 'locked') return c.redirect('/', 303);
    return c.html(<UnlockPage />);
  });
  app.post('/unlock', async (c) => {
    if ((await gate.state()) !== 'locked') return c.redirect('/', 303);
    const form = await c.req.parseBody();
    const opened = await gate.unlock(field(form, 'passphrase'));
    if (!opened.ok) return c.html(<UnlockPage error={opened.message} />, 401);
    idle.setMinutes((await gate.settings()).lockMinutes);
    idle.touch();
    return c.redirect('/', 303);
  });

  // Everything below needs the open vault.
  app.use(async (c, next) => {
    const state = await gate.state();
    if (state === 'new') return goTo(c, '/welcome');
    if (state === 'locked') return goTo(c, '/unlock');
    return next();
  });

  options.areas?.(app, {
    gate,
    countries,
    idleSeconds: () => idle.minutes() * 60,
    idle,
    workspace: () => workspace,
    lock,
  });

  app.get('/', async (c) => {
    return c.html(
      <Layout heading="Home" open={{ idleSeconds: idle.minutes() * 60, current: 'home' }}>
        <p>Where would you like to start?</p>
        <ul>
          <li>
            <a href="/start">Start an assessment</a>: what might be going on, and why.
          </li>
          <li>
            <a href="/journal">Add a check-in</a>: one minute, to see how things change over weeks.
          </li>
          <li>
            <a href="/files">Import a chat</a>: your own chat export, measured privately.
          </li>
          <li>
            <a href="/help">Safety and support</a>: help lines and device safety.
          </li>
        </ul>
      </Layout>,
    );
  });

  app.notFound((c) =>
    c.html(
      <Layout heading="Not found">
        <p>
          <a href="/">Back to the start</a>
        </p>
      </Layout>,
      404,
    ),
  );
  app.onError((error, c) => {
    // Never a stack trace in the page: one plain line, the detail in the terminal.
    process.stderr.write(
      `closer serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return c.html(
      <Layout heading="Something went wrong">
        <p>
          That did not work. Nothing was changed. <a href="/">Back to the start</a>
        </p>
      </Layout>,
      500,
    );
  });

  return { app, idle };
}
