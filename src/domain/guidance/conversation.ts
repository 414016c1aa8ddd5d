/**
 * The conversation planner: from a topic (a cause, or the user's own words) and what the user
 * observed, feels, needs and would like to ask for, an opening in observation–feeling–need–
 * request form, three open questions, listening prompts, timing advice and what to avoid.
 * Under a safety concern it plans no conversation with the partner: it points to help instead.
 */
import type { SafetyBlock } from '../evidence/assessment.js';
import { CAUSE_IDS, type CauseId, type SafetyLevel } from '../knowledge/schema.js';
import { renderQuestionText, type PartnerWording } from '../knowledge/wording.js';
import { reviewDraft, type DraftReview } from './draft-review.js';
import { monitoringExplanation } from './monitoring.js';
import { resourcesFor, type ResourceItem } from './resources.js';
import { safetyGate } from './safety-gate.js';
import type { ConversationTemplate, GuidanceData } from './schema.js';

export type ConversationInput = {
  /** A cause id, or the user's own words about what they want to talk about. */
  topic?: string | undefined;
  observation?: string | undefined;
  feeling?: string | undefined;
  need?: string | undefined;
  request?: string | undefined;
  wording?: PartnerWording | undefined;
  /** The assessment's safety block, when there is one. */
  safety?: SafetyBlock | undefined;
  country?: string | null | undefined;
  /** Things the user has reported (from answers, check-ins), offered as observations to use. */
  observationIdeas?: readonly string[] | undefined;
};

export type OpeningPart = { text: string; fromUser: boolean };

export type ConversationPlan = {
  kind: 'conversation';
  topic: { id: CauseId | 'general'; matchedBy: 'cause' | 'words' | 'default' };
  opening: string;
  parts: {
    observation: OpeningPart;
    feeling: OpeningPart;
    need: OpeningPart;
    request: OpeningPart;
  };
  questions: string[];
  listening: string[];
  timing: string[];
  avoid: string[];
  notes: string[];
  observationIdeas: string[];
  /** The reviewer's look at the opening, pointing at words that may start a fight. */
  review: DraftReview;
};

export type ConversationOutcome =
  | ConversationPlan
  | {
      kind: 'safety';
      level: Exclude<SafetyLevel, 'none'>;
      message: string[];
      resources: ResourceItem[];
    }
  | { kind: 'monitoring'; explanation: string[]; instead: ConversationPlan };

/**
 * Finds the template for a topic: a cause id directly, else the cause whose keywords appear
 * most often in the user's words, else the general template.
 *
 * @example
 * matchTopic(guidanceData(), 'he works late and the money worries') // → external-stress, by words
 */
export function matchTopic(
  data: GuidanceData,
  topic: string | undefined,
): { template: ConversationTemplate; matchedBy: 'cause' | 'words' | 'default' } {
  const general = data.conversation.templates.find((t) => t.topic === 'general');
  if (!general) throw new Error('guidance data has no general conversation template');
  const wanted = topic?.trim().toLowerCase() ?? '';
  if (wanted === '') return { template: general, matchedBy: 'default' };
  const byId = data.conversation.templates.find((t) => t.topic === wanted);
  if (byId) return { template: byId, matchedBy: 'cause' };
  let best: { template: ConversationTemplate; hits: number } | undefined;
  for (const template of data.conversation.templates) {
    const hits = template.keywords.filter((k) => containsWords(wanted, k)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { template, hits };
  }
  return best
    ? { template: best.template, matchedBy: 'words' }
    : { template: general, matchedBy: 'default' };
}

/** True when the topic is one of the cause ids. */
export const isCauseId = (value: string): value is CauseId =>
  (CAUSE_IDS as readonly string[]).includes(value);

/**
 * Plans a conversation, or explains why not.
 *
 * @example
 * const out = planConversation(guidanceData(), { topic: 'external-stress', feeling: 'worried' });
 * if (out.kind === 'conversation') console.log(out.opening);
 */
export function planConversation(
  data: GuidanceData,
  input: ConversationInput,
): ConversationOutcome {
  const wording = input.wording ?? {};
  const render = (t: string) => renderQuestionText(t, wording);
  const gate = safetyGate(input.safety ?? { level: 'none', flags: [] });
  if (gate.level !== 'none') {
    return {
      kind: 'safety',
      level: gate.level,
      message: data.conversation.safetyInstead.map(render),
      resources: resourcesFor(data.resources, input.country, gate),
    };
  }
  const userWords = [input.topic, input.observation, input.request].filter(Boolean).join(' ');
  const monitoring = userWords ? monitoringExplanation(data, userWords, wording) : null;
  if (monitoring) {
    // The worry behind the question is usually where the partner stands: plan that talk instead.
    return {
      kind: 'monitoring',
      explanation: monitoring,
      instead: buildConversation(data, {
        ...input,
        topic: 'disengaging',
        observation: undefined,
        request: undefined,
      }),
    };
  }
  return buildConversation(data, input);
}

function buildConversation(data: GuidanceData, input: ConversationInput): ConversationPlan {
  const wording = input.wording ?? {};
  const render = (t: string) => renderQuestionText(t, wording);
  const { template, matchedBy } = matchTopic(data, input.topic);
  const part = (given: string | undefined, fallback: string, strip: RegExp): OpeningPart => {
    const cleaned = given === undefined ? '' : tidy(given, strip);
    return cleaned
      ? { text: cleaned, fromUser: true }
      : { text: render(fallback), fromUser: false };
  };
  const observation = part(
    input.observation,
    template.observation,
    /^(?:i(?:'ve| have)? notic(?:ed|e)(?: that)?|i see(?: that)?)\s+/i,
  );
  const feeling = part(
    input.feeling,
    template.feeling,
    /^(?:i(?:'m| am)? feel(?:ing)?|i(?:'m| am))\s+/i,
  );
  const need = part(
    input.need,
    template.need,
    /^(?:i need|i'd like|i would like|because i need)\s+/i,
  );
  const request = part(
    input.request,
    template.request,
    /^(?:would you(?: be willing to)?|could you|can you|please)\s+/i,
  );
  const opening = `I've noticed that ${observation.text}. I feel ${feeling.text}, because I need ${need.text}. Would you be willing to ${request.text}?`;
  return {
    kind: 'conversation',
    topic: { id: template.topic, matchedBy },
    opening,
    parts: { observation, feeling, need, request },
    questions: template.questions.slice(0, 3).map(render),
    listening: data.conversation.listening.map(render),
    timing: data.conversation.timing.map(render),
    avoid: data.conversation.avoid.map(render),
    notes: template.notes.map(render),
    observationIdeas: [...(input.observationIdeas ?? [])],
    review: reviewDraft(data.draftReview, opening),
  };
}

/** Trims the user's words to fit the sentence: no leading "I feel", no trailing full stop. */
function tidy(text: string, leading: RegExp): string {
  const trimmed = text
    .trim()
    .replace(/[.!?\s]+$/u, '')
    .replace(leading, '')
    .trim();
  // Mid-sentence now: lower-case a leading common word, but never a name.
  return /^(?:You|Your|We|Our|The|It|There|My|Last|This|Since|When|Lately|Recently|Some|Time|More|Less)\b/.test(
    trimmed,
  )
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

function containsWords(haystack: string, words: string): boolean {
  const escaped = words.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^a-z])${escaped}(?:$|[^a-z])`, 'u').test(haystack);
}
