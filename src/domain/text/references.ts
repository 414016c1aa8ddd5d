/**
 * Who is who in a description: the user ("I"), the partner (by pronoun, by name, or as "my
 * husband"), the couple ("we") and everyone else ("my boss", "his mum", "work").
 */
import type { Token } from './tokenizer.js';

export type Pronoun = 'they' | 'she' | 'he';

export type PartnerSettings = { name?: string; pronoun?: Pronoun };

/** How the partner may be referred to in this text, resolved once per analysis. */
export type PartnerRefs = {
  /** Lower-case subject forms (he, she, they) that mean the partner. */
  subjects: Set<string>;
  /** Lower-case object and possessive forms (him, his, her, them, their). */
  others: Set<string>;
  /** Lower-case names (first words of the configured name, or one found in the text). */
  names: Set<string>;
  /** Regex source matching any reference to the partner as a subject. */
  subjectPattern: string;
  /** Regex source matching the partner as an object ("him", "Sam", "my husband"). */
  objectPattern: string;
  /** Regex source matching a possessive ("his", "Sam's", "my husband's"). */
  possessivePattern: string;
};

const FORMS: Record<Pronoun, { subject: string[]; other: string[] }> = {
  he: { subject: ['he'], other: ['him', 'his', 'himself'] },
  she: { subject: ['she'], other: ['her', 'hers', 'herself'] },
  they: { subject: ['they'], other: ['them', 'their', 'theirs', 'themselves', 'themself'] },
};

/** Nouns people use for a partner (or an ex, who matters for stalking after a break-up). */
export const PARTNER_NOUNS = [
  'partner',
  'husband',
  'hubby',
  'wife',
  'wifey',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'spouse',
  'other half',
  'significant other',
  'so',
  'man',
  'missus',
  'ex',
  'ex-husband',
  'ex-wife',
  'ex-boyfriend',
  'ex-girlfriend',
  'ex-partner',
  'ex-fiance',
  'ex-fiancé',
];

const PARTNER_NOUN_SET = new Set(PARTNER_NOUNS);
const nounAlternation = [...PARTNER_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[-\s]/g, '[-\\s]?'))
  .join('|');

/** "my husband", "my ex", "our partner" as regex source. */
export const PARTNER_NOUN_PHRASE = `(?:my|our)\\s+(?:${nounAlternation})\\b`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "my boyfriend Sam", "Sam, my husband": the name the person uses, when settings give none.
const NAME_AFTER_NOUN = new RegExp(
  `\\b(?:my|our)\\s+(?:${nounAlternation})\\s*,?\\s+([A-Z][a-z]+)\\b`,
  'g',
);
const NAME_BEFORE_NOUN = new RegExp(
  `\\b([A-Z][a-z]+),\\s+(?:my|our)\\s+(?:${nounAlternation})\\b`,
  'g',
);
const NOT_NAMES = new Set([
  'I',
  'He',
  'She',
  'They',
  'We',
  'It',
  'But',
  'And',
  'So',
  'The',
  'This',
]);

function namesFromText(text: string): string[] {
  const found: string[] = [];
  for (const re of [NAME_AFTER_NOUN, NAME_BEFORE_NOUN]) {
    for (const m of text.matchAll(re)) {
      const name = m[1];
      if (name && !NOT_NAMES.has(name)) found.push(name);
    }
  }
  return found;
}

const countWord = (text: string, word: string) =>
  (text.match(new RegExp(`\\b${word}\\b`, 'gi')) ?? []).length;

/**
 * Resolves how this text refers to the partner. Without a pronoun in settings, "he" and "she"
 * both count (whichever the person uses), and "they" only when neither appears, since "they"
 * is otherwise more often friends or family.
 *
 * @example
 * partnerRefs('Sam works late.', { name: 'Sam', pronoun: 'he' }).names; // Set { 'sam' }
 */
export function partnerRefs(text: string, settings: PartnerSettings = {}): PartnerRefs {
  let pronouns: Pronoun[];
  if (settings.pronoun) pronouns = [settings.pronoun];
  else {
    const he = countWord(text, 'he') + countWord(text, 'him') + countWord(text, 'his');
    const she = countWord(text, 'she');
    pronouns = he + she === 0 ? ['they'] : ['he', 'she'];
  }
  const subjects = new Set(pronouns.flatMap((p) => FORMS[p].subject));
  const others = new Set(pronouns.flatMap((p) => FORMS[p].other));
  const configured = settings.name?.trim() ? [settings.name.trim()] : [];
  const names = new Set(
    [...configured, ...namesFromText(text)].flatMap((n) => {
      const first = n.split(/\s+/)[0] ?? '';
      return first.length > 0 ? [n.toLowerCase(), first.toLowerCase()] : [];
    }),
  );
  const nameAlt = [...names].map(escape).join('|');
  const named = nameAlt ? `|(?:${nameAlt})` : '';
  const subjectAlt = [...subjects].join('|');
  const objectAlt = [...others].filter(
    (o) => !o.endsWith('self') && o !== 'hers' && o !== 'theirs',
  );
  const possessiveAlt = pronouns.map((p) => (p === 'he' ? 'his' : p === 'she' ? 'her' : 'their'));
  return {
    subjects,
    others,
    names,
    subjectPattern: `(?:\\b(?:${subjectAlt})\\b${named ? `|\\b(?:${nameAlt})\\b` : ''}|\\b${PARTNER_NOUN_PHRASE})`,
    objectPattern: `(?:\\b(?:${objectAlt.join('|')})\\b${named ? `|\\b(?:${nameAlt})\\b` : ''}|\\b${PARTNER_NOUN_PHRASE})`,
    possessivePattern: `(?:\\b(?:${possessiveAlt.join('|')})\\b${named ? `|\\b(?:${nameAlt})'s\\b` : ''}|\\b${PARTNER_NOUN_PHRASE}'s)`,
  };
}

export type Actor = 'self' | 'partner' | 'couple' | 'other' | 'unknown';

const SELF = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'myself']);
const COUPLE = new Set(['we', "we're", "we've", "we'd", "we'll"]);
const ALL_PERSONAL = new Set(['he', 'she', 'they', "he's", "she's", "they're", "they've"]);
const THINGS = new Set([
  'it',
  "it's",
  'this',
  'that',
  'there',
  "there's",
  'everything',
  'nothing',
  'something',
  'things',
  'everyone',
  'everybody',
  'nobody',
  'people',
  'someone',
  'anyone',
  'work',
  'life',
]);
const DETERMINERS = new Set([
  'my',
  'our',
  'his',
  'her',
  'their',
  'the',
  'this',
  'that',
  'a',
  'an',
  'your',
]);
/** People who are not the partner, also without a determiner ("Dad hit me when I was ten"). */
const KIN = new Set([
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'boss',
  'manager',
  'brother',
  'sister',
  'grandma',
  'grandpa',
  'granny',
  'nan',
  'uncle',
  'aunt',
  'teacher',
  'friend',
  'friends',
  'colleague',
  'colleagues',
]);

const stripContraction = (lower: string) => lower.replace(/'(?:s|re|ve|d|ll|m)$/, '');

export type ActorHit = {
  actor: Actor;
  /** Tokens the reference spans ("my husband" = 2). */
  length: number;
  /** A subject pronoun ("I", "he", "we"): a subject wherever it stands. */
  isNominative: boolean;
};

/**
 * The actor a token starts, if it can be a subject: the user, the partner, the couple,
 * someone/something else; `undefined` if the token is not a subject-like word.
 */
export function actorAt(
  tokens: readonly Token[],
  i: number,
  refs: PartnerRefs,
): ActorHit | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const word = token.lower;
  const nominative = (actor: Actor): ActorHit => ({ actor, length: 1, isNominative: true });
  const phrase = (actor: Actor, length = 1): ActorHit => ({ actor, length, isNominative: false });
  if (SELF.has(word)) return nominative('self');
  if (COUPLE.has(word)) return nominative('couple');
  const bare = stripContraction(word);
  if (refs.subjects.has(bare)) return nominative('partner');
  if (ALL_PERSONAL.has(word) || ALL_PERSONAL.has(bare)) return nominative('other');
  if (refs.names.has(bare.replace(/'s$/, '')) && /^[A-Z]/.test(token.text))
    return phrase('partner');
  if (DETERMINERS.has(word)) {
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (!next) return undefined;
    const two = after ? `${next.lower} ${after.lower}` : '';
    if (
      (word === 'my' || word === 'our') &&
      (PARTNER_NOUN_SET.has(next.lower) || PARTNER_NOUN_SET.has(two))
    )
      return phrase('partner', PARTNER_NOUN_SET.has(two) ? 3 : 2);
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) || KIN.has(next.lower)) {
      // "his hands", "his job": the partner's things still mean the partner; "his mum" does not.
      const isPartnerPossessive = refs.others.has(word) && !KIN.has(next.lower);
      return phrase(isPartnerPossessive ? 'partner' : 'other', nounPhraseLength(tokens, i));
    }
    return undefined;
  }
  // "it", "this", "there" stand as subjects; "someone", "everything" only before a verb.
  if (THINGS.has(word))
    return ['it', "it's", 'this', 'that', 'there', "there's"].includes(word)
      ? nominative('other')
      : phrase('other');
  if (KIN.has(word)) return phrase('other');
  if (token.pos === 'PROPN' && /^[A-Z]/.test(token.text) && !SELF.has(word)) {
    // An unknown name: with a partner name configured it is someone else; without, it may be them.
    return phrase(refs.names.size > 0 ? 'other' : 'unknown');
  }
  if (token.pos === 'NOUN') return phrase('other');
  return undefined;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Object words after which a word the tagger read as a noun is really a verb ("bit me"). */
const OBJECTS = new Set(['me', 'my', 'us', 'our', 'him', 'them', 'myself']);

/**
 * Tokens in the noun phrase opened by the determiner at `i`: "a drunk customer", "our
 * two-year-old", "the night nurse". Its last word is the head, so whoever it names can be read
 * as the subject of the verb after it ("a drunk customer grabbed my arm" is not the partner).
 * A word the tagger read as a noun but that takes an object ("bit me") ends the phrase.
 */
function nounPhraseLength(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  let last = i + 1;
  while (k < tokens.length && k - i <= 6) {
    const t = tokens[k];
    if (!t) break;
    const joins = t.lower === '-' && NOMINAL.has(tokens[k + 1]?.pos ?? '');
    if (!joins && !NOMINAL.has(t.pos)) break;
    if (t.pos === 'NOUN' && OBJECTS.has(tokens[k + 1]?.lower ?? '') && k > i + 1) break;
    if (!joins) last = k;
    k += 1;
  }
  return last - i + 1;
}

const VERBISH = new Set(['VERB', 'AUX']);
/** "a man who stalked …": the noun before a relative pronoun is the subject of its verb. */
const RELATIVE = new Set(['who', 'that', 'which']);

/** True if the reference at `i` stands as a subject: a subject pronoun, or followed by a verb. */
export function isSubjectAt(tokens: readonly Token[], i: number, hit: ActorHit): boolean {
  if (hit.isNominative) return true;
  // The partner named at the head of a clause is its subject, even when the tagger reads the
  // verb after it as a noun ("my husband texts …").
  const previous = tokens[i - 1];
  if (
    hit.actor === 'partner' &&
    (!previous || ['CCONJ', 'SCONJ', 'PUNCT', 'ADV', 'INTJ'].includes(previous.pos))
  )
    return true;
  const next = tokens[i + hit.length];
  const after = tokens[i + hit.length + 1];
  if (!next) return false;
  if (VERBISH.has(next.pos) || /^'(?:s|ll|d|ve|re)$/.test(next.lower)) return true;
  if (RELATIVE.has(next.lower) && after !== undefined && VERBISH.has(after.pos)) return true;
  // The tagger sometimes reads a short past verb as a noun: "our toddler bit me".
  if (next.pos === 'NOUN' && OBJECTS.has(after?.lower ?? '') && !hit.isNominative) return true;
  return (
    (next.pos === 'ADV' || next.pos === 'PART') && after !== undefined && VERBISH.has(after.pos)
  );
}

/** True if the word refers to the partner in any form (he, him, his, Sam, Sam's). */
export function isPartnerWord(token: Token, refs: PartnerRefs): boolean {
  const bare = stripContraction(token.lower).replace(/'s$/, '');
  return refs.subjects.has(bare) || refs.others.has(bare) || refs.names.has(bare);
}
