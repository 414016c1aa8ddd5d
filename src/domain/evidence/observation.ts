/**
 * The common currency of closer: every source (answers, free text, check-in trajectory, chat
 * metrics) turns what it saw into observations of knowledge-base signals, each with the
 * provenance a person can check.
 */

/** Where an observation came from, precise enough to point at. */
export type Provenance =
  | { kind: 'answer'; questionId: string; value: string }
  | { kind: 'text'; quote: string; start: number; end: number }
  | {
      kind: 'trajectory';
      /** `composite` or one of the check-in indicators. */
      indicator: string;
      /** ISO dates (YYYY-MM-DD) the evidence spans. */
      from: string;
      to: string;
      /** Size of the change in units of the series' own noise (signed). */
      size: number;
      /** One plain sentence, e.g. "Connection fell from 4.2 to 2.6 after 'job loss' (2026-03-02)". */
      detail: string;
    }
  | {
      kind: 'chat';
      metric: string;
      /** The chat participant the metric belongs to. */
      person: string;
      /** ISO weeks, YYYY-Www. */
      fromWeek: string;
      toWeek: string;
      size: number;
      detail: string;
    };

export type Observation = {
  /** A signal id from the knowledge base, e.g. `partner.works-longer-hours`. */
  signalId: string;
  /**
   * How strongly the signal is present, in [0, 1]. 1 is a clear observation; 0.5 a hedged or
   * partial one ("sometimes", "I think"). Weights are scaled by it.
   */
  strength: number;
  provenance: Provenance;
};
