/**
 * Expected failures travel as values (CONVENTIONS.md §5): `message` is for people, `detail`
 * for developers. `throw` is kept for bugs and I/O faults.
 */
export type Problem = {
  /** A stable, machine-readable code such as `unknown-question` or `bad-header`. */
  code: string;
  /** One plain line for the person using closer: what is wrong and where. */
  message: string;
  detail?: string;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  code: string,
  message: string,
  detail?: string,
): { ok: false; error: Problem } => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});
