import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startWebServer, type RunningServer } from '../../src/web/server.js';
import { createFakeGate } from '../../src/web/test-support/fake-gate.js';
import { checkPage, launchBrowser, newContext, step } from './browser.js';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await startWebServer({
    port: 0,
    gate: createFakeGate(),
    countries: () => Promise.resolve([{ code: 'OTHER', name: 'Another country' }]),
  });
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('shell in a real browser', () => {
  it('signs in with the token, sets up, and quick exit (Shift ×3) leaves no way Back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await step(page, 'welcome', async () => {
      expect(page.url()).toMatch(/\/welcome$/);
      await checkPage(page, 'welcome');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
      await page.fill('#passphrase', 'correct horse battery staple');
      expect(await page.textContent('#passphrase-strength-words')).toMatch(/Good|Strong/);
      await page.fill('#confirm', 'correct horse battery staple');
      await page.click('button.primary');
      await page.waitForURL(/\/$/);
      await checkPage(page, 'home');
    });
    await step(page, 'quick exit', async () => {
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForURL(/\/n$/);
      expect(await page.textContent('body')).toContain('No notes yet');
      await page.goBack();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/unlock$/);
      expect(await page.textContent('h1')).toBe('Unlock');
    });
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage).toBe(0);
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['sid']);
    await context.close();
  });
});
