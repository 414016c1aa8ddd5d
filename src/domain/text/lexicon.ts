/**
 * Our lexicon: for each knowledge-base signal that free text can show (origin "text"), the ways
 * people tend to say it. Patterns are regex sources (case-insensitive) read inside one clause;
 * placeholders `{P}`, `{O}`, `{PS}` stand for the partner (see ./patterns.ts).
 *
 * `actor` says whose behaviour the signal is about, checked against the subject nearest before
 * the words: "he has been busy" counts for the partner, "I have been busy" does not.
 * 'any' means the words themselves say who it is about ("we both avoid…", "his dad died").
 * Negation is handled by the reader: a negator before the words sets the signal aside
 * ("he isn't stressed at work"), unless the negator is part of the matched words.
 */
export type LexiconActor = 'partner' | 'self' | 'couple' | 'any';

export type LexiconEntry = {
  id: string;
  actor: LexiconActor;
  patterns: readonly string[];
};

const V = String.raw;
const e = (id: string, actor: LexiconActor, patterns: string[]): LexiconEntry => ({
  id,
  actor,
  patterns,
});

/** "doesn't", "no longer", "stopped", "never" and friends, as one source. */
const NO = V`(?:doesn't|does\s+not|don't|didn't|did\s+not|won't|will\s+not|no\s+longer|never|hardly\s+ever|hardly|barely|rarely|stopped|has\s+stopped|hasn't|has\s+not|can't|cannot|isn't|is\s+not)`;
const ANYMORE = V`(?:\s+(?:any\s?more|these\s+days|lately|now))?`;
const PRON = V`(?:he|she|they|{P})`;
const WHEN = V`(?:when|whenever|if|every\s+time|each\s+time|the\s+moment|as\s+soon\s+as|once)`;

export const LEXICON: readonly LexiconEntry[] = [
  // ── withdrawal: from whom ──
  e('partner.withdrawn-from-everyone', 'partner', [
    V`\b(?:pulled|pulling|pulls|withdrawn|withdrew|withdrawing|withdraws|retreated|retreating|retreats)\s+(?:away\s+|back\s+)?from\s+(?:everyone|everybody|everything|the\s+world|(?:all\s+)?(?:his|her|their)\s+(?:friends|family|mates|hobbies)|friends|people)\b`,
    V`\b(?:stopped|doesn't|does\s+not|no\s+longer|won't|never)\s+(?:even\s+)?(?:see|sees|seeing|go\s+out\s+with|call|calls|calling|talk\s+to|talking\s+to|answer|answering|reply\s+to|replying\s+to|meet|meeting)\s+(?:(?:his|her|their)\s+)?(?:friends|family|mates|mum|mom|parents|brother|sister|anyone|anybody)\b`,
    V`\bisolat(?:ing|es|ed)\s+(?:himself|herself|themselves|themself)\b|\bkeeps?\s+(?:to\s+)?(?:himself|herself|themselves)\b`,
    V`\b(?:with|from|to)\s+everyone\b[^.]{0,25}\bnot\s+just\s+(?:me|with\s+me)\b|\bnot\s+just\s+(?:with\s+)?me\b[^.]{0,25}\beveryone\b`,
    V`\bdoesn't\s+want\s+to\s+see\s+(?:anyone|anybody|people)\b|\b(?:hides|hiding|stays|staying)\s+in\s+(?:his|her|their|the)\s+(?:room|bedroom|study|office)\b`,
    V`\b(?:distant|withdrawn|cold|quiet|closed\s+off)\s+with\s+(?:everyone|everybody|friends|family|(?:his|her|their)\s+(?:friends|family))\b`,
    V`\b(?:hardly|barely|rarely)\s+(?:sees|calls|talks\s+to)\s+(?:(?:his|her|their)\s+)?(?:friends|family|mates|anyone)\b`,
  ]),
  e('partner.withdrawn-from-everyone', 'any', [
    V`\b(?:his|her|their)\s+(?:friends|family|mates|mum|mom|brother|sister|parents)\s+(?:have|has)\s+(?:also\s+)?(?:noticed|said|asked|been\s+asking)\b|\b(?:his|her|their)\s+(?:mum|mom|dad|sister|brother|friends?)\s+(?:rang|called|texted)\s+me\s+because\b`,
  ]),
  e('partner.lost-interest-in-enjoyed-things', 'any', [
    V`\bnothing\s+(?:seems\s+to\s+)?(?:makes?|interests?|excites?)\s+(?:him|her|them)(?:\s+happy)?\b`,
  ]),
  e('partner.withdrawn-only-from-you', 'any', [
    V`\b(?:fine|normal|happy|great|chatty|funny|lovely|warm|himself|herself|themselves|the\s+life\s+of\s+the\s+party|his\s+usual\s+self|her\s+usual\s+self)\s+(?:with|around)\s+(?:everyone|everybody|others|other\s+people|his\s+friends|her\s+friends|their\s+friends|his\s+family|her\s+family|colleagues|them)\b[^.]{0,20}\b(?:but|except|just\s+not|not)\s+(?:with\s+)?me\b`,
    V`\b(?:only|just)\s+(?:with|from|towards?|around)\s+me\b`,
    V`\beveryone\s+(?:else\s+)?(?:but|except)\s+me\b|\beveryone\s+else\s+gets\b`,
    V`\b(?:with|around)\s+(?:his|her|their)\s+(?:friends|family|mates|colleagues)\s+${PRON}(?:'s|\s+is|'re|\s+are)\s+(?:fine|happy|normal|chatty|funny|lovely|great|warm|totally\s+different|a\s+different\s+person|the\s+life)\b`,
  ]),
  e('partner.out-more-without-you', 'partner', [
    V`\b(?:goes|going|went|is|'s)\s+out\s+(?:a\s+lot|more|all\s+the\s+time|every\s+(?:night|weekend|friday|evening)|most\s+(?:nights|weekends)|with\s+(?:his|her|their)\s+(?:friends|mates|colleagues|work\s+friends)|without\s+me)\b`,
    V`\b(?:makes|finds|has)\s+time\s+for\s+(?:his|her|their|everyone|everybody|friends|the\s+gym)\b[^.]{0,25}\b(?:but\s+not|not\s+for|except)\s+(?:for\s+)?(?:me|us)\b`,
    V`\b(?:spends|spending|spent)\s+(?:all|most|more|every)\s+(?:of\s+)?(?:his|her|their)?\s*(?:free\s+)?(?:time|evenings?|weekends?)\s+(?:with|at|out\s+with)\s+(?:his|her|their|the)\s+(?:friends|mates|pub|bar|colleagues|work\s+friends|new\s+friends)\b`,
    V`\b(?:always|constantly)\s+(?:out|busy)\b[^.]{0,20}\bjust\s+not\s+with\s+me\b|\bbusy\s+with\s+everyone\s+but\s+me\b`,
  ]),
  // ── personal struggles ──
  e('partner.lost-interest-in-enjoyed-things', 'partner', [
    V`\b(?:lost|losing|has\s+no|no)\s+(?:all\s+)?interest\s+in\s+(?:everything|anything|things|(?:his|her|their)\s+(?:hobbies|music|football|guitar|games|running|friends|work|art|painting))\b`,
    V`\b(?:stopped|quit|gave\s+up|doesn't\s+even)\s+(?:playing|going\s+to|going|doing|painting|running|cooking|reading|gaming|climbing|cycling|watching)\b[^.]{0,40}\b(?:loved|used\s+to\s+love|enjoyed|used\s+to\s+enjoy|was\s+into|lived\s+for)\b`,
    V`\bdoesn't\s+(?:enjoy|care\s+about)\s+anything\b`,
    V`\blost\s+(?:all\s+)?interest\s+in\s+\w+(?:\s+\w+)?,?\s+(?:which|that)\s+(?:he|she|they)\s+(?:used\s+to\s+)?(?:love|loved|enjoy|enjoyed|adored)\b`,
    V`\b(?:quit|left|dropped\s+out\s+of|gave\s+up)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:team|club|band|choir|class|league|group|hobby|hobbies)\b`,
    V`\b(?:used\s+to\s+love)\b[^.]{0,40}\b(?:now|but)\b[^.]{0,20}\b(?:doesn't|won't|never|not)\b`,
  ]),
  e('partner.sleep-energy-changes', 'partner', [
    V`\b(?:sleeping|sleeps|slept)\s+(?:all\s+the\s+time|a\s+lot|so\s+much|more|badly|poorly|in\s+till|until\s+noon|all\s+day|\d+\s+hours|on\s+the\s+(?:sofa|couch))\b`,
    V`\b(?:till|until)\s+\d+\s*(?:am|a\.m\.)\b|\bsleeps?\s+(?:until|till)\s+(?:noon|midday|lunchtime)\b`,
    V`\b(?:can't|cannot|doesn't|isn't\s+able\s+to)\s+sleep\b|\binsomnia\b|\b(?:up|awake)\s+(?:all\s+night|at\s+\d|until\s+\d|till\s+\d|half\s+the\s+night)\b`,
    V`\b(?:no|zero|low|little)\s+energy\b|\b(?:exhausted|drained|wiped\s+out|lethargic)\s+(?:all\s+the\s+time|constantly|every\s+day)\b`,
    V`\b(?:not|isn't|hasn't\s+been|stopped|barely|hardly)\s+eating\b|\blost\s+(?:a\s+lot\s+of\s+)?weight\b|\b(?:lost|no)\s+(?:his|her|their)?\s*appetite\b|\beating\s+(?:a\s+lot\s+)?(?:more|less)\b`,
  ]),
  e('partner.self-critical-hopeless', 'partner', [
    V`\b(?:says|said|calls|called|thinks|feels\s+like|keeps\s+saying)\s+(?:that\s+)?(?:he's|he\s+is|she's|she\s+is|they're|they\s+are|himself|herself|themselves)\s+(?:a\s+)?(?:failure|useless|worthless|not\s+good\s+enough|a\s+loser|loser|a\s+burden|burden|pathetic|stupid|hopeless|a\s+disappointment)\b`,
    V`\b(?:feels|seems|sounds|is)\s+(?:so\s+|really\s+|completely\s+)?hopeless\b|\b(?:hates|blames)\s+(?:himself|herself|themselves)\b`,
    V`\bwhat's\s+the\s+point\b|\bnothing\s+(?:will\s+ever|ever)\s+gets?\s+better\b`,
  ]),
  e('partner.questioning-life-direction', 'partner', [
    V`\b(?:questioning|rethinking|re-?evaluating|reassessing|doubting)\s+(?:everything|his\s+life|her\s+life|their\s+life|what\s+(?:he|she|they)\s+wants?|who\s+(?:he|she|they)\s+(?:is|are)|(?:his|her|their)\s+(?:career|path|choices|future|purpose))\b`,
    V`\bmid-?life\s+crisis\b|\bidentity\s+crisis\b|\blost\s+in\s+life\b`,
    V`\bdoesn't\s+know\s+what\s+(?:he|she|they)\s+wants?\s+(?:from|in|out\s+of)\s+life\b|\b(?:find|finding|figure|figuring)\s+(?:himself|herself|themselves)\s*(?:out)?\b`,
  ]),
  e('partner.using-more', 'partner', [
    V`\b(?:drinking|drinks|drank)\s+(?:a\s+lot|more|too\s+much|heavily|every\s+(?:night|day|evening)|more\s+and\s+more|way\s+more|alone|on\s+(?:his|her|their)\s+own)\b`,
    V`\b(?:gambling|gambles|betting|bets\s+on|smoking\s+(?:weed|a\s+lot)|doing\s+(?:coke|drugs)|taking\s+drugs|using\s+drugs)\b`,
    V`\b(?:drunk|hungover)\s+(?:every|most|a\s+lot|all\s+the\s+time)\b|\b(?:a\s+bottle\s+of\s+wine|(?:a\s+few|six|several)\s+beers)\s+(?:a|every)\s+night\b`,
  ]),
  // ── external stress ──
  e('partner.tired-preoccupied', 'partner', [
    V`\b(?:(?:so|really|very|always|constantly|super|completely|just|dead)\s+)?(?:tired|exhausted|drained|irritable|snappy|short-tempered|preoccupied|distracted|on\s+edge|grumpy|moody|frazzled|wound\s+up|tense|overwhelmed|stressed(?:\s+out)?|burnt\s+out|burned\s+out)\b`,
    V`\b(?:in\s+(?:his|her|their)\s+(?:own\s+)?head|miles\s+away|somewhere\s+else|zoned\s+out|away\s+with\s+the\s+fairies|has\s+a\s+lot\s+on\s+(?:his|her|their)\s+(?:mind|plate))\b`,
  ]),
  e('partner.shares-worries', 'partner', [
    V`\b(?:does\s+)?tells?\s+me\s+about\s+(?:the|his|her|their)\s+(?:pressure|stress|worries|work|job|problems)\b`,
    V`\b(?:tells|tell|told|talks\s+to|talked\s+to|opens\s+up\s+to|opened\s+up\s+to|confides\s+in|confided\s+in|vents\s+to|vented\s+to)\s+me\s+(?:about\s+)?(?:what's|what\s+is|his|her|their|the|how)\s*(?:worr\w*|stress\w*|problems?|going\s+on|bothering|pressure|on\s+(?:his|her|their)\s+mind|work)\b`,
    V`\b(?:talks|talked|opens\s+up|opened\s+up|vents|vented)\s+(?:to\s+me\s+)?about\s+(?:his|her|their|the)\s+(?:stress|worries|work|job|pressure|problems|boss|money\s+worries)\b`,
  ]),
  e('partner.handles-stress-alone', 'partner', [
    V`\b(?:says|said|insists|insisted|claims|tells\s+me|told\s+me|keeps\s+saying)\s+(?:that\s+)?(?:everything|everything's|it's|all\s+is|he's|she's|they're|he\s+is|she\s+is|nothing's)\s+(?:is\s+)?(?:fine|ok|okay|good|alright|all\s+right|nothing|wrong)\b`,
    V`\b(?:deals|handles|copes|dealing|handling|coping|deal|handle|cope)\s+with\s+(?:it|things|everything|stuff|(?:his|her|their)\s+(?:stress|problems|worries))\s+(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:himself|herself|themselves))\b`,
    V`\b(?:doesn't|does\s+not|won't)\s+(?:want|accept|let\s+me)\s+(?:my\s+|any\s+)?help\b|\b(?:doesn't|does\s+not)\s+want\s+to\s+(?:burden|worry|bother)\s+me\b`,
    V`\bkeeps?\s+(?:his|her|their)\s+(?:feelings|emotions|worries|problems|stress)\s+to\s+(?:himself|herself|themselves)\b`,
    V`\bkeeps?\s+(?:it|things|everything|stuff)\s+(?:to\s+(?:himself|herself|themselves)|bottled\s+up|inside|in)\b|\bbottl(?:es|ing)\s+(?:it|things|everything)\s+up\b`,
  ]),
  e('partner.closer-when-pressure-lifts', 'any', [
    V`\b(?:on|at|during)\s+(?:the\s+)?(?:weekends?|holiday|holidays|vacation|(?:his|her|their)\s+days?\s+off|days\s+off|quiet\s+weeks?|easier\s+days|good\s+days)\b[^.]{0,50}\b(?:back\s+to\s+(?:normal|(?:his|her|their)\s+(?:old\s+)?self)|like\s+(?:before|old\s+times|(?:his|her|their)\s+old\s+self)|(?:more\s+)?(?:affectionate|loving|close|closer|relaxed|warm|sweet|lovely|fine|great|present|himself|herself|themselves))\b`,
    V`\b(?:when|once|after)\s+(?:the|his|her|their)\s+(?:deadline|project|exams?|busy\s+(?:period|season)|stress|crunch|audit|launch|trial|case|hearing|move|merger)\s+(?:is|was|'s)?\s*(?:over|passes|passed|ended|ends|finished|done|eased)\b[^.]{0,50}\b(?:closer|better|back|normal|fine|himself|herself|themselves|affectionate|warm|lovely)\b`,
    V`\b(?:(?:on|during)\s+(?:holiday|vacation|the\s+weekend))\b[^.]{0,20}\b(?:we\s+(?:were|are)|it\s+(?:was|is))\s+(?:great|close|lovely|like\s+before|fine|amazing|wonderful)\b`,
  ]),
  e('partner.closer-when-pressure-lifts', 'any', [
    V`\b(?:was|is|'s)\s+(?:just\s+)?like\s+(?:his|her|their)\s+old\s+self\b`,
  ]),
  e('partner.distant-even-on-easy-days', 'any', [
    V`\beven\s+(?:on|at|during)\s+(?:the\s+)?(?:weekends?|holiday|holidays|vacation|(?:his|her|their)\s+days?\s+off|days\s+off|quiet\s+days|easy\s+days|good\s+days)\b`,
    V`\b(?:weekends|holidays?|days\s+off)\s+(?:are|were)\s+(?:the\s+same|no\s+different|just\s+as\s+bad|no\s+better)\b|\beven\s+when\s+(?:there's|there\s+is)\s+(?:nothing|no\s+(?:stress|pressure))\b`,
  ]),
  e('partner.works-longer-hours', 'partner', [
    V`\b(?:works?|working|worked)\s+(?:so\s+|really\s+)?(?:late|later|longer|long\s+hours|crazy\s+hours|overtime|all\s+the\s+time|constantly|every\s+(?:night|evening|weekend|day)|weekends|nights|till\s+\w+|until\s+\w+|\d+[-\s]hour\s+(?:days|shifts|weeks)|twelve[-\s]hour)\b`,
    V`\b(?:stays?|staying|stayed)\s+(?:late|on|behind)\s+(?:at\s+)?(?:work|the\s+office)\b|\b(?:comes|coming|came|gets|getting|got)\s+(?:back\s+)?home\s+(?:so\s+|really\s+)?(?:late|later|after\s+\d+|at\s+\d+|at\s+midnight|past\s+\d+)\b`,
    V`\b(?:always|constantly|basically)\s+(?:at\s+work|at\s+the\s+office|working)\b|\blives?\s+at\s+(?:work|the\s+office)\b|\bmarried\s+to\s+(?:his|her|their)\s+(?:job|work)\b`,
    V`\b(?:on|answering|checking)\s+(?:his|her|their)?\s*(?:work\s+)?(?:emails|laptop|work\s+phone)\s+(?:at\s+night|all\s+evening|in\s+bed|every\s+evening|on\s+weekends|at\s+dinner)\b`,
  ]),
  // ── changed priorities ──
  e('partner.energised-by-new-goal', 'partner', [
    V`\b(?:so\s+|really\s+|super\s+|very\s+|totally\s+)?(?:excited|passionate|energi[sz]ed|fired\s+up|driven|obsessed|consumed|focused|buzzing)\s+(?:about|with|on|by)\s+(?:his|her|their|the|this|a)\s+(?:new\s+)?(?:\w+\s+)?(?:job|business|startup|start-up|projects?|training|goals?|plans?|course|career|marathon|band|diet|venture|app|idea|role|studies|degree|fitness|routine|company)\b`,
    V`\b(?:talks|talking)\s+(?:about\s+)?(?:nothing\s+but|only\s+about|constantly\s+about|non-?stop\s+about)\s+(?:his|her|their|the|work|training|the\s+business)\b|\blights?\s+up\s+when\s+(?:he|she|they)\s+talks?\s+about\b`,
  ]),
  e('partner.new-routine-takes-time', 'any', [
    V`\b(?:training|gym|studying|revision|practice|rehearsals?|the\s+course|classes|(?:his|her|their)\s+(?:course|studies|training|business|startup|project|band|shifts|degree|thesis))\s+(?:takes|take|eats|eating|taking|takes\s+up|eats\s+up)\s+(?:up\s+)?(?:all|most|so\s+much|a\s+lot|every\s+bit)\s+(?:of\s+)?(?:his|her|their)\s+(?:time|evenings|weekends|energy)\b`,
    V`\b(?:trains|studies|training|studying|revising|practi[cs]ing|rehearsing)\s+(?:every|all)\s+(?:day|night|morning|evening|weekend)\b|\bup\s+at\s+(?:4|5|6|five|six)\s+(?:to\s+train|for\s+(?:the\s+)?(?:gym|training|a\s+run))\b`,
    V`\b(?:spends|spending)\s+(?:every|all)\s+(?:evening|night|weekend|free\s+moment|spare\s+minute)\s+(?:at\s+the\s+gym|training|studying|on\s+(?:his|her|their|the)\s+(?:course|business|project|startup|studies|band|company))\b`,
  ]),
  e('partner.warm-when-together', 'any', [
    V`\bwhen\s+we(?:'re|\s+are|\s+do\s+(?:get|have)\s+time|\s+see\s+each\s+other|\s+are\s+actually)\s*(?:together|alone)?\b[^.]{0,30}\b(?:lovely|great|fine|warm|affectionate|sweet|loving|present|good|close|like\s+(?:it\s+used\s+to\s+be|before|normal|old\s+times)|attentive|wonderful|amazing)\b`,
    V`\b(?:still|is\s+still)\s+(?:loving|affectionate|sweet|warm|caring|lovely|attentive)\s+when\s+(?:we're|we\s+are|we)\s+(?:together|see\s+each\s+other|have\s+time)\b`,
    V`\b(?:great|lovely|good|fun)\s+times?\s+when\s+(?:we're|we\s+are)\s+(?:together|actually\s+together)\b`,
  ]),
  e('partner.distant-even-together', 'any', [
    V`\beven\s+when\s+(?:we(?:'re|\s+are)\s+(?:together|in\s+the\s+same\s+room|alone)|we\s+(?:spend\s+time|go\s+out|have\s+dinner|sit))\b`,
    V`\b(?:glued\s+to|always\s+on|buried\s+in|scrolling\s+(?:on\s+)?)\s*(?:his|her|their)\s+(?:phone|laptop|screen|games?)\b`,
    V`\b(?:physically|right)\s+there\s+but\s+(?:not\s+(?:really\s+)?(?:there|present)|mentally\s+(?:elsewhere|absent|somewhere\s+else)|emotionally\s+(?:absent|gone|elsewhere))\b`,
    V`\bfeels?\s+like\s+(?:he's|she's|they're|he\s+is|she\s+is)\s+not\s+(?:really\s+)?(?:there|present|with\s+me)\b|\b(?:checked|checking)\s+out\b`,
  ]),
  e('partner.makes-time-when-asked', 'any', [
    V`\bwhen\s+I\s+ask\b[^.]{0,40}\b(?:makes|make|finds|does|will|always)\s+(?:time|an\s+effort|the\s+effort|room)\b`,
    V`\b(?:makes|made|will\s+make|always\s+makes)\s+(?:time|an\s+effort|the\s+effort)\s+(?:for\s+(?:me|us)|when\s+I\s+ask)\b|\b(?:agreed|agrees|said\s+yes)\s+(?:to\s+)?(?:a\s+)?(?:date\s+night|time\s+together|spend(?:ing)?\s+more\s+time)\b`,
  ]),
  e('partner.avoids-time-together', 'partner', [
    V`\b(?:avoids|avoiding|avoided)\s+(?:spending\s+time|time|being\s+(?:alone|at\s+home)|me|date\s+nights?|coming\s+home|our\s+\w+|going\s+out\s+with\s+me)\b`,
    V`\b(?:cancels|cancelled|canceled|cancelling|canceling|bails\s+on|bailed\s+on|keeps\s+cancelling)\s+(?:our\s+|on\s+)?(?:plans|dates?|date\s+nights?|dinner|weekends?|trips?|holidays?|me)\b`,
    V`\b(?:makes|finds|always\s+has|comes\s+up\s+with)\s+(?:an\s+)?excuses?\b`,
    V`\b(?:says|said)\s+(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:too\s+)?(?:busy|tired)\s+(?:whenever|every\s+time|when)\s+I\s+(?:suggest|ask|want|propose)\b`,
    V`\b(?:never|doesn't|does\s+not|won't)\s+(?:want|wants)\s+to\s+(?:do\s+anything|go\s+(?:out|anywhere)|spend\s+time|be\s+(?:alone\s+)?with\s+me)\b(?:\s+(?:with\s+me|together))?`,
    V`\bgoes\s+to\s+bed\s+(?:early|late)\s+to\s+avoid\b|\bstays?\s+up\s+(?:late\s+)?(?:gaming|on\s+(?:his|her|their)\s+(?:phone|laptop))\b`,
  ]),
  // ── fear of intimacy / emotional unavailability / avoidance ──
  e('partner.pulls-back-after-closeness', 'any', [
    V`\bafter\s+(?:a|every|any|each|we\s+(?:have|had|spend|spent)\s+(?:a|an)?|our|that)\s*(?:really\s+)?(?:good|great|lovely|close|intimate|romantic|amazing|perfect|special|wonderful|beautiful|nice)\s+(?:day|night|weekend|time|moment|date|conversation|talk|evening|trip)\b[^.]{0,60}\b(?:pulls?|pulled|withdraws?|withdrew|goes|went|disappears?|disappeared|ghost\w*|cold|distant|quiet|away|space|shuts?\s+down|backs?\s+off|backed\s+off|silent)\b`,
    V`\b(?:every\s+time|whenever|when|after|as\s+soon\s+as)\s+(?:we\s+(?:get|got|are\s+getting|'re\s+getting)|things\s+(?:get|got)|it\s+(?:gets|got))\s+(?:really\s+)?(?:close|closer|serious|more\s+serious|intimate|deeper)\b`,
    V`\b(?:pulls?|pulled|backs?|backed)\s+(?:away|back|off)\s+(?:after|whenever|when|every\s+time)\s+(?:we|things|it)\s+(?:get|gets|got|are|were)\s+(?:close|closer|serious|intimate)\b`,
    V`\bthe\s+closer\s+we\s+(?:get|got)\b|\b(?:after|since)\s+(?:I|he|she|they|we)\s+(?:said|say|first\s+said)\s+(?:"|')?I\s+love\s+you\b[^.]{0,50}\b(?:distant|cold|pulled|withdr\w*|away|quiet|weird|strange)\b`,
  ]),
  e('partner.hot-and-cold', 'any', [
    V`\bhot\s+(?:and|&|then)\s+cold\b|\bmixed\s+signals\b|\bconfusing\s+signals\b|\bpush[-\s]and[-\s]pull\b|\bone\s+minute\b[^.]{0,60}\bthe\s+next\b`,
    V`\b(?:one|some)\s+days?\s+(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:so\s+)?(?:loving|affectionate|sweet|warm|great|all\s+over\s+me|amazing|attentive|close|lovely)\b[^.!?]{0,80}\b(?:next|other|following)\s+(?:day|days|minute|week)\b`,
    V`\bone\s+day\b[^.!?]{0,60}\bthe\s+next\b|\b(?:sweet|loving|warm|affectionate|lovely|nice)\b[^.!?]{0,30}\b(?:then|and\s+then|next)\b[^.!?]{0,20}\b(?:cold|distant|gone|silent)\b`,
    V`\b(?:can't|never)\s+(?:tell|know|predict)\s+(?:which|what)\s+(?:version|mood|side)\b|\b(?:all\s+in|intense)\s+(?:one\s+week|then)\b[^.]{0,40}\b(?:gone|nothing|silent|cold)\b`,
  ]),
  e('partner.shares-feelings', 'partner', [
    V`\b(?:tells|told)\s+me\s+(?:how|what)\s+(?:he|she|they)\s+(?:feels?|felt|is\s+feeling)\b|\b(?:opens|opened)\s+up\s+(?:to\s+me\s+)?about\s+(?:his|her|their)\s+feelings\b`,
    V`\b(?:is|'s|has\s+always\s+been|has\s+been)\s+(?:very\s+|really\s+|quite\s+)?(?:open|honest)\s+(?:with\s+me\s+)?about\s+(?:his|her|their|how)\s+(?:feel\w*|emotions)\b`,
  ]),
  e('partner.hard-to-name-feelings', 'partner', [
    V`\b(?:can't|cannot|doesn't|never|struggles\s+to|finds\s+it\s+hard\s+to|has\s+trouble|isn't\s+able\s+to|won't|doesn't\s+know\s+how\s+to)\s+(?:express|talk\s+about|name|say|show|describe|put\s+into\s+words|share|open\s+up\s+about)\s+(?:his|her|their)?\s*(?:feelings|emotions|how\s+(?:he|she|they)\s+feels?)\b`,
    V`\b(?:changes|changed)\s+the\s+(?:subject|topic)\b|\b(?:answers|responds|replies)\s+(?:with|in)\s+(?:facts|logic|solutions|jokes)\b`,
    V`\b(?:says|said)\s+(?:he|she|they)\s+(?:doesn't|don't|didn't)\s+know\s+(?:how|what)\s+(?:he|she|they)\s+(?:feels?|felt)\b|\bemotionally\s+(?:closed\s+off|shut\s+down|unavailable|stunted|constipated|distant)\b`,
    V`\b(?:isn't|not|never\s+been)\s+(?:good|great|big)\s+(?:with|at|on)\s+(?:feelings|emotions|talking\s+about\s+(?:feelings|emotions))\b`,
  ]),
  e('partner.stopped-sharing-feelings', 'partner', [
    V`\b(?:used\s+to|would)\s+(?:tell|share|talk\s+to|open\s+up\s+to|confide\s+in)\s+me\b[^.]{0,50}\b(?:but|now|anymore|any\s+more|not\s+anymore|stopped)\b`,
    V`\b${NO}\s+(?:even\s+)?(?:tells?|shares?|talks?\s+to|opens?\s+up\s+to|confides?\s+in)\s+me\s+(?:anything|how\s+(?:he|she|they)\s+feels?|about\s+(?:his|her|their)\s+(?:day|feelings|life|work))\b${ANYMORE}`,
    V`\b(?:barely|hardly|rarely|never)\s+(?:talks|speaks)\s+to\s+me\b|\b(?:doesn't|does\s+not|won't)\s+(?:really\s+)?(?:talk|speak)\s+to\s+me\b${ANYMORE}`,
    V`\b(?:stopped|quit)\s+(?:talking\s+to\s+me|opening\s+up|sharing|telling\s+me\s+(?:things|anything))\b|\bI\s+(?:don't|no\s+longer)\s+know\s+what's\s+going\s+on\s+(?:with|in)\s+(?:him|her|them|his\s+head|her\s+head)\b`,
  ]),
  e('partner.deflects-deep-talk', 'partner', [
    V`\b(?:avoids|dodges|deflects|brushes\s+off|laughs\s+off|jokes\s+(?:his|her|their)\s+way\s+out\s+of|refuses\s+to\s+have|won't\s+have|avoid)\s+(?:any\s+|all\s+)?(?:serious|deep|real|important|meaningful|emotional|difficult|hard|big|proper)\s+(?:talks?|conversations?|discussions?|topics)\b`,
    V`\b${WHEN}\s+I\s+(?:try\s+to\s+)?(?:bring\s+up|raise|start|want\s+to\s+talk\s+about|mention)\s+(?:something\s+serious|anything\s+serious|us|our\s+relationship|feelings|the\s+relationship|how\s+I\s+feel)\b[^.]{0,40}\b(?:changes\s+the\s+subject|jokes?|deflects|makes\s+a\s+joke|laughs)\b`,
    V`\b(?:makes\s+a\s+joke|jokes\s+about\s+it|laughs\s+it\s+off)\s+(?:whenever|when|every\s+time)\b`,
    V`\b(?:changes\s+the\s+subject|deflects|jokes|makes\s+a\s+joke|laughs\s+it\s+off|clams\s+up)\s+(?:whenever|when|every\s+time|if)\s+I\s+(?:try\s+to\s+)?(?:bring\s+up|raise|mention|talk\s+about|ask\s+about)\b`,
  ]),
  e('partner.comforts-when-you-are-upset', 'partner', [
    V`\b(?:comforts|comforted|hugs|hugged|holds|held|looks\s+after|looked\s+after|takes\s+care\s+of)\s+me\s+when\s+I(?:'m|\s+am|\s+was|\s+get)?\s+(?:upset|crying|sad|down|stressed|anxious|ill|sick|low)\b`,
    V`\b(?:is|was|'s|has\s+been|is\s+still|still)\s+(?:always\s+)?(?:there\s+for\s+me|supportive|so\s+supportive|really\s+supportive|so\s+kind|comforting)\s+when\s+I\b`,
  ]),
  e('partner.needs-space-when-you-are-upset', 'any', [
    V`\bwhen\s+I(?:'m|\s+am|\s+get|\s+got|\s+was|\s+start)\s+(?:upset|crying|emotional|sad|anxious|stressed|to\s+cry|teary)\b[^.]{0,50}\b(?:leaves|walks\s+(?:away|out|off)|goes\s+(?:to|into)\s+(?:another|the\s+other)\s+room|needs\s+space|gets\s+(?:uncomfortable|irritated|annoyed|awkward|uneasy|cold)|shuts\s+down|goes\s+quiet|goes\s+cold|pulls\s+away|disappears|freezes|withdraws|tells\s+me\s+to\s+calm\s+down|doesn't\s+know\s+what\s+to\s+do|uneasy)\b`,
    V`\b(?:can't|cannot|doesn't\s+know\s+how\s+to)\s+(?:handle|deal\s+with|cope\s+with)\s+(?:my|me)\s+(?:emotions|feelings|being\s+upset|crying|tears|when\s+I'm\s+upset)\b|\bmy\s+(?:crying|tears)\s+(?:makes?|made)\s+(?:him|her|them)\s+(?:uncomfortable|leave|uneasy|shut\s+down|angry)\b`,
  ]),
  e('partner.needs-space-when-you-are-upset', 'any', [
    V`\bwhen\s+I\s+(?:cry|break\s+down|get\s+emotional)\b[^.]{0,40}\b(?:leaves|walks\s+(?:away|out|off)|goes\s+(?:to|into)\s+(?:another|the\s+other)\s+room|shuts\s+down|goes\s+quiet|goes\s+cold|freezes|withdraws)\b`,
  ]),
  e('partner.misses-emotional-cues', 'partner', [
    V`\b(?:doesn't|does\s+not|didn't|never|won't)\s+(?:even\s+)?(?:notice|see|ask|realise|realize)\s+(?:when|if|that|how)\s+I(?:'m|\s+am|\s+was)?\s+(?:upset|sad|hurt|struggling|crying|down|feel|felt|not\s+ok)\b`,
    V`\b(?:brushes|brushed|shrugs|shrugged|waves|waved|laughs|laughed)\s+(?:off|it\s+off|me\s+off)\b|\b(?:dismisses|dismissed|dismissive\s+of|minimi[sz]es|minimi[sz]ed)\s+(?:my\s+)?(?:feelings|concerns|worries|pain)\b`,
    V`\b(?:says|said|tells\s+me|told\s+me)\s+(?:that\s+)?I(?:'m|\s+am)\s+(?:being\s+)?(?:too\s+sensitive|overreacting|dramatic|crazy|needy|too\s+emotional|oversensitive)\b`,
    V`\b(?:no|little|zero|lack\s+of|doesn't\s+have\s+any)\s+(?:empathy|sympathy|compassion)\b|\b(?:didn't|doesn't|never)\s+(?:even\s+)?asks?\s+how\s+I\s+(?:was|am|feel|felt)\b`,
  ]),
  e('partner.values-independence-strongly', 'partner', [
    V`\b(?:values|guards|protects|needs|treasures|loves|is\s+protective\s+of|is\s+precious\s+about)\s+(?:his|her|their)\s+(?:independence|freedom|space|alone\s+time|me\s+time|own\s+space|own\s+time|privacy)\b`,
    V`\b(?:very|fiercely|extremely|super|really|so|quite)\s+independent\b|\b(?:hates|doesn't\s+like|can't\s+stand)\s+(?:being\s+tied\s+down|feeling\s+tied\s+down|relying\s+on|depending\s+on|needing)\s+(?:anyone|anybody|people|me|others)?\b`,
    V`\b(?:needs|needed|wants|craves)\s+(?:a\s+lot\s+of|lots\s+of|loads\s+of|so\s+much|tons\s+of)\s+(?:space|alone\s+time|time\s+alone|time\s+to\s+(?:himself|herself|themselves))\b`,
  ]),
  e('partner.uneasy-when-relied-on', 'any', [
    V`\b(?:uncomfortable|uneasy|awkward|irritated|annoyed|weird|distant|cold)\s+(?:when|whenever|if)\s+I\s+(?:need|ask\s+for|rely\s+on|lean\s+on|depend\s+on|come\s+to)\b`,
    V`\b(?:when|whenever|if)\s+I\s+(?:need|ask\s+for|rely\s+on|lean\s+on|depend\s+on)\s+(?:him|her|them|help|support|something)\b[^.]{0,40}\b(?:pulls?\s+away|backs?\s+off|gets\s+(?:distant|weird|uncomfortable|irritated|annoyed)|withdraws|leaves|goes\s+quiet|disappears)\b`,
    V`\b(?:says|said|calls|called|thinks)\s+(?:that\s+)?(?:I'm|I\s+am|me)\s+(?:too\s+)?(?:needy|clingy|too\s+much|dependent|high\s+maintenance)\b`,
  ]),
  e('partner.same-pattern-past-relationships', 'any', [
    V`\b(?:did|does|happened|was)\s+(?:exactly\s+)?the\s+same\s+(?:thing\s+)?(?:with|to|in)\s+(?:his|her|their)\s+(?:ex|exes|last|previous|past|former|other)\b`,
    V`\b(?:his|her|their)\s+(?:ex|exes|ex-\w+|last\s+(?:girlfriend|boyfriend|partner|relationship)|previous\s+(?:relationships?|partners?)|past\s+relationships?)\s+(?:said|says|told\s+me|had|went\s+through|complained|ended)\b[^.]{0,40}\b(?:same|pulling\s+away|distant|withdr\w*|exact|similar)\b`,
    V`\b(?:pattern|history)\s+of\s+(?:pulling\s+away|leaving|ending\s+things|running|ghosting|withdrawing|bailing)\b|\b(?:in|with)\s+(?:every|all)\s+(?:one\s+)?(?:of\s+)?(?:his|her|their)\s+(?:past\s+|previous\s+|other\s+)?relationships\b`,
    V`\b(?:always|every\s+time)\s+(?:ends|ended|leaves|left|runs|ran|bails|bailed)\s+(?:things\s+)?(?:when|once|as\s+soon\s+as)\s+(?:things|it)\s+(?:get|gets|got)\s+serious\b|\bnever\s+(?:been\s+in|had|stayed\s+in)\s+a\s+(?:long|serious|long-term)\s+relationship\b`,
  ]),
  e('partner.past-hurt', 'any', [
    V`\b(?:his|her|their)\s+(?:ex|ex-\w+|last\s+(?:girlfriend|boyfriend|partner)|former\s+(?:wife|husband|partner)|first\s+(?:wife|husband|love))\s+(?:cheated|left|hurt|broke\s+(?:his|her|their)\s+heart|betrayed|lied|walked\s+out)\b`,
    V`\b(?:was|got|been|were)\s+(?:badly\s+|really\s+|deeply\s+)?(?:cheated\s+on|betrayed|abandoned|hurt\s+badly|hurt|dumped|left\s+at\s+the\s+altar)\s*(?:before|in\s+the\s+past|by\s+(?:his|her|their)\s+ex)\b|\b(?:was|got|been|were)\s+(?:badly\s+|really\s+)?(?:cheated\s+on|betrayed|abandoned|dumped|left\s+at\s+the\s+altar)\b`,
    V`\b(?:his|her|their)\s+(?:parents|mum|mom|dad|father|mother)\s+(?:divorced|left|abandoned|walked\s+out|split|were\s+abusive|was\s+abusive|drank)\b|\b(?:difficult|rough|hard|traumatic|painful|abusive|unstable|chaotic|lonely)\s+(?:childhood|upbringing|divorce)\b|\b(?:trust|abandonment)\s+issues\b`,
  ]),
  e('partner.doubts-being-good-enough', 'partner', [
    V`\b(?:says|thinks|feels|believes|told\s+me|keeps\s+saying|said)\s+(?:once\s+|often\s+|again\s+)?(?:that\s+)?(?:he|she|they)(?:'s|\s+is|'re|\s+are)?\s+(?:not|isn't|aren't|never\s+(?:be|going\s+to\s+be))\s+(?:good\s+enough|worthy|deserving|enough)\b`,
    V`\b(?:doesn't|does\s+not)\s+(?:think|feel|believe)\s+(?:he|she|they)\s+(?:deserves?|is\s+good\s+enough|are\s+good\s+enough)\b`,
    V`\b(?:says|said|thinks|expects|is\s+convinced|keeps\s+saying)\s+(?:that\s+)?I(?:'ll|\s+will|\s+would|'d)\s+(?:leave|find\s+someone\s+better|get\s+bored|dump|end\s+up\s+leaving)\b|\b(?:too\s+good\s+for\s+(?:him|her|them)|out\s+of\s+(?:his|her|their)\s+league)\b`,
  ]),
  e('partner.fears-losing-freedom', 'partner', [
    V`\b(?:feels?|felt|feeling|says\s+(?:he|she|they)\s+feels?)\s+(?:so\s+|really\s+)?(?:trapped|suffocated|smothered|tied\s+down|caged|boxed\s+in|pressured)\b`,
    V`\b(?:moving|going|things\s+are\s+moving|it's\s+moving|happening)\s+too\s+fast\b|\bnot\s+ready\s+(?:for|to)\s+(?:commitment|commit|settle|marriage|kids|move\s+in|something\s+serious|this|anything\s+serious)\b`,
    V`\b(?:scared|afraid|terrified|fearful|wary|nervous|frightened)\s+of\s+(?:commitment|marriage|settling\s+down|losing\s+(?:his|her|their)\s+(?:freedom|independence)|being\s+tied\s+down|getting\s+serious)\b`,
    V`\b(?:needs|wants|needed|wanted)\s+to\s+(?:slow\s+(?:things\s+)?down|take\s+(?:things|it)\s+slow(?:er)?)\b|\blosing\s+(?:his|her|their)\s+(?:freedom|independence)\b`,
  ]),
  e('partner.avoids-future-talk', 'partner', [
    V`\b(?:avoids|dodges|deflects|won't\s+(?:talk|discuss)|refuses\s+to\s+(?:talk|discuss)|avoid|shuts\s+down)\s+(?:any\s+)?(?:talk(?:ing)?\s+(?:about|of)\s+|conversations?\s+about\s+|discussing\s+|questions\s+about\s+|mentions?\s+of\s+)?(?:the\s+future|our\s+future|moving\s+in|marriage|getting\s+married|kids|children|next\s+year|engagement|long[-\s]term\s+plans)\b`,
    V`\b(?:won't|doesn't|refuses\s+to|never)\s+(?:make|commit\s+to|plan)\s+(?:any\s+)?(?:plans|future\s+plans|anything\s+(?:ahead|long[-\s]term))\b|\b(?:says|said)\s+(?:"|')?(?:we'll\s+see|one\s+day\s+at\s+a\s+time|let's\s+not\s+(?:think|talk)\s+about\s+it)\b`,
  ]),
  e('partner.avoids-future-talk', 'any', [
    V`\b${WHEN}\s+I\s+(?:bring\s+up|mention|ask\s+about|talk\s+about|raise)\s+(?:the\s+future|our\s+future|moving\s+in|marriage|kids|getting\s+engaged|getting\s+married|next\s+year|us\s+being\s+official|where\s+(?:this|we|things)\s+(?:is|are)\s+going)\b`,
  ]),
  e('partner.idealises-past', 'partner', [
    V`\b(?:talks|talked|keeps\s+talking|always\s+talking|talking)\s+about\s+(?:his|her|their)\s+ex\b|\b(?:compares|compared|comparing)\s+me\s+(?:to|with)\s+(?:his|her|their)\s+ex\b`,
    V`\b(?:misses|missed|missing)\s+(?:his|her|their)\s+(?:ex|old\s+life|single\s+life|freedom|life\s+before|uni\s+days|twenties|old\s+(?:job|city|friends))\b|\b(?:things|life)\s+(?:were|was)\s+(?:better|simpler|easier)\s+(?:before|back\s+then|when\s+(?:he|she|they)\s+(?:was|were)\s+single)\b`,
    V`\b(?:still|always)\s+(?:talks\s+to|texts|messages|in\s+touch\s+with|mentions)\s+(?:his|her|their)\s+ex\b`,
  ]),
  e('partner.always-reserved', 'partner', [
    V`\b(?:has\s+)?always(?:\s+has)?\s+been\s+(?:a\s+bit\s+|quite\s+|very\s+|pretty\s+|rather\s+|kind\s+of\s+)?(?:reserved|private|quiet|guarded|closed\s+off|distant|emotionally\s+distant|shy|stoic|hard\s+to\s+read|not\s+(?:very\s+)?(?:emotional|affectionate|expressive|a\s+talker))\b`,
    V`\b(?:was\s+|has\s+)?never(?:\s+been)?\s+(?:very\s+|a\s+|really\s+)?(?:affectionate|emotional|open|touchy-feely|talker|big\s+talker|romantic|expressive|one\s+for\s+(?:feelings|affection|big\s+talks))\b`,
    V`\b(?:not|never\s+been)\s+(?:one|the\s+type|a\s+big\s+one)\s+(?:to|for)\s+(?:talk|share|feelings|affection|talking\s+about\s+feelings|open\s+up)\b`,
  ]),
  e('partner.was-open-early-on', 'any', [
    V`\b(?:at|in)\s+the\s+(?:start|beginning|first\s+(?:few\s+)?(?:months?|year|weeks?))\b[^.]{0,60}\b(?:so\s+|very\s+|really\s+)?(?:open|talked\s+for\s+hours|told\s+me\s+everything|shared\s+everything|affectionate|loving|attentive|couldn't\s+get\s+enough|sweet|romantic|all\s+over\s+me|texted\s+(?:all|every)\s+day|texted\s+constantly|intense)\b`,
    V`\b(?:used\s+to|would)\s+(?:talk\s+for\s+hours|tell\s+me\s+everything|share\s+everything|open\s+up|text\s+me\s+(?:all\s+day|constantly|every\s+day|good\s+morning)|be\s+so\s+(?:open|affectionate|loving|attentive))\b`,
    V`\b(?:intense|lovely|amazing|great|perfect|wonderful|so\s+good|affectionate)\s+(?:at|in)\s+the\s+(?:start|beginning)\b`,
    V`\b(?:early\s+on|at\s+first|in\s+the\s+beginning)\s+(?:he|she|they)\s+(?:was|were)\s+(?:so\s+|very\s+|really\s+)?(?:open|affectionate|loving|attentive|sweet|romantic)\b`,
  ]),
  // ── pursue–withdraw ──
  e('self.pursue-more-when-they-withdraw', 'any', [
    V`\bthe\s+(?:more|further)\s+(?:he|she|they)\s+(?:pulls?|pulled|withdraws?|backs?\s+off|pulls\s+away|retreats?)\b[^.]{0,30}\bthe\s+more\s+I\b`,
    V`\bI\s*(?:keep|kept|am|'m|'ve\s+been|have\s+been|end\s+up|find\s+myself|can't\s+stop)\s+(?:texting|messaging|calling|chasing|pushing|asking|begging|pressing|nagging|trying\s+harder|pursuing|reaching\s+out|double[-\s]texting)\b`,
    V`\bI\s+(?:text|message|call|double[-\s]text|chase|push|press|nag|beg)\s+(?:him|her|them)?\s*(?:more|constantly|all\s+the\s+time|again\s+and\s+again|over\s+and\s+over|repeatedly|even\s+more)\b`,
    V`\bI\s+(?:try|tried|keep\s+trying)\s+(?:harder|to\s+get\s+(?:him|her|them)\s+to\s+(?:talk|open\s+up))\b`,
  ]),
  e('self.give-space-when-they-withdraw', 'any', [
    V`\bI(?:'ve|\s+have)?\s+(?:been\s+)?(?:giving|give|gave|try\s+to\s+give|tried\s+giving|tried\s+to\s+give|trying\s+to\s+give)\s+(?:him|her|them)\s+(?:space|room|time|distance)\b`,
    V`\bI\s+(?:back|backed|step|stepped)\s+(?:off|back|away)\b|\bI\s+(?:leave|left)\s+(?:him|her|them)\s+(?:alone|be)\b|\bI\s+(?:try\s+not\s+to|don't)\s+(?:push|pressure|chase|nag|bug)\b`,
  ]),
  e('partner.shuts-down-when-pressed', 'any', [
    V`\b${WHEN}\s+I\s+(?:try\s+to\s+|want\s+to\s+|ask\s+to\s+)?(?:talk|bring\s+(?:it|things|something|anything)\s+up|push|press|ask\s+(?:what's\s+wrong|about\s+it|why|how\s+(?:he|she|they)\s+feels?)|raise\s+(?:it|something)|confront\s+(?:him|her|them))\b[^.]{0,60}\b(?:shuts\s+down|shut\s+down|goes\s+(?:quiet|silent|cold)|walks\s+(?:away|off|out)|leaves(?:\s+the\s+room)?|stonewalls?|clams\s+up|ignores\s+me|goes\s+to\s+(?:bed|another\s+room)|puts\s+(?:his|her|their)\s+headphones\s+on|won't\s+(?:talk|answer|respond)|storms\s+off|disappears|(?:says|said)\s+(?:he's|she's|they're|it's)\s+fine|silent\s+treatment)\b`,
    V`\b(?:walks|walked|storms|stormed)\s+(?:away|off|out)\s+(?:when|whenever|every\s+time|if)\s+I\s+(?:try\s+to\s+)?(?:talk|bring|raise|ask|push)\b|\bI\s+tried\s+to\s+(?:talk|bring\s+it\s+up|raise\s+it)\b[^.]{0,50}\b(?:he|she|they)\s+(?:put|walked|left|went|shut|clammed|ignored|stormed)\b`,
    V`\b(?:stonewalls?|stonewalling|stonewalled|silent\s+treatment|clams\s+up|shuts\s+me\s+out|shuts\s+down)\b`,
  ]),
  e('relationship.pursue-withdraw-cycle', 'any', [
    V`\bthe\s+more\s+I\s+(?:push|ask|pursue|chase|try|text|want|reach\s+out|press|need)\b[^.]{0,40}\bthe\s+more\s+(?:he|she|they)\b`,
    V`\bthe\s+more\s+(?:he|she|they)\s+(?:pulls?|withdraws?|backs?\s+off|retreats?|pulls\s+away)\b[^.]{0,30}\bthe\s+more\s+I\b`,
    V`\b(?:vicious\s+)?(?:cycle|circle|loop)\b[^.]{0,30}\b(?:push|chase|pursue|withdraw|pull\s+away)\b|\bcat\s+and\s+mouse\b`,
  ]),
  e('self.raise-complaints-often', 'any', [
    V`\bI\s+(?:always|often|keep|constantly|tend\s+to)\s+(?:complain\w*|criticis\w*|criticiz\w*|nag\w*|bring\s+up\s+(?:problems|issues|what's\s+wrong)|point\s+out|have\s+a\s+go\s+at|pick\s+at|start\s+(?:arguments|fights|it))\b`,
    V`\b(?:conversations|talks)\s+(?:always\s+|usually\s+|mostly\s+)?(?:start|begin|end\s+up)\s+with\s+(?:me|my)\s+(?:complaining|complaints|criticism|asking\s+what's\s+wrong)\b`,
    V`\b(?:says|said|calls|thinks)\s+(?:that\s+)?I(?:'m|\s+am)?\s+(?:always\s+)?(?:nagging|nag|a\s+nag|complaining|criticis\w*|criticiz\w*|on\s+(?:his|her|their)\s+case)\b|\bI(?:'m|\s+am)\s+(?:always\s+)?the\s+one\s+(?:complaining|nagging|bringing\s+things\s+up|raising\s+issues)\b`,
  ]),
  e('self.worried-about-relationship', 'any', [
    V`\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been|\s+keep\s+being)?\s+(?:so\s+|really\s+|constantly\s+|always\s+)?(?:worried|scared|afraid|terrified|anxious|convinced|paranoid|panicking|panicked)\s+(?:that\s+)?(?:he|she|they|{P})(?:'s|\s+is|'re|\s+are|'ll|\s+will|\s+might|\s+may|'s\s+going\s+to|\s+is\s+going\s+to)?\s*(?:going\s+to\s+)?(?:leave|leaving|break\s+up|breaking\s+up|end\s+(?:it|things)|dump|lose\s+interest|losing\s+interest|fall\s+out\s+of\s+love|cheat|find\s+someone|doesn't\s+love|don't\s+love)\b`,
    V`\b(?:afraid|scared|terrified|worried|fear)\s+(?:of\s+)?(?:losing|being\s+left\s+by)\s+(?:him|her|them|{O})\b|\b(?:overthinking|anxious|anxiety)\s+about\s+(?:us|the\s+relationship|him|her|them|where\s+we\s+stand)\b|\bI\s+(?:can't\s+stop|keep)\s+(?:overthinking|worrying|obsessing)\b`,
  ]),
  e('partner.returns-after-space', 'any', [
    V`\b(?:when|if|once|after)\s+I\s+(?:give|gave|back\s+off|backed\s+off|leave|left|stop\s+(?:texting|chasing|asking)|stopped\s+(?:texting|chasing|asking))\s+(?:him|her|them)?\s*(?:space|alone|be|room|time)?\b[^.]{0,50}\b(?:comes\s+back|came\s+back|comes\s+round|came\s+round|reaches\s+out|reached\s+out|gets\s+closer|returns|is\s+back|opens\s+up|texts\s+me|warms\s+up|more\s+(?:affectionate|loving|warm))\b`,
    V`\b(?:comes|came)\s+back\s+(?:to\s+me\s+)?(?:closer|more\s+loving|on\s+(?:his|her|their)\s+own|after\s+a\s+(?:few\s+)?(?:days|while))\b`,
  ]),
  e('partner.stays-away-after-space', 'any', [
    V`\b(?:when|after|though|even\s+(?:when|after|though))\s+I\s+(?:gave|give|backed\s+off|back\s+off|left|stopped\s+(?:texting|chasing|asking|reaching\s+out))\b[^.]{0,50}\b(?:nothing|doesn't|didn't|never|still|stays?\s+(?:away|distant|cold)|no\s+(?:change|difference))\b`,
    V`\b(?:space|giving\s+(?:him|her|them)\s+space)\s+(?:didn't|doesn't|hasn't)\s+(?:help|work|change\s+anything|make\s+a\s+difference)\b`,
  ]),
  // ── communication ──
  e('partner.responds-to-calm-talk', 'any', [
    V`\bwhen\s+I\s+(?:talk|speak|raise\s+it|bring\s+it\s+up|explain)\s+(?:calmly|gently|softly|without\s+blaming)\b[^.]{0,40}\b(?:listens|listened|is\s+receptive|was\s+receptive|hears\s+me|heard\s+me|opens\s+up|opened\s+up|responds|apologi\w+)\b`,
    V`\b(?:listens|listened)\s+when\s+I\s+(?:talk|bring|raise|say|explain)\b|\bwe\s+(?:can|still\s+can|are\s+able\s+to|'re\s+able\s+to)\s+(?:talk|discuss|work)\s+(?:things|it|stuff)\s+(?:through|out)\b`,
  ]),
  e('relationship.same-argument-repeats', 'any', [
    V`\b(?:the\s+)?(?:same|same\s+old)\s+(?:argument|fight|row|conversation|discussion|issue|thing|problem)s?\b[^.]{0,30}\b(?:over\s+and\s+over|again\s+and\s+again|every\s+(?:week|time|day|few\s+days)|repeatedly|on\s+repeat|keeps?\s+coming\s+up|comes\s+up|again)\b`,
    V`\b(?:keep|keeps|always)\s+(?:having|fighting\s+about|arguing\s+about)\s+the\s+same\b|\b(?:fight|argue|row|argued|fought)\s+about\s+the\s+same\s+(?:thing|things|stuff|issue)\b|\bgroundhog\s+day\b|\bbroken\s+record\b|\bgoing\s+(?:round|around)\s+in\s+circles\b`,
  ]),
  e('relationship.topics-off-limits', 'any', [
    V`\b(?:topics|things|subjects)\s+(?:we|I)\s+(?:just\s+|really\s+|simply\s+)?(?:can't|cannot|don't|no\s+longer|never)\s+(?:talk\s+about|discuss|bring\s+up|mention|touch)\b`,
    V`\b(?:we|we've)\s+(?:both\s+)?(?:avoid|stopped)\s+(?:talking\s+about|bringing\s+up|discussing)\b|\boff[-\s]limits\b|\btaboo\b|\belephant\s+in\s+the\s+room\b|\btiptoe\s+around\b`,
  ]),
  e('partner.brings-up-old-grievances', 'partner', [
    V`\b(?:brings|brought|dredges|dredged|drags|dragged)\s+up\s+(?:old|past)\s*(?:stuff|things|mistakes|issues|fights|arguments|hurts|history)?\b|\b(?:brings|brought)\s+up\s+(?:stuff|things|something)\s+from\s+(?:years|months|ages|last\s+year|the\s+past)\b`,
    V`\b(?:throws|threw)\s+(?:it|that|my\s+mistakes|the\s+past)\s+(?:back\s+)?(?:in\s+my\s+face|at\s+me)\b|\b(?:never\s+lets|won't\s+let)\s+(?:it|that|me)\s+(?:go|forget)\b`,
  ]),
  e('partner.defensive', 'partner', [
    V`\b(?:gets|got|becomes|is|very|so|always|really|super)\s+(?:so\s+)?(?:defensive|on\s+the\s+defensive)\b`,
    V`\b(?:turns|turned|twists|twisted|flips|flipped)\s+(?:it|things|everything)\s+(?:around|back)\s*(?:on\s+me|onto\s+me)?\b|\bit's\s+always\s+my\s+fault\b|\b(?:blames|blamed)\s+(?:me|everything\s+on\s+me)\b`,
    V`\b(?:takes|took)\s+(?:everything|anything|any\s+comment|it)(?:\s+I\s+say)?\s+as\s+(?:an\s+attack|criticism|personal)\b|\b(?:says|said)\s+I(?:'m|\s+am)\s+attacking\s+(?:him|her|them)\b|\b(?:can't|won't|never)\s+(?:take|accept)\s+(?:any\s+)?(?:criticism|feedback)\b`,
  ]),
  e('partner.contempt', 'partner', [
    V`\b(?:rolls|rolled|rolling)\s+(?:his|her|their)\s+eyes\b|\b(?:mocks|mocked|mocking|makes\s+fun\s+of|made\s+fun\s+of|sneers|sneered|ridicules|ridiculed|belittles|belittled|puts\s+me\s+down|put\s+me\s+down|talks\s+down\s+to|talked\s+down\s+to|scoffs|scoffed)\b`,
    V`\b(?:calls|called)\s+me\s+(?:names|stupid|pathetic|an\s+idiot|useless|crazy|fat|ugly|lazy|worthless|boring)\b|\bcontempt\b|\bdisdain\b|\b(?:treats|treated)\s+me\s+like\s+(?:an\s+idiot|a\s+child|I'm\s+stupid|dirt|a\s+servant|nothing)\b|\bsarcastic\b`,
  ]),
  e('relationship.both-keep-quiet', 'any', [
    V`\b(?:we|we've|we\s+both|neither\s+of\s+us)\s+(?:both\s+)?(?:keep|kept|sweep|swept)\s+(?:things|it|everything|stuff)?\s*(?:quiet|to\s+ourselves|under\s+the\s+(?:rug|carpet)|bottled\s+up)\b`,
    V`\bneither\s+of\s+us\s+(?:says|said|talks|talked|brings|brought|wants\s+to\s+(?:say|talk)|will\s+say)\b|\bwe(?:'ve|\s+have)?\s+(?:don't|never|no\s+longer|stopped)\s+(?:really\s+)?(?:talk|communicate|talking|communicating)\b(?:\s+(?:any\s?more|properly|about\s+anything\s+(?:real|important)))?`,
  ]),
  e('partner.hints-instead-of-saying', 'partner', [
    V`\b(?:drops|dropped|dropping|gives|gave)\s+(?:subtle\s+)?hints\b|\bpassive[-\s]aggressive\b|\b(?:expects|expected|wants)\s+me\s+to\s+(?:know|guess|read\s+(?:his|her|their)\s+mind|figure\s+(?:it\s+)?out)\b`,
    V`\b(?:sulks|sulked|sulking|pouts|pouting|huffs|huffing)\b|\b(?:won't|doesn't|never)\s+(?:say|tell\s+me)\s+(?:what's\s+wrong|what\s+(?:he|she|they)\s+(?:wants?|needs?)|what\s+the\s+problem\s+is|what\s+I\s+did)\b`,
  ]),
  e('partner.makes-repair-attempts', 'partner', [
    V`\b(?:apologi[sz]es|apologi[sz]ed|says\s+sorry|said\s+sorry|makes\s+up|made\s+up|tries\s+to\s+make\s+up|tried\s+to\s+make\s+up|reaches\s+out|reached\s+out|brings\s+me\s+(?:flowers|coffee|tea)|makes\s+a\s+joke\s+to\s+(?:break|ease|lighten))\b[^.]{0,20}\b(?:after|when)\s+(?:a|we|our|every|an|the)\s*(?:fight|argument|row|disagreement|argue|fought|argued)\b`,
    V`\b(?:still|always)\s+(?:tries|try|makes\s+an\s+effort|reaches\s+out)\s+to\s+(?:make\s+up|make\s+peace|fix\s+things|smooth\s+things\s+over|reconnect)\b|\bthe\s+first\s+(?:one\s+)?to\s+(?:apologi[sz]e|say\s+sorry|make\s+up|reach\s+out)\b`,
  ]),
  e('partner.stopped-repair-attempts', 'partner', [
    V`\b${NO}\s+(?:even\s+)?(?:apologi[sz]es?|says?\s+sorry|tries\s+to\s+make\s+up|try\s+to\s+make\s+up|makes?\s+up|tries\s+to\s+fix\s+(?:things|it)|try\s+to\s+fix\s+(?:things|it)|reaches?\s+out)\b${ANYMORE}`,
    V`\b(?:acts|acted|pretends|pretended)\s+(?:like|as\s+if)\s+nothing\s+(?:happened|is\s+wrong)\b|\b(?:days|weeks)\s+of\s+(?:silence|silent\s+treatment)\b`,
  ]),
  e('relationship.unspoken-resentment', 'any', [
    V`\b(?:resent|resents|resentment|resentful|bitter|bitterness|grudges?|keeping\s+score|scorekeeping|tit\s+for\s+tat)\b`,
    V`\b(?:things|stuff|it|everything|tension)\s+(?:is\s+|are\s+|keeps\s+|has\s+been\s+)?(?:building|piling|bottling|bubbling)\s+up\b|\b(?:simmering|festering|unspoken)\b`,
  ]),
  e('self.kept-own-needs-unsaid', 'any', [
    V`\bI\s+(?:haven't|have\s+not|never|didn't|don't|can't|cannot)\s+(?:really\s+)?(?:told|tell|said|say|asked|ask|brought\s+up|bring\s+up|raised|raise|expressed|express|admitted|admit)\s+(?:him|her|them|{O})?\s*(?:what\s+I\s+(?:need|want)|how\s+I\s+feel|that\s+I(?:'m|\s+am)?\s+(?:lonely|hurt|unhappy|struggling)|my\s+needs|anything|it)\b`,
    V`\bI\s+(?:keep|kept)\s+(?:it|my\s+feelings|things|everything)\s+(?:to\s+myself|inside|bottled\s+up|quiet)\b|\bI\s+don't\s+want\s+to\s+(?:rock\s+the\s+boat|upset\s+(?:him|her|them)|be\s+needy|be\s+a\s+burden|make\s+a\s+fuss)\b`,
  ]),
  e('self.voiced-own-needs', 'any', [
    V`\bI(?:'ve|\s+have)?\s+(?:told|tell|said|explained|asked)\s+(?:him|her|them|{O})\s+(?:clearly\s+|directly\s+|many\s+times\s+|several\s+times\s+|repeatedly\s+|more\s+than\s+once\s+|over\s+and\s+over\s+)?(?:that|what|how)\s+I\s+(?:need|want|feel|miss|am\s+feeling)\b`,
    V`\bI(?:'ve|\s+have)?\s+(?:asked|begged)\s+(?:him|her|them|{O})\s+(?:for|to)\s+(?:more|spend|talk|help|time|be\s+more)\b|\bI(?:'ve|\s+have)?\s+(?:been\s+(?:clear|honest|open|direct)|made\s+it\s+clear)\b`,
  ]),
  // ── unmet needs ──
  e('partner.voiced-needs-before', 'partner', [
    V`\b(?:had\s+)?(?:told|asked|said|complained|mentioned|begged|kept\s+(?:saying|asking|telling)|was\s+asking|has\s+been\s+asking)\s+(?:me\s+)?(?:for\s+(?:months|a\s+while|ages)\s+|many\s+times\s+|several\s+times\s+|repeatedly\s+|before\s+|a\s+while\s+ago\s+|last\s+year\s+)?(?:that\s+)?(?:he|she|they)?\s*(?:needed|wanted|needs|wants|wished|missed|felt)\s+(?:more|less|some)?\s*(?:time|support|help|attention|affection|sex|intimacy|appreciation|understanding|to\s+be\s+heard|me\s+to|us\s+to|quality\s+time|date\s+nights|closeness)\b`,
    V`\b(?:had\s+)?(?:asked|begged|told)\s+me\s+(?:many\s+times\s+|several\s+times\s+|repeatedly\s+|before\s+|for\s+months\s+)?(?:to|for)\s+(?:more\s+\w+|help|listen|spend|be\s+more|put\s+(?:my\s+phone\s+)?down|pay\s+attention|support|make\s+time)\b`,
  ]),
  e('partner.asked-for-time', 'partner', [
    V`\b(?:asked|begged|wanted|wished|needed|told\s+me\s+(?:he|she|they)\s+(?:wanted|needed))\s+(?:me\s+)?(?:for\s+)?(?:more\s+)?(?:time\s+together|quality\s+time|date\s+nights?|to\s+spend\s+(?:more\s+)?time|us\s+to\s+spend|more\s+of\s+my\s+time)\b`,
  ]),
  e('partner.asked-for-support', 'partner', [
    V`\b(?:asked|begged|wanted|wished|needed|told\s+me\s+(?:he|she|they)\s+(?:wanted|needed))\s+(?:me\s+)?(?:for\s+)?(?:more\s+)?(?:support|help|understanding|me\s+to\s+(?:help|be\s+there|support|understand))\b`,
  ]),
  e('partner.asked-for-physical-closeness', 'partner', [
    V`\b(?:asked|begged|wanted|wished|needed|told\s+me\s+(?:he|she|they)\s+(?:wanted|needed))\s+(?:me\s+)?(?:for\s+)?(?:more\s+)?(?:affection|sex|intimacy|touch|cuddles|cuddling|physical\s+(?:contact|closeness|affection)|hugs|closeness)\b`,
  ]),
  e('partner.asked-to-be-heard', 'partner', [
    V`\b(?:asked|begged|wanted|wished|needed)\s+(?:me\s+)?(?:to\s+)?(?:listen|be\s+heard|be\s+taken\s+seriously|be\s+understood|put\s+(?:down\s+)?my\s+phone(?:\s+down)?|pay\s+attention|hear\s+(?:him|her|them)\s+out)\b`,
  ]),
  e('partner.no-needs-voiced', 'partner', [
    V`\b(?:never|hasn't|has\s+not|didn't|did\s+not)\s+(?:said|say|told\s+me|asked|complained|mentioned|once\s+said)\s+(?:for\s+)?(?:anything|a\s+thing|what(?:'s|\s+is)\s+wrong|what\s+(?:he|she|they)\s+(?:wants?|needs?)|that\s+(?:he|she|they)\s+(?:was|were)\s+unhappy)\b`,
    V`\bno\s+(?:complaints|warning|explanation)\b|\bwithout\s+(?:any\s+)?(?:warning|explanation|a\s+word)\b`,
  ]),
  e('partner.stopped-asking', 'partner', [
    V`\b(?:doesn't|does\s+not|won't)\s+(?:ask|complain|mention\s+it|bring\s+it\s+up)\s+(?:for\s+it\s+)?(?:any\s?more|now)\b`,
    V`\b(?:stopped|has\s+stopped|no\s+longer|quit|gave\s+up)\s+(?:asking|complaining|bringing\s+it\s+up|mentioning\s+it|trying\s+to\s+get\s+me\s+to)\b`,
  ]),
  e('partner.still-asks', 'partner', [
    V`\b(?:still|keeps)\s+(?:asks?|asking|complaining|bringing\s+(?:it\s+)?up|mentions?|mentioning)\s+(?:for|about|me\s+to)\b`,
  ]),
  e('partner.says-not-heard', 'partner', [
    V`\b(?:says|said|tells\s+me|told\s+me|complains|complained|keeps\s+saying|feels|felt)\s+(?:that\s+)?I\s+(?:don't|never|didn't|do\s+not|am\s+not|'m\s+not|wasn't|can't)\s+(?:listen|hear\s+(?:him|her|them)|understand|get\s+it|care|pay\s+attention|take\s+(?:him|her|them)\s+seriously|make\s+time|support|appreciate|notice)\b`,
    V`\b(?:"|')?you\s+never\s+listen\b|\b(?:doesn't|does\s+not)\s+feel\s+(?:heard|listened\s+to|seen|understood|appreciated)\b`,
  ]),
  e('self.less-available-lately', 'self', [
    V`\b(?:been|I'm|I\s+am|I\s+was)\s+(?:so\s+|really\s+|very\s+|super\s+|crazy\s+|extremely\s+)?(?:busy|swamped|distracted|absent|preoccupied|caught\s+up\s+(?:in|with)|consumed\s+by|focused\s+on\s+(?:my|work))\b`,
    V`\b(?:been\s+)?working\s+(?:a\s+lot|late|long\s+hours|all\s+the\s+time|every\s+weekend|nights)\b`,
    V`\bmy\s+(?:new\s+job|job|work|studies|exams|degree|course|training|business|mum|dad|kids|baby)\s+(?:has|have)\s+(?:taken|been\s+taking|eaten|been\s+eating)\s+(?:up\s+)?(?:all|most|a\s+lot)\s+of\s+my\s+(?:time|energy)\b|\bhaven't\s+(?:had|made)\s+(?:much\s+|any\s+|enough\s+)?time\s+for\s+(?:him|her|them|us)\b`,
  ]),
  e('self.changed-lately', 'self', [
    V`\bI(?:'ve|\s+have)\s+(?:changed|been\s+changing|become\s+(?:more|less|quieter|different))\b|\bI(?:'m|\s+am)\s+not\s+the\s+(?:same\s+)?(?:person|woman|man)\s+(?:I\s+was|(?:he|she|they)\s+(?:met|fell\s+for))\b|\bI(?:'ve|\s+have)\s+(?:gained|lost)\s+(?:a\s+lot\s+of\s+)?weight\b`,
  ]),
  // ── loss of attraction ──
  e('partner.responds-to-small-bids', 'partner', [
    V`\b(?:still|always)\s+(?:laughs\s+at\s+my\s+jokes|smiles\s+(?:at\s+me|when)|kisses\s+me|holds\s+my\s+hand|hugs\s+me|replies|texts\s+back|responds|squeezes\s+my\s+hand|cuddles)\b|\b(?:responds|reacts)\s+(?:well|warmly|nicely|sweetly)\s+(?:when|if|to)\b`,
  ]),
  e('partner.turns-away-from-bids', 'partner', [
    V`\b(?:ignores|ignored|ignoring)\s+(?:me|my\s+(?:texts|messages|jokes|hugs|touch|attempts|questions|calls))\b|\b(?:leaves|left)\s+me\s+on\s+(?:read|seen|delivered)\b`,
    V`\b(?:doesn't|does\s+not|didn't|won't|never)\s+(?:even\s+)?(?:respond|react|reply|answer|look\s+up|acknowledge|reciprocate|laugh)\s+(?:when|to|if)\s+(?:I|my)\b|\b(?:barely|hardly)\s+(?:responds|replies|answers|looks\s+at\s+me|acknowledges\s+me|notices\s+me)\b`,
    V`\b(?:pulls|pulled|moves|moved|shrugs|shrugged|flinches)\s+(?:away|off|me\s+off)\s+(?:when|if|whenever)\s+I\s+(?:try\s+to\s+)?(?:touch|hug|kiss|hold|reach\s+for|cuddle|put\s+my)\b|\b(?:one[-\s]word|short|curt|monosyllabic|dry)\s+(?:answers|replies|responses|texts)\b`,
    V`\b(?:doesn't|does\s+not|won't|never)\s+(?:even\s+)?(?:look|glance)\s+(?:up\s+)?(?:at\s+me|from\s+(?:his|her|their)\s+phone)\b`,
  ]),
  e('partner.less-physical-affection', 'any', [
    V`\b(?:no|less|fewer|hardly\s+any|barely\s+any|zero|little|not\s+much)\s+(?:physical\s+)?(?:affection|sex|intimacy|hugs|kisses|kissing|cuddling|cuddles|touch|touching|hand[-\s]holding|closeness)\b`,
    V`\b${NO}\s+(?:even\s+)?(?:touch|touches|kiss|kisses|hug|hugs|hold|holds|cuddle|cuddles|initiate|initiates|want|wants)\s+(?:me|my\s+hand|sex|intimacy|anything\s+physical)\b${ANYMORE}`,
    V`\b(?:haven't|have\s+not|haven't\s+really)\s+(?:had\s+sex|slept\s+together|been\s+intimate|kissed)\b|\b(?:sex|intimacy|our\s+sex\s+life)\s+(?:has|have)\s+(?:stopped|dried\s+up|disappeared|died|dwindled|gone|fizzled)\b|\bsexless\b|\bdead\s+bedroom\b`,
    V`\b(?:turns|turned|rolls|rolled)\s+(?:away|over)\s+(?:in\s+bed|when\s+I)\b|\b(?:used\s+to|would)\s+(?:hold\s+my\s+hand|kiss\s+me|hug\s+me|cuddle|touch\s+me)\b[^.]{0,30}\b(?:now|but|anymore|any\s+more)\b`,
  ]),
  e('partner.less-curious-about-you', 'partner', [
    V`\b${NO}\s+(?:even\s+)?(?:asks?|asking)\s+(?:about|how)\s+(?:my|me|I)\b`,
    V`\b(?:no|zero|little|not\s+much|lost|lost\s+all)\s+(?:interest|curiosity)\s+in\s+(?:me|my\s+(?:life|day|work|friends|plans|feelings|hobbies)|what\s+I)\b|\b(?:doesn't|does\s+not)\s+(?:seem\s+to\s+)?(?:care|want\s+to\s+know)\s+(?:about|what|how)\s+(?:my|me|I)\b`,
  ]),
  e('partner.less-curious-about-you', 'partner', [
    V`\b(?:doesn't|does\s+not|isn't|is\s+not)\s+(?:seem\s+)?(?:\w+\s+)?(?:interested|curious)\s+in\s+(?:me|my\s+\w+|what\s+I)\b`,
  ]),
  e('relationship.feels-like-flatmates', 'any', [
    V`\b(?:like|feels\s+like|more\s+like|just|basically|as)\s+(?:we're\s+|we\s+are\s+)?(?:just\s+)?(?:roommates|flatmates|housemates|room-mates|flat-mates|strangers|colleagues|co-parents|business\s+partners|siblings|brother\s+and\s+sister)\b`,
    V`\bships\s+(?:passing\s+)?in\s+the\s+night\b|\b(?:living|live|lead|leading)\s+(?:separate|parallel)\s+lives\b|\bsleep(?:ing)?\s+in\s+separate\s+(?:rooms|beds)\b`,
  ]),
  e('relationship.fewer-shared-interests', 'any', [
    V`\b(?:nothing|not\s+much|little|anything)\s+in\s+common\b|\b(?:grown|grew|growing|drifted|drifting)\s+apart\b`,
    V`\b(?:don't|do\s+not|no\s+longer|never|stopped|rarely)\s+(?:do|doing|enjoy|share|have)\s+(?:anything|things|stuff|much|hobbies|fun|activities)\s+together\b|\b(?:nothing|little|not\s+much)\s+to\s+(?:talk\s+about|say\s+to\s+each\s+other|do\s+together)\b`,
    V`\b(?:used\s+to|would)\s+(?:go|do|play|cook|travel|hike|watch|dance|run)\b[^.]{0,30}\btogether\b[^.]{0,20}\b(?:now|but|anymore|any\s+more|stopped)\b`,
  ]),
  e('partner.remarks-on-appearance', 'partner', [
    V`\b(?:comments?|commented|remarks?|remarked|makes\s+(?:comments|remarks|jokes)|criticis\w*|criticiz\w*|picks\s+on|picks\s+at)\s+(?:about\s+|on\s+)?(?:my\s+)(?:weight|body|looks|appearance|clothes|hair|skin|face|figure|eating|teeth)\b`,
    V`\b(?:says|said|told\s+me)\s+(?:that\s+)?I(?:'ve|\s+have)?\s+(?:gained\s+weight|got\s+fat|let\s+myself\s+go|look\s+(?:tired|old|bad|fat))\b|\blet\s+myself\s+go\b`,
  ]),
  e('partner.irritated-with-you', 'partner', [
    V`\b(?:irritated|annoyed|angry|snappy|short|impatient|cross|mad|frustrated|irritable|grumpy|sharp|harsh|critical|nasty|mean|rude|hostile)\s+(?:with|at|towards|toward|to)\s+me\b`,
    V`\b(?:snaps|snapped|snapping|yells|yelled|shouts|shouted|screams|screamed|barks|barked|lashes\s+out|lashed\s+out|takes\s+it\s+out)\s+(?:at|on)\s+me\b`,
    V`\b(?:nitpick\w*|finds\s+fault\s+with)\s+(?:me|everything)\b|\bcriticis\w*\s+(?:me|everything\s+I\s+do)\b|\bcriticiz\w*\s+(?:me|everything\s+I\s+do)\b`,
  ]),
  e('partner.irritated-with-you', 'any', [
    V`\b(?:everything|anything|whatever)\s+I\s+(?:do|say)\s+(?:seems\s+to\s+)?(?:annoys?|irritates?|bothers?|upsets?|gets?\s+on\s+(?:his|her|their)\s+nerves)\b`,
  ]),
  // ── settling ──
  e('self.misses-early-intensity', 'any', [
    V`\bI\s+miss\s+(?:the|that|our)\s+(?:spark|butterflies|excitement|honeymoon\s+(?:phase|period)|passion|early\s+days|beginning|first\s+(?:few\s+)?(?:months|year)|chemistry|fire|newness|magic|thrill|intensity|romance)\b`,
    V`\b(?:the|our)\s+(?:spark|passion|excitement|butterflies|magic|honeymoon\s+(?:phase|period)|newness|romance|fire|chemistry)\s+(?:has\s+|is\s+|seems\s+)?(?:gone|faded|died|worn\s+off|wore\s+off|fizzled|over|ended)\b|\bnot\s+(?:as|so)\s+(?:exciting|intense|passionate)\s+(?:as|anymore)\b`,
  ]),
  e('self.misses-more-than-excitement', 'any', [
    V`\b(?:it's|it\s+is|this\s+is)\s+not\s+(?:just|only|about)\s+(?:the\s+)?(?:excitement|spark|butterflies|passion)\b`,
    V`\bI\s+(?:just\s+)?miss\s+(?:feeling\s+(?:loved|seen|wanted|cared\s+for|important|close)|being\s+(?:loved|seen|wanted|heard)|(?:our\s+)?connection|kindness|feeling\s+like\s+a\s+priority|my\s+best\s+friend)\b`,
  ]),
  e('relationship.comfortable-routine', 'any', [
    V`\b(?:comfortable|cosy|cozy|settled|predictable|familiar|steady)\s+(?:routine|rhythm|pattern)\b|\b(?:settled|fallen|slipped)\s+into\s+(?:a\s+)?(?:routine|rhythm|pattern|habit)\b`,
    V`\b(?:same|usual)\s+routine\s+every\s+(?:day|night|week|weekend)\b|\b(?:comfortable|settled|stable|calm|steady)\b[^.]{0,25}\b(?:just|but)\s+(?:less|not\s+as|no\s+longer)\s+(?:exciting|passionate|intense|romantic|spontaneous)\b`,
  ]),
  e('partner.still-kind-day-to-day', 'partner', [
    V`\b(?:still|always)\s+(?:kind|considerate|thoughtful|sweet|caring|lovely|nice|helpful|supportive|polite|makes\s+me\s+(?:coffee|tea|breakfast|dinner|lunch)|does\s+(?:the|his|her|their)\s+(?:dishes|chores|share)|brings\s+me|looks\s+after\s+me|remembers)\b`,
    V`\b(?:kind|considerate|thoughtful|caring|helpful)\s+in\s+(?:everyday|day[-\s]to[-\s]day|little|small|daily)\s+(?:ways|things|life)\b`,
  ]),
  e('partner.less-considerate', 'partner', [
    V`\b(?:forgot|forgets|forgetting|missed)\s+(?:my\s+birthday|our\s+anniversary|our\s+plans|valentine's|date\s+night)\b|\b(?:inconsiderate|thoughtless|takes\s+me\s+for\s+granted|took\s+me\s+for\s+granted)\b`,
    V`\b${NO}\s+(?:even\s+)?(?:helps?|does|bothers?)\s+(?:with\s+)?(?:the\s+)?(?:chores|dishes|housework|anything\s+around\s+the\s+house|to\s+text|to\s+call|to\s+tell\s+me)\b${ANYMORE}`,
  ]),
  // ── disengaging ──
  e('partner.still-makes-future-plans', 'partner', [
    V`\bstill\s+(?:talks?|plans?|makes\s+plans|mentions?|excited)\s+(?:about\s+)?(?:the\s+future|our\s+future|holidays|trips|next\s+year|moving\s+in|getting\s+married|marriage|kids|buying\s+a\s+house|our\s+wedding|the\s+wedding|retirement|growing\s+old|summer|plans)\b`,
    V`\b(?:still\s+)?(?:planning|saving\s+for|booked|booking|looking\s+at)\s+(?:a\s+|our\s+|the\s+)?(?:holiday|trip|wedding|house|flat|honeymoon|vacation)\s+(?:together|for\s+us|for\s+next)\b|\b(?:talks|talked|talking)\s+about\s+(?:our|us)\s+(?:future|plans|wedding|next\s+steps)\b`,
  ]),
  e('partner.still-makes-future-plans', 'any', [
    V`\b(?:making|makes|made)\s+plans\s+for\s+(?:the\s+summer|next\s+year|us|our\s+\w+|the\s+future|the\s+holidays|the\s+two\s+of\s+us)\b`,
  ]),
  e('partner.future-talk-stopped', 'any', [
    V`\b${NO}\s+(?:even\s+)?(?:talks?|talking|mentions?|mentioning|plans?|planning|brings?\s+up|discuss(?:es)?)\s+(?:about\s+)?(?:the\s+future|our\s+future|future\s+plans|plans|holidays|trips|next\s+year|moving\s+in|getting\s+married|marriage|kids|buying\s+a\s+house|the\s+wedding|our\s+wedding)\b`,
    V`\b(?:used\s+to|would)\s+(?:talk|plan|dream)\s+about\s+(?:the\s+future|our\s+future|kids|marriage|moving\s+in|getting\s+married|travelling|traveling|our\s+wedding|a\s+house)\b[^.]{0,40}\b(?:now|but|anymore|any\s+more|stopped|nothing)\b`,
    V`\b(?:no|not\s+any|zero)\s+(?:more\s+)?(?:talk|mention|plans)\s+(?:of|about)\s+(?:the\s+future|our\s+future|marriage|kids|moving\s+in|us)\b|\b(?:talk\s+of\s+the\s+future|future\s+plans)\s+(?:just\s+)?(?:stopped|disappeared|vanished|dried\s+up)\b`,
  ]),
  e('partner.more-secretive', 'partner', [
    V`\b(?:secretive|guarded|cagey|evasive|protective)\s+(?:about|with|of)\s+(?:his|her|their)\s+(?:phone|password|passcode|screen|messages|texts|laptop|whereabouts|plans|schedule)\b|\b(?:changed|changes|locks|locked)\s+(?:his|her|their)\s+(?:phone\s+)?(?:password|passcode|pin|phone)\b`,
    V`\bphone\s+(?:face[-\s]down|always\s+with\s+(?:him|her|them))\b|\b(?:takes|took|taking)\s+(?:his|her|their)\s+phone\s+(?:everywhere|to\s+the\s+(?:bathroom|toilet|loo|shower))\b|\b(?:deletes|deleted|deleting)\s+(?:his|her|their)?\s*(?:messages|texts|history|chats)\b`,
    V`\b(?:won't|doesn't|will\s+not|does\s+not)\s+(?:tell\s+me|say)\s+(?:where\s+(?:he|she|they)\s+(?:goes|went|was|is|has\s+been)|who\s+(?:he|she|they)\s+(?:was|is)\s+with|what\s+(?:he|she|they)\s+(?:was|is)\s+doing)\b|\b(?:vague|lies|lied|lying)\s+about\s+(?:where|who|what)\b|\bsecretive\b`,
  ]),
  e('partner.mentions-someone-new', 'partner', [
    V`\b(?:keeps|always|constantly)\s+(?:mentioning|talking\s+about|texting|messaging)\s+(?:a\s+|this\s+|his\s+|her\s+|their\s+)?(?:new\s+)?(?:colleague|coworker|co-worker|friend|girl|guy|woman|man|someone|person|workmate|teammate|trainer)\b`,
    V`\b(?:texts|texting|messaging|chats|chatting)\s+(?:with\s+)?(?:someone|a\s+colleague|a\s+coworker|a\s+woman|a\s+man|another\s+(?:woman|man|girl|guy))?\s*(?:late\s+at\s+night|all\s+night|constantly|until\s+late)\b|\bsomeone\s+(?:else|new)\b|\b(?:spends|spending)\s+(?:a\s+lot\s+of\s+)?time\s+with\s+(?:a|this|his|her|their)\s+new\s+(?:colleague|coworker|friend|workmate)\b`,
  ]),
  e('partner.indifferent-to-problems', 'partner', [
    V`\b(?:doesn't|does\s+not|no\s+longer|stopped)\s+(?:seem\s+to\s+)?(?:care|bother|seem\s+bothered|want\s+to\s+(?:fix|work\s+on|talk\s+about|discuss))\s+(?:about\s+(?:it|us|the\s+relationship|our\s+problems|what's\s+happening|anything|that)|any\s?more|either\s+way|whether|at\s+all)\b`,
    V`\b(?:shrugs|shrugged)\s+(?:it\s+)?off\b|\b(?:says|said)\s+(?:"|')?(?:whatever|I\s+don't\s+care|it\s+is\s+what\s+it\s+is)\b|\b(?:indifferent|apathetic|couldn't\s+care\s+less|given\s+up\s+on\s+us|gave\s+up\s+on\s+us|not\s+invested|zero\s+effort|no\s+effort|stopped\s+trying|isn't\s+trying|doesn't\s+try)\b`,
  ]),
  e('partner.talked-about-break', 'partner', [
    V`\b(?:needs?|needed|wants?|wanted|asked\s+for|talked\s+about|talking\s+about|mentioned|suggested|said\s+(?:he|she|they)\s+(?:needs?|needed|wants?|wanted))\s+(?:some\s+|a\s+)?(?:space|a\s+break|time\s+(?:apart|off|to\s+think|alone|on\s+(?:his|her|their)\s+own)|a\s+breather|to\s+take\s+a\s+break|to\s+think\s+(?:about|things)|to\s+be\s+alone|a\s+pause|distance)\b`,
    V`\b(?:not\s+sure|unsure|doesn't\s+know|didn't\s+know|confused\s+about)\s+(?:if|whether|what)\s+(?:he|she|they)\s+(?:wants?|wanted)\s+(?:this|us|the\s+relationship|to\s+be\s+with\s+me|to\s+stay|a\s+relationship)\b`,
    V`\b(?:talked|talks|mentioned|said\s+something|brought\s+up)\s+(?:about\s+)?(?:breaking\s+up|leaving|separating|divorce|splitting\s+up|ending\s+(?:it|things))\b|\b(?:said|says)\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are)?\s*(?:not|isn't|aren't|no\s+longer)\s+(?:happy|in\s+love|sure\s+about\s+us|sure)\b`,
  ]),
  e('partner.plans-without-you', 'partner', [
    V`\b(?:makes|made|making|books|booked|booking|plans|planned|planning|decides|decided|deciding|organi[sz]es|organi[sz]ed)\s+(?:plans|decisions|trips|holidays|a\s+trip|a\s+holiday|weekends|things|arrangements)?(?:\s+with\s+(?:\w+\s+)?\w+)?\s*(?:without\s+(?:asking|telling|consulting|including|checking\s+with)?\s*(?:me|us))\b`,
    V`\b(?:doesn't|does\s+not|didn't|never)\s+(?:ask|include|invite|consult|tell|check\s+with)\s+me\s+(?:before|about|in|when)\s+(?:making\s+)?(?:plans|decisions|anything|booking)\b`,
  ]),
  e('partner.plans-without-you', 'any', [
    V`\b(?:find|found|hear|heard)\s+out\s+(?:about\s+)?(?:his|her|their)\s+plans\s+(?:from|after|on|through|once)\b`,
  ]),
  // ── the user's own state ──
  e('self.wellbeing-low', 'self', [
    V`\b(?:I'm|I\s+am|I've\s+been|I\s+have\s+been|I\s+feel|I\s+felt|I've\s+felt|I\s+have\s+felt|I\s+feel\s+so)\s+(?:so\s+|really\s+|very\s+|pretty\s+|quite\s+|a\s+bit\s+|kind\s+of\s+|completely\s+|totally\s+|just\s+)?(?:low|down|depressed|anxious|miserable|sad|unhappy|exhausted|drained|lost|empty|hopeless|broken|heartbroken|devastated|numb|overwhelmed|worn\s+out|burnt\s+out|burned\s+out|a\s+mess|a\s+wreck|not\s+myself|not\s+okay|not\s+ok|terrible|awful|horrible|crap|rubbish|awful)\b`,
    V`\bI\s+(?:cry|cried|am\s+crying|'m\s+crying|have\s+been\s+crying|'ve\s+been\s+crying)\s+(?:every\s+day|all\s+the\s+time|myself\s+to\s+sleep|a\s+lot|constantly|at\s+night|every\s+night)\b|\bI\s+(?:can't|cannot|haven't\s+been\s+able\s+to|couldn't|barely)\s+(?:sleep|eat|focus|concentrate|function)\b`,
    V`\bmy\s+(?:anxiety|depression|mental\s+health)\s+(?:is|has\s+been|'s\s+been)\s+(?:bad|terrible|awful|through\s+the\s+roof|worse|really\s+bad)\b`,
  ]),
  e('self.wellbeing-low', 'any', [
    V`\bI(?:'m|\s+am)\s+not\s+(?:sleeping|eating)(?:\s+well)?\b|\bI(?:'ve|\s+have)\s+(?:lost|stopped)\s+(?:sleeping|eating|weight)\b`,
  ]),
  e('self.lonely-together', 'self', [
    V`\b(?:feel|feeling|felt|I'm|I\s+am|so)\s+(?:so\s+|really\s+|very\s+|incredibly\s+)?(?:lonely|alone|invisible|unseen|unwanted|ignored|unloved|neglected)\b`,
  ]),
  e('self.own-commitment-wavering', 'any', [
    V`\bI(?:'m|\s+am|\s+have\s+been|'ve\s+been)\s+(?:not\s+sure|unsure|starting\s+to\s+wonder|wondering|questioning|doubting|asking\s+myself)\s+(?:if|whether)?\s*(?:I\s+(?:want|still\s+want|can|should)|this\s+is\s+(?:worth|right|what\s+I\s+want)|we\s+(?:should|can|are\s+meant)|the\s+relationship|us|my\s+feelings|I\s+love)\b`,
    V`\b(?:part\s+of\s+me|sometimes\s+I|I\s+sometimes|I've\s+thought\s+about|I\s+have\s+thought\s+about|I'm\s+thinking\s+about|I've\s+been\s+thinking\s+about)\s+(?:wants\s+to\s+)?(?:leave|leaving|breaking\s+up|ending\s+it|ending\s+things|walking\s+away|moving\s+out|divorce|separating|giving\s+up)\b`,
    V`\bI(?:'m|\s+am)\s+(?:tired|sick)\s+of\s+(?:trying|being\s+the\s+only\s+one|fighting\s+for|waiting)\b|\b(?:don't|do\s+not)\s+know\s+(?:if|whether)\s+I\s+(?:want|can|still\s+love|love)\b`,
  ]),
  // ── context without a preceding "since/after" ──
  e('context.no-event', 'any', [
    V`(?<!like\s)(?<!if\s)\bnothing\s+(?:in\s+particular\s+|really\s+|specific\s+|big\s+|obvious\s+)?(?:happened|changed)\b|\bno\s+(?:obvious|clear|particular|specific|apparent)?\s*reason\b|\bfor\s+no\s+reason\b|\bcan't\s+(?:think\s+of|point\s+to)\s+anything\s+(?:that\s+)?(?:happened|changed|triggered)\b`,
  ]),
  e('context.social-pressure', 'any', [
    V`\b(?:his|her|their)\s+(?:family|parents|mum|mom|dad|friends|religion|community|culture|church)\s+(?:doesn't|don't|disapproves?|don't\s+approve|doesn't\s+approve|don't\s+like|doesn't\s+like|hates?|is\s+against|are\s+against|pressures?|are\s+pressuring|is\s+pressuring|are\s+on\s+at|keeps?\s+telling)\b`,
    V`\b(?:pressure|disapproval)\s+from\s+(?:his|her|their)\s+(?:family|parents|friends|community|church|mum|mom|dad)\b`,
  ]),
  // ── broader phrasings (added after the held-out check; see docs/text-analysis.md) ──
  e('partner.sleep-energy-changes', 'partner', [
    V`\b(?:barely|hardly|doesn't|does\s+not)\s+eats?\b|\b(?:stays?|staying|lies|lying)\s+in\s+bed\b|\bin\s+bed\s+(?:most\s+of\s+the\s+day|all\s+day|until\s+\w+)\b|\blies\s+awake\b`,
  ]),
  e('partner.withdrawn-from-everyone', 'partner', [
    V`\b(?:doesn't|does\s+not|won't|never)\s+(?:leave|go\s+out\s+of)\s+the\s+(?:house|flat|apartment)\b`,
  ]),
  e('partner.lost-interest-in-enjoyed-things', 'partner', [
    V`\bstopped\s+(?:playing|painting|running|going\s+to\s+\w+|cooking|reading|gaming|climbing|cycling|singing|drawing|writing|swimming|training|dancing)\b`,
  ]),
  e('partner.self-critical-hopeless', 'partner', [
    V`\bfeels?\s+(?:like\s+)?(?:a\s+)?(?:failure|useless|worthless|burden|loser)\b|\b(?:says|said|feels)\s+(?:that\s+)?nothing\s+matters\b`,
  ]),
  e('partner.hard-to-name-feelings', 'any', [
    V`\b(?:never|rarely)\s+(?:once\s+)?(?:heard|hear)\s+(?:him|her|them)\s+(?:say|talk\s+about)\s+(?:how|what)\s+(?:he|she|they)\s+(?:feels?|felt)\b`,
  ]),
  e('partner.misses-emotional-cues', 'partner', [
    V`\b(?:doesn't|does\s+not|didn't)\s+(?:even\s+)?(?:seem\s+to\s+)?(?:register|notice|react\s+to)\s+(?:it|that|when|how)\b`,
  ]),
  e('partner.deflects-deep-talk', 'any', [
    V`\b(?:deep|serious|real|proper|meaningful)\s+(?:conversation|talk)s?\b[^.!?]{0,20}\b(?:gets|get|is\s+met\s+with|ends?\s+(?:in|with))\s+(?:a\s+)?(?:joke|laugh|shrug|silence)\b`,
  ]),
  e('partner.hot-and-cold', 'any', [
    V`\b(?:some|one)\s+(?:days?|weeks?)\b[^.!?]{0,80}\b(?:other|next)\s+(?:days?|weeks?)\b`,
  ]),
  e('partner.indifferent-to-problems', 'partner', [
    V`\b(?:just|simply|really)\s+(?:doesn't|does\s+not)\s+care\b|\b(?:doesn't|does\s+not)\s+(?:even\s+)?(?:argue|fight)\s+any\s?more\b`,
  ]),
  e('partner.plans-without-you', 'partner', [
    V`\bwithout\s+(?:discussing|talking\s+about|mentioning|asking|telling|consulting)\s+(?:it\s+)?(?:with\s+|to\s+)?me\b`,
  ]),
  e('partner.more-secretive', 'partner', [V`\bguards?\s+(?:his|her|their)\s+phone\b`]),
  e('partner.mentions-someone-new', 'any', [
    V`\bwith\s+(?:a|this|some)\s+(?:new\s+)?(?:woman|man|girl|guy|colleague|coworker|co-worker)\s+from\s+(?:work|the\s+office|the\s+gym|class)\b`,
  ]),
  e('partner.future-talk-stopped', 'any', [
    V`\b(?:wedding|future|house|baby|holiday)\s+(?:plans|talk)\s+(?:have|has)\s+(?:\w+\s+)?(?:stopped|gone\s+quiet|dried\s+up|disappeared|stalled)\b`,
  ]),
  e('self.pursue-more-when-they-withdraw', 'any', [
    V`\bI\s+(?:message|text|call)\s+(?:him|her|them)\b[^.!?]{0,50}\bthen\s+I\s+(?:message|text|call)\s+(?:again|more)\b`,
  ]),
  e('partner.returns-after-space', 'any', [
    V`\bwhen\s+I\s+(?:leave|left)\s+(?:it|things)\s+(?:for\s+a\s+(?:day|while|bit|few\s+days))?\b[^.!?]{0,30}\b(?:comes\s+round|comes\s+back|reaches\s+out|texts\s+me|warms\s+up)\b`,
  ]),
  e('partner.shuts-down-when-pressed', 'any', [
    V`\b${WHEN}\s+I\s+(?:try\s+to\s+)?(?:sort\s+(?:things|it)\s+out|fix\s+(?:things|it)|discuss\s+(?:it|things|us))\b[^.!?]{0,40}\b(?:goes\s+(?:silent|quiet)|leaves|walks\s+(?:away|out)|shuts\s+down)\b`,
  ]),
  e('self.raise-complaints-often', 'any', [
    V`\bI\s+(?:\w+\s+)?(?:criticise|criticize|complain|nag)\s+(?:a\s+lot|too\s+much|all\s+the\s+time|constantly)\b`,
  ]),
  e('self.worried-about-relationship', 'any', [
    V`\bI(?:'m|\s+am)\s+(?:so\s+|really\s+)?(?:anxious|worried|scared|afraid)\s+(?:that\s+)?(?:he|she|they|{P})(?:'ll|\s+will|\s+might)\s+(?:walk\s+out|leave)\b`,
  ]),
  e('self.misses-early-intensity', 'any', [
    V`\b(?:the\s+)?(?:fireworks|sparks?|butterflies)\s+(?:have|has)\s+(?:gone|faded|died|worn\s+off)\b|\bI\s+(?:\w+\s+)?miss\s+(?:how|when)\s+(?:\w+\s+){0,3}(?:we\s+were|it\s+was)\b[^.!?]{0,30}\b(?:beginning|start|first)\b`,
  ]),
  e('relationship.comfortable-routine', 'any', [
    V`\b(?:our|little|cosy|cozy)\s+rituals\b|\bnow\s+it's\s+(?:calm|comfortable|settled|easy)\b`,
  ]),
  e('partner.still-makes-future-plans', 'any', [
    V`\bsaving\s+(?:up\s+)?for\s+(?:a|our|the)\s+(?:house|flat|wedding|trip|holiday|home)\b`,
  ]),
  e('partner.responds-to-small-bids', 'partner', [V`\b(?:still\s+)?reaches\s+for\s+my\s+hand\b`]),
  e('partner.asked-for-time', 'partner', [
    V`\b(?:kept|keeps|was|has\s+been)\s+asking\s+(?:if|whether|for|me\s+to)\b[^.!?]{0,50}\b(?:time|evening|night|weekend|date)\b`,
  ]),
  e('partner.voiced-needs-before', 'partner', [
    V`\b(?:kept|keeps|was|has\s+been)\s+asking\s+(?:if|whether|for|me\s+to)\b`,
  ]),
  e('partner.says-not-heard', 'partner', [
    V`\b(?:felt|feels|feeling)\s+(?:so\s+)?(?:invisible|unseen|unappreciated|ignored|taken\s+for\s+granted|unheard)\b`,
  ]),
  e('partner.defensive', 'partner', [
    V`\b(?:thinks|is\s+sure|sure|convinced)\s+(?:that\s+)?I(?:'m|\s+am)\s+(?:criticising|criticizing|attacking|judging|blaming)\b`,
  ]),
  e('partner.brings-up-old-grievances', 'partner', [
    V`\bbrings?\s+up\s+my\s+(?:mistakes|past|failures)\b`,
  ]),
  e('relationship.both-keep-quiet', 'any', [
    V`\b(?:gone|go|went|stay|stayed|keep)\s+quiet\s+to\s+keep\s+the\s+peace\b|\bto\s+keep\s+the\s+peace\b`,
  ]),
  e('relationship.unspoken-resentment', 'any', [V`\b(?:so\s+much\s+)?(?:left\s+)?unsaid\b`]),
  e('relationship.same-argument-repeats', 'any', [
    V`\b(?:circle|circling|have|having|repeat|repeating|keep\s+having)\s+the\s+same\s+(?:argument|fight|row|conversation)\b`,
  ]),
  e('partner.turns-away-from-bids', 'partner', [
    V`\bflinch(?:es|ed)?\s+(?:when|whenever|if)\s+I\s+(?:touch|hug|kiss|hold|reach)\b`,
  ]),
  e('partner.remarks-on-appearance', 'partner', [
    V`\b(?:remarks|comments|jokes)\s+about\s+(?:what\s+I\s+(?:eat|wear)|how\s+I\s+look|my\s+\w+)\b`,
  ]),
  e('relationship.feels-like-flatmates', 'any', [
    V`\b(?:living|live|lives)\s+with\s+(?:a\s+)?(?:\w+\s+)?(?:stranger|flatmate|roommate|housemate)\b`,
  ]),
  e('partner.irritated-with-you', 'partner', [
    V`\b(?:seems?|gets?|is)\s+(?:so\s+|really\s+)?(?:irritated|annoyed|impatient|angry)\s+(?:whenever|when|every\s+time|if)\s+I\b`,
  ]),
  // ── broader phrasings, added after the blind third set's first run: the shapes people use
  // for the signals a description most often carries, not the set's own sentences ──
  e('partner.pulls-back-after-closeness', 'any', [
    V`\b(?:good|close|closer|deep|serious|intimate|perfect|tender|best|special|lovely)\b[^.!?]{0,60}\b(?:vanish\w*|disappear\w*|go(?:es)?\s+(?:cold|quiet|silent|distant|awol|missing)|went\s+(?:cold|quiet|silent|distant)|sends?\s+(?:him|her|them)\s+running|runs?\s+(?:from|away)|bolt(?:s|ed)|retreat\w*|pull(?:s|ed)?\s+(?:back|away)|backs?\s+off|didn't\s+(?:reply|answer|text|want\s+to\s+see)|dodg\w*|irritable\s+the\s+next\s+day)\b`,
    V`\bevery\s+step\s+(?:closer|forward)\b[^.!?]{0,20}\b(?:steps?\s+back|backwards)\b|\bthe\s+closeness\s+itself\b|\bthe\s+(?:minute|moment|second)\s+(?:it|things)\s+(?:got|get|gets)\s+(?:serious|close|real)\b`,
  ]),
  e('context.event-closer-step', 'any', [
    V`\b(?:said|say|saying|told\s+(?:him|her|them))\s+(?:I\s+love\s+you|the\s+big\s+(?:words|three|one)|the\s+l[-\s]word|love\s+you)\b`,
    V`\b(?:moving|move|moved|live|living)\s+(?:in\s+)?together\b|\bmov(?:e|ing)\s+(?:in\s+with|to\s+(?:his|her|their)\s+(?:city|town|country|place))\b`,
    V`\b(?:meet|meeting)\s+my\s+(?:parents|family|mum|mom|dad|friends)\b|\ba\s+key\s+to\s+my\s+(?:flat|place|house|apartment)\b|\b(?:getting|get)\s+(?:a\s+(?:dog|place|flat|house)|engaged|married)\s+(?:together)?\b|\bthe\s+more\s+serious\s+we\s+(?:get|got)\b`,
  ]),
  e('partner.doubts-being-good-enough', 'any', [
    V`\b(?:{P}|he|she|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+not\s+(?:good|worthy)\s+enough\b|\b(?:deserves?|deserved)\s+(?:me|a\s+second\s+chance|to\s+be\s+loved|someone\s+like\s+me|love)\b`,
    V`\b(?:ruin|ruins|wreck|wrecks)\s+everything\b|\bthe\s+kind\s+of\s+person\s+(?:people|anyone|nobody)\s+(?:stay|stays|love|loves)\s+with\b|\bwhen\s+I\s+see\s+the\s+real\s+(?:her|him|them)\b|\b(?:realise|realize|find\s+out|see)\s+(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+not\s+(?:that\s+)?(?:great|good|special|enough)\b|\bwaiting\s+for\s+me\s+to\s+(?:get\s+bored|leave|lose\s+interest)\b`,
  ]),
  e('partner.values-independence-strongly', 'any', [
    V`\b(?:never|not)\s+(?:having\s+)?need(?:ed|ing)?\s+(?:anybody|anyone|someone|people)\b|\bnot\s+built\s+for\s+needing\b|\b(?:misses|missed)\s+being\s+(?:on\s+(?:his|her|their)\s+own|single|alone)\b`,
    V`\b(?:likes|loves|needs|wants)\s+(?:(?:her|his|their)\s+own\s+(?:flat|place|space|routines?|life)|knowing\s+(?:she|he|they)\s+can\s+(?:always\s+)?(?:just\s+)?leave)\b|\b(?:deal|deals|handle|handles)\s+with\s+(?:things|it|everything)\s+on\s+my\s+own\b|\b(?:fine|better)\s+by\s+(?:herself|himself|themselves)\b`,
  ]),
  e('partner.uneasy-when-relied-on', 'any', [
    V`\b(?:won't|doesn't|can't|will\s+not|never)\s+(?:let\s+(?:anyone|me|anybody)\s+help|lean\s+on\s+(?:me|anyone))\b|\bhates?\s+asking\s+for\s+help\b`,
  ]),
  e('partner.needs-space-when-you-are-upset', 'any', [
    V`\b(?:when|whenever)\s+I(?:'m|\s+am)\s+(?:upset|sad|struggling|down|crying)\b[^.!?]{0,50}\b(?:needs?|wants?)\s+["']?space\b`,
    V`\bwhen\s+I\s+(?:had|have|got)\s+a\s+(?:health\s+scare|bad\s+(?:day|week|time)|crisis)\b[^.!?]{0,40}\b(?:went|goes|left|leaves)\b`,
  ]),
  e('partner.same-pattern-past-relationships', 'any', [
    V`\b(?:same|exactly\s+like\s+this|like\s+this|the\s+same\s+thing)\s+(?:happened\s+)?with\s+(?:her|his|their)\s+(?:ex|exes|last\s+(?:partner|girlfriend|boyfriend|relationship))\b|\bevery\s+relationship\s+(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+had\b|\ball\s+(?:his|her|their)\s+exes\b`,
  ]),
  e('partner.idealises-past', 'any', [
    V`\blife\s+was\s+simpler\s+before\b|\b(?:misses|missed)\s+(?:being\s+single|(?:his|her|their)\s+(?:old|single)\s+life)\b`,
  ]),
  e('partner.hard-to-name-feelings', 'any', [
    V`\b(?:not\s+once|never)\s+(?:heard|seen)\s+(?:her|him|them)\s+(?:say|talk\s+about|name|show)\s+(?:what|how)\s+(?:she|he|they)\s+feels?\b|\boffers\s+(?:a\s+)?solutions?\s+(?:instead|when\s+I)\b`,
  ]),
  e('relationship.always-been-this-way', 'any', [
    V`\bthought\s+it\s+would\s+change\s+with\s+time\b`,
  ]),
  e('self.misses-early-intensity', 'any', [
    V`\b(?:miss|missing)\s+(?:the\s+)?(?:butterflies|spark|excitement|early\s+days|honeymoon|romance|how\s+it\s+(?:was|used\s+to\s+be))\b|\bnot\s+(?:so|as)\s+romantic\s+(?:like|as)\s+(?:before|at\s+the\s+start)\b|\b(?:first|early)\s+(?:six|few|\w+)\s+months\b[^.!?]{0,40}\blike\s+a\s+(?:movie|film|dream|fairy\s*tale)\b`,
  ]),
  e('relationship.comfortable-routine', 'any', [
    V`\b(?:happy|content)\s+(?:with\s+a\s+)?(?:night\s+in|quiet\s+night|staying\s+in)\b|\b(?:we\s+)?(?:cook|watch\s+(?:series|tv|films)|stay\s+in)\b[^.!?]{0,30}\b(?:more\s+quiet|quieter|routine|comfortable)\b`,
  ]),
  e('partner.still-kind-day-to-day', 'any', [
    V`\b(?:he|she|they|{P})\s+(?:is|'s|are|'re)\s+(?:still\s+)?(?:kind|gentle|sweet|caring)\b|\bstill\s+says\s+(?:I\s+)?love\s+you\b|\bwe\s+still\s+cuddle\b`,
  ]),
  e('partner.still-makes-future-plans', 'any', [
    V`\b(?:speaks|talks)\s+about\s+our\s+future\b|\bsaving\s+for\s+a\s+(?:deposit|house|wedding|flat)\s+together\b`,
  ]),
  e('partner.future-talk-stopped', 'any', [
    V`\b(?:stopped|stops)\s+(?:mentioning|talking\s+about|planning)\s+(?:the|our)\s+(?:move|wedding|future|plans?|trip|holiday|house|baby)\b|\b(?:doesn't|does\s+not)\s+know\s+what\s+(?:he|she|they)\s+wants?\b|\bhalfway\s+out\s+the\s+door\b`,
  ]),
  e('partner.plans-without-you', 'any', [
    V`\bon\s+(?:my|his|her|their)\s+own\s+this\s+(?:year|time|christmas)\b|\b(?:didn't|did\s+not)\s+come\s+to\s+my\s+(?:work\s+)?(?:dinner|party|birthday|event)\b`,
  ]),
  e('partner.less-curious-about-you', 'any', [
    V`\b(?:used\s+to\s+want\s+to\s+know\s+everything|doesn't\s+ask)\s+about\s+my\s+day\b|\bused\s+to\s+want\s+to\s+know\s+everything\b`,
  ]),
  e('partner.energised-by-new-goal', 'any', [
    V`\b(?:glowing|fired\s+up|buzzing|lit\s+up|so\s+excited)\b[^.!?]{0,30}\b(?:about|with)\s+(?:it|the|his|her|their)\b|\btalks\s+and\s+talks\s+about\b|\b(?:he|she|they)\s+is\s+glowing\b`,
  ]),
  e('context.new-start-career', 'any', [
    V`\b(?:started|starting|opened|launched|set\s+up)\s+(?:a|his|her|their)\s+(?:small\s+|new\s+|own\s+)?(?:business|brewery|company|shop|restaurant|cafe|start-?up|practice|firm|band)\b`,
  ]),
  e('relationship.topics-off-limits', 'any', [
    V`\b(?:so\s+now\s+)?we\s+(?:just\s+)?(?:don't|do\s+not|never)\s+bring\s+(?:things|anything|stuff)\s+up\b|\b(?:stuff|things|topics)\s+we\s+(?:don't|do\s+not|never|can't)\s+talk\s+about\b|\bso\s+much\s+we\s+haven't\s+said\b`,
  ]),
  e('partner.defensive', 'any', [
    V`\b(?:both\s+of\s+us|we\s+both)\s+get\s+defensive\b|\bcan't\s+talk\s+without\s+it\s+turning\s+into\s+(?:a\s+)?(?:fight|row|argument)\b`,
  ]),
  e('relationship.both-keep-quiet', 'any', [
    V`\bwe\s+both\s+(?:just\s+)?(?:go\s+quiet|keep\s+quiet|say\s+nothing|scroll)\b|\bwe've\s+both\s+(?:kind\s+of\s+)?given\s+up\s+on\s+talking\b`,
  ]),
];
