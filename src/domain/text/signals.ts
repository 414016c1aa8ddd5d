/**
 * Signals from free text: the lexicon (./lexicon.ts) read clause by clause, with who is doing
 * what, negation and hedges, plus the signals that time expressions carry (onset, pace, how long
 * together, the event the distance followed).
 */
import { NEGATORS, isNegatedBefore, type Clause } from './clauses.js';
import { FRAMES } from './frame-lexicon.js';
import { findFrames } from './frames.js';
import { LEXICON, type LexiconActor } from './lexicon.js';
import { matchesIn } from './patterns.js';
import type { Actor, PartnerRefs } from './references.js';
import { actorNear, type SetAside } from './safety.js';
import { EVENT_PATTERNS, type EventKind, type TimeExpression } from './time.js';

export type SignalHit = { id: string; value: number; start: number; end: number };

export type SignalInput = {
  masked: string;
  plain: string;
  clauses: readonly Clause[];
  refs: PartnerRefs;
  compile: (sources: readonly string[]) => RegExp;
  times: readonly TimeExpression[];
  /** Sentence spans: a match never runs across a sentence end. */
  sentences: readonly { start: number; end: number }[];
};

/** Strength of a hedged statement ("maybe", "I think", "sometimes"). */
export const HEDGED_STRENGTH = 0.5;

const ACCEPTS: Record<LexiconActor, (actor: Actor) => boolean> = {
  // "We barely touch each other" speaks for the partner too.
  partner: (a) => a === 'partner' || a === 'unknown' || a === 'couple',
  self: (a) => a === 'self' || a === 'unknown',
  couple: (a) => a === 'couple' || a === 'unknown',
  any: () => true,
};

/** What each kind of event says: the specific context signal and its group. */
/** The user's own relative or pet died: "when my brother died", "after my cat passed". */
const OWN_LOSS =
  /\bmy\s+(?!partner\b|husband\b|wife\b|boyfriend\b|girlfriend\b|bf\b|gf\b)\w+\s+(?:had\s+)?(?:died|passed|was\s+killed)\b/i;

export const EVENT_SIGNALS: Record<EventKind, { specific?: string; group: string }> = {
  'loss-job': { specific: 'context.loss-job', group: 'context.event-loss' },
  'loss-bereavement': { specific: 'context.loss-bereavement', group: 'context.event-loss' },
  'loss-plan': { specific: 'context.loss-plan', group: 'context.event-loss' },
  'new-start-career': { specific: 'context.new-start-career', group: 'context.event-new-start' },
  'new-start-study': { specific: 'context.new-start-study', group: 'context.event-new-start' },
  'new-start-fitness': { specific: 'context.new-start-fitness', group: 'context.event-new-start' },
  'new-start-commitment': {
    specific: 'context.new-start-commitment',
    group: 'context.event-new-start',
  },
  'closer-step': { group: 'context.event-closer-step' },
  conflict: { group: 'context.event-conflict' },
  'stress-work': { specific: 'context.stress-work', group: 'context.event-hardship' },
  'stress-money': { specific: 'context.stress-money', group: 'context.event-hardship' },
  'stress-caregiving': { specific: 'context.stress-caregiving', group: 'context.event-hardship' },
  'stress-health': { specific: 'context.stress-health', group: 'context.event-hardship' },
  'stress-legal': { specific: 'context.stress-legal', group: 'context.event-hardship' },
};

/**
 * An onset counts as the start of the distance only in a sentence about change or distance:
 * "last week he choked me" dates an incident, not the pulling away.
 */
const CHANGE_CUES =
  /\b(?:distant|distance|pull\w*|withdr\w*|cold|quiet|chang\w*|different|himself|herself|themselves|drift\w*|stopped|started|start|began|begun|less|barely|hardly|off|shut\w*|ignor\w*|busy|stressed|tired|work\w*|away|like\s+this|this\s+way|going\s+on|noticed|been)\b/i;

/** Onset in months → the knowledge base's distance signals. */
export function distanceSignal(months: number): string {
  if (months <= 1.5) return 'relationship.distance-days-to-weeks';
  if (months <= 6) return 'relationship.distance-one-to-six-months';
  return 'relationship.distance-over-six-months';
}

/** Months together → the knowledge base's duration signals. */
export function durationSignal(months: number): string {
  if (months < 6) return 'relationship.duration-under-6-months';
  if (months <= 36) return 'relationship.duration-6-to-36-months';
  return 'relationship.duration-over-3-years';
}

const hasNegator = (clause: Clause, start: number, end: number) =>
  clause.tokens.some((t) => t.start >= start && t.end <= end && NEGATORS.has(t.lower));

/** Words of rarity: "they rarely tell me what is bothering them" is not sharing worries. */
const RARELY = new Set(['rarely', 'seldom', 'barely', 'hardly', 'scarcely']);

/** A rarity word just before a match that has none of its own turns the statement around. */
const isRarelyBefore = (clause: Clause, start: number, end: number) =>
  clause.tokens
    .filter((t) => t.end <= start)
    .slice(-2)
    .some((t) => RARELY.has(t.lower)) &&
  !clause.tokens.some((t) => t.start >= start && t.end <= end && RARELY.has(t.lower));

/** At most this many quotes per signal: enough to show, not a wall of repeats. */
const MAX_QUOTES = 3;

export function findSignals(input: SignalInput): { hits: SignalHit[]; setAside: SetAside[] } {
  const { plain, clauses, refs, compile, times, sentences } = input;
  const hits: SignalHit[] = [];
  const setAside: SetAside[] = [];
  const clauseAt = (at: number) => clauses.find((c) => c.start <= at && at < c.end);
  const strengthAt = (at: number) => (clauseAt(at)?.isHedged ? HEDGED_STRENGTH : 1);

  // Each pattern runs once over the whole text; a match must stay inside one sentence and is
  // read in the clause where it starts.
  const located = (re: RegExp) =>
    matchesIn(plain, 0, plain.length, re).flatMap((m) => {
      const clause = clauseAt(m.start);
      const sentence = clause ? sentences[clause.sentence] : undefined;
      return clause && sentence && m.end <= sentence.end ? [{ m, clause }] : [];
    });

  for (const entry of LEXICON) {
    const re = compile(entry.patterns);
    for (const { m, clause } of located(re)) {
      if (
        (!hasNegator(clause, m.start, m.end) && isNegatedBefore(clause, m.start)) ||
        isRarelyBefore(clause, m.start, m.end)
      ) {
        setAside.push({ kind: 'signal', id: entry.id, ...m, reason: 'negated' });
        continue;
      }
      if (!ACCEPTS[entry.actor](actorNear(clause, m.start, refs))) {
        setAside.push({ kind: 'signal', id: entry.id, ...m, reason: 'someone-else' });
        continue;
      }
      hits.push({ id: entry.id, value: clause.isHedged ? HEDGED_STRENGTH : 1, ...m });
    }
  }

  // Clause frames: the same signals read as who does what over concept fields, so wording
  // the phrase lexicon has never seen is still understood.
  const framed = findFrames(FRAMES, {
    plain,
    clauses,
    refs,
    actorAt: (clause, at) => actorNear(clause, at, refs),
    accepts: (who, actor) => ACCEPTS[who](actor),
    hedgedStrength: HEDGED_STRENGTH,
  });
  hits.push(...framed.hits);
  for (const aside of framed.setAside) setAside.push({ kind: 'signal', ...aside });

  // Events named anywhere (not only after "since"): the circumstance itself is a signal.
  for (const [kind, sources] of Object.entries(EVENT_PATTERNS) as [
    EventKind,
    readonly string[],
  ][]) {
    const specific = EVENT_SIGNALS[kind].specific;
    if (!specific) continue;
    const re = compile(sources);
    for (const { m, clause } of located(re)) {
      if (isNegatedBefore(clause, m.start) && !hasNegator(clause, m.start, m.end)) continue;
      const lead = plain.slice(Math.max(clause.start, m.start - 12), m.end);
      if (actorNear(clause, m.start, refs) === 'self' && /\bmy\b/i.test(lead)) continue;
      // "my grandad died": the user's own loss or change, not the partner's circumstance.
      if (/\bmy\s+(?:\w+\s+)?$/i.test(plain.slice(clause.start, m.start))) continue;
      // "When my brother died she organised the funeral": the user's own bereavement, told in
      // the same sentence, not a loss of the partner's.
      if (kind === 'loss-bereavement') {
        const at = sentences.find((x) => x.start <= m.start && m.start < x.end);
        const around = at ? plain.slice(at.start, at.end) : '';
        if (
          /\bmy\s+(?!partner\b|husband\b|wife\b|boyfriend\b|girlfriend\b)\w+\s+(?:had\s+)?(?:died|passed|was\s+killed)\b/i.test(
            around,
          )
        )
          continue;
      }
      hits.push({ id: specific, value: clause.isHedged ? HEDGED_STRENGTH : 1, ...m });
    }
  }

  for (const time of times) {
    const span = { start: time.start, end: time.end };
    const value = strengthAt(time.start);
    switch (time.kind) {
      case 'onset': {
        const sentence = sentences.find((x) => x.start <= time.start && time.start < x.end);
        const around = sentence ? plain.slice(sentence.start, sentence.end) : '';
        if (time.months !== undefined && CHANGE_CUES.test(around.replace(time.quote, ' ')))
          hits.push({ id: distanceSignal(time.months), value, ...span });
        break;
      }
      case 'together':
        hits.push({ id: durationSignal(time.months), value, ...span });
        break;
      case 'pace':
        hits.push({
          id: time.pace === 'sudden' ? 'relationship.change-sudden' : 'relationship.change-gradual',
          value,
          ...span,
        });
        break;
      case 'always':
        hits.push({ id: 'relationship.always-been-this-way', value, ...span });
        break;
      case 'event': {
        // "since I…", and "when my brother died": the user's own change or loss, not the partner's.
        const isOwn = /^(?:ever\s+)?(?:since|after|when)\s+I\b/i.test(time.quote);
        const isOwnLoss = OWN_LOSS.test(time.quote);
        // "Something happened first" weighs for a strain on the partner: the user's own loss is
        // not one (it was counted as one, and put stress first for a partner who froze at it).
        if (!isOwnLoss) hits.push({ id: 'context.event-preceded', value, ...span });
        if (time.event && !isOwn && !isOwnLoss) {
          const { specific, group } = EVENT_SIGNALS[time.event];
          hits.push({ id: group, value, ...span });
          if (specific) hits.push({ id: specific, value, ...span });
        }
        break;
      }
    }
  }
  return { hits: tidy(hits), setAside };
}

/** Drops repeats: one hit per signal per place, at most MAX_QUOTES per signal, in text order. */
function tidy(hits: SignalHit[]): SignalHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SignalHit[] = [];
  const count = new Map<string, number>();
  for (const hit of sorted) {
    const clash = kept.find((k) => k.id === hit.id && k.start < hit.end && hit.start < k.end);
    if (clash) {
      clash.value = Math.max(clash.value, hit.value);
      continue;
    }
    const n = count.get(hit.id) ?? 0;
    if (n >= MAX_QUOTES) continue;
    count.set(hit.id, n + 1);
    kept.push({ ...hit });
  }
  return kept;
}
