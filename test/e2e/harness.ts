/** Starts the real web app (PGlite vault in a temporary directory, fast Argon2 for tests). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveWeb, type ServeOptions, type WebServer } from '../../src/web/index.js';

/** The vault's own test cost: 64 KiB, one pass (production: 64 MiB, three passes). */
export const TEST_KDF = { memoryKiB: 64, iterations: 1, parallelism: 1 };
export const PASSPHRASE = 'quiet lantern river stone';

export async function startApp(
  options: Omit<ServeOptions, 'port' | 'dataDir' | 'kdf'> = {},
): Promise<WebServer & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'closer-e2e-'));
  const started = await serveWeb({ ...options, port: 0, dataDir, kdf: TEST_KDF });
  if (!started.ok) throw new Error(started.message);
  const server = started.value;
  return {
    ...server,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the token address and completes the first run. */
export async function firstRun(page: Page, url: string, partner = 'Sam'): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/welcome$/);
  await page.fill('#passphrase', PASSPHRASE);
  await page.fill('#confirm', PASSPHRASE);
  await page.selectOption('#country', 'GB');
  await page.fill('#partnerName', partner);
  await page.check('input[name="pronoun"][value="she"]');
  await page.click('button.primary');
  await page.waitForURL(/\/$/);
}

/** Answers the current question with the option whose label contains `label`. */
export async function answer(page: Page, label: string | RegExp): Promise<void> {
  const before = await page.textContent('#question-text');
  await page.locator('label.choice', { hasText: label }).first().click();
  await page.click('button[value="answer"]');
  await page.waitForFunction(
    (text) =>
      document.querySelector('#question-text')?.textContent !== text ||
      !document.querySelector('#question-text'),
    before,
  );
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export type TabStop = { key: string; focusVisible: boolean; outline: string };

/**
 * Walks the whole page with Tab from the top and reports, for every control the page offers
 * (one stop per radio group, as browsers do), whether Tab reached it and whether it showed a
 * visible focus ring when it did.
 */
export async function walkTabOrder(
  page: Page,
): Promise<{ expected: string[]; reached: Map<string, TabStop> }> {
  const expected = await page.evaluate(() => {
    const keys: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]',
    );
    controls.forEach((el, i) => {
      const disabled = (el as HTMLButtonElement).disabled === true;
      const hidden = el instanceof HTMLInputElement && el.type === 'hidden';
      if (disabled || hidden || el.tabIndex < 0) return;
      const key =
        el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : `#${i}`;
      el.dataset.tabKey = key;
      if (!keys.includes(key)) keys.push(key);
    });
    return keys;
  });
  // Start from the top of the document, as a person arriving on the page does.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached = new Map<string, TabStop>();
  for (let i = 0; i < expected.length + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.tabKey) return undefined;
      const style = getComputedStyle(el);
      return {
        key: el.dataset.tabKey,
        focusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (stop && !reached.has(stop.key)) reached.set(stop.key, stop);
  }
  return { expected, reached };
}
