/**
 * The conversation use cases shared by the CLI, the web app and the library: plan a talk
 * (or, under a safety concern, point to help instead) and review a draft the user wrote.
 */
import { assess, observationsFromAnswers, type Answers } from '../domain/evidence/index.js';
import type { SafetyBlock } from '../domain/evidence/assessment.js';
import {
  guidanceData,
  isCauseId,
  matchTopic,
  planConversation,
  reviewDraft,
  type ConversationOutcome,
  type DraftReview,
  type GuidanceData,
} from '../domain/guidance/index.js';
import {
  CAUSE_IDS,
  knowledgeBase,
  renderQuestionText,
  type KnowledgeBase,
  type PartnerWording,
} from '../domain/knowledge/index.js';
import { fail, ok, type Result } from '../domain/result.js';
import { chooseCountry } from './plan.js';

export type {
  ConversationOutcome,
  ConversationPlan,
  DraftFinding,
  DraftReview,
} from '../domain/guidance/index.js';

export type ConverseRequest = {
  /** A cause id (`--cause`). */
  cause?: string | undefined;
  /** The user's own words about the topic. */
  topic?: string | undefined;
  observation?: string | undefined;
  feeling?: string | undefined;
  need?: string | undefined;
  request?: string | undefined;
  wording?: PartnerWording;
  /** Answers, for the safety screen and for observations to offer. */
  answers?: Answers | undefined;
  /** The user said, in the planner's own check, that they are afraid of the partner's reaction. */
  afraid?: boolean | undefined;
  country?: string | undefined;
  settingsCountry?: string | undefined;
  locale?: string | undefined;
};

const MAX_DRAFT_CHARS = 20_000;

/** The causes a conversation can be about, with their names, for pickers. */
export function conversationTopics(
  kb: KnowledgeBase = knowledgeBase(),
): { id: string; name: string }[] {
  return CAUSE_IDS.map((id) => ({ id, name: kb.causes.find((c) => c.id === id)?.name ?? id }));
}

/** The suggested words for each part of the opening, for placeholders in a form or prompt. */
export function conversationDefaults(
  topic: string | undefined,
  wording: PartnerWording = {},
  data: GuidanceData = guidanceData(),
): { observation: string; feeling: string; need: string; request: string } {
  const { template } = matchTopic(data, topic);
  const render = (t: string) => renderQuestionText(t, wording);
  return {
    observation: render(template.observation),
    feeling: render(template.feeling),
    need: render(template.need),
    request: render(template.request),
  };
}

/**
 * Plans a conversation. Under a safety concern (from the answers, or the planner's own
 * question) it returns help lines instead of a plan.
 *
 * @example
 * const out = planTalk({ cause: 'external-stress', feeling: 'worried about you' });
 * if (out.ok && out.value.kind === 'conversation') console.log(out.value.opening);
 */
export function planTalk(
  request: ConverseRequest,
  kb: KnowledgeBase = knowledgeBase(),
  data: GuidanceData = guidanceData(),
): Result<ConversationOutcome> {
  if (request.cause !== undefined && !isCauseId(request.cause)) {
    return fail(
      'unknown-cause',
      `unknown cause "${request.cause}" (expected one of: ${CAUSE_IDS.join(', ')})`,
    );
  }
  const country = chooseCountry(request, data);
  if (!country.ok) return country;

  let safety: SafetyBlock = { level: 'none', flags: [] };
  let observationIdeas: string[] = [];
  if (request.answers) {
    const observations = observationsFromAnswers(kb, request.answers);
    if (!observations.ok) return observations;
    const assessment = assess(kb, observations.value);
    safety = assessment.safety;
    const topicCause = request.cause ?? assessment.causes[0]?.id;
    const cause = assessment.causes.find((c) => c.id === topicCause);
    observationIdeas = (cause?.for ?? []).slice(0, 3).map((c) => c.label);
  }
  if (request.afraid) {
    safety = {
      level: safety.level === 'urgent' ? 'urgent' : 'concern',
      flags: [
        ...safety.flags,
        {
          id: 'fear-of-partner',
          level: 'concern',
          provenance: { kind: 'answer', questionId: 'converse.afraid', value: 'yes' },
        },
      ],
    };
  }
  return ok(
    planConversation(data, {
      topic: request.cause ?? request.topic,
      observation: request.observation,
      feeling: request.feeling,
      need: request.need,
      request: request.request,
      wording: request.wording ?? {},
      safety,
      country: country.value.code,
      observationIdeas,
    }),
  );
}

/**
 * Reviews a draft: the words that may start a fight, each with a softer way to say it.
 *
 * @example
 * const review = reviewDraftText('You never listen.', 'draft.txt');
 * if (review.ok) console.log(review.value.findings[0]?.suggestion);
 */
export function reviewDraftText(
  text: string,
  label: string,
  data: GuidanceData = guidanceData(),
): Result<DraftReview> {
  if (text.trim() === '') return fail('empty-draft', `${label}: the draft is empty`);
  if (text.length > MAX_DRAFT_CHARS) {
    return fail(
      'draft-too-long',
      `${label}: the draft has ${text.length} characters; the reviewer reads up to ${MAX_DRAFT_CHARS}`,
    );
  }
  return ok(reviewDraft(data.draftReview, text));
}
