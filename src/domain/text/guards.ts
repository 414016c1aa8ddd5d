/**
 * Context guards: the last reading of a safety flag before it is raised, asking of the whole
 * sentence (and, for the past, the whole text) what the phrase and field rules cannot see from
 * the words of the flag alone.
 *
 * * **An injury with another stated cause.** A bruise or a black eye is a disclosure when nothing
 *   else explains it; it is not one when the same sentence gives a cause that is not the partner:
 *   a blow already read as someone else's ("our toddler whacked me … black eye"), a medical
 *   procedure ("a camera down my throat … bruised"), or a sport or game the couple chose. A fall
 *   is never such a cause: "I fell" is the most common cover story, so it explains nothing.
 * * **A hypothetical.** "If he ever hit me I would leave" is a rule the person holds, not an
 *   event. An irrealis condition (`if … ever`, `if … were to`, `I'd … if he`) around the act
 *   sets it aside, unless the sentence says it has happened before ("if he does that again").
 * * **A past relationship that is over.** An act whose agent is an ex ("my ex-husband used to hit
 *   me") in a text that says it is over and safe ("ten years ago", "I'm safe now", "moved on")
 *   is history, not a present danger. Stalking is never history: an ex still pursuing is the
 *   danger itself, so any stalking flag keeps every ex flag.
 * * **Play the couple chose.** Judo, sparring, paintball, a play-fight: a blow inside them is
 *   not abuse unless the sentence carries distress (too hard, on purpose, after I said stop).
 *   Never for the neck: strangulation is a danger to life however it is framed.
 *
 * Each guard is narrow on purpose. Safety comes first, so every guard asks for positive words of
 * another context; hedges, minimising and silence never set a flag aside here.
 */
import type { SafetyFlagId } from '../knowledge/schema.js';
import type { Match } from './patterns.js';

export type GuardReason = 'other-cause' | 'hypothetical' | 'past' | 'joke';

export type GuardHit = { flag: SafetyFlagId; start: number; end: number };
export type GuardAside = GuardHit & { reason: GuardReason };

export type GuardInput = {
  /** The text with idioms blanked and quotes normalised. */
  masked: string;
  sentences: readonly Match[];
  /** Compiles sources with the partner placeholders filled for this text. */
  compile: (sources: readonly string[]) => RegExp;
  /** Mentions of bodily harm already set aside as someone else's (a child, a patient, a dog). */
  harmByOthers: readonly Match[];
};

const V = String.raw;

/** A flag quoted on an injury (its cause, if any, after it). */
const INJURY_FIRST =
  /^(?:bruis\w*|black\s+eye|split\s+lip|fat\s+lip|stitches|concussion|bleeding|marks\s+on\s+my\s+\w+|lump\s+on\s+my\s+\w+|broken\s+\w+)\b/i;

/** A medical procedure or care: the usual harmless cause of a bruise or a sore throat. */
const MEDICAL = V`\b(?:hospital|surgery|operation|procedure|scan|endoscop\w*|camera\s+(?:down|in)|biopsy|blood\s+(?:test|tests|sample|donation)|gave\s+blood|injections?|jabs?|vaccin\w*|dentist|dental|wisdom\s+teeth|teeth\s+out|physio\w*|drip|cannula|needles?|x-?rays?|IV|check-?up|treatment|chemo\w*|radiotherapy|massage|acupuncture|tattoo\w*|piercing|c-?section|stitches\s+(?:from|after))\b`;

/** Labour and birth: a grip or a squeeze in it is pain, not a blow. */
const BIRTH = V`\b(?:contractions?|in\s+labou?r|during\s+(?:the\s+)?labou?r|giving\s+birth|gave\s+birth|was\s+born|delivery\s+room|labou?r\s+ward|midwife|epidural|last\s+push)\b`;
/** The blows a person in pain might give by accident: a grip, a squeeze, a dig of the nails. */
const GRIP =
  /^(?:squeez\w*|grip\w*|grabb?\w*|pinch\w*|clutch\w*|dug|digging|scratch\w*|crush\w*)\b/i;

/** A sport or a game people choose to play together. */
const PLAY = V`\b(?:judo|karate|jiu-?jitsu|bjj|taekwondo|kickboxing|boxing\s+(?:class|session|gym|training)|sparring|spar|martial\s+arts|wrestl\w*|rugby|hockey|paintball\w*|laser\s+tag|dodgeball|self-?defen[cs]e\s+class|play-?fight\w*|pillow\s+fight\w*|tickl\w*|(?:at|in|during)\s+(?:the\s+)?(?:match|training|practice|class|game))\b`;

/** Distress inside play: then it is not play. */
const DISTRESS = V`\b(?:on\s+purpose|deliberately|too\s+(?:hard|rough|far)|(?:wouldn't|didn't|won't|doesn't)\s+stop|even\s+(?:after|when|though)\s+I|(?:I|after\s+I)\s+(?:said|told|asked|begged)|scared|afraid|frightened|terrified|angry|furious|rage|row|argument|punish\w*|revenge|meant\s+it|again\s+and\s+again)\b`;

/** An irrealis condition on the act: "if he ever", "if she were to", "I'd leave if he". */
const HYPOTHETICAL = V`\b(?:if|should)\s+(?:{P}|he|she|they|anyone|anybody|someone|somebody|a\s+(?:man|woman|guy|partner|boyfriend|girlfriend|husband|wife))\s+(?:ever|were\s+to|was\s+to|dared(?:\s+to)?|so\s+much\s+as|even\s+tried\s+to|tried\s+to)\b|\bI(?:'d|\s+would)\s+(?:\w+\s+){0,4}if\s+(?:{P}|he|she|they|anyone|someone|a\s+\w+)\b`;

/** The text shows a joke as a joke: the teller says so, or both laughed. */
const JOKE = V`\b(?:joked|jokingly|as\s+a\s+joke|in\s+jest|(?:we|both\s+of\s+us)\s+(?:both\s+)?(?:laughed|cracked\s+up|were\s+(?:laughing|in\s+stitches))|lol|haha\w*|lmao)\b`;
/**
 * Doubt about the joke, or the partner calling it one afterwards ("just joking" is a classic
 * cover): then the threat stands.
 */
const DOUBT = V`\b(?:not\s+sure|(?:don't|do\s+not|didn't)\s+know\s+(?:if|whether)|(?:wasn't|isn't|was\s+not|is\s+not|not)\s+(?:funny|a\s+joke|joking)|half[-\s]?joking|scared|afraid|frightened|terrified|nervous|meant\s+it|(?:didn't|don't|couldn't|can't)\s+laugh|(?:just|only)\s+(?:joking|a\s+joke|kidding|banter)|"joke"|can't\s+take\s+a\s+joke)\b`;
/** A threat about leaving, telling, or the police is never a joke, however it is told. */
const LEAVING = V`\b(?:leave|leaving|left|break\s+up|split\s+up|divorce|tell\s+anyone|told\s+anyone|police|go\s+out|see\s+(?:my|your)\s+\w+)\b`;
/** Flags a shown joke can set aside: words, not acts. */
const SPOKEN: ReadonlySet<SafetyFlagId> = new Set<SafetyFlagId>([
  'threats',
  'threat-to-kill',
  'threats-to-children-or-pets',
]);

/** Said to have happened before: a condition with these is a disclosure. */
const REPEATED =
  /\b(?:again|next\s+time|another\s+time|once\s+more|like\s+(?:last|the\s+other)\s+time|any\s?more|still|last\s+time)\b/i;

/** Where an if-clause ends: a comma, a new subject with a modal, "then". */
const CLAUSE_END =
  /[,;:]|\b(?:then|I(?:'d|'ll)?|I\s+(?:would|will)|(?:he|she|they)(?:'ll|'d|\s+will|\s+would))\b/i;

/** An ex named: "my ex", "an ex-boyfriend", "my ex-husband", "a previous partner". */
const EX =
  /\b(?:my|an|our|the|her|his)\s+(?:ex\b(?:-?\s?(?:husband|wife|boyfriend|girlfriend|partner|fianc\w*))?|ex-\w+|previous\s+(?:partner|boyfriend|girlfriend|husband|wife|relationship)|first\s+(?:husband|wife))/gi;
/** The current partner named: a reset for who "he" is. */
const CURRENT =
  /\b(?:my|our)\s+(?:current\s+|new\s+)?(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*|bf|gf)\b|\b(?:my|our)\s+(?:\w+\s+)?now\b/gi;

/** The text says that relationship is over and the person is safe. */
const OVER =
  /\b(?:(?:\w+\s+)?years\s+ago|long\s+(?:ago|behind\s+me|over|gone)|a\s+long\s+time\s+ago|(?:been|am|I'm|feel|felt)\s+safe|safe\s+now|moved\s+on|(?:all\s+|long\s+)?behind\s+me|got\s+out|left\s+(?:him|her|them)\s+(?:\w+\s+)?(?:years|ago|in\s+\d{4})|no\s+contact\s+(?:for|since)|(?:that's|that\s+is|it's|it\s+is)\s+(?:all\s+)?(?:over|in\s+the\s+past)|in\s+the\s+past\s+now)\b/i;

/** The sentence speaks of now: not history, whoever it is about. */
const PRESENT =
  /\b(?:now|still|these\s+days|lately|recently|last\s+(?:night|week|month)|yesterday|today|again|keeps?)\b/i;

/** Flags that mean the partner acting on the user (the ones a hypothetical or the past can undo). */
const ACTS: ReadonlySet<SafetyFlagId> = new Set<SafetyFlagId>([
  'physical-violence',
  'strangulation',
  'weapon',
  'control-of-money',
  'control-of-phone',
  'control-of-movements',
  'monitoring',
  'isolation',
  'sexual-coercion',
]);
const PAST_ABLE: ReadonlySet<SafetyFlagId> = new Set<SafetyFlagId>([
  ...ACTS,
  'threats',
  'threat-to-kill',
  'threats-to-children-or-pets',
  'fear-of-partner',
  'escalation',
]);

const sources = new Map<string, readonly string[]>();
const once = (source: string): readonly string[] => {
  let list = sources.get(source);
  if (!list) {
    list = [source];
    sources.set(source, list);
  }
  return list;
};

/**
 * Splits flags into those kept and those set aside by their context.
 *
 * @example
 * applyGuards(hits, input).aside; // [{ flag: 'physical-violence', reason: 'hypothetical', … }]
 */
export function applyGuards<H extends GuardHit>(
  hits: readonly H[],
  input: GuardInput,
): { kept: H[]; aside: GuardAside[] } {
  const { masked, sentences, compile } = input;
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  const hasStalking = hits.some((h) => h.flag === 'stalking');
  const isOver = !hasStalking && OVER.test(masked);
  const doubt = compile(once(DOUBT));
  doubt.lastIndex = 0;
  const hasDoubt = doubt.test(masked);
  const kept: H[] = [];
  const aside: GuardAside[] = [];
  for (const hit of hits) {
    const sentence = sentenceOf(hit.start);
    const reason = sentence ? guardOf(hit, sentence) : undefined;
    if (reason) aside.push({ flag: hit.flag, start: hit.start, end: hit.end, reason });
    else kept.push(hit);
  }
  return { kept, aside };

  function guardOf(hit: GuardHit, sentence: Match): GuardReason | undefined {
    const text = masked.slice(sentence.start, sentence.end);
    const quote = masked.slice(hit.start, hit.end);
    const test = (source: string) => {
      const re = compile(once(source));
      re.lastIndex = 0;
      return re.test(text);
    };
    if (hit.flag === 'physical-violence' && INJURY_FIRST.test(quote.trim())) {
      const before = masked.slice(sentence.start, hit.start);
      const byPartner = compile(once(V`(?:{P})\s+(?:\w+\s+){0,3}$`));
      byPartner.lastIndex = 0;
      const harmElsewhere = input.harmByOthers.some(
        (m) => m.start >= sentence.start && m.start < sentence.end,
      );
      if (!byPartner.test(before) && (harmElsewhere || test(MEDICAL) || test(PLAY)))
        return 'other-cause';
    }
    // A threat told as a joke the text shows as one ("she joked …, and we both laughed"), with
    // no doubt anywhere and nothing about leaving.
    if (SPOKEN.has(hit.flag) && !hasDoubt && test(JOKE) && !test(LEAVING)) return 'joke';
    // A hand squeezed in labour: pain, not a blow (never the neck).
    if (
      hit.flag === 'physical-violence' &&
      GRIP.test(quote.trim()) &&
      test(BIRTH) &&
      !test(DISTRESS)
    )
      return 'other-cause';
    // Never strangulation: pressure on the neck is a danger to life however it is framed
    // ("we play-fight and he holds me by the throat").
    if (hit.flag === 'physical-violence' && test(PLAY) && !test(DISTRESS)) return 'other-cause';
    if (ACTS.has(hit.flag) && !REPEATED.test(text) && isInsideCondition(hit, sentence))
      return 'hypothetical';
    if (isOver && PAST_ABLE.has(hit.flag) && !PRESENT.test(text) && agentIsEx(hit)) return 'past';
    return undefined;
  }

  function isInsideCondition(hit: GuardHit, sentence: Match): boolean {
    const re = compile(once(HYPOTHETICAL));
    re.lastIndex = 0;
    const head = masked.slice(sentence.start, hit.start);
    let found: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    while ((found = re.exec(head)) !== null) {
      last = found;
      if (found[0].length === 0) re.lastIndex += 1;
    }
    if (!last) return false;
    // The act must sit inside the if-clause, before its consequence begins.
    const between = head.slice(last.index + last[0].length);
    return !CLAUSE_END.test(between) && between.split(/\s+/).length <= 8;
  }

  /** The person last named before the act is an ex (pronouns after it are the ex's too). */
  function agentIsEx(hit: GuardHit): boolean {
    const from = Math.max(0, hit.start - 400);
    const before = masked.slice(from, hit.start);
    let exAt = -1;
    let currentAt = -1;
    for (const m of before.matchAll(EX)) exAt = m.index;
    for (const m of before.matchAll(CURRENT)) currentAt = m.index;
    return exAt >= 0 && exAt > currentAt;
  }
}
