/**
 * Conversation planner routes over src/app/converse.ts, loaded on the first visit (it brings
 * the guidance data and, through the plan, the text analysis).
 */
import type { Hono } from 'hono';
import type { DraftInput, VaultService } from '../../app/vault.js';
import type { AreaContext, WebEnv } from '../app.js';
import { TalkPage } from '../pages/talk.js';
import { wordingOf } from './assess.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function registerTalkRoutes(
  app: Hono<WebEnv>,
  ctx: AreaContext,
  vault: () => VaultService,
): void {
  const open = () => ({ idleSeconds: ctx.idleSeconds() });
  const converse = () => import('../../app/converse.js');
  const topicList = async () => (await converse()).conversationTopics();

  app.get('/talk', async (c) => c.html(<TalkPage open={open()} topics={await topicList()} />));

  app.post('/talk', async (c) => {
    const { planTalk } = await converse();
    const topics = await topicList();
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
    const { reviewDraftText } = await converse();
    const topics = await topicList();
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

  // Keeping a draft is the person's choice (a button under the review), like `closer converse
  // --draft --vault`: the draft and its review go into the vault, where the history shows them.
  app.post('/talk/keep', async (c) => {
    const { reviewDraftText } = await converse();
    const topics = await topicList();
    const form = await c.req.parseBody();
    const draft = typeof form.draft === 'string' ? form.draft : '';
    const review = reviewDraftText(draft, 'Your draft');
    if (!review.ok)
      return c.html(
        <TalkPage open={open()} topics={topics} draft={draft} error={review.error.message} />,
        400,
      );
    const kept = await vault().drafts.add({
      topic: null,
      text: draft,
      review: JSON.parse(JSON.stringify(review.value)) as DraftInput['review'],
    });
    const page = (
      <TalkPage
        open={open()}
        topics={topics}
        draft={draft}
        review={review.value}
        {...(kept.ok ? { kept: true } : { error: kept.error.message })}
      />
    );
    return c.html(page, kept.ok ? 200 : 400);
  });
}
