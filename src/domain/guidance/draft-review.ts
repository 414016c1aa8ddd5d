/**
 * The draft reviewer: points at the words in a message the user plans to say or send that tend
 * to start a fight (absolutes, blame and "why are you…" questions, contempt and sarcasm,
 * mind-reading), each with a softer way to say it. Patterns are data (`draft-review.json`).
 */
import {
  DRAFT_PROBLEM_KINDS,
  type DraftProblemKind,
  type DraftReviewData,
  type DraftRule,
} from './schema.js';

export type DraftFinding = {
  kind: DraftProblemKind;
  ruleId: string;
  /** Character span in the draft: start inclusive, end exclusive (UTF-16 code units). */
  start: number;
  end: number;
  quote: string;
  why: string;
  suggestion: string;
};

export type DraftReview = {
  findings: DraftFinding[];
  counts: Record<DraftProblemKind, number>;
  /** One piece of general advice per kind found. */
  advice: { kind: DraftProblemKind; label: string; advice: string }[];
  isClean: boolean;
};

type CompiledRule = {
  rule: DraftRule;
  pattern: RegExp;
  unlessAfter?: RegExp;
  unlessBefore?: RegExp;
};

const compiled = new WeakMap<DraftReviewData, CompiledRule[]>();
/** How far around a match the exceptions look. */
const WINDOW = 48;

function compile(data: DraftReviewData): CompiledRule[] {
  const cached = compiled.get(data);
  if (cached) return cached;
  const rules = data.rules.map((rule) => ({
    rule,
    pattern: new RegExp(rule.pattern, 'giu'),
    ...(rule.unlessAfter ? { unlessAfter: new RegExp(rule.unlessAfter, 'iu') } : {}),
    ...(rule.unlessBefore ? { unlessBefore: new RegExp(rule.unlessBefore, 'iu') } : {}),
  }));
  compiled.set(data, rules);
  return rules;
}

/**
 * Reviews a draft.
 *
 * @example
 * const review = reviewDraft(guidanceData().draftReview, 'You never listen. Whatever.');
 * review.findings.map((f) => [f.kind, f.quote]);
 * // → [['absolute', 'You never'], ['contempt', 'Whatever']]
 */
export function reviewDraft(data: DraftReviewData, text: string): DraftReview {
  // Curly apostrophes are common in typed messages; the patterns accept both forms.
  const raw: DraftFinding[] = [];
  for (const { rule, pattern, unlessAfter, unlessBefore } of compile(data)) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      if (unlessAfter?.test(text.slice(end, end + WINDOW))) continue;
      if (unlessBefore?.test(text.slice(Math.max(0, start - WINDOW), start))) continue;
      raw.push({
        kind: rule.kind,
        ruleId: rule.id,
        start,
        end,
        quote: match[0],
        why: rule.why,
        suggestion: rule.suggestion,
      });
    }
  }
  const findings = mergeOverlaps(raw);
  const counts = Object.fromEntries(DRAFT_PROBLEM_KINDS.map((k) => [k, 0])) as Record<
    DraftProblemKind,
    number
  >;
  for (const f of findings) counts[f.kind] += 1;
  const advice = DRAFT_PROBLEM_KINDS.filter((k) => counts[k] > 0).map((kind) => ({
    kind,
    ...data.kinds[kind],
  }));
  return { findings, counts, advice, isClean: findings.length === 0 };
}

/** Overlapping findings of the same kind are one problem: keep the longest span. */
function mergeOverlaps(findings: DraftFinding[]): DraftFinding[] {
  const sorted = [...findings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: DraftFinding[] = [];
  for (const f of sorted) {
    const overlaps = kept.some((k) => k.kind === f.kind && f.start < k.end && k.start < f.end);
    if (!overlaps) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}
