/**
 * The draft corpus: messages written by us, with the problems a careful reader would point at,
 * marked by character span and kind. Used by the reviewer's tests and by the bench that reports
 * precision and recall per kind.
 */
import { z } from 'zod';
import { DRAFT_PROBLEM_KINDS } from '../schema.js';
import drafts from './drafts.json' with { type: 'json' };

export const corpusSchema = z.object({
  note: z.string(),
  drafts: z
    .array(
      z.object({
        id: z.string().regex(/^d\d+$/),
        text: z.string().min(5),
        problems: z.array(
          z.object({
            kind: z.enum(DRAFT_PROBLEM_KINDS),
            start: z.number().int().min(0),
            end: z.number().int().min(1),
            quote: z.string().min(1),
          }),
        ),
      }),
    )
    .min(40),
});
export type DraftCorpus = z.infer<typeof corpusSchema>;
export type CorpusDraft = DraftCorpus['drafts'][number];

/** The corpus, validated (shape, and every span matches its quote). */
export function draftCorpus(): DraftCorpus {
  const corpus = corpusSchema.parse(drafts);
  for (const draft of corpus.drafts) {
    for (const p of draft.problems) {
      if (draft.text.slice(p.start, p.end) !== p.quote)
        throw new Error(`corpus ${draft.id}: span ${p.start}-${p.end} is not "${p.quote}"`);
    }
  }
  return corpus;
}

export type KindScore = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
};

/**
 * Scores findings against the marked problems: a finding counts when a marked problem of the
 * same kind overlaps it.
 *
 * @example
 * scoreFindings(corpus.drafts, (text) => reviewDraft(data, text).findings).absolute.recall
 */
export function scoreFindings(
  corpus: readonly CorpusDraft[],
  find: (text: string) => readonly { kind: string; start: number; end: number }[],
): Record<(typeof DRAFT_PROBLEM_KINDS)[number] | 'all', KindScore> {
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    for (const k of [kind, 'all']) {
      const t = tally.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      t[key] += 1;
      tally.set(k, t);
    }
  };
  for (const draft of corpus) {
    const found = find(draft.text);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const f of found) {
      const hit = draft.problems.some((p) => p.kind === f.kind && overlaps(p, f));
      bump(f.kind, hit ? 'tp' : 'fp');
    }
    for (const p of draft.problems) {
      if (!found.some((f) => f.kind === p.kind && overlaps(p, f))) bump(p.kind, 'fn');
    }
  }
  const score = (kind: string): KindScore => {
    const t = tally.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      truePositives: t.tp,
      falsePositives: t.fp,
      falseNegatives: t.fn,
      precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
      recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
    };
  };
  return {
    absolute: score('absolute'),
    blame: score('blame'),
    contempt: score('contempt'),
    'mind-reading': score('mind-reading'),
    all: score('all'),
  };
}
