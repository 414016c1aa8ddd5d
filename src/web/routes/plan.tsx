/** Plan and safety centre routes: the app's makePlan over the workspace's evidence. */
import type { Hono } from 'hono';
import { makePlan, type PlanReport } from '../../app/plan.js';
import type { AreaContext, WebEnv } from '../app.js';
import { PlanPage, SafetyCentrePage } from '../pages/plan.js';
import { extraEvidence, wordingOf } from './assess.js';

export function registerPlanRoutes(app: Hono<WebEnv>, ctx: AreaContext): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });

  async function plan(): Promise<PlanReport> {
    const ws = ctx.workspace();
    const settings = await ctx.gate.settings();
    const made = makePlan({
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

  app.get('/plan', async (c) => c.html(<PlanPage open={open()} plan={await plan()} />));
  app.get('/help', async (c) => c.html(<SafetyCentrePage open={open()} plan={await plan()} />));
}
