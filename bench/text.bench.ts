/**
 * `npm run bench -- text`: how well free text is read, on our own labelled corpus.
 * Prints precision and recall per signal family, top-1 and top-3 cause accuracy (text alone,
 * no answers), the safety confusion matrix next to a naive keyword reference measured in the
 * same run, and the time per 300-word description (p50/p95) next to tokenization alone.
 */
import { loadavg } from 'node:os';
import { mulberry32 } from './stats.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { assess } from '../src/domain/evidence/index.js';
import { knowledgeBase, type KnowledgeBase } from '../src/domain/knowledge/index.js';
import { analyzeText, toObservations } from '../src/domain/text/index.js';
import {
  BLIND_SETS,
  DESCRIPTION_CASES,
  EXTRA_DESCRIPTIONS,
  EXTRA_SAFETY,
  HELD_OUT_DESCRIPTIONS,
  HELD_OUT_SAFETY,
  SAFETY_CASES,
  type DescriptionCase,
  type LevelledSafetyCase,
  type SafetyCase,
} from '../src/domain/text/corpus/index.js';

const settingsOf = (c: { name?: string; pronoun?: 'they' | 'she' | 'he' }) => ({
  ...(c.name ? { name: c.name } : {}),
  ...(c.pronoun ? { pronoun: c.pronoun } : {}),
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const family = (id: string) => id.split('.')[0] ?? id;

type Counts = { tp: number; fp: number; fn: number };

function signalAccuracy(cases: readonly DescriptionCase[], kb: KnowledgeBase) {
  const perFamily = new Map<string, Counts>();
  const bump = (id: string, key: keyof Counts) => {
    const counts = perFamily.get(family(id)) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key] += 1;
    perFamily.set(family(id), counts);
  };
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const analysis = analyzeText(c.text, settingsOf(c));
    const found = new Set(analysis.signals.map((s) => s.id));
    const expected = new Set(c.signals);
    for (const id of found) bump(id, expected.has(id) ? 'tp' : 'fp');
    for (const id of expected) if (!found.has(id)) bump(id, 'fn');
    const ranked = assess(kb, toObservations(analysis)).causes.map((x) => x.id);
    const rank = ranked.indexOf(c.cause);
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    else misses.push(`${c.id} (labelled ${c.cause}; ranked ${ranked.slice(0, 3).join(', ')})`);
  }
  return { perFamily, top1: top1 / cases.length, top3: top3 / cases.length, misses };
}

/** The reference: a naive keyword spotter with no negation, idioms or who-does-what. */
const NAIVE =
  /\b(?:hit|hits|kill\w*|murder\w*|choke\w*|strangl\w*|knife|gun|threat\w*|scared|afraid|hurt\w*|die|dying|dead|suicid\w*|stalk\w*|track\w*|control\w*|push\w*|slap\w*|beat\w*|force\w*)\b/i;

function safetyConfusion(cases: readonly SafetyCase[], descriptions: readonly DescriptionCase[]) {
  const all = [
    ...cases.map((c) => ({ text: c.text, positive: c.flags.length > 0, flags: c.flags, c })),
    ...descriptions.map((c) => ({ text: c.text, positive: false, flags: [] as string[], c })),
  ];
  const ours = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const naive = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let flagsExpected = 0;
  let flagsFound = 0;
  const alarms: string[] = [];
  const missed: string[] = [];
  for (const item of all) {
    const flags = analyzeText(item.text, settingsOf(item.c)).safety.flags.map((f) => f.id);
    const raised = flags.length > 0;
    const naiveRaised = NAIVE.test(item.text);
    const cell = (m: typeof ours, r: boolean) => {
      if (item.positive) m[r ? 'tp' : 'fn'] += 1;
      else m[r ? 'fp' : 'tn'] += 1;
    };
    cell(ours, raised);
    cell(naive, naiveRaised);
    flagsExpected += item.flags.length;
    flagsFound += item.flags.filter((f) => flags.includes(f as never)).length;
    if (!item.positive && raised) alarms.push(`${item.c.id}: ${flags.join(', ')}`);
    const lost = item.flags.filter((f) => !flags.includes(f as never));
    if (lost.length > 0) missed.push(`${item.c.id}: ${lost.join(', ')}`);
  }
  return { ours, naive, flagRecall: flagsFound / Math.max(1, flagsExpected), alarms, missed };
}

/** 300-word descriptions stitched from corpus sentences in a seeded order. */
function generateDescriptions(count: number, words: number): string[] {
  const random = mulberry32(20261121);
  const sentences = DESCRIPTION_CASES.flatMap((c) => c.text.split(/(?<=[.!?])\s+/));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const s = sentences[Math.floor(random() * sentences.length)] ?? '';
      parts.push(s);
      n += s.split(/\s+/).length;
    }
    out.push(parts.join(' '));
  }
  return out;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function timing() {
  const texts = generateDescriptions(300, 300);
  const nlp = winkNLP(model, ['sbd', 'pos']);
  // Warm up both (model load, regex compilation), then measure.
  for (const t of texts.slice(0, 30)) {
    analyzeText(t);
    nlp.readDoc(t);
  }
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const reference: number[] = [];
  for (const t of texts) {
    let start = performance.now();
    nlp.readDoc(t).tokens().out();
    reference.push(performance.now() - start);
    // CPU time beside wall time: on a shared, busy machine the wall clock mostly measures waiting.
    const cpu = process.cpuUsage();
    start = performance.now();
    analyzeText(t);
    ours.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    oursCpu.push((used.user + used.system) / 1000);
  }
  ours.sort((a, b) => a - b);
  oursCpu.sort((a, b) => a - b);
  reference.sort((a, b) => a - b);
  return {
    cpuP50: quantile(oursCpu, 0.5),
    cpuP95: quantile(oursCpu, 0.95),
    p50: quantile(ours, 0.5),
    p95: quantile(ours, 0.95),
    refP50: quantile(reference, 0.5),
    refP95: quantile(reference, 0.95),
  };
}

function report(
  title: string,
  descriptions: readonly DescriptionCase[],
  safetyCases: readonly SafetyCase[],
  kb: KnowledgeBase,
): void {
  console.log(
    `\n── ${title}: ${descriptions.length} descriptions, ${safetyCases.length} safety cases ──`,
  );
  const signals = signalAccuracy(descriptions, kb);
  console.log('signals by family');
  console.log('  family         precision  recall   (tp / fp / fn)');
  for (const [name, c] of [...signals.perFamily].sort()) {
    const precision = c.tp / Math.max(1, c.tp + c.fp);
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    console.log(
      `  ${name.padEnd(14)} ${pct(precision).padStart(8)}  ${pct(recall).padStart(7)}   (${c.tp} / ${c.fp} / ${c.fn})`,
    );
  }
  console.log(
    `causes from text alone: top-1 ${pct(signals.top1)}, top-3 ${pct(signals.top3)} (target ≥ 85%)`,
  );
  for (const miss of signals.misses) console.log(`  not in top 3: ${miss}`);

  const safety = safetyConfusion(safetyCases, descriptions);
  const show = (label: string, m: typeof safety.ours) => {
    const recall = m.tp / Math.max(1, m.tp + m.fn);
    const falseAlarms = m.fp / Math.max(1, m.fp + m.tn);
    console.log(`  ${label}`);
    console.log('                    flagged   not flagged');
    console.log(`    disclosure      ${String(m.tp).padStart(7)}   ${String(m.fn).padStart(11)}`);
    console.log(`    no disclosure   ${String(m.fp).padStart(7)}   ${String(m.tn).padStart(11)}`);
    console.log(`    recall ${pct(recall)}, false alarms ${pct(falseAlarms)}`);
    return { recall, falseAlarms };
  };
  console.log('safety, per text (safety cases + the descriptions, which hold no disclosures)');
  show('closer', safety.ours);
  show('reference: naive keyword spotting, same texts', safety.naive);
  console.log(`  flag-level recall (each expected flag raised): ${pct(safety.flagRecall)}`);
  for (const miss of safety.missed) console.log(`  missed: ${miss}`);
  for (const alarm of safety.alarms) console.log(`  false alarm: ${alarm}`);
}

const LEVEL_RANK = { none: 0, concern: 1, urgent: 2 } as const;

/**
 * The blind set: causes (no signal labels there), then safety per case by level (what matters to
 * the person: was a disclosure seen, was an urgent one urgent, did a negative stay quiet) and per
 * flag, strict (a neighbouring extra flag on a true disclosure counts as a false positive here).
 */
function blindReport(
  title: string,
  descriptions: readonly DescriptionCase[],
  safetyCases: readonly LevelledSafetyCase[],
  kb: KnowledgeBase,
): void {
  console.log(
    `\n── ${title}: ${descriptions.length} descriptions, ${safetyCases.length} safety cases ──`,
  );
  const causes = signalAccuracy(descriptions, kb);
  console.log(
    `causes from text alone: top-1 ${pct(causes.top1)}, top-3 ${pct(causes.top3)} (target ≥ 85%)`,
  );
  for (const miss of causes.misses) console.log(`  not in top 3: ${miss}`);

  const disclosures = safetyCases.filter((c) => c.level !== 'none');
  const urgent = safetyCases.filter((c) => c.level === 'urgent');
  const negatives = safetyCases.filter((c) => c.level === 'none');
  let seen = 0;
  let urgentSeen = 0;
  let overLevelled = 0;
  let alarms = 0;
  let naiveSeen = 0;
  let naiveAlarms = 0;
  const perFlag = new Map<string, Counts>();
  const bump = (id: string, key: keyof Counts) => {
    const counts = perFlag.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key] += 1;
    perFlag.set(id, counts);
  };
  const notes: string[] = [];
  for (const c of safetyCases) {
    const analysis = analyzeText(c.text, settingsOf(c));
    const level = analysis.safety.level;
    const raised = new Set<string>(analysis.safety.flags.map((f) => f.id));
    for (const id of raised) bump(id, c.flags.includes(id as never) ? 'tp' : 'fp');
    for (const id of c.flags) if (!raised.has(id)) bump(id, 'fn');
    if (NAIVE.test(c.text)) {
      if (c.level === 'none') naiveAlarms += 1;
      else naiveSeen += 1;
    }
    const got = `${level}${raised.size > 0 ? ` [${[...raised].join(', ')}]` : ''}`;
    if (c.level === 'none') {
      if (level !== 'none') {
        alarms += 1;
        notes.push(`  false alarm: ${c.id}: ${got}`);
      }
      continue;
    }
    if (LEVEL_RANK[level] >= 1) seen += 1;
    else notes.push(`  missed: ${c.id} (labelled ${c.level} [${c.flags.join(', ')}]): none`);
    if (c.level === 'urgent') {
      if (level === 'urgent') urgentSeen += 1;
      else if (level === 'concern') notes.push(`  not urgent: ${c.id}: ${got}`);
    } else if (level === 'urgent') {
      overLevelled += 1;
      notes.push(`  over-levelled: ${c.id} (labelled concern [${c.flags.join(', ')}]): ${got}`);
    }
  }
  let descriptionAlarms = 0;
  for (const c of descriptions) {
    const analysis = analyzeText(c.text, settingsOf(c));
    if (analysis.safety.level !== 'none') {
      descriptionAlarms += 1;
      const ids = analysis.safety.flags.map((f) => `${f.id} "${f.quote}"`);
      notes.push(`  flag on a description: ${c.id}: ${ids.join(', ')}`);
    }
  }
  console.log('safety, per case (by level)');
  console.log(
    `  disclosures seen (level ≥ concern): ${seen} / ${disclosures.length} = ${pct(seen / Math.max(1, disclosures.length))}`,
  );
  console.log(
    `  urgent cases read as urgent:        ${urgentSeen} / ${urgent.length} = ${pct(urgentSeen / Math.max(1, urgent.length))}`,
  );
  console.log(
    `  concern cases read as urgent:       ${overLevelled} / ${disclosures.length - urgent.length}`,
  );
  console.log(
    `  false alarms on negatives:          ${alarms} / ${negatives.length} = ${pct(alarms / Math.max(1, negatives.length))} (target ≤ 10%)`,
  );
  console.log(
    `  reference, naive keyword spotting:  disclosures seen ${pct(naiveSeen / Math.max(1, disclosures.length))}, false alarms ${pct(naiveAlarms / Math.max(1, negatives.length))}`,
  );
  console.log(
    `  flags on the blind descriptions:    ${descriptionAlarms} / ${descriptions.length} (labelled with causes only; none discloses abuse)`,
  );
  console.log('safety, per flag (strict: any flag not labelled counts as a false positive)');
  console.log('  flag                          precision  recall   (tp / fp / fn)');
  let all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [id, c] of [...perFlag].sort()) {
    all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn };
    console.log(
      `  ${id.padEnd(29)} ${pct(c.tp / Math.max(1, c.tp + c.fp)).padStart(8)}  ${pct(c.tp / Math.max(1, c.tp + c.fn)).padStart(7)}   (${c.tp} / ${c.fp} / ${c.fn})`,
    );
  }
  console.log(
    `  ${'all flags'.padEnd(29)} ${pct(all.tp / Math.max(1, all.tp + all.fp)).padStart(8)}  ${pct(all.tp / Math.max(1, all.tp + all.fn)).padStart(7)}   (${all.tp} / ${all.fp} / ${all.fn})`,
  );
  for (const note of notes) console.log(note);
}

function printTiming(t: ReturnType<typeof timing>): void {
  console.log('\ntime per 300-word description (300 generated, after warm-up)');
  console.log(`  closer analyzeText      p50 ${t.p50.toFixed(2)} ms   p95 ${t.p95.toFixed(2)} ms`);
  console.log(
    `  closer, CPU time        p50 ${t.cpuP50.toFixed(2)} ms   p95 ${t.cpuP95.toFixed(2)} ms   (load average ${loadavg()[0]?.toFixed(1) ?? '?'})`,
  );
  console.log(
    `  reference: wink alone   p50 ${t.refP50.toFixed(2)} ms   p95 ${t.refP95.toFixed(2)} ms   (ratio p50 ${(t.p50 / t.refP50).toFixed(1)}×)`,
  );
  console.log('  target: under 20 ms (figures are wall-clock: a busy machine inflates them)');
}

export async function run(): Promise<void> {
  await Promise.resolve();
  // Timed first, as a person's description is read: measured after the sets below had run, the
  // same texts took over twice as long (23 ms against 9 ms p50 on 2026-11-22), an effect of the
  // state the long run leaves behind, not of the reader.
  const t = timing();
  const kb = knowledgeBase();
  report('our corpus (the lexicon was tuned on it)', DESCRIPTION_CASES, SAFETY_CASES, kb);
  report(
    'second set (blind on its first run, tuned once since: see docs)',
    HELD_OUT_DESCRIPTIONS,
    HELD_OUT_SAFETY,
    kb,
  );
  for (const set of BLIND_SETS) blindReport(set.label, set.descriptions, set.safety, kb);
  blindReport(
    'our extra sets (written to test wording no rule listed)',
    EXTRA_DESCRIPTIONS,
    EXTRA_SAFETY,
    kb,
  );

  printTiming(t);
}
