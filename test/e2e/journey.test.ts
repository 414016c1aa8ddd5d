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

  it('imports a generated WhatsApp export: weekly chart per person and signals', async () => {
    await go('/files');
    await step(page, 'files', async () => {
      await checkPage(page, 'files');
      await page.setInputFiles('#file', {
        name: 'WhatsApp Chat with Alex.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(whatsAppExport(), 'utf8'),
      });
      await page.fill('#me', 'Robin');
      await page.click('form[action="/files"] button.primary');
      await page.waitForSelector('#import-result');
      expect(await page.locator('#weekly-table thead th').count()).toBe(3);
      expect(await page.locator('#weekly-table tbody tr').count()).toBeGreaterThanOrEqual(16);
      await page.waitForSelector('.chart canvas');
      expect(await page.locator('#chat-signals li').count()).toBeGreaterThan(0);
      await checkPage(page, 'files-result');
    });
  });

  it('a bad upload gets a clear message and nothing is stored', async () => {
    await go('/files');
    await step(page, 'bad-upload', async () => {
      await page.setInputFiles('#file', {
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
      });
      await page.click('form[action="/files"] button.primary');
      await page.waitForSelector('#form-error');
      expect(await page.textContent('#form-error')).toMatch(/Nothing was stored/);
      expect(await page.textContent('#form-error')).not.toMatch(/\/tmp|closer-/);
    });
  });

  it('exports everything, then erases everything', async () => {
    await go('/settings');
    await step(page, 'settings', async () => {
      await checkPage(page, 'settings');
      // The passphrase is asked again before the decrypted file is handed out.
      await page.fill('#exportPassphrase', PASSPHRASE);
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
      expect((data as unknown as { chatImports: unknown[] }).chatImports).toHaveLength(1);
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

/** Sixteen weeks of a made-up chat: Alex writes often at first, then much less and later. */
function whatsAppExport(): string {
  const lines: string[] = [];
  const start = Date.UTC(2026, 0, 5, 9, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = (t: number) => {
    const d = new Date(t);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
  for (let day = 0; day < 16 * 7; day++) {
    const early = day < 8 * 7;
    const base = start + day * 86_400_000;
    lines.push(`${stamp(base)} - Robin: Morning! How did you sleep?`);
    if (early || day % 3 === 0) {
      lines.push(
        `${stamp(base + (early ? 5 : 240) * 60_000)} - Alex: Good thanks, you? Lunch later?`,
      );
    }
    if (early)
      lines.push(`${stamp(base + 8 * 3_600_000)} - Alex: Thinking of you, see you tonight`);
    else lines.push(`${stamp(base + 8 * 3_600_000)} - Robin: Are you around tonight?`);
  }
  return lines.join('\n') + '\n';
}
