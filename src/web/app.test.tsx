import { describe, expect, it } from 'vitest';
import { createWebApp } from './app.js';
import { loadAssets } from './assets.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { createSessions } from './session.js';
import { createFakeGate } from './test-support/fake-gate.js';

const PORT = 4999;
const HOST = `127.0.0.1:${PORT}`;
const ORIGIN = `http://${HOST}`;
const assets = loadAssets();
const countries = [
  { code: 'GB', name: 'United Kingdom' },
  { code: 'OTHER', name: 'Another country' },
];

function setup(passphrase?: string) {
  let clock = 1_000_000;
  const gate = createFakeGate(passphrase);
  const sessions = createSessions();
  const { app } = createWebApp({
    port: PORT,
    gate,
    sessions,
    assets,
    countries: () => Promise.resolve(countries),
    now: () => clock,
  });
  const request = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    app.request(path, { ...init, headers: { host: HOST, ...init.headers } });
  async function signIn(): Promise<string> {
    const res = await request(`/enter?t=${sessions.launchToken}`);
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    return cookie.split(';')[0] ?? '';
  }
  const post = (
    path: string,
    cookie: string,
    body: Record<string, string>,
    headers: Record<string, string> = {},
  ) =>
    request(path, {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: {
        cookie,
        origin: ORIGIN,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
    });
  return { app, gate, sessions, request, signIn, post, advance: (ms: number) => (clock += ms) };
}

describe('host check (DNS rebinding)', () => {
  it('refuses a foreign Host with 421 and answers the loopback names', async () => {
    const { app, sessions } = setup();
    const foreign = await app.request(`/enter?t=${sessions.launchToken}`, {
      headers: { host: `evil.example:${PORT}` },
    });
    expect(foreign.status).toBe(421);
    const wrongPort = await app.request('/n', { headers: { host: '127.0.0.1:80' } });
    expect(wrongPort.status).toBe(421);
    const missing = await app.request('/n');
    expect(missing.status).toBe(421);
    for (const host of [HOST, `localhost:${PORT}`, `[::1]:${PORT}`]) {
      expect((await app.request('/n', { headers: { host } })).status).toBe(200);
    }
  });
});

describe('token sign-in', () => {
  it('refuses every page without the session, and a wrong token', async () => {
    const { request } = setup();
    expect((await request('/')).status).toBe(401);
    expect((await request('/enter?t=guess')).status).toBe(401);
    expect((await request('/settings')).status).toBe(401);
  });

  it('turns the launch token into an HttpOnly SameSite=Strict cookie holding only a random id', async () => {
    const { request, sessions } = setup();
    const res = await request(`/enter?t=${sessions.launchToken}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sid=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Expires');
    expect(cookie).not.toContain(sessions.launchToken);
    const home = await request('/', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/welcome');
  });
});

describe('origin check on state-changing requests', () => {
  it('refuses a cross-site POST, a foreign Origin and a POST with neither header', async () => {
    const { signIn, post, request, gate } = setup('correct horse battery');
    const cookie = await signIn();
    const crossSite = await post(
      '/unlock',
      cookie,
      { passphrase: 'correct horse battery' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const foreign = await post(
      '/unlock',
      cookie,
      { passphrase: 'correct horse battery' },
      { origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const bare = await request('/unlock', {
      method: 'POST',
      body: new URLSearchParams({ passphrase: 'correct horse battery' }),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(bare.status).toBe(403);
    expect(await gate.state()).toBe('locked');
    const good = await post('/unlock', cookie, { passphrase: 'correct horse battery' });
    expect(good.status).toBe(303);
    expect(await gate.state()).toBe('open');
  });
});

describe('headers on every response', () => {
  it('sends the strict CSP and no-store on pages, refusals and assets', async () => {
    const { request, signIn } = setup();
    const cookie = await signIn();
    const responses = [
      await request('/n'),
      await request('/'),
      await request('/welcome', { headers: { cookie } }),
      await request('/assets/app.js'),
      await request('/nowhere', { headers: { cookie } }),
    ];
    for (const res of responses) {
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('has no inline script, no inline handlers, no style attributes, and a neutral title', async () => {
    const { request, signIn } = setup();
    const cookie = await signIn();
    const html = await (await request('/welcome', { headers: { cookie } })).text();
    expect(html).toMatch(/<title>Notes<\/title>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/\sstyle=/);
    // Quick exit is the first focusable thing on the page.
    const body = html.slice(html.indexOf('<body'));
    expect(body.search(/<(a|button|input|select|textarea)\b/)).toBe(
      body.indexOf('<button type="submit" id="quick-exit"'),
    );
  });
});

describe('first run, lock, unlock, quick exit, idle lock', () => {
  it('creates the vault, locks, refuses a wrong passphrase and unlocks', async () => {
    const { signIn, post, request, gate } = setup();
    const cookie = await signIn();
    const short = await post('/welcome', cookie, {
      passphrase: 'short',
      confirm: 'short',
      country: 'GB',
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('at least 8 characters');
    const created = await post('/welcome', cookie, {
      passphrase: 'correct horse battery',
      confirm: 'correct horse battery',
      country: 'GB',
      partnerName: 'Sam',
      pronoun: 'she',
    });
    expect(created.status).toBe(303);
    expect(await gate.settings()).toMatchObject({
      country: 'GB',
      partnerName: 'Sam',
      pronoun: 'she',
    });
    const locked = await post('/lock', cookie, {});
    expect(locked.headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect(await gate.state()).toBe('locked');
    expect((await request('/', { headers: { cookie } })).headers.get('location')).toBe('/unlock');
    const wrong = await post('/unlock', cookie, { passphrase: 'incorrect' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('did not open');
    expect((await post('/unlock', cookie, { passphrase: 'correct horse battery' })).status).toBe(
      303,
    );
    expect(await gate.state()).toBe('open');
  });

  it('quick exit locks and sends the browser to the neutral page', async () => {
    const { signIn, post, gate } = setup('correct horse battery');
    const cookie = await signIn();
    await post('/unlock', cookie, { passphrase: 'correct horse battery' });
    const exit = await post('/exit', cookie, {});
    expect(exit.status).toBe(303);
    expect(exit.headers.get('location')).toBe('/n');
    expect(await gate.state()).toBe('locked');
  });

  it('locks by itself after the idle time in the settings', async () => {
    const { signIn, post, request, gate, advance } = setup('correct horse battery');
    const cookie = await signIn();
    await post('/unlock', cookie, { passphrase: 'correct horse battery' });
    advance(4 * 60_000);
    expect((await request('/', { headers: { cookie } })).status).toBe(200);
    advance(5 * 60_000 + 1);
    expect((await request('/', { headers: { cookie } })).headers.get('location')).toBe('/unlock');
    expect(await gate.state()).toBe('locked');
  });
});

describe('assets', () => {
  it('serves our scripts gzip-compressed, well under the 100 KB budget in total', async () => {
    const { request } = setup();
    let total = 0;
    for (const name of ['htmx.js', 'uplot.js', 'uplot.css', 'app.js', 'charts.js', 'app.css']) {
      const res = await request(`/assets/${name}`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('gzip');
      total += (await res.arrayBuffer()).byteLength;
    }
    expect(total).toBeLessThan(100 * 1024);
    expect([401, 404]).toContain((await request('/assets/..%2Fpackage.json')).status);
  });
});
