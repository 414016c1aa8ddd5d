/**
 * Time in a description: when the distance began ("three months ago", "for the past few weeks"),
 * how it came on ("suddenly", "bit by bit"), how long the couple has been together, and the event
 * it followed ("since he lost his job in March"). Relative expressions only: the domain has no
 * clock, so "since March" is kept as an event/onset without a length.
 */
import type { Match } from './patterns.js';

export type EventKind =
  | 'loss-job'
  | 'loss-bereavement'
  | 'loss-plan'
  | 'new-start-career'
  | 'new-start-study'
  | 'new-start-fitness'
  | 'new-start-commitment'
  | 'closer-step'
  | 'conflict'
  | 'stress-work'
  | 'stress-money'
  | 'stress-caregiving'
  | 'stress-health'
  | 'stress-legal';

export type TimeExpression =
  | { kind: 'onset'; quote: string; start: number; end: number; months?: number }
  | { kind: 'pace'; quote: string; start: number; end: number; pace: 'sudden' | 'gradual' }
  | { kind: 'together'; quote: string; start: number; end: number; months: number }
  | { kind: 'always'; quote: string; start: number; end: number }
  | {
      kind: 'event';
      quote: string;
      start: number;
      end: number;
      /** What happened, when we recognise it. */
      event?: EventKind;
    };

const V = String.raw;
const NUM = V`(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few|few|several|couple\s+of|some|many)`;
const UNIT = V`(?:days?|weeks?|months?|years?|yrs?)`;

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
  'couple of': 2,
  'a few': 3,
  few: 3,
  several: 4,
  some: 3,
  many: 6,
};

/** "three weeks" → 0.75 months; undefined when it cannot be read. */
export function toMonths(amount: string, unit: string): number | undefined {
  const key = amount.toLowerCase().replace(/\s+/g, ' ');
  const n = /^\d/.test(key) ? Number(key) : WORDS[key];
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return n / 30;
  if (u.startsWith('w')) return n / 4.345;
  if (u.startsWith('m')) return n;
  return n * 12;
}

/** Event phrases by kind (regex sources, case-insensitive), used here and by the lexicon. */
export const EVENT_PATTERNS: Record<EventKind, readonly string[]> = {
  'loss-job': [
    V`\b(?:lost|losing|lose)\s+(?:his|her|their|my|the|a)\s+(?:job|work|position|business)\b`,
    V`\b(?:laid\s+off|made\s+redundant|redundancy|got\s+fired|was\s+fired|been\s+fired|got\s+sacked|was\s+sacked|got\s+let\s+go|was\s+let\s+go|unemployed|out\s+of\s+work|job\s+loss|business\s+(?:went\s+under|failed|collapsed|went\s+bust))\b`,
  ],
  'loss-bereavement': [
    V`\b(?:mum|mom|mother|dad|father|brother|sister|friend|best\s+friend|grandma|grandmother|grandad|grandfather|grandpa|nan|nana|granny|uncle|aunt|cousin|son|daughter|parent|dog|cat)\s+(?:died|passed\s+away|passed|was\s+killed|took\s+(?:his|her|their)\s+own\s+life)\b`,
    V`\b(?:death|loss|funeral)\s+of\s+(?:his|her|their|my|our)\b`,
    V`\blost\s+(?:his|her|their)\s+(?:mum|mom|mother|dad|father|brother|sister|best\s+friend|friend|grandma|grandmother|grandfather|grandpa|nan|son|daughter|parents?|dog|cat)\b`,
    V`\b(?:bereavement|grieving|in\s+mourning|his\s+grief|her\s+grief|their\s+grief|the\s+funeral)\b`,
  ],
  'loss-plan': [
    V`\b(?:miscarriage|stillbirth|ivf\s+(?:failed|didn't\s+work)|failed\s+ivf)\b`,
    V`\b(?:didn't|did\s+not|never)\s+get\s+(?:the|that|his|her|their)\s+(?:job|promotion|place|offer|role|visa|house)\b`,
    V`\b(?:was|got)\s+(?:turned\s+down|rejected|passed\s+over)\s+for\b|\bpassed\s+over\s+for\b`,
    V`\b(?:failed|flunked)\s+(?:his|her|their)\s+(?:exams?|bar|finals|course|degree|test)\b`,
    V`\b(?:deal|sale|plan|plans|move|dream|house\s+purchase)\s+fell\s+through\b`,
  ],
  'new-start-career': [
    V`\b(?:started|starting|got|took|began|accepted)\s+(?:a\s+|his\s+|her\s+|their\s+|the\s+)?new\s+(?:job|role|position|post)\b`,
    V`\b(?:got|was|been)\s+promoted\b|\b(?:his|her|their|a|the)\s+promotion\b`,
    V`\b(?:started|starting|launched|opened)\s+(?:his|her|their|a)\s+(?:own\s+)?(?:business|company|startup|start-up|practice)\b`,
    V`\bnew\s+(?:job|role|position)\b`,
  ],
  'new-start-study': [
    V`\b(?:started|starting|began|went\s+back\s+to|doing|enrolled\s+in|is\s+in)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:uni|university|college|course|masters|master's|mba|phd|degree|law\s+school|med\s+school|medical\s+school|night\s+classes|night\s+school|apprenticeship|studying|studies|training\s+course)\b`,
    V`\b(?:studying\s+for|revising\s+for|preparing\s+for)\s+(?:\w+\s+)?(?:exams?|the\s+bar|finals|boards)\b`,
  ],
  'new-start-fitness': [
    V`\b(?:started|starting|began|took\s+up|got\s+into|is\s+into|training\s+for)\s+(?:a\s+)?(?:strict\s+|new\s+|\w+\s+)?(?:training|running|the\s+gym|going\s+to\s+the\s+gym|gym|a\s+marathon|marathon|triathlon|ironman|crossfit|cycling|bodybuilding|climbing|a\s+diet|a\s+new\s+diet|fitness)\b`,
    V`\b(?:training\s+for|trains\s+for|train\s+for)\s+(?:a|an|the)\s+(?:marathon|triathlon|ironman|race|competition)\b`,
  ],
  'new-start-commitment': [
    V`\b(?:started|joined|began)\s+(?:volunteering|a\s+(?:band|club|team|church\s+group|choir|campaign|podcast|side\s+project|side\s+hustle))\b`,
    V`\b(?:big|new|huge)\s+(?:project|side\s+project|side\s+hustle)\b`,
  ],
  'closer-step': [
    V`\b(?:we\s+)?(?:moved\s+in\s+together|moving\s+in\s+together|moved\s+in\s+with\s+(?:me|him|her|them)|got\s+engaged|our\s+engagement|(?:he|she|they|I)\s+proposed|the\s+proposal)\b`,
    V`\b(?:said|say|says)\s+(?:"|')?I\s+love\s+you\b`,
    V`\bmet\s+(?:my|his|her|their)\s+(?:parents|family|mum|mom|dad|kids|children)\b`,
    V`\b(?:talked|talking|talk)\s+about\s+(?:getting\s+married|marriage|moving\s+in|having\s+(?:a\s+)?(?:kids|baby|children)|our\s+future|the\s+future|buying\s+a\s+house)\b`,
    V`\b(?:we\s+)?(?:made\s+it\s+official|became\s+exclusive|got\s+serious|meeting\s+the\s+parents)\b`,
  ],
  conflict: [
    V`\b(?:a\s+|our\s+|that\s+|the\s+)?(?:big|huge|massive|bad|terrible|awful|major|horrible|nasty|serious)\s+(?:fight|argument|row|falling[-\s]out|blow[-\s]?up|blowout)\b`,
    V`\bwe\s+(?:had\s+a\s+)?(?:fight|argument|row|fell\s+out)\b|\bafter\s+(?:the|our|that)\s+(?:fight|argument|row)\b`,
    V`\bI\s+(?:found\s+out|discovered|caught\s+(?:him|her|them))\b`,
    V`\bI\s+(?:cheated|lied|yelled|screamed|said\s+something\s+hurtful|forgot\s+(?:his|her|their)\s+birthday)\b`,
  ],
  'stress-work': [
    V`\b(?:stress(?:ed|ful)?|pressure|overwhelm\w*|swamped|drowning|crazy\s+busy|burn(?:ed|t)?\s+out|burnout)\s+(?:\w+\s+){0,2}(?:at|with|from|by|about)\s+(?:work|his\s+job|her\s+job|their\s+job|the\s+job|the\s+office)\b`,
    V`\b(?:work|his\s+job|her\s+job|their\s+job|the\s+job)\s+(?:is|has\s+been|'s\s+been|was|got)\s+(?:\w+\s+)?(?:stressful|crazy|insane|intense|brutal|hectic|demanding|a\s+nightmare|overwhelming|full\s+on|relentless|hard)\b`,
    V`\b(?:restructur\w*|layoffs?\s+at|new\s+boss|toxic\s+boss|big\s+deadline|deadlines|crunch\s+time|audit|quarter[-\s]end|year[-\s]end|busy\s+season|on\s+call)\b`,
    V`\bwork\s+stress\b|\bstress\s+at\s+work\b|\bjob\s+stress\b`,
  ],
  'stress-money': [
    V`\b(?:money|cash|finances)\s+(?:is|are|has\s+been|'s\s+been)\s+(?:really\s+|very\s+|so\s+|super\s+)?tight\b|\bbehind\s+on\s+(?:the\s+)?(?:rent|bills|mortgage|payments)\b`,
    V`\b(?:money|financial|debt|bills|rent|mortgage|cash)\s+(?:worries|problems|issues|stress|trouble|pressure|is\s+tight|are\s+tight|has\s+been\s+tight)\b`,
    V`\b(?:stressed|stress|anxious|worried|worrying|panicking)\s+(?:\w+\s+)?(?:about|over)\s+(?:money|finances|bills|debt|rent|the\s+mortgage)\b`,
    V`\b(?:in|into|drowning\s+in|deep\s+in)\s+debt\b|\bcan't\s+(?:pay|afford)\s+(?:the\s+)?(?:rent|bills|mortgage)\b|\bbroke\b(?!\s+(?:up|my|the|down|it|off|a))|\bbankrupt\w*\b|\bstruggling\s+financially\b|\bworried\s+about\s+money\b`,
  ],
  'stress-caregiving': [
    V`\b(?:the\s+baby|our\s+baby|a\s+baby|newborn)\s+(?:was\s+born|arrived|came)\b|\b(?:had|having)\s+(?:a|our|the)\s+(?:baby|second\s+child|first\s+child)\b`,
    V`\b(?:caring|cares|looking\s+after|takes\s+care\s+of|taking\s+care\s+of)\s+(?:for\s+)?(?:his|her|their|our)\s+(?:mum|mom|mother|dad|father|parents?|grandma|grandmother|grandfather|brother|sister|kids|children|son|daughter)\b`,
    V`\b(?:his|her|their)\s+(?:mum|mom|mother|dad|father|parents?|grandma|grandmother|grandfather|brother|sister)\s+(?:got|is|was|has\s+been|fell)\s+(?:\w+\s+)?(?:sick|ill|unwell|diagnosed|hospitali[sz]ed|in\s+hospital|had\s+a\s+stroke)\b`,
    V`\b(?:sleepless\s+nights|night\s+feeds|toddler|newborn|twins)\b`,
  ],
  'stress-health': [
    V`\b(?:{P}|he|she|they)\s+(?:was|got|has\s+been|is|'s\s+been)\s+(?:\w+\s+)?(?:diagnosed|hospitali[sz]ed|injured|in\s+hospital)\b`,
    V`\b(?:his|her|their)\s+(?:illness|injury|diagnosis|surgery|operation|back\s+(?:pain|injury)|chronic\s+pain|health\s+(?:problems|issues|scare))\b`,
    V`\b(?:chronic\s+(?:pain|illness|fatigue)|long\s+covid|cancer|surgery|a\s+health\s+scare)\b`,
  ],
  'stress-legal': [
    V`\b(?:court\s+case|lawsuit|being\s+sued|got\s+sued|was\s+sued|custody\s+(?:battle|case|fight)|legal\s+(?:trouble|problems|issues|battle|case)|arrested|charged\s+with|on\s+trial|immigration\s+case|visa\s+(?:problems|issues))\b`,
  ],
};

const ONSET = [
  V`\b(?:about|around|roughly|maybe|almost|nearly|over|for\s+(?:the\s+)?(?:past|last))?\s*(${NUM})\s+(${UNIT})\s+(?:ago|now)\b`,
  V`\b(?:for|over|in)\s+(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+)?(?:the\s+)?(?:past|last)\s+(${NUM})\s+(${UNIT})\b`,
  V`\b(?:for|over|in)\s+(?:the\s+)?(?:past|last)\s+(day|week|month|year)\b`,
  V`\b(?:for|over)\s+(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+)?(${NUM})\s+(${UNIT})\s+(?:now\b)?`,
  V`\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|new\s+year|easter|the\s+summer|the\s+spring|the\s+autumn|the\s+fall|the\s+winter|last\s+(?:week|month|year|summer|spring|autumn|fall|winter))\b`,
  V`\b(?:last|this\s+past)\s+(?:week|weekend|month)\b|\b(?:recently|lately|these\s+days|these\s+past\s+(?:days|weeks))\b`,
  V`\bfor\s+(?:years|ages|a\s+long\s+time|months)\b`,
  V`\b(?:it's|it\s+has|it\s+is)\s+(?:now\s+)?been\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?(${NUM})\s+(${UNIT})\b`,
];
const ONSET_FIXED: Record<string, number> = { day: 1 / 30, week: 0.25, month: 1, year: 12 };

const PACE_SUDDEN = V`\b(?:suddenly|all\s+of\s+a\s+sudden|out\s+of\s+(?:nowhere|the\s+blue)|overnight|from\s+one\s+day\s+to\s+the\s+next|abruptly|literally\s+overnight|just\s+like\s+that)\b`;
const PACE_GRADUAL = V`\b(?:gradually|bit\s+by\s+bit|little\s+by\s+little|slowly|over\s+time|drifted|drifting|over\s+the\s+(?:months|years)|creeping|crept)\b`;
const ALWAYS = V`\b(?:(?:it's|it\s+has|it\s+has\s+always|it's\s+always|he's\s+always|she's\s+always|they've\s+always|{P}\s+has\s+always|{P}'s\s+always)\s+been\s+(?:like\s+(?:this|that)|this\s+way|that\s+way)|from\s+the\s+(?:very\s+)?(?:start|beginning)|since\s+(?:the\s+)?(?:day\s+we\s+met|we\s+met|the\s+(?:very\s+)?(?:start|beginning))|(?:right\s+)?from\s+day\s+one|always\s+been\s+(?:distant|closed\s+off|reserved|guarded|private|like\s+this))\b`;
const TOGETHER = [
  V`\b(?:together|married|dating|been\s+with\s+(?:him|her|them)|in\s+a\s+relationship|seeing\s+each\s+other)\s+(?:for\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|just\s+over\s+|just\s+under\s+)?(${NUM})\s+(${UNIT})\b`,
  V`\b(${NUM})[-\s](year|month|week)s?[-\s](?:long\s+)?(?:relationship|marriage)\b`,
  V`\bour\s+(${NUM})[-\s](year|month)\s+anniversary\b`,
  V`(?<!been\s)\b(${NUM})\s+(months?|years?|weeks?)\s+in\b(?!\s+(?:a|the|to|with|and|of|on)\b)`,
];
/** "since / after / ever since …" up to the end of the clause: the event the distance followed. */
const AFTER_EVENT = V`\b(?:ever\s+since|since|after|right\s+after|not\s+long\s+after|shortly\s+after|around\s+the\s+time|when|started\s+when|began\s+when)\s+(?!(?:then|that|\d|the\s+start|the\s+beginning|we\s+met|day\s+one)\b)(?:{P}|he|she|they|we|I|his|her|their|our|my|the|a)\b[^.,;!?]{3,80}`;

export type TimeInput = {
  plain: string;
  text: string;
  sentences: readonly Match[];
  compile: (sources: readonly string[]) => RegExp;
  matches: (text: string, from: number, to: number, re: RegExp) => Match[];
};

const cache = new Map<EventKind, readonly string[]>();
/** Which kind of event a phrase describes, if any. */
export function eventKindOf(
  phrase: string,
  compile: (sources: readonly string[]) => RegExp,
): EventKind | undefined {
  for (const kind of Object.keys(EVENT_PATTERNS) as EventKind[]) {
    let sources = cache.get(kind);
    if (!sources) {
      sources = EVENT_PATTERNS[kind];
      cache.set(kind, sources);
    }
    const re = compile(sources);
    re.lastIndex = 0;
    if (re.test(phrase)) return kind;
  }
  return undefined;
}

/** Finds onsets, pace, relationship length, "always like this" and preceding events. */
export function findTimes(input: TimeInput): TimeExpression[] {
  const { plain, text, compile } = input;
  const out: TimeExpression[] = [];
  const quote = (start: number, end: number) => text.slice(start, end);
  const taken: Match[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);

  for (const source of TOGETHER) {
    const re = compile([source]);
    for (const m of plain.matchAll(re)) {
      const months = toMonths(m[1] ?? '', m[2] ?? '');
      const start = m.index;
      const end = start + m[0].length;
      if (months === undefined || overlaps(start, end)) continue;
      taken.push({ start, end });
      out.push({ kind: 'together', quote: quote(start, end), start, end, months });
    }
  }
  for (const source of ONSET) {
    const re = compile([source]);
    for (const m of plain.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const start = m.index + lead;
      const end = m.index + raw.trimEnd().length;
      if (end <= start || overlaps(start, end)) continue;
      taken.push({ start, end });
      let months: number | undefined;
      if (m[1] && m[2]) months = toMonths(m[1], m[2]);
      else if (m[1] && ONSET_FIXED[m[1].toLowerCase()] !== undefined)
        months = ONSET_FIXED[m[1].toLowerCase()];
      else if (
        /\b(?:last|this\s+past)\s+(?:week|weekend)\b|recently|lately|these\s+(?:days|past)/i.test(
          raw,
        )
      )
        months = 0.5;
      else if (/\blast\s+month\b/i.test(raw)) months = 1;
      else if (/\bfor\s+(?:years|ages|a\s+long\s+time)\b/i.test(raw)) months = 24;
      else if (/\bfor\s+months\b/i.test(raw)) months = 4;
      out.push(
        months === undefined
          ? { kind: 'onset', quote: quote(start, end), start, end }
          : { kind: 'onset', quote: quote(start, end), start, end, months },
      );
    }
  }
  for (const [source, pace] of [
    [PACE_SUDDEN, 'sudden'],
    [PACE_GRADUAL, 'gradual'],
  ] as const) {
    for (const m of plain.matchAll(compile([source]))) {
      const start = m.index;
      const end = start + m[0].length;
      out.push({ kind: 'pace', quote: quote(start, end), start, end, pace });
    }
  }
  for (const m of plain.matchAll(compile([ALWAYS]))) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ kind: 'always', quote: quote(start, end), start, end });
  }
  for (const m of plain.matchAll(compile([AFTER_EVENT]))) {
    const raw = m[0].trimEnd();
    const start = m.index;
    const end = start + raw.length;
    const event = eventKindOf(raw, compile);
    // A "when …" clause counts only with a recognised event: "when he gets home" is not one.
    if (!event && /^(?:when|started\s+when|began\s+when)\b/i.test(raw)) continue;
    // "When I told her my grandad died, she …" tells how the partner answered, not what began
    // the distance: the user speaking to the partner is an occasion, not an onset.
    if (
      /^when(?:ever)?\s+I\s+(?:\w+\s+)?(?:told|tell|said|say|asked|ask|mentioned|mention|showed|show|explained|texted|called|rang|messaged)\b/i.test(
        raw,
      )
    )
      continue;
    if (
      !event &&
      /^after\b/i.test(raw) &&
      !/\b(?:ed|lost|began|came|went|got|had|moved|was|were|died|left|told|said|met|took|became)\b/i.test(
        raw,
      )
    )
      continue;
    out.push(
      event === undefined
        ? { kind: 'event', quote: quote(start, end), start, end }
        : { kind: 'event', quote: quote(start, end), start, end, event },
    );
  }
  // "Then I said I love you, and since then…": an event named just before a back-reference.
  const sentences = input.sentences;
  sentences.forEach((sentence, i) => {
    const here = plain.slice(sentence.start, sentence.end);
    const back = BACK_REFERENCE.exec(here);
    if (!back) return;
    for (const candidate of [sentences[i - 1], sentence]) {
      if (!candidate) continue;
      const limit = candidate === sentence ? sentence.start + back.index : candidate.end;
      for (const kind of Object.keys(EVENT_PATTERNS) as EventKind[]) {
        const found = input.matches(
          plain,
          candidate.start,
          limit,
          compile(EVENT_PATTERNS[kind]),
        )[0];
        if (!found || overlapsEvent(out, found)) continue;
        out.push({ kind: 'event', quote: quote(found.start, found.end), ...found, event: kind });
        return;
      }
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

const BACK_REFERENCE =
  /\b(?:since\s+then|ever\s+since(?!\s+(?:he|she|they|we|I|his|her|their|our|my|the|a)\b)|after\s+that|from\s+then\s+on|since\s+that\s+(?:day|night|moment|point)|that's\s+when)\b/i;

const overlapsEvent = (out: readonly TimeExpression[], m: Match) =>
  out.some((t) => t.kind === 'event' && t.start < m.end && m.start < t.end);
