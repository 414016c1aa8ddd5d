/**
 * Safety flags from free text. Safety comes first: a flag is raised on any plausible disclosure,
 * hedged or not, and a negation suppresses it only when it reads as a plain denial ("he has never
 * hit me"), not as a minimising disclosure ("he didn't mean to hit me", "he never hit me before
 * last week"). Idioms are blanked first (see ./idioms.ts) and clauses whose subject is someone
 * else ("my boss will murder me") are set aside.
 */
import type { SafetyFlagId } from '../knowledge/schema.js';
import { NEGATORS, type Clause } from './clauses.js';
import { findCombined } from './combine.js';
import { FIELDS } from './fields.js';
import { applyGuards, type GuardReason } from './guards.js';
import { actorAt, isSubjectAt, type Actor, type PartnerRefs } from './references.js';
import type { Match } from './patterns.js';

export type SafetyLevelOf = 'concern' | 'urgent';

/** Levels as in the signals contract: danger-to-life markers are urgent. */
export const SAFETY_LEVEL: Record<SafetyFlagId, SafetyLevelOf> = {
  'fear-of-partner': 'concern',
  'physical-violence': 'concern',
  strangulation: 'urgent',
  weapon: 'urgent',
  'threat-to-kill': 'urgent',
  threats: 'concern',
  'threats-to-children-or-pets': 'concern',
  'suicide-threat-as-pressure': 'concern',
  'control-of-money': 'concern',
  'control-of-phone': 'concern',
  'control-of-movements': 'concern',
  monitoring: 'concern',
  isolation: 'concern',
  'sexual-coercion': 'concern',
  stalking: 'urgent',
  escalation: 'urgent',
  'partner-crisis': 'concern',
  'self-harm': 'urgent',
};

export type SafetyRule = {
  flag: SafetyFlagId;
  patterns: readonly string[];
  /** The wording carries its own negation ("won't let me"), so it is never read as a denial. */
  hasOwnNegation?: boolean;
  /** Raised only when the sentence also matches this (regex source, case-insensitive). */
  sentenceContext?: string;
  /** Raised only when the whole text matches this (e.g. a break-up, for stalking). */
  textContext?: string;
  /** Raised only when the whole text does NOT match this. */
  unlessText?: string;
  /** Raised only when the sentence does NOT match this. */
  unlessSentence?: string;
  /** The wording itself says whom it is about ("without me"), so another subject does not matter. */
  ignoresActor?: boolean;
  /** Raised only when the clause's actor is one of these (self-harm vs the partner in crisis). */
  actorIs?: readonly Actor[];
};

const V = String.raw;
const KIDS = V`(?:(?:the|my|our|his|her|their)\s+)?(?:kids?|children|child|son|daughter|baby|babies|little\s+one|toddler|dogs?|cats?|pets?|puppy|kitten|horse)`;
const FRIENDS = V`(?:(?:my|our)\s+)?(?:own\s+)?(?:friends?|family|mum|mom|mother|dad|father|parents|sisters?|brothers?|siblings|best\s+friend|relatives|colleagues|co-?workers|anyone|people|mates|folks|family\s+members|girlfriends|loved\s+ones)`;
const WILL = V`\s*(?:'d|'ll|\s+would|\s+will|\s+is\s+going\s+to|\s+was\s+going\s+to|'s\s+going\s+to|\s+are\s+going\s+to|'s\s+gonna|\s+is\s+gonna|\s+might|\s+could)`;
const SAID = V`(?:said|says|told\s+me|tells\s+me|swore|swears|warned(?:\s+me)?|warns(?:\s+me)?|threatened|threatens|texted(?:\s+me)?|screamed|shouted|yelled|keeps\s+saying)`;
const NOT_LET = V`(?:won't|wont|doesn't|doesnt|does\s+not|didn't|didnt|did\s+not|wouldn't|will\s+not|never)\s+lets?`;
const BREAK_UP = V`\b(?:the\s+split|our\s+split|the\s+break[-\s]?up|our\s+break[-\s]?up|(?<!\b(?:his|her|their)\s)ex|I\s+moved\s+(?:to|in\s+with|back\s+(?:to|in\s+with))\s+my\s+(?:sister|brother|mum|mom|dad|parents|friend|nan|gran|aunt|cousin)(?:'s)?|ex-(?:husband|wife|boyfriend|girlfriend|partner)|broke\s+up|break[-\s]?up|split\s+up|we\s+split|separated|separation|since\s+I\s+left|after\s+I\s+left|I\s+left\s+(?:him|her|them)|divorc\w*|moved\s+out|restraining\s+order|protection\s+order|no\s+contact|blocked\s+(?:him|her|them|his|her|their))\b`;
/** Things that are the user's own and whose control is control of them, by kind. */
const MONEY_THING = V`(?:(?:bank|credit|debit)\s+cards?|cards?|money|cash|wages|salary|pay(?:check|cheque|slip)?s?|earnings|savings|benefits|pension|receipts?|spending|purchases|bank\s+(?:accounts?|statements?)|accounts?|fare|bus\s+fare|allowance)`;
const DET = V`(?:(?:all\s+(?:of\s+)?)?(?:my\s+(?:own\s+)?|the\s+|our\s+)|a\s+|an\s+|any\s+|every\s+|each\s+|all\s+)`;
/** Violence in the text, for reading "worse than ever" as escalation of it. */
const VIOLENCE_CONTEXT = V`\b(?:hit|hits|hitting|hitting|shov\w*|pushed\s+me|push(?:ed|es)?\s+me|slap\w*|punch\w*|kick\w*|chok\w*|strangl\w*|smash\w*|broke\s+(?:the|my|a|our)|threw|throws|throwing|grabb?\w*\s+me|violen\w*|hurt\s+me|bruis\w*|slamm\w*|rage|threat\w*)\b`;
/** A weapon word in a harmless frame: a game, a film, a kitchen, a hunt. */
const HARMLESS_WEAPON_FRAME = V`^(?![^]*\b(?:threat\w*|at\s+me|to\s+my\s+(?:head|throat|neck|chest)|pointed|waved|brandish\w*|came\s+at|reminds\s+me|by\s+the\s+bed|under\s+the\s+(?:bed|pillow)|when\s+we\s+(?:argue|fight)|whenever\s+I|when\s+I\s+(?:mention|talk|say|bring|ask)|looks?\s+at\s+me|show\s+me|scared|afraid|grabbed|picked\s+up|pulled\s+out|got\s+out|took\s+out|held\s+it|holding|cleans|cleaning|sharpen\w*)\b)[^]*\b(?:games?|gaming|plays?|playing|played|film|films|movies?|series|(?:tv|the|a)\s+show|documentary|video|toy|nerf|water\s+guns?|glue\s+gun|chefs?|butcher\w*|cook\w*|chopping|recipes?|hunt\w*|deer|shooting\s+range|range|museum|collection|locked\s+(?:away|up|in)|gun\s+(?:safe|cabinet)|lock\s?box|service\s+(?:weapon|pistol|firearm|revolver)|on\s+duty|fishmonger|carpenter|joiner|surgeon|gamekeeper|licen[cs]e\w*)\b`;
/**
 * The user's own job with weapons in it ("I'm a police officer: knives, threats"), when nobody
 * in the sentence is the partner and nothing is aimed at the user.
 */
const PROFESSIONAL_WEAPON_FRAME = V`^(?![^]*\b(?:at\s+me|to\s+my|against\s+my|in\s+my\s+face|(?:{P}))\b)[^]*\b(?:I'm|I\s+am|I\s+work\s+as|I've\s+been)\s+an?\s+(?:\w+\s+)?(?:police|officer|cop|paramedic|nurse|doctor|social\s+worker|prison\s+officer|guard|bouncer|soldier|firefighter|detective|lawyer|solicitor|barrister|judge|medic)\b`;
/** The partner's own trade with blades in it ("he's a butcher … the knives he sharpens"). */
const PARTNER_TRADE_FRAME = V`^(?![^]*\b(?:at\s+me|to\s+my|against\s+my|in\s+my\s+face|threat\w*|when\s+we\s+(?:argue|fight|row)|reminds?\s+me|scared|afraid)\b)[^]*\b(?:{P}|he|she|they)(?:'s|\s+is|\s+works\s+as|\s+trained\s+as)\s+an?\s+(?:\w+\s+)?(?:butcher|chef|cook|fishmonger|carpenter|joiner|builder|surgeon|hunter|gamekeeper|farmer|fencer)\b`;
/** Words quoted at someone else ("… at his sister", "… at some kid online"): not at the user. */
const QUOTED_AT_OTHER = V`["']\s*,?\s*at\s+(?:some|a|an|the|his|her|their|our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:sister|brother|son|daughter|kids?|child|children|boys?|girls?|[\w-]+-year-old|screen|tv|telly|ref|referee|players?|team|console|dogs?|cats?|opponents?|strangers?|friends?|mates?|guy|bloke|lad|teenagers?)\b`;
const SEX_CONTEXT = V`\b(?:sex|sexual\w*|bed|touch\w*|intimate|intimacy|kiss\w*|undress\w*|body|in\s+the\s+mood|sleep\s+with)\b`;

export const SAFETY_RULES: readonly SafetyRule[] = [
  // ── strangulation (urgent) ──
  {
    flag: 'strangulation',
    patterns: [
      V`\b(?:chok|strangl|throttl|suffocat|smother)(?:e|ed|es|ing)\s+me\b`,
      V`\btried\s+to\s+(?:choke|strangle|throttle|suffocate|smother)\b`,
      V`\bstrangulation\b|\bchoke\s*-?\s*hold\b|\bheadlock\b`,
      V`\b(?:hands?|arms?|fingers|knee|belt|rope|cord)\s+(?:a)?round\s+my\s+(?:neck|throat)\b`,
      V`\b(?:hands?|knee|arm|weight)\s+on\s+my\s+(?:neck|throat)\b`,
      V`\bby\s+(?:the|my)\s+(?:throat|neck)\b`,
      V`\b(?:squeez|press|grabb|grip|clutch)\w*\s+my\s+(?:neck|throat)\b`,
      V`\b(?:until|till)\s+I\s+(?:couldn't|could\s+not|can't|cannot)\s+breathe\b`,
      V`\bpillow\s+over\s+my\s+face\b`,
      V`\b(?:passed|blacked)\s+out\s+(?:when|while|after|because)\s+{P}`,
    ],
  },
  // ── weapons (urgent) ──
  {
    flag: 'weapon',
    patterns: [
      V`\bcame\s+at\s+me\s+with\b`,
      V`\b(?:held|holds|pointed|points|waved|waves|pulled)\s+(?:a|an|the|his|her|their)\s+\w+\s+(?:at|to)\s+(?:me|my\s+(?:head|throat|face|chest))\b`,
    ],
  },
  {
    flag: 'weapon',
    patterns: [
      V`\b(?:guns?|handguns?|pistols?|rifles?|shotguns?|firearms?|revolvers?|knife|knives|blades?|machetes?|weapons?|crossbow)\b`,
    ],
    // A weapon word inside a game, a film, a kitchen or a hunt is not a weapon against the user,
    // unless the same sentence also points it at them.
    unlessSentence: V`(?:${HARMLESS_WEAPON_FRAME})|(?:${PROFESSIONAL_WEAPON_FRAME})|(?:${PARTNER_TRADE_FRAME})`,
  },
  // ── threats to kill (urgent) ──
  {
    flag: 'threat-to-kill',
    patterns: [
      V`\bthreat\w*\s+(?:to\s+)?(?:kill|murder|end)\s+(?:me|us|you|my\s+(?:life|family|kids|children|son|daughter))\b`,
      V`\b${SAID}\s+(?:that\s+)?(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?(?:kill|murder|end)\s+(?:me|us|my)\b`,
      V`\b${SAID}\s+(?:that\s+)?I(?:'d|\s+would|'ll|\s+will)\s+(?:be|end\s+up)\s+dead\b`,
      V`["']\s*(?:I|I'll|I\s+will|I'm\s+going\s+to|I'm\s+gonna)\s*(?:'ll|\s+will|\s+am\s+going\s+to)?\s*(?:fucking\s+)?(?:kill|murder|end)\s+you\b`,
      V`["']\s*you(?:'re|\s+are)\s+(?:so\s+)?dead\b`,
      V`\bdeath\s+threats?\b|\bthreaten\w*\s+my\s+life\b|\bwants?\s+me\s+dead\b`,
      V`\b(?:scared|afraid|terrified|frightened|fear|worried|convinced|think|believe)\s+(?:that\s+)?(?:{P}|he|she|they)${WILL}\s+(?:actually\s+|really\s+|one\s+day\s+)?(?:kill|murder)\s+me\b`,
      V`\b(?:{P})\s+(?:is|'s|was)\s+capable\s+of\s+killing\s+me\b`,
      V`\b(?:{P})${WILL}\s+kill\s+me\s+(?:one\s+day|someday|some\s+day|eventually|for\s+real|I\s+know\s+it)\b`,
      V`\bfear\s+for\s+my\s+life\b`,
    ],
    unlessSentence: QUOTED_AT_OTHER,
  },
  // ── threats (concern) ──
  {
    flag: 'threats',
    patterns: [
      V`\bthreat(?:en|ens|ened|ening)\s+(?:me|us)\b`,
      V`\bthreat(?:en|ens|ened|ening)\s+to\s+(?!(?:leave|quit|break\s+up|move\s+out|end\s+(?:it|things|the\s+relationship)|divorce|call\s+it|go\b|walk\b|resign)\b)\w+`,
      V`\b(?:his|her|their|the|makes|made|making)\s+threats\b`,
      V`\bintimidat(?:es|ed|ing|ion)\b`,
      V`\b(?:punch|punched|punches|punching|kick|kicked|kicks|hit|hits|smash|smashed|smashes)\s+(?:a\s+hole\s+in\s+)?(?:the|our|my)\s+(?:wall|walls|door|doors)\b`,
      V`\b(?:smash|smashed|smashes|smashing|broke|breaks|breaking|destroy|destroyed|destroys|throws|threw|throwing)\s+(?:my|our|the)\s+(?:phone|things|stuff|belongings|plates?|tv|laptop|glasses|furniture|door|windows?|car)\b`,
      V`\b(?:throws|threw|throwing)\s+(?:things|stuff|plates|a\s+(?:plate|glass|chair|cup|bottle))\b`,
      V`\b${SAID}\s+(?:that\s+)?I(?:'d|\s+would|'ll|\s+will)\s+(?:regret|pay|be\s+sorry)\b`,
      V`\bmake\s+(?:me|you)\s+pay\b|\byou'll\s+regret\b|\bor\s+else\b`,
      V`\bwatch\s+(?:my|your)\s+back\b|\b(?:I'd|you'd)\s+better\s+(?:watch|be\s+careful|not)\b`,
      V`\bif\s+I\s+(?:ever\s+)?(?:leave|left|go|tell|report|call|told)\b[^.!?]{0,40}\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+(?:make|ruin|hurt|destroy|take|find|come\s+after|get|make\s+sure)\b`,
      V`\bruin\s+(?:my\s+life|me)\b|\bleave\s+me\s+with\s+nothing\b`,
      V`\b(?:post|share|send|leak|show)\w*\s+(?:my\s+|our\s+|the\s+)?(?:nudes|naked\s+(?:photos|pictures|pics)|intimate\s+(?:photos|pictures|videos)|private\s+(?:photos|pictures|videos))\b`,
      V`\brevenge\s+porn\b|\bblackmail\w*\b`,
      V`\breport\s+me\s+to\s+(?:immigration|the\s+police|my\s+(?:boss|employer))\b|\bget\s+me\s+deported\b`,
      V`\b(?:{P})\s+(?:is|'s|was|gets|got|has\s+been|can\s+be|becomes|became)\s+(?:\w+\s+)?(?:aggressive|menacing)\b`,
      V`\b(?:flies|flew)\s+into\s+(?:a\s+)?rages?\b`,
    ],
  },
  {
    flag: 'threats',
    ignoresActor: true,
    hasOwnNegation: true,
    patterns: [
      V`\b(?:nobody|no\s+one)\s+(?:would|will|could)\s+(?:ever\s+)?find\s+(?:me|you|my\s+body|your\s+body)\b`,
    ],
  },
  // ── threats to children or pets (concern) ──
  {
    flag: 'threats-to-children-or-pets',
    patterns: [
      V`\bthreat\w*\s+(?:to\s+)?(?:take|hurt|harm|kill|get\s+rid\s+of|keep|drown|poison)\s+(?:away\s+)?${KIDS}`,
      V`\b(?:hit|hits|hitting|kick|kicked|kicks|kicking|hurt|hurts|hurting|beat|beats|beating|slapped|slaps|shook|shakes|threw|throws|smacked|smacks|punched|punches|choked|strangled|drowned|starved|poisoned)\s+${KIDS}\b`,
      V`\b${SAID}\s+(?:that\s+)?(?:{P}|he|she|they)${WILL}\s+(?:take|hurt|harm|kill|get\s+rid\s+of)\s+${KIDS}`,
      V`\bI(?:'ll|\s+will|'d|\s+would)?\s+(?:never|won't|wouldn't|will\s+not)\s+(?:ever\s+)?see\s+${KIDS}\s+again\b`,
      V`\btake\s+${KIDS}\s+(?:away\s+)?(?:from\s+me|if\s+I)\b`,
    ],
  },
  // ── suicide threats as pressure (concern) ──
  {
    flag: 'suicide-threat-as-pressure',
    patterns: [
      V`\bthreat\w*\s+(?:to\s+)?(?:kill|hurt|harm)\s+(?:himself|herself|themselves|themself)\b`,
      V`\bthreat\w*\s+(?:to\s+)?(?:commit\s+)?suicide\b|\bthreat\w*\s+to\s+(?:end|take)\s+(?:his|her|their)\s+(?:own\s+)?life\b`,
      V`\b(?:kill|hurt|harm)\s+(?:himself|herself|themselves|themself)\s+if\s+I\b`,
      V`\bif\s+I\s+(?:ever\s+)?(?:leave|left|go|went|break\s+up|end\s+(?:it|things))\b[^.!?]{0,40}\b(?:kill|hurt|harm)\s+(?:himself|herself|themselves|themself)\b`,
      V`\bif\s+I\s+(?:ever\s+)?(?:leave|left|go|went|break\s+up|end\s+(?:it|things))\b[^.!?]{0,40}\b(?:suicide|end\s+(?:his|her|their)\s+life|not\s+(?:want\s+to\s+)?live)\b`,
    ],
  },
  // ── the partner in crisis (concern) ──
  {
    flag: 'partner-crisis',
    patterns: [
      V`\b(?:{P})\s+(?:is|'s|was|has\s+been|seems|seemed)\s+(?:\w+\s+)?suicidal\b`,
      V`\b(?:{P})\s+(?:tried|attempted|has\s+tried)\s+to\s+(?:kill|end|hurt)\s+(?:himself|herself|themselves|themself|his\s+life|her\s+life|their\s+life)\b`,
      V`\b(?:{P})\s+(?:wants|wanted|has\s+said\s+(?:he|she|they)\s+wants?)\s+to\s+die\b`,
      V`\b(?:{P})\s+(?:talks|talked|has\s+talked|keeps\s+talking|has\s+been\s+talking|spoke|speaks)\s+about\s+(?:dying|death|not\s+being\s+(?:here|around|alive)|ending\s+it|suicide|wanting\s+to\s+die|killing\s+(?:himself|herself|themselves))\b`,
      V`\b(?:{P})\s+(?:took|had)\s+an\s+overdose\b|\b(?:{P})\s+overdosed\b`,
      V`\b(?:{P})\s+(?:is|'s|has\s+been)\s+(?:self[-\s]?harming|cutting\s+(?:himself|herself|themselves))\b`,
      V`\b(?:kill|hurt|harm|cut|cutting|harming|hurting|killing)\s+(?:himself|herself|themselves|themself)\b`,
    ],
    // Pressure is its own flag; someone else's words ("my sister says she wants to die") are theirs.
    unlessSentence: V`\bthreat|\bif\s+I\b|\bunless\s+I\b|\bmy\s+(?:sister|brother|mum|mom|dad|friend|mate|cousin|aunt|uncle|son|daughter|boss|colleague|niece|nephew)\s+(?:says|said|tells|told|keeps\s+saying)\b`,
  },
  // ── the user's own thoughts of self-harm (urgent) ──
  {
    flag: 'self-harm',
    patterns: [
      V`\bI\s+(?:just\s+|sometimes\s+|really\s+|honestly\s+|often\s+|kind\s+of\s+|almost\s+)?(?:want|wanted|wish|feel\s+like\s+I\s+want)\s+to\s+die\b`,
      V`\b(?:kill|hurt|harm|cut|cutting|harming|hurting|killing|cuts|hurts|harms)\s+myself\b`,
      V`\bthoughts?\s+(?:of|about)\s+(?:suicide|killing\s+myself|ending\s+(?:it|my\s+life|things)|dying|not\s+being\s+(?:here|alive|around)|self[-\s]?harm)\b`,
      V`\bend(?:ing|ed)?\s+(?:it\s+all|my\s+(?:own\s+)?life)\b|\btake\s+my\s+(?:own\s+)?life\b`,
      V`\b(?:don't|do\s+not|didn't|dont)\s+want\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up)\b`,
      V`\b(?:no|not\s+any|don't\s+see\s+the|do\s+not\s+see\s+the|don't\s+see\s+any)\s+(?:point|reason)\s+(?:in\s+)?(?:living|going\s+on|being\s+alive|to\s+live|to\s+go\s+on)\b`,
      V`\b(?:life|living)\s+(?:isn't|is\s+not|isnt|doesn't\s+feel)\s+worth\s+(?:it|living)\b`,
      V`\b(?:better\s+off\s+without\s+me|better\s+off\s+(?:if\s+I\s+was|if\s+I\s+were)\s+(?:dead|gone))\b`,
      V`\bwish\s+I\s+(?:was|were|had\s+never\s+been)\s+(?:dead|gone|born|never\s+born)\b`,
      V`\bwish\s+I\s+(?:could\s+)?(?:just\s+)?(?:disappear|not\s+wake\s+up|didn't\s+wake\s+up|wouldn't\s+wake\s+up|sleep\s+forever|go\s+to\s+sleep\s+and\s+not\s+wake\s+up)\b`,
      V`\bself[-\s]?harm\w*\b`,
      V`\bI\s+(?:overdosed|took\s+an\s+overdose|took\s+too\s+many\s+pills)\b`,
      V`\bI\s+can't\s+go\s+on\b(?!\s+like\s+this)`,
      V`\b(?:everyone|everybody|they|people|the\s+world|my\s+family|my\s+kids)\s+would\s+be\s+(?:fine|better|happier|better\s+off|relieved)\s+(?:if\s+I\s+(?:just\s+)?(?:disappeared|was\s+gone|were\s+gone|wasn't\s+here|weren't\s+here|died|was\s+dead|were\s+dead)|without\s+me)\b`,
      V`\bI\s+(?:just\s+)?(?:want|wish\s+I\s+could)\s+to\s+disappear\b|\bwish\s+I\s+could\s+(?:just\s+)?disappear\b|\bno\s+one\s+would\s+(?:miss|notice)\s+(?:me|if\s+I)\b`,
      // Life imagined without the user, told as relief: "easier if I just wasn't around any more",
      // "nobody would really notice if I was gone".
      V`\b(?:easier|better|simpler|kinder)\s+(?:for\s+(?:everyone|everybody|all\s+of\s+them|him|her|them)\s+)?if\s+I\s+(?:just\s+)?(?:wasn't|weren't|was\s+not|were\s+not|wasnt)\s+(?:here|around|alive)\b`,
      V`(?<!\b(?:said|says|told\s+me|tells\s+me|laughed)\s+(?:that\s+)?)\b(?:nobody|no\s+one|no-one)\s+would\s+(?:\w+\s+)?(?:miss|notice)\s+if\s+I\s+(?:was|were)\s+(?:gone|dead)\b`,
    ],
    ignoresActor: true,
    hasOwnNegation: true,
    unlessSentence: V`\b(?:{P})\s+(?:\w+\s+){0,3}(?:kill|hurt|harm)\s+(?:himself|herself|themselves)\b`,
  },
  {
    flag: 'self-harm',
    patterns: [V`\bsuicid\w*\b`],
    unlessSentence: V`\b(?:{P})\s+(?:\w+\s+){0,6}(?:suicid\w*|threat\w*)`,
  },
  // ── fear of the partner (concern) ──
  {
    flag: 'fear-of-partner',
    patterns: [
      V`\b(?:scared|afraid|frightened|terrified|fearful|petrified)\s+(?:to\s+death\s+)?of\s+(?:{O})(?!\s+(?:leaving|going|losing|breaking|cheating|finding|falling|getting|being|not|moving|changing|dying|walking|ending|giving|quitting|meeting|seeing|thinking|deciding|feeling|wanting|telling))\b`,
      V`\b(?:scared|afraid|frightened|terrified|fear|petrified)\s+(?:of\s+)?(?:what|how)\s+(?:{P}|he|she|they)${WILL}?\s*(?:do|react|respond)\b`,
      V`\b(?:worried|nervous)\s+(?:about\s+)?what\s+(?:{P}|he|she|they)${WILL}\s*do\b`,
      V`\b(?:scared|afraid|frightened|terrified)\s+(?:of\s+)?(?:{PS})\s+(?:temper|anger|rage|rages|reactions?|moods?|outbursts?|drinking|fists?|violence|threats?|jealousy)\b`,
      V`\b(?:{PS})\s+(?:temper|anger|rage|rages|outbursts?|moods?|drinking)\s+(?:really\s+)?(?:scares?|frightens?|terrifies|terrify)\b`,
      V`\b(?:{P})\s+(?:really\s+)?(?:scares|frightens|terrifies|intimidates)\s+me\b`,
      V`\b(?:{P})\s+(?:can\s+be|is|gets|'s|has\s+been|was|becomes)\s+(?:really\s+|so\s+|quite\s+|pretty\s+|very\s+)?(?:scary|frightening|terrifying|menacing)\b`,
      V`\bwalk(?:ing|s|ed)?\s+on\s+egg\s?-?shells\b(?!\s+(?:around|with)\s+(?:my|the|our)\s+(?:boss|manager|mum|mom|dad|parents|family|kids|teenager|in-laws|team|colleagues?))`,
      V`\bI\s+(?:flinch|cower|freeze|tense\s+up|shake)\s+(?:when|whenever|every\s+time)\s+(?:{P})`,
      V`\bdread\s+(?:{O}|{PS})\s+(?:coming\s+home|reactions?|moods?|temper)\b`,
      V`\bfear\s+for\s+my\s+safety\b`,
      // Expecting to be killed or hurt one day; scared of what speaking up would bring.
      V`\b(?:think|believe|convinced|sure|know|worry|worried)\s+(?:that\s+)?(?:one\s+day\s+|some\s+day\s+|eventually\s+)?(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?(?:kill|hurt|seriously\s+hurt|really\s+hurt)\s+me\b`,
      V`\b(?:scared|afraid|frightened|terrified|nervous)\s+(?:of\s+)?(?:saying|doing)\s+the\s+wrong\s+thing\b|\b(?:scared|afraid|frightened|terrified)\s+(?:of\s+)?what\s+(?:happens|will\s+happen|would\s+happen|might\s+happen)\s+if\s+I\b`,
      V`\bI\s+(?:still\s+)?(?:flinch|cower|freeze|tense\s+up|shake|jump)\s+(?:when|whenever|every\s+time|if)\s+(?:{P}|he|she|they)\s+(?:raises?|raised|lifts?|lifted|moves?|moved|shouts?|yells?|gets?\s+(?:angry|cross|mad|loud)|comes?\s+near|reaches?|walks?\s+in)\b`,
      V`\b(?:never|don't|do\s+not|can't)\s+know\s+what\s+(?:{P}|he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+might|\s+is\s+going\s+to)\s+do\b`,
      V`\b(?:never|don't|do\s+not)\s+know\s+(?:what|which)\s+(?:mood|version)\b[^.!?]{0,30}\b(?:come\s+home|be\s+in|walk\s+in)\b`,
      V`\b(?:anxious|nervous|panic\w*|dread|tense|freeze|shaking|sick)\b[^.!?]{0,20}\b(?:when|whenever|as\s+soon\s+as)\s+I\s+hear\s+(?:{PS}|him|her|them)\b`,
      V`\b(?:{P})\s+(?:is|'s|was|has\s+been|can\s+be|became|gets)\s+(?:\w+\s+)?(?:abusive)\b`,
      V`\b(?:abuses|abused|abusing)\s+me\b|\babusive\s+(?:relationship|partner|husband|wife|boyfriend|girlfriend)\b|\bcoercive(?:ly)?\s+control\w*\b`,
      V`\b(?:emotional|verbal|psychological|mental|domestic)\s+abuse\b`,
    ],
  },
  {
    flag: 'fear-of-partner',
    hasOwnNegation: true,
    patterns: [
      V`\b(?:afraid|scared|terrified|frightened)\s+(?:to\s+)?(?:go\s+home|come\s+home|say\s+no|disagree|speak\s+up|be\s+alone\s+with|tell\s+(?:{O})\s+no|leave\s+(?:{O})|contradict|stand\s+up\s+to)\b`,
      V`\b(?:don't|do\s+not|never|dont)\s+feel\s+safe\s+(?:at\s+home|with\s+(?:{O})|around\s+(?:{O})|in\s+my\s+(?:own\s+)?(?:home|house|flat|apartment))\b`,
      V`\bI\s+feel\s+unsafe\b|\bnot\s+safe\s+(?:at\s+home|with\s+(?:{O})|around\s+(?:{O}))\b`,
    ],
  },
  // ── physical violence (concern) ──
  {
    flag: 'physical-violence',
    patterns: [
      V`\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|shov(?:e|ed|es|ing)|push(?:ed|es|ing)?|smack(?:ed|s|ing)?|whack(?:ed|s)?|elbow(?:ed|s)?|head-?butt(?:ed|s)?|bit|bites|bitten|scratch(?:ed|es)|strike|strikes|struck|attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|spat\s+on|spits\s+on|shook|shakes|shaking)\s+me\b`,
      V`\b(?:beat|beats|beaten|beating)\s+me\b(?:\s+up)?`,
      V`\b(?:grab(?:bed|s|bing)?|yank(?:ed|s)?|twist(?:ed|s)?|squeez(?:ed|es))\s+(?:me|my\s+(?:arm|arms|wrist|wrists|hair|face|jaw|shoulders?))\b`,
      V`\b(?:drag(?:ged|s|ging)?|pull(?:ed|s|ing)?)\s+(?:me\s+)?(?:by\s+)?(?:my\s+hair|me\s+(?:across|along|down|out|by|off))\b`,
      V`\b(?:threw|throws|throwing|pinned|pins|pinning|held|holds|holding|slammed|slams)\s+me\s+(?:against|down|on|to|into|onto|across|out)\b`,
      V`\b(?:threw|throws|throwing)\s+(?:\w+\s+){0,3}at\s+me\b`,
      V`\bknock(?:ed|s)?\s+me\s+(?:down|over|out|to\s+the\s+(?:ground|floor)|unconscious)\b`,
      V`\b(?:hurt|hurts|hurting)\s+me\s+(?:physically|badly|so\s+bad|on\s+purpose)\b|\bphysically\s+(?:hurt|hurts|harmed|abusive|violent|attacked)\b`,
      V`\b(?:laid|lay|lays|put|puts)\s+(?:a\s+)?hands?\s+on\s+me\b`,
      V`\bbruises?\b|\bbruised\b|\bblack\s+eye\b|\bsplit\s+lip\b`,
      V`\b(?:{P})\s+(?:is|'s|was|gets|got|has\s+been|can\s+be|becomes|became)\s+(?:\w+\s+)?(?:violent|physical|rough)\s*(?:with\s+me|towards\s+me|when|if|\.|,|$)`,
      V`\bdomestic\s+violence\b|\bviolent\s+(?:towards|toward|with|to)\s+me\b`,
      V`\bcame\s+at\s+me\b`,
    ],
    // "The baby kicked me", "our toddler bit me": a small child or an animal is not abuse.
    unlessSentence: V`\b(?:toddler|baby|babies|newborn|puppy|kitten|two-year-old|three-year-old|little\s+one)\s+(?:\w+\s+)?(?:kick\w*|bit|bites|hit\w*|punch\w*|scratch\w*|head-?butt\w*|grabb?\w*|slap\w*)\b`,
  },
  // ── control of money (concern) ──
  {
    flag: 'control-of-money',
    patterns: [
      V`\b(?:controls?|controlled|controlling|takes|took|taken|keeps|kept|holds|withholds?|withheld|restricts?|restricted|limits|confiscat\w*|checks|monitors|goes\s+through)\s+(?:all\s+)?(?:of\s+)?(?:the|my|our)\s+(?:money|finances|cards?|bank\s+cards?|credit\s+cards?|debit\s+cards?|bank\s+accounts?|accounts?|paychecks?|pay\s?cheques?|wages|salary|earnings|spending|receipts|bank\s+statements?|benefits)\b`,
      V`\b(?:give|gives|giving|gave)\s+me\s+(?:an\s+|a\s+small\s+|a\s+weekly\s+)?allowance\b`,
      V`\b(?:hand|give|turn)\s+over\s+(?:all\s+)?my\s+(?:bank\s+cards?|cards?|wages|salary|money|pay(?:check|cheque)?|earnings|benefits)\b`,
      V`\bI\s+(?:have|need|had)\s+to\s+(?:ask|beg)\s+(?:{O}\s+)?(?:for\s+(?:permission|money|cash)|before\s+(?:I\s+)?(?:buy|spend))\b`,
      V`\baccount\s+for\s+every\s+(?:penny|cent|dollar|pound|euro|purchase|receipt)\b`,
      V`\bfinancial(?:ly)?\s+(?:abus\w*|control\w*)\b`,
      V`\b(?:took|takes|has\s+taken|ran\s+up|runs\s+up|maxed\s+out)\s+(?:out\s+)?(?:loans?|debts?|credit)\s+in\s+my\s+name\b`,
      V`\b(?:made|makes)\s+me\s+(?:quit|give\s+up|leave)\s+my\s+job\b`,
    ],
  },
  {
    flag: 'control-of-money',
    hasOwnNegation: true,
    patterns: [
      V`\b${NOT_LET}\s+me\s+(?:have|use|touch|see|access|get|open|keep)\s+(?:my\s+own\s+|any\s+|our\s+|the\s+)?(?:money|bank|account|cards?|credit\s+cards?|wages|salary|finances|cash)\b`,
      V`\b${NOT_LET}\s+me\s+(?:work|get\s+a\s+job|have\s+a\s+job|go\s+back\s+to\s+work)\b`,
      V`\bnot\s+allowed\s+(?:to\s+)?(?:have|use|touch|access|spend|get|open|any)\s+(?:my\s+own\s+|any\s+|a\s+)?(?:money|bank|account|cards?|job|work)\b`,
      V`\b(?:no|don't\s+have|do\s+not\s+have|have\s+no|without)\s+(?:any\s+)?access\s+to\s+(?:any\s+|our\s+|my\s+|the\s+)?(?:money|bank|accounts?|finances|cards?)\b`,
      V`\b(?:stops?|stopped|keeps?|kept)\s+me\s+from\s+(?:working|getting\s+a\s+job|having\s+(?:my\s+own\s+)?money)\b`,
    ],
  },
  // ── control of the phone (concern) ──
  {
    flag: 'control-of-phone',
    patterns: [
      V`\b(?:reads|read|reading|checks|goes\s+through)\s+all\s+(?:of\s+)?my\s+(?:messages|texts|whatsapps?|e-?mails?|dms|chats)\b`,
      V`\b(?:checks|check|checked|checking|goes\s+through|went\s+through|going\s+through|reads|reading|looks\s+through|looked\s+through|snoops?\s+(?:through|on)|snooped\s+(?:through|on)|searches|searched|demands|demanded|takes|took|grabs|grabbed|smashed|smashes|broke|breaks|hides|hid|confiscat\w*|monitors|monitored)\s+(?:through\s+)?my\s+(?:phone|mobile|cell|messages|texts|e-?mails?|dms|whatsapps?|chats|call\s+(?:log|history)|social\s+media|facebook|instagram|laptop|computer)\b`,
      V`\b(?:wants|wanted|demands?|demanded|made\s+me\s+give|makes\s+me\s+give|insists\s+on\s+having|has|knows)\s+(?:{O}\s+)?(?:all\s+)?my\s+(?:passwords?|passcodes?|pin|log-?ins?)\b`,
      V`\b(?:made|makes|make)\s+me\s+(?:unlock|show|hand\s+over)\s+my\s+phone\b`,
      V`\b(?:have|had|need)\s+to\s+(?:show|hand)\s+(?:{O}\s+)?my\s+phone\b`,
      V`\b(?:deleted|deletes|blocked|blocks)\s+(?:my\s+)?(?:friends|contacts|numbers|people)\s+(?:from|on|in)\s+my\s+(?:phone|account|facebook|instagram)\b`,
      V`\b(?:angry|mad|furious|rage|explodes?|loses\s+it)\s+(?:if|when|whenever|every\s+time)\s+I\s+(?:don't|do\s+not|didn't|can't)\s+(?:answer|reply|pick\s+up|respond)\b`,
    ],
  },
  {
    flag: 'control-of-phone',
    hasOwnNegation: true,
    patterns: [V`\b${NOT_LET}\s+me\s+(?:have|use|keep|touch|answer)\s+my\s+phone\b`],
  },
  // ── control of movements (concern) ──
  // Keeping or holding the keys or papers: only the partner's keeping is control ("I keep my
  // keys in my pocket" is the user's own habit).
  {
    flag: 'control-of-movements',
    actorIs: ['partner', 'unknown', 'couple'],
    patterns: [
      V`\b(?:keeps?|kept|keeping)\s+(?:my|the)\s+(?:car\s+)?keys\b|\b(?:keeps?|kept|has|holds|held)\s+my\s+(?:passport|id|documents|papers)\b`,
    ],
  },
  {
    flag: 'control-of-movements',
    hasOwnNegation: true,
    patterns: [
      V`\b${NOT_LET}\s+me\s+(?:go|leave|drive|out|travel|wear|do\s+anything|stay|sleep|use\s+the\s+car|have\s+the\s+car|take\s+the\s+car)\b(?!\s+(?:until|till|unless)\s+I\s+(?:say\s+yes|give\s+in|agree|do\s+it|have\s+sex))`,
      V`\bnot\s+allowed\s+(?:to\s+)?(?:go|leave|drive|out|travel|wear|do\s+anything|stay)\b`,
      V`\b${NOT_LET}\s+me\s+out\s+of\s+(?:{PS}\s+)?sight\b`,
    ],
  },
  {
    flag: 'control-of-movements',
    patterns: [
      V`\b(?:have|has|need|needs|had)\s+to\s+(?:ask|get)\s+(?:{PS}\s+)?(?:permission|{O}|the\s+ok|approval)\s+(?:to|before|for)\s+(?:go|leave|see|going|leaving|seeing|do|doing|anything|everything|wear)\w*`,
      V`\bask\w*\s+(?:{PS}\s+)?permission\s+to\b`,
      // Asking first, a short leash, questioned on return: "I have to ask her in advance if I
      // want to go", "only meant to go to the shop and back", "an interrogation about where I was".
      V`\bI\s+(?:have|had|need|needed)\s+to\s+(?:ask|check\s+with|clear\s+it\s+with)\s+(?:{O}|him|her|them)\s+(?:\w+\s+){0,3}(?:if|whether|before)\s+I\s+(?:can\s+|could\s+|want\s+to\s+|may\s+|am\s+allowed\s+to\s+)?(?:go|leave|see|visit|meet|join|stay|travel)\b`,
      V`\bI(?:'m|\s+am|\s+was)\s+only\s+(?:meant|allowed|supposed|permitted)\s+to\s+(?:go|leave|be\s+out|drive)\b`,
      V`\b(?:interrogat\w*|the\s+third\s+degree|grill\w*|cross-?examin\w*)\s+(?:me\s+)?(?:about|on|over|as\s+to)\s+where\s+I(?:'d|\s+had|\s+was|\s+have|'ve)?\b`,
      V`\b(?:locks?|locked|locking)\s+me\s+(?:in|out|inside|up)\b`,
      V`\b(?:takes?|took|taken|hides?|hid|hidden|confiscat\w*)\s+(?:my|the)\s+(?:car\s+)?keys\b|\b(?:takes?|took|taken|hides?|hid|hidden)\s+my\s+(?:passport|id|documents|papers)\b`,
      V`\btells?\s+me\s+(?:what\s+(?:I\s+can|to|I'm\s+allowed\s+to)\s+wear|where\s+I\s+can\s+go|who\s+I\s+can\s+(?:see|talk\s+to))\b`,
      V`\b(?:has|needs|wants|demands|insists)\s+(?:to\s+)?(?:on\s+)?know(?:ing)?\s+where\s+I\s+am\s+(?:at\s+)?(?:all\s+(?:the\s+)?times?|every\s+(?:minute|second|hour)|constantly|always)\b`,
      V`\bcurfew\b`,
      V`\b(?:stands?|stood|standing|blocks?|blocked|blocking)\s+(?:in\s+)?(?:the|my)\s+(?:doorway|door|exit|way)\s+(?:so\s+(?:that\s+)?I\s+(?:can't|cannot|couldn't|can\s+not|could\s+not|wouldn't\s+be\s+able)|and\s+(?:won't|wouldn't|doesn't)\s+let\s+me)\b`,
      V`\b(?:keeps?|kept)\s+me\s+(?:from\s+(?:going|leaving)|locked|trapped|inside)\b`,
      V`\b(?:{P})\s+(?:controls|controlled|tries\s+to\s+control|wants\s+to\s+control|is\s+controlling)\s+(?:everything|every\s+\w+|what\s+I|who\s+I|where\s+I|when\s+I|how\s+I|my\s+(?:life|every|whole|clothes|time|schedule|movements|body))\b`,
      V`\b(?:{P})\s+(?:is|'s|has\s+been|was|can\s+be|gets|got|became|become)\s+(?:\w+\s+)?controlling\b`,
      V`\b(?:obsessively|insanely|violently|extremely|crazy|pathologically|possessively)\s+jealous\b|\bjealous\s+and\s+possessive\b|\bpossessive\s+and\s+jealous\b`,
      V`\baccus\w*\s+me\s+of\s+(?:cheating|flirting|seeing\s+someone|having\s+an\s+affair)\s+(?:constantly|all\s+the\s+time|every\s+(?:day|time|week))\b|\b(?:constantly|always)\s+accus\w*\s+me\s+of\s+(?:cheating|flirting|seeing\s+someone|having\s+an\s+affair)\b`,
    ],
  },
  // ── monitoring and tracking (concern) ──
  {
    flag: 'monitoring',
    patterns: [
      V`\b(?:tracks?|tracking|tracked|traces?|traced)\s+(?:me|my\s+(?:location|phone|car|movements|whereabouts|every\s+move))\b`,
      V`\b(?:airtags?|air\s+tags?|tile\s+tracker|life360|spyware|stalkerware|keylogger|spy\s+app|tracking\s+(?:app|device)|hidden\s+cameras?)\b`,
      V`\b(?:made|makes|make|insists|insisted|forced|forces)\s+(?:on\s+)?(?:me\s+)?(?:to\s+)?(?:share|turn\s+on|keep\s+on|sharing)\s+my\s+location\b`,
      V`\b(?:made|makes|make|making|forced|forces)\s+me\s+(?:to\s+)?(?:keep|turn|leave|switch|put)\s+(?:mine|my\s+(?:location|tracking|gps|sharing|find\s+my)|it)\s+(?:back\s+)?on\b`,
      V`\b(?:put|puts|installed|installs|hid|hidden|planted|found)\s+(?:a|an)?\s*(?:tracker|gps|app|camera|spyware|tracking\s+device)\s+(?:on|in)\s+my\b`,
      V`\b(?:{P})\s+(?:follows|followed|has\s+followed|keeps\s+following|is\s+following|started\s+following|began\s+following|has\s+been\s+following)\s+me\b(?!\s+(?:on|back|from\s+room\s+to\s+room|(?:a)?round\s+the\s+(?:house|flat|apartment)|in(?:to)?\s+the\s+(?:\w+room|kitchen|hall|garden)|upstairs|downstairs)\b)`,
      V`\b(?:shows?|showed|turns?|turned)\s+up\s+(?:at|outside)\s+(?:my\s+(?:work|job|office|gym|friend's|friends'|mum's|mom's|parents'|school|class|uni)|where\s+I\s+(?:am|work|was))\b(?!\s+(?:with|to)\s+(?:surprise|lunch|flowers|a\s+surprise))`,
      V`\b(?:checks?|checking|checked)\s+(?:up\s+)?on\s+me\s+(?:constantly|all\s+the\s+time|every|non-?stop|\d+\s+times)\b`,
      V`\b(?:calls?|texts?|rings?|messages?)\s+me\s+(?:constantly|non-?stop|all\s+day|every\s+(?:\d+|few|ten|five|fifteen|twenty|thirty)\s+minutes|every\s+hour|dozens\s+of\s+times)\b[^.!?]{0,30}\b(?:where\s+I|who\s+I)`,
      V`\b(?:always|constantly)\s+(?:asks|asking|wants\s+to\s+know)\s+where\s+I\s+(?:am|was|'ve\s+been)\b`,
      V`\b(?:reads?|reading)\s+my\s+(?:diary|journal|mail|post)\b|\b(?:logs?|logged|logging)\s+into\s+my\s+(?:e-?mail|accounts?|facebook|instagram|icloud|google|bank)\b`,
      V`\b(?:watches|watching|watched|monitors|monitoring|monitored|spies|spying|spied)\s+(?:on\s+)?(?:me|my\s+every\s+move)\b(?!\s+(?:play|sing|dance|perform|cook))`,
      V`\bknows\s+where\s+I(?:'ve|\s+have)?\s+been\s+(?:without|even)\b`,
      // Knowing what the user never told: "he knew I'd gone to my friend's though I never said".
      V`\b(?:knew|knows|found\s+out)\s+(?:that\s+)?I(?:'d|\s+had|'ve|\s+have|\s+was|\s+went)\s+(?:[\w']+\s+){0,8}?(?:even\s+though|although|though|without)\s+(?:I\s+(?:never|didn't|hadn't|did\s+not|had\s+not)|me)\s+(?:told|tell|telling|mention\w*|said|saying)\b`,
    ],
  },
  // Found by someone else (a friend, a mechanic): the finder is not the one who put it there, so
  // whoever the subject is, an app or a tracker that copies, hides or was never installed counts.
  {
    flag: 'monitoring',
    ignoresActor: true,
    patterns: [
      V`\b(?:found|finds|discovered|noticed|spotted)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:tracker|gps|app|camera|spyware|tracking\s+device|device|bug)\s+(?:[\w-]+\s+){0,2}?(?:on|in|under|inside)\s+my\s+(?:phone|car|laptop|computer|bag|tablet|ipad)\b`,
    ],
    sentenceContext: V`\b(?:never\s+installed|didn't\s+install|did\s+not\s+install|(?:cop(?:y|ies|ying)|forward\w*|send\w*|upload\w*|record\w*|mirror\w*)\s+(?:\w+\s+){0,2}(?:messages|texts|calls|location|everything|screen)|tracker|tracking|hidden|taped|spy\w*|stalkerware)\b`,
  },
  // ── isolation (concern) ──
  {
    flag: 'isolation',
    hasOwnNegation: true,
    patterns: [
      V`\b${NOT_LET}\s+me\s+(?:see|visit|talk\s+to|speak\s+to|call|meet|go\s+out\s+with|spend\s+time\s+with|have|contact|text|hang\s+out\s+with)\s+${FRIENDS}`,
      V`\bnot\s+allowed\s+to\s+(?:see|visit|talk\s+to|speak\s+to|call|meet|go\s+out\s+with|spend\s+time\s+with|have|contact)\s+${FRIENDS}`,
      V`\b(?:doesn't|does\s+not|don't)\s+like\s+me\s+(?:seeing|having|going\s+out\s+with|talking\s+to|spending\s+time\s+with|meeting)\s+${FRIENDS}`,
      V`\b(?:don't|do\s+not|never|rarely|barely|can't|cannot)\s+(?:get\s+to\s+)?(?:see|talk\s+to|visit)\s+${FRIENDS}\s+(?:any\s?more\s+)?(?:because|since)\s+(?:of\s+)?(?:{O}|{P})`,
    ],
  },
  {
    flag: 'isolation',
    patterns: [
      V`\b(?:stops?|stopped|stopping|keeps?|kept|keeping|prevents?|prevented)\s+me\s+(?:from\s+)?(?:seeing|visiting|talking\s+to|calling|contacting|meeting|going\s+out\s+with|spending\s+time\s+with)\s+${FRIENDS}`,
      V`\b(?:cut|cuts|cutting|separat\w*|keeps?\s+me\s+away|kept\s+me\s+away)\s+me\s+(?:off\s+)?from\s+${FRIENDS}`,
      V`\b(?:turned|turns|turning)\s+${FRIENDS}\s+against\s+me\b|\bturned\s+me\s+against\s+${FRIENDS}`,
      V`\bisolat(?:es|ed|ing)\s+me\b`,
      V`\b(?:gets|got|becomes|is|goes)\s+(?:\w+\s+)?(?:angry|mad|furious|jealous|sulky|cold)\s+(?:if|when|whenever|every\s+time)\s+I\s+(?:see|visit|go\s+out\s+with|talk\s+to|spend\s+time\s+with|meet|call|text)\s+${FRIENDS}`,
      V`\b(?:made|makes|make)\s+me\s+(?:choose|pick)\s+between\s+(?:{O})\s+and\s+${FRIENDS}`,
      V`\bI(?:'ve|\s+have)?\s+(?:lost|have\s+no|don't\s+have\s+any)\s+(?:\w+\s+)?(?:friends|family)\s+(?:since|because)\s+(?:of\s+)?(?:{O}|I\s+met|we\s+(?:got|moved))`,
    ],
  },
  // ── sexual coercion (concern) ──
  {
    flag: 'sexual-coercion',
    patterns: [
      V`\b(?:force[sd]?|forcing|pressures?|pressured|pressuring|coerce[sd]?|coercing|guilts?|guilted|guilt-?trips?|guilt-?tripped|makes|made|bullies|bullied|badgers?|badgered|nags?|nagged|pushes|pushed)\s+me\s+(?:(?:in)?to\s+)?(?:have\s+)?(?:sex|sleep\s+with|do\s+(?:sexual|things|stuff)|be\s+intimate|sexual|perform|watch\s+porn)`,
      V`\b(?:rape[sd]?|raping|sexual(?:ly)?\s+(?:assault\w*|abus\w*|coerc\w*))\b`,
      V`\b(?:feel|felt)\s+(?:like\s+I\s+(?:have|had)\s+to|obliged|obligated|pressured)\s+(?:to\s+)?(?:have\s+sex|sleep\s+with|be\s+intimate|give\s+in)\b`,
      V`\b(?:owe|owed)\s+(?:{O}|him|her|them)\s+(?:sex|it)\b`,
      V`\b(?:sex|touch\w*|have\s+sex|sleep\s+with)\s+(?:with\s+)?me\s+(?:while|when)\s+I(?:'m|\s+am|\s+was)\s+(?:asleep|sleeping|drunk|passed\s+out|unconscious)\b`,
      V`\bagainst\s+my\s+will\b|\bwithout\s+my\s+consent\b`,
      V`\b(?:have|having|had)\s+sex\s+(?:with\s+(?:him|her|them)\s+)?(?:when|even\s+though|although|even\s+when)\s+I\s+(?:don't|didn't|do\s+not|did\s+not)\s+want\b`,
      V`\b(?:sulks?|sulking|punish\w*|silent\s+treatment|angry|mad|furious)\b[^.!?]{0,30}\b(?:if|when|whenever|every\s+time)\s+I\s+(?:don't|do\s+not|won't|refuse|say\s+no|turn\s+(?:him|her|them)\s+down)\b`,
      V`\b(?:even\s+)?(?:when|after|though)\s+I\s+(?:say|said|tell|told)\s+(?:{O}\s+)?(?:no|stop|I\s+don't\s+want)\b`,
    ],
    sentenceContext: SEX_CONTEXT,
  },
  {
    flag: 'sexual-coercion',
    hasOwnNegation: true,
    patterns: [
      V`\b(?:won't|doesn't|does\s+not|didn't|wouldn't)\s+(?:take\s+no\s+for\s+an\s+answer|stop\s+when\s+I\s+(?:say|said|ask|asked)|accept\s+(?:a\s+|my\s+)?no|listen\s+when\s+I\s+say\s+no)\b`,
      V`\b(?:didn't|did\s+not|don't|do\s+not)\s+want\s+(?:to|it)\b[^.!?]{0,40}\b(?:did\s+it\s+anyway|kept\s+going|didn't\s+stop|wouldn't\s+stop|made\s+me|forced)\b`,
    ],
    sentenceContext: SEX_CONTEXT,
  },
  // ── stalking after a break-up (urgent) ──
  {
    flag: 'stalking',
    patterns: [
      V`\bstalk(?:s|ed|ing|er|ers)?\b`,
      V`\b(?:new|different|fake|multiple)\s+(?:phone\s+)?(?:numbers|accounts|profiles)\b`,
    ],
  },
  {
    flag: 'stalking',
    textContext: BREAK_UP,
    patterns: [
      V`\b(?:follows|followed|following|watches|watching|waits|waited|waiting|sits|sat|parks|parked|drives|drove|hangs?\s+around|hung\s+around|lurks?|lurking)\s+(?:me|outside|by\s+my|near\s+my|past\s+my|around\s+my|for\s+me(?!\s+to\s+(?:get|be|become|grow|make|change|decide|realise|realize|say|do|give|fail|lose|fall|propose|commit)\b))\b`,
      V`\b(?:turns?|turned|shows?|showed|keeps\s+(?:turning|showing))\s+up\s+(?:at|outside|where)\b`,
      V`\b(?:keeps|won't\s+stop|doesn't\s+stop|constantly|still|kept)\s+(?:calling|texting|messaging|contacting|emailing|ringing|turning\s+up|showing\s+up|coming\s+(?:round|over|by))\b`,
      V`\bwon't\s+leave\s+me\s+alone\b|\bcontacts?\s+my\s+(?:friends|family|work|boss|colleagues)\b`,
    ],
  },
  // ── escalation (urgent) ──
  {
    flag: 'escalation',
    patterns: [
      V`\b(?:getting|got|gets|become|became|becoming|grown|growing)\s+(?:\w+\s+)?(?:worse|more\s+(?:violent|frequent|often|aggressive|dangerous|scary|frightening|serious)|scarier|rougher)\b`,
      V`\bescalat\w*\b|\bmore\s+and\s+more\s+(?:violent|aggressive|often|frequent)\b`,
      V`\b(?:worse|more\s+often|more\s+violent)\s+(?:each|every)\s+time\b`,
      V`\bfirst\s+time\s+(?:{P}|he|she|they)\s+(?:ever\s+)?(?:hit|pushed|grabbed|choked|threatened|shoved|slapped)\b`,
    ],
    sentenceContext: V`\b(?:rougher|scarier|more\s+(?:violent|physical|aggressive)|violen\w*|hit\w*|push\w*|shov\w*|grab\w*|rage\w*|aggress\w*|threat\w*|abus\w*|physical\w*|outbursts?|temper|anger|chok\w*|slap\w*|punch\w*|throw\w*|threw|kick\w*)\b`,
    ignoresActor: true,
  },

  // ── broad constructions, added after the blind third set's first run: verb classes and
  // objects rather than phrases, so wording we have not seen still lands ──
  {
    flag: 'strangulation',
    patterns: [
      V`\b(?:hands?|arms?|forearms?|elbows?|fingers|thumbs?|knees?|foot|feet|belt|rope|cord|scarf|weight)\s+(?:(?:a)?round|across|against|on|over|into)\s+my\s+(?:neck|throat|windpipe|airway)\b`,
      V`\b(?:squeez|press|push|grabb|grip|clutch|pinn|held|hold|crush|stepp|kneel|knelt)\w*\s+(?:\w+\s+){0,3}(?:on|against|across|into|(?:a)?round|over)\s+my\s+(?:neck|throat|windpipe)\b`,
      V`\b(?:until|till|so)\s+I\s+(?:saw\s+(?:spots|stars)|blacked\s+out|passed\s+out|went\s+dizzy|nearly\s+passed\s+out|(?:couldn't|could\s+not|can't|cannot)\s+(?:breathe|get\s+air|speak|swallow))\b`,
    ],
  },
  {
    flag: 'threat-to-kill',
    patterns: [
      V`\bmake\s+sure\s+(?:I'm|I\s+am|I'd\s+be|I'll\s+be|I\s+end\s+up|you're|you\s+are|you'll\s+be|you\s+end\s+up)\s+(?:\w+\s+)?dead\b`,
      V`\bif\s+(?:I|you)\s+(?:ever\s+)?(?:leave|left|go|went|try\s+to\s+leave|walk\s+out|break\s+up|end\s+(?:it|things)|tell|told|report|call)\b[^.!?]{0,60}\b(?:(?:kill|murder|bury)\s+(?:me|you|us)|(?:I'm|I'll\s+be|I'd\s+be|you're|you'll\s+be|you'd\s+be)\s+(?:\w+\s+)?dead(?!\s+to))\b`,
      V`\b(?:nobody|no\s+one)\s+(?:would|will|could|'d|'ll)\s+(?:\w+\s+){0,2}find\s+(?:you|your\s+body|me|my\s+body)\b`,
      V`\b(?:I'd|I\s+would|you'd|you\s+would|I'll|you'll)\s+(?:end\s+up|be)\s+(?:\w+\s+)?(?:in\s+a\s+(?:ditch|box|grave|coffin|body\s+bag)|six\s+feet\s+under)\b`,
    ],
    ignoresActor: true,
    hasOwnNegation: true,
  },
  {
    flag: 'threats',
    patterns: [
      V`\b(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?(?:burn|destroy|smash|wreck|trash|bin|throw\s+out|sell|ruin|cut\s+up|get\s+rid\s+of)\s+(?:all\s+(?:of\s+)?)?my\s+(?:stuff|things|clothes|belongings|car|phone|life|reputation|career|job|photos|books)\b`,
      V`\b(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?tell\s+(?:my\s+(?:boss|work|employer|family|parents|mum|mom|dad|kids|friends|manager)|everyone|the\s+police|social\s+services)\s+(?:that\s+)?(?:I'm|I\s+am|I\s+was|I've|I\s+have|about\s+(?:me|my))\b`,
      V`\b(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?(?:make\s+(?:my|your)\s+life\s+(?:hell|a\s+misery)|make\s+me\s+suffer|come\s+after\s+me|hunt\s+me\s+down)\b`,
    ],
  },
  {
    flag: 'threats-to-children-or-pets',
    patterns: [
      V`\b(?:held|holds|holding|dangled|dangles|dangling|hung|hangs)\s+(?:${KIDS}|her|him|it)\s+(?:out\s+)?(?:over|out\s+of|off)\s+(?:the\s+|a\s+)?(?:balcony|edge|window|railings?|water|bridge|ledge|stairs)\b`,
      V`\b(?:picked|picks|grabbed|grabs|lifted|lifts)\s+${KIDS}\s+up\s+by\s+(?:the|its|his|her)\s+(?:scruff|neck|throat|tail|ears?|hair|collar)\b`,
      V`\b${KIDS}\s+(?:will|would|'ll|'d)\s+(?:be\s+the\s+ones?\s+(?:who|that|to)\s+(?:pay|suffer)|pay\s+for\s+it|suffer|get\s+hurt|regret\s+it)\b`,
      V`\b(?:{P}|he|she|they)${WILL}\s+(?:\w+\s+)?(?:take|hurt|harm|kill|get\s+rid\s+of|drown|poison|put\s+down)\s+${KIDS}`,
    ],
    ignoresActor: true,
  },
  {
    flag: 'suicide-threat-as-pressure',
    patterns: [
      V`\b(?:be\s+the\s+one\s+(?:who|that|to)\s+finds?\s+(?:me|my\s+body)|(?:you'll|you\s+will|you'd|you\s+would)\s+find\s+(?:me|my\s+body)\s+(?:dead|hanging))\b`,
      V`\b(?:if|unless)\s+I\s+(?:ever\s+)?(?:leave|left|go|went|move\s+out|moved\s+out|break\s+up|end\s+(?:it|things)|don't\s+come\s+back|stop\s+seeing)\b[^.!?]{0,60}\b(?:(?:kill|hurt|harm|hang|drown|cut)\s+(?:himself|herself|themselves|themself)|(?:won't|wouldn't|will\s+not)\s+(?:want\s+to\s+)?(?:live|be\s+alive|be\s+here|survive)|take\s+(?:all\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:pills|tablets)|end\s+(?:it\s+all|his\s+life|her\s+life|their\s+life))\b`,
    ],
    ignoresActor: true,
  },
  {
    flag: 'partner-crisis',
    patterns: [
      V`\b(?:{P}|he|she|they)\s+(?:doesn't|does\s+not|didn't|did\s+not|don't)\s+want\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|go\s+on)\b`,
      V`\b(?:{P}|he|she|they)\s+(?:wishes|wished)\s+(?:he|she|they)\s+(?:was|were|had\s+never\s+been)\s+(?:dead|gone|born)\b`,
      V`\b(?:{P}|he|she|they)(?:\s+has|'s|\s+had|\s+have)\s+(?:got\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers|a\s+rope)\s+(?:saved|stockpiled|hidden|hoarded|put\s+aside|stashed|ready)\b`,
      V`\b(?:{P}|he|she|they)\s+(?:has\s+been\s+|is\s+|'s\s+)?(?:saving|stockpiling|hoarding|stashing)\s+(?:up\s+)?(?:pills|tablets|meds|painkillers)\b`,
      V`\b(?:{P}|he|she|they)\s+(?:is|'s|has\s+been|seems|was)\s+(?:\w+\s+)?(?:hopeless|saying\s+goodbye|giving\s+(?:his|her|their)\s+things\s+away)\b`,
    ],
    unlessSentence: V`\bif\s+I\b|\bunless\s+I\b`,
  },
  {
    flag: 'self-harm',
    patterns: [
      V`\bI(?:'ve|\s+have|'m|\s+am)?\s+(?:\w+\s+){0,2}(?:cutting|burning|scratching|hitting|starving|punishing)\s+(?:myself|again)\b`,
      V`\b(?:started|start|began|begun|gone\s+back\s+to|went\s+back\s+to|back\s+to|urge\s+to\s+start)\s+(?:cutting|self-harming|harming\s+myself|hurting\s+myself|burning\s+myself)\b`,
      V`\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing)\s+(?:about|of)\s+(?:just\s+)?(?:not\s+waking\s+up|not\s+being\s+(?:here|alive|around)|dying|being\s+dead|ending\s+it\s+all|ending\s+my\s+life|disappearing\s+for\s+good|killing\s+myself|not\s+existing|taking\s+(?:all\s+)?(?:the|my)\s+(?:pills|tablets)|going\s+to\s+sleep\s+(?:and|forever))\b`,
      V`\bI\s+(?:hope|wish|want)\s+(?:that\s+)?(?:to\s+)?(?:I\s+)?(?:don't|won't|do\s+not|never|not\s+to)\s+wake\s+up\b`,
      V`\b(?:I'm|I\s+am|I\s+feel\s+like)\s+(?:just\s+)?(?:such\s+)?a\s+burden\s+(?:to\s+everyone|to\s+everybody|on\s+everyone)\b`,
      V`\b(?:what's|what\s+is)\s+the\s+point\s+(?:of\s+)?(?:living|being\s+alive|going\s+on|me\s+being\s+here)\b`,
      V`\bI\s+(?:want|need)\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)\b`,
    ],
    ignoresActor: true,
    hasOwnNegation: true,
    actorIs: ['self', 'unknown'],
  },
  {
    flag: 'self-harm',
    patterns: [
      V`\bI(?:'ve|\s+have)\s+(?:got\s+)?(?:\w+\s+)?(?:pills|tablets|meds|painkillers)\s+(?:saved|stockpiled|hidden|hoarded|put\s+aside|stashed)\b|\bI(?:'ve|\s+have|'m|\s+am)\s+(?:been\s+)?(?:saving|stockpiling|hoarding)\s+(?:up\s+)?(?:pills|tablets|meds|painkillers)\b`,
    ],
    hasOwnNegation: true,
    ignoresActor: true,
  },
  {
    flag: 'fear-of-partner',
    patterns: [
      V`\b(?:scared|afraid|frightened|terrified|nervous|anxious|dread\w*|panic\w*)\s+(?:of|about)\s+(?:what|which|how|the)\s+(?:kind\s+of\s+)?(?:mood|temper|state|reaction)\s+(?:{P}|he|she|they)(?:'ll|\s+will|'s|\s+is|\s+might|\s+would|'d)?\s+(?:be\s+in|have|come\s+home)\b`,
      V`\b(?:dread|dreads|dreading|dreaded|scared\s+of|afraid\s+of|terrified\s+of)\s+(?:{O}|him|her|them|{PS})\s+(?:coming|getting|walking)\s+(?:back\s+)?(?:home|in|through\s+the\s+door)\b`,
      V`\b(?:so|that)\s+I\s+(?:don't|do\s+not|won't|wouldn't)\s+set\s+(?:{O}|him|her|them)\s+off\b|\b(?:anything|something|everything|nothing)\s+(?:can|could|might|will)\s+set\s+(?:{O}|him|her|them)\s+off\b`,
      V`\brehears\w*\s+what\s+I(?:'ll|\s+will|'m\s+going\s+to)?\s+say\b`,
      V`\b(?:keep|kept|have|had|got)\s+a\s+bag\s+packed\b|\bgo-?bag\b|\bescape\s+plan\b`,
      V`\b(?:tiptoe|tip-toe|tiptoeing)\s+around\s+(?:{O}|him|her|them|{PS})`,
    ],
    hasOwnNegation: true,
  },
  {
    flag: 'physical-violence',
    patterns: [
      V`\b(?:a|the)\s+(?:shove|slap|punch|kick|smack|thump|whack|headbutt|push)\s+(?:or\s+(?:a\s+)?(?:shove|slap|punch|kick|smack|push)\s+)?(?:when|if|whenever|every\s+time)\s+(?:{P}|he|she|they)\b`,
      V`\b(?:pushed|shoved|threw|thrown|kicked|knocked)\s+me\s+(?:down|off|into|out\s+of|against)\s+(?:the\s+)?(?:stairs|wall|floor|door|bed|car|table)\b`,
      V`\b(?:punch\w*|hit\w*|kick\w*|smash\w*|slamm\w*)\s+(?:the\s+)?(?:wall|door|table|headboard)\s+(?:right\s+)?(?:next\s+to|beside|by|near|inches\s+from|behind)\s+my\s+(?:head|face)\b`,
    ],
  },
  {
    // "The hitting used to be once a year": the violence as a noun is its own subject.
    flag: 'physical-violence',
    ignoresActor: true,
    patterns: [
      V`\b(?:the|his|her|their)\s+(?:hitting|beatings?|slapping|punching|kicking|shoving|violence)\s+(?:used\s+to|is|was|has|happens|started|got|gets)\b`,
    ],
  },
  {
    flag: 'escalation',
    textContext: VIOLENCE_CONTEXT,
    ignoresActor: true,
    patterns: [
      V`\b(?:it|things|this|that|he|she|they|everything)(?:'s|\s+is|\s+has|'ve|\s+have|\s+are|'re)?\s+(?:been\s+|got(?:ten)?\s+|getting\s+|gone\s+|become\s+|becoming\s+)(?:so\s+|much\s+|a\s+lot\s+|even\s+|way\s+|far\s+)*(?:worse|scarier|rougher|more\s+(?:violent|frequent|aggressive|dangerous|often|physical))\b`,
      V`\b(?:worse|harder|rougher|more\s+often|more\s+violent|scarier)\s+(?:than\s+ever|every\s+time|each\s+time|than\s+(?:before|it\s+used\s+to\s+be))\b`,
      V`\bnow\s+(?:it's|it\s+is|he|she|they|it\s+happens)\s+(?:\w+\s+)?every\s+(?:day|night|week|weekend|couple\s+of\s+(?:days|weeks)|few\s+(?:days|weeks)|other\s+(?:day|week))\b`,
      V`\bevery\s+(?:week|day|month)\s+there's\s+something\s+(?:new|worse)\b`,
    ],
  },
  {
    flag: 'control-of-money',
    patterns: [
      V`\b(?:controls?|controlled|controlling|control|takes|took|taken|take|keeps|kept|keep|holds|hold|withholds?|withheld|restricts?|restricted|limits|confiscat\w*|checks|check|checked|monitors|goes\s+through|went\s+through|go\s+through|audits?)\s+${DET}(?:(?!sim\b)\w+\s+)?${MONEY_THING}\b`,
      V`\bnot\s+allowed\s+(?:to\s+(?:have|use|keep|touch|get|open|spend|see)\s+)?${DET}?(?:\w+\s+)?${MONEY_THING}\b`,
      V`\b(?:have|has|had|must|need|needs)\s+to\s+(?:ask|beg)\s+(?:{O}\s+|him\s+|her\s+|them\s+)?for\s+(?:(?:bus|train|petrol|gas|pocket|lunch|some|any|the)\s+)?(?:money|cash|fare|the\s+card|permission\s+to\s+(?:buy|spend))\b`,
      V`\b(?:have\s+to|has\s+to|had\s+to|must|need\s+to|makes?\s+me|made\s+me)\s+(?:show|explain|justify|account\s+for)\s+(?:{O}\s+|him\s+|her\s+|them\s+)?(?:every|each|all)\s+(?:\w+\s+){0,2}(?:receipt|paper|penny|cent|pound|dollar|euro|purchase|thing\s+I\s+(?:buy|bought)|bill)s?\b`,
      V`\bmy\s+(?:wages|salary|pay(?:check|cheque)?|earnings|money|benefits|pension)\s+(?:go|goes|went|get\s+paid|gets\s+paid|is\s+paid)\s+(?:straight\s+|directly\s+)?(?:in)?to\s+(?:{PS}|his|her|their)\s+(?:own\s+)?account\b`,
      V`\b(?:buy|spend|bought|spent)\s+(?:\w+\s+){0,4}without\s+(?:asking|permission|telling\s+(?:{O}|him|her|them)|(?:his|her|their)\s+(?:ok|okay|permission))\b`,
      V`\b(?:can't|cannot|can\s+not|not\s+allowed\s+to|won't\s+let\s+me|doesn't\s+let\s+me)\s+(?:send|give|lend|spend)\s+(?:any\s+)?money\b`,
      // A say over what the household spends, or needing one to buy anything.
      V`\b(?:{P}|he|she|they)\s+(?:decides|decided|chooses|controls|tells\s+me|told\s+me)\s+(?:what|how\s+much|when)\s+(?:I|we)\s+(?:can\s+|may\s+|am\s+allowed\s+to\s+|'m\s+allowed\s+to\s+)?(?:spend|buy|get|have)\b`,
      V`\basks?\s+for\s+(?:the\s+)?change\s+back\b`,
      V`\b(?:need|needs|have\s+to\s+get|has\s+to\s+give)\s+(?:{PS}|his|her|their)\s+(?:say-?so|permission|ok|okay|approval|sign-?off|blessing)\s+(?:to|before\s+I)\s+(?:buy|spend|pay|get|order)\b`,
      V`\b(?:okay|ok|approve|approves|approved|sign\s+off)\s+(?:every|each|all)\s+(?:\w+\s+)?(?:purchase|receipt|spend|expense)s?\b|\bsomething\s+(?:{P}|he|she|they)\s+(?:didn't|did\s+not|hasn't)\s+(?:okay|ok|approve)\b`,
    ],
    hasOwnNegation: true,
  },
  {
    flag: 'control-of-phone',
    patterns: [
      V`\b(?:makes?|made|making)\s+me\s+(?:hand|give|turn)\s+(?:over\s+)?my\s+(?:phone|mobile|laptop|passwords?|passcodes?)\b|\bhand\s+my\s+(?:phone|mobile)\s+over\b`,
      V`\b(?:changed|changes|changing)\s+(?:the|my)\s+(?:passcode|password|pin|lock\s+code)\b`,
      V`\b(?:furious|angry|mad|livid|kicks\s+off|goes\s+mad|loses\s+it)\s+if\s+I\s+delete\b`,
    ],
  },
  {
    flag: 'control-of-movements',
    patterns: [
      V`\b(?:takes?|took|taken|hides?|hid|hidden|keeps?|kept|confiscat\w*)\s+(?:my|the)\s+(?:car|keys|car\s+keys|passport|phone|purse|wallet|bike|shoes|coat)\b[^.!?]{0,40}\bso\s+(?:that\s+)?I\s+(?:couldn't|can't|could\s+not|cannot|wouldn't|won't)\b`,
      V`\b(?:{P}|he|she|they)\s+(?:decides|decided|chooses|picks)\s+(?:where\s+I\s+(?:go|can\s+go)|who\s+I\s+(?:see|can\s+see)|what\s+I\s+(?:wear|can\s+wear))\b`,
      // Asking before going out, a deadline home with a price, a say over whom I see.
      V`\b(?:{P}|he|she|they)\s+(?:decides|decided|gets\s+to\s+decide)\s+(?:whether|if|when|how\s+often)\s+I\s+(?:can|get\s+to|may|am\s+allowed\s+to)\s+(?:go|see|visit|leave|meet)\b`,
      V`\b(?:have|has|had|need|needs)\s+to\s+(?:ask|check\s+with\s+(?:{O}|him|her|them))\s+(?:(?:{O}|him|her|them)\s+)?(?:first\s+)?before\s+I\s+(?:go|leave|see|meet|do)\b`,
      V`\b(?:have|need)\s+to\s+be\s+(?:home|back|in)\s+by\s+\w+(?:\s+o'clock)?\s+or\b`,
    ],
  },
  {
    flag: 'isolation',
    patterns: [
      V`\b(?:doesn't|does\s+not|don't|didn't)\s+like\s+me\s+(?:going\s+(?:to|out)|seeing|visiting|having\s+friends|talking\s+to|spending\s+time\s+with|meeting)\b`,
      V`\b(?:says|said|tells\s+me|told\s+me|calls|called)\s+(?:that\s+)?(?:my\s+)?(?:\w+\s+)?${FRIENDS}\s+(?:\w+\s+){0,4}(?:are|is|were|was)\s+(?:a\s+)?(?:bad\s+influences?|poison|toxic|gossips?|trouble|no\s+good|using\s+me|against\s+(?:us|{O}|him|her|them)|a\s+bad\s+crowd)\b`,
      V`\b(?:sulks?|sulked|sulking|kicks?\s+off|kicked\s+off|punishes\s+me|goes\s+(?:cold|quiet|silent|mad)|gets\s+(?:\w+\s+)?(?:angry|mad|upset|jealous|moody|funny|nasty))\s+(?:\w+\s+){0,3}(?:if|when|whenever|every\s+time)\s+I\s+(?:go|went)\s+(?:out\b|to\s+(?:the\s+)?(?:pub|bar|party|gym|club|church|class|my\s+\w+)|for\s+(?:a\s+)?(?:drink|drinks|coffee|dinner)|(?:round|over)\s+to)`,
      V`\bI\s+(?:choose|chose|pick|picked|put)\s+(?:them|${FRIENDS})\s+(?:over|before)\s+(?:{O}|him|her|them)\b`,
      V`\bmade\s+it\s+(?:so\s+)?(?:awkward|unpleasant|uncomfortable|hard|difficult)\s+(?:for\s+\w+\s+)?(?:whenever|when|every\s+time|if)\s+${FRIENDS}\b`,
      V`\b(?:say|says|said|tells\s+me|told\s+me)\s+I\s+(?:should\s+not|shouldn't|mustn't|must\s+not|can't|cannot)\s+(?:go\s+(?:there|to\s+(?:see|visit))|see\s+(?:them|${FRIENDS})|visit\s+(?:them|${FRIENDS}))\b`,
      V`\bnot\s+allowed\s+to\s+(?:see|visit|call|phone|meet|text|talk\s+to|speak\s+to)\s+(?:them|${FRIENDS})\b`,
    ],
    hasOwnNegation: true,
  },
  {
    flag: 'monitoring',
    patterns: [
      V`\b(?:{P}|he|she|they)\s+(?:always|somehow|just|seems\s+to|seem\s+to)?\s*(?:knows?|knew)\s+where\s+I(?:'ve|\s+have|'d|\s+had)?\s+(?:am|was|been|go|went|gone)\b`,
      V`\b(?:checks?|checking|checked|watches|watching|watched|looks?\s+at|looking\s+at|follows?|following)\s+my\s+(?:location|whereabouts|gps|live\s+location)\b`,
      V`\b(?:mentions?|mentioned|knows?|knew|brings?\s+up|brought\s+up)\s+(?:about\s+)?(?:places|things|people|where|who)\s+[^.!?]{0,40}\bI\s+(?:never|didn't|did\s+not|hadn't|had\s+not|haven't)\s+(?:told|tell|mentioned|mention)\b`,
      V`\b(?:there's|there\s+is|(?:{P}|he|she|they)\s+(?:put|puts|installed|has\s+put))\s+something\s+(?:on|in)\s+my\s+(?:phone|car|laptop|bag|handbag)\b`,
      V`\b(?:can't|cannot|not\s+allowed\s+to)\s+turn\s+(?:it|my\s+location|location\s+sharing|(?:the\s+)?sharing)\s+off\b`,
    ],
    hasOwnNegation: true,
  },
  {
    flag: 'monitoring',
    ignoresActor: true,
    patterns: [
      V`\b(?:airtags?|air\s+tags?|tile\s+trackers?|gps\s+trackers?|trackers?|life360|find\s+my\s+friends|spyware|stalkerware|keyloggers?|spy\s+apps?|tracking\s+(?:apps?|devices?)|hidden\s+cameras?)\b`,
    ],
    unlessSentence: V`\b(?:fitness|step|steps|run|runs|running|sleep|period|habit|parcel|package|delivery|budget|expense|my\s+own)\s+trackers?\b|\btrackers?\s+(?:for|on)\s+(?:my|his|her|the)\s+(?:runs?|steps|sleep|keys|luggage|suitcase|dog|cat)\b|^(?![^]*\bmy\s+(?:car|bag|handbag|phone|coat|purse|bike|keys)\b)[^]*\b(?:news|article|documentary|podcast|film|movie|series|episode|book|story|piece)\s+(?:\w+\s+){0,3}about\s+(?:a|an|some|this|that)\s+(?:man|woman|guy|bloke|husband|wife|couple|stalker|person|celebrity)\b`,
  },
  {
    flag: 'sexual-coercion',
    patterns: [
      V`\b(?:keeps|kept|keep|carries|carried|carry)\s+(?:on\s+)?going\s+(?:even\s+)?(?:when|after|though|while)\s+I\s+(?:say|said|tell|told|ask|asked)\b[^.!?]{0,30}\b(?:no|stop|don't\s+want|do\s+not\s+want|didn't\s+want|tired|not\s+in\s+the\s+mood|it\s+hurts)\b`,
      V`\bI\s+(?:just\s+)?(?:let\s+it\s+happen|lie\s+there\s+(?:and|until)|just\s+lie\s+there)\b`,
      V`\b(?:won't|wouldn't|doesn't|didn't)\s+let\s+me\s+(?:sleep|leave\s+the\s+(?:bed|room)|go)\s+(?:until|till|unless)\s+I\s+(?:say\s+yes|give\s+in|agree|do\s+it|have\s+sex)\b`,
      V`\bif\s+I\s+(?:really\s+)?loved\s+(?:{O}|him|her|them)\s+I(?:'d|\s+would)\s+(?:do|have|let|try|give)\b`,
      V`\bif\s+I\s+(?:really\s+)?loved\s+(?:{O}|him|her|them)\s+I\s+(?:wouldn't|would\s+not)\s+(?:say\s+no|refuse|turn\s+(?:{O}|him|her|them)\s+down|make\s+(?:{O}|him|her|them)\s+wait)\b`,
    ],
    hasOwnNegation: true,
  },
];

/**
 * Words that turn a negated mention into a disclosure: "didn't mean to", "never … before", and
 * hedged denials ("doesn't forbid it exactly", "not as such").
 */
const DISCLOSURE_CUES =
  /\bexactly\b|\bas\s+such\b|\bper\s+se\b|\btechnically\b|\bin\s+so\s+many\s+words\b|\bnot\s+like\b|\bhard\b|\bthat\s+bad\b|\b(?:mean|meant|means)\s+to\b|\buntil\b|\btill\b|\bbefore\b|\bagain\b|\bany\s?more\b|\bthat\s+hard\b|\bon\s+purpose\b|\bnot\s+yet\b|\bexcept\b|\bonly\b|\breally\b|\blast\s+(?:night|week|month|time|year)\b|\bsorry\b|\bapologi[sz]|\bused\s+to\b|\bthis\s+time\b|\bfirst\s+time\b|\bsince\b|\bwhen\b/i;

/** An injury, not a blow: it cannot be the other cause of an injury. */
const INJURY_WORD = /^(?:bruis|black\s+eye|split\s+lip|fat\s+lip)/i;

const CHILDHOOD =
  /\b(?:when\s+I\s+was\s+(?:a\s+kid|a\s+child|little|young|younger|a\s+teenager|a\s+teen|growing\s+up)|as\s+a\s+(?:child|kid)|growing\s+up|in\s+my\s+childhood)\b/i;

export type SafetyHit = {
  flag: SafetyFlagId;
  level: SafetyLevelOf;
  start: number;
  end: number;
};

export type SetAside = {
  kind: 'safety' | 'signal';
  id: string;
  start: number;
  end: number;
  reason: 'denied' | 'negated' | 'someone-else' | GuardReason;
};

const IMPERSONAL = new Set(['it', "it's", 'this', 'that', 'there', "there's", 'things']);

/** The actor nearest before a position in a clause: "my boss" in "my boss will murder me". */
export function actorNear(
  clause: Clause,
  at: number,
  refs: PartnerRefs,
  strictlyBefore = false,
): Actor {
  let found: Actor | undefined;
  const tokens = clause.tokens;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token || token.start > at) break;
    const hit = actorAt(tokens, i, refs);
    // With `strictlyBefore`, a phrase that holds the words themselves is not their subject:
    // "the bruises are …" is about the bruises, not done by someone called "the bruises".
    const holdsIt = strictlyBefore && (tokens[i + (hit?.length ?? 1) - 1]?.end ?? 0) > at;
    if (hit && !holdsIt && isSubjectAt(tokens, i, hit)) {
      // "It started with shouting", "now it's every week": an impersonal subject says nothing
      // about who did it, so it must not set a disclosure aside as someone else's.
      const isImpersonal = IMPERSONAL.has(token.lower) && tokens[i - 1]?.pos !== 'VERB';
      found = isImpersonal ? 'unknown' : hit.actor;
      i += hit.length;
    } else i += 1;
  }
  return found ?? clause.actor;
}

function isNegatedInClause(clause: Clause, start: number, end: number): boolean {
  if (clause.hasRaisedNegation) return true;
  const before = clause.tokens.filter((t) => t.end <= start).slice(-5);
  const inside = clause.tokens.filter((t) => t.start >= start && t.end <= end);
  return [...before, ...inside].some((t, i, all) => {
    if (!NEGATORS.has(t.lower)) return false;
    const next = all[i + 1]?.lower;
    return next !== 'only' && next !== 'just';
  });
}

function hasNegator(clause: Clause, start: number, end: number): boolean {
  return clause.tokens.some((t) => t.start >= start && t.end <= end && NEGATORS.has(t.lower));
}

export type SafetyInput = {
  /** The text with idioms blanked and quotes normalised (same length as the original). */
  masked: string;
  /** The text with quotes normalised, not masked (for context checks). */
  plain: string;
  clauses: readonly Clause[];
  /** Sentence spans, to evaluate sentence context. */
  sentences: readonly Match[];
  refs: PartnerRefs;
  compile: (sources: readonly string[]) => RegExp;
  matches: (text: string, from: number, to: number, re: RegExp) => Match[];
};

/**
 * Runs every safety rule over every sentence and returns the flags raised, plus the mentions
 * set aside (as denials or as being about someone else) so they can be explained.
 */
export function findSafety(input: SafetyInput): { hits: SafetyHit[]; setAside: SetAside[] } {
  const { masked, plain, clauses, sentences, refs, compile, matches } = input;
  const hits: SafetyHit[] = [];
  const setAside: SetAside[] = [];
  const textContext = new Map<string, boolean>();
  for (const rule of SAFETY_RULES) {
    if (rule.textContext !== undefined) {
      let ok = textContext.get(rule.textContext);
      if (ok === undefined) {
        ok = compile(contextSources(rule.textContext)).test(plain);
        textContext.set(rule.textContext, ok);
      }
      if (!ok) continue;
    }
    const re = compile(rule.patterns);
    const context =
      rule.sentenceContext === undefined
        ? undefined
        : compile(contextSources(rule.sentenceContext));
    const unless =
      rule.unlessSentence === undefined ? undefined : compile(contextSources(rule.unlessSentence));
    const passes = new Map<number, boolean>();
    const sentencePasses = (index: number, sentenceText: string) => {
      let ok = passes.get(index);
      if (ok === undefined) {
        if (context) context.lastIndex = 0;
        if (unless) unless.lastIndex = 0;
        ok = (!context || context.test(sentenceText)) && (!unless || !unless.test(sentenceText));
        passes.set(index, ok);
      }
      return ok;
    };
    // One run of the rule over the whole text; each match must sit inside one sentence.
    for (const m of matches(masked, 0, masked.length, re)) {
      const index = sentences.findIndex((s) => s.start <= m.start && m.start < s.end);
      const sentence = sentences[index];
      if (!sentence || m.end > sentence.end) continue;
      const sentenceText = plain.slice(sentence.start, sentence.end);
      if (!sentencePasses(index, sentenceText)) continue;
      const clause =
        clauses.find((c) => c.start <= m.start && m.start < c.end) ??
        clauses.find((c) => c.start >= m.start && c.start < m.end);
      if (clause) {
        const actor = actorNear(clause, m.start, refs, true);
        if (rule.actorIs && !rule.actorIs.includes(actor)) continue;
        const isChildhood = CHILDHOOD.test(sentenceText) && actor !== 'partner';
        if (!rule.ignoresActor && (actor === 'other' || isChildhood)) {
          setAside.push({ kind: 'safety', id: rule.flag, ...m, reason: 'someone-else' });
          continue;
        }
        // Wording with its own negation ("won't let me") is never a denial, but a plain
        // negation before wording without one still is ("he has never taken my money"); the
        // user's own thoughts of self-harm are kept whatever the grammar.
        const denial = rule.hasOwnNegation
          ? rule.flag !== 'self-harm' &&
            !hasNegator(clause, m.start, m.end) &&
            isNegatedInClause(clause, m.start, m.start)
          : isNegatedInClause(clause, m.start, m.end);
        if (denial && !DISCLOSURE_CUES.test(sentenceText)) {
          setAside.push({ kind: 'safety', id: rule.flag, ...m, reason: 'denied' });
          continue;
        }
      }
      hits.push({ flag: rule.flag, level: SAFETY_LEVEL[rule.flag], start: m.start, end: m.end });
    }
  }
  // The semantic-field layer: combinations of fields with roles, for wording no phrase lists.
  const combined = findCombined({ ...input, disclosureCue: DISCLOSURE_CUES });
  for (const hit of combined.hits) {
    // Whose thoughts they are is read from people only here ("he says there is no point in
    // living"); the phrase rules take an unnamed subject as the user's, so they give way.
    if (hit.flag === 'partner-crisis' || hit.flag === 'suicide-threat-as-pressure') {
      for (let i = hits.length - 1; i >= 0; i -= 1) {
        const h = hits[i];
        if (h && h.flag === 'self-harm' && h.start < hit.end && hit.start < h.end)
          hits.splice(i, 1);
      }
    }
    hits.push({ ...hit, level: SAFETY_LEVEL[hit.flag] });
  }
  for (const aside of combined.setAside) {
    // A combination set aside never hides a flag a phrase rule raised at the same place.
    if (!hits.some((h) => h.flag === aside.flag && h.start < aside.end && aside.start < h.end))
      setAside.push({
        kind: 'safety',
        id: aside.flag,
        start: aside.start,
        end: aside.end,
        reason: aside.reason,
      });
  }
  // A weapon named in one sentence and handled in the next with "it", towards the user or in
  // answer to them: "He keeps a knife in the glovebox. When I said I'd go, he took it out and put
  // it between us." The object alone in the first sentence stays quiet (a hunting knife is a
  // tool); the gesture is the threat.
  const weaponAt = new Set(
    matches(masked, 0, masked.length, compile(WEAPON_OBJECT_SOURCES)).map((m) =>
      sentences.findIndex((s) => s.start <= m.start && m.start < s.end),
    ),
  );
  if (weaponAt.size > 0) {
    for (const m of matches(masked, 0, masked.length, compile(WEAPON_HANDLED_SOURCES))) {
      const at = sentences.findIndex((s) => s.start <= m.start && m.start < s.end);
      const sentence = sentences[at];
      if (!sentence || !(weaponAt.has(at - 1) || weaponAt.has(at))) continue;
      const towards = compile(WEAPON_TOWARDS_SOURCES);
      towards.lastIndex = 0;
      if (towards.test(masked.slice(sentence.start, sentence.end)))
        hits.push({ flag: 'weapon', level: SAFETY_LEVEL.weapon, start: m.start, end: m.end });
    }
  }
  // A trend told beside harm or a threat is escalation whatever the words of the harm: "it used
  // to be once a month, now it's every few days" after a suicide threat, "worse every week"
  // after "you'll regret it". Control alone getting tighter stays a concern.
  // Last, the whole sentence's context: another cause of an injury, a hypothetical, an ex
  // relationship that is over, an arrangement agreed, a tool in use (./guards.ts). It runs on the
  // flags first, so a trend or a fear is only read beside harm that still stands.
  const harmByOthers = setAside.filter(
    (a) =>
      a.id === 'physical-violence' &&
      a.reason === 'someone-else' &&
      !INJURY_WORD.test(masked.slice(a.start, a.end)),
  );
  const guardInput = { masked, sentences, compile, harmByOthers };
  const first = applyGuards(dedupe(hits), guardInput);
  const derived: SafetyHit[] = [];
  const sentenceIndex = (at: number) => sentences.findIndex((s) => s.start <= at && at < s.end);
  const harmSentences = first.kept
    .filter((h) => ESCALATING.has(h.flag))
    .map((h) => sentenceIndex(h.start));
  if (harmSentences.length > 0) {
    for (const m of matches(masked, 0, masked.length, compile(TREND_SOURCES))) {
      const at = sentenceIndex(m.start);
      if (at >= 0 && harmSentences.some((i) => Math.abs(i - at) <= 1))
        derived.push({ flag: 'escalation', level: SAFETY_LEVEL.escalation, ...m });
    }
    // The user's own fear told near harm or a threat is fear of the partner, though it names no
    // one: "he held the knife up … I was terrified", "since then … I'm frightened to walk home".
    for (const m of matches(masked, 0, masked.length, compile(FEAR_SELF_SOURCES))) {
      const at = sentenceIndex(m.start);
      if (at >= 0 && harmSentences.some((i) => Math.abs(i - at) <= 2))
        derived.push({ flag: 'fear-of-partner', level: SAFETY_LEVEL['fear-of-partner'], ...m });
    }
  }
  const second = applyGuards(dedupe(derived), guardInput);
  for (const aside of [...first.aside, ...second.aside])
    setAside.push({
      kind: 'safety',
      id: aside.flag,
      start: aside.start,
      end: aside.end,
      reason: aside.reason,
    });
  return { hits: dedupe([...first.kept, ...second.kept]), setAside };
}

// One array per context source for the life of the process, so the compiler's cache (keyed by
// array identity) finds it without rebuilding a key on every analysis.
const contextArrays = new Map<string, readonly string[]>();
function contextSources(source: string): readonly string[] {
  let sources = contextArrays.get(source);
  if (!sources) {
    sources = [source];
    contextArrays.set(source, sources);
  }
  return sources;
}

const TREND_SOURCES: readonly string[] = [FIELDS.trend];
const WEAPON_OBJECT_SOURCES: readonly string[] = [FIELDS['weapon-object']];
/** The partner handling "it": taking it out, putting it down, holding it up, pointing it. */
const WEAPON_HANDLED_SOURCES: readonly string[] = [
  V`\b(?:{P}|he|she|they)\s+(?:\w+\s+){0,2}?(?:took|takes|pulled|pulls|got|gets|put|puts|placed|places|laid|lays|set|sets|held|holds|pointed|points|waved|waves|picked|picks|slid|slides)\s+it\s+(?:out|up|down|on|onto|at|to|in\s+front|between|near|next\s+to|beside|across)\b`,
];
/** Towards the user or in answer to them. */
const WEAPON_TOWARDS_SOURCES: readonly string[] = [
  V`\b(?:at\s+me|between\s+us|in\s+front\s+of\s+me|near\s+me|next\s+to\s+me|beside\s+me|(?:when|after|as|because)\s+I|(?:didn't|did\s+not|without)\s+(?:say(?:ing)?\s+)?(?:anything|a\s+word)|look\w*\s+at\s+me|star\w*\s+at\s+me)\b`,
];
/** The user afraid, not of losing the partner ("I'm scared he'll leave" is another fear). */
const FEAR_SELF_SOURCES: readonly string[] = [
  V`\bI(?:'m|\s+am|\s+was|\s+felt|\s+feel|'ve\s+been|\s+have\s+been|\s+get|\s+got)\s+(?:so\s+|really\s+|too\s+|absolutely\s+|completely\s+|still\s+|just\s+)?(?:terrified|scared|frightened|afraid|petrified)\b(?!\s+(?:of\s+(?:losing|being\s+(?:alone|single|left|dumped))|(?:that\s+)?(?:{P}|he|she|they|it|this|we|things)(?:'ll|\s+will|'s|\s+is|\s+are|'re|\s+might|\s+may|\s+could|'d|\s+would)?\s+(?:\w+\s+)?(?:leave|leaving|lose|losing|over|end|ending|fall\w*\s+out|cheat\w*|bored|break\w*\s+up|drift\w*|give\s+up)))`,
];
/** Harm and threats: a trend told beside them makes escalation. */
const ESCALATING = new Set<SafetyFlagId>([
  'physical-violence',
  'strangulation',
  'weapon',
  'threat-to-kill',
  'threats',
  'threats-to-children-or-pets',
  'suicide-threat-as-pressure',
  'sexual-coercion',
  'stalking',
  'fear-of-partner',
]);

/** One hit per flag per place: overlapping hits of the same flag keep the longest. */
function dedupe(hits: SafetyHit[]): SafetyHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SafetyHit[] = [];
  for (const hit of sorted) {
    const clash = kept.find((k) => k.flag === hit.flag && k.start < hit.end && hit.start < k.end);
    if (!clash) kept.push(hit);
  }
  return kept;
}
