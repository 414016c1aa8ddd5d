/**
 * Clause-level combination rules over the semantic fields of ./fields.ts. A rule names an anchor
 * field (the words the flag is quoted on), the fields that must meet it (in the same sentence, a
 * neighbouring one or anywhere in the text), the fields that rule it out, and who may stand in
 * which role: the partner as the agent or the speaker, the user as the one it happens to. The
 * anchor and the fields that met it in its sentence make the quote, so every flag still points at
 * the words that produced it.
 */
import type { SafetyFlagId } from '../knowledge/schema.js';
import { NEGATORS, type Clause } from './clauses.js';
import { FIELDS, type FieldId } from './fields.js';
import type { Match } from './patterns.js';
import {
  actorAt as referenceAt,
  isPartnerWord,
  type Actor,
  type PartnerRefs,
} from './references.js';
import type { Token } from './tokenizer.js';

/** Where a needed field may be: the anchor's sentence, it and its neighbours, or the whole text. */
export type Scope = 'sentence' | 'window' | 'text';
export type Need = {
  field: FieldId;
  scope?: Scope;
  /** At most this many characters between the two. */
  within?: number;
  /** Must stand before the anchor ("checks my phone", not "my phone to check the trains"). */
  before?: boolean;
};

/** The suicide family picks its flag from whose it is and whether it is used as leverage. */
export type ComboFlag = SafetyFlagId | 'suicide';

export type ComboRule = {
  flag: ComboFlag;
  anchor: FieldId;
  /** Every one of these must be present. */
  all?: readonly Need[];
  /** At least one of these (a frame: reported speech, a condition, the partner's future). */
  any?: readonly Need[];
  /** None of these may be present. */
  none?: readonly Need[];
  /** Who may be the subject at the anchor. Default: the partner, the couple, or not said. */
  agents?: readonly Actor[];
  /** Only these subjects, even when the partner is the one reporting the words. */
  strictAgents?: boolean;
  /** Someone else as the subject still counts when the clause names the partner ("to his account"). */
  partnerInClause?: boolean;
  /** A plain negation before the anchor ("he has never hit me") sets the flag aside. */
  denial?: boolean;
  /** A film, a game, sport, cooking, a toddler… in the sentence sets it aside unless the partner is the subject. */
  frameGuard?: boolean;
  /**
   * Read who acts at the first field that met the anchor, not at the anchor: in "she pressed on
   * my neck until I nearly fainted" the one who fainted is the user, the one who pressed acts.
   */
  agentAtMet?: boolean;
};

const PARTNERISH: readonly Actor[] = ['partner', 'unknown', 'couple'];
const ANYONE_BUT_OTHER: readonly Actor[] = ['partner', 'unknown', 'couple', 'self'];
const FRAME: readonly Need[] = [
  { field: 'speech' },
  { field: 'condition' },
  { field: 'partner-future' },
  { field: 'dare' },
];

export const COMBO_RULES: readonly ComboRule[] = [
  // The body: a blow with the user as the one it lands on, by the partner (not a toddler, not
  // sport, not "I hit my head").
  {
    flag: 'physical-violence',
    anchor: 'harm-to-me',
    none: [{ field: 'dependant-agent' }],
    denial: true,
    frameGuard: true,
  },
  // An injury with the partner as the subject, unless the partner is the one hurt ("he drove
  // himself to A&E").
  {
    flag: 'physical-violence',
    anchor: 'injury',
    none: [{ field: 'partner-hurt', within: 40 }],
    agents: ['partner'],
    denial: true,
  },
  // "The bruises are from him": the injury's cause named, whoever the sentence's subject is.
  {
    flag: 'physical-violence',
    anchor: 'injury',
    all: [{ field: 'by-partner', within: 30 }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
  },
  // The neck meeting force, or force meeting lost breath.
  {
    flag: 'strangulation',
    anchor: 'neck',
    any: [
      { field: 'neck-force', within: 60 },
      { field: 'breath-loss', within: 80 },
    ],
    denial: true,
    frameGuard: true,
  },
  {
    flag: 'strangulation',
    anchor: 'breath-loss',
    all: [{ field: 'neck-force', within: 80 }],
    none: [{ field: 'harmless-frame' }],
    agents: ANYONE_BUT_OTHER,
    denial: true,
    agentAtMet: true,
  },
  // An object that can hurt, shown or pointed or kept as a reminder.
  {
    flag: 'weapon',
    anchor: 'weapon-object',
    all: [{ field: 'menace' }],
    none: [{ field: 'trade' }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
    frameGuard: true,
  },
  // A gesture at a weapon beside a threat: the answer given without words.
  {
    flag: 'weapon',
    anchor: 'weapon-gesture',
    any: [
      { field: 'dare', scope: 'window' },
      { field: 'consequence', scope: 'window' },
      { field: 'dependant-harm', scope: 'window' },
      { field: 'death-to-me', scope: 'window' },
    ],
    frameGuard: true,
  },
  // Death or disappearance for the user, in the partner's words or on a condition.
  {
    flag: 'threat-to-kill',
    anchor: 'death-to-me',
    any: FRAME,
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // Lesser harm to the user in the same frame: being sorry, losing the job, pictures shown.
  {
    flag: 'threats',
    anchor: 'consequence',
    any: FRAME,
    none: [
      { field: 'death-to-me' },
      { field: 'dependant-harm' },
      { field: 'dependant', within: 25 },
      { field: 'method' },
      { field: 'suicidal' },
    ],
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // Children and animals: harm done to them, or threatened in the partner's words.
  { flag: 'threats-to-children-or-pets', anchor: 'harm-to-dependant', denial: true },
  {
    flag: 'threats-to-children-or-pets',
    anchor: 'harm-to-it',
    all: [{ field: 'dependant' }],
    denial: true,
  },
  {
    flag: 'threats-to-children-or-pets',
    anchor: 'dependant-harm',
    all: [{ field: 'dependant', scope: 'text' }],
    any: FRAME,
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // Suicide and self-harm: whose it is and whether it is leverage decide the flag.
  { flag: 'suicide-threat-as-pressure', anchor: 'pressure-suicide', agents: ANYONE_BUT_OTHER },
  {
    flag: 'suicide',
    anchor: 'method',
    all: [{ field: 'leverage', scope: 'window' }],
    agents: ['partner'],
    strictAgents: true,
    frameGuard: true,
  },
  { flag: 'suicide', anchor: 'suicidal', agents: ANYONE_BUT_OTHER, denial: true },
  { flag: 'self-harm', anchor: 'suicidal-self', agents: ANYONE_BUT_OTHER, denial: true },
  { flag: 'suicide', anchor: 'suicidal-partner', denial: true, frameGuard: true },
  {
    flag: 'suicide',
    anchor: 'method',
    all: [{ field: 'ideation', within: 60 }],
    none: [{ field: 'death-to-me' }],
    agents: ANYONE_BUT_OTHER,
    denial: true,
    frameGuard: true,
  },
  // No money of one's own told beside having to ask: the negation is the disclosure.
  {
    flag: 'control-of-money',
    anchor: 'money-none',
    all: [{ field: 'money-obligation', scope: 'window' }],
    agents: ANYONE_BUT_OTHER,
  },
  // Money, phone, location: the user's thing meeting the partner's hold or the user's obligation.
  {
    flag: 'control-of-money',
    anchor: 'money',
    all: [{ field: 'money-control', within: 60 }],
    partnerInClause: true,
    denial: true,
  },
  {
    flag: 'control-of-money',
    anchor: 'money',
    all: [{ field: 'money-obligation', within: 60 }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
    denial: true,
  },
  {
    flag: 'control-of-phone',
    anchor: 'phone',
    all: [{ field: 'phone-control', within: 50, before: true }],
    partnerInClause: true,
    denial: true,
  },
  {
    flag: 'control-of-phone',
    anchor: 'phone',
    all: [{ field: 'phone-obligation', within: 60, before: true }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
    denial: true,
  },
  {
    flag: 'monitoring',
    anchor: 'location',
    all: [{ field: 'location-watch', within: 60 }],
    none: [{ field: 'mutual', scope: 'window' }],
    partnerInClause: true,
    frameGuard: true,
    denial: true,
  },
  {
    flag: 'monitoring',
    anchor: 'location',
    all: [{ field: 'location-obligation', within: 60 }],
    none: [{ field: 'mutual', scope: 'window' }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
  },
  // Friends and family kept away.
  {
    flag: 'isolation',
    anchor: 'people',
    all: [{ field: 'people-block' }, { field: 'partner-ref' }],
    none: [{ field: 'people-encourage' }],
    agents: ANYONE_BUT_OTHER,
    partnerInClause: true,
    denial: true,
  },
  // Sex without a yes: the same sentence, or a clear refusal in the next one.
  {
    flag: 'sexual-coercion',
    anchor: 'sex',
    all: [{ field: 'no-consent' }],
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // A refusal that did not hold, told beside sex in the sentence before or after: "she wants sex
  // most nights. If I say no she sulks … until I give in."
  {
    flag: 'sexual-coercion',
    anchor: 'sex',
    all: [{ field: 'refusal-overridden', scope: 'window' }],
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // The partner's mind in crisis: messages from the radio, voices, being watched by neighbours.
  {
    flag: 'partner-crisis',
    anchor: 'partner-unwell',
    agents: ['partner', 'unknown', 'couple'],
    partnerInClause: true,
    frameGuard: true,
  },
  // Fear aimed at the partner, life arranged around their temper, watching for them.
  {
    flag: 'fear-of-partner',
    anchor: 'fear',
    all: [{ field: 'fear-of-partner', within: 20 }],
    agents: ['self', 'unknown', 'couple'],
    denial: true,
  },
  { flag: 'fear-of-partner', anchor: 'appease', agents: ANYONE_BUT_OTHER },
  { flag: 'fear-of-partner', anchor: 'vigilance', agents: ANYONE_BUT_OTHER },
  // Escalation: a trend told beside aggression.
  {
    flag: 'escalation',
    anchor: 'trend',
    all: [{ field: 'aggression', scope: 'window' }],
    agents: ANYONE_BUT_OTHER,
    frameGuard: true,
  },
  // Stalking: pursuit once the relationship is over.
  {
    flag: 'stalking',
    anchor: 'pursuit',
    all: [{ field: 'separation', scope: 'text' }],
    agents: ANYONE_BUT_OTHER,
    denial: true,
  },
];

export type ComboHit = { flag: SafetyFlagId; start: number; end: number };
export type ComboAside = {
  flag: SafetyFlagId;
  start: number;
  end: number;
  reason: 'denied' | 'someone-else';
};

export type ComboInput = {
  masked: string;
  plain: string;
  clauses: readonly Clause[];
  sentences: readonly Match[];
  refs: PartnerRefs;
  compile: (sources: readonly string[]) => RegExp;
  matches: (text: string, from: number, to: number, re: RegExp) => Match[];
  /** A negated mention still reads as a disclosure ("didn't mean to", "before last week"). */
  disclosureCue: RegExp;
};

// One array per field for the life of the process, so the compiler's cache finds it by identity.
const FIELD_SOURCES = new Map<FieldId, readonly string[]>(
  (Object.keys(FIELDS) as FieldId[]).map((id) => [id, [FIELDS[id]]]),
);

type Occurrence = Match & { sentence: number };

/**
 * Runs the combination rules and returns the flags they raise and the mentions they set aside.
 *
 * @example
 * findCombined(input).hits; // [{ flag: 'control-of-money', start: 3, end: 27 }]
 */
export function findCombined(input: ComboInput): { hits: ComboHit[]; setAside: ComboAside[] } {
  const { masked, clauses, sentences, refs, compile, matches } = input;
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (!s) break;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const found = new Map<FieldId, Occurrence[]>();
  const occurrences = (field: FieldId): Occurrence[] => {
    let list = found.get(field);
    if (!list) {
      const re = compile(FIELD_SOURCES.get(field) ?? [FIELDS[field]]);
      list = [];
      for (const m of matches(masked, 0, masked.length, re)) {
        const sentence = sentenceOf(m.start);
        if (sentence >= 0) list.push({ ...m, sentence });
      }
      found.set(field, list);
    }
    return list;
  };
  const candidates = (need: Need, anchor: Occurrence): Occurrence[] => {
    const scope = need.scope ?? 'sentence';
    return occurrences(need.field).filter((o) => {
      if (o.start < anchor.end && anchor.start < o.end) return false;
      if (need.before === true && o.start >= anchor.start) return false;
      if (scope === 'text') return true;
      if (scope === 'window' && Math.abs(o.sentence - anchor.sentence) > 1) return false;
      if (scope === 'sentence' && o.sentence !== anchor.sentence) return false;
      if (need.within !== undefined) {
        const gap = o.start >= anchor.end ? o.start - anchor.end : anchor.start - o.end;
        if (gap > need.within) return false;
      }
      return true;
    });
  };
  const clauseAt = (at: number) => clauses.find((c) => c.start <= at && at < c.end);
  const actorAt = (at: number): Actor => {
    const index = clauses.findIndex((c) => c.start <= at && at < c.end);
    const clause = clauses[index];
    if (!clause) return 'unknown';
    // Nearest person before the position in its clause, then in the clauses before it in the
    // same sentence ("he wakes me … and gets nasty" carries "he").
    for (let k = index; k >= 0; k -= 1) {
      const c = clauses[k];
      if (!c || c.sentence !== clause.sentence) break;
      const person = personBefore(c.tokens, k === index ? at : c.end, refs);
      if (person) return person;
    }
    return 'unknown';
  };

  const hits: ComboHit[] = [];
  const setAside: ComboAside[] = [];
  for (const rule of COMBO_RULES) {
    for (const anchor of occurrences(rule.anchor)) {
      const met: Occurrence[] = [];
      let ok = true;
      for (const need of rule.all ?? []) {
        const near = candidates(need, anchor);
        if (near.length === 0) {
          ok = false;
          break;
        }
        met.push(nearest(near, anchor));
      }
      if (!ok) continue;
      const speech = occurrences('speech');
      let frame: Occurrence | undefined;
      if (rule.any) {
        const options = rule.any.flatMap((need) => candidates(need, anchor));
        // Reported speech counts only when the partner (or nobody named) is the one speaking; a
        // bare condition ("if I leave …") counts only when the partner is the subject of what follows.
        const usable = options.filter((o) =>
          speech.includes(o) ? speakerOk(actorAt(o.start)) : true,
        );
        if (usable.length === 0) continue;
        frame = nearest(usable, anchor);
        met.push(frame);
      }
      if ((rule.none ?? []).some((need) => candidates(need, anchor).length > 0)) continue;
      const sentence = sentences[anchor.sentence];
      if (!sentence) continue;
      const clause = clauseAt(anchor.start);
      const agentSpot = rule.agentAtMet === true ? (met[0] ?? anchor) : anchor;
      let actor =
        actorFromWords(masked.slice(anchor.start, anchor.end)) ??
        (agentSpot.start < anchor.start ? actorAt(agentSpot.start) : actorAt(anchor.start));
      // Words reported before the anchor in its sentence: whose words they are.
      const reporterActors = speech
        .filter((o) => o.sentence === anchor.sentence && o.end <= anchor.start)
        .map((o) => actorAt(o.start));
      // "My sister says she wants to die": the pronoun after someone else's words is theirs.
      if (reporterActors.includes('other') && actor === 'partner') actor = 'other';
      // "…, he said": words reported after the anchor count when the partner says them.
      const partnerSpoke =
        reporterActors.some(speakerOk) ||
        speech.some(
          (o) =>
            o.sentence === anchor.sentence &&
            o.start >= anchor.end &&
            isTrailingReport(masked, o.end) &&
            actorAt(o.end) === 'partner',
        );
      // "She texts things like "maybe I should just go"": the first person inside the partner's
      // quoted words is the partner, not the user.
      if (actor === 'self' && insideQuote(masked, sentence.start, anchor.start)) {
        const opened = masked.lastIndexOf('"', anchor.start - 1);
        const quoted = speech.some(
          (o) =>
            o.sentence === anchor.sentence && o.end <= opened && actorAt(o.start) === 'partner',
        );
        if (quoted) actor = 'partner';
      }
      if (
        frame &&
        !speech.includes(frame) &&
        occurrences('condition').includes(frame) &&
        actor !== 'partner' &&
        !partnerSpoke
      )
        continue;
      const agents = rule.agents ?? PARTNERISH;
      const partnerNamed =
        rule.partnerInClause === true &&
        clause !== undefined &&
        clause.tokens.some((t) => isPartnerWord(t, refs));
      const excused = rule.strictAgents !== true && (partnerSpoke || partnerNamed);
      if (!agents.includes(actor) && !excused) {
        setAside.push({ flag: flagOf(rule, 'unknown', false), ...anchor, reason: 'someone-else' });
        continue;
      }
      if (rule.frameGuard && actor !== 'partner' && !partnerSpoke) {
        const guarded = occurrences('harmless-frame').some((o) => o.sentence === anchor.sentence);
        if (guarded) continue;
      }
      const quoteStart = Math.min(
        anchor.start,
        ...met.filter((o) => o.sentence === anchor.sentence).map((o) => o.start),
      );
      if (
        rule.denial &&
        clause &&
        isDenied(clauseAt(quoteStart) ?? clause, quoteStart) &&
        !input.disclosureCue.test(input.plain.slice(sentence.start, sentence.end))
      ) {
        setAside.push({ flag: flagOf(rule, actor, false), ...anchor, reason: 'denied' });
        continue;
      }
      const leverage =
        rule.flag === 'suicide' &&
        [...occurrences('leverage'), ...occurrences('condition')].some(
          (o) => Math.abs(o.sentence - anchor.sentence) <= 1,
        );
      const flag = flagOf(rule, actor, leverage);
      // The quote: the anchor and what met it in its sentence, unless that grows too long.
      const same = met.filter((o) => o.sentence === anchor.sentence);
      const start = Math.min(anchor.start, ...same.map((o) => o.start));
      const end = Math.max(anchor.end, ...same.map((o) => o.end));
      hits.push(end - start <= 160 ? { flag, start, end } : { flag, ...anchor });
    }
  }
  // A blow quoted inside force on the neck is the strangulation already flagged there.
  const neck = hits.filter((h) => h.flag === 'strangulation');
  const kept = hits.filter(
    (h) => h.flag !== 'physical-violence' || !neck.some((n) => n.start < h.end && h.start < n.end),
  );
  return { hits: kept, setAside };

  function speakerOk(actor: Actor): boolean {
    return actor === 'partner' || actor === 'unknown';
  }
}

/**
 * "…, he said." reports the words before it only when nothing follows the speech verb but its
 * tail; "and my husband said I was being dramatic" reports new words of its own.
 */
const TRAILING =
  /^\s*(?:(?:to\s+)?me|again|once|later|then|quietly|calmly|coldly|smiling|laughing|(?:to\s+)?my\s+face|with\s+a\s+\w+)?\s*(?:[.,;:!?"'\u201D)\-\u2014]|$)/i;
function isTrailingReport(text: string, at: number): boolean {
  return TRAILING.test(text.slice(at, at + 40));
}

/** An odd number of straight double quotes between the sentence start and `at`. */
function insideQuote(text: string, from: number, at: number): boolean {
  let count = 0;
  for (let i = from; i < at; i += 1) if (text.charCodeAt(i) === 34) count += 1;
  return count % 2 === 1;
}

function nearest(list: readonly Occurrence[], anchor: Match): Occurrence {
  let best = list[0] as Occurrence;
  let bestGap = Infinity;
  for (const o of list) {
    const gap = Math.abs(o.start - anchor.start);
    if (gap < bestGap) {
      best = o;
      bestGap = gap;
    }
  }
  return best;
}

/** People who are neither the user nor the partner, as nouns ("my sister", "his boss"). */
const PEOPLE = new Set(
  (
    'mum mom mother dad father parents boss manager brother sister grandma grandpa granny nan ' +
    'uncle aunt teacher friend friends colleague colleagues coworker neighbour neighbor cousin ' +
    'son daughter kid kids child children baby toddler brother-in-law sister-in-law therapist ' +
    'doctor mate mates flatmate roommate stepdad stepmum stepmom nephew niece guy man woman ' +
    'girl boy dog cat puppy ' +
    // People met at work or in care, and animals: "a patient punched me on the ward".
    'nurse nurses physio physiotherapist dentist surgeon midwife paramedic carer patient ' +
    'patients client clients customer customers inmate inmates prisoner prisoners pupil pupils ' +
    'student students resident residents passenger passengers stranger strangers bloke lad ' +
    'lads kitten horse toddler toddlers twins baby babies infant newborn teenager teen coach ' +
    'trainer opponent referee examiner instructor officer officers suspect driver bouncer ' +
    'landlord tenant neighbours neighbor neighbours people lady gentleman vet vets groomer farrier'
  ).split(' '),
);
/** "our two-year-old", "a six-month-old": an age as a noun is a child. */
const AGE_NOUN = /^(?:year|month|week)s?$/;

/**
 * The subject nearest before `at` among people only: the user, the partner, the couple, or
 * another person. Things ("my phone", "a chair", "ways to die") are never the one who acts, so
 * they cannot set a disclosure aside as someone else's.
 */
function personBefore(tokens: readonly Token[], at: number, refs: PartnerRefs): Actor | undefined {
  let found: Actor | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.start >= at) break;
    const hit = referenceAt(tokens, i, refs);
    if (!hit) continue;
    const previous = tokens[i - 1];
    const isObject = previous !== undefined && ['ADP', 'VERB'].includes(previous.pos);
    if (hit.isNominative) {
      if (!['it', "it's", 'this', 'that', 'there', "there's"].includes(token.lower))
        found = hit.actor;
    } else if (hit.actor === 'partner') {
      if (!isObject) found = 'partner';
    } else if (hit.actor === 'other') {
      const head = tokens[i + hit.length - 1]?.lower ?? '';
      const after = tokens[i + hit.length]?.lower ?? '';
      const isAge = head === 'old' && AGE_NOUN.test(tokens[i + hit.length - 3]?.lower ?? '');
      const isPerson =
        PEOPLE.has(head) || isAge || (token.pos === 'PROPN' && /^[A-Z]/.test(token.text));
      if (isPerson && !isObject && after !== "'s") found = 'other';
    }
    i += hit.length - 1;
  }
  return found;
}

/** A negation within five tokens before the anchor, and not "not only"/"never used to". */
function isDenied(clause: Clause, at: number): boolean {
  if (clause.hasRaisedNegation) return true;
  const before = clause.tokens.filter((t) => t.end <= at).slice(-5);
  return before.some((t, i) => {
    if (!NEGATORS.has(t.lower)) return false;
    const next = before[i + 1]?.lower;
    return next !== 'only' && next !== 'just' && next !== 'used';
  });
}

/** Whose it is, when the words say so: "kill himself", "better off without me". */
function actorFromWords(words: string): Actor | undefined {
  if (/\b(?:himself|herself|themselves|themself|without\s+(?:him|her|them))\b/i.test(words))
    return 'partner';
  if (/\b(?:myself|without\s+me)\b/i.test(words)) return 'self';
  return undefined;
}

function flagOf(rule: ComboRule, actor: Actor, leverage: boolean): SafetyFlagId {
  if (rule.flag !== 'suicide') return rule.flag;
  if (rule.anchor === 'suicidal-partner' || actor === 'partner')
    return leverage ? 'suicide-threat-as-pressure' : 'partner-crisis';
  return 'self-harm';
}
