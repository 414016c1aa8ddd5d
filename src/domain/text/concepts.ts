/**
 * Concept fields: the words (as lemmas) people use for one idea, whatever the inflection.
 * "touch" covers touch/touches/touched/touching; "pull+away" covers pulls away, pulled away…
 * Fields are read by the clause frames in ./frames.ts, so a rule says "the partner recoils
 * when I reach for them" once instead of listing every sentence that says it.
 *
 * Forms are generated from each lemma (regular English inflection plus a table of irregular
 * verbs) rather than stripped from the text, which is the safer direction: an over-generated
 * form such as "hugged"/"huged" simply never occurs.
 */

const IRREGULAR: Record<string, readonly string[]> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 'am'],
  have: ['has', 'had', 'having', "'ve", "'d"],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  feel: ['feels', 'felt', 'feeling'],
  think: ['thinks', 'thought', 'thinking'],
  keep: ['keeps', 'kept', 'keeping'],
  leave: ['leaves', 'left', 'leaving'],
  take: ['takes', 'took', 'taken', 'taking'],
  get: ['gets', 'got', 'gotten', 'getting'],
  make: ['makes', 'made', 'making'],
  bring: ['brings', 'brought', 'bringing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  come: ['comes', 'came', 'coming'],
  give: ['gives', 'gave', 'given', 'giving'],
  hold: ['holds', 'held', 'holding'],
  find: ['finds', 'found', 'finding'],
  sit: ['sits', 'sat', 'sitting'],
  sleep: ['sleeps', 'slept', 'sleeping'],
  run: ['runs', 'ran', 'running'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  stand: ['stands', 'stood', 'standing'],
  lose: ['loses', 'lost', 'losing'],
  meet: ['meets', 'met', 'meeting'],
  spend: ['spends', 'spent', 'spending'],
  buy: ['buys', 'bought', 'buying'],
  put: ['puts', 'putting'],
  let: ['lets', 'letting'],
  shut: ['shuts', 'shutting'],
  set: ['sets', 'setting'],
  fall: ['falls', 'fell', 'fallen', 'falling'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  know: ['knows', 'knew', 'known', 'knowing'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  drink: ['drinks', 'drank', 'drunk', 'drinking'],
  eat: ['eats', 'ate', 'eaten', 'eating'],
  hear: ['hears', 'heard', 'hearing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  fight: ['fights', 'fought', 'fighting'],
  catch: ['catches', 'caught', 'catching'],
  lie: ['lies', 'lay', 'lain', 'lying', 'lied'],
  wake: ['wakes', 'woke', 'woken', 'waking'],
  write: ['writes', 'wrote', 'written', 'writing'],
  freeze: ['freezes', 'froze', 'frozen', 'freezing'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  shake: ['shakes', 'shook', 'shaken', 'shaking'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  send: ['sends', 'sent', 'sending'],
  mean: ['means', 'meant', 'meaning'],
  deal: ['deals', 'dealt', 'dealing'],
  read: ['reads', 'reading'],
  light: ['lights', 'lit', 'lighted', 'lighting'],
  drive: ['drives', 'drove', 'driven', 'driving'],
  ride: ['rides', 'rode', 'ridden', 'riding'],
  hide: ['hides', 'hid', 'hidden', 'hiding'],
  swim: ['swims', 'swam', 'swum', 'swimming'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  win: ['wins', 'won', 'winning'],
  stick: ['sticks', 'stuck', 'sticking'],
  shrink: ['shrinks', 'shrank', 'shrunk', 'shrinking'],
  can: ['could', 'ca', 'cannot'],
  will: ['would', 'wo', "'ll", "'d"],
};

/** Short function words are never inflected: "a" + s would be "as", "i" + s would be "is". */
const FIXED = new Set([
  'me',
  'my',
  'i',
  'you',
  'your',
  'us',
  'our',
  'we',
  'he',
  'she',
  'they',
  'him',
  'her',
  'his',
  'them',
  'their',
  'it',
  'a',
  'an',
  'the',
  'to',
  'of',
  'on',
  'in',
  'at',
  'up',
  'off',
  'out',
  'for',
  'with',
  'from',
  'into',
  'about',
  'away',
  'back',
  'down',
  'over',
  'around',
  'round',
  'together',
  'alone',
  'anyone',
  'anybody',
  'everyone',
  'nothing',
  'anything',
  'this',
  'that',
  'what',
  'how',
  'when',
  'if',
  'again',
  'more',
  'less',
  'own',
  'so',
  'too',
  'not',
  'no',
  'all',
  'as',
  'like',
  'than',
]);

const isVowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);

/** Regular forms of a word: plural/3rd person, past, -ing, with both spellings where unsure. */
export function inflect(word: string): string[] {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return [w, ...irregular];
  if (FIXED.has(w) || w.length <= 2) return [w];
  const forms = new Set([w]);
  const last = w[w.length - 1];
  const beforeLast = w[w.length - 2];
  // -s / -es / -ies
  if (/(?:s|x|z|ch|sh|o)$/.test(w)) forms.add(`${w}es`);
  else if (last === 'y' && !isVowel(beforeLast)) forms.add(`${w.slice(0, -1)}ies`);
  else forms.add(`${w}s`);
  // -ed / -ing
  if (last === 'e') {
    forms.add(`${w}d`);
    forms.add(w.endsWith('ie') ? `${w.slice(0, -2)}ying` : `${w.slice(0, -1)}ing`);
    if (w.endsWith('ee')) forms.add(`${w}ing`);
  } else if (last === 'y' && !isVowel(beforeLast)) {
    forms.add(`${w.slice(0, -1)}ied`);
    forms.add(`${w}ing`);
  } else {
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
    // A final consonant after a single vowel may double (stop → stopped, hug → hugging).
    if (last && !isVowel(last) && !'wxy'.includes(last) && isVowel(beforeLast)) {
      forms.add(`${w}${last}ed`);
      forms.add(`${w}${last}ing`);
    }
  }
  return [...forms];
}

/** One entry of a field: the forms each of its words may take, in order. */
export type Entry = readonly ReadonlySet<string>[];

/**
 * Compiles a field's entries ("pull+away", "time+together") into word-form sets. The first
 * word inflects (it is usually the verb); later words inflect only when they are long enough to
 * be content words ("date+night" → "date nights").
 */
export function compileEntries(entries: readonly string[]): Entry[] {
  return entries.map((entry) =>
    entry.split('+').map((word, i) => {
      const lower = word.toLowerCase();
      if (lower === '#') return NUMBER_FORMS;
      return new Set(i === 0 || lower.length > 3 ? inflect(lower) : [lower]);
    }),
  );
}

/** Stand-in set for "#": any number, in digits or words (checked by `isNumberWord`). */
const NUMBER_FORMS: ReadonlySet<string> = new Set(['#']);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve midnight'.split(' '),
);
export const isNumberWord = (lower: string) => /^\d/.test(lower) || NUMBER_WORDS.has(lower);
export const isNumberSet = (set: ReadonlySet<string>) => set === NUMBER_FORMS;

const f = (s: string) => s.split(/\s+/).filter((x) => x.length > 0);

/**
 * The fields. Each is a list of lemmas or `+`-joined phrases; words that only make sense in a
 * phrase ("hold+hands") are kept in the phrase so they do not fire alone.
 */
export const FIELDS = {
  // ── touch and desire ──
  caress: f(`touch kiss hug cuddle caress stroke snuggle spoon embrace hold+me hold+my+hand
    hold+hands reach+for lean+in put+my+arm put+my+arms put+my+hand go+to+kiss try+to+kiss
    try+to+hug try+to+touch initiate make+love have+sex sleep+together sleep+with+me`),
  intimacy: f(`kiss cuddle hug have+sex make+love sleep+together be+intimate hold+hands touch`),
  recoil: f(`flinch stiffen recoil tense tense+up pull+away pull+back move+away back+away
    turn+away turn+his+cheek turn+her+cheek turn+their+cheek turn+his+head turn+her+head
    shrug+off shrug+me+off squirm wriggle+away edge+away roll+over turn+over freeze+up
    push+me+away push+my+hand+away go+rigid go+stiff`),
  gaze: f(`look+at+me glance+at+me gaze+at+me look+at+me+like see+me notice+me`),
  desire: f(`fancy desire want+me find+me+attractive attracted+to+me find+me+sexy
    be+attracted+to+me attracted`),
  body: f(`weight body look appearance clothes outfit dress hair haircut skin face figure
    shape belly stomach tummy thighs arms teeth age wrinkle makeup style eating diet size
    bum nose legs`),
  remark: f(`comment remark joke dig jab crack criticise criticize tease mock point+out
    pick+on nitpick make+comment make+remark have+a+go`),
  bodyChange: f(`put+on+weight gain+weight gained+weight let+myself+go let+yourself+go
    look+old look+older look+tired look+fat get+fat got+fat look+rough lose+weight
    go+to+the+gym dress+better wear+makeup wear+that`),
  // ── asking and needing ──
  ask: f(`ask beg plead tell say mention complain explain request raise bring+up
    keep+saying keep+asking try+to+tell hint suggest`),
  needCue: f(`need want wish miss more less priority second attention affection support
    help notice listen hear together evening weekend date+night quality+time come+to+bed
    time+together spend+time`),
  timeTogether: f(`time+together time+with+me time+with+him time+with+her time+with+them
    date+night evening weekend quality+time come+to+bed spend+time spend+more+time
    day+together night+together do+something+together go+out+together see+me+more
    be+home come+home+earlier no+phones put+my+phone put+my+laptop one+evening`),
  supportWords: f(`support help be+there notice+when understand back+me+up look+after
    check+in ask+how help+with lean+on`),
  closeness: f(`affection intimacy sex closeness touch cuddle hug kiss physical+contact
    physical+closeness more+physical`),
  beHeard: f(`listen hear+him hear+her hear+them hear+me take+seriously pay+attention
    put+my+phone+down put+the+phone+down put+down+my+phone look+at+him+when look+at+her+when
    let+him+finish let+her+finish stop+interrupting`),
  notHeard: f(`listen hear understand get+it care notice see pay+attention make+time
    have+time appreciate take+seriously support help`),
  raiseIt: f(`ask+me ask+for bring+it+up mention+it raise+it complain nag ask+about+it
    ask+for+anything ask+me+for`),
  // ── quarrels ──
  quarrel: f(`argue fight row bicker quarrel clash argument fight row spat disagreement
    blow+up falling+out`),
  loop: f(`same in+circles round+and+round around+and+around over+and+over on+repeat
    on+a+loop again+and+again every+single+time the+same+thing`),
  talkAbout: f(`talk+about discuss bring+up mention go+near touch raise go+there
    talk+about+it broach`),
  avoidTopic: f(`avoid steer+clear+of dance+around tiptoe+around skirt+around
    never+mention step+around`),
  taboo: f(`no-go no+go off+the+table off+limits a+sore+subject a+sore+point
    a+touchy+subject a+minefield not+up+for+discussion taboo`),
  prickly: f(`defensive prickly touchy huffy bristle snap+back hit+back get+his+back+up
    get+her+back+up get+their+back+up`),
  hearAs: f(`hear take treat`),
  attackWords: f(`attack criticism accusation bad+person terrible+person blame personal
    personal+attack`),
  dredge: f(`list bring+up drag+up dredge+up rake+up throw remind+me+of go+back+to
    bring+back`),
  pastWrongs: f(`done+wrong did+wrong years+ago months+ago last+year ago mistake
    ever+done ever+said every+mistake past old`),
  sighAt: f(`sigh scoff snort smirk sneer tut laugh+at groan roll+his+eyes roll+her+eyes
    roll+their+eyes`),
  speak: f(`speak talk say open+my+mouth give+my+opinion share`),
  keepInside: f(`keep+things+to+myself keep+it+to+myself keep+stuff+to+myself
    keep+my+feelings+to+myself keep+quiet bite+my+tongue hold+back bottle+it+up
    bottle+things+up swallow+it say+nothing`),
  silentCouple: f(`keep+quiet stay+quiet say+nothing bite+our+tongues let+it+go
    sweep+it+under bottle pretend keep+the+peace leave+it`),
  // ── stress ──
  worn: f(`wrecked shattered knackered exhausted drained frazzled fried spent
    worn+out wiped+out running+on+empty dead+on+his+feet dead+on+her+feet`),
  homeLate: f(`come+home get+home get+in get+back walk+in`),
  screen: f(`laptop emails email work+phone desk spreadsheet`),
  moneyWords: f(`mortgage rent bill debt loan money finance credit+card payment overdraft
    arrears`),
  kin: f(`mum mom mother dad father parent gran grandmother grandma grandad grandfather
    sister brother son daughter nan aunt uncle`),
  illness: f(`stroke illness cancer dementia surgery operation diagnosis fall heart+attack
    alzheimer's chemo treatment care condition`),
  easyTime: f(`weekend holiday vacation day+off time+off break trip week+off coast beach
    away quiet+week quiet+weeks took+over calm+down`),
  selfAgain: f(`himself+again herself+again themselves+again his+old+self her+old+self
    their+old+self old+him old+her old+them like+before back+to+normal the+person+I+know
    a+different+person completely+himself completely+herself completely+themselves
    like+his+old like+her+old`),
  warmAdj: f(`lovely sweet loving affectionate attentive warm present cuddly kind fun great
    wonderful close tender gorgeous engaged relaxed funny chatty happy`),
  fine: f(`fine grand ok okay alright all+right no+big+deal under+control nothing`),
  sortAlone: f(`sort+it sort+it+out sort+things handle+it deal+with+it fix+it manage
    figure+it+out do+everything do+it+all`),
  byOneself: f(`himself herself themselves alone on+his+own on+her+own on+their+own
    by+himself by+herself by+themselves`),
  // ── new goals ──
  glow: f(`light+up glow buzz beam come+alive animated thrilled excited passionate obsessed
    hooked fired+up motivated inspired energised energized enthusiastic live+and+breathe
    over+the+moon`),
  goal: f(`job role promotion business company startup course degree study class training
    marathon race ironman triathlon gym fitness diet plan project band book app venture
    career team patient client shop novel research thesis phd apprenticeship programme
    program coaching club placement lecture essay ride bike run running cycling climbing`),
  consume: f(`take+over eat+into swallow consume take+up fill dominate rule eat+up`),
  lifeTime: f(`life time evening weekend everything schedule diary calendar free+time
    spare+time night`),
  period: f(`evening night weekend morning day`),
  activity: f(`train training ride bike run swim gym study revision essay lecture class
    placement practice rehearsal shift session workout coursework homework assignment
    business project startup course climbing bouldering running cycling yoga wall`),
  startVerb: f(`start begin sign+up+for enrol enroll join take+up get+into go+back+to
    get+really+into get+so+into get+properly+into be+really+into`),
  studyWords: f(`degree course masters phd class classes college uni university diploma
    apprenticeship training+course night+school qualification`),
  fitnessWords: f(`ironman marathon triathlon half+marathon gym crossfit training+plan
    bodybuilding powerlifting ultra race climbing bouldering running cycling yoga swimming
    hiking boxing`),
  // ── feelings ──
  feelingTalk: f(`feeling feelings emotion emotions how+he+feels how+she+feels
    how+they+feel what+he+feels what+she+feels what+they+feel what's+going+on+inside
    sad hurt scared vulnerable`),
  showVerb: f(`do talk+about discuss share express show name say admit open+up+about
    open+up`),
  deflectAnswer: f(`tell+me+about+work talk+about+work tell+me+about change shrug joke
    what+needs+fixing list say+he's+fine say+she's+fine say+they're+fine`),
  reserved: f(`reserved private closed+book closed+off guarded hard+to+read stoic
    walls+up wall+up a+wall not+a+talker not+emotional not+expressive not+a+hugger
    keeps+to+himself keeps+to+herself`),
  // ── distress and leaving ──
  distress: f(`cry upset sad lonely hurt struggle struggling break+down in+tears grieve
    panic+attack panic anxious low down having+a+hard+day have+a+hard+day had+a+hard+day
    have+a+bad+day had+a+bad+day get+emotional fall+apart overwhelmed scared ill sick
    stressed`),
  dismiss: f(`carry+on go+back+to ask+what+we're+having ask+what's+for+dinner pat+my
    pat+me shrug say+I+was+overthinking say+I'm+overthinking say+I+was+overreacting
    say+I'm+overreacting tell+me+to+calm+down brush+it+off brush+off brush+me+off
    laugh+it+off keep+watching look+at+his+phone look+at+her+phone
    turn+the+tv+up change+the+subject tell+me+to+get+over+it`),
  leaveScene: f(`leave walk+away walk+out go+for+a+walk go+out disappear need+space
    get+awkward get+uncomfortable get+uneasy go+quiet go+cold go+distant shut+down
    find+a+reason+to+leave find+an+excuse+to+leave go+to+another+room go+upstairs
    withdraw freeze go+silent make+an+excuse pull+away back+off stiffen awkward
    uncomfortable uneasy`),
  // ── independence ──
  prize: f(`need want crave value guard protect love like cherish insist+on`),
  aloneTime: f(`time+alone alone+time time+to+himself time+to+herself time+to+themselves
    time+on+his+own time+on+her+own own+space space independence freedom recharge
    own+company own+thing own+life own+room`),
  lots: f(`always lot lots loads plenty tons so+much heaps recharge a+lot+of`),
  relyWords: f(`depend+on+him depend+on+her depend+on+them rely+on lean+on need+him
    need+her need+them needy clingy count+on dependent ask+for+help need+help being+needed being+relied+on being+depended+on`),
  pastRel: f(`ex exes ex-girlfriend ex-boyfriend ex-wife ex-husband ex-partner
    last+relationship previous+relationship past+relationship last+girlfriend
    last+boyfriend last+partner last+two+relationships last+few+relationships
    relationships partners boyfriends girlfriends every+girlfriend every+boyfriend
    every+relationship`),
  samePattern: f(`same same+way same+thing exactly+like just+like like+this same+pattern
    identical`),
  goldenPast: f(`best+time happiest golden simpler freer good+old+days glory+days
    best+years before+me single when+he+was+single when+she+was+single best+time+of free
    lived+alone lived+abroad single+life old+life`),
  // ── personal struggles ──
  hobby: f(`play paint draw run cook read game climb cycle swim sing write garden fish
    dance bake knit surf skate go+to+football go+to+the+gym pick+up+his+guitar
    pick+up+her+guitar play+football go+running go+climbing go+fishing`),
  selfLow: f(`waste+of+space failure useless worthless let+me+down let+everyone+down
    let+us+down letting+everyone+down burden loser pathetic no+good a+mess
    disappointment hopeless can't+do+anything+right ashamed`),
  contact: f(`answer return reply+to pick+up see call text meet go+out+with visit
    speak+to talk+to ring`),
  people: f(`friend mate family anyone anybody mum mom parent sister brother people
    colleague`),
  // ── pursuit ──
  pursue: f(`text message call ring chase follow check push press beg plead send
    reach+out double+text bombard pester ask try+harder`),
  insist: f(`again more over+and+over constantly every+night every+day every+hour
    all+day non-stop repeatedly harder the+whole+time again+and+again`),
  press: f(`talk sit+him+down sit+her+down sit+them+down bring+it+up bring+this+up
    bring+things+up raise push press ask+what's+wrong ask+again try+to+discuss
    want+to+talk need+to+talk confront start+a+conversation say+we+need+to+talk`),
  shutDown: f(`leave+the+room walk+away walk+off walk+out go+to+bed go+quiet go+silent
    shut+down say+he's+tired say+she's+tired say+they're+tired change+the+subject
    put+his+headphones put+her+headphones turn+up+the+tv say+nothing clam+up stonewall
    go+to+another+room storm+off fall+asleep pretend+to+sleep leave go+out+for+a+run
    go+for+a+run go+out reply+ok say+ok put+her+phone put+his+phone`),
  giveSpace: f(`leave+it leave+him leave+her leave+them back+off give+him+space
    give+her+space give+them+space go+away step+back stop+texting stop+asking
    stop+chasing pull+back focus+on+myself take+a+step+back go+away+for go+out
    give+him+a+few+days give+her+a+few+days give+them+a+few+days give+him+time give+her+time
    give+them+time give+him+room give+her+room give+them+room leave+him+alone leave+her+alone
    leave+them+alone stop+pushing`),
  comeBack: f(`come+to+me come+back come+round come+around reach+out text+me message+me
    get+in+touch warm+up open+up affectionate loving miss+me seek+me+out
    make+an+effort drift+back`),
  withdrawMore: f(`quieter further colder distant withdrawn away less`),
  // ── settling ──
  spark: f(`butterflies spark fireworks passion excitement thrill magic honeymoon newness
    novelty fizz rush intensity romance chemistry giddiness`),
  calmDown: f(`settle calm fade dim wear+off die+down cool mellow soften into+something
    go gone`),
  intense: f(`fireworks exciting intense magical whirlwind electric a+movie a+film
    a+dream passionate all-consuming`),
  lessExciting: f(`exciting intense passionate thrilling electric spontaneous romantic`),
  flat: f(`flat dull boring humdrum mundane ordinary predictable samey stale`),
  early: f(`beginning start early+days first+months first+year the+first+few`),
  weekday: f(`monday tuesday wednesday thursday friday saturday sunday weekend morning
    evening nightly weekly usual`),
  ritual: f(`roast film movie takeaway walk coffee pizza dinner quiz pub brunch night
    ritual routine tradition series show lie-in`),
  comfy: f(`comfortable comfy cosy cozy settled content calm steady safe stable
    predictable familiar`),
  rhythm: f(`routine rhythm groove pattern habit rut`),
  kindAct: f(`bring+me make+me cook+for+me kiss+me+goodbye text+to+check check+on+me
    run+me+a+bath pick+me+up ask+how+my+day thank+me hug+me help+me`),
  kindAdj: f(`lovely kind sweet caring thoughtful considerate gentle nice+to+me
    good+to+me perfectly+nice`),
  planTalk: f(`plan talk+about look+at save+for book discuss dream+about think+about`),
  future: f(`getting+a+dog dog trip holiday wedding house flat move moving next+year kids
    baby summer autumn spring winter christmas anniversary retirement future deposit
    mortgage renovate extension`),
  respond: f(`laugh+at+my smile+at+me squeeze+my+hand kiss+me hug+me reach+for+my+hand
    text+back reply+straight+away wink`),
  // ── disengaging ──
  phone: f(`phone mobile`),
  hiddenPhone: f(`pocket face+down on+silent with+him with+her with+them everywhere
    locked password away+from+me out+of+sight bathroom toilet turned+over under+his+pillow
    under+her+pillow`),
  cagey: f(`vague cagey evasive secretive shifty guarded mysterious`),
  whereWho: f(`where who what whereabouts plans night evening`),
  shrugOff: f(`whatever do+what+you+want suit+yourself I+don't+care
    don't+know+what+you+want+me+to+say what+do+you+want+me+to+do it+is+what+it+is
    up+to+you who+cares doesn't+matter`),
  disengaged: f(`checked+out going+through+the+motions phoning+it+in coasting
    can't+be+bothered not+bothered given+up gave+up`),
  thinkTime: f(`time+to+think space+to+think time+apart space time+away a+break
    a+breather a+pause distance time+on+his+own time+on+her+own`),
  reconsider: f(`where+this+is+going where+we+stand where+we're+going whether+he+wants
    whether+she+wants whether+they+want if+he+wants if+she+wants if+they+want
    if+this+is+what what+he+wants what+she+wants what+they+want us`),
  asIfNothing: f(`as+if+nothing like+nothing as+though+nothing`),
  makeUp: f(`make+up apologise apologize say+sorry come+and+find+me reach+out make+peace
    patch+things+up smooth+things+over make+the+first+move`),
  newPerson: f(`guy man woman girl lad bloke colleague coworker co-worker workmate
    someone person teammate trainer instructor classmate neighbour`),
  everyMention: f(`every+story every+conversation all+the+time constantly
    keeps+coming+up always+comes+up every+other+sentence`),
  arrange: f(`book plan arrange organise organize decide make+plans accept agree sign+up
    invite`),
  withoutTelling: f(`saying telling asking mentioning checking consulting discussing
    a+word talking letting+me+know including`),
  groupWords: f(`friend mate colleague family people everyone everybody sister brother
    parent mum mom`),
  upbeat: f(`lively funny chatty fine normal happy animated relaxed warm himself herself
    themselves great lovely`),
  flatWithMe: f(`flat cold quiet different distant nothing silent short bored shut closed
    dead`),
  housemate: f(`flatmate roommate housemate lodger stranger colleague coworker sibling
    cousin business+partner co-parent neighbour`),
  sharedDo: f(`do go enjoy share have+fun laugh play cook watch hike travel go+out`),
  // ── fear of intimacy ──
  closeAdj: f(`amazing lovely perfect tender intimate close deep special romantic wonderful
    beautiful great best good proper`),
  closeNoun: f(`moment evening night day weekend date chat talk conversation time trip
    holiday`),
  openUp: f(`open+up opened+up let+me+in cried+in+my+arms told+me+about say+i+love+you
    said+i+love+you tell+me+he+loved tell+me+she+loved`),
  coldTurn: f(`cold distant quiet silent gone vanish disappear ghost pull+away pull+back
    withdraw need+space need+a+few+days need+some+space busy go+quiet go+cold go+awol
    shut+down back+off slow+to+reply off+the+radar dodge push+away push+me+away shut+me+out`),
  bored: f(`get+bored leave find+someone+better realise realize see+through wake+up regret
    tire+of get+tired see+the+real lose+interest`),
  trapped: f(`trapped suffocated smothered caged boxed+in tied+down hemmed+in pressured
    rushed cornered`),
  legal: f(`court court+case lawsuit custody solicitor tribunal hearing trial legal+case
    legal+battle investigation inquest probation charges`),
} as const satisfies Record<string, readonly string[]>;

export type FieldName = keyof typeof FIELDS;
