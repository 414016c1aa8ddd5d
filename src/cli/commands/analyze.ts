/**
 * `closer analyze --text FILE`: read a description in the person's own words and show what it
 * says — safety first, then each signal with the words behind it, then the possible causes.
 */
import type { Command } from 'commander';
// The analysis itself (and its wink-nlp language model, ~40 MiB) loads when the command runs.
import type { AnalyzeReport } from '../../app/analyze.js';
import type { PartnerWording } from '../../app/assess.js';
import { MAX_TEXT_BYTES } from '../../app/limits.js';
import { badInput, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';

type AnalyzeOptions = { text?: string; json?: boolean; name?: string; pronoun?: string };

function wording(options: AnalyzeOptions): PartnerWording {
  const result: PartnerWording = {};
  if (options.name !== undefined) result.name = options.name;
  if (options.pronoun !== undefined) {
    if (options.pronoun !== 'they' && options.pronoun !== 'she' && options.pronoun !== 'he') {
      badInput(`--pronoun must be they, she or he (got "${options.pronoun}")`);
    }
    result.pronoun = options.pronoun;
  }
  return result;
}

const percent = (score: number) => `${Math.round(score * 100)}%`.padStart(4);

/** The readable summary: safety first with where to find help, then the words behind each signal. */
export function formatAnalysis(report: AnalyzeReport, labels: Map<string, string>): string {
  const lines: string[] = [];
  if (report.safety.level !== 'none') {
    lines.push(
      report.safety.level === 'urgent'
        ? 'Your safety comes first. Some of what you wrote suggests you may be in danger.'
        : 'Your safety comes first. Some of what you wrote is a warning sign worth taking seriously.',
      '  In an emergency, call your local emergency number. Run `closer plan` for support lines in your country.',
      ...report.safety.flags.map(
        (f) => `  - ${labels.get(`safety.${f.id}`) ?? f.id}: "${f.quote}"`,
      ),
      '',
    );
  }
  if (report.signals.length === 0) {
    lines.push('Nothing in the text pointed clearly at a signal yet; the questions can help.');
  } else {
    lines.push('What we read in your words:');
    for (const s of report.signals) {
      const hedge = s.value < 1 ? ' (you sounded unsure)' : '';
      lines.push(`  - ${labels.get(s.id) ?? s.id}${hedge}: "${s.quote}"`);
    }
  }
  const top = report.causes.filter((c) => c.for.length > 0).slice(0, 3);
  if (top.length > 0) {
    lines.push('', 'Possible explanations to explore, most likely first (not a diagnosis):');
    top.forEach((cause, i) => lines.push(`  ${i + 1}. ${cause.name}  ${percent(cause.score)}`));
  }
  if (report.next) lines.push('', `What would make it clearer: ${report.next.text}`);
  return lines.join('\n');
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description(
      'Read a description in your own words: safety flags and signals, with the words behind each',
    )
    .requiredOption(
      '--text <file>',
      'the description, as a UTF-8 text file (- reads stdin; at most 100 KiB)',
    )
    .option('--json', 'print the result as JSON')
    .option('--name <name>', "your partner's name, so the text can be read for it")
    .option('--pronoun <pronoun>', 'they, she or he (default: they)')
    .addHelpText(
      'after',
      '\nExamples:\n  closer analyze --text what-happened.txt\n  echo "He works late every night since the promotion." | closer analyze --text - --json --pronoun he',
    )
    .action(async (options: AnalyzeOptions) => {
      const settings = wording(options);
      const file = options.text ?? '-';
      const text = await readTextInput(file, { maxBytes: MAX_TEXT_BYTES });
      const { analyzeDescription, signalLabels } = await import('../../app/analyze.js');
      const report = analyzeDescription(text, settings, file === '-' ? 'stdin' : file);
      if (!report.ok) badInput(report.error.message);
      if (options.json) printJson(report.value);
      else process.stdout.write(`${formatAnalysis(report.value, signalLabels())}\n`);
    });
}
