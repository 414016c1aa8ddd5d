/**
 * What the pages hold while the vault is open: the assessment in progress (its answers in
 * order, the free text and the evidence found in it). It lives in server memory only and is
 * dropped on lock; what the person saves goes into the vault through the app's use cases.
 */
import type { Observation } from '../app/assess.js';
import type { TrajectoryState } from '../app/plan.js';

export type TextEvidence = { text: string; observations: Observation[] };

/**
 * What was last written to the vault for something on screen, so it is kept once, not per
 * view. `id` is null once the person removed it: the same result is not kept again.
 */
export type SavedMark = { id: string | null; key: string };

export type AssessmentDraft = {
  answers: [string, string][];
  /** Undefined until the person has written something (or null: chose to skip). */
  text?: TextEvidence | null;
  /** The vault record holding this assessment's latest result, once it was shown. */
  saved?: SavedMark;
};

export type Workspace = {
  draft: AssessmentDraft | undefined;
  /** Evidence from check-ins and chat imports, refreshed when those pages save. */
  extra: { trajectory: Observation[]; chats: Observation[]; trajectoryState?: TrajectoryState };
  /** The vault record holding the plan last shown for the current evidence. */
  savedPlan?: SavedMark;
};

export const emptyWorkspace = (): Workspace => ({
  draft: undefined,
  extra: { trajectory: [], chats: [] },
});
