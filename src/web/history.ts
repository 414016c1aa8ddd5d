/**
 * Keeping what the person saw: a finished assessment and the plan built from it go into the
 * vault through its repositories (src/app/vault.ts), once per change rather than once per page
 * view, and come back as a history. The records are decrypted data, so what the pages read
 * from them is checked with zod first: a record from an older version shows what still fits.
 */
import { z } from 'zod';
import type { AssessmentReport } from '../app/assess.js';
import type { PlanReport } from '../app/plan.js';
import {
  assessmentInputFrom,
  type AssessmentInput,
  type AssessmentRecord,
  type DraftRecord,
  type PlanRecord,
  type VaultService,
} from '../app/vault.js';
import type { Outcome } from './gate.js';
import type { SavedMark } from './workspace.js';

type Json = AssessmentInput['result'];

/** A plain JSON copy (drops undefined fields, which the record schema would refuse). */
const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Where the evidence of a result came from, kept with it for the history. */
export type ResultSources = { answers: number; text: boolean; checkins: number; chats: number };

export type AssessmentToKeep = {
  answers: ReadonlyArray<readonly [string, string]>;
  text: string | null;
  report: AssessmentReport;
  sources: ResultSources;
};

/**
 * Writes the assessment to the vault unless the same result is already there; a changed
 * result of the same assessment replaces its earlier record (added first, then the old one
 * removed, so a failure in between leaves two copies rather than none).
 *
 * @example
 * const kept = await keepAssessment(vault, draft.saved, { answers, text, report, sources });
 * if (kept.ok) draft.saved = kept.value;
 */
export async function keepAssessment(
  vault: VaultService,
  previous: SavedMark | undefined,
  input: AssessmentToKeep,
): Promise<Outcome<SavedMark>> {
  // The same record shape as `closer assess --save`, with where the evidence came from added.
  const record = assessmentInputFrom(Object.fromEntries(input.answers), input.text, {
    ...input.report,
    sources: input.sources,
  });
  const key = JSON.stringify(record);
  if (previous?.key === key) return { ok: true, value: previous };
  const added = await vault.assessments.add(record);
  if (!added.ok) return { ok: false, message: added.error.message };
  if (previous?.id) await vault.assessments.remove(previous.id);
  return { ok: true, value: { id: added.value.id, key } };
}

/**
 * The plan counterpart of keepAssessment: one record per plan shown, replaced when the
 * evidence behind it changes.
 *
 * @example
 * const kept = await keepPlan(vault, ws.savedPlan, plan);
 */
export async function keepPlan(
  vault: VaultService,
  previous: SavedMark | undefined,
  plan: PlanReport,
): Promise<Outcome<SavedMark>> {
  const content = toJson(plan);
  const key = JSON.stringify(content);
  if (previous?.key === key) return { ok: true, value: previous };
  const added = await vault.plans.add({ title: plan.steps[0]?.title ?? null, content });
  if (!added.ok) return { ok: false, message: added.error.message };
  if (previous?.id) await vault.plans.remove(previous.id);
  return { ok: true, value: { id: added.value.id, key } };
}

// ---------------------------------------------------------------------------------------------
// Reading records back.

const evidenceShape = z.object({ evidence: z.string(), reason: z.string() });
const causeShape = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number(),
  confidence: z.enum(['low', 'medium', 'high']).catch('low'),
  for: z.array(evidenceShape).catch([]),
  against: z.array(evidenceShape).catch([]),
  facets: z.array(z.object({ name: z.string() })).catch([]),
});
const resultShape = z.object({
  causes: z.array(causeShape),
  safety: z.object({ level: z.string() }).catch({ level: 'none' }),
  sources: z
    .object({
      answers: z.number(),
      text: z.boolean(),
      checkins: z.number(),
      chats: z.number(),
    })
    .optional()
    .catch(undefined),
});
export type SavedCause = z.infer<typeof causeShape>;
export type SavedResult = z.infer<typeof resultShape>;

const planShape = z.object({
  focus: z.array(z.object({ name: z.string() })).catch([]),
  steps: z
    .array(
      z.object({
        title: z.string(),
        why: z.string().catch(''),
        thisWeek: z.array(z.string()).catch([]),
        watchFor: z.string().catch(''),
      }),
    )
    .catch([]),
  safety: z.object({ level: z.string() }).catch({ level: 'none' }),
});
export type SavedPlan = z.infer<typeof planShape>;

const reviewShape = z.object({
  isClean: z.boolean().catch(false),
  findings: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        quote: z.string(),
        why: z.string(),
        suggestion: z.string(),
      }),
    )
    .catch([]),
});
export type SavedReview = z.infer<typeof reviewShape>;

export const readResult = (record: AssessmentRecord): SavedResult | undefined => {
  const parsed = resultShape.safeParse(record.result);
  return parsed.success ? parsed.data : undefined;
};

export const readPlan = (record: PlanRecord): SavedPlan | undefined => {
  const parsed = planShape.safeParse(record.content);
  return parsed.success ? parsed.data : undefined;
};

/** The review, only if its marks still fall inside the text (a damaged record shows unmarked). */
export const readReview = (record: DraftRecord): SavedReview | undefined => {
  const parsed = reviewShape.safeParse(record.review);
  if (!parsed.success) return undefined;
  const fits = parsed.data.findings.every((f) => f.start <= f.end && f.end <= record.text.length);
  return fits ? parsed.data : undefined;
};

export type HistoryItem =
  | { kind: 'assessment'; id: string; at: string; causes: string[]; safety: boolean }
  | { kind: 'plan'; id: string; at: string; title: string | null; focus: string[] }
  | { kind: 'draft'; id: string; at: string; topic: string | null; words: number };

/**
 * Saved assessments, plans and conversation drafts, newest first, as the history page lists
 * them: when, and the top causes (or what the plan was built around).
 *
 * @example
 * const items = await listHistory(gate.vault());
 * if (items.ok) items.value[0]?.kind; // 'assessment' | 'plan' | 'draft'
 */
export async function listHistory(vault: VaultService): Promise<Outcome<HistoryItem[]>> {
  const [assessments, plans, drafts] = await Promise.all([
    vault.assessments.list(),
    vault.plans.list(),
    vault.drafts.list(),
  ]);
  if (!assessments.ok) return { ok: false, message: assessments.error.message };
  if (!plans.ok) return { ok: false, message: plans.error.message };
  if (!drafts.ok) return { ok: false, message: drafts.error.message };
  const items: HistoryItem[] = [
    ...assessments.value.map((a): HistoryItem => {
      const result = readResult(a);
      return {
        kind: 'assessment',
        id: a.id,
        at: a.createdAt,
        causes: (result?.causes ?? []).slice(0, 3).map((c) => c.name),
        safety: result !== undefined && result.safety.level !== 'none',
      };
    }),
    ...plans.value.map((p): HistoryItem => ({
      kind: 'plan',
      id: p.id,
      at: p.createdAt,
      title: p.title,
      focus: (readPlan(p)?.focus ?? []).slice(0, 3).map((f) => f.name),
    })),
    ...drafts.value.map((d): HistoryItem => ({
      kind: 'draft',
      id: d.id,
      at: d.updatedAt,
      topic: d.topic,
      words: d.text.split(/\s+/).filter(Boolean).length,
    })),
  ];
  return { ok: true, value: items.sort((a, b) => b.at.localeCompare(a.at)) };
}

/**
 * A date and time for people, in this computer's time zone.
 *
 * @example
 * whenSaved('2026-03-02T18:05:00.000Z') // '2 March 2026, 18:05' (in UTC)
 */
export function whenSaved(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time}`;
}
