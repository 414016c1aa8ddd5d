/**
 * Clause frames: who does what to whom, in concept fields rather than literal phrases.
 *
 * A frame is a short sequence of parts read in order through one sentence — a field of lemmas
 * (`@recoil`), literal words (`when|whenever`), the partner (`<P>`) or the user (`<I>`) — with
 * at most a few words between parts (`~8` widens the next gap). One part is the key (`!`,
 * first by default): its clause must have the right actor ("she flinches when I touch her" is
 * the partner's recoil; "I flinch" is not), and negation is read before it. Polarity `neg`
 * needs a negation or decline ("doesn't", "never", "barely", "stopped") before the key; `plain`
 * sets a negated match aside; `change` also asks the sentence to speak of change ("anymore",
 * "used to", "the way … used to", "since").
 */
import { NEGATORS, type Clause } from './clauses.js';
import { compileEntries, FIELDS, isNumberSet, isNumberWord, type Entry } from './concepts.js';
import type { LexiconActor } from './lexicon.js';
import { isPartnerWord, type Actor, type PartnerRefs } from './references.js';
import type { Token } from './tokenizer.js';

export type FramePolarity = 'plain' | 'neg';

export type Frame = {
  id: string;
  who: LexiconActor;
  pol: FramePolarity;
  spec: string;
  /** The sentence must speak of a change ("anymore", "used to", "since", "now"). */
  change?: boolean;
  /** Only as things are now: "used to", "stopped", "no longer" before the key set it aside. */
  now?: boolean;
};

/** A word of the sentence as frames read it: punctuation dropped, "I'm" split in two. */
type Word = { lower: string; start: number; end: number; clause: number; token: Token };

type Part = {
  entries: Entry[];
  byFirst: Map<string, Entry[]>;
  hasNumber: boolean;
  special?: 'partner' | 'self';
  /** Most words allowed between the previous part and this one. */
  gap: number;
};

type CompiledFrame = Frame & { parts: Part[]; key: number };

const DEFAULT_GAP = 2;

function compilePart(source: string, gap: number): Part {
  if (source === '<P>' || source === '<I>')
    return {
      entries: [],
      byFirst: new Map(),
      hasNumber: false,
      special: source === '<P>' ? 'partner' : 'self',
      gap,
    };
  const entries: Entry[] = source
    .split('|')
    .flatMap((alt) => (alt.startsWith('@') ? fieldEntries(alt.slice(1)) : [literalEntry(alt)]));
  const byFirst = new Map<string, Entry[]>();
  let hasNumber = false;
  for (const entry of entries) {
    const first = entry[0];
    if (!first) continue;
    if (isNumberSet(first)) hasNumber = true;
    for (const form of first) byFirst.set(form, [...(byFirst.get(form) ?? []), entry]);
  }
  return { entries, byFirst, hasNumber, gap };
}

/** A literal word or `+`-joined phrase, matched as written (no inflection). */
const literalEntry = (alt: string): Entry =>
  alt
    .split('+')
    .flatMap(splitContraction)
    .map((x) => new Set([x]));

const fieldCache = new Map<string, Entry[]>();

/** A field's entries, inflected, with contractions split the way the tokenizer splits them. */
function fieldEntries(name: string): Entry[] {
  const cached = fieldCache.get(name);
  if (cached) return cached;
  if (!(name in FIELDS)) throw new Error(`unknown concept field @${name}`);
  const raw: readonly string[] = FIELDS[name as keyof typeof FIELDS];
  const entries = compileEntries(raw).map((entry, i) => {
    const words = (raw[i] ?? '').split('+');
    if (!words.some((w) => /'|n't$/.test(w))) return entry;
    return words.flatMap((w, j) => {
      const pieces = splitContraction(w);
      return pieces.length === 1 ? [entry[j] ?? new Set([w])] : pieces.map((p) => new Set([p]));
    });
  });
  fieldCache.set(name, entries);
  return entries;
}

/** "don't" → do + n't, "he's" → he + 's, as wink tokenizes them. */
function splitContraction(word: string): string[] {
  const lower = word.toLowerCase();
  const special: Record<string, string[]> = {
    "can't": ['ca', "n't"],
    "won't": ['wo', "n't"],
    "don't": ['do', "n't"],
  };
  if (special[lower]) return special[lower];
  const m = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/.exec(lower);
  return m?.[1] && m[2] ? [m[1], m[2]] : [lower];
}

function compileFrame(frame: Frame): CompiledFrame {
  const parts: Part[] = [];
  let gap = DEFAULT_GAP;
  let key = 0;
  for (const piece of frame.spec.trim().split(/\s+/)) {
    const widen = /^~(\d+)$/.exec(piece);
    if (widen) {
      gap = Number(widen[1]);
      continue;
    }
    const isKey = piece.startsWith('!');
    if (isKey) key = parts.length;
    parts.push(compilePart(isKey ? piece.slice(1) : piece, gap));
    gap = DEFAULT_GAP;
  }
  return { ...frame, parts, key };
}

/** True if every word of `entry` matches from word `i` on. */
function entryAt(entry: Entry, words: readonly Word[], i: number): boolean {
  for (let k = 0; k < entry.length; k += 1) {
    const set = entry[k];
    const w = words[i + k];
    if (!set || !w) return false;
    if (isNumberSet(set) ? !isNumberWord(w.lower) : !set.has(w.lower)) return false;
  }
  return true;
}

/** Length in words of the longest entry of `part` starting at `i`, or 0. */
function matchPart(part: Part, words: readonly Word[], i: number, refs: PartnerRefs): number {
  const word = words[i];
  if (!word) return 0;
  if (part.special === 'partner') return isPartnerWord(word.token, refs) ? 1 : 0;
  if (part.special === 'self') return SELF_WORDS.has(word.lower) ? 1 : 0;
  let best = 0;
  const direct = part.byFirst.get(word.lower);
  if (direct)
    for (const entry of direct)
      if (entry.length > best && entryAt(entry, words, i)) best = entry.length;
  if (part.hasNumber && isNumberWord(word.lower))
    for (const entry of part.entries)
      if (entry[0] && isNumberSet(entry[0]) && entry.length > best && entryAt(entry, words, i))
        best = entry.length;
  return best;
}

const SELF_WORDS = new Set(['i', 'me', 'my', 'myself', 'mine']);
const NO_FRAMES: readonly CompiledFrame[] = [];

type Span = { start: number; end: number }[];

/** Finds the parts in order from word `from`; returns each part's word span, or undefined. */
function matchFrom(
  frame: CompiledFrame,
  words: readonly Word[],
  from: number,
  refs: PartnerRefs,
): Span | undefined {
  const spans: Span = [];
  return stepFrom(frame, words, refs, spans, 0, from) ? spans : undefined;
}

/** Depth-first: part `p` somewhere in its gap after `at`, then the rest from there. */
function stepFrom(
  frame: CompiledFrame,
  words: readonly Word[],
  refs: PartnerRefs,
  spans: Span,
  p: number,
  at: number,
): boolean {
  const part = frame.parts[p];
  if (!part) return true;
  const last = p === 0 ? at : Math.min(words.length - 1, at + part.gap);
  for (let i = at; i <= last; i += 1) {
    const length = matchPart(part, words, i, refs);
    if (length > 0) {
      spans[p] = { start: i, end: i + length };
      if (stepFrom(frame, words, refs, spans, p + 1, i + length)) return true;
    }
  }
  return false;
}

const DECLINE = new Set([
  'barely',
  'hardly',
  'rarely',
  'seldom',
  'stopped',
  'stop',
  'stops',
  'quit',
]);
const CHANGE =
  /\b(?:any\s?more|used\s+to|these\s+days|lately|no\s+longer|like\s+before|since|now|not\s+as|stopped|(?:for|in)\s+(?:weeks|months|ages|a\s+while))\b/i;

function negatorAt(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || !NEGATORS.has(w.lower)) return false;
  const next = words[i + 1]?.lower;
  const nextNext = words[i + 2]?.lower;
  return next !== 'used' && nextNext !== 'used' && next !== 'only' && next !== 'just';
}

/** A negation (or, with `decline`, a fall: barely, stopped) in the key's clause just before it. */
function isNegatedAt(
  words: readonly Word[],
  key: number,
  decline: boolean,
  clause: Clause,
  now = false,
): boolean {
  if (clause.hasRaisedNegation) return true;
  const keyWord = words[key];
  if (!keyWord) return false;
  for (let i = key - 1; i >= Math.max(0, key - 5); i -= 1) {
    const w = words[i];
    if (!w || w.clause !== keyWord.clause) break;
    if (negatorAt(words, i)) return true;
    if (decline && DECLINE.has(w.lower)) return true;
    if (now && (PAST_HABIT.has(w.lower) || (w.lower === 'used' && words[i + 1]?.lower === 'to')))
      return true;
  }
  return false;
}

/** Before a "still …" signal these say it is over: "stopped planning", "no longer kind". */
const PAST_HABIT = new Set(['stopped', 'quit', 'longer', 'once']);

export type FrameHit = { id: string; value: number; start: number; end: number };
export type FrameSetAside = {
  id: string;
  start: number;
  end: number;
  reason: 'negated' | 'someone-else';
};

export type FrameInput = {
  plain: string;
  clauses: readonly Clause[];
  refs: PartnerRefs;
  /** Who a clause's words at `at` are about (the nearest subject before them). */
  actorAt: (clause: Clause, at: number) => Actor;
  accepts: (who: LexiconActor, actor: Actor) => boolean;
  hedgedStrength: number;
};

type FrameSet = {
  /** Frames by the word forms their first part can start with. */
  byHead: Map<string, CompiledFrame[]>;
  /** Frames whose first part is the partner, the user or a number: tried at every word. */
  always: CompiledFrame[];
};
const compiledSets = new WeakMap<readonly Frame[], FrameSet>();

function compileSet(frames: readonly Frame[]): FrameSet {
  const byHead = new Map<string, CompiledFrame[]>();
  const always: CompiledFrame[] = [];
  for (const frame of frames.map(compileFrame)) {
    const head = frame.parts[0];
    if (!head) continue;
    if (head.special || head.hasNumber) always.push(frame);
    for (const form of head.byFirst.keys()) {
      const list = byHead.get(form) ?? [];
      if (!list.includes(frame)) list.push(frame);
      byHead.set(form, list);
    }
  }
  return { byHead, always };
}

/** Reads every frame over every sentence. */
export function findFrames(
  frames: readonly Frame[],
  input: FrameInput,
): { hits: FrameHit[]; setAside: FrameSetAside[] } {
  let set = compiledSets.get(frames);
  if (!set) {
    set = compileSet(frames);
    compiledSets.set(frames, set);
  }
  const { clauses, refs, plain } = input;
  const hits: FrameHit[] = [];
  const setAside: FrameSetAside[] = [];
  for (const words of sentencesOf(clauses)) {
    const first = words[0];
    const lastWord = words[words.length - 1];
    if (!first || !lastWord) continue;
    const speaksOfChange = CHANGE.test(plain.slice(first.start, lastWord.end));
    // A frame may match again only after its previous match in this sentence ends.
    const resumeAt = new Map<CompiledFrame, number>();
    words.forEach((word, i) => {
      const tryFrame = (frame: CompiledFrame) => {
        if (frame.change && !speaksOfChange) return;
        if ((resumeAt.get(frame) ?? 0) > i) return;
        const spans = matchFrom(frame, words, i, refs);
        if (!spans) return;
        const firstSpan = spans[0];
        const lastSpan = spans[spans.length - 1];
        const keySpan = spans[frame.key];
        if (!firstSpan || !lastSpan || !keySpan) return;
        resumeAt.set(frame, lastSpan.end);
        const keyWord = words[keySpan.start];
        const startWord = words[firstSpan.start];
        const endWord = words[lastSpan.end - 1];
        const clause = keyWord ? clauses[keyWord.clause] : undefined;
        if (!keyWord || !startWord || !endWord || !clause) return;
        const span = { start: startWord.start, end: endWord.end };
        const negated = isNegatedAt(words, keySpan.start, frame.pol === 'neg', clause, frame.now);
        if (frame.pol === 'neg' ? !negated : negated) {
          if (frame.pol === 'plain') setAside.push({ id: frame.id, ...span, reason: 'negated' });
          return;
        }
        if (!input.accepts(frame.who, input.actorAt(clause, keyWord.start))) {
          setAside.push({ id: frame.id, ...span, reason: 'someone-else' });
          return;
        }
        hits.push({ id: frame.id, value: clause.isHedged ? input.hedgedStrength : 1, ...span });
      };
      for (const frame of set.byHead.get(word.lower) ?? NO_FRAMES) tryFrame(frame);
      for (const frame of set.always)
        if (frame.parts[0] && matchPart(frame.parts[0], words, i, refs) > 0) tryFrame(frame);
    });
  }
  return { hits, setAside };
}

/** The words of each sentence, in order, each knowing its clause. */
function sentencesOf(clauses: readonly Clause[]): Word[][] {
  const out: Word[][] = [];
  let current: Word[] = [];
  let sentence = -1;
  clauses.forEach((clause, index) => {
    if (clause.sentence !== sentence) {
      if (current.length > 0) out.push(current);
      current = [];
      sentence = clause.sentence;
    }
    for (const token of clause.tokens) {
      if (token.pos === 'PUNCT' || (token.pos === 'SYM' && !/\d/.test(token.lower))) continue;
      const split = /^(i|you|we|he|she|they|it|that|there|what)('m|'s|'re|'ve|'ll|'d)$/.exec(
        token.lower,
      );
      if (split?.[1] && split[2]) {
        const cut = token.start + split[1].length;
        current.push({ lower: split[1], start: token.start, end: cut, clause: index, token });
        current.push({ lower: split[2], start: cut, end: token.end, clause: index, token });
      } else
        current.push({
          lower: token.lower,
          start: token.start,
          end: token.end,
          clause: index,
          token,
        });
    }
  });
  if (current.length > 0) out.push(current);
  return out.map(withoutFillers);
}

/** Degree words that never carry the meaning of a frame, read as if absent. */
const FILLER_ADVERBS = new Set([
  'totally',
  'completely',
  'basically',
  'literally',
  'actually',
  'honestly',
  'kinda',
  'sorta',
  'somewhat',
  'fairly',
  'slightly',
  'properly',
]);
/** Two-word fillers, dropped only before what they modify ("a bit stiff", not "a bit of"). */
const FILLER_PAIRS = new Set(['a bit', 'a little', 'pretty much', 'kind of', 'sort of']);
const MODIFIABLE = new Set(['ADJ', 'ADV', 'VERB', 'AUX', 'PART']);

/**
 * The words of a sentence without degree fillers, so "goes a bit stiff", "has pretty much
 * stopped" and "is kind of distant" meet the same frames as "goes stiff", "has stopped" and "is
 * distant". Hedges are read on the clause's own tokens, so "kind of" still halves the strength.
 */
function withoutFillers(words: Word[]): Word[] {
  const kept: Word[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    const next = words[i + 1];
    const pair = next ? `${w.lower} ${next.lower}` : '';
    const after = words[i + 2];
    if (
      FILLER_PAIRS.has(pair) &&
      after &&
      MODIFIABLE.has(after.token.pos) &&
      after.lower !== 'of'
    ) {
      i += 1;
      continue;
    }
    if (FILLER_ADVERBS.has(w.lower) && w.token.pos === 'ADV' && next) continue;
    kept.push(w);
  }
  return kept;
}
