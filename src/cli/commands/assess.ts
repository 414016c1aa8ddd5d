/**
 * `closer assess` (interactive, or from an answers file) and `closer questions`.
 */
import type { Command } from 'commander';
// Only types at the top: the knowledge base, the evidence sources (text analysis, chat
// importers), the prompts and the vault load when a command that needs them runs, so that
// every other command starts without them.
import type { AssessmentReport, Observation, PartnerWording } from '../../app/assess.js';
import type { EvidenceSources } from '../../app/evidence-sources.js';
import { MAX_TEXT_BYTES } from '../../app/limits.js';
import { badInput, CliExit, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';
import { saveToVault } from './vault.js';

/** Answers files are small; anything bigger is a mistake (the wrong file). */
const MAX_ANSWERS_BYTES = 1 << 20;
const BACK = '__back__';

type AssessOptions = {
  answers?: string;
  json?: boolean;
  name?: string;
  pronoun?: string;
  text?: string;
  checkins?: string;
  events?: string;
  chat?: string;
  me?: string;
  partner?: string;
  tz?: string;
};

/** Check-in and event files are small CSVs; a year of daily check-ins is a few KiB. */
const MAX_CSV_BYTES = 5 << 20;

/** Reads the evidence files named on the command line and weighs them with the answers. */
async function evidenceFrom(
  options: AssessOptions,
  wording: PartnerWording,
): Promise<Observation[]> {
  if (options.events && !options.checkins) badInput('--events needs --checkins FILE.csv');
  if (options.text === '-' && options.answers === '-')
    badInput('--text and --answers cannot both read stdin');
  const sources: EvidenceSources = { wording };
  if (options.text) {
    sources.text = {
      name: options.text === '-' ? 'stdin' : options.text,
      text: await readTextInput(options.text, { maxBytes: MAX_TEXT_BYTES }),
    };
  }
  if (options.checkins) {
    sources.checkIns = {
      name: options.checkins,
      text: await readTextInput(options.checkins, { maxBytes: MAX_CSV_BYTES }),
    };
  }
  if (options.events) {
    sources.events = {
      name: options.events,
      text: await readTextInput(options.events, { maxBytes: MAX_CSV_BYTES }),
    };
  }
  if (options.chat) {
    sources.chat = { path: options.chat };
    if (options.me !== undefined) sources.chat.me = options.me;
    if (options.partner !== undefined) sources.chat.partner = options.partner;
    if (options.tz !== undefined) sources.chat.timeZone = options.tz;
  }
  // No files named: nothing to gather, and no reason to load the readers.
  if (!sources.text && !sources.checkIns && !sources.chat) return [];
  const { gatherEvidence } = await import('../../app/evidence-sources.js');
  const gathered = await gatherEvidence(sources);
  if (!gathered.ok) badInput(gathered.error.message);
  return gathered.value;
}

export function wordingFrom(options: { name?: string; pronoun?: string }): PartnerWording {
  const wording: PartnerWording = {};
  if (options.name !== undefined) wording.name = options.name;
  if (options.pronoun !== undefined) {
    if (options.pronoun !== 'they' && options.pronoun !== 'she' && options.pronoun !== 'he') {
      badInput(`--pronoun must be they, she or he (got "${options.pronoun}")`);
    }
    wording.pronoun = options.pronoun;
  }
  return wording;
}

const percent = (score: number) => `${Math.round(score * 100)}%`.padStart(4);
const bar = (score: number) => '█'.repeat(Math.round(score * 20)).padEnd(20, '·');

/** The readable report: safety first, then the possible explanations with their reasons. */
export function formatReport(report: AssessmentReport, top = 5): string {
  const lines: string[] = [];
  if (report.safety.level !== 'none') {
    lines.push(
      report.safety.level === 'urgent'
        ? 'Your safety comes first. Some of what you shared suggests you may be in danger.'
        : 'Your safety comes first. Some of what you shared is a warning sign worth taking seriously.',
      '  Run `closer plan` for support lines in your country. In an emergency, call your local emergency number.',
      ...report.safety.flags.map((f) => `  - ${f.id} (${f.level}): ${f.evidence}`),
      '',
    );
  }
  lines.push('Possible explanations to explore, most likely first (not a diagnosis):', '');
  report.causes.slice(0, top).forEach((cause, i) => {
    lines.push(
      `${i + 1}. ${cause.name}  ${bar(cause.score)} ${percent(cause.score)}  (${cause.confidence} confidence)`,
    );
    for (const item of cause.for.slice(0, 3)) lines.push(`     + ${item.label}: ${item.evidence}`);
    for (const item of cause.against.slice(0, 2))
      lines.push(`     - ${item.label}: ${item.evidence}`);
    if (cause.for.length === 0 && cause.against.length === 0)
      lines.push('     (no evidence either way yet)');
  });
  if (report.next) lines.push('', `What would make it clearer: ${report.next.text}`);
  return lines.join('\n');
}

async function interactive(
  wording: PartnerWording,
  observations: Observation[],
): Promise<{ answers: Record<string, string>; report: AssessmentReport }> {
  const { cancel, intro, isCancel, log, note, outro, select } = await import('@clack/prompts');
  const { createAssessmentSession } = await import('../../app/assess.js');
  intro('closer — what might be going on');
  note(
    'A few questions, one at a time. "Not sure" is always fine, and you can go back.\nFirst, some questions about your safety.',
    'How this works',
  );
  const session = createAssessmentSession({ wording, observations });
  for (;;) {
    const step = session.current();
    if (step.kind === 'done') break;
    const { question, progress } = step;
    const choice = await select({
      message: `${question.text}  (${progress.answered + 1} of at most ${progress.atMost})`,
      options: [
        ...question.options.map((o) => ({ value: o.value, label: o.label })),
        ...(session.history().length > 0 ? [{ value: BACK, label: '← Back' }] : []),
      ],
    });
    if (isCancel(choice)) {
      cancel('Stopped. Nothing was saved.');
      throw new CliExit(130);
    }
    if (choice === BACK) {
      session.back();
      continue;
    }
    const answered = session.answer(question.id, choice);
    if (!answered.ok) log.error(answered.error.message);
  }
  const report = session.report();
  process.stdout.write(`\n${formatReport(report)}\n`);
  outro('These are possibilities to explore, not verdicts. `closer plan` turns them into steps.');
  return { answers: session.answers(), report };
}

/** `--save`: the answers, the person's own text (when read from a file) and the result. */
async function saveAssessment(
  command: Command,
  options: AssessOptions,
  answers: Readonly<Record<string, unknown>>,
  report: AssessmentReport,
): Promise<void> {
  const text =
    options.text !== undefined && options.text !== '-'
      ? await readTextInput(options.text, { maxBytes: 1 << 20 })
      : null;
  const { assessmentInputFrom } = await import('../../app/vault.js');
  await saveToVault(
    command,
    (vault) => vault.assessments.add(assessmentInputFrom(answers, text, report)),
    'this assessment',
  );
}

export function registerAssessCommand(program: Command): void {
  program
    .command('assess')
    .description('Find the likely causes of the distance: interactive, or from an answers file')
    .option(
      '--answers <file>',
      'answers as JSON: { "answers": { "<questionId>": "<value>" } } (- for stdin)',
    )
    .option('--json', 'print the result as JSON (needs --answers)')
    .option('--name <name>', "your partner's name, used in the questions")
    .option('--pronoun <pronoun>', 'they, she or he (default: they)')
    .option('--text <file>', 'start from your own description of what is happening (- for stdin)')
    .option(
      '--checkins <file>',
      'fold in the trend of your check-ins (CSV, see `closer trend --help`)',
    )
    .option('--events <file>', 'life events for the check-ins (CSV: date,end,kind,label)')
    .option(
      '--chat <file>',
      'fold in the weekly figures of a chat export (see `closer import --help`)',
    )
    .option('--me <name>', 'which chat participant is you (with --chat)')
    .option('--partner <name>', 'which chat participant is your partner (with --chat)')
    .option('--tz <zone>', "the chat export's time zone (with --chat; default: this computer's)")
    .option('--save', 'keep the answers, your text and the result in your encrypted vault')
    .addHelpText(
      'after',
      '\nExamples:\n  closer assess\n  closer assess --answers answers.json --json\n  closer assess --text what-is-happening.txt\n  closer assess --answers answers.json --checkins checkins.csv --chat chat.zip --me Sam --json\n\nSee `closer questions --json` for every question id and its values.',
    )
    .action(async (options: AssessOptions & { save?: boolean }, command: Command) => {
      const wording = wordingFrom(options);
      if (!options.answers && options.json) {
        badInput('--json needs --answers FILE (the interactive assessment prints text)');
      }
      const observations = await evidenceFrom(options, wording);
      if (!options.answers) {
        // Without a terminal the questions would wait for answers that never come.
        if (!process.stdin.isTTY)
          badInput(
            'no terminal to ask the questions in: run `closer assess` in a terminal, or give --answers FILE (see `closer questions --json`)',
          );
        const done = await interactive(wording, observations);
        if (options.save) await saveAssessment(command, options, done.answers, done.report);
        return;
      }
      const content = await readTextInput(options.answers, { maxBytes: MAX_ANSWERS_BYTES });
      const { parseAnswersFile, runAssessment } = await import('../../app/assess.js');
      const answers = parseAnswersFile(
        content,
        options.answers === '-' ? 'stdin' : options.answers,
      );
      if (!answers.ok) badInput(answers.error.message);
      const report = runAssessment({ answers: answers.value, wording, observations });
      if (!report.ok) badInput(report.error.message);
      if (options.json) printJson(report.value);
      else process.stdout.write(`${formatReport(report.value)}\n`);
      if (options.save) await saveAssessment(command, options, answers.value, report.value);
    });

  program
    .command('questions')
    .description('List every question with its id, options and the signals it measures')
    .option('--json', 'print as JSON')
    .option('--name <name>', "your partner's name")
    .option('--pronoun <pronoun>', 'they, she or he (default: they)')
    .action(async (options: { json?: boolean; name?: string; pronoun?: string }) => {
      const wording = wordingFrom(options);
      const { listQuestions } = await import('../../app/assess.js');
      const questions = listQuestions(wording);
      if (options.json) {
        printJson(questions);
        return;
      }
      for (const q of questions) {
        const condition = q.followUp
          ? `  (after ${q.followUp.questionId} = ${q.followUp.values.join('|')})`
          : '';
        process.stdout.write(
          `${q.id}${condition}\n  ${q.text}\n  ${q.options.map((o) => o.value).join(' | ')}\n`,
        );
      }
    });
}
