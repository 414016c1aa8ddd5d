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
