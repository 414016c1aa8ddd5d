/**
 * Sentences → clauses, each with who is doing what (its actor), whether it is hedged, and the
 * negations in it. A clause is the unit a signal is read in: "I have been busy but he has been
 * distant" is two clauses with two different actors.
 */
import { actorAt, isSubjectAt, type Actor, type PartnerRefs } from './references.js';
import type { Sentence, Token } from './tokenizer.js';

export type Clause = {
  start: number;
  end: number;
  tokens: Token[];
  actor: Actor;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** A hedge ("maybe", "I think", "sometimes") bears on this clause. */
  isHedged: boolean;
  /** "I don't think he is stressed": a negation raised from the reporting verb. */
  hasRaisedNegation: boolean;
};

/** Openers of a subordinate clause, whose subject is not handed on to the main clause. */
const SUBORDINATORS = new Set([
  'because',
  'cause',
  'cos',
  'coz',
  'since',
  'when',
  'whenever',
  'while',
  'although',
  'though',
  'whereas',
  'if',
  'after',
  'before',
  'until',
  'unless',
]);
/** Words that open a new clause wherever they appear: the subordinators, "but" and "yet". */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'but', 'yet']);
/** Words that open a new clause only when a new subject follows ("and he ignores me"). */
const SOFT_OPENERS = new Set(['and', 'or', 'so', 'then', 'plus']);
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '…', '...']);

/** Subjects that name no one: "it's just that …", "there's …", "that was when …". */
const IMPERSONAL_SUBJECTS = new Set(['it', "it's", 'this', 'that', 'there', "there's"]);

/** "'s just that", "is only that", "was simply that" after an impersonal subject. */
function isMinimisingFrame(tokens: readonly Token[], at: number): boolean {
  const words = tokens.slice(at, at + 3).map((t) => t.lower);
  const [verb, adverb, that] = words;
  return (
    ["'s", 'is', 'was'].includes(verb ?? '') &&
    ['just', 'only', 'simply', 'mostly', 'more'].includes(adverb ?? '') &&
    that === 'that'
  );
}

/** Negation cues. "barely", "hardly" are left out: in "he barely talks" they ARE the signal. */
export const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'cannot',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "won't",
  "can't",
  "hasn't",
  "haven't",
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'cant',
  'wont',
]);

/** Single-word hedges. */
const HEDGE_WORDS = new Set([
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'might',
  'apparently',
  'seems',
  'seem',
  'seemed',
  'sometimes',
  'occasionally',
  'kinda',
  'somewhat',
  'guess',
  'suppose',
  'wonder',
  'unsure',
]);
/** Multi-word hedges, matched on the lower-cased clause text. */
const HEDGE_PHRASES =
  /\b(?:i think|i thought|i feel like|not sure|kind of|sort of|a bit|a little|could be|i suspect|i'm not certain|hard to say|or something|i don't know if|idk)\b/;

/** Verbs after which "I …" introduces someone else's clause: "I think he is stressed". */
const REPORTING = new Set([
  'think',
  'thought',
  'guess',
  'feel',
  'felt',
  'suppose',
  'suspect',
  'believe',
  'know',
  'knew',
  'notice',
  'noticed',
  'realise',
  'realised',
  'realize',
  'realized',
  'see',
  'saw',
  'found',
  'find',
  'heard',
  'reckon',
  'wonder',
  'worry',
  'doubt',
  'sense',
  'imagine',
  'get',
]);
const FILLERS = new Set(['that', 'like', 'if', 'out', 'as', 'though', 'whether']);
const AUXILIARY = new Set([
  'do',
  'did',
  'have',
  "'ve",
  'really',
  'just',
  'honestly',
  'kind',
  'of',
  'sort',
  'also',
  'even',
  'sometimes',
  'genuinely',
]);

/**
 * Finds the subject of a clause, looking past openers, adverbs and "I think (that)".
 * Returns the actor and whether a negation was raised ("I don't think he…").
 */
function subjectOf(tokens: readonly Token[], refs: PartnerRefs): { actor: Actor; raised: boolean } {
  let i = 0;
  const limit = Math.min(tokens.length, 8);
  while (i < limit) {
    const token = tokens[i];
    if (!token) break;
    if (
      token.pos === 'PUNCT' ||
      token.pos === 'CCONJ' ||
      token.pos === 'SCONJ' ||
      token.pos === 'INTJ' ||
      (token.pos === 'ADV' && !['there', 'nothing'].includes(token.lower)) ||
      CLAUSE_OPENERS.has(token.lower) ||
      SOFT_OPENERS.has(token.lower)
    ) {
      i += 1;
      continue;
    }
    const found = actorAt(tokens, i, refs);
    if (!found || !isSubjectAt(tokens, i, found)) {
      i += 1;
      continue;
    }
    // "It's just that he keeps the keys": a minimising frame names no one, so the person after
    // it is the one who acts ("it's not that …" keeps its old reading).
    if (IMPERSONAL_SUBJECTS.has(token.lower) && isMinimisingFrame(tokens, i + found.length)) {
      i += found.length;
      continue;
    }
    if (found.actor === 'self') {
      // "I (don't) think (that) he …" → the embedded subject, with any negation raised.
      let j = i + 1;
      let raised = false;
      while (j < tokens.length && j < i + 5) {
        const w = tokens[j]?.lower ?? '';
        if (NEGATORS.has(w)) raised = true;
        else if (!AUXILIARY.has(w)) break;
        j += 1;
      }
      if (REPORTING.has(tokens[j]?.lower ?? '')) {
        let k = j + 1;
        while (k < tokens.length && FILLERS.has(tokens[k]?.lower ?? '')) k += 1;
        const embedded = actorAt(tokens, k, refs);
        if (embedded && embedded.actor !== 'self' && isSubjectAt(tokens, k, embedded))
          return { actor: embedded.actor, raised };
      }
    }
    return { actor: found.actor, raised: false };
  }
  return { actor: 'unknown', raised: false };
}

function startsSubject(tokens: readonly Token[], i: number, refs: PartnerRefs): boolean {
  const found = actorAt(tokens, i, refs);
  return found !== undefined && found.actor !== 'other' && isSubjectAt(tokens, i, found);
}

/** Splits sentences into clauses and resolves each clause's actor. */
export function clausesOf(sentences: readonly Sentence[], refs: PartnerRefs): Clause[] {
  const clauses: Clause[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const groups: Token[][] = [];
    let current: Token[] = [];
    const tokens = sentence.tokens;
    tokens.forEach((token, i) => {
      const isBreak = BREAKS.has(token.text);
      // "and he ignores me" starts a clause with its own subject; "and has lost interest"
      // starts one that carries the subject over (resolved below).
      const next = tokens[i + 1];
      const opens =
        CLAUSE_OPENERS.has(token.lower) ||
        (SOFT_OPENERS.has(token.lower) &&
          (startsSubject(tokens, i + 1, refs) || next?.pos === 'VERB' || next?.pos === 'AUX'));
      if ((isBreak || opens) && current.length > 0) {
        groups.push(current);
        current = [];
      }
      if (!isBreak) current.push(token);
    });
    if (current.length > 0) groups.push(current);

    let previous: Actor = 'unknown';
    // The subject a subjectless clause inherits: the last one of a main (not subordinate)
    // clause. In "he barely notices when I dress up, goes stiff when I hug him" the one who
    // goes stiff is "he", not the "I" of the "when" clause between.
    let mainSubject: Actor = 'unknown';
    // A hedge carries over list-like continuations ("maybe he is tired, distracted") but not
    // past a real clause opener ("…, but I have been busy").
    let carriedHedge = false;
    for (const group of groups) {
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) continue;
      const { actor, raised } = subjectOf(group, refs);
      const isSubordinate = SUBORDINATORS.has(first.lower);
      const inherited: Actor = !isSubordinate && mainSubject !== 'unknown' ? mainSubject : previous;
      const resolved: Actor = actor === 'unknown' ? inherited : actor;
      previous = resolved;
      if (!isSubordinate) mainSubject = resolved;
      const words = group.map((t) => t.lower);
      if (CLAUSE_OPENERS.has(first.lower)) carriedHedge = false;
      const isHedged: boolean =
        carriedHedge ||
        words.some((w) => HEDGE_WORDS.has(w)) ||
        HEDGE_PHRASES.test(words.join(' '));
      carriedHedge = isHedged;
      clauses.push({
        start: first.start,
        end: last.end,
        tokens: group,
        actor: resolved,
        sentence: sentenceIndex,
        isHedged,
        hasRaisedNegation: raised,
      });
    }
  });
  return clauses;
}

/**
 * True if a negation cue stands in the clause before `at` (within `window` tokens), or was
 * raised from "I don't think …". "never used to" is a contrast, not a negation.
 */
export function isNegatedBefore(clause: Clause, at: number, window = 5): boolean {
  if (clause.hasRaisedNegation) return true;
  const before = clause.tokens.filter((t) => t.end <= at);
  const recent = before.slice(-window);
  return recent.some((t, i) => {
    if (!NEGATORS.has(t.lower)) return false;
    const next = recent[i + 1]?.lower;
    const nextNext = recent[i + 2]?.lower;
    if (next === 'used' || nextNext === 'used' || next === 'only' || next === 'just') return false;
    return true;
  });
}
