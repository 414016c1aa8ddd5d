/**
 * The whole web app in process, every area mounted over a real vault service in memory,
 * signed in and unlocked: what the page tests that need saved records start from.
 */
import { expect } from 'vitest';
import { createWebApp } from '../app.js';
import { loadAssets } from '../assets.js';
import { webAreas } from '../index.js';
import { createSessions } from '../session.js';
import { createMemoryVaultGate } from './memory-vault.js';

const PORT = 4998;
const HOST = `127.0.0.1:${PORT}`;
const ORIGIN = `http://${HOST}`;
export const PASSPHRASE = 'correct horse battery';
const assets = loadAssets();
const countries = [
  { code: 'GB', name: 'United Kingdom' },
  { code: 'OTHER', name: 'Another country' },
];
// The free text is not what these tests are about: a stand-in that finds nothing.
const noText = () => Promise.resolve({ ok: true as const, value: { observations: [] } });

/**
 * @example
 * const app = await openApp();
 * await app.get('/history');
 */
export async function openApp() {
  const gate = await createMemoryVaultGate(PASSPHRASE);
  const sessions = createSessions();
  const { app } = createWebApp({
    port: PORT,
    gate,
    sessions,
    assets,
    countries: () => Promise.resolve(countries),
    areas: webAreas(gate, noText),
  });
  const signIn = await app.request(`/enter?t=${sessions.launchToken}`, { headers: { host: HOST } });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = async (path: string) => app.request(path, { headers: { host: HOST, cookie } });
  const post = async (path: string, body: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: {
        host: HOST,
        cookie,
        origin: ORIGIN,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
  expect((await post('/unlock', { passphrase: PASSPHRASE })).status).toBe(303);
  return { gate, get, post };
}
