import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, step } from './browser.js';
import { firstRun, PASSPHRASE, startApp } from './harness.js';

// One server (one vault) for the whole journey: creating a PGlite data directory is the slow
// part, so the flows run in order against it.
let browser: Browser;
let app: Awaited<ReturnType<typeof startApp>>;
let context: BrowserContext;
let page: Page;
const go = (path: string) => page.goto(new URL(path, app.url).href);

beforeAll(async () => {
  app = await startApp();
  ({ browser } = await launchBrowser());
  context = await newContext(browser);
  page = await context.newPage();
  await firstRun(page, app.url, 'Alex');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the rest of the product in a real browser', () => {
  it('check-ins over several weeks give a chart, a table and a state', async () => {
    await go('/journal');
    await step(page, 'journal', async () => {
      await checkPage(page, 'journal-empty');
      const start = Date.parse('2026-01-05T00:00:00Z');
      for (let week = 0; week < 10; week++) {
        const date = new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10);
        const value = week < 5 ? '4' : '2';
        await page.fill('#date', date);
        for (const name of ['communication', 'affection', 'availability', 'future', 'connection']) {
          await page.check(`input[name="${name}"][value="${value}"]`);
        }
        await page.click('form[action="/journal"] button.primary');
        await page.waitForSelector('.notice');
      }
      expect(await page.locator('#trend-table tbody tr').count()).toBe(10);
      await page.waitForSelector('.chart canvas');
      expect(await page.textContent('#trend-state')).toMatch(/decline|dip/i);
      await checkPage(page, 'journal');
    });
  });

  it('reviews a conversation draft with the words marked', async () => {
    await go('/talk');
    await step(page, 'talk', async () => {
      await checkPage(page, 'talk');
      await page.click('form[action="/talk"] button.primary');
      await page.waitForSelector('#talk-plan');
      await page.fill('#draft', 'You never listen to me and you always put work first.');
      await page.click('form[action="/talk/review"] button.primary');
      await page.waitForSelector('#marked-draft');
      const marked = await page.locator('#marked-draft mark').allTextContents();
      expect(marked.join(' ')).toMatch(/never/i);
      await checkPage(page, 'talk-review');
    });
  });

  it('locks, refuses a wrong passphrase, and unlocks', async () => {
    await step(page, 'lock', async () => {
      await go('/');
      await page.click('nav button.link-button');
      await page.waitForURL(/\/unlock$/);
      await checkPage(page, 'unlock');
      await go('/journal');
      expect(page.url()).toMatch(/\/unlock$/);
      expect(await page.textContent('body')).not.toContain('2026-01-05');
      await page.fill('#passphrase', 'not my passphrase');
      await page.click('button.primary');
      await page.waitForSelector('#form-error');
      expect(await page.textContent('#form-error')).toMatch(/passphrase/i);
      await page.fill('#passphrase', PASSPHRASE);
      await page.click('button.primary');
      await page.waitForURL(/\/$/);
    });
  });

  it('quick exit with the button: Back does not return to the content', async () => {
    await step(page, 'quick-exit', async () => {
      await go('/journal');
      await page.click('#quick-exit');
      await page.waitForURL(/\/n$/);
      await page.goBack();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/unlock$/);
      expect(await page.textContent('body')).not.toContain('Check-ins');
      await page.fill('#passphrase', PASSPHRASE);
      await page.click('button.primary');
      await page.waitForURL(/\/$/);
    });
  });

  it('refuses a foreign Host and a foreign Origin', async () => {
    const port = Number(new URL(app.url).port);
    // node:http, not fetch: fetch will not send a Host header of our choosing.
    const { request } = await import('node:http');
    const send = (method: string, path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await send('GET', '/', { host: `evil.example:${port}` })).toBe(421);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect(
      await send('POST', '/lock', {
        host: `127.0.0.1:${port}`,
        cookie,
        origin: 'http://evil.example',
      }),
    ).toBe(403);
    expect(
      await send('POST', '/lock', {
        host: `127.0.0.1:${port}`,
        cookie,
        'sec-fetch-site': 'cross-site',
      }),
    ).toBe(403);
    await go('/');
    expect(page.url()).toMatch(/\/$/);
  });

  it('exports everything, then erases everything', async () => {
    await go('/settings');
    await step(page, 'settings', async () => {
      await checkPage(page, 'settings');
      const download = page.waitForEvent('download');
      await page.click('form[action="/settings/export"] button');
      const file = await download;
      expect(file.suggestedFilename()).toBe('notes-export.json');
      const path = await file.path();
      const { readFileSync } = await import('node:fs');
      const data = JSON.parse(readFileSync(path, 'utf8')) as {
        checkins: unknown[];
        settings: { partnerName: string };
      };
      expect(data.checkins).toHaveLength(10);
      expect(data.settings.partnerName).toBe('Alex');
      await page.fill('#confirmErase', 'no');
      await page.click('button.danger');
      await page.waitForSelector('#form-error');
      await page.fill('#confirmErase', 'ERASE');
      await page.click('button.danger');
      await page.waitForURL(/\/welcome$/);
    });
  });
});
