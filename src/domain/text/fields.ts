/**
 * Semantic fields for the safety layer: families of words and short constructions that carry one
 * meaning (harm to the body, the neck, death, the user's money, a reported threat, a trend…),
 * written as inflection-tolerant regex sources. A field says nothing on its own; the combination
 * rules in ./combine.ts raise a flag when the right fields meet in one clause or sentence with the
 * right people in the right roles. That is what lets wording nobody listed still land: "he has my
 * bank card" is the money field ("bank card") meeting the control field ("has") with the partner
 * as the agent, whatever verb or order the person uses.
 *
 * Placeholders `{P}`, `{O}`, `{PS}` are the partner as subject, object and possessive (see
 * ./patterns.ts). Sources are matched case-insensitively on the text with idioms blanked.
 */

const V = String.raw;

/** The user as the one something is done to: "me", "my face", "my arm". */
const BODY = V`(?:face|head|arms?|wrists?|hands?|hair|neck|throat|back|stomach|belly|chest|legs?|ribs?|jaw|lips?|nose|eyes?|shoulders?|cheek|ear|mouth|body|side|fingers?|thighs?|knees?|skin)`;
const ME = V`(?:me|myself|my\s+(?:\w+\s+)?${BODY})`;
/** People and animals in the user's care. */
export const DEPENDANT = V`(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[1-9]|1[0-5])-year-olds?|kids?|children|child|son|sons|daughters?|baby|babies|little\s+ones?|toddler|boys|girls|the\s+twins|dogs?|cats?|pets?|puppy|kitten|horse|rabbit|bunny|hamster|guinea\s+pig|parrot|bird|budgie|fish|tortoise)`;
/** Modal future: "he'll", "she would", "they're going to". */
const WILL = V`(?:'ll|'d|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|\s+was\s+going\s+to|'s\s+gonna|\s+is\s+gonna|\s+might|\s+could|\s+can)`;

export type FieldId =
  | 'harm-to-me'
  | 'harm-to-dependant'
  | 'harm-to-it'
  | 'dare'
  | 'injury'
  | 'neck'
  | 'neck-force'
  | 'breath-loss'
  | 'weapon-object'
  | 'menace'
  | 'death-to-me'
  | 'speech'
  | 'condition'
  | 'partner-future'
  | 'consequence'
  | 'dependant'
  | 'dependant-harm'
  | 'suicidal'
  | 'suicidal-self'
  | 'method'
  | 'ideation'
  | 'suicidal-partner'
  | 'leverage'
  | 'pressure-suicide'
  | 'money'
  | 'money-control'
  | 'money-obligation'
  | 'money-none'
  | 'weapon-gesture'
  | 'phone-obligation'
  | 'location-obligation'
  | 'partner-ref'
  | 'phone'
  | 'phone-control'
  | 'location'
  | 'location-watch'
  | 'mutual'
  | 'people'
  | 'people-block'
  | 'people-encourage'
  | 'sex'
  | 'no-consent'
  | 'fear'
  | 'fear-of-partner'
  | 'appease'
  | 'vigilance'
  | 'aggression'
  | 'trend'
  | 'separation'
  | 'pursuit'
  | 'by-partner'
  | 'partner-hurt'
  | 'harmless-frame'
  | 'trade'
  | 'dependant-agent';

export const FIELDS: Record<FieldId, string> = {
  // ── the body ──
  /** A blow, a grab, a throw with the user as the one it lands on. */
  'harm-to-me': V`\b(?:hit|hits|hitting|punch\w*|slap\w*|kick\w*|shov\w*|push(?:ed|es|ing)?|grabb?\w*|shook|shak\w*|pinn?\w*|(?<!\b(?:worst|best|a|the|this|that|little|tiny|scary|hard|first|last|funny|sad|next|other|quiet|good|bad|boring|middle)\s)bit|bites|biting|bitten|burn\w*|beat|beats|beating|beaten|hurt|hurts|hurting|smack\w*|whack\w*|thump\w*|elbow\w*|knee(?:d|s|ing)|stamp\w*|stomp\w*|drag\w*|yank\w*|twist\w*|scratch\w*|clawed|headbutt\w*|head-butt\w*|struck|strikes?|attack\w*|assault\w*|batter\w*|throttl\w*|spat\s+(?:on|at)|spit\s+(?:on|at)|slamm?\w*|threw|throws?|throwing|thrown|flung|hurl\w*|knock\w*|restrain\w*|squeez\w*|pinch\w*|bruis\w*)(?:\s+(?!(?:wall|walls|door|doors|table|floor|window|next|beside|near|by|inches|right)\b)[\w'-]+){0,3}\s+(?:at\s+|into\s+|against\s+|onto\s+|on\s+|in\s+)?(?:the\s+\w+\s+of\s+)?${ME}\b(?!\s+(?:for|into|in)\s+(?:a\s+|an\s+|another\s+|one\s+of\s+\w+\s+)?(?:\w+\s+)?(?:hugs?|cuddles?|kiss(?:es)?|dance|photo|selfie|squeeze))`,
  /** Harm done to a child or an animal: "kicked the cat", "shakes our son". */
  'harm-to-dependant': V`\b(?:drove\s+at|drives\s+at|aimed\s+at|went\s+for|swung\s+at|lunged\s+at|hit|hits|hitting|punch\w*|slap\w*|kick\w*|shov\w*|shook|shakes|shaking|beat|beats|beating|hurt|hurts|hurting|smack\w*|whack\w*|thump\w*|threw|throws|throwing|drown\w*|poison\w*|starv\w*|chok\w*|strangl\w*|stamp\w*|stomp\w*|drag\w*|yank\w*|burn\w*|bit|bites|grabb?\w*)\s+(?:(?:the|my|our|his|her|their|your)\s+)?(?:\w+\s+)?${DEPENDANT}\b`,
  /** Harm to "it", "him", "her" in a sentence about a child or an animal. */
  'harm-to-it': V`\b(?:threw|throws|throwing|flung|hurled|kicked|kicks|kicking|hit|hits|shook|shakes|smacked|slapped|stamped\s+on|drowned|dangled|held)\s+(?:it|him|her|them)\s+(?:against|into|across|off|down|out|at|over|under)\b`,
  /** Marks on the body. */
  injury: V`\b(?:bruis\w*|black\s+eye|split\s+lip|fat\s+lip|lump\s+on\s+my|marks\s+on\s+my|fingerprints\s+on|broken\s+(?:nose|rib|ribs|tooth|teeth|wrist|arm|finger)|stitches|concussion|a\s*&\s*e|emergency\s+room|bleeding)\b`,
  /** An injury put down to the partner: "the bruises are from him", "she gave me". */
  'by-partner': V`\b(?:from|by|off|because\s+of|thanks\s+to)\s+(?:{O})\b|(?:{P})\s+(?:gave\s+me|gives\s+me|left\s+(?:them|it|those|these|marks|a|bruises)|caused\s+(?:them|it|those|these)|did\s+(?:this|that|it))\b`,
  /** The partner as the one hurt: "drove himself to A&E", "when she broke her wrist". */
  'partner-hurt': V`\b(?:himself|herself|themselves|themself)\b|\b(?:{PS})\s+(?:own\s+)?(?:\w+\s+)?(?:wrist|arm|leg|ankle|foot|hand|finger|head|ribs?|nose|back|knee|shoulder|toe|collarbone|hip)\b`,
  neck: V`\b(?:(?:the\s+back\s+of\s+|the\s+front\s+of\s+)?my\s+(?:neck|throat|windpipe|airway))\b`,
  /** Force on the neck: hands, grip, squeeze, a forearm, choking words. */
  'neck-force': V`\b(?:hands?|fingers|thumbs?|grip\w*|grabb?\w*|squeez\w*|press\w*|push\w*|shov\w*|chok\w*|strangl\w*|throttl\w*|forearm|arm|elbow|knee|weight|held|hold\w*|pinn?\w*|crush\w*|wrapp?\w*|clamp\w*|dug|digging|belt|rope|cord|scarf|lead|collar|cover\w*\s+my\s+(?:mouth|nose|face)|(?:sat|sits|sitting|knelt|kneeling)\s+on\s+my\s+(?:chest|back)|pillow\s+over|over\s+my\s+(?:mouth|face|nose))\b`,
  /** Loss of breath or consciousness. */
  'breath-loss': V`\b(?!(?:[\w']+\s+){1,5}(?:from|for|with)\s+(?:laughing|laughter|crying|excitement))(?:struggl\w*\s+(?:to\s+)?(?:breathe|get\s+(?:any\s+)?air)|(?:nearly|almost)\s+(?:fainted|passed\s+out|blacked\s+out)|fainted|(?:couldn't|could\s+not|can't|cannot|could\s+barely|couldn't\s+even)\s+(?:breathe|swallow|get\s+(?:any\s+)?(?:air|a\s+breath)|speak|scream|shout)|gasp\w*|went\s+(?:black|dark|dizzy|fuzzy)|everything\s+went\s+(?:black|dark|fuzzy)|(?:saw|seeing)\s+(?:spots|stars)|blacked\s+out|passed\s+out|lost\s+consciousness|my\s+vision\s+went)\b`,

  // ── weapons ──
  /** Objects that can be weapons; alone they mean nothing ("a bat in the shed"). */
  'weapon-object': V`\b(?<!\b(?:toy|foam|plastic|nerf|water|cardboard|pretend|wooden|rubber|inflatable|chocolate|glue|butter|squirt|bubble|cap|lightsaber)\s)(?:guns?|pistols?|rifles?|shotguns?|firearms?|revolvers?|knife|knives|blades?|machetes?|cleavers?|axe|hatchet|hammer|screwdriver|crowbar|baseball\s+bat|cricket\s+bat|golf\s+club|bat|iron\s+bar|metal\s+bar|poker|scissors|broken\s+bottle|bottle|taser|pepper\s+spray|razor|crossbow|bow|sword|box\s+cutter|stanley\s+knife)\b`,
  /** The object pointed at the user or kept as a reminder. */
  menace: V`\b(?:star(?:ed|ing|es)\s+at\s+me|glar\w*\s+at\s+me|wav\w*|point\w*|brandish\w*|swung|swing\w*|held\s+(?:it|\w+)\s+(?:up|to|at|against)|holds?\s+(?:it|\w+)\s+(?:up|to|at|against)|came\s+at|comes\s+at|in\s+my\s+face|at\s+me|to\s+my\s+(?:head|throat|neck|chest|face|stomach)|against\s+my|reminds?\s+me|remind\w*\s+me|makes?\s+sure\s+I\s+(?:see|know)|where\s+I\s+can\s+see|by\s+the\s+bed|under\s+(?:the|his|her|their)\s+(?:bed|pillow|mattress)|when\s+we\s+(?:argue|fight|row)|threat\w*|showed\s+me|shows\s+me|sharpen\w*|(?:next|last)\s+time|wouldn't\s+stop|won't\s+stop|it's\s+there|there\s+for\s+me|for\s+me)\b`,

  /** A gesture at a weapon, read as an answer or a warning: "tapped the knife block". */
  'weapon-gesture': V`\b(?:tapp\w*|taps?|patt\w*|pats?|nodd\w*|gestur\w*|glanc\w*|point\w*|look\w*|rests?\s+(?:his|her|their)\s+hand\s+on|touch\w*)\s+(?:at\s+|to(?:wards)?\s+|on\s+)?(?:the|a|his|her|their)\s+(?:kitchen\s+)?(?:knife\s+block|knife|knives|gun|guns|rifle|shotgun|pistol|axe|hammer|machete|blade)\b`,

  // ── threats ──
  /** Death or disappearance with the user as the one it happens to. */
  'death-to-me': V`\b(?:(?:kill|murder|end|finish|bury|drown|strangle|shoot|stab)\s+(?:me|you)\b|(?:I|you)(?:'ll|'d|\s+will|\s+would|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to)?\s+(?:be|end\s+up|wind\s+up)\s+(?:\w+\s+)?(?:dead|in\s+(?:a|the)\s+(?:river|canal|ditch|ground|grave|box|coffin|morgue|lake|sea|woods|boot)|six\s+feet\s+under)|(?:I|you)(?:'ll|\s+will|\s+would|'d)?\s+(?:just\s+)?(?:won't|will\s+not|wouldn't|would\s+never|never)\s+(?:\w+\s+)?(?:wake\s+up|be\s+found|see\s+(?:another|the\s+next|your\s+next|my\s+next)|make\s+it|leave\s+(?:this|the)\s+(?:house|room)\s+alive)|(?:I|you)(?:'ll|'d|\s+will|\s+would)\s+(?:\w+\s+){0,2}dead\b(?!\s+to\b)|(?:I|you)\s+(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:be\s+)?(?:walk\w*|com\w*|get\w*|mak\w*)\s+(?:out|back|home|it)\b(?:\s+(?:of\s+(?:there|here)|alive))?|(?:I|you)\s+(?:won't|will\s+not|wouldn't|would\s+not)\s+live\s+(?:to|long|another|through|past)|(?:make\s+it\s+)?look\s+like\s+(?:an\s+)?accident|(?:nobody|no\s+one|they|police|anyone)\s+(?:would|will|'d|'ll|could|can|won't|wouldn't|will\s+never|would\s+never|never)\s+(?:\w+\s+){0,2}(?:find|look\s+for|miss)\s+(?:me|you|my\s+body|your\s+body|the\s+body)|(?:never|won't|wouldn't|not)\s+(?:\w+\s+){0,2}find\s+(?:my|your|the)\s+body|people\s+(?:go\s+missing|disappear|have\s+accidents)|accidents\s+happen|(?:I|you)(?:'ll|'d|\s+will|\s+would|\s+could|\s+might|\s+can)?\s+(?:just\s+)?(?:go\s+missing|disappear|vanish|have\s+an?\s+(?:\w+\s+)?accident)|make\s+(?:me|you)\s+(?:disappear|vanish)|dead\s+(?:woman|man|girl)\s+walking|(?:my|your)\s+(?:funeral|grave|last\s+(?:day|breath|birthday|christmas))|last\s+thing\s+(?:I|you)\s+(?:ever\s+)?do)`,
  /** Someone reporting what was said: the speaker is the subject before it. */
  speech: V`\b(?:said|says|say|told|tells|tell|telling|warn\w*|threaten\w*|whisper\w*|text\w*|messag\w*|wrote|writes|screamed|screams|shouted|shouts|yelled|yells|swore|swears|saying|promised|promises|reminds?|reminded|joked|jokes|hissed|muttered|mutters|goes|went|sent|sends|likes\s+to\s+(?:say|tell|remind)|keeps\s+(?:saying|telling|reminding))\b`,
  /** A condition on what the user does: "if I leave", "the day I go", "go on then". */
  condition: V`\b(?:if|unless|the\s+(?:day|moment|minute|second)|should|once|whenever|every\s+time|next\s+time)\s+(?:I|you)\b`,
  /** A dare: a threat whoever is named ("go on then", "see what happens", "or else"). */
  dare: V`\bgo\s+on\s+then\b|\b(?:just\s+)?try\s+it\b|\bsee\s+what\s+happens\b|\bor\s+else\b|\bdon't\s+(?:you\s+)?(?:dare|test\s+me|push\s+me)\b|\byou've\s+been\s+warned\b`,
  /** The partner as subject of something still to come: "he'll", "she would make sure". */
  'partner-future': V`(?:{P})${WILL}\s+(?:\w+\s+)?(?:make\s+sure|make|see\s+to\s+it|ruin|tell|send|post|show|take|get|come|find|sort|deal|destroy|burn|smash|report|call|leave\s+me|teach)\b`,
  /** What the user would suffer: being sorry, losing the job, pictures shown. */
  consequence: V`\b(?:(?:be|'ll\s+be|'d\s+be)\s+sorry|regret\s+it|make\s+me\s+do\s+something|something\s+(?:we|you|I)(?:'ll|\s+will|'d|\s+would)\s+(?:both\s+|all\s+)?regret|pay\s+for\s+(?:it|this|that)|(?:I'll|I\s+will|I'd|you'll|you'd|you\s+will)\s+(?:pay|see|find\s+out|learn|lose)|lose\s+(?:my|your|the)\s+(?:job|kids|children|house|home|visa|everything|friends|career)|(?:I'm|you're|I\s+am|you\s+are)\s+next|(?:everyone|everybody|the\s+whole\s+\w+|your\s+\w+|my\s+\w+)(?:\s+will|\s+would|'ll|'d|\s+is\s+going\s+to|\s+gets?\s+to)\s+(?:see|know|find\s+out|hear\s+about)|(?:everyone|everybody)\s+(?:sees|knows|finds\s+out)|(?:post|send|share|show|leak|put|forward)\w*\s+(?:\w+\s+){0,2}(?:pictures|photos|pics|videos|nudes|recordings)|(?:pictures|photos|pics|videos|nudes|recordings)\s+(?:\w+\s+){0,2}(?:online|everywhere|to\s+(?:everyone|my|your))|(?:interesting|nasty|little)\s+(?:email|letter|message|call|visit)|tell\s+(?:everyone|everybody|the\s+whole\s+\w+|all\s+(?:my|your)\s+\w+|my\s+\w+|your\s+\w+)\s+(?:what|about|that|how)|tell\s+(?:my|your)\s+(?:boss|work|manager|family|parents|mum|mom|dad|church|employer|husband|wife)|sort\s+(?:me|you)\s+out|get\s+rid\s+of\s+(?:me|you)|deal\s+with\s+(?:me|you)|knows?\s+people|knows?\s+where\s+(?:my|your)\s+(?:\w+\s+)?(?:parents|family|mum|mom|dad|sister|brother|friends|kids|children)\s+lives?|knows?\s+where\s+(?:I|you)\s+(?:live|work|sleep)|(?:ruin|destroy|wreck)\s+(?:me|you|my|your)|make\s+(?:my|your)\s+life\s+(?:hell|a\s+misery)|(?:come|coming)\s+after\s+(?:me|you)|hunt\s+(?:me|you)\s+down|report\s+(?:me|you)|deport\w*|social\s+services|see\s+what\s+happens|what\s+happens\s+to|never\s+see\s+(?:them|the\s+\w+|my\s+\w+|your\s+\w+)\s+again)\b`,
  dependant: V`\b(?:(?:the|my|our|his|her|their|your)\s+)?${DEPENDANT}\b`,
  /** What could befall a child or animal in a threat. */
  'dependant-harm': V`\b(?:(?:lock|shut)\w*\s+(?:them|him|her|it)\s+(?:in|out|outside|up|away)\b|(?:throw|threw|put|kick)\w*\s+(?:them|him|her|it)\s+out\s+(?:on\s+the\s+street|in\s+the\s+(?:cold|rain))|(?:have|had|has)\s+an?\s+(?:\w+\s+)?accident|accidents\s+happen|end\s+up\s+(?:in|on|dead|hurt)|get\s+hurt|get\s+rid\s+of|put\s+(?:\w+\s+)?down|drown\w*|poison\w*|oven|disappear\w*|go\s+missing|(?:kill|hurt|harm|hit|drown)\w*\s+(?:them|it|him|her)|never\s+(?:see|saw|seeing|get\s+to\s+see)\s+(?:them|him|her|it)\s+again|(?:I'd|I'll|you'd|you'll|I\s+would|you\s+would|I\s+will)\s+never\s+(?:\w+\s+)?(?:find|see|get\s+back)\s+(?:them|him|her|it)|what\s+happens\s+to\s+(?:them|him|her|it)|pay\s+for\s+it|suffer|be\s+next|(?:come|came|comes|coming)\s+back\s+without\s+(?:them|him|her|it)|(?:be|get|got|been)\s+taken\s+(?:off|away\s+from|from)\s+(?:me|you)|taken\s+into\s+care|(?:not|won't\s+be|wouldn't\s+be)\s+[\"“]?around\b|take\s+(?:them|him|her)\s+(?:away|abroad)|(?:take|taking|took)\s+(?:the|my|our|your)\s+(?:kids|children|baby|son|daughter|boys|girls)\b[^.!?]{0,30}?\b(?:away|abroad|never|from\s+me))\b`,

  // ── suicide and self-harm ──
  /** Wanting not to live, a method, a farewell; whose it is comes from the clause. */
  suicidal: V`\b(?:suicid\w*|a\s+burden\s+(?:to|on)\s+(?:everyone|everybody|you|us|me|the\s+family|(?:his|her|their|my)\s+family)|(?:won't|will\s+not|wouldn't)\s+be\s+(?:here|around|alive)\s+(?:much\s+longer|for\s+(?:much\s+)?long|long|forever|any\s?more)|(?:notice|care|miss\s+me)\s+if\s+I\s+(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:here|around|alive)|(?:want|wants|wanted|wanting)\s+to\s+die|(?:don't|doesn't|didn't|do\s+not|does\s+not)\s+want\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|go\s+on)|not\s+(?:want\s+to\s+)?(?:be|being)\s+(?:here|alive|around)\s+any\s?more|(?:(?:can't|cannot|can\s+not|don't|do\s+not|doesn't|does\s+not|didn't|couldn't)\s+see\s+)?(?:no|any|the|a)\s+(?:point|reason)\s+(?:in\s+|of\s+)?(?:being\s+alive|living|going\s+on|to\s+live|to\s+go\s+on|to\s+keep\s+going|carrying\s+on|in\s+anything)|(?:better\s+off|be\s+better)\s+(?:dead|without\s+(?:me|him|her|them))|(?:how|ways?)\s+(?:to\s+die|(?:he'd|she'd|they'd|I'd|he\s+would|she\s+would|I\s+would|to)\s+do\s+it)|how\s+many\s+(?:tablets|pills|paracetamol)|overdos\w*|(?:take|took|taking|swallow\w*)\s+(?:all\s+|every\s+|the\s+whole\s+)?(?:\w+\s+)?(?:pills|tablets|packet|bottle|everything\s+in)|(?:photo|picture|pic)\s+of\s+(?:\w+\s+)?(?:pills|tablets|rope|a\s+noose)|(?:pills|tablets|meds|painkillers)\s+(?:saved|stockpiled|hidden|lined\s+up)|noose|hang\s+(?:myself|himself|herself|themselves)|jump\w*\s+(?:off|from|in\s+front\s+of)|(?:goodbye|suicide|farewell)\s+(?:letter|note|message|text)s?|(?:letters?|notes?)\s+(?:to\s+\w+\s+)?(?:like|as\s+if)\s+(?:he|she|they|I)\s+(?:was|were)\s+saying\s+goodbye|saying\s+goodbye|giv\w*\s+(?:away\s+)?(?:all\s+)?(?:his|her|their|my)\s+(?:things|stuff|belongings|possessions)(?:\s+away)?|gave\s+away\s+(?:his|her|their|my)|walk\w*\s+into\s+the\s+(?:sea|river|lake|traffic)|not\s+(?:coming|come)\s+back|(?:not|never)\s+wak\w*\s+up|end\s+it\s+all|end\s+(?:my|his|her|their)\s+(?:own\s+)?life|take\s+(?:my|his|her|their)\s+(?:own\s+)?life|(?:can't|cannot)\s+(?:go\s+on|keep\s+going|do\s+this\s+any\s?more)\b(?!\s+like\s+this)|nothing\s+(?:left\s+)?to\s+live\s+for|tired\s+of\s+(?:living|being\s+alive|life)|wish\s+(?:I|he|she|they)\s+(?:was|were)\s+(?:dead|gone|never\s+born))\b`,
  /** A means or a way out; counts only with thinking, planning or searching about it. */
  method: V`\b(?:(?:a|the|that)\s+bridge|(?:the\s+)?(?:railway|train)\s+tracks|in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|lorry|truck|car)|jump\w*\s+(?:off|from|in\s+front)|pills|tablets|paracetamol|painkillers|rope|noose|(?:my|his|her|their)\s+wrists|overdos\w*|(?:not|never|don't|didn't|won't|wouldn't)\s+wak\w*\s+up|ending\s+(?:it|things|my\s+life)|(?:ways?|how)\s+to\s+end\s+it(?:\s+all)?\b(?!\s+with)|(?:not\s+)?being\s+(?:here|around|alive)|dying|being\s+dead|disappear\w*\s+(?:for\s+good|forever|for\s+ever|completely|off\s+the\s+face)|the\s+(?:sea|river|lake|cliff|edge|roof)|(?:crash\w*|drive|drove|driving)\s+(?:the\s+car\s+)?(?:into|off))\b`,
  /** Thinking, planning or searching: "thought about", "looked up", "stood on". */
  ideation: V`\b(?:think\w*|thought|dream\w*|fantasi[sz]\w*|imagin\w*|look\w*\s+up|looked\s+(?:into|at)|googl\w*|search\w*|research\w*|read\w*\s+(?:about|up\s+on)|plann?\w*|stood\s+(?:on|at|by|near)|standing\s+(?:on|at|by)|count\w*|worked\s+out|work\s+out|wonder\w*|tempted|urge|wish\w*|want\w*|ready\s+to)\b`,
  'suicidal-self': V`\b(?:(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|burn\w*|starv\w*|punish\w*|hang\w*|drown\w*)\s+myself|self[-\s]?harm\w*|(?:cutting|scratching|burning)\s+(?:my\s+)?(?:arms|wrists|legs|thighs|skin)|cutting\s+again|I\s+(?:want|wanna|wish\s+I\s+could)\s+(?:to\s+)?(?:die|disappear))\b`,
  'suicidal-partner': V`\b(?:(?:kill|shoot|hurt|stab)\w*\s+(?:me|us|you|the\s+kids|the\s+children)(?:\s+and)?(?:\s+then)?(?=\s+(?:himself|herself|themselves|themself)\b)|(?:end|ending)\s+(?:it|things|everything)\s+for|kill|hurt|harm|cut|cutting|hurting|harming|killing|hang|hanging|drown|drowning|end|ending)\s+(?:himself|herself|themselves|themself|{PS}\s+(?:own\s+)?life)\b`,
  /** Said to the user about the partner's own death, as pressure whoever the subject is. */
  'pressure-suicide': V`\b(?:come\s+back\s+to\s+(?:a|his|her|their|my)\s+(?:funeral|body)|(?:won't|will\s+not|wouldn't)\s+be\s+(?:here|alive|around)\s+(?:when|by|tomorrow|after)|(?:you'll|you\s+will|you'd|you\s+would|I'll|I\s+will|I'd)\s+(?:be\s+the\s+one\s+(?:who|that|to)\s+)?finds?\s+(?:me|him|her|them|my\s+body|his\s+body|her\s+body)|(?:on|have\s+(?:it|that)\s+on)\s+(?:your|my)\s+conscience|blood\s+on\s+(?:your|my)\s+hands|what\s+you(?:'re|\s+are)\s+doing\s+to\s+me)\b`,
  /** The partner's distress used to make the user stay or obey. */
  leverage: V`\bthreat\w*|\b(?:if|unless|the\s+(?:day|moment)|once)\s+(?:I|you)\b|\b(?:what|this\s+is\s+what)\s+you(?:'re|\s+are|'ve|\s+have)?\s+(?:doing|done|did|driving)\s+(?:to\s+)?(?:me|him|her)|\bbecause\s+of\s+(?:you|me)\b|\b(?:your|my)\s+fault\b|\byou\s+(?:made|make|drive|drove)\s+me\b|\b(?:my|your)\s+choice\b|\bon\s+(?:you|me|my\s+conscience|your\s+conscience)\b|\byou'll\s+(?:see|be\s+sorry|regret|come\s+back|find)\b|\b(?:whenever|when|every\s+time|each\s+time|as\s+soon\s+as|after|since)\s+I\s+(?:talk|talked|mention|mentioned|bring|brought|say|said|try|tried|threaten|threatened|pack|packed|want|wanted|go|went|visit|visited|see|saw|stay|stayed|meet|met|spend|spent)\b[^.!?]{0,30}\b(?:leav\w*|left|go\b|going|moving\s+out|move\s+out|break\w*\s+up|split\w*|divorc\w*|end\w*\s+(?:it|things|us)|separat\w*|out|away|trip|weekend|space|a\s+break|time\s+apart|time\s+alone|friends|family|parents|mum|mom|sister|brother)|\b(?:leave|left|leaving|go\s+out|going\s+out|go\s+away|going\s+away|move\s+out|moving\s+out|break\s+up|breaking\s+up|divorce)\b[^.!?]{0,40}\b(?:I'll|I\s+will|I'm\s+going\s+to)\b|\bsends?\s+me\b|\bsent\s+me\b`,

  // ── money ──
  /** The user's money and its traces: "my card", "my salary", receipts, an allowance. */
  money: V`\b(?:(?<!(?:passwords?|passcodes?|log-?ins?|details)\s+(?:to|for)\s+(?:all\s+(?:of\s+)?)?)my\s+(?:own\s+)?(?:(?:own|work|new|old|whole|entire|personal|private|joint|savings|bank|weekly|monthly|current)\s+)?(?:(?:bank|credit|debit)\s+cards?|cards?|money|cash|wages?|salary|pay|pay\s+packet|pay(?:check|cheque|slip)s?|earnings|savings|benefits|pension|accounts?|pin|spending|finances|purse|wallet)|(?:the|our)\s+(?:money|cash|finances|(?:bank\s+)?accounts?|bank\s+cards?|cards?|savings)|(?:loans?|credit\s+cards?|debts?|overdrafts?|mortgages?|contracts?|finance)\s+in\s+my\s+name|(?:the|our|my|bank)\s+(?:bank\s+)?statements(?!\s+(?:with|together))|every\s+(?:\w+\s+)?account|(?:my|the|our)\s+(?:bank(?:ing)?\s+app|online\s+banking)|receipts?|(?:an?\s+|my\s+)?(?:weekly\s+|monthly\s+|small\s+)?allowance|pocket\s+money|(?:every|each)\s+(?:penny|cent|pound|dollar|euro|purchase|thing\s+I\s+(?:buy|bought))|ask\w*\s+(?:{O}\s+|him\s+|her\s+|them\s+)?for\s+(?:\w+\s+)?(?:money|cash|fare)|(?:anything|something)\s+(?:over|above|that\s+costs)\s+(?:\w+\s+)?(?:pounds|dollars|euros|quid|bucks|£\s?\d+|\$\s?\d+|€\s?\d+)|(?:\w+\s+)?(?:pounds|dollars|euros|quid|bucks)\s+(?:a|for\s+the)\s+(?:week|month|day)|£\s?\d+|\$\s?\d+|€\s?\d+)\b`,
  /** The partner holding it: has, takes, keeps, controls, collects, checks; routed to them. */
  'money-control': V`\b(?:has|had|takes|took|taken|keeps|kept|holds|held|controls?|controlled|collects?|collected|confiscat\w*|withh[oe]ld\w*|checks?|checked|goes\s+through|went\s+through|audits?|approves?|okays?|in\s+(?:{PS})\s+name|(?:in)?to\s+(?:{PS})\s+(?:own\s+)?account|(?:goes|go|went|land|lands|landed|paid|gets\s+paid)\s+(?:straight\s+|directly\s+)?(?:in)?to\s+(?:{PS}|{O})\b|decides?\s+(?:what|how\s+much)\s+I|what\s+(?:{P})\s+(?:thinks?|decides?|says?)\s+I\s+(?:need|can|should|get))\b`,
  /** The user bound: asking, showing, permission, being handed an amount. */
  'money-obligation': V`\b(?:leaves?\s+me\s+(?:with\s+)?(?:enough|just|only|nothing|barely)|(?:gives|gave|give|hands|handed|transfers?|transferred|sends|sent|puts|put)\s+me|(?:won't|doesn't|didn't|never|wouldn't)\s+(?:let|give|tell|show)\s+me|(?:makes?|made|making)\s+me|(?:have|has|had|must|need|needs)\s+to\s+(?:ask|beg|show|explain|justify|send|hand|account|text|check|get|photograph)|not\s+allowed|(?:without|before)\s+(?:asking|texting|checking|telling|calling|permission|(?:his|her|their)\s+(?:ok|okay|permission))|permission)\b`,

  /** No money of the user's own: "I don't have a bank card of my own" (a denial in form only). */
  'money-none': V`\b(?:(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:have|had|get|got)|no|without)\s+(?:a|an|any)?\s*(?:bank\s+|debit\s+|credit\s+)?(?:card|account|money|cash|income)\s+of\s+my\s+own\b`,

  // ── phone ──
  phone: V`\b(?:(?:every|each|all\s+(?:of\s+)?my|all\s+the)\s+(?:texts?|messages?|e-?mails?|calls?|chats?|dms?)|(?:passwords?|passcodes?|log-?ins?)\s+(?:to|for)\s+all\s+(?:of\s+)?my\s+\w+|my\s+(?:(?:own|work|new|old|whole|entire|personal|private|joint|savings|bank|weekly|monthly|current)\s+)?(?:phone|mobile|cell|messages|texts|whatsapps?|chats?|dms|e-?mails?|inbox|call\s+(?:log|history)|social\s+media|facebook|instagram|laptop|passwords?|passcode|pin|phone\s+code|code|(?:phone\s+)?contacts|contact\s+list)|(?:the|my)\s+sim(?:\s+card)?|(?:passwords?|passcodes?)\s+(?:to|for)\s+(?:my|everything))\b`,
  'phone-control': V`\b(?:inspect\w*|examin\w*|search\w*|snoop\w*|go(?:es)?\s+on|checks?|checked|checking|reads?|reading|goes\s+through|went\s+through|going\s+through|looks?\s+(?:through|at)|looked\s+(?:through|at)|scroll\w*\s+through|knows?|knew|has|had|takes?|took|taken|grabs?|grabbed|snatch\w*|hides?|hid|smash\w*|broke|breaks|deletes?|deleted|changed|changes|demands?|demanded|unlock\w*|monitors?|whenever\s+(?:{P})\s+wants?)\b`,
  'phone-obligation': V`\b(?:(?:makes?|made|making)\s+me|(?:have|has|had|need|must)\s+to\s+(?:leave|show|hand|give|unlock|keep|tell)|not\s+allowed|(?:won't|doesn't|never|wouldn't)\s+let\s+me|(?:goes|went)\s+mad|gets\s+(?:\w+\s+)?(?:angry|furious|mad)|so\s+(?:{P})\s+can)\b`,

  // ── movements and monitoring ──
  /** Where the user is: location, a tracker, an app, a camera. */
  location: V`\b(?:my\s+(?:live\s+)?location|my\s+every\s+move|wherever\s+I\s+(?:am|go|went|was)|everywhere\s+I\s+go|where\s+I(?:'ve|\s+have|'d|\s+had)?\s+(?:am|was|been|go|went|gone|'m)|where\s+(?:my\s+phone|my\s+car|it)\s+is|whereabouts|gps|trackers?|tracking\s+(?:me|my)|airtags?|air\s+tags?|life360|find\s+my\b|family\s+sharing|location\s+sharing|spyware|stalkerware|hidden\s+cameras?|(?:an?|the|some)\s+(?:\w+\s+)?(?:app|camera|device|thing)\s+(?:\w+\s+){0,2}(?:on|in|to)\s+my\s+(?:phone|car|laptop|bag|room|bedroom)|(?:an?\s+)?(?:notifications?|alerts?|pings?)\s+(?:\w+\s+){0,3}(?:every\s+time|whenever|when)\s+I|watch\w*\s+me\s+on|every\s+time\s+I\s+(?:leave(?!\s+(?:(?:the|my|a|an|his|her|their|our|some|any)\s+(?!(?:house|home|flat|apartment|building|office|room|bedroom|car|country|city|town|area|party|pub|bar|gym|village|estate|street)\b)\w+|it|them|things|stuff|dishes|clothes)\b)|go\s+out|get\s+home)|I'm\s+really\s+(?:at|where)|I\s+really\s+(?:am|was)\s+(?:at|where))\b`,
  'location-watch': V`\b(?:has|had|have|keeps?|kept|turns?\s+up|turned\s+up|shows?\s+up|showed\s+up|appears|knows?|knew|sees?|saw|see|watch\w*|checks?|checked|checking|tracks?|tracked|tracking|follows?|followed|put|puts|installed|installs|set\s+up|sets\s+up|shared|shares|sharing|turned\s+on|gets|got|texts|texted|calls|called|rings|rang|asks|asked)\b`,
  'location-obligation': V`\b(?:(?:makes?|made|making)\s+me\s+(?:share|turn|keep|leave|send|switch|install|put|download|tell|text|check\s+in)|(?:have|has|had|need|must)\s+to|(?:can't|cannot|not\s+allowed\s+to)\s+turn|(?:won't|doesn't)\s+let\s+me\s+turn|was\s+shared|is\s+shared|shared\s+(?:to|with)\s+(?:{O}))\b`,
  /** Any mention of the partner (subject, object or possessive). */
  'partner-ref': V`(?:{P}|{O}|{PS})`,
  /** Sharing freely agreed between two people is not monitoring. */
  mutual: V`\b(?:each\s+other|both\s+(?:of\s+us\s+)?(?:share|have|agreed)|we\s+(?:both\s+)?(?:share|agreed|decided|set\s+(?:it\s+)?up)|it's\s+(?:just\s+)?(?:practical|handy|useful)|I\s+(?:asked|wanted)\s+(?:him|her|them)\s+to|my\s+idea|I\s+don't\s+mind|I'm\s+fine\s+with|fine\s+with\s+it)\b`,

  // ── isolation ──
  people: V`\b(?:(?:my|our)\s+(?:own\s+|old\s+|best\s+|oldest\s+|closest\s+|few\s+|remaining\s+)?(?:friends?|family|mum|mom|mother|dad|father|parents|sisters?|brothers?|siblings|relatives|colleagues|co-?workers|workmates|mates|cousins?|nan|gran|grandparents|church|team|book\s+club|choir|neighbou?rs|folks|people)|(?:my|our)\s+(?:friends?|family|mum|mom|parents|sister|brother)'s|(?:friends|family|everyone|everybody|anyone|people)(?=\s+(?:from|at|in)\s+(?:my|the)\b)|(?:everyone|everybody|people|friends)\s+(?:from|at|in)\s+(?:my\s+|the\s+)?\w+|best\s+friend|(?:my|the)\s+girls|(?:see|seeing|saw|meet|meeting|visit|visiting)\s+(?:people|anyone|anybody)|(?<!\b(?:his|her|their|your|its)\s)friends)\b`,
  /** The partner standing between the user and them. */
  'people-block': V`\b(?:won't\s+have\s+(?:them|her|him)|I(?:'ve|\s+have)?\s+(?:\w+\s+)?stopped\s+(?:seeing|visiting|calling|going)|mak\w*\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+)?(?:scene|fuss|drama|song\s+and\s+dance)|(?:gets?|got|goes|went)\s+(?:in(?:to)?\s+)?(?:a\s+)?(?:mood|strop|huff|sulk)|lies\s+about\s+me|(?:keep|stay|kept|stayed)\s+away|(?:doesn't|does\s+not|don't|didn't|never)\s+(?:want|like|let)\s+me|(?:won't|wouldn't|will\s+not)\s+let\s+me|not\s+allowed|(?:gets?|got|goes|went|becomes?)\s+(?:\w+\s+)?(?:angry|mad|furious|jealous|upset|nasty|funny|cold|quiet|moody|sulky|weird)|sulk\w*|kicks?\s+off|kicked\s+off|punish\w*|silent\s+treatment|(?:makes?|made|making)\s+me\s+(?:unfriend|delete|block|stop|cancel|choose|pick|leave|quit|drop)|(?:unfriend|delete|block)\w*\s+(?:\w+\s+)?(?:everyone|all|my)|hides?|hid|hidden|intercept\w*|(?:moved|move|moving|took|take|keeps?|kept)\s+(?:us|me)\s+(?:\w+\s+){0,3}(?:away|from)|(?:says?|said|tells?\s+me|told\s+me|calls?|called)\s+(?:that\s+)?(?:\w+\s+){0,3}(?:only|are|is|were|was)\s+(?:\w+\s+)?(?:trouble|toxic|poison|a\s+bad|bad|jealous|using|against|fake|losers|sluts|idiots|no\s+good)|causes?\s+trouble|finds?\s+(?:a\s+|some\s+)?reasons?\s+(?:why\s+)?(?:we|I)\s+(?:can't|cannot|shouldn't|don't|won't)|(?:makes?|made|making)\s+me\s+pay\s+for\s+it|[\"“”']?really[\"“”']?\s+(?:think|thinks|thought|say|says|said)\s+(?:of|about)\s+me|makes?\s+it\s+not\s+worth\s+it|decides?\s+(?:whether|if|when|how\s+often)\s+I\s+(?:can|get\s+to|may)|isolat\w*|cut\s+(?:me\s+)?off|(?:keeps?|kept)\s+me\s+(?:away|from)|stops?\s+me|stopped\s+me|turned\s+(?:them|\w+)\s+against|haven't\s+(?:seen|spoken|talked)|(?:can't|cannot)\s+(?:see|visit|call)|because\s+(?:he|she|they|of\s+(?:him|her|them))|jealous\s+of)\b`,
  /** The partner pushing the user towards people, which is the opposite. */
  'people-encourage': V`\b(?:wants?\s+me\s+to\s+(?:see|go\s+out|visit|call)|tells?\s+me\s+to\s+(?:see|go\s+out|visit|call)|encourag\w*|too\s+isolated)\b`,

  // ── sex ──
  sex: V`\b(?:I(?:'m|\s+am|\s+was|'m\s+just|\s+say\s+I'm|\s+said\s+I\s+was)\s+not\s+in\s+the\s+mood(?!\s+(?:for|to)\b)|sex|sexual\w*|sleep\s+with|slept\s+with|sleeping\s+with|in\s+bed|intimate|intimacy|touch\w*\s+me|hands\s+(?:all\s+)?over\s+me|on\s+top\s+of\s+me|inside\s+me|undress\w*|(?:{P})(?:'s|\s+has|\s+had)?\s+(?:\w+\s+)?(?:started|starts|begins|began|starting)(?=\s+(?:when|while)\s+I(?:'m|\s+am|\s+was|\s+were)\s+(?:still\s+)?(?:asleep|sleeping))|wak\w*\s+me\s+(?:up\s+)?(?:for|to\s+have)\s+(?:it|sex)\b|(?:already|just)\s+started|started\s+(?:on\s+me|touching)|films?\s+us|filmed\s+us|records?\s+us|recorded\s+us|porn|blow\s?jobs?|oral)\b`,
  /** Saying no, being asleep, giving in to stop the pressure. */
  'no-consent': V`\b(?:(?:said|say|says|told\s+(?:him|her|them)|tell\s+(?:him|her|them))\s+(?:that\s+)?(?:no|stop|I\s+(?:don't|didn't|do\s+not)\s+(?:like|want))|I\s+(?:don't|didn't|do\s+not)\s+(?:like|want|enjoy)\s+(?:it|that|to)|(?:don't|didn't)\s+want\s+to|asked\s+(?:him|her|them)\s+not\s+to|without\s+(?:asking|my\s+consent|permission)|(?:while|when|before)\s+I(?:'m|\s+am|\s+was)?\s+(?:still\s+|fast\s+|half\s+)?(?:asleep|sleeping|drunk|out\s+of\s+it)|I\s+wake\s+up|woke\s+up|wake\s+me|wakes\s+me|woke\s+me|(?:I'm|I\s+am|I\s+was|I'm\s+too)\s+(?:tired|exhausted|not\s+in\s+the\s+mood|ill|sore)|say\s+I'm\s+(?:tired|not)|pressur\w*|(?<!\bI(?:\s+(?:felt|feel|was|am|get|got)|'m)\s+)guilt\w*|nag\w*|badger\w*|forc\w*|mak\w*\s+me|made\s+me|owe|sulk\w*|nasty|angry|mad|furious|won't\s+stop|wouldn't\s+stop|didn't\s+stop|(?:so|until)\s+(?:he|she|they)(?:'ll|\s+will|\s+would)?\s+(?:stop|leave\s+me|shut\s+up|calm)|keep\s+the\s+peace|I\s+(?:\w+\s+)?(?:give|gave)\s+in\b|(?:if|when)\s+I\s+still\s+say\s+no|to\s+avoid\s+a\s+(?:row|fight)|only\s+(?:do\s+it|sleep\s+with|have\s+sex)|just\s+lie\s+there|let\s+it\s+happen|give\s+in|gave\s+in|even\s+though\s+I|even\s+when\s+I|not\s+to)\b`,

  // ── fear ──
  fear: V`\b(?:afraid|scared|frightened|terrified|petrified|fearful|fear|nervous|anxious|on\s+edge|panic\w*|dread\w*|shaking|flinch\w*|freeze|froze|tense\s+up|heart\s+(?:races|pounds|sinks)|stomach\s+(?:drops|knots|turns))\b`,
  /** Fear aimed at the partner: "of him", "of what he'll do", "when he comes home". */
  'fear-of-partner': V`\b(?:to\s+(?:say|do)\s+(?:anything|a\s+word)|when\s+(?:{P})(?:'s|\s+has|\s+is)\s+(?:been\s+)?(?:drinking|drunk|angry|in\s+a\s+mood)|(?<!\bnot\s)of\s+(?:{O}|what\s+(?:{P})|how\s+(?:{P})|{PS}\s+\w+)|(?:when|whenever|as\s+soon\s+as|before)\s+(?:{P})\s+(?:comes?|gets?|walks?|is\s+due|'s\s+due)\s+(?:home|back|in)|to\s+(?:go|come)\s+home|to\s+(?:say\s+no|disagree|tell\s+(?:{O}))|(?:around|near|with)\s+(?:{O}))\b`,
  /** Arranging life so the partner does not blow up. */
  appease: V`\b(?:walk\w*\s+on\s+egg\s?-?shells|tip-?toe\w*\s+around|rehears\w*\s+(?:what|how|everything)|(?:so|so\s+that|in\s+case|to\s+make\s+sure|not\s+to|around\s+not|without|to\s+avoid|to\s+stop)\s+(?:\w+\s+){0,2}(?:(?:{P})\s+(?:[\w']+\s+){0,2}(?:blow\w*\s+up|kick\w*\s+off|explode\w*|lose\s+it|loses\s+it|snap\w*|get\w*\s+(?:angry|mad|upset|cross|nasty|violent)|go\w*\s+off|start(?:s|ed|ing)?\b(?!\s+(?:a|an|the|his|her|their|my|up|work|school|college|uni|over)\b))|(?:making|make|set|setting|upset\w*|anger\w*|annoy\w*|provok\w*|trigger\w*|piss\w*)\s+(?:{O}))|keep\s+(?:{O})\s+calm|(?:plan|planned|organise|arrange)\w*\s+(?:my|the)\s+(?:whole\s+)?(?:day|life|evening|week)\s+around\s+(?:{PS}|not|keeping\s+(?:{O})\s+(?:calm|happy|sweet|quiet|in\s+a\s+good\s+mood)))\b`,
  /** Watching for the partner's arrival or mood; barricading. */
  vigilance: V`\b(?:(?:{PS})\s+(?:car|van|truck|key|keys|footsteps)\s+(?:pulls?\s+in(?:to)?|pulled\s+in(?:to)?|turns?\s+in(?:to)?|in\s+the|on\s+the\s+(?:drive|stairs|path))|(?:hear|heard|hearing)\s+(?:{PS}|the)\s+(?:key|car|footsteps|van|door)|(?:{PS})\s+key\s+in\s+the\s+(?:door|lock)|(?:watch|check|stud|search)\w*\s+(?:{PS})\s+face|sleep\w*\s+in\s+my\s+clothes|in\s+case\s+I\s+(?:need|have)\s+to\s+(?:get\s+out|run|escape|flee|leave\s+(?:quickly|fast|in\s+a\s+hurry))|read\w*\s+(?:{PS})\s+(?:mood|face)|(?:chair|something)\s+(?:against|under)\s+the\s+(?:door|handle)|lock\w*\s+myself\s+in|hid\w*\s+in\s+the\s+(?:bathroom|car|garden|wardrobe)|(?:keep|kept|have|had|got)\s+a\s+bag\s+packed|go\s+quiet\s+when|goes?\s+quiet\s+when\s+(?:{P})|(?:house|whole\s+house|kids)\s+(?:goes|go|went)\s+quiet)\b`,

  // ── escalation ──
  aggression: V`\b(?:throw\w*|threw|smash\w*|break\w*|broke|punch\w*|kick\w*|hit\w*|slamm?\w*|shov\w*|push(?:ed|es|ing)?\b(?!\s+(?:for|harder|back|on|through|forward|ahead|myself|herself|himself|the\s+(?:topic|subject|issue|point|idea))\b)|pushy|grabb?\w*|violen\w*|fists?|rage\w*|temper|threat\w*|scream\w*|aggress\w*|physical|rough|hurt\w*|slap\w*|chok\w*|destroy\w*|outbursts?|plates|walls?|doors)\b`,
  /** A trend: worse, more often, a first time, a before-and-after. */
  trend: V`\b(?:(?:gets?|getting|got|gotten|grow\w*|become|becoming|became|been)\s+(?:\w+\s+)?(?:worse|more|scarier|rougher|bigger|closer)|worse\s+(?:and\s+worse|every|each|than)|(?<!\b(?:withdrawn|withdrew|withdrawing|withdraws|distant|quiet|quieter|away|apart|busy|tired|closed\s+off|drifted|drifting|retreated|silent)\s)more\s+and\s+more(?!\s+(?:distant|withdrawn|quiet|tired|busy|absent|closed|silent|detached|remote|cold|distracted|checked\s+out))|more\s+(?:often|frequent\w*|violent|aggressive|physical|dangerous)|every\s+(?:week|month|day|time)\s+(?:it's\s+)?(?:worse|more)|escalat\w*|(?:never|didn't)\s+used\s+to|(?:used\s+to\s+be|at\s+first|in\s+the\s+beginning|it\s+started\s+with|started\s+with|started\s+out|first\s+it\s+was)\b[^.!?]{0,80}\b(?:now|then|lately|these\s+days)|now\s+(?:it's|it\s+is|he|she|they)\b[^.!?]{0,30}\bevery\s+(?:day|week|night|weekend)|now\s+(?:it's|it\s+is|it\s+happens)\s+(?:almost\s+|nearly\s+)?every\s+(?:few\s+|other\s+)?(?:day|days|week|weeks|weekend|night|nights)|(?:almost|nearly)\s+every\s+(?:day|week|weekend|night)\s+now|(?:it|this|that)\s+used\s+to\s+(?:be\s+|happen\s+)?(?:just\s+|only\s+)?(?:once|twice|rare|rarely|an?\s+occasional)\b|(?:it|this|things)\s+(?:all\s+)?started\s+(?:off\s+)?with\s+\w+ing\b|used\s+to\s+(?:just|only)\s+\w+\b[^.!?]{0,40}\b(?:but|now|then|last|this)\b|(?:first|1st)\s+time\s+(?:ever|in)|happening\s+more|worse\s+than\s+(?:ever|before))\b`,

  // ── stalking ──
  separation: V`\b(?:(?:my|our|the)\s+ex\b|ex-(?:husband|wife|boyfriend|girlfriend|partner|fianc\w*)|broke\s+up|break[-\s]?up|split\s+up|we\s+split|since\s+(?:we\s+)?split|the\s+split|separat\w*|(?:since|after)\s+I\s+(?:left|moved\s+out|ended\s+it)|I\s+moved\s+(?:to|in\s+with|back\s+(?:to|in\s+with))\s+my\s+(?:sister|brother|mum|mom|dad|parents|friend|nan|gran|aunt|cousin)(?:'s)?|I\s+left\s+(?:him|her|them)|divorc\w*|moved\s+out|restraining\s+order|protection\s+order|no\s+contact|blocked\s+(?:him|her|them|his|her|their))\b`,
  /** Pursuit: turning up, waiting, watching, contact from new numbers or accounts. */
  pursuit: V`\b(?:(?:leav\w*|left|put\w*|send\w*|sent|stick\w*|stuck)\s+(?:\w+\s+)?(?:notes?|letters?|flowers|gifts?|presents?|cards?|messages?)\s+(?:on|at|in|outside|through|under|to)\s+my|(?:calls?|texts?|messages?)\s+from\s+(?:numbers?|accounts?|people)\s+I\s+(?:don't|do\s+not|didn't)\s+(?:know|recogni[sz]e)|(?:unknown|withheld|private|hidden)\s+(?:numbers?|callers?)|silent\s+calls|(?:turns?|turned|turning|shows?|showed|showing|pops?|popped)\s+up|(?:waits?|waited|waiting|parks?|parked|parking|sits?|sat|lurks?|lurking|hangs?\s+around|hung\s+around)\s+(?:\w+\s+)?(?:outside|across|opposite|near|by|around|at|in\s+(?:the|his|her|their)\s+car)|(?:follows?|followed|following)\s+me|(?:drives?|drove|driving|walks?|walked)\s+(?:past|by)\s+(?:my|the)|(?:new|different|fake|other|unknown|withheld|private)\s+(?:phone\s+)?(?:numbers?|accounts?|profiles?|names)|(?:made|makes|making|set\s+up|creat\w*)\s+(?:new\s+|fake\s+)?(?:accounts?|profiles?)|(?:notes?|letters?|flowers|gifts?|presents?|cards?)\s+(?:\w+\s+){0,3}(?:on|in|at|under)\s+(?:the\s+\w+\s+of\s+)?my\s+(?:car|door|doorstep|windscreen|windshield|desk|bed|pillow|locker)|knew\s+(?:which|what)\s+\w+\s+I\s+(?:was|were|'d\s+been)\s+(?:in|at)|(?:rented|bought|moved\s+(?:in)?to|taken|took)\s+(?:a\s+)?(?:place|flat|house|room|apartment)\s+(?:on|in)\s+my\s+(?:street|road|building|block)|won't\s+leave\s+me\s+alone|(?:keeps?|kept|still|won't\s+stop)\s+(?:calling|texting|messaging|ringing|emailing|contacting|sending|coming\s+(?:round|over|by))|(?:contacts?|contacted|messag\w*|calls?|called)\s+my\s+(?:friends|family|work|boss|colleagues|mum|mom|parents|sister|brother)|(?:outside|at)\s+my\s+(?:flat|house|work|office|door|window|gym|school)|finds?\s+out\s+where\s+I|found\s+out\s+where\s+I|watching\s+(?:me|my))\b`,

  // ── guards ──
  /** Frames where alarming words are harmless: stories, games, sport, cooking, medicine. */
  'harmless-frame': V`\b(?:films?|movies?|documentar\w*|podcasts?|series|episodes?|(?:tv|the|a)\s+show|novels?|books?|thriller|crime\s+drama|true\s+crime|story|stories|news|article|video\s+games?|games?|gaming|playstation|xbox|shooter|match|football|rugby|boxing|sparring|karate|judo|wrestl\w*|training|chess|cooking|recipes?|chopping|kitchen\s+knife|butcher|chef|surgeon|surgery|operation|dentist|doctor|anaesthe\w*|nurse|hospital\s+appointment|(?:I'm|I\s+am|I\s+work\s+as|I've\s+been)\s+an?\s+(?:\w+\s+)?(?:police|officer|cop|paramedic|nurse|doctor|social\s+worker|prison\s+officer|guard|bouncer|soldier|firefighter|detective|lawyer|solicitor|barrister|judge|vet|medic)|domestic\s+(?:calls|call-?outs|incidents)|call-?outs|on\s+(?:duty|patrol|shift)|service\s+(?:weapon|pistol|firearm|revolver)|mario\s+kart|call\s+of\s+duty|fortnite|minecraft|warzone|counter-?strike|pirates?|plays?\s+along|make-?believe|toddler|baby|babies|newborn|puppy|kitten|as\s+a\s+(?:kid|child)|when\s+I\s+was\s+(?:little|a\s+kid|a\s+child|young)|my\s+friend's|her\s+friend|his\s+friend|a\s+friend\s+of|my\s+sister's|my\s+brother's|my\s+mum's|my\s+mom's|my\s+dad's|neighbou?r's|lol|haha|😂)\b`,
  /** The partner's trade with blades or tools in it, nothing aimed at the user in the sentence. */
  trade: V`(?:'s|\s+is|\s+works\s+as|\s+trained\s+as)\s+an?\s+(?:\w+\s+)?(?:butcher|chef|cook|fishmonger|carpenter|joiner|builder|surgeon|hunter|gamekeeper|farmer|fencer|tree\s+surgeon)\b(?![^.!?]*\b(?:at\s+me|to\s+my|against\s+my|in\s+my\s+face|threat\w*)\b)`,
  /** A child or animal as the one doing it ("the baby kicked me"). */
  'dependant-agent': V`\b(?:(?:the|my|our)\s+)?(?:toddler|baby|babies|newborn|kids?|son|daughter|dog|cat|puppy|kitten|horse|two-year-old|three-year-old|little\s+one)\s+(?:\w+\s+)?(?:kick\w*|bit|bites|hit\w*|punch\w*|scratch\w*|jump\w*|head-?butt\w*|grabb?\w*|pull\w*|slap\w*|threw|throws)\b`,
};
