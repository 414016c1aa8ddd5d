/** Small shared wording helpers for trajectory text. */

/** A level on the 1–5 scale with one decimal. */
export const level = (value: number): string => value.toFixed(1);

/** A size in noise units, as people read it: "about 3 times". */
export function timesNoise(size: number): string {
  const k = Math.abs(size);
  if (k < 1.5) return 'about as large as';
  return `about ${Math.round(k)} times`;
}

/** Whole weeks in words: "1 week", "5 weeks", "less than a week". */
export function weeks(value: number): string {
  const w = Math.round(value);
  if (w < 1) return 'less than a week';
  return w === 1 ? '1 week' : `${w} weeks`;
}

/** Upper-cases the first letter. */
export const capitalise = (text: string): string =>
  text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
