/**
 * Check-in routes: records through the vault service, the trend through the app's trend use
 * case (which reads the documented CSV shape, so the records are written out in that shape).
 */
import type { Hono } from 'hono';
import { analyseTrend, CHECKIN_HEADER, EVENT_HEADER, type TrendReport } from '../../app/trend.js';
import type { CheckInRecord, EventRecord } from '../../app/vault.js';
import type { AreaContext, WebEnv } from '../app.js';
import { JournalPage } from '../pages/journal.js';
import type { VaultGate } from '../vault-gate.js';

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The trend of the saved check-ins, or the plain reason there is none yet. */
export function trendOf(
  checkins: CheckInRecord[],
  events: EventRecord[],
): { ok: true; value: TrendReport } | { ok: false; message: string } {
  if (checkins.length === 0) return { ok: false, message: 'Your first check-ins will show here.' };
  const rows = [...checkins]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => CHECKIN_HEADER.map((h) => csvCell(h === 'date' ? c.date : c[h])).join(','));
  const eventRows = events.map((e) =>
    EVENT_HEADER.map((h) => csvCell(h === 'end' ? e.end : e[h])).join(','),
  );
  const report = analyseTrend({
    checkIns: { name: 'check-ins', text: [CHECKIN_HEADER.join(','), ...rows].join('\n') },
    ...(events.length > 0
      ? { events: { name: 'events', text: [EVENT_HEADER.join(','), ...eventRows].join('\n') } }
      : {}),
  });
  return report.ok ? report : { ok: false, message: report.error.message };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const level = (v: unknown): number | null => {
  const n = Number.parseInt(text(v), 10);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
};

export function registerJournalRoutes(app: Hono<WebEnv>, ctx: AreaContext, gate: VaultGate): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const today = () => new Date().toISOString().slice(0, 10);

  async function render(extra: { error?: string; message?: string } = {}, status: 200 | 400 = 200) {
    const vault = gate.vault();
    const [checkins, events] = await Promise.all([vault.checkins.list(), vault.events.list()]);
    const cs = checkins.ok ? checkins.value : [];
    const es = events.ok ? events.value : [];
    const trend = trendOf(cs, es);
    // The trend's signals join the evidence the results and the plan weigh.
    const ws = ctx.workspace();
    ws.extra.trajectory = trend.ok ? trend.value.signals : [];
    if (trend.ok) ws.extra.trajectoryState = trend.value.state;
    else delete ws.extra.trajectoryState;
    return [
      <JournalPage
        open={open()}
        checkins={cs}
        events={es}
        today={today()}
        {...(trend.ok ? { trend: trend.value } : { trendError: trend.message })}
        {...extra}
      />,
      status,
    ] as const;
  }

  app.get('/journal', async (c) => c.html(...(await render())));

  app.post('/journal', async (c) => {
    const form = await c.req.parseBody();
    const note = text(form.note);
    const added = await gate.vault().checkins.add({
      date: text(form.date),
      communication: level(form.communication),
      affection: level(form.affection),
      availability: level(form.availability),
      future: level(form.future),
      criticism: level(form.criticism),
      connection: level(form.connection),
      note: note === '' ? null : note,
    });
    if (!added.ok) return c.html(...(await render({ error: added.error.message }, 400)));
    return c.html(...(await render({ message: 'Check-in saved.' })));
  });

  app.post('/journal/event', async (c) => {
    const form = await c.req.parseBody();
    const added = await gate.vault().events.add({
      date: text(form.date),
      end: null,
      kind: text(form.kind) as EventRecord['kind'],
      label: text(form.label),
      note: null,
    });
    if (!added.ok) return c.html(...(await render({ error: added.error.message }, 400)));
    return c.html(...(await render({ message: 'Added.' })));
  });
}
