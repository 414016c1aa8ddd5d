import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, step } from './browser.js';
import { firstRun, startApp } from './harness.js';
import { smsBackupXml } from '../support/sms-backup.js';

// One server (one vault): the two runs below, with htmx and without JavaScript, share it.
let browser: Browser;
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A made-up SMS Backup & Restore file with two contacts: Sam (busier) and Jo. */
function smsBackup(): Buffer {
  const xml = smsBackupXml(Date.UTC(2026, 0, 5, 9), 28, [
    {
      name: 'Sam',
      address: '+44 7700 900123',
      everyDays: 1,
      texts: [
        { at: 0, sent: false, body: 'morning' },
        { at: 90_000, sent: true, body: 'hi', address: '+447700900123' },
      ],
    },
    {
      name: 'Jo',
      address: '+447700900456',
      everyDays: 4,
      texts: [{ at: 600_000, sent: false, body: 'tea?' }],
    },
  ]);
  return Buffer.from(xml, 'utf8');
}

/** Uploads the backup, picks Sam's conversation from the list and checks the result. */
async function chooseAndImport(page: Page, name: string, js = true) {
  // axe runs as a script in the page: only where the page runs scripts.
  const check = (label: string) => (js ? checkPage(page, label) : Promise.resolve());
  await page.goto(new URL('/files', app.url).href);
  await step(page, name, async () => {
    await page.setInputFiles('#file', {
      name: 'sms-20260202.xml',
      mimeType: 'text/xml',
      buffer: smsBackup(),
    });
    await page.fill('#me', '');
    await page.click('form[action="/files"] button.primary');
    await page.waitForSelector('#conversation');
    expect(await page.textContent('#choose-title')).toBe(
      'Which conversation is with your partner?',
    );
    const offered = await page.locator('#conversation option').allTextContents();
    expect(offered).toEqual(['Choose a conversation', 'Sam', 'Jo']);
    await check(`${name}-choose`);
    // Nothing picked yet: the browser asks for a choice before anything is sent.
    expect(await page.locator('#conversation:invalid').count()).toBe(1);
    await page.selectOption('#conversation', 'Sam');
    await page.click('form[action="/files/choose"] button.primary');
    await page.waitForSelector('#import-result');
    expect(await page.textContent('#import-result-section')).toMatch(/Sam: your partner/);
    await check(`${name}-result`);
  });
}

describe('chat import: an export of several conversations in a real browser', () => {
  let context: BrowserContext;
  afterAll(async () => {
    await context?.close();
  });

  it('with htmx: the list comes in place, the choice imports, no CSP complaint', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        complaints.push(message.text());
    });
    await firstRun(page, app.url, 'Sam');
    await chooseAndImport(page, 'import-htmx');
    // htmx swapped <main> in place: the address is still the page's own.
    expect(page.url()).toMatch(/\/files$/);
    expect(complaints).toEqual([]);
  });

  it('without JavaScript: the same flow with plain form posts, and cancel lets the file go', async () => {
    const plain = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await plain.newPage();
    // Signs this browser in; the vault is already open.
    await page.goto(app.url);
    await page.waitForURL(/\/$/);
    await chooseAndImport(page, 'import-no-js', false);
    // A plain form post: the browser went to the form's address.
    expect(page.url()).toMatch(/\/files\/choose$/);
    // Cancel: the file is let go and the empty form comes back.
    await page.goto(new URL('/files', app.url).href);
    await page.setInputFiles('#file', {
      name: 'sms.xml',
      mimeType: 'text/xml',
      buffer: smsBackup(),
    });
    await page.click('form[action="/files"] button.primary');
    await page.waitForSelector('#conversation');
    const held = await page.getAttribute('input[name="pending"]', 'value');
    await page.click('form[action="/files/cancel"] button');
    await page.waitForSelector('#import-notice');
    expect(await page.textContent('#import-notice')).toMatch(/let go/);
    // The id is no longer good for anything.
    const stale = await page.request.post(new URL('/files/choose', app.url).href, {
      form: { pending: held ?? '', conversation: 'Sam' },
      headers: { origin: new URL(app.url).origin },
    });
    expect(stale.status()).toBe(410);
    await plain.close();
  });
});
