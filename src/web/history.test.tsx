import { describe, expect, it } from 'vitest';
import { openApp, PASSPHRASE } from './test-support/open-app.js';

/** Answers the question on screen with its first option that is not "Not sure". */
async function answerShown(
  app: Awaited<ReturnType<typeof openApp>>,
  pick: (values: string[]) => string,
) {
  const html = await (await app.get('/q')).text();
  const questionId = /name="questionId" value="([^"]+)"/.exec(html)?.[1];
  const values = [...html.matchAll(/type="radio" name="value" value="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  if (!questionId) throw new Error('no question on the page');
  return app.post('/q', { questionId, value: pick(values), action: 'answer' });
}

async function safetyThenQuestions(app: Awaited<ReturnType<typeof openApp>>, questions: number) {
  expect((await app.post('/start')).status).toBe(303);
  // The safety screen: "no" to every question, then skip the free text.
  for (let i = 0; i < 20; i++) {
    const res = await answerShown(app, (v) => v.find((x) => /^no/.test(x)) ?? v[0] ?? '');
    if (res.headers.get('location') === '/describe') break;
  }
  await app.post('/describe', { action: 'skip' });
  for (let i = 0; i < questions; i++) await answerShown(app, (v) => v[0] ?? '');
}

const historyItems = async (app: Awaited<ReturnType<typeof openApp>>) => {
  const html = await (await app.get('/history')).text();
  return [...html.matchAll(/<li class="card" data-kind="(\w+)">/g)].map((m) => m[1]);
};

describe('history: assessments and plans are kept in the vault', () => {
  it('keeps the result as shown once, replaces it when it changes, and survives a lock', async () => {
    const app = await openApp();
    expect(await (await app.get('/history')).text()).toContain('id="history-empty"');
    await safetyThenQuestions(app, 3);
    const results = await (await app.get('/results')).text();
    expect(results).toContain('id="kept"');
    // Looking again does not add a second record.
    await app.get('/results');
    let saved = await app.gate.vault().assessments.list();
    expect(saved.ok && saved.value).toHaveLength(1);
    const first = saved.ok ? saved.value[0] : undefined;
    expect(Object.keys(first?.answers ?? {}).length).toBeGreaterThan(3);
    // One more answer changes the result: the same assessment, one newer record.
    await answerShown(app, (v) => v[0] ?? '');
    await app.get('/results');
    saved = await app.gate.vault().assessments.list();
    expect(saved.ok && saved.value).toHaveLength(1);
    const second = saved.ok ? saved.value[0] : undefined;
    expect(second?.id).not.toBe(first?.id);
    expect(Object.keys(second?.answers ?? {}).length).toBe(
      Object.keys(first?.answers ?? {}).length + 1,
    );

    // The plan built on it is kept too, once.
    expect(await (await app.get('/plan')).text()).toContain('id="kept"');
    await app.get('/plan');
    const plans = await app.gate.vault().plans.list();
    expect(plans.ok && plans.value).toHaveLength(1);

    // Lock and unlock: the workspace is gone, the history is not.
    await app.post('/lock');
    expect((await app.get('/history')).headers.get('location')).toBe('/unlock');
    await app.post('/unlock', { passphrase: PASSPHRASE });
    const history = await (await app.get('/history')).text();
    expect(history).toMatch(/Most likely first: [^<]+;/);
    expect(await historyItems(app)).toEqual(expect.arrayContaining(['assessment', 'plan']));
    const link = /href="(\/history\/assessment\/[^"]+)"/.exec(history)?.[1] ?? '';
    const detail = await app.get(link);
    expect(detail.status).toBe(200);
    const page = await detail.text();
    expect(page).toContain('<title>Notes</title>');
    expect(page.match(/<article class="card"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a reviewed draft from the conversation planner when the person asks', async () => {
    const app = await openApp();
    const draft = 'You always cancel on me.\nCan we talk tonight?';
    const reviewed = await (await app.post('/talk/review', { draft })).text();
    expect(reviewed).toContain('action="/talk/keep"');
    // Reviewing alone keeps nothing.
    expect(await historyItems(app)).toEqual([]);
    const kept = await app.post('/talk/keep', { draft });
    expect(await kept.text()).toContain('id="draft-kept"');
    expect(await historyItems(app)).toEqual(['draft']);
    const saved = await app.gate.vault().drafts.list();
    expect(saved.ok && saved.value.map((d) => d.text)).toEqual([draft]);
    const id = saved.ok ? (saved.value[0]?.id ?? '') : '';
    expect(await (await app.get(`/history/draft/${id}`)).text()).toContain('<mark>You always');
    expect((await app.post('/talk/keep', { draft: '   ' })).status).toBe(400);
  });

  it('lists conversation drafts saved in the vault, with their marks', async () => {
    const app = await openApp();
    const text = 'You never listen to me.';
    const added = await app.gate.vault().drafts.add({
      topic: 'Feeling unheard',
      text,
      review: {
        isClean: false,
        findings: [
          { start: 4, end: 9, quote: 'never', why: 'An absolute.', suggestion: 'Say when.' },
        ],
      },
    });
    if (!added.ok) throw new Error(added.error.message);
    expect(await historyItems(app)).toEqual(['draft']);
    const page = await (await app.get(`/history/draft/${added.value.id}`)).text();
    expect(page).toContain('<mark>never<sup>[1]</sup></mark>');
    // A review whose marks fall outside the text is shown unmarked, not broken.
    const damaged = await app.gate.vault().drafts.add({
      topic: null,
      text: 'Short.',
      review: {
        isClean: false,
        findings: [{ start: 2, end: 90, quote: 'x', why: 'y', suggestion: 'z' }],
      },
    });
    if (!damaged.ok) throw new Error(damaged.error.message);
    const plain = await app.get(`/history/draft/${damaged.value.id}`);
    expect(plain.status).toBe(200);
    expect(await plain.text()).not.toContain('<mark>');
  });

  it('removes an entry, does not keep the same result again, and answers 404 for unknown ids', async () => {
    const app = await openApp();
    await safetyThenQuestions(app, 1);
    await app.get('/results');
    const saved = await app.gate.vault().assessments.list();
    const id = saved.ok ? (saved.value[0]?.id ?? '') : '';
    const removed = await app.post('/history/remove', { kind: 'assessment', id });
    expect(await removed.text()).toContain('Removed.');
    expect(await historyItems(app)).toEqual([]);
    expect(await (await app.get('/results')).text()).not.toContain('id="kept"');
    expect(await historyItems(app)).toEqual([]);
    expect((await app.get(`/history/assessment/${id}`)).status).toBe(404);
    expect((await app.get('/history/checkin/x')).status).toBe(404);
    expect((await app.post('/history/remove', { kind: 'settings', id: 'settings' })).status).toBe(
      400,
    );
  });
});
