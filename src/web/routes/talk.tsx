/** Conversation planner routes over src/app/converse.ts. */
import type { Hono } from 'hono';
import { conversationTopics, planTalk, reviewDraftText } from '../../app/converse.js';
import type { AreaContext, WebEnv } from '../app.js';
import { TalkPage } from '../pages/talk.js';
import { wordingOf } from './assess.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function registerTalkRoutes(app: Hono<WebEnv>, ctx: AreaContext): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const topics = conversationTopics();

  app.get('/talk', (c) => c.html(<TalkPage open={open()} topics={topics} />));

  app.post('/talk', async (c) => {
    const form = await c.req.parseBody();
    const settings = await ctx.gate.settings();
    const feeling = text(form.feeling);
    const need = text(form.need);
    const outcome = planTalk({
      cause: text(form.cause) || undefined,
      ...(feeling ? { feeling } : {}),
      ...(need ? { need } : {}),
      wording: wordingOf(settings),
      answers: Object.fromEntries(ctx.workspace().draft?.answers ?? []),
      afraid: form.afraid === 'yes',
      settingsCountry: settings.country === 'OTHER' ? undefined : settings.country,
    });
    if (!outcome.ok)
      return c.html(<TalkPage open={open()} topics={topics} error={outcome.error.message} />, 400);
    return c.html(<TalkPage open={open()} topics={topics} outcome={outcome.value} />);
  });

  app.post('/talk/review', async (c) => {
    const form = await c.req.parseBody();
    const draft = typeof form.draft === 'string' ? form.draft : '';
    const review = reviewDraftText(draft, 'Your draft');
    if (!review.ok)
      return c.html(
        <TalkPage open={open()} topics={topics} draft={draft} error={review.error.message} />,
        400,
      );
    return c.html(<TalkPage open={open()} topics={topics} draft={draft} review={review.value} />);
  });
}
