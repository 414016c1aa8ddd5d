/**
 * Italian. All lists, tone included, are ours. Elided words are one word to the tokenizer
 * ("t'amo", "c'è", "un'altra"), so they are listed as such.
 */
import { byScore, type LanguageLists } from './types.js';

export const it: LanguageLists = {
  common: [
    ...['ad', 'sta', 'stato', 'essere', 'avere', 'fa', 'qualcosa', 'sia', 'perciò', 'ecco', 'eh'],
    ...['non', 'che', 'di', 'e', 'è', 'il', 'la', 'lo', 'gli', 'le', 'un', 'una', 'per', 'con'],
    ...['sono', 'sei', 'ho', 'hai', 'abbiamo', 'io', 'tu', 'ma', 'anche', 'molto', 'oggi'],
    ...['adesso', 'ora', 'già', 'bene', 'sì', 'perché', 'quando', 'questo'],
    ...['questa', 'quello', 'del', 'della', 'dei', 'delle', 'al', 'alla', 'nel', 'nella'],
    ...['mi', 'ti', 'ci', 'si', 'mio', 'mia', 'tuo', 'tua', "anch'io", 'però', 'allora', 'dopo'],
    ...['domani', 'grazie', 'niente', 'tutto', 'poi', 'ancora', "c'è", "l'ho", 'qui'],
    ...['dove', 'fare', 'fatto', 'stai', 'sto', 'va', 'vado', 'voglio', 'posso', 'puoi', 'dai'],
    ...['cioè', 'comunque', 'quindi', 'magari', 'boh', 'davvero', 'troppo', 'da'],
  ],
  affection: [
    ...['ti amo', "t'amo", 'ti voglio', 'tvb', 'tvtb', 'ti adoro', 'mi manchi', 'manchi'],
    ...['amore', 'amo', 'tesoro', 'tesorino', 'cucciolo', 'cucciola', 'piccola mia', 'bimba'],
    ...['bimbo', 'baby', 'dolcezza', 'vita mia', 'cuore', 'bacio'],
    ...['baci', 'bacini', 'bacione', 'bacioni', 'abbraccio', 'abbracci', 'abbraccione'],
    ...['coccole', 'innamorato', 'innamorata', 'fiero di', 'fiera di', 'orgoglioso di'],
    ...['orgogliosa di', 'amorino', 'love', 'xoxo', 'bella mia', 'amore mio'],
  ],
  future: [
    ...['domani', 'dopodomani', 'weekend', 'fine settimana', 'settimana prossima', 'prossima'],
    ...['mese prossimo', 'anno prossimo', 'prossimo anno', 'prossima volta', 'piani'],
    ...['progetto', 'progetti', 'programma', 'programmi', 'futuro', 'un giorno', 'presto'],
    ...['viaggio', 'viaggiare', 'vacanza', 'vacanze', 'ferie', 'matrimonio', 'sposarci'],
    ...['insieme', 'andiamo', 'facciamo', 'dovremmo', 'potremmo', 'andremo', 'faremo'],
    ...['convivere', 'trasferirci', 'prenotare', 'prenotato', "vedo l'ora", 'ci vediamo'],
  ],
  we: [
    ...['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre', 'siamo', 'abbiamo', 'andiamo'],
    ...['facciamo', 'possiamo', 'dobbiamo'],
  ],
  i: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie', 'sono', 'ho', 'sto', 'vado', 'voglio'],
  stress: [
    ...['stress', 'stressato', 'stressata', 'stressante', 'stanco', 'stanca', 'stanchissimo'],
    ...['stanchissima', 'sfinito', 'sfinita', 'esausto', 'esausta', 'distrutto', 'distrutta'],
    ...['sommerso', 'sommersa', 'pressione', 'scadenza', 'scadenze'],
    ...['troppo lavoro', 'tanto lavoro', 'ansia', 'ansioso', 'ansiosa', 'preoccupato'],
    ...['preoccupata', 'nervoso', 'nervosa', 'insonnia', 'dormito male', 'non dormo'],
    ...['mal di', 'esaurito', 'esaurita', 'burnout', 'senza tempo', 'incasinato', 'incasinata'],
  ],
  apology: [
    ...['scusa', 'scusami', 'scuse', 'scusate', 'perdonami', 'perdono', 'mi dispiace', 'dispiace'],
    ...['colpa mia', 'sorry'],
  ],
  negators: ['non', 'mai', 'niente', 'nulla', 'senza', 'né', 'nessun', 'nessuno', 'nessuna'],
  tone: byScore({
    5: ['meraviglioso', 'meravigliosa', 'stupendo', 'stupenda', 'fantastico', 'fantastica'],
    4: ['perfetto', 'perfetta', 'bellissimo', 'bellissima', 'splendido', 'splendida', 'adoro'],
    3: [
      ...['felice', 'felici', 'bello', 'bella', 'belli', 'ottimo', 'ottima', 'fico', 'figo'],
      ...['divertente', 'gioia', 'contento', 'contenta', 'bravissimo', 'bravissima'],
      ...['ahah', 'ahahah', 'ahahahah', 'haha', 'hahaha', 'yay', 'wow', 'eccellente'],
      ...['entusiasta', 'buonissimo', 'buonissima', 'evviva', 'piace', 'piaciuto'],
    ],
    2: [
      ...['bene', 'buono', 'buona', 'grazie', 'meglio', 'bravo', 'brava', 'tranquillo'],
      ...['tranquilla', 'carino', 'carina', 'dolce', 'orgoglioso', 'orgogliosa', 'fortuna'],
      ...['successo', 'lol', 'simpatico', 'simpatica', 'rilassato', 'rilassata', 'ridere'],
      ...['grande'],
    ],
    1: ['ok', 'okay', 'spero', 'speriamo', 'favore', 'va bene'],
    [-1]: ['peccato', 'problema', 'strano', 'strana', 'boh', 'mah', 'uff'],
    [-2]: [
      ...['male', 'brutto', 'brutta', 'triste', 'tristezza', 'arrabbiato', 'arrabbiata'],
      ...['noioso', 'noiosa', 'malato', 'malata', 'dolore', 'piangere', 'piango', 'pianto'],
      ...['geloso', 'gelosa', 'deluso', 'delusa', 'difficile', 'paura', 'stanco', 'stanca'],
      ...['litigare', 'litigato', 'litigio', 'problemi', 'ingiusto', 'colpa', 'freddo'],
      ...['preoccupato', 'preoccupata', 'soffrire', 'ferito', 'ferita', 'palle', 'pesante'],
    ],
    [-3]: [
      ...['orribile', 'terribile', 'odio', 'schifo', 'furioso', 'furiosa', 'sfinito', 'sfinita'],
      ...['disastro', 'bugia', 'bugie', 'mentito', 'pessimo', 'pessima', 'depresso', 'depressa'],
      ...['insopportabile', 'incazzato', 'incazzata'],
    ],
    [-4]: ['merda', 'cazzo', 'schifoso', 'schifosa', 'vaffanculo'],
    [-5]: ['stronzo', 'stronza', 'bastardo', 'bastarda'],
  }),
  spelling: 'strip',
};
