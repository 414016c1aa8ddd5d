import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, newContext, step } from './browser.js';
import { answer, firstRun, startApp, tabTo, walkTabOrder } from './harness.js';

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

describe('from "why are they pulling away?" to a plan', () => {
  it('first run → safety screen → text → questions → results → plan', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await step(page, 'first-run', async () => {
      await firstRun(page, app.url);
      await checkPage(page, 'home');
    });
    await step(page, 'safety screen', async () => {
      await page.goto(new URL('/start', page.url()).href);
      await checkPage(page, 'start');
      await page.click('button[name="fresh"]');
      await page.waitForURL(/\/q$/);
      expect(await page.textContent('h1')).toBe('First, your safety');
      await checkPage(page, 'safety-question');
      // The partner's name from the first run is in the question.
      expect(await page.textContent('#question-text')).toContain('Sam');
      for (let i = 0; i < 20; i++) {
        if (!(await page.isVisible('#question-text'))) break;
        if ((await page.textContent('h1')) !== 'First, your safety') break;
        await answer(page, /^\s*(No|Never)\b/);
      }
    });
    await step(page, 'describe', async () => {
      await page.waitForURL(/\/describe$/);
      await checkPage(page, 'describe');
      await page.fill(
        '#text',
        'Since she started the new job in March she works late every night and is exhausted. She is still warm when we are together but we hardly talk.',
      );
      await page.click('button[value="read"]');
      await page.waitForURL(/\/q$/);
    });
    await step(page, 'questions', async () => {
      expect(await page.textContent('h1')).toBe('A few questions');
      await checkPage(page, 'question');
      expect(await page.isVisible('#ranking')).toBe(true);
      const first = await page.textContent('#question-text');
      await answer(page, 'Not sure');
      // Back returns to the same question, ready to change the answer.
      await page.click('button[value="back"]');
      await page.waitForFunction(
        (t) => document.querySelector('#question-text')?.textContent === t,
        first,
      );
    });
    await step(page, 'keyboard only', async () => {
      // Every control of the question page is reached with Tab, with a visible focus ring.
      const { expected, reached } = await walkTabOrder(page);
      expect(expected.length).toBeGreaterThanOrEqual(12);
      expect(expected.filter((key) => !reached.has(key))).toEqual([]);
      for (const stop of reached.values()) {
        expect(stop.focusVisible, stop.key).toBe(true);
        expect(stop.outline, stop.key).toMatch(/^solid [2-9]/);
      }
      // And operated with keys: Space chooses, the arrows move through the answers (up from
      // the first wraps round to "Not sure"), Enter sends; focus lands on the next question.
      const first = await page.textContent('#question-text');
      await tabTo(page, 'input[name="value"]');
      await page.keyboard.press('Space');
      expect(await page.isChecked('#option-0')).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.textContent('label.choice:has(input:checked)')).toMatch(/Not sure/);
      await tabTo(page, 'button[value="answer"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (t) => document.querySelector('#question-text')?.textContent !== t,
        first,
      );
      // (htmx moves focus once the new content has settled, a moment after it is swapped in.)
      await page.waitForFunction(() => document.activeElement?.id === 'question-text', null, {
        timeout: 5000,
      });
      // Back with Space returns to the question just answered.
      await tabTo(page, 'button[value="back"]');
      await page.keyboard.press('Space');
      await page.waitForFunction(
        (t) => document.querySelector('#question-text')?.textContent === t,
        first,
      );
    });
    await step(page, 'more questions', async () => {
      for (let i = 0; i < 8; i++) await answer(page, 'Not sure');
      const progress = await page.getAttribute('progress', 'value');
      expect(Number(progress)).toBeGreaterThan(8);
    });
    await step(page, 'results', async () => {
      // A link taken with Enter, as the keyboard-only walk above would.
      await tabTo(page, '#assessment a[href="/results"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/results$/);
      await checkPage(page, 'results');
      expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(3);
      expect(await page.textContent('main')).toContain('possible explanations');
      expect(await page.textContent('main')).not.toMatch(/probability|%/);
    });
    await step(page, 'plan', async () => {
      await page.click('a.button[href="/plan"]');
      await page.waitForURL(/\/plan$/);
      await checkPage(page, 'plan');
      expect(await page.locator('#plan-steps').count()).toBe(1);
      expect(await page.locator('.safety').count()).toBe(0);
      expect(await page.isVisible('#kept')).toBe(true);
    });
    // Lock: the next test unlocks and finds this assessment in the history.
    await page.click('nav button.link-button');
    await page.waitForURL(/\/unlock$/);
    await context.close();
  });

  it('a safety disclosure puts support first in the plan', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForURL(/\/(unlock|)$/);
    if (page.url().endsWith('/unlock')) {
      await page.fill('#passphrase', 'quiet lantern river stone');
      await page.click('button.primary');
      await page.waitForURL(/\/$/);
    }
    await step(page, 'history', async () => {
      await page.goto(new URL('/history', page.url()).href);
      await checkPage(page, 'history');
      // The assessment finished before the lock, with its date and top causes, and its plan.
      const kept = page.locator('#history-list li[data-kind="assessment"]');
      expect(await kept.count()).toBe(1);
      expect(await kept.textContent()).toMatch(/Assessment, \d{1,2} \w+ 20\d\d/);
      expect(await kept.textContent()).toMatch(/Most likely first: [^;]+; [^;]+; [^;]+\./);
      expect(await page.locator('#history-list li[data-kind="plan"]').count()).toBe(1);
      await kept.locator('h2 a').click();
      await page.waitForURL(/\/history\/assessment\//);
      await checkPage(page, 'history-assessment');
      expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(3);
    });
    await page.goto(new URL('/start', page.url()).href);
    await page.click('button[name="fresh"]');
    await page.waitForURL(/\/q$/);
    await step(page, 'safety disclosure', async () => {
      await answer(page, /^\s*Yes\s*$/);
      expect(await page.isVisible('.safety')).toBe(true);
      await page.goto(new URL('/plan', page.url()).href);
      await checkPage(page, 'plan-safety');
      const order = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main h2')).map((h) => h.id),
      );
      expect(order[0]).toBe('plan-safety');
      expect(order.indexOf('resources-title')).toBeLessThan(order.indexOf('plan-steps'));
      expect(await page.textContent('main')).toMatch(/0808 2000 247/);
      // Every step before the first cause step is a safety step, and none suggests couples work.
      const steps = await page.locator('li[data-step]').evaluateAll((items) =>
        items.map((li) => ({
          kind: li.getAttribute('data-step'),
          title: li.querySelector('h3')?.textContent ?? '',
        })),
      );
      expect(steps[0]?.kind).toBe('safety');
      expect(
        steps.filter(
          (s) => /couples (counselling|therapy)/i.test(s.title) && !/not couples/i.test(s.title),
        ),
      ).toEqual([]);
    });
    await context.close();
  });
});
