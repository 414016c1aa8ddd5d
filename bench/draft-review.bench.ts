/**
 * The draft reviewer (issue 6) on the corpus we wrote (src/domain/guidance/corpus/drafts.json):
 * precision and recall per problem kind, side by side with a naive keyword matcher measured in
 * the same run, plus throughput on generated longer drafts.
 *
 * Caveat printed with the figures: the corpus and the patterns were written by the same team,
 * so these are in-sample figures and flatter the reviewer.
 */
import {
  draftCorpus,
  guidanceData,
  reviewDraft,
  scoreFindings,
  type KindScore,
} from '../src/domain/guidance/index.js';
import { mulberry32, percentile } from './stats.js';

/** The reference: single words a quick tool might look for, with no context at all. */
const NAIVE: { kind: string; pattern: RegExp }[] = [
  { kind: 'absolute', pattern: /\b(?:always|never|every time|constantly)\b/giu },
  { kind: 'blame', pattern: /\bwhy\b|\bfault\b|\byou made me\b/giu },
  { kind: 'contempt', pattern: /\bwhatever\b|\bgreat\b|\bsure\b|\bstupid\b|\bidiot\b|🙄/giu },
  {
    kind: 'mind-reading',
    pattern: /\bobviously\b|\bclearly\b|\byou just want\b|\bdon't care\b/giu,
  },
];

function naive(text: string) {
  return NAIVE.flatMap(({ kind, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length })),
  );
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const row = (name: string, s: KindScore, r: KindScore) =>
  `${name.padEnd(13)} ${pct(s.precision)} ${pct(s.recall)}   ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}   | ${pct(r.precision)} ${pct(r.recall)}`;

export async function run(): Promise<void> {
  const data = guidanceData().draftReview;
  const corpus = draftCorpus();
  const marked = corpus.drafts.reduce((n, d) => n + d.problems.length, 0);
  const clean = corpus.drafts.filter((d) => d.problems.length === 0).length;
  console.log(
    `corpus: ${corpus.drafts.length} drafts, ${marked} marked problems, ${clean} drafts with none`,
  );

  const ours = scoreFindings(corpus.drafts, (t) => reviewDraft(data, t).findings);
  const reference = scoreFindings(corpus.drafts, naive);
  console.log('\nkind          reviewer        TP  FP  FN   | naive keywords');
  console.log('              prec.  rec.                  | prec.  rec.');
  for (const kind of ['absolute', 'blame', 'contempt', 'mind-reading', 'all'] as const) {
    console.log(row(kind, ours[kind], reference[kind]));
  }
  const f1 = (s: KindScore) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
  console.log(
    `\nF1 overall: reviewer ${f1(ours.all).toFixed(2)}, naive ${f1(reference.all).toFixed(2)} (ratio ${(f1(ours.all) / (f1(reference.all) || 1)).toFixed(2)}×)`,
  );
  console.log(
    'in-sample: the corpus and the patterns were written by the same team; expect lower figures on new text.',
  );

  // Throughput on longer drafts: several corpus sentences joined, as a long message would be.
  const random = mulberry32(6);
  const texts = Array.from({ length: 2_000 }, () =>
    Array.from(
      { length: 8 },
      () => corpus.drafts[Math.floor(random() * corpus.drafts.length)]?.text ?? '',
    ).join(' '),
  );
  const time = (f: (t: string) => unknown) => {
    const timings: number[] = [];
    for (const t of texts) {
      const started = performance.now();
      f(t);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
  };
  time((t) => reviewDraft(data, t)); // warm-up
  const reviewer = time((t) => reviewDraft(data, t));
  const baseline = time(naive);
  const avgChars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  console.log(
    `\nspeed on ${texts.length} drafts of ~${avgChars.toFixed(0)} characters: reviewer p50 ${reviewer.p50.toFixed(3)} ms, p95 ${reviewer.p95.toFixed(3)} ms; naive p50 ${baseline.p50.toFixed(3)} ms (reviewer/naive ${(reviewer.p50 / (baseline.p50 || 1e-9)).toFixed(1)}×)`,
  );
  await Promise.resolve();
}
