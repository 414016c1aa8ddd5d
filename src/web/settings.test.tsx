import { describe, expect, it } from 'vitest';
import { openApp, PASSPHRASE } from './test-support/open-app.js';

describe('export asks for the passphrase again', () => {
  it('hands out nothing without it, locks on a wrong one, and downloads with the right one', async () => {
    const app = await openApp();
    const saved = await app.gate.vault().checkins.add({
      date: '2026-03-02',
      communication: 2,
      affection: 3,
      availability: null,
      future: null,
      criticism: null,
      connection: 2,
      note: 'made-up note for the export test',
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const page = await (await app.get('/settings')).text();
    expect(page).toMatch(/<input type="password" id="exportPassphrase" name="exportPassphrase"/);

    const missing = await app.post('/settings/export', {});
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-disposition')).toBeNull();
    expect(await missing.text()).toContain('type your passphrase first');
    expect(await app.gate.state()).toBe('open');

    const wrong = await app.post('/settings/export', { exportPassphrase: 'not the passphrase' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-disposition')).toBeNull();
    const body = await wrong.text();
    expect(body).toContain('Nothing was exported');
    expect(body).not.toContain('made-up note');
    expect(await app.gate.state()).toBe('locked');
    // Locked means locked: the next page asks to unlock, and so does another export.
    expect((await app.get('/settings')).headers.get('location')).toBe('/unlock');
    expect((await app.post('/settings/export', { exportPassphrase: PASSPHRASE })).status).toBe(303);

    await app.post('/unlock', { passphrase: PASSPHRASE });
    const right = await app.post('/settings/export', { exportPassphrase: PASSPHRASE });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-disposition')).toBe(
      'attachment; filename="notes-export.json"',
    );
    const data = (await right.json()) as { format: string; checkins: { note: string }[] };
    expect(data.format).toBe('closer-export');
    expect(data.checkins.map((c) => c.note)).toEqual(['made-up note for the export test']);
    expect(await app.gate.state()).toBe('open');
  });
});
