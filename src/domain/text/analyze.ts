/**
 * Free text → safety flags and signals, each with the exact words that produced it
 * (`quote === text.slice(start, end)`, always). Nothing is inferred without words to point at.
 */
import type { SafetyFlagId, SafetyLevel } from '../knowledge/schema.js';
import type { Observation } from '../evidence/observation.js';
import { clausesOf } from './clauses.js';
import { IDIOMS } from './idioms.js';
import { findSignals, type SignalHit } from './signals.js';
import { compiler, mask, matchesIn, normalise, type Match } from './patterns.js';
import { partnerRefs, type PartnerSettings } from './references.js';
import { findSafety, type SetAside } from './safety.js';
import { findTimes, type TimeExpression } from './time.js';
import { tokenize } from './tokenizer.js';

/** Longest text analysed, in UTF-16 code units (~100 KB of English). Adapters enforce it. */
export const MAX_TEXT_LENGTH = 100_000;

export type TextFlag = {
  id: SafetyFlagId;
  level: 'concern' | 'urgent';
  quote: string;
  start: number;
  end: number;
};

export type TextSignal = {
  id: string;
  /** Strength in (0, 1]: 1 for a plain statement, lower when hedged ("maybe", "I think"). */
  value: number;
  quote: string;
  start: number;
  end: number;
};

export type TextAnalysis = {
  safety: { level: SafetyLevel; flags: TextFlag[] };
  signals: TextSignal[];
  /** Time expressions found: onsets ("three months ago") and events ("since he lost his job"). */
  times: TimeExpression[];
  /** Mentions deliberately not counted, with why: a denial, a negation, someone else. */
  setAside: (SetAside & { quote: string })[];
};

const idiomSources = [IDIOMS.join('|')];

/**
 * Reads a description and returns its safety flags and signals with their quotes.
 *
 * @example
 * const result = analyzeText('Since Sam lost his job in March he barely talks to me.', { name: 'Sam' });
 * result.signals.map((s) => s.id); // e.g. ['context.event-preceded', 'partner.talks-less', …]
 */
export function analyzeText(text: string, settings: PartnerSettings = {}): TextAnalysis {
  const refs = partnerRefs(text, settings);
  const compile = compiler(refs);
  const plain = normalise(text);
  const sentences = tokenize(text);
  const clauses = clausesOf(sentences, refs);
  const sentenceSpans: Match[] = sentences.map((s) => ({ start: s.start, end: s.end }));
  const idioms = matchesIn(plain, 0, plain.length, compile(idiomSources));
  const masked = mask(plain, idioms);

  const safety = findSafety({
    masked,
    plain,
    clauses,
    sentences: sentenceSpans,
    refs,
    compile,
    matches: matchesIn,
  });
  const times = findTimes({ plain, text, sentences: sentenceSpans, compile, matches: matchesIn });
  const signals = findSignals({
    masked,
    plain,
    clauses,
    refs,
    compile,
    times,
    sentences: sentenceSpans,
  });

  const flags: TextFlag[] = safety.hits.map((h) => ({
    id: h.flag,
    level: h.level,
    quote: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
  }));
  const level: SafetyLevel = flags.some((f) => f.level === 'urgent')
    ? 'urgent'
    : flags.length > 0
      ? 'concern'
      : 'none';
  return {
    safety: { level, flags },
    signals: signals.hits.map((h: SignalHit) => ({
      id: h.id,
      value: h.value,
      quote: text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
    })),
    times,
    setAside: [...safety.setAside, ...signals.setAside]
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ ...s, quote: text.slice(s.start, s.end) })),
  };
}

/**
 * The analysis as evidence for the engine: each signal and each safety flag becomes an
 * observation with the quote as provenance. Flags are observations of `safety.<flag>`.
 *
 * @example
 * assess(kb, toObservations(analyzeText(text)));
 */
export function toObservations(analysis: TextAnalysis): Observation[] {
  const flags: Observation[] = analysis.safety.flags.map((f) => ({
    signalId: `safety.${f.id}`,
    strength: 1,
    provenance: { kind: 'text', quote: f.quote, start: f.start, end: f.end },
  }));
  const signals: Observation[] = analysis.signals.map((s) => ({
    signalId: s.id,
    strength: s.value,
    provenance: { kind: 'text', quote: s.quote, start: s.start, end: s.end },
  }));
  return [...flags, ...signals];
}
