/**
 * Shared pattern plumbing: placeholders for the partner and the match loop over a sentence,
 * returning offsets into the original text.
 */
import type { PartnerRefs } from './references.js';

/**
 * Pattern sources may use placeholders, filled per text from the partner references:
 * `{P}` the partner as a subject ("he", "Sam", "my husband"), `{O}` as an object ("him"),
 * `{PS}` a possessive ("his", "Sam's"), `{ME}` the user as an object ("me", "myself").
 */
export function fill(source: string, refs: PartnerRefs): string {
  return source
    .replaceAll('{P}', refs.subjectPattern)
    .replaceAll('{O}', refs.objectPattern)
    .replaceAll('{PS}', refs.possessivePattern)
    .replaceAll('{ME}', '(?:me|myself)');
}

// Compiled regexes are kept across analyses, per way of naming the partner: compiling the
// lexicon costs far more than running it. A handful of namings covers any real session.
type NamingCache = { byText: Map<string, RegExp>; byArray: WeakMap<readonly string[], RegExp> };
const compiled = new Map<string, NamingCache>();
const MAX_NAMINGS = 64;

/** Compiles sources into one case-insensitive global regex, cached per partner references. */
export function compiler(refs: PartnerRefs): (sources: readonly string[]) => RegExp {
  const naming = `${refs.subjectPattern}\u0001${refs.objectPattern}\u0001${refs.possessivePattern}`;
  let cache = compiled.get(naming);
  if (!cache) {
    if (compiled.size >= MAX_NAMINGS) compiled.clear();
    cache = { byText: new Map(), byArray: new WeakMap() };
    compiled.set(naming, cache);
  }
  // Both lookups live as long as the naming: the rule and lexicon arrays are module constants, so
  // after the first analysis a lookup is one WeakMap hit, with no joining of sources per call.
  const { byText, byArray } = cache;
  return (sources) => {
    let re = byArray.get(sources);
    if (!re) {
      const key = sources.join('\u0000');
      re = byText.get(key);
      if (!re) {
        re = new RegExp(sources.map((s) => `(?:${fill(s, refs)})`).join('|'), 'gi');
        byText.set(key, re);
      }
      byArray.set(sources, re);
    }
    re.lastIndex = 0;
    return re;
  };
}

export type Match = { start: number; end: number };

/**
 * All non-overlapping matches of `re` inside [from, to) of `text`, trimmed of surrounding
 * spaces, as absolute offsets.
 */
export function matchesIn(text: string, from: number, to: number, re: RegExp): Match[] {
  const slice = text.slice(from, to);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of slice.matchAll(re)) {
    const raw = m[0];
    if (raw.length === 0) continue;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = from + m.index + lead;
    out.push({ start, end: start + trimmed.length });
  }
  return out;
}

/**
 * Makes text easier to match without moving any offset: curly apostrophes and quotes become
 * straight ones, one character for one character.
 */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Replaces the given spans with spaces (same length), so later patterns cannot match there. */
export function mask(text: string, spans: readonly Match[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}
