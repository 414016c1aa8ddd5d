/**
 * Plan and safety centre routes: the app's makePlan over the workspace's evidence. The plan
 * use case is loaded on the first visit: it brings the guidance data and the text analysis
 * (with its language model), which the server does not need while nobody looks at a plan.
 */
import type { Hono } from 'hono';
import type { PlanReport } from '../../app/plan.js';
import type { VaultService } from '../../app/vault.js';
import type { AreaContext, WebEnv } from '../app.js';
import { keepPlan } from '../history.js';
import { PlanPage, SafetyCentrePage } from '../pages/plan.js';
import { extraEvidence, wordingOf } from './assess.js';

export function registerPlanRoutes(
  app: Hono<WebEnv>,
  ctx: AreaContext,
  vault: () => VaultService,
): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });

  async function plan(): Promise<PlanReport> {
    const ws = ctx.workspace();
    const settings = await ctx.gate.settings();
    const { makePlan } = await import('../../app/plan.js');
    const made = await makePlan({
      answers: Object.fromEntries(ws.draft?.answers ?? []),
      observations: extraEvidence(ws),
      settingsCountry: settings.country === 'OTHER' ? undefined : settings.country,
      wording: wordingOf(settings),
      userWords: ws.draft?.text?.text,
      trajectory: ws.extra.trajectoryState,
    });
    // The answers come from validated sessions; a failure here is a bug, not the person's input.
    if (!made.ok) throw new Error(made.error.message);
    return made.value;
  }

  app.get('/plan', async (c) => {
    const ws = ctx.workspace();
    const report = await plan();
    // A plan built on something the person shared is kept in the history (the general plan
    // shown before any evidence is not worth a record).
    const hasEvidence = (ws.draft?.answers.length ?? 0) > 0 || extraEvidence(ws).length > 0;
    let kept: { ok: true } | { ok: false; message: string } | undefined;
    if (hasEvidence) {
      const saved = await keepPlan(vault(), ws.savedPlan, report);
      if (saved.ok) ws.savedPlan = saved.value;
      // A result the person removed from the history is not announced as kept.
      kept = !saved.ok ? saved : saved.value.id === null ? undefined : { ok: true };
    }
    return c.html(<PlanPage open={open()} plan={report} {...(kept ? { kept } : {})} />);
  });
  app.get('/help', async (c) => c.html(<SafetyCentrePage open={open()} plan={await plan()} />));
}
