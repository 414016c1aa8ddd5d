/**
 * Assessment routes: the safety screen, the free text, one question at a time, the results and
 * the plan. The state is the ordered list of answers in the workspace; every step rebuilds the
 * app's assessment session from it (src/app/assess.ts), so this file holds no reasoning.
 */
import type { Context, Hono } from 'hono';
import {
  createAssessmentSession,
  listQuestions,
  type AssessmentReport,
  type Observation,
  type PartnerWording,
} from '../../app/assess.js';
import type { VaultService } from '../../app/vault.js';
import type { AreaContext, WebEnv } from '../app.js';
import { goTo } from '../app.js';
import type { Outcome, WebSettings } from '../gate.js';
import {
  DescribePage,
  QuestionPage,
  QuestionPanel,
  ResultsPage,
  StartPage,
} from '../pages/assess.js';
import { keepAssessment } from '../history.js';
import type { Workspace } from '../workspace.js';

/** The free-text use case as the page needs it: the observations found, or one plain line. */
export type TextAnalyser = (
  text: string,
  wording: PartnerWording,
) => Promise<Outcome<{ observations: Observation[] }>>;

const SAFETY_IDS = new Set(
  listQuestions()
    .filter((q) => q.about === 'safety')
    .map((q) => q.id),
);

export const wordingOf = (settings: WebSettings): PartnerWording => {
  const wording: PartnerWording = { pronoun: settings.pronoun };
  if (settings.partnerName) wording.name = settings.partnerName;
  return wording;
};

/** Every observation the assessment weighs besides the answers. */
export function extraEvidence(ws: Workspace) {
  return [...(ws.draft?.text?.observations ?? []), ...ws.extra.trajectory, ...ws.extra.chats];
}

export function sessionFor(ws: Workspace, wording: PartnerWording) {
  return createAssessmentSession({
    wording,
    observations: extraEvidence(ws),
    answers: ws.draft?.answers ?? [],
  });
}

/** The latest report: the draft in progress, or nothing when no assessment was started. */
export function currentReport(
  ws: Workspace,
  wording: PartnerWording,
): AssessmentReport | undefined {
  if (!ws.draft) return undefined;
  return sessionFor(ws, wording).report();
}

export function registerAssessRoutes(
  app: Hono<WebEnv>,
  ctx: AreaContext,
  analyse: TextAnalyser | undefined,
  vault: () => VaultService,
): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const wording = async () => wordingOf(await ctx.gate.settings());

  app.get('/start', (c) =>
    c.html(<StartPage open={open()} inProgress={ctx.workspace().draft !== undefined} />),
  );
  app.post('/start', (c) => {
    const ws = ctx.workspace();
    ws.draft = { answers: [] };
    // A new assessment gets its own plan record; the last one stays in the history.
    delete ws.savedPlan;
    return c.redirect('/q', 303);
  });

  /** Renders the step the session is at: safety question, the free text, a question, or done. */
  async function step(c: Context<WebEnv, string>, error?: string) {
    const ws = ctx.workspace();
    if (!ws.draft) return goTo(c, '/start');
    const w = await wording();
    const session = sessionFor(ws, w);
    const current = session.current();
    // The free text comes right after the safety screen, once.
    if (current.kind !== 'safety' && ws.draft.text === undefined) return goTo(c, '/describe');
    if (current.kind === 'done') return goTo(c, '/results');
    const report = session.report();
    const props = {
      question: current.question,
      kind: current.kind,
      progress: current.progress,
      report,
      answered: ws.draft.answers.find(([id]) => id === current.question.id)?.[1],
      ...(error ? { error } : {}),
    };
    if (c.req.header('hx-request') === 'true') return c.html(<QuestionPanel {...props} isUpdate />);
    return c.html(<QuestionPage {...props} open={open()} />, error ? 400 : 200);
  }

  app.get('/q', (c) => step(c));
  app.post('/q', async (c) => {
    const ws = ctx.workspace();
    if (!ws.draft) return goTo(c, '/start');
    const form = await c.req.parseBody();
    const session = sessionFor(ws, await wording());
    if (form.action === 'back') {
      // Back from the first question after the free text returns to the free text.
      const atFirstQuestion =
        session.current().kind !== 'safety' &&
        ws.draft.text !== undefined &&
        ws.draft.answers.every(([id]) => SAFETY_IDS.has(id));
      if (atFirstQuestion) {
        delete ws.draft.text;
        return goTo(c, '/describe');
      }
      session.back();
      ws.draft.answers = session.history().map(([q, v]) => [q, v]);
      return step(c);
    }
    const questionId = typeof form.questionId === 'string' ? form.questionId : '';
    const value = typeof form.value === 'string' ? form.value : '';
    if (value === '') return step(c, 'Please choose an answer, or “Not sure”.');
    const answered = session.answer(questionId, value);
    if (!answered.ok) return step(c, answered.error.message);
    ws.draft.answers = session.history().map(([q, v]) => [q, v]);
    return step(c);
  });

  app.get('/describe', (c) => {
    const draft = ctx.workspace().draft;
    if (!draft) return c.redirect('/start', 303);
    return c.html(<DescribePage open={open()} text={draft.text?.text ?? ''} />);
  });
  app.post('/describe', async (c) => {
    const draft = ctx.workspace().draft;
    if (!draft) return c.redirect('/start', 303);
    const form = await c.req.parseBody();
    const text = typeof form.text === 'string' ? form.text.trim() : '';
    if (form.action === 'skip' || text === '' || !analyse) {
      draft.text = null;
      return c.redirect('/q', 303);
    }
    const found = await analyse(text, await wording());
    if (!found.ok)
      return c.html(<DescribePage open={open()} text={text} error={found.message} />, 400);
    draft.text = { text, observations: found.value.observations };
    return c.redirect('/q', 303);
  });

  app.get('/results', async (c) => {
    const ws = ctx.workspace();
    const report = currentReport(ws, await wording());
    const sources = {
      answers: ws.draft?.answers.length ?? 0,
      text: Boolean(ws.draft?.text),
      checkins: ws.extra.trajectory.length,
      chats: ws.extra.chats.length,
    };
    // The result as shown is what the history keeps: once the person has answered something,
    // each result they look at replaces the earlier one of the same assessment.
    let kept: { ok: true } | { ok: false; message: string } | undefined;
    if (report && ws.draft && ws.draft.answers.length > 0) {
      const saved = await keepAssessment(vault(), ws.draft.saved, {
        answers: ws.draft.answers,
        text: ws.draft.text?.text ?? null,
        report,
        sources,
      });
      if (saved.ok) ws.draft.saved = saved.value;
      // A result the person removed from the history is not announced as kept.
      kept = !saved.ok ? saved : saved.value.id === null ? undefined : { ok: true };
    }
    return c.html(
      <ResultsPage open={open()} report={report} sources={sources} {...(kept ? { kept } : {})} />,
    );
  });
}
