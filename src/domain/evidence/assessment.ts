/**
 * The result of weighing the evidence: explanations are data (CONVENTIONS.md §3). Every score
 * comes with the contributions that produced it, so pages and the CLI only render.
 */
import type { CauseId, SafetyFlagId, SafetyLevel } from '../knowledge/schema.js';
import type { Provenance } from './observation.js';

export type Contribution = {
  signalId: string;
  /** The signal's label, e.g. "works longer hours". */
  label: string;
  /**
   * Log-odds this piece adds to the cause, as counted: its weight after the diminishing returns
   * for correlated evidence. Positive speaks for, negative against. The prior plus all of them is
   * the cause's total.
   */
  logOdds: number;
  /** The signal's weight × strength before the discount (what it would count alone). */
  weight: number;
  /** Why this signal bears on this cause (the knowledge base's rationale). */
  reason: string;
  /** Where the evidence came from (which answer, which words, which weeks). */
  provenance: Provenance;
  /** Research citation, where there is one. */
  source?: string;
};

export type Confidence = 'low' | 'medium' | 'high';

export type CauseAssessment = {
  id: CauseId;
  name: string;
  /** Probability-like score in [0, 1]: how well the evidence fits this explanation. */
  score: number;
  confidence: Confidence;
  /** Prior log-odds plus the sum of all contributions = `logOdds`. */
  priorLogOdds: number;
  logOdds: number;
  for: Contribution[];
  against: Contribution[];
  /** Facets (as `causeId/facetId`) touched by the supporting evidence. */
  facets: string[];
};

export type SafetyFlag = {
  id: SafetyFlagId;
  level: Exclude<SafetyLevel, 'none'>;
  provenance: Provenance;
};

export type SafetyBlock = {
  level: SafetyLevel;
  flags: SafetyFlag[];
};

export type Assessment = {
  /** Sorted by score, highest first. */
  causes: CauseAssessment[];
  safety: SafetyBlock;
};
