/**
 * The tokenizer adapter: sentences and tokens from wink-nlp with its English "lite web" model,
 * which ships inside its npm package (nothing is downloaded at run time) and is plain JavaScript
 * with JSON data — no `node:*` imports, so it can live in the pure domain.
 *
 * Everything downstream works on character offsets into the ORIGINAL text, so every quote we
 * show is `text.slice(start, end)`. wink reports token values, not offsets; we recover the
 * offsets by finding each value in the text from a moving cursor.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Token = {
  /** The token as written. */
  text: string;
  /** Lower-cased text, with typographic apostrophes made straight. */
  lower: string;
  /** Universal part-of-speech tag from wink (PRON, VERB, PROPN, …). */
  pos: string;
  start: number;
  end: number;
};

export type Sentence = { start: number; end: number; tokens: Token[] };

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

// Loading the model takes ~80 ms; do it once, on first use.
function engine(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const isLineBreak = (value: string) =>
  value.includes('\n') ||
  value.includes('\r') ||
  value.includes('\u2028') ||
  value.includes('\u2029');

/** Contraction tails written without the apostrophe, as wink splits them off the word before. */
const CONTRACTION_TAILS = new Map([
  ['nt', "n't"],
  ['ve', "'ve"],
  ['ll', "'ll"],
  ['re', "'re"],
]);

/**
 * Splits text into sentences of tokens with offsets into the original text. Line breaks also
 * end a sentence: people writing about their lives often skip the full stop.
 *
 * @example
 * const [first] = tokenize('He works late. I miss him.');
 * first.tokens.map((t) => t.text); // ['He', 'works', 'late', '.']
 */
export function tokenize(text: string): Sentence[] {
  if (text.trim() === '') return [];
  // wink's `its` helpers are plain functions passed by reference, as its API intends.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = engine().its;
  const doc = engine().readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const spanOf = its.span;
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: (Token | undefined)[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    // wink keeps tokens verbatim; should one ever not be found, skip it rather than misplace it.
    if (value === '' || at < 0) {
      tokens.push(undefined);
      return;
    }
    const previous = tokens[tokens.length - 1];
    cursor = at + value.length;
    const lower = value.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
    // Texting without apostrophes ("doesnt", "ive"): wink splits the word as it would with one,
    // so the tail attached to the word before is read as the contraction it stands for.
    const attached = previous !== undefined && previous.end === at;
    tokens.push({
      text: value,
      lower: attached ? (CONTRACTION_TAILS.get(lower) ?? lower) : lower,
      pos: tags[i] ?? 'X',
      start: at,
      end: cursor,
    });
  });

  const sentences: Sentence[] = [];
  const push = (group: Token[]) => {
    const words = group.filter((t) => t.pos !== 'SPACE' && !isLineBreak(t.text));
    const first = words[0];
    const last = words[words.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens: words });
  };
  const sentenceSpans: number[][] = [];
  doc.sentences().each((sentence: { out: (f: typeof spanOf) => unknown }) => {
    sentenceSpans.push(sentence.out(spanOf) as number[]);
  });
  for (const [from = 0, to = -1] of sentenceSpans) {
    let group: Token[] = [];
    for (let i = from; i <= to; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      if (isLineBreak(token.text)) {
        push(group);
        group = [];
      } else group.push(token);
    }
    push(group);
  }
  return sentences;
}
