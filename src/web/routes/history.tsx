/** History routes: what the vault keeps of past assessments, plans and conversation drafts. */
import type { Context, Hono } from 'hono';
import type { VaultService } from '../../app/vault.js';
import type { AreaContext, WebEnv } from '../app.js';
import { listHistory, readPlan, readResult, readReview } from '../history.js';
import { Layout } from '../layout.js';
import {
  HistoryPage,
  SavedAssessmentPage,
  SavedDraftPage,
  SavedPlanPage,
} from '../pages/history.js';

const KINDS = ['assessment', 'plan', 'draft'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (v: unknown): v is Kind => KINDS.includes(v as Kind);

export function registerHistoryRoutes(
  app: Hono<WebEnv>,
  ctx: AreaContext,
  vault: () => VaultService,
): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const repository = (kind: Kind) =>
    kind === 'assessment' ? vault().assessments : kind === 'plan' ? vault().plans : vault().drafts;

  async function list(
    c: Context<WebEnv, string>,
    extra: { message?: string; error?: string } = {},
    status: 200 | 400 = 200,
  ) {
    const items = await listHistory(vault());
    if (!items.ok)
      return c.html(<HistoryPage open={open()} items={[]} error={items.message} />, 500);
    return c.html(<HistoryPage open={open()} items={items.value} {...extra} />, status);
  }

  const notFound = (c: Context<WebEnv, string>) =>
    c.html(
      <Layout heading="Not found" open={{ ...open(), current: 'history' }}>
        <p>
          This is no longer kept. <a href="/history">Back to the history</a>
        </p>
      </Layout>,
      404,
    );

  app.get('/history', (c) => list(c));

  app.get('/history/:kind/:id', async (c) => {
    const kind = c.req.param('kind');
    const id = c.req.param('id');
    if (!isKind(kind)) return notFound(c);
    if (kind === 'assessment') {
      const found = await vault().assessments.get(id);
      if (!found.ok) throw new Error(found.error.message);
      if (!found.value) return notFound(c);
      const record = found.value;
      return c.html(
        <SavedAssessmentPage
          open={open()}
          id={record.id}
          at={record.createdAt}
          result={readResult(record)}
        />,
      );
    }
    if (kind === 'plan') {
      const found = await vault().plans.get(id);
      if (!found.ok) throw new Error(found.error.message);
      if (!found.value) return notFound(c);
      const record = found.value;
      return c.html(
        <SavedPlanPage
          open={open()}
          id={record.id}
          at={record.createdAt}
          plan={readPlan(record)}
        />,
      );
    }
    const found = await vault().drafts.get(id);
    if (!found.ok) throw new Error(found.error.message);
    if (!found.value) return notFound(c);
    return c.html(
      <SavedDraftPage open={open()} draft={found.value} review={readReview(found.value)} />,
    );
  });

  app.post('/history/remove', async (c) => {
    const form = await c.req.parseBody();
    const id = typeof form.id === 'string' ? form.id : '';
    if (!isKind(form.kind) || id === '') return list(c, { error: 'Nothing was removed.' }, 400);
    const removed = await repository(form.kind).remove(id);
    if (!removed.ok) return list(c, { error: removed.error.message }, 400);
    // Looking at the same result again must not bring back what the person just removed.
    const ws = ctx.workspace();
    if (ws.draft?.saved?.id === id) ws.draft.saved.id = null;
    if (ws.savedPlan?.id === id) ws.savedPlan.id = null;
    return list(c, { message: removed.value ? 'Removed.' : 'That was already gone.' });
  });
}
