/**
 * The clause frames for the knowledge base's text signals, written as grammar over concept
 * fields (./concepts.ts) rather than as the sentences of any corpus. They cover first the
 * signals that weigh most for each cause (see signals.json), in the many ways the same thing
 * is said: "she flinches when I touch her", "he pulls away if I reach for him", "when I try to
 * hug him he stiffens" are one frame each way round.
 *
 * Spec syntax (see ./frames.ts): `@field`, `a|b` literal words, `x+y` a literal phrase, `<P>`
 * the partner, `<I>` the user, `~N` up to N words before the next part, `!` the key part whose
 * clause gives the actor and the negation.
 */
import type { Frame, FramePolarity } from './frames.js';
import type { LexiconActor } from './lexicon.js';

const fr = (
  id: string,
  who: LexiconActor,
  pol: FramePolarity,
  spec: string,
  change = false,
): Frame => ({ id, who, pol, spec, ...(change ? { change } : {}) });

/** A frame for how things still are: set aside after "used to", "stopped", "no longer". */
const still = (id: string, who: LexiconActor, spec: string): Frame => ({
  id,
  who,
  pol: 'plain',
  spec,
  now: true,
});

export const FRAMES: readonly Frame[] = [
  // ── fear of intimacy ──
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    '@closeAdj ~2 @closeNoun ~20 next|after|then|afterwards|following|morning|monday ~6 !@coldTurn',
  ),
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    '@openUp ~20 next|then|after|afterwards|following ~6 !@coldTurn',
  ),
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    'after|whenever|every+time|when|once ~1 we ~3 get|got|feel|felt|are|were ~2 close|closer|intimate|serious ~12 !@coldTurn',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'meet|met|meeting ~1 my|his|her|their ~1 parents|family|mum|mom|dad|friends|kids',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'introduced|introduce|introduces ~1 me ~1 to ~1 his|her|their ~1 parents|family|mum|mom|dad|friends|kids',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'move+in|moving+in|moved+in|moves+in ~2 together|with+me|with+him|with+her|with+them',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'signed|sign|signing ~1 the|a|our ~1 lease|mortgage|tenancy',
  ),
  fr(
    'partner.doubts-being-good-enough',
    'partner',
    'plain',
    "say|says|said|told|think|thinks|believe|believes|convinced|keeps+saying|expects ~6 <I> ~1 will|'ll|would|'d|going+to|am+going+to ~2 @bored",
  ),
  fr(
    'partner.doubts-being-good-enough',
    'partner',
    'plain',
    'people|everyone|everybody ~2 always ~2 end+up|get|gets|ends+up ~1 disappointed|bored|leaving|hurt',
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    'waiting+for ~2 me ~1 to ~1 leave|realise|realize|get+bored|see|wake+up|lose+interest',
  ),
  fr('partner.fears-losing-freedom', 'partner', 'plain', 'feel|feels|felt|feeling ~3 @trapped'),
  fr(
    'partner.fears-losing-freedom',
    'any',
    'plain',
    'feel|feels|felt|going|moving|happening ~3 too|very|so|really ~1 fast|quick|quickly|soon',
  ),
  fr(
    'partner.fears-losing-freedom',
    'partner',
    'plain',
    "not+ready|isn't+ready|wasn't+ready ~2 for|to",
  ),
  fr('context.stress-legal', 'any', 'plain', 'his|her|their|a|the|<P> ~2 @legal'),
  // ── loss of attraction ──
  fr('partner.less-physical-affection', 'partner', 'neg', '@caress me|my|us|each+other'),
  fr('partner.less-physical-affection', 'couple', 'neg', '@intimacy'),
  fr(
    'partner.less-physical-affection',
    'partner',
    'plain',
    '@recoil ~6 when|whenever|if|as <I> ~3 @caress',
  ),
  fr(
    'partner.less-physical-affection',
    'partner',
    'plain',
    'when|whenever|if <I> ~3 @caress ~6 !@recoil',
  ),
  fr('partner.less-physical-affection', 'partner', 'neg', '@gaze', true),
  fr('partner.less-physical-affection', 'partner', 'neg', '@desire'),
  fr('partner.remarks-on-appearance', 'partner', 'plain', '@remark ~4 my ~2 @body'),
  fr(
    'partner.remarks-on-appearance',
    'partner',
    'plain',
    '@remark ~4 how|what <I> look|dress|eat|wear|age',
  ),
  fr(
    'partner.remarks-on-appearance',
    'partner',
    'plain',
    'say|tell|suggest|hint|ask|imply ~4 <I> ~2 @bodyChange',
  ),
  fr('relationship.fewer-shared-interests', 'couple', 'neg', '@sharedDo ~4 together'),
  fr(
    'relationship.fewer-shared-interests',
    'any',
    'plain',
    'nothing|little ~1 to talk+about|say|do+together',
  ),
  fr(
    'relationship.fewer-shared-interests',
    'any',
    'plain',
    'do|doing ~1 our own|separate thing|things',
  ),
  fr(
    'partner.less-curious-about-you',
    'partner',
    'neg',
    'ask|inquire|wonder|care|check ~2 about|how|what|after ~2 my|me|i',
  ),
  fr(
    'partner.less-curious-about-you',
    'partner',
    'neg',
    'notice|comment+on|mention ~3 my|when+i|if+i ~3 new|haircut|hair|dress|outfit|effort|clothes',
  ),
  fr(
    'partner.less-curious-about-you',
    'partner',
    'plain',
    'zone+out|zones+out|glaze+over|glazes+over|tune+out|tunes+out|switch+off|switches+off|scroll|scrolls ~5 when|while <I> ~2 talk|tell|speak|talking',
  ),
  fr(
    'relationship.feels-like-flatmates',
    'any',
    'plain',
    'like|basically|just|more+like|nothing+more+than ~3 @housemate',
  ),
  fr(
    'relationship.feels-like-flatmates',
    'any',
    'plain',
    'like|just|basically ~2 friends|mates|pals',
  ),
  fr(
    'relationship.feels-like-flatmates',
    'any',
    'plain',
    'share|sharing ~1 a|the flat|house|home ~3 with',
  ),
  fr(
    'partner.distant-even-together',
    'partner',
    'plain',
    'on|glued+to|scroll|scrolling|stare+at|staring+at|buried+in ~2 @phone|screen|laptop|ipad|tablet ~6 when|while|during|at|through|over ~3 we|dinner|meal|date|together|film|out',
  ),
  fr(
    'partner.distant-even-together',
    'any',
    'plain',
    'same+room|next+to+me|beside+me|on+the+sofa ~8 miles+away|elsewhere|somewhere+else|not+there|far+away|a+million+miles',
  ),
  fr(
    'partner.withdrawn-only-from-you',
    'any',
    'plain',
    'with|around ~2 @groupWords ~6 @upbeat ~12 with|around|to|towards me ~4 @flatWithMe',
  ),
  // ── unmet needs ──
  fr('partner.voiced-needs-before', 'partner', 'plain', '!@ask me ~6 @needCue'),
  fr(
    'partner.voiced-needs-before',
    'partner',
    'plain',
    '!@ask ~2 many+times|so+many+times|a+few+times|several+times|for+months|for+ages|for+a+year|again+and+again|over+and+over|more+than+once|repeatedly ~6 @needCue',
  ),
  fr('partner.voiced-needs-before', 'partner', 'plain', 'used+to|kept|keep ~1 !@ask ~6 @needCue'),
  fr('partner.asked-for-time', 'partner', 'plain', '!@ask ~4 @timeTogether'),
  fr('partner.asked-for-support', 'partner', 'plain', '!@ask ~5 @supportWords'),
  fr('partner.asked-for-physical-closeness', 'partner', 'plain', '!@ask ~4 @closeness'),
  fr('partner.asked-to-be-heard', 'partner', 'plain', '!@ask ~4 @beHeard'),
  fr(
    'partner.says-not-heard',
    'partner',
    'plain',
    "say|tell|complain|accuse|shout|cry|feel ~3 <I>|you ~2 never|not|n't|do+not ~2 @notHeard",
  ),
  fr(
    'partner.says-not-heard',
    'partner',
    'plain',
    'feel|felt|say|said|feels|says ~5 came|come|comes|coming ~1 second|last',
  ),
  fr(
    'partner.says-not-heard',
    'partner',
    'plain',
    'feel|felt|feels ~3 like+a+priority|like+an+afterthought|an+afterthought|bottom+of+the+list|last+on+my+list|not+a+priority',
  ),
  fr('partner.stopped-asking', 'partner', 'neg', '@raiseIt', true),
  fr(
    'self.less-available-lately',
    'self',
    'plain',
    'always|constantly|often|usually|mostly ~2 up+late|at+work|at+the+office|away|travelling|traveling|on+my+phone|on+my+laptop|working|studying|busy',
  ),
  fr(
    'self.less-available-lately',
    'self',
    'plain',
    'forgot|neglected|neglecting|ignored|cancelled|canceled|put ~2 to+ask|him|her|them|on+him|on+her|on+them|last',
  ),
  fr(
    'self.less-available-lately',
    'self',
    'plain',
    'kept|keep ~4 working|studying|cancelling|canceling|going+out',
  ),
  fr(
    'self.less-available-lately',
    'any',
    'plain',
    'my ~1 job|work|course|studies|exams|business|career|training|thesis|shifts ~3 @consume ~3 @lifeTime',
  ),
  // ── communication breakdown ──
  fr('relationship.same-argument-repeats', 'any', 'plain', '@quarrel ~4 @loop'),
  fr(
    'relationship.same-argument-repeats',
    'any',
    'plain',
    'every|any|each conversation|talk|discussion|chat ~3 turn+into|turns+into|ends+in|ends+up|becomes|descends+into|escalates ~2 @quarrel',
  ),
  fr(
    'relationship.topics-off-limits',
    'any',
    'plain',
    "stuff|things|topics|subjects|some|certain ~2 we|i ~3 n't|not|never|avoid ~2 @talkAbout",
  ),
  fr('relationship.topics-off-limits', 'couple', 'plain', '@avoidTopic'),
  fr('relationship.topics-off-limits', 'any', 'plain', '@taboo'),
  fr(
    'relationship.topics-off-limits',
    'couple',
    'neg',
    '@talkAbout ~4 money|family|kids|future|sex|house|that|it|certain|some',
    true,
  ),
  fr('partner.defensive', 'partner', 'plain', '@prickly'),
  fr('partner.defensive', 'partner', 'plain', '@hearAs ~4 as|that ~3 @attackWords'),
  fr('partner.brings-up-old-grievances', 'partner', 'plain', '@dredge ~6 @pastWrongs'),
  fr(
    'relationship.unspoken-resentment',
    'any',
    'plain',
    'tension|atmosphere|frost|chill|resentment ~6 neither+of+us|nobody|no+one ~2 name|names|say|says|mention|talk|addresses|address|acknowledge',
  ),
  fr(
    'relationship.unspoken-resentment',
    'any',
    'plain',
    'seething|stewing|simmering|keeping+score|holding+a+grudge',
  ),
  fr(
    'partner.contempt',
    'partner',
    'plain',
    '@sighAt ~4 when|whenever|if|every+time <I> ~2 @speak',
  ),
  fr(
    'partner.contempt',
    'partner',
    'plain',
    'speak|talk|speaks|talks|spoke|talked ~1 to+me ~1 like|as+if ~3 stupid|idiot|child|nothing|dirt|moron|nobody|burden',
  ),
  fr('relationship.both-keep-quiet', 'couple', 'plain', '@silentCouple'),
  fr(
    'relationship.both-keep-quiet',
    'any',
    'plain',
    'neither+of+us|we+both|both+of+us ~3 @silentCouple|say|says|talk|mention',
  ),
  fr('self.kept-own-needs-unsaid', 'self', 'plain', '@keepInside'),
  // ── external stress ──
  fr('partner.tired-preoccupied', 'partner', 'plain', '@worn'),
  fr(
    'partner.tired-preoccupied',
    'partner',
    'plain',
    'no+room|no+space|so+much|a+lot ~1 in+his+head|in+her+head|in+their+head|on+his+mind|on+her+mind|on+their+mind',
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    'extra|more|double|longer|night ~1 shifts|shift|hours|overtime',
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    '@homeLate ~2 after|at|past|around|gone ~1 #|midnight',
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    'stay|stays|stayed|staying ~1 at+the+office|at+work|at+the+shop|at+the+site ~2 late|till|until',
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    'take|takes|took|answer|answers|on ~2 calls|emails|meetings ~5 evening|evenings|night|nights|weekend|weekends|at+home|in+bed|at+dinner',
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    'back+to|straight+to|goes+back+to|glued+to ~1 his|her|their|the ~1 @screen',
  ),
  fr(
    'context.stress-money',
    'any',
    'plain',
    "behind|struggling|drowning|worried|stressed|can't+pay|cannot+pay|can't+afford ~3 @moneyWords",
  ),
  fr(
    'context.stress-money',
    'any',
    'plain',
    '@moneyWords ~2 tight|problems|worries|trouble|stress|issues|crisis',
  ),
  fr(
    'context.stress-work',
    'any',
    'plain',
    'company|firm|office|department|team|business|work ~4 restructured|restructuring|layoffs|redundancies|cuts|merger|takeover|downsizing|closing|struggling|under+threat|at+risk',
  ),
  fr(
    'context.stress-work',
    'any',
    'plain',
    'might|could|may|might+be+about+to|afraid|worried|scared ~3 lose ~1 his|her|their ~1 job|position|role|contract',
  ),
  fr('context.stress-caregiving', 'any', 'plain', "his|her|their ~1 @kin ~1 's ~1 @illness"),
  fr(
    'context.stress-caregiving',
    'any',
    'plain',
    'care|caring|carer|caregiving|looking+after|look+after|looks+after|nursing ~3 his|her|their ~1 @kin',
  ),
  fr(
    'context.stress-caregiving',
    'any',
    'plain',
    'help|helps|helping|drives+to|visits|visit ~4 his|her|their ~1 @kin ~4 care|appointments|hospital',
  ),
  fr('partner.closer-when-pressure-lifts', 'any', 'plain', '@easyTime ~12 @selfAgain'),
  fr(
    'partner.closer-when-pressure-lifts',
    'any',
    'plain',
    '@selfAgain ~10 on|during|when|whenever ~3 @easyTime',
  ),
  fr(
    'partner.closer-when-pressure-lifts',
    'any',
    'plain',
    "on|during|when ~5 @easyTime ~6 he|she|they|<P> ~1 was|is|'s|were|are|seems|seemed ~2 @warmAdj",
  ),
  fr(
    'partner.handles-stress-alone',
    'partner',
    'plain',
    'say|says|said|insist|insists|insisted|claims|keeps+saying ~3 @fine ~6 sort|sorts|handle|handles|deal|deals|fix|fixes|manage|manages|got+it',
  ),
  fr('partner.handles-stress-alone', 'partner', 'plain', '@sortAlone ~2 @byOneself'),
  fr(
    'partner.handles-stress-alone',
    'partner',
    'plain',
    'sort|sorts|sorted|handle|handles|deal|deals|fix|fixes ~2 it|things|everything ~1 @byOneself',
  ),
  fr('partner.handles-stress-alone', 'partner', 'neg', 'let ~1 me ~1 help|in|look|see|share'),
  fr(
    'partner.handles-stress-alone',
    'partner',
    'neg',
    'tell|tells|say|says ~2 me ~2 when|if|what ~3 wrong|bothering|worrying|up',
  ),
  // ── changed priorities ──
  fr('partner.energised-by-new-goal', 'partner', 'plain', '@glow ~8 @goal'),
  fr('partner.energised-by-new-goal', 'partner', 'plain', '@goal ~8 he|she|they|<P> ~2 @glow'),
  fr(
    'partner.energised-by-new-goal',
    'partner',
    'plain',
    "it's|that's|is ~1 all ~1 he|she|they|<P> ~1 talks+about|thinks+about|cares+about|talk+about|think+about",
  ),
  fr(
    'partner.energised-by-new-goal',
    'partner',
    'plain',
    'talks|talk|talking ~6 like|as+if|as+though ~4 most+exciting|best+thing|amazing|fascinating',
  ),
  fr(
    'partner.energised-by-new-goal',
    'any',
    'plain',
    'never+seen ~1 him|her|them|<P> ~1 so ~1 happy|alive|motivated|driven|focused|excited|energised|energized',
  ),
  fr('partner.new-routine-takes-time', 'any', 'plain', '@activity|@goal ~3 @consume ~4 @lifeTime'),
  fr(
    'partner.new-routine-takes-time',
    'any',
    'plain',
    'all|every|most ~1 his|her|their ~1 @period|free+time|spare+time ~3 go|goes|went|spent|taken|disappear|disappears ~3 to|on|at|into|with ~3 @activity|@goal',
  ),
  fr('partner.new-routine-takes-time', 'partner', 'plain', 'every|each @period ~4 @activity'),
  fr('partner.new-routine-takes-time', 'partner', 'plain', '@activity ~3 every|each ~1 @period'),
  fr('partner.new-routine-takes-time', 'partner', 'plain', '@activity ~2 before|after ~1 work'),
  fr('context.new-start-study', 'partner', 'plain', '@startVerb ~4 @studyWords'),
  fr('context.new-start-fitness', 'partner', 'plain', '@startVerb ~4 @fitnessWords'),
  fr(
    'context.new-start-career',
    'partner',
    'plain',
    'promoted|promotion|new+job|new+role|new+position|head+of',
  ),
  fr(
    'context.new-start-commitment',
    'partner',
    'plain',
    'join|joined|joins|volunteer|volunteers|volunteered|took+on|takes+on|signed+up ~3 band|choir|committee|campaign|charity|council|club|group|project|society',
  ),
  still(
    'partner.warm-when-together',
    'any',
    "when|whenever|if|on+the+days ~1 we ~5 together|out|manage|get|have|see+each+other|spend|do ~8 he|she|they|<P> ~1 is|'s|are|'re|seems|gets|becomes ~2 @warmAdj",
  ),
  // ── emotional unavailability ──
  fr('partner.hard-to-name-feelings', 'partner', 'neg', '@showVerb ~3 @feelingTalk'),
  fr(
    'partner.hard-to-name-feelings',
    'any',
    'plain',
    'never|not+once|rarely|seldom ~4 heard|hear|seen|see ~1 him|her|them|<P> ~3 say|cry|talk|admit|show|express|be ~3 @feelingTalk|sad|scared|hurt|afraid|lonely|love',
  ),
  fr(
    'partner.hard-to-name-feelings',
    'any',
    'plain',
    'ask|asks|asked ~2 how|what ~3 feel|feels|feeling|felt ~8 !@deflectAnswer',
  ),
  fr(
    'partner.hard-to-name-feelings',
    'any',
    'plain',
    'talking|talk ~2 about ~1 us|feelings|emotions|how+i+feel ~2 gets|get|is+met+with ~1 a ~1 shrug|joke|silence|laugh|blank+look',
  ),
  fr(
    'partner.always-reserved',
    'partner',
    'plain',
    'always|ever|since+we+met|from+the+start|from+day+one ~4 @reserved',
  ),
  fr(
    'relationship.always-been-this-way',
    'any',
    'plain',
    'this+way|like+this|the+same ~3 from+the+start|since+the+start|since+the+beginning|from+the+beginning|since+day+one|from+day+one|since+we+met|all+along',
  ),
  fr(
    'relationship.always-been-this-way',
    'any',
    'plain',
    "thought|hoped|assumed|figured ~3 he|she|they|it|things|<P> ~2 would|'d|will ~3 open+up|change|get+better|soften|come+round|grow+out ~3 eventually|with+time|in+time|over+time",
  ),
  fr(
    'partner.hot-and-cold',
    'any',
    'plain',
    'one ~1 week|day|minute|moment|night|weekend|month ~20 next|another|other|following ~1 week|day|minute|moment|night|weekend|month|days|weeks',
  ),
  fr(
    'partner.hot-and-cold',
    'any',
    'plain',
    'rollercoaster|roller+coaster|whiplash|jekyll|like+a+switch|flips+a+switch|two+different+people|hot+and+cold',
  ),
  fr(
    'partner.misses-emotional-cues',
    'any',
    'plain',
    'when|after|while|even+when|if <I> ~4 @distress ~14 !@dismiss',
  ),
  fr(
    'partner.misses-emotional-cues',
    'partner',
    'plain',
    'say|said|says|tell|told|tells ~2 <I> ~2 overthinking|overreacting|too+sensitive|dramatic|being+silly|imagining+things|making+a+fuss|making+a+big+deal',
  ),
  fr(
    'partner.misses-emotional-cues',
    'partner',
    'neg',
    'notice|notices|noticed|see|realise|realize|pick+up+on|register|clock ~2 when|that|if|how ~1 <I> ~3 @distress',
  ),
  // ── avoidant attachment ──
  fr(
    'partner.needs-space-when-you-are-upset',
    'any',
    'plain',
    'when|whenever|if|every+time|after|the+moment|the+minute ~1 <I> ~4 @distress ~14 !@leaveScene',
  ),
  fr(
    'partner.needs-space-when-you-are-upset',
    'partner',
    'plain',
    '@leaveScene ~4 when|whenever|if|every+time ~1 <I> ~4 @distress',
  ),
  fr('partner.values-independence-strongly', 'partner', 'plain', '@prize ~3 @lots ~3 @aloneTime'),
  fr('partner.values-independence-strongly', 'partner', 'plain', '@lots ~3 @prize ~3 @aloneTime'),
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    'fine|happy|happier|better|best|content|comfortable ~2 on+his+own|on+her+own|on+their+own|alone|by+himself|by+herself|by+themselves|in+his+own+company|in+her+own+company',
  ),
  fr(
    'partner.values-independence-strongly',
    'partner',
    'neg',
    'need|needs|want|wants|rely|relies|depend|depends ~2 anyone|anybody|nobody|people|a+partner|someone ~4 look+after|to+look|help|on',
  ),
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    'calls+it|call+it ~1 recharging|recharge|me+time|decompressing',
  ),
  fr(
    'partner.uneasy-when-relied-on',
    'partner',
    'plain',
    "hate|hates|hated|dislike|dislikes|can't+stand|uncomfortable|uneasy|awkward|panics|freaks+out|weird ~5 @relyWords",
  ),
  fr(
    'partner.uneasy-when-relied-on',
    'any',
    'plain',
    'when|if|whenever|every+time ~1 <I> ~3 say|tell|ask ~3 need|needed|want|for+help|for+support ~6 !go+cold|goes+cold|went+cold|go+distant|goes+distant|goes+quiet|pull+away|pulls+away|back+off|backs+off|disappear|disappears|shut+down|shuts+down|gets+weird|gets+irritated|goes+silent',
  ),
  fr('partner.uneasy-when-relied-on', 'any', 'plain', 'too|so ~1 needy|clingy|demanding|dependent'),
  fr(
    'partner.uneasy-when-relied-on',
    'any',
    'plain',
    'the ~1 more <I> ~1 need|needed|lean|leaned|rely|relied|depend|depended ~10 the ~1 more|less|further|farther|colder|quieter',
  ),
  fr('partner.same-pattern-past-relationships', 'any', 'plain', '@pastRel ~8 @samePattern'),
  fr(
    'partner.same-pattern-past-relationships',
    'any',
    'plain',
    '@samePattern ~3 with|to|in ~2 @pastRel',
  ),
  fr(
    'partner.idealises-past',
    'partner',
    'plain',
    'talk|talks|remember|remembers|go+on|goes+on|reminisce|reminisces|bring+up|miss|misses|look+back ~10 @goldenPast',
  ),
  // ── personal struggles ──
  fr('partner.lost-interest-in-enjoyed-things', 'partner', 'neg', '@hobby', true),
  fr(
    'partner.lost-interest-in-enjoyed-things',
    'any',
    'plain',
    'guitar|piano|bike|camera|paints|books|console|rods|boots|trainers ~4 gathering+dust|gather+dust|untouched|collecting+dust|sits+in+the+corner',
  ),
  fr(
    'partner.lost-interest-in-enjoyed-things',
    'any',
    'plain',
    'nothing ~2 interests|excites|makes+him+happy|makes+her+happy|makes+them+happy|brings|gets+him|gets+her',
  ),
  fr(
    'partner.self-critical-hopeless',
    'partner',
    'plain',
    'say|says|said|call|calls|called|think|thinks|feel|feels|believe|believes|keeps+saying|tells+me ~4 @selfLow',
  ),
  fr(
    'partner.self-critical-hopeless',
    'partner',
    'plain',
    'nothing ~2 feel|feels|seems|is ~2 worth|matters|point',
  ),
  fr('partner.self-critical-hopeless', 'partner', 'plain', "no+point|what's+the+point"),
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'neg',
    '@contact ~3 @people|anyone|anybody|calls',
  ),
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'neg',
    'answering|answer|replying|reply|returning ~1 anyone|anybody|calls|texts|messages|the+phone',
  ),
  fr(
    'partner.withdrawn-from-everyone',
    'any',
    'plain',
    'not+just|not+only ~1 me|with+me|from+me ~8 everyone|everybody|all+of+us|the+world|anyone|whole+world',
  ),
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'plain',
    'cancel|cancels|cancelled|bail|bails|avoid|avoids|ignore|ignores|drop|dropped|cut+off|ghost|ghosts|shut+out|shuts+out ~3 @people|friends|mates',
  ),
  fr(
    'partner.sleep-energy-changes',
    'partner',
    'plain',
    'sleep|sleeps|sleeping|in+bed|stays+in+bed|lies+in+bed|gets+up ~3 all+day|till|until|afternoon|noon|lunchtime|midday',
  ),
  fr('partner.sleep-energy-changes', 'partner', 'neg', 'get+out+of+bed|get+up'),
  fr(
    'partner.sleep-energy-changes',
    'partner',
    'plain',
    'lost|put+on|gained|losing ~2 weight|stone|kilos|appetite',
  ),
  fr('partner.sleep-energy-changes', 'partner', 'plain', 'no|zero ~1 energy|appetite|motivation'),
  fr(
    'partner.using-more',
    'partner',
    'plain',
    'drink|drinks|drinking|smoke|smokes|smoking|gamble|gambles|gambling|vapes ~3 most+nights|every+night|every+day|most+days|a+lot|more|heavily|alone|in+the+morning|at+lunch|before+work',
  ),
  // ── after the seventh set: general frames for indirect tellings ──
  // Opening up and then retreating, told in that order ("every time she opens up, she retreats
  // afterwards").
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    '@openUp ~6 !retreat|retreats|retreated|@coldTurn ~2 afterwards|after|again|straight+after',
  ),
  // The partner telling the user they would be better off with someone else.
  fr(
    'partner.doubts-being-good-enough',
    'partner',
    'plain',
    'say|says|said|told|tells|thinks|keeps+saying ~14 better+off ~2 with|without ~2 someone|somebody|me|him|her|them',
  ),
  // The user stopped pushing, and the partner came closer.
  fr(
    'partner.returns-after-space',
    'any',
    'plain',
    "gave+up|stopped+asking|stopped+pushing|backed+off|left+it|didn't+ask|did+not+ask ~14 !@comeBack|tender|sat+with+me|cooked+for+me|came+and|came+to|came+over",
  ),
  // Withdrawn from the user and from others in one breath.
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'plain',
    'withdrawn|pulled+back|retreated|cut+off ~3 from ~1 me ~6 from',
  ),
  // A business of their own opened: a new start.
  fr(
    'context.new-start-career',
    'partner',
    'plain',
    'opened|started|launched|set+up|founded ~3 own ~2 business|shop|bakery|cafe|café|company|restaurant|studio|practice|salon|firm|startup',
  ),
  // Never good at hard talks; hints instead of words.
  fr(
    'relationship.topics-off-limits',
    'any',
    'plain',
    'never ~2 been ~1 good|great ~2 at ~1 talking|discussing ~2 about ~1 hard|difficult|serious|big|real',
  ),
  fr(
    'self.kept-own-needs-unsaid',
    'self',
    'plain',
    'hint|hints|hinted|drop+hints ~2 instead+of ~1 saying|telling|asking',
  ),
  // Anything real deflected, or kept light.
  fr(
    'partner.deflects-deep-talk',
    'partner',
    'plain',
    'anything|something ~1 real|serious|deep|personal|emotional ~3 !deflect|deflects|deflected|dodge|dodges|jokes',
  ),
  fr(
    'partner.plans-without-you',
    'partner',
    'plain',
    'book|books|booked|plans|planned|arranges|arranged ~4 on+their+own|on+his+own|on+her+own|without+me|without+asking',
  ),
  // ── pursue–withdraw ──
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    'the ~1 more|harder|less|further|closer|louder|longer ~1 <I> ~1 @pursue|try|tried|want|wanted|push|pushed|talk|talked|reach|reached|do|did ~10 the ~1 more|less|further|farther|harder|quieter|colder|worse ~1 he|she|they|<P>',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    'the ~1 more|further|less ~1 he|she|they|<P> ~10 the ~1 more|harder ~1 <I>',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    '<I> ~6 @pursue ~14 he|she|they|<P> ~3 even|just ~2 @withdrawMore',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    "like|it's ~2 a+dance|tug+of+war|merry-go-round|a+loop|a+cycle|a+game+of+chase",
  ),
  fr('self.pursue-more-when-they-withdraw', 'self', 'plain', '@pursue ~4 @insist'),
  fr(
    'self.pursue-more-when-they-withdraw',
    'self',
    'plain',
    'message|text|call|email ~1 after ~1 message|text|call|email',
  ),
  fr(
    'self.pursue-more-when-they-withdraw',
    'self',
    'plain',
    "ask|asks|asking|check|checking ~2 if|whether ~2 we ~1 are|'re ~1 ok|okay|alright|fine|good",
  ),
  fr(
    'self.pursue-more-when-they-withdraw',
    'self',
    'plain',
    "can't|cannot ~1 stop|help ~2 myself|texting|asking|chasing|calling|checking|messaging",
  ),
  fr(
    'self.pursue-more-when-they-withdraw',
    'any',
    'plain',
    "when|whenever|if|every+time ~1 he|she|they|<P> ~3 go+quiet|goes+quiet|goes+silent|pulls+away|withdraws|goes+distant|goes+cold|ignores+me|doesn't+reply ~6 <I> ~3 panic|chase|text|call|push|try+harder|message|send",
  ),
  fr(
    'partner.shuts-down-when-pressed',
    'any',
    'plain',
    'when|whenever|if|every+time|once|as+soon+as|the+moment ~1 <I> ~4 @press ~14 !@shutDown',
  ),
  fr(
    'partner.shuts-down-when-pressed',
    'any',
    'plain',
    '<I> ~2 ask|asked|push|pushed|press|pressed ~2 again ~6 !he|she|they|<P> ~2 @shutDown',
  ),
  fr(
    'partner.shuts-down-when-pressed',
    'any',
    'plain',
    "when|whenever|if|every+time ~1 <I> ~2 try|tried ~2 to ~1 talk ~8 !don't+know+what+you+want|nothing+to+say|not+now|later|leave+it",
  ),
  fr(
    'partner.returns-after-space',
    'any',
    'plain',
    'when|whenever|if|once|after ~1 <I> ~4 @giveSpace ~16 !@comeBack',
  ),
  fr(
    'self.raise-complaints-often',
    'self',
    'plain',
    'always|usually ~1 the+one ~2 start|starts|bring|brings|raise|raises|initiate|initiates|ask|asks|complain|complains|push|pushes',
  ),
  fr(
    'self.raise-complaints-often',
    'self',
    'plain',
    'the+one ~1 who ~1 start|starts|bring|brings|raise|raises|initiate|initiates|complain|complains|push|pushes',
  ),
  // ── settling ──
  fr('self.misses-early-intensity', 'any', 'plain', '@spark ~6 @calmDown'),
  fr('self.misses-early-intensity', 'any', 'plain', '@early ~6 @intense'),
  fr(
    'self.misses-early-intensity',
    'any',
    'plain',
    'less|not+as|not+so|nowhere+near+as|no+longer ~2 @lessExciting',
  ),
  fr(
    'self.misses-early-intensity',
    'any',
    'plain',
    '@flat ~6 compared+to|than|since ~3 @early|before',
  ),
  fr(
    'self.misses-early-intensity',
    'self',
    'plain',
    'miss|missing ~2 the|those ~1 nights|days|mornings|weekends ~1 we|when',
  ),
  fr('relationship.comfortable-routine', 'any', 'plain', 'our ~1 @weekday ~1 @ritual'),
  fr('relationship.comfortable-routine', 'any', 'plain', 'in|into ~2 @rhythm'),
  fr(
    'relationship.comfortable-routine',
    'any',
    'plain',
    "we|it|things|us ~2 be|are|'re|is|'s|feel|feels|become|got|get ~2 @comfy",
  ),
  fr(
    'relationship.comfortable-routine',
    'any',
    'plain',
    'slippers|comfy+socks|pyjamas|old+married+couple|sofa+nights',
  ),
  still(
    'partner.still-kind-day-to-day',
    'partner',
    'still|always|every+morning|every+night ~2 @kindAct',
  ),
  still('partner.still-kind-day-to-day', 'partner', "he|she|they|<P> ~1 is|'s|are|'re ~2 @kindAdj"),
  still(
    'partner.still-makes-future-plans',
    'couple',
    '!plan|plans|planning|talk+about|talks+about|talking+about|looking+at|saving+for|booked|booking|discussing|dreaming+about|thinking+about ~5 @future',
  ),
  still(
    'partner.still-makes-future-plans',
    'partner',
    '!plan|plans|planning|talk+about|talks+about|talking+about|looking+at|saving+for|booked|booking|discussing|dreaming+about|thinking+about ~3 our|us|together|with+me|for+us|both ~4 @future',
  ),
  still('partner.responds-to-small-bids', 'partner', 'still|always ~2 @respond'),
  fr(
    'relationship.change-gradual',
    'any',
    'plain',
    'slowly|gradually|little+by+little|bit+by+bit|slow+fade|over+time|over+the+years|over+the+months|crept|creeping|drifted|drifting',
  ),
  // ── disengaging ──
  fr(
    'partner.future-talk-stopped',
    'partner',
    'plain',
    'used+to|would ~3 @planTalk|talk ~6 @future',
  ),
  fr(
    'partner.future-talk-stopped',
    'partner',
    'neg',
    'mention|mentioned|mentions|talk+about|talked+about|talks+about|bring+up|brought+up|brings+up|plan|plans ~4 @future|it',
    true,
  ),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    'keep|keeps|keeping|take|takes|taking|carry|carries|put|puts|putting|turn|turns|leave|leaves|has|have|had ~4 @phone ~4 @hiddenPhone',
  ),
  fr('partner.more-secretive', 'partner', 'plain', '@cagey ~3 about ~3 @whereWho'),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    'new|changed|changes|changed+his|changed+her ~1 password|passcode|lock|pin',
  ),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    'delete|deletes|deleted|deleting|clear|clears|cleared|hide|hides|hid|wipe|wipes ~3 messages|texts|chats|history|apps|photos|call+log',
  ),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    'tilt|tilts|angles|angle|turn|turns|hide|hides|cover|covers|snatch|snatches|grab|grabs ~3 screen|phone',
  ),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    'take|takes|taking ~1 calls ~2 in+another+room|outside|in+the+garden|privately|in+the+car',
  ),
  fr(
    'partner.indifferent-to-problems',
    'partner',
    'plain',
    'say|says|said|reply|replies|replied|answer|answers|shrug|shrugs ~3 @shrugOff',
  ),
  fr('partner.indifferent-to-problems', 'partner', 'plain', '@disengaged'),
  fr(
    'partner.indifferent-to-problems',
    'partner',
    'neg',
    'care|bother|try|fight+for|mind|seem+bothered|seem+to+care|make+an+effort ~2 about+us|about+it|about+this|anymore|any+more|either+way|at+all|what+happens|whether',
  ),
  fr(
    'partner.indifferent-to-problems',
    'any',
    'plain',
    "when|if|whenever ~1 <I> ~3 suggest|say|ask|mention|bring+up|raise ~6 counselling|counseling|therapy|couples|help|working+on|fix|date+night ~10 !@shrugOff|shrug|shrugs|no+point|don't+see+the+point",
  ),
  fr(
    'partner.talked-about-break',
    'partner',
    'plain',
    'need|needs|needed|want|wants|wanted|ask+for|asked+for|take|taking ~3 @thinkTime ~3 think|figure|work+out|sort+out|clear|reflect|decide|apart|away|alone|from+us|from+me|about',
  ),
  fr(
    'partner.talked-about-break',
    'partner',
    'plain',
    'think|thinking|figure|unsure|not+sure|questioning|wondering ~3 about|out|of ~1 @reconsider',
  ),
  fr(
    'partner.stopped-repair-attempts',
    'partner',
    'plain',
    'carry+on|carries+on|act|acts|behave|behaves|pretend|pretends|go+on|goes+on|move+on|moves+on ~1 @asIfNothing ~1 happened|was+wrong|is+wrong',
  ),
  fr(
    'partner.stopped-repair-attempts',
    'partner',
    'plain',
    'used+to ~6 @makeUp ~10 now|but|anymore|any+more|no+longer',
  ),
  fr(
    'partner.mentions-someone-new',
    'any',
    'plain',
    '@newPerson ~3 from|at|in ~3 his|her|their|the ~2 work|office|gym|group|club|class|course|team|job|choir|team ~10 @everyMention',
  ),
  fr(
    'partner.mentions-someone-new',
    'any',
    'plain',
    'a|this|some|new ~1 @newPerson ~8 every+story|every+conversation|keeps+coming+up|always+comes+up|every+other+sentence',
  ),
  fr('partner.plans-without-you', 'partner', 'plain', '@arrange ~10 without ~2 @withoutTelling'),
  // ── second pass: shapes found missing on the held-out and extra sets ──
  fr(
    'partner.fears-losing-freedom',
    'any',
    'plain',
    'make|makes|made ~1 him|her|them|<P> ~1 feel ~2 @trapped',
  ),
  fr('context.event-closer-step', 'any', 'plain', 'ask|asked|asks ~2 to ~1 move+in'),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    'kind+of+person|sort+of+person|type+of+person|someone ~4 can+be+loved|could+be+loved|deserves|people+stay+with|anyone+would+want|worth+loving|lovable',
  ),
  fr(
    'partner.uneasy-when-relied-on',
    'partner',
    'plain',
    'prickly|uneasy|awkward|irritated|weird|funny|tense|annoyed ~3 when|if|whenever|every+time ~1 <I> ~2 offer|try+to+help|help|worry|fuss|check+on',
  ),
  fr(
    'partner.new-routine-takes-time',
    'partner',
    'plain',
    'spend|spends|spent|spending ~1 every|all|most ~1 @period ~6 @activity|@goal',
  ),
  fr(
    'context.stress-caregiving',
    'any',
    'plain',
    "'s|his|her|their ~1 @kin ~3 had|has|suffered|having ~1 a|an ~1 @illness",
  ),
  fr(
    'partner.works-longer-hours',
    'partner',
    'plain',
    'at+the+office|at+work|in+the+office ~2 till|until|past ~1 #|late|midnight',
  ),

  // ── ordinary wording, added after the fourth set had been measured (see docs): each a family
  // of everyday phrasings for one signal, written from the signal's meaning ──
  // Independence: their own friends, plans, evenings; sorting things out alone.
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    'keep|keeps|kept|guard|guards|has|have|likes|like|needs|need ~2 his|her|their ~1 own ~1 friends|plans|evenings|space|life|schedule|thing|things|money|hobbies|time|world',
  ),
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    'does|do|did|doing ~1 his|her|their ~1 own ~1 thing',
  ),
  fr(
    'partner.values-independence-strongly',
    'any',
    'plain',
    "i'll|i+will|i'd+rather|i+can ~1 handle|sort|deal+with|fix|manage ~1 it|this|that|things ~1 myself|on+my+own|alone",
  ),
  fr(
    'partner.handles-stress-alone',
    'partner',
    'plain',
    'never|rarely|seldom|barely|hardly ~1 asks|asked|ask ~2 anyone|anybody|people|me|for ~2 anything|help|support',
  ),
  // Uneasy when relied on: the user ill or struggling, the partner gone.
  fr(
    'partner.uneasy-when-relied-on',
    'any',
    'plain',
    'when|while|whenever|if ~1 <I> ~2 was|am|got|get|were|fell|felt|feel ~2 ill|unwell|sick|poorly|struggling|upset|low|down|apart|in+hospital|ill+in+bed ~10 !disappeared|disappears|disappear|vanished|vanishes|withdrew|withdraws|absent|scarce|nowhere|awkward|uncomfortable|distant|cold|elsewhere',
  ),
  fr(
    'partner.uneasy-when-relied-on',
    'any',
    'plain',
    'my ~1 needing|relying+on|leaning+on|depending+on ~1 him|her|them|<P> ~4 uncomfortable|awkward|too+much|a+burden|annoys|bothers|scares',
  ),
  // Feelings with no names: "I don't know what I feel", "like talking to a wall".
  fr(
    'partner.hard-to-name-feelings',
    'any',
    'plain',
    "don't|doesn't|didn't|do+not|does+not|never ~1 know|knows|understand|understands ~1 what|how ~1 i|he|she|they ~1 feel|feels|felt|am+feeling|is+feeling",
  ),
  fr(
    'partner.hard-to-name-feelings',
    'any',
    'plain',
    'emotional|feelings|emotions|deep|serious ~6 like ~1 talking ~1 to ~1 a ~1 wall|brick+wall|stone',
  ),
  // Asked before, then stopped asking.
  fr(
    'partner.stopped-asking',
    'partner',
    'plain',
    'done|stopped|quit|gave+up|given+up|finished|tired+of|sick+of ~1 asking|begging|explaining|trying+to+explain|raising+it|bringing+it+up',
  ),
  fr(
    'partner.voiced-needs-before',
    'partner',
    'plain',
    'asked|begged|asking|begging|said|told+me ~3 the+same|for+the+same ~2 thing|things|stuff ~3 for|over|again ~2 years|months|ages|a+year|and+over',
  ),
  fr(
    'partner.voiced-needs-before',
    'partner',
    'plain',
    'used+to ~1 tell|say|let+me+know ~3 when|if ~2 something|anything|i ~2 hurt|upset|bothered|hurts|upsets|bothers|wrong',
  ),
  // The pursue-withdraw loop named as a loop, or the user chasing a silence.
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    "it's|its|it+is|we're|were|we+are|stuck+in|caught+in ~2 a|the|this ~1 loop|cycle|vicious+circle|merry-go-round",
  ),
  fr(
    'self.pursue-more-when-they-withdraw',
    'self',
    'plain',
    '<I> ~2 text|texts|call|ring|message|chase|double-text ~2 him|her|them|<P> ~3 # ~1 times|again+and+again|over+and+over|non-stop|repeatedly',
  ),
  fr(
    'partner.returns-after-space',
    'any',
    'plain',
    'when|once|if|whenever ~1 <I> ~2 back+off|chill+out|calm+down|give+him+space|give+her+space|give+them+space|leave+him+be|leave+her+be|leave+them+be|stop+chasing|relax|ease+off ~6 fine|affectionate|warm|lovely|back+to+normal|comes+back|come+back|closer|sweet|loving',
  ),
  // A new role at work, talked of with energy.
  fr(
    'context.new-start-career',
    'partner',
    'plain',
    'got|was|been|being|get ~1 made|given|offered ~1 team+lead|lead|manager|head|director|supervisor|partner|senior|a+promotion|the+promotion|the+role',
  ),
  fr(
    'partner.energised-by-new-goal',
    'any',
    'plain',
    "it's|it+is|that's|that+is ~1 all ~1 he|she|they|<P> ~1 talks|talk|thinks|think|cares ~1 about",
  ),
  fr('partner.energised-by-new-goal', 'partner', 'plain', 'buzzing|buzzed|fired+up|lit+up|on+fire'),
  // Settling: content at home, a routine of nights in, plans that go on.
  fr(
    'partner.warm-when-together',
    'partner',
    'plain',
    "he|she|they ~1 seems|is|'s|are|'re|looks|feels|gets ~2 content|cuddly|settled|affectionate|cosy|snuggly|loving",
  ),
  fr(
    'relationship.comfortable-routine',
    'any',
    'plain',
    "now ~2 we|we're|we+are|it's|it+is ~3 more|mostly|just|all ~2 takeaway|takeaways|sofa|couch|nights+in|night+in|netflix|telly|tv|films+at+home|routine",
  ),
  fr(
    'partner.still-makes-future-plans',
    'partner',
    'plain',
    'still|always ~1 plans|books|organises|organizes|arranges|invites+me|asks+me ~4 every|our|the|to|for|with+me',
  ),
  fr(
    'partner.still-makes-future-plans',
    'partner',
    'plain',
    'asked|invited|wants|booked ~1 me ~3 to|for ~2 come|go|his|her|their|a ~3 wedding|holiday|trip|christmas|birthday|party|family',
  ),
  // Attraction fading: little things now irritate; dressing up goes unnoticed.
  fr(
    'partner.irritated-with-you',
    'any',
    'plain',
    'things|stuff|habits|everything ~3 i ~1 do|say ~6 irritate|irritates|annoy|annoys|grate|grates|bug|bugs ~1 him|her|them|<P>',
  ),
  fr(
    'partner.less-curious-about-you',
    'partner',
    'neg',
    'notice|notices|noticed|see|sees|comment|comments ~2 when|if|that ~1 <I> ~2 dress+up|dressed+up|make+an+effort|made+an+effort|get+my+hair|got+my+hair|look+nice|wear',
  ),
  // Fear of intimacy: held at arm's length; "you could do better than me".
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    "kept|keeps|keeping|held|holds|holding ~1 me ~1 at ~1 arm's+length|arms+length|a+distance",
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    "could|can|would|'d|deserve|deserves ~1 do ~2 better|so+much+better|way+better|much+better ~2 than ~1 him|her|them|me",
  ),
  // ── fifth pass: everyday wording per signal, written from each signal's meaning ──
  // Fear of intimacy: the step closer, told as the thing itself (a key, a drawer, the talk).
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'give|gave|given|giving ~2 a|the|my|our ~1 spare ~0 key|keys ~3 my|our|the ~1 flat|apartment|place|house|home',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'cleared|clear|emptied|made ~1 a|some ~1 drawer|shelf|wardrobe|space ~1 for',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'conversation|talk|talked|talking|discussed|discuss|mentioned|mention|brought+up ~3 getting+married|marriage|getting+engaged|engagement|moving+in|living+together|having+kids|having+children|a+baby',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'looking+at|look+at|viewing|view|viewed|looked+at ~1 flats|houses|places|apartments|homes ~1 together',
  ),
  fr(
    'partner.pulls-back-after-closeness',
    'any',
    'plain',
    'something|anything|everything|every+time ~3 brought|brings|bring|brought+us|made ~1 us ~1 closer',
  ),
  fr(
    'partner.pulls-back-after-closeness',
    'any',
    'plain',
    'the+closer ~8 the+further|the+more+distant|the+quieter|the+colder|the+more ~2 pull|pulls|withdraw|withdraws|back|away',
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    'deserve|deserves|deserved ~1 someone|somebody ~2 better|less|easier|simpler|normal|else|who',
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    "i+will|i+'ll|i+would|i+'d|you+will|you+'ll|you+would|you+'d ~1 find|meet ~1 better|someone+better|somebody+better|someone+else",
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    'why ~2 anyone|anybody|someone|somebody ~1 would|could ~2 stay|want|love|choose|pick',
  ),
  fr(
    'partner.doubts-being-good-enough',
    'any',
    'plain',
    'people|everyone|everybody ~2 always ~2 go+away|goes+away|leave|leaves|walk+away|walks+away|give+up|gives+up',
  ),
  fr('partner.fears-losing-freedom', 'any', 'plain', 'need|needs|needed ~2 to ~1 breathe'),
  fr(
    'partner.fears-losing-freedom',
    'any',
    'plain',
    'disappear|disappearing|lose|losing|lost|stop+being ~2 into+us|into+the+relationship|themselves|himself|herself|themself|a+person+on|their+own+person|his+own+person|her+own+person|their+identity|his+identity|her+identity',
  ),
  fr(
    'partner.past-hurt',
    'any',
    'plain',
    'parents|mum|mom|dad|mother|father ~2 had|went+through|go+through ~2 horrible|messy|bad|awful|nasty|ugly|painful|bitter ~1 divorce|split|break-up|breakup',
  ),
  fr(
    'partner.returns-after-space',
    'partner',
    'plain',
    'always ~1 come+back|comes+back|came+back|drift+back|drifts+back ~4 sweet|affectionate|loving|warm|lovely|normal|closer|apologetic|sorry',
  ),
  // Emotional unavailability: a feeling answered with food, facts or a new topic.
  fr(
    'partner.hard-to-name-feelings',
    'partner',
    'plain',
    'if|when|whenever|every+time ~1 <I> ~1 say|tell|said|told ~4 sad|upset|lonely|down|low|hurt|stressed|anxious|scared ~10 !ask|asks|asked|suggest|suggests|change|changes|changed|tell|tells|told|offer|offers ~6 food|dinner|eat|tea|the+subject|the+topic|how+many|what+to+do|a+solution|practical',
  ),
  fr(
    'partner.hard-to-name-feelings',
    'partner',
    'plain',
    'feelings|emotions ~2 with ~1 facts|logic|solutions|advice|a+plan',
  ),
  fr(
    'partner.hard-to-name-feelings',
    'partner',
    'plain',
    'struggle|struggles|struggled ~2 to ~1 find ~1 words|the+words ~3 feel|feels|feelings|inside',
  ),
  fr(
    'partner.deflects-deep-talk',
    'partner',
    'neg',
    'do|does ~1 feelings|emotions|deep+talks|serious+talks|emotional+stuff|feelings+talk',
  ),
  // A step closer said in words; being left for someone else before.
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    'told ~1 him|her|them|<P> ~1 i ~1 loved|love ~1 him|her|them|you',
  ),
  fr(
    'partner.past-hurt',
    'any',
    'plain',
    'left+him+for|left+her+for|left+them+for|dumped+him+for|dumped+her+for|dumped+them+for|cheated+on+him+with|cheated+on+her+with|cheated+on+them+with ~1 someone|somebody|another|his|her|their|a|an|my',
  ),
  // ── Eighth-set study: everyday tellings of a cause with none of its textbook words ──
  // Pursue–withdraw told as the turns of one row: I push harder, they go further away.
  fr(
    'self.pursue-more-when-they-withdraw',
    'self',
    'plain',
    '<I> ~1 !get|got|getting ~1 louder|sharper|angrier|more+upset|more+desperate|more+insistent',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    'follows|followed|follow|chases|chased|comes+after ~4 more+questions|more+criticism|questions ~12 further+away|more+distant|even+further',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    'given+up+chasing|gave+up+chasing|stopped+chasing|stopped+following|given+up+following',
  ),
  fr(
    'partner.shuts-down-when-pressed',
    'any',
    'plain',
    'make|makes|made ~1 them|him|her|me ~1 feel ~1 cornered|ambushed|interrogated|trapped|under+attack',
  ),
  // Fear of intimacy: closeness itself frightens; a step forward, then "slow down".
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    'closeness|intimacy|getting+close|being+close|loving+me|letting+me+in ~3 !scares|scared|frightens|frightened|terrifies|terrified',
  ),
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    '!needed|needs|wanted|wants|need|want ~1 to ~1 slow+down|slow+things+down|take+a+step+back',
  ),
  fr(
    'context.event-closer-step',
    'any',
    'plain',
    "meet|met|meeting ~1 each+others|each+other's|our ~1 families|family|parents",
  ),
  fr(
    'partner.past-hurt',
    'partner',
    'plain',
    '!expects|expected|terrified+of|afraid+of|scared+of ~2 people+to+leave|losing+someone|being+left|getting+hurt',
  ),
  // Settling: the early intensity gone into something comfortable, with the future still there.
  fr('self.misses-early-intensity', 'any', 'plain', 'honeymoon|the+fire|the+spark|big+romantic'),
  fr(
    'relationship.comfortable-routine',
    'any',
    'plain',
    '<P> ~2 !just|more|is|s|got|become|became ~1 comfortable|chill|settled|chilled|cosy|cozy',
  ),
  fr('relationship.comfortable-routine', 'any', 'plain', 'quiet+life|more+at+home|stay+in+more'),
  fr(
    'partner.still-makes-future-plans',
    'partner',
    'plain',
    '!wants+me+at|talk+about+which|talks+about+which|talking+about+which ~6 wedding|city|house|flat|place|buy|move',
  ),
  // Emotional unavailability: feelings met with facts, busyness or a change of subject.
  fr(
    'partner.hard-to-name-feelings',
    'partner',
    'plain',
    "!cannot|can't|cant|never ~1 tell|say|show ~2 me ~1 what|how ~1 she|he|they ~1 feels|feel|felt",
  ),
  fr(
    'partner.misses-emotional-cues',
    'partner',
    'plain',
    'if|when|whenever ~1 <I> ~1 cry|cried|get+emotional|am+upset|get+upset ~3 <P> ~3 !busy|rigid|stiff|changes+the+subject|leaves+the+room|looks+away',
  ),
  fr(
    'partner.misses-emotional-cues',
    'partner',
    'plain',
    '!never+once+asked|never+asked ~2 how+i+was|how+i+felt|how+i+am',
  ),
  // Personal struggles: the partner's own trouble, told through what it stops them doing.
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'plain',
    '!same+with|same+way+with ~2 friends|family|everyone|everybody',
  ),
  fr(
    'partner.withdrawn-from-everyone',
    'partner',
    'plain',
    '!cancels|cancelled|canceled|cancelling ~1 everything|plans+with+everyone|on+everyone',
  ),
  fr(
    'partner.questioning-life-direction',
    'partner',
    'plain',
    '!question|questions|questioning ~1 everything|who+they+are|who+she+is|who+he+is',
  ),
  fr(
    'partner.questioning-life-direction',
    'partner',
    'plain',
    "!don't+know+who+i+am|do+not+know+who+i+am|finding+themself|finding+themselves|finding+herself|finding+himself",
  ),
  // Loss of attraction: touch allowed without want, looks remarked on.
  fr(
    'partner.remarks-on-appearance',
    'any',
    'plain',
    'told+me|tells+me|telling+me|says+i|said+i ~3 let+myself+go|let+yourself+go|put+on+weight|stopped+making+an+effort',
  ),
  fr(
    'partner.less-physical-affection',
    'partner',
    'plain',
    'sex ~3 !rare|a+favour|a+favor|a+chore|duty|never+happens',
  ),
  // Changed priorities: a return to a career or study chosen, "her turn".
  fr(
    'context.new-start-career',
    'partner',
    'plain',
    '!went+back|going+back|gone+back|returned ~1 to ~2 work|law|teaching|nursing|university|college|school|studying ~2 full+time',
  ),
  fr('partner.energised-by-new-goal', 'partner', 'plain', '!her+turn|his+turn|their+turn'),
  // Disengaging: future talk dropped, visits put off.
  fr(
    'partner.future-talk-stopped',
    'partner',
    'plain',
    '!stopped+talking+about|stopped+mentioning|never+mentions ~3 when|moving|move|future|us|plans',
  ),
  fr(
    'partner.future-talk-stopped',
    'partner',
    'plain',
    '!better+to+wait|better+to+hold+off|put+off+the+visit|not+a+good+time+to+visit',
  ),
  // Disengaging: a life without the user being set up quietly (a place, an account, a trip).
  fr(
    'partner.plans-without-you',
    'partner',
    'plain',
    '!solo+trip|solo+holiday|trip+on+her+own|trip+on+his+own|trip+on+their+own|holiday+on+her+own|holiday+on+his+own',
  ),
  fr(
    'partner.plans-without-you',
    'any',
    'plain',
    'listings|viewings|listing ~3 flat|flats|apartment|apartments|one-bedroom|studio|studios|rooms',
  ),
  fr(
    'partner.plans-without-you',
    'partner',
    'plain',
    '!opened|opening|open|set+up ~1 her+own|his+own|their+own|a+separate|separate ~1 bank+account|account|accounts',
  ),
  fr(
    'partner.plans-without-you',
    'partner',
    'plain',
    '!moving|moved|taking|took|takes ~2 her|his|their ~1 stuff|things|clothes|belongings ~2 back|out|over ~1 to',
  ),
  fr('partner.more-secretive', 'partner', 'plain', 'phone ~3 !face+down|face-down|screen+down'),
  fr(
    'partner.more-secretive',
    'partner',
    'plain',
    '!private+about|secretive+about|cagey+about|guarded+about ~2 messages|phone|texts|chats|who',
  ),
  fr(
    'partner.talked-about-break',
    'partner',
    'plain',
    '!if+things+changed|need+a+break|taking+a+break',
  ),
  fr(
    'partner.future-talk-stopped',
    'partner',
    'plain',
    'lease|contract|tenancy ~8 !month+to+month|not+to+renew|rather+not+renew|not+renew',
  ),
  fr(
    'partner.turns-away-from-bids',
    'partner',
    'plain',
    "!stopped+saying+i+love+you|never+says+it+back|doesn't+say+it+back|doesnt+say+it+back",
  ),
  fr(
    'partner.withdrawn-only-from-you',
    'partner',
    'plain',
    'quiet|flat|cold|distant|closed ~2 !with+me+but+not',
  ),
  fr(
    'partner.withdrawn-only-from-you',
    'partner',
    'plain',
    '!goes+flat|goes+quiet|goes+cold|shuts+off ~3 the+minute|the+moment|as+soon+as ~3 walks+through|gets+home|comes+home|comes+in',
  ),
  // Emotional unavailability: feelings never shown, tears met with a practical offer.
  fr(
    'partner.hard-to-name-feelings',
    'partner',
    'plain',
    '!never|not ~2 showing|shows|show ~1 it|feelings|emotions|anything',
  ),
  fr(
    'partner.misses-emotional-cues',
    'partner',
    'plain',
    'when|if|whenever ~1 <I> ~2 cry|crying|cried|in+tears ~4 !asks+if|offers|makes+me|hands+me ~6 water|tea|tissue|tissues|snack',
  ),
  fr(
    'partner.always-reserved',
    'partner',
    'plain',
    '!closed+like+a+box|a+closed+book|like+a+closed+book|like+a+wall|learned+early+not+to+show|learnt+early+not+to+show|never+to+show+anything',
  ),
  // Avoidant attachment: a life of one's own kept, closeness as company without talk.
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    '!built ~1 himself|herself|themselves ~1 a ~2 life|world ~3 in|on ~1 the',
  ),
  fr(
    'partner.values-independence-strongly',
    'partner',
    'plain',
    '!happiest|happy|most+content ~6 side+by+side|in+silence|without+speaking|without+talking',
  ),
  // Loss of attraction: no flirting, irritation at small things, nothing shared any more.
  fr(
    'partner.less-physical-affection',
    'partner',
    'neg',
    '!flirt|flirts|flirting|compliment|compliments',
  ),
  fr(
    'partner.irritated-with-you',
    'partner',
    'plain',
    '!irritated|annoyed|bothered ~2 by ~3 little+things|everything+i|how+i|the+way+i',
  ),
  fr(
    'relationship.fewer-shared-interests',
    'any',
    'plain',
    'zero+shared|no+shared|nothing+shared|nothing+in+common|dropped+all+of+that|dropped+all+that|grown+in+different+directions|grown+apart|drifted+apart',
  ),
  // Communication breakdown: things kept in until they explode as a list.
  fr(
    'partner.brings-up-old-grievances',
    'partner',
    'plain',
    '!whole+list|a+list|saving+up|been+saving|been+storing|kept+a+list|keeps+a+list',
  ),
  fr(
    'relationship.unspoken-resentment',
    'any',
    'plain',
    "keeps+it+in|bottles+it+up|bottles+things+up|never+says+it+when|doesn't+say+it|doesnt+say+it",
  ),
  fr(
    'relationship.topics-off-limits',
    'any',
    'plain',
    "why+i+don't+tell+you|why+i+dont+tell+you|why+i+never+tell+you",
  ),
  // Fear of intimacy: a reason to leave found when it gets close; afraid to be hurt again.
  fr(
    'partner.pulls-back-after-closeness',
    'partner',
    'plain',
    'when|whenever|once|if ~1 we ~1 are|get|feel|were|got ~2 close|closer|intimate ~8 !finds+a+reason|found+a+reason|an+excuse|makes+an+excuse',
  ),
  fr(
    'partner.past-hurt',
    'partner',
    'plain',
    '!afraid|scared|terrified|frightened ~1 to+be+hurt|of+being+hurt|of+getting+hurt|to+get+hurt',
  ),
  fr(
    'partner.past-hurt',
    'partner',
    'plain',
    '!disloyal|guilty|betrayal ~4 happy|happiness|to+be+this',
  ),
  fr(
    'partner.avoids-future-talk',
    'partner',
    'plain',
    '!never+marry+again|never+get+married+again|never+live+with+anyone|never+move+in',
  ),
  // Changed priorities: a business of their own, told with the glow.
  fr(
    'context.new-start-career',
    'any',
    'plain',
    'founded|cofounded|co-founded|started|launched|set+up|setting+up|starting ~2 a|her|his|their|own ~1 startup|start-up|company|business|firm|practice|shop|agency',
  ),
  fr(
    'partner.energised-by-new-goal',
    'partner',
    'plain',
    'talks|talk|talking|talked ~2 about ~2 @goal ~6 like+a+kid|happy|excited|lit+up|lights+up|buzzing|glowing|beaming',
  ),
  // Pursue and withdraw told as a run of turns: raised again, harder; gone for a run.
  fr(
    'partner.shuts-down-when-pressed',
    'any',
    'plain',
    'bring|raise|push|press|ask ~3 again|harder|louder ~4 !@shutDown',
  ),
  fr(
    'partner.returns-after-space',
    'partner',
    'plain',
    '<I> ~2 give+up|back+off|leave+it|stop+asking|stop+pushing ~10 !affectionate|sweet|warm|loving|lovely|nice|close ~1 again',
  ),
  fr(
    'relationship.pursue-withdraw-cycle',
    'any',
    'plain',
    'round+we+go|round+and+round+we+go|and+round+we+go|here+we+go+again',
  ),
  // Unmet needs: not feeling heard, and no longer bringing things at all.
  fr(
    'partner.says-not-heard',
    'partner',
    'neg',
    '!feel|feels|felt ~2 listened+to|heard|understood|seen',
  ),
  fr(
    'partner.stopped-asking',
    'partner',
    'neg',
    '!bring|bringing|brought|tell|telling|share|sharing ~3 things|problems|anything|stuff|worries|it ~2 to|with ~1 me',
  ),
  // Avoidant attachment: being needed is not their thing; life alone remembered fondly.
  fr(
    'partner.uneasy-when-relied-on',
    'partner',
    'neg',
    '!do ~1 being+needed|needy|neediness|dependence|clingy|relying',
  ),
  fr(
    'partner.idealises-past',
    'partner',
    'plain',
    'how+good|how+great|how+free|how+easy|how+simple ~3 life ~2 was|used+to+be ~8 alone|single|on+her+own|on+his+own|on+their+own|lived+alone|free',
  ),
];
