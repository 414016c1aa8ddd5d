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
 * **Consent and agreement.** Money, phone and location arrangements the couple made together
 *   ("we agreed", "each of us", "I asked him to", "I said of course"), or a look through the
 *   phone the text shows was for a surprise for the user, are not control, unless the text
 *   around them holds duress (made me, have to, angry, scared, "supposedly", never agreed).
 * * **Tools in use.** A knife, an axe or a hammer in a task (chopping, carving, firewood, the
 *   shed, a gift and a lesson) is a tool, unless anything in the sentence or the next one is
 *   aimed at the user (at me, staring at me, while he said, in a row, between us, scared).
 * * **A grappling sport.** A choke inside judo or jiu-jitsu with its training words (a drill, a
 *   class, a belt, tapping out) is a technique with a rule to stop, not an attack; play-fights,
 *   tickling and wrestling at home stay urgent, as does any choke with distress or in bed.
 * * **Words, not force.** "Her going is pushing me": a push whose subject is a gerund or a
 *   feeling is a figure of speech.
 * * **Figures of speech about events and work.** "It really shook me", "which hit me harder than
 *   I expected": a blow whose subject is "it", "this", "which" or news and words, with no object
 *   thrown or swung and no injury near, is the news landing. "He's killing himself at work": the
 *   phrase followed by the work or the effort it is spent on, with no word of dying, pills or a
 *   goodbye near, is overwork.
 * * **Affection.** "They used to grab my hand on the street": a hand or an arm taken with words of
 *   affection (sweet, a cuddle, under the table, crossing the road), never with force or distress.
 * * **The user's own act.** "I check my phone every five minutes waiting for his reply": the user
 *   as the subject of the check, with no obligation before it (have to, made me, let him), is the
 *   user's habit, not the partner's control.
 * * **The partner's own withdrawal.** "They've cancelled drinks with friends": the partner
 *   stepping back from their own people, with no "me" or "my" in the sentence, is not the user
 *   cut off.
 *
 * Each guard is narrow on purpose. Safety comes first, so every guard asks for positive words of
 * another context; hedges, minimising and silence never set a flag aside here.
 */
import type { SafetyFlagId } from '../knowledge/schema.js';
import type { Match } from './patterns.js';

export type GuardReason =
  | 'other-cause'
  | 'hypothetical'
  | 'past'
  | 'joke'
  | 'agreed'
  | 'in-use'
  | 'sport'
  | 'figurative'
  | 'own-withdrawal'
  | 'own-choice'
  | 'affection';

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
const DISTRESS = V`\b(?:on\s+purpose|deliberately|too\s+(?:hard|rough|far)|(?:wouldn't|didn't|won't|doesn't|would\s+not|did\s+not|will\s+not|does\s+not)\s+(?:stop|let\s+go)|even\s+(?:after|when|though)\s+I|(?:I|after\s+I)\s+(?:said|told|asked|begged)|after\s+I\s+tap\w*|scared|afraid|frightened|terrified|angry|furious|rage|row|argument|punish\w*|revenge|meant\s+it|again\s+and\s+again)\b`;

/** An irrealis condition on the act: "if he ever", "if she were to", "I'd leave if he". */
const HYPOTHETICAL = V`\b(?:if|should)\s+(?:{P}|he|she|they|anyone|anybody|someone|somebody|a\s+(?:man|woman|guy|partner|boyfriend|girlfriend|husband|wife))\s+(?:ever|were\s+to|was\s+to|dared(?:\s+to)?|so\s+much\s+as|even\s+tried\s+to|tried\s+to)\b|\bI(?:'d|\s+would)\s+(?:\w+\s+){0,4}if\s+(?:{P}|he|she|they|anyone|someone|a\s+\w+)\b`;

/**
 * The text shows a joke as a joke: the teller says so, both laughed (the couple or the two people
 * talking), or it is named as the couple's standing joke.
 */
const JOKE = V`\b(?:joked|jokingly|as\s+a\s+joke|in\s+jest|(?:we|both\s+of\s+us|both\s+of\s+them|they)\s+(?:both\s+|all\s+)?(?:laugh(?:ed|ing)?|crack(?:ed)?\s+up|(?:were|are)\s+(?:laughing|in\s+stitches|crying\s+with\s+laughter)|crying\s+with\s+laughter|in\s+stitches)|(?:running|standing|long-running|old|private|in-?)\s*(?:joke|gag)|our\s+(?:little\s+)?(?:joke|thing|in-?joke|gag|bit)|burst\w*\s+out\s+laughing|both\s+(?:in\s+stitches|laughing|crying\s+with\s+laughter)|lol|haha\w*|lmao)\b`;
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

/** Arrangements for money, the phone and location that only mean control when imposed. */
const ARRANGED: ReadonlySet<SafetyFlagId> = new Set<SafetyFlagId>([
  'control-of-money',
  'control-of-phone',
  'monitoring',
  'control-of-movements',
]);
/** Positive words of agreement: both chose it, the user asked for it or said yes to it. */
const AGREED = V`\b(?:we\s+(?:both\s+|all\s+)?(?:agreed|agree|decided|chose|set\s+(?:it|them|that)\s+up|sat\s+down|made\s+(?:a|the|our)\s+budget|worked\s+(?:it|out)|have\s+a\s+deal)|(?:agreed|decided|planned|set\s+(?:it\s+)?up)\s+together|together\s+(?:we|because)|(?:each|either|both)\s+of\s+us|we\s+each|each\s+other(?:'s)?|I\s+(?:asked|wanted|begged|got)\s+(?:{O}|him|her|them)\s+to|(?:it\s+was\s+)?my\s+(?:own\s+)?idea|I(?:\s+was\s+the\s+one\s+who)?\s+suggested|I\s+(?:said|told\s+(?:{O}|him|her|them))\s+(?:yes|of\s+course|sure|fine|go\s+ahead)|asked\s+(?:me\s+)?(?:if|whether)\s+(?:{P}|he|she|they)\s+could|with\s+my\s+(?:blessing|permission|consent|agreement)|I\s+gave\s+(?:{O}|him|her|them)\s+(?:my|the)|(?:turn|switch)\s+it\s+off\s+whenever|I\s+(?:told|gave|lent|showed)\s+(?:{O}|him|her|them)\s+my|(?:to|so\s+(?:{P}|he|she|they)\s+could)\s+help\s+me|with\s+me\s+to\s+help|I\s+was\s+(?:grateful|glad|thankful|relieved)|thank\w*\s+(?:{O}|him|her|them)\s+for)\b`;
/** Borrowing: the partner's own device is broken, lost or flat. */
const BORROWED = V`\b(?:since|because|as|when|while)\s+(?:{PS}|his|her|their)\s+(?:own\s+)?(?:phone|screen|battery|laptop|one|mobile)\s+(?:is\s+|was\s+|has\s+|had\s+|got\s+)?(?:been\s+)?(?:cracked|broke|broken|died|dead|flat|lost|stolen|playing\s+up|being\s+(?:fixed|repaired))\b`;
/** A look through the phone the text shows was for a surprise for the user. */
const SURPRISE = V`\b(?:surprise\s+(?:party|birthday|proposal|trip|holiday|weekend|gift|present|do)|(?:planning|organi[sz]ing|arranging)\s+(?:a|my|the)\s+(?:surprise|party|proposal)|turned\s+out\s+(?:{P}|he|she|they)\s+(?:was|were|had\s+been)\s+(?:planning|organi[sz]ing|arranging|buying|saving))\b`;
/** Duress around an arrangement: then it is control whatever it is called. */
const DURESS = V`\b(?:mak\w*\s+me|made\s+me|forc\w*|(?:have|has|had)\s+to|must|not\s+allowed|(?:won't|doesn't|didn't|wouldn't|never)\s+let|(?:can't|cannot|couldn't)\s+(?:say\s+no|refuse|turn|switch|say\s+anything|argue)|no\s+(?:choice|say)|(?:never|didn't|did\s+not|don't)\s+(?:really\s+)?(?:agree|agreed|consent)|supposedly|so-called|"(?:agreed|together|our\s+\w+)"|angry|furious|mad\b|rage|sulk\w*|punish\w*|silent\s+treatment|scared|afraid|terrified|frightened|nervous|or\s+else|threat\w*|insist\w*|demand\w*|pressur\w*|without\s+(?:asking\s+me|my\s+(?:knowing|knowledge|permission|consent))|behind\s+my\s+back|secretly|(?:but|really)\s+(?:{P}|he|she|they)\s+decides?|every\s+(?:penny|pound|cent|dollar)|allowance|ask\s+(?:{O}|him|her|them)\s+for)\b`;

/** A blade or a tool in a task: cooking, wood, the house, a gift and a lesson. */
const TOOL_USE = V`\b(?:chop\w*|slic\w*|dic(?:e|ed|ing)|carv\w*|peel\w*|fillet\w*|whetstone|cook\w*|recipes?|dinner|lunch|breakfast|onions?|vegetables?|veg|meat|turkey|roast|bread|cake|firewood|logs|kindling|wood|the\s+shed|fence|shel(?:f|ves)|DIY|garden\w*|prun\w*|hedges?|bought\s+me|gave\s+me|for\s+my\s+birthday|as\s+a\s+(?:gift|present)|teach\w*\s+me|taught\s+me|show\w*\s+me\s+how|fix\w*|repair\w*|build\w*|parcels?|boxes|clear\w*|brambles?|branches|trees?|landscap\w*|allotment|the\s+van|(?:his|her|their)\s+(?:jobs?|work|trade))\b`;
/** Anything aimed at the user beside the object. */
const AIMED = V`\b(?:at\s+me|towards?\s+me|to\s+my\s+(?:head|throat|neck|chest|face|stomach)|in\s+my\s+face|near\s+my|against\s+my|between\s+us|pointed|point\w*|wav\w*|brandish\w*|threat\w*|star(?:ed|ing|es)\s+at|glar\w*|look\w*\s+(?:at|over\s+at)\s+me|(?:{P}|he|she|they)\s+(?:said|says|told|tells|shouted|yelled|warned|muttered)|better\s+not|or\s+else|argu\w*|fight\w*|row|rows|angry|furious|rage|scared|afraid|frightened|terrified|kill|hurt|remind\w*|when\s+I\s+(?:said|say|told|tell|mention\w*|want\w*|tried|try))\b`;

/** A grappling sport, where a choke is a technique with a rule to stop. */
const GRAPPLING = V`\b(?:judo|jiu-?jitsu|jujitsu|bjj|grappling|sambo|mma|wrestling\s+(?:club|class|practice|team|match|training))\b`;
/** The training words around it: a drill, a class, a belt, tapping out. */
const TRAINING = V`\b(?:drills?|class(?:es)?|academy|dojo|gym|mats?|belts?|tap(?:s|ped|ping)?(?:\s+out)?|rolling|rolls?|spar\w*|competitions?|tournaments?|coach|instructor|sessions?|training|practi[cs]e)\b`;
/** A choke is never sport in bed or in sex. */
const INTIMATE = V`\b(?:sex|in\s+bed|during\s+(?:sex|it)|intimate|kink\w*)\b`;

/** The partner stepping back from their own people: cancelling, skipping, not answering. */
const OWN_WITHDRAWAL = V`\b(?:{P}|he|she|they)(?:'ve|'s|\s+has|\s+have|\s+had)?\s+(?:\w+\s+)?(?:cancel\w*|stopped\s+(?:going|seeing|answering|replying|calling)|skip\w*|avoid\w*|turn(?:s|ed)?\s+down|(?:doesn't|don't|won't|didn't)\s+(?:answer|reply|see|go|want\s+to\s+see)|pull\w*\s+out\s+of|dropp?\w*\s+out\s+of)\b`;
/** The user or the user's people in the sentence: then it may be the user cut off. */
const MINE = /\b(?:me|my|I|I'm|I've|I'd|us|our|we)\b/i;

/** A push whose subject is a gerund or a feeling: "her going is pushing me". */
const ABSTRACT_SUBJECT =
  /\b(?:my|your|his|her|their|our|the|this|that|all\s+(?:the|this|that))\s+(?:\w+ing|silence|distance|coldness|absence|behaviou?r|attitude|moods?|questions|calls|texts|needs?|neediness|jealousy|anxiety|fear|fears|work|job|stress|pressure|worry|worries)\s+(?:is|was|are|were|keeps?|kept)\s+(?:just\s+|really\s+|only\s+|probably\s+|also\s+)?$/i;
const PUSH = /^push\w*\s+(?:me|us)\b/i;

/** The subject of a blow is an event or words: "it really shook me", "which hit me hard". */
const EVENT_SUBJECT =
  /\b(?:it|this|that|which|what\s+(?:he|she|they|\w+)\s+said|the\s+(?:news|thought|realisation|realization|words?|comment|remark|diagnosis|loss|call|letter|message|silence|way\s+(?:he|she|they)\s+said\s+it)|(?:his|her|their)\s+(?:words|comment|remark|silence|message|text|letter|news))\s+(?:(?:really|just|suddenly|finally|properly|truly|then|all|also|kind\s+of|sort\s+of|honestly|actually|only)\s+)?$/i;
/** The verbs a piece of news is said to strike with. */
const IMPACT = /^(?:hit|hits|shook|shakes|struck|strikes|knocked|floored|rocked)\s+me\b/i;
/** Something moving that could land: an object thrown or swung, a limb, an injury. */
const MOTION = V`\b(?:threw|throw\w*|thrown|flung|fling\w*|hurl\w*|chuck\w*|swung|swing\w*|lash\w*|kick\w*|aim\w*|slamm\w*|fist|hand|elbow|arm|plate|glass|bottle|mug|cup|remote|chair|shoe|ball|car|bruis\w*|bleed\w*|blood|injur\w*|pain|hurt\w*|(?:in|on|across)\s+(?:the|my)\s+(?:face|head|eye|mouth|nose|arm|leg|back|chest|stomach|ribs))\b`;

/** Overwork: "killing himself at work / with overtime / to hit the target". */
const SELF_KILL = /^kill\w*\s+(?:himself|herself|themselves|themself|myself)$/i;
const EFFORT_AFTER =
  /^\s+(?:(?:at|with|over|for|on|in|from)\s+(?:all\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+|this\s+|that\s+|these\s+|those\s+)?(?:new\s+|extra\s+|double\s+)?(?:work|job|jobs|office|shifts?|overtime|deadlines?|projects?|gym|training|business|shop|company|firm|team|exams?|studies|revision|thesis|house|renovations?|garden|farm|restaurant|site|career|merger|launch|boss|clients?|long\s+hours|hours|workload|course|degree|startup|start-up|contracts?|deals?|cases?|campaign|accounts?|books?|album|tour|season)|working|(?:trying\s+)?to\s+(?:get|make|finish|meet|keep|pay|save|hit|please|impress|prove|provide|support|stay))\b/i;
/** Words of dying or a plan: then it is never overwork. */
const CRISIS = V`\b(?:suicid\w*|die|dying|death|dead|pills?|tablets?|overdos\w*|goodbye|burden|no\s+point|hopeless|end\s+it|not\s+(?:be\s+)?(?:here|around|alive)|rope|bridge|wants?\s+to|said\s+(?:he|she|they)\s+(?:would|will|might)|threat\w*|if\s+I)\b`;

/** A hand or an arm taken: the touch affection and force share. */
const HAND_TAKEN =
  /^(?:grab\w*|squeez\w*|grip\w*|clutch\w*|took|takes?|hold\w*|held|pull\w*|tug\w*)\s+(?:me\s+by\s+(?:the|my)|my)\s+(?:hand|hands|arm|fingers|waist)\b/i;
/** Positive words of affection around it. */
const AFFECTION = V`\b(?:sweet|cute|lovely|affectionate\w*|romantic|tender\w*|gentl[ey]|cuddl\w*|hugs?|hugg\w*|kiss\w*|hold(?:ing)?\s+hands|flirt\w*|cheeky|playful|danc\w*|on\s+the\s+street|in\s+the\s+street|(?:cross|crossing)\s+the\s+road|under\s+the\s+table|when\s+we\s+(?:first\s+)?met|adore\w*|fancie[ds]|fancy|loving\w*|smil\w*|giggl\w*|love\s+(?:notes?|letters?|texts?)|initiat\w*|laugh\w*|(?:bit|part|scene)\s+of\s+(?:the|a)\s+(?:film|movie|show))\b`;
/** Force or pain beside the touch: then it is not affection. */
const FORCE = V`\b(?:drag\w*|pull\s+me\s+(?:back|down|away|out|off|along|across)|yank\w*|twist\w*|shov\w*|push\w*|hurt\w*|pain\w*|bruis\w*|marks?|red|tight(?:ly)?|hard|wouldn't\s+let\s+go|couldn't\s+(?:get\s+)?(?:free|away|loose)|nails|dug|won't\s+let\s+(?:me\s+)?go|pulled\s+me|scar(?:ed|y)|afraid|frightened|terrified|angry|furious|rage|row|argu\w*|shout\w*|yell\w*)\b`;

/** The user as the one who checks, with nothing that binds them before it. */
const USER_SUBJECT =
  /\bI\s+(?:(?:just|always|still|constantly|often|usually|then|also|even|compulsively|obsessively|nervously|keep|kept)\s+){0,2}$/i;
/** The user's own act on their own things: checking, looking, reading, keeping. */
const OWN_ACT =
  /^(?:check\w*|look\w*|go(?:es)?\s+through|went\s+through|going\s+through|read\w*|scroll\w*|search\w*|keep\w*|kept|hid\w*|hide)\b/i;
const BOUND = V`\b(?:permission|approval|I\s+(?:\w+\s+)?(?:have|had|need|needed|got)\s+to|must|made\s+me|makes\s+me|let\s+(?:{O}|him|her|them)|(?:for|to|in\s+front\s+of)\s+(?:him|her|them)(?=\s*(?:[.,;:!?]|$|and\b|so\b|because\b|when\b|every\b|each\b|before\b|after\b|at\b))|so\s+(?:{P}|he|she|they)\s+can|or\s+(?:{P}|he|she|they))\b`;

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
    // An arrangement the couple made, or a look through the phone for a surprise, with no
    // duress in the sentence or beside it.
    if (ARRANGED.has(hit.flag) && !testNear(DURESS, sentence, 1)) {
      if (test(AGREED)) return 'agreed';
      if (hit.flag === 'control-of-phone' && test(BORROWED)) return 'agreed';
      if ((hit.flag === 'control-of-phone' || hit.flag === 'monitoring') && testText(SURPRISE))
        return 'agreed';
    }
    // A tool in a task, nothing aimed at the user in the sentence or the next one.
    if (hit.flag === 'weapon' && test(TOOL_USE) && !testNear(AIMED, sentence, 1)) return 'in-use';
    // A choke inside a grappling sport with its training words, no distress, not in bed.
    if (
      hit.flag === 'strangulation' &&
      test(GRAPPLING) &&
      test(TRAINING) &&
      !test(DISTRESS) &&
      !test(INTIMATE)
    )
      return 'sport';
    if (hit.flag === 'isolation' && test(OWN_WITHDRAWAL) && !MINE.test(text))
      return 'own-withdrawal';
    if (
      hit.flag === 'physical-violence' &&
      PUSH.test(quote.trim()) &&
      ABSTRACT_SUBJECT.test(masked.slice(sentence.start, hit.start))
    )
      return 'figurative';
    // News or words landing: "it really shook me", "which hit me harder than I expected".
    if (
      hit.flag === 'physical-violence' &&
      IMPACT.test(quote.trim()) &&
      EVENT_SUBJECT.test(masked.slice(sentence.start, hit.start)) &&
      !testNear(MOTION, sentence, 1)
    )
      return 'figurative';
    // Overwork: "killing herself at work since the merger", no dying or plan near.
    if (
      (hit.flag === 'partner-crisis' || hit.flag === 'self-harm') &&
      SELF_KILL.test(quote.trim()) &&
      EFFORT_AFTER.test(masked.slice(hit.end, sentence.end)) &&
      !testNear(CRISIS, sentence, 1)
    )
      return 'figurative';
    // A hand taken in affection, nothing forced or feared in the sentence.
    if (
      hit.flag === 'physical-violence' &&
      HAND_TAKEN.test(masked.slice(hit.start, sentence.end).trim()) &&
      test(AFFECTION) &&
      !test(FORCE) &&
      !test(DISTRESS)
    )
      return 'affection';
    // The user checking their own phone or money, nothing binding them to it.
    if (
      ARRANGED.has(hit.flag) &&
      OWN_ACT.test(quote.trim()) &&
      USER_SUBJECT.test(masked.slice(sentence.start, hit.start)) &&
      !test(BOUND) &&
      !test(DURESS)
    )
      return 'own-choice';
    return undefined;
  }

  /** The source matches the sentence or one within `reach` sentences of it. */
  function testNear(source: string, sentence: Match, reach: number): boolean {
    const at = sentences.indexOf(sentence);
    const from = sentences[Math.max(0, at - reach)] ?? sentence;
    const to = sentences[Math.min(sentences.length - 1, at + reach)] ?? sentence;
    const re = compile(once(source));
    re.lastIndex = 0;
    return re.test(masked.slice(from.start, to.end));
  }

  function testText(source: string): boolean {
    const re = compile(once(source));
    re.lastIndex = 0;
    return re.test(masked) && !testWhole(DURESS);
  }

  function testWhole(source: string): boolean {
    const re = compile(once(source));
    re.lastIndex = 0;
    return re.test(masked);
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
