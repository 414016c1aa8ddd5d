/**
 * What the web shell needs from the vault: whether it exists, is locked or open, and the
 * moves between those states. The real one (backend.ts) is a thin mapping onto src/app.
 */
export type VaultState = 'new' | 'locked' | 'open';

export type Pronoun = 'they' | 'she' | 'he';

export type WebSettings = {
  country: string;
  partnerName: string;
  pronoun: Pronoun;
  /** Minutes without activity before the vault locks itself. */
  lockMinutes: number;
};

export const DEFAULT_LOCK_MINUTES = 5;

/** An expected failure with one plain line for the person (wrong passphrase, bad file). */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

export type Gate = {
  state(): Promise<VaultState>;
  create(passphrase: string, settings: WebSettings): Promise<Outcome>;
  unlock(passphrase: string): Promise<Outcome>;
  /** Drops the keys from memory; safe to call when already locked. */
  lock(): Promise<void>;
  /** Only while open. */
  settings(): Promise<WebSettings>;
};
