/**
 * `closer converse`: plan a conversation (interactive, or from options with --json), or review
 * a draft with --draft.
 */
import type * as Prompts from '@clack/prompts';
import type { Command } from 'commander';
// Only types at the top: the guidance data, the draft review (wink-nlp) and the prompts load
// when `closer converse` runs.
import type {
  ConversationOutcome,
  ConversationPlan,
  ConverseRequest,
  DraftReview,
} from '../../app/converse.js';
import type { DraftInput as SavedDraft } from '../../app/vault.js';
import { badInput, CliExit, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';
import { wordingFrom } from './assess.js';
import { must, withUnlockedVault } from './vault.js';

const MAX_DRAFT_BYTES = 64 * 1024;
const MAX_ANSWERS_BYTES = 1 << 20;
const OWN_WORDS = '__own__';

type ConverseOptions = {
  cause?: string;
  topic?: string;
  draft?: string;
  answers?: string;
  observation?: string;
  feeling?: string;
  need?: string;
  request?: string;
  country?: string;
  json?: boolean;
  name?: string;
  pronoun?: string;
  vault?: boolean;
};

const bullet = (line: string) => `  • ${line}`;

/** The review as text: each finding under the line it sits in, with a caret under the words. */
export function formatReview(draft: string, review: DraftReview): string {
  if (review.isClean)
    return 'Nothing in this draft is likely to start a fight. Check the timing: face to face, at a calm moment.';
  const out = [
    `${review.findings.length} thing${review.findings.length === 1 ? '' : 's'} to look at:`,
    '',
  ];
  for (const f of review.findings) {
    const lineStart = draft.lastIndexOf('\n', f.start - 1) + 1;
    const lineEndAt = draft.indexOf('\n', f.end);
    const line = draft.slice(lineStart, lineEndAt === -1 ? undefined : lineEndAt);
    const lineNo = draft.slice(0, lineStart).split('\n').length;
    out.push(
      `line ${lineNo}, ${f.kind}: "${f.quote}"`,
      `    ${line}`,
      `    ${' '.repeat(f.start - lineStart)}${'^'.repeat(Math.max(1, f.end - f.start))}`,
      `  Why: ${f.why}`,
      `  Try: ${f.suggestion}`,
      '',
    );
  }
  out.push(...review.advice.map((a) => `${a.label}: ${a.advice}`));
  return out.join('\n');
}

export function formatConversation(plan: ConversationPlan): string {
  return [
    'A way to open:',
    `  "${plan.opening}"`,
    '',
    'Three open questions:',
    ...plan.questions.map(bullet),
    '',
    'While you listen:',
    ...plan.listening.map(bullet),
    '',
    'When:',
    ...plan.timing.map(bullet),
    '',
    'What to avoid:',
    ...plan.avoid.map(bullet),
    ...(plan.notes.length > 0 ? ['', 'For this topic:', ...plan.notes.map(bullet)] : []),
    ...(plan.observationIdeas.length > 0
      ? ['', 'Things you reported that you could describe:', ...plan.observationIdeas.map(bullet)]
      : []),
    ...(plan.review.isClean ? [] : ['', formatReview(plan.opening, plan.review)]),
  ].join('\n');
}

export function formatOutcome(outcome: ConversationOutcome): string {
  switch (outcome.kind) {
    case 'conversation':
      return formatConversation(outcome);
    case 'safety':
      return [
        ...outcome.message,
        '',
        'Help lines:',
        ...outcome.resources.map(
          (r) =>
            `  • ${r.service}: ${[r.phone, r.text, r.web].filter((x) => x !== undefined).join(' · ')} (${r.hours})`,
        ),
      ].join('\n');
    case 'monitoring':
      return [
        ...outcome.explanation,
        '',
        'A conversation you could have instead:',
        '',
        formatConversation(outcome.instead),
      ].join('\n');
  }
}

function stop(
  prompts: Pick<typeof Prompts, 'cancel' | 'isCancel'>,
  value: unknown,
): asserts value is string | boolean {
  if (prompts.isCancel(value)) {
    prompts.cancel('Stopped. Nothing was saved.');
    throw new CliExit(130);
  }
}

async function interactive(base: ConverseRequest): Promise<void> {
  const prompts = await import('@clack/prompts');
  const { confirm, intro, note, outro, select, text } = prompts;
  const { conversationDefaults, conversationTopics, planTalk, reviewDraftText } =
    await import('../../app/converse.js');
  intro('closer — plan a conversation');
  const afraid = await select({
    message:
      'First: do you ever feel afraid of your partner, or of how they might react if you raised something?',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
      { value: 'not-sure', label: 'Not sure' },
    ],
  });
  stop(prompts, afraid);
  const request: ConverseRequest = { ...base, afraid: afraid === 'yes' };
  if (afraid !== 'yes' && !request.cause) {
    const topic = await select({
      message: 'What would you like to talk about?',
      options: [
        ...conversationTopics().map((t) => ({ value: t.id, label: t.name })),
        { value: OWN_WORDS, label: 'Something else (in my own words)' },
      ],
    });
    stop(prompts, topic);
    if (topic === OWN_WORDS) {
      const words = await text({ message: 'In a few words, what is it about?' });
      stop(prompts, words);
      request.topic = words;
    } else request.cause = topic;
  }
  if (afraid !== 'yes') {
    const defaults = conversationDefaults(request.cause ?? request.topic, request.wording);
    note(
      'Four short parts: what you noticed, how you feel, what you need, what you would like to ask for.\nPress Enter to keep the suggestion.',
      'Your opening',
    );
    for (const [key, message] of [
      ['observation', 'What have you noticed? (facts, not judgements)'],
      ['feeling', 'How do you feel about it?'],
      ['need', 'What do you need?'],
      ['request', 'What would you like to ask for?'],
    ] as const) {
      const answer = await text({ message, placeholder: defaults[key], defaultValue: '' });
      stop(prompts, answer);
      if (answer.trim() !== '') request[key] = answer;
    }
  }
  const outcome = planTalk(request);
  if (!outcome.ok) badInput(outcome.error.message);
  process.stdout.write(`\n${formatOutcome(outcome.value)}\n\n`);
  if (outcome.value.kind === 'conversation') {
    const more = await confirm({ message: 'Write your own opening and have it reviewed?' });
    stop(prompts, more);
    if (more) {
      const draft = await text({ message: 'Your opening, as you would say it:' });
      stop(prompts, draft);
      const review = reviewDraftText(draft, 'your draft');
      if (review.ok) process.stdout.write(`\n${formatReview(draft, review.value)}\n`);
    }
  }
  outro('Face to face, at a calm time, and listen as much as you speak.');
}

export function registerConverseCommand(program: Command): void {
  program
    .command('converse')
    .description('Plan a conversation with your partner, or review a draft of what you want to say')
    .option('--cause <id>', 'the topic as a cause id, e.g. external-stress (see `closer assess`)')
    .option('--topic <words>', 'the topic in your own words')
    .option('--draft <file>', 'review a draft (plain text, - for stdin)')
    .option('--observation <words>', 'what you have noticed')
    .option('--feeling <words>', 'how you feel about it')
    .option('--need <words>', 'what you need')
    .option('--request <words>', 'what you would like to ask for')
    .option(
      '--answers <file>',
      'your answers (JSON), to check safety first and suggest observations',
    )
    .option('--country <code>', 'two-letter country code for help lines')
    .option('--json', 'print JSON instead of asking questions')
    .option('--vault', 'with --draft: save the draft and its review in your vault')
    .option('--name <name>', "your partner's name")
    .option('--pronoun <pronoun>', 'they, she or he (default: they)')
    .addHelpText(
      'after',
      '\nExamples:\n  closer converse\n  closer converse --cause pursue-withdraw --json\n  closer converse --draft message.txt',
    )
    .action(async (options: ConverseOptions, command: Command) => {
      const wording = wordingFrom(options);
      if (options.draft) {
        const draft = await readTextInput(options.draft, { maxBytes: MAX_DRAFT_BYTES });
        const { reviewDraftText } = await import('../../app/converse.js');
        const review = reviewDraftText(draft, options.draft === '-' ? 'stdin' : options.draft);
        if (!review.ok) badInput(review.error.message);
        if (options.vault) {
          await withUnlockedVault(command, async (vault) => {
            must(
              await vault.drafts.add({
                topic: options.cause ?? options.topic ?? null,
                text: draft,
                review: JSON.parse(JSON.stringify(review.value)) as SavedDraft['review'],
              }),
            );
          });
        }
        if (options.json) printJson(review.value);
        else process.stdout.write(`${formatReview(draft, review.value)}\n`);
        return;
      }
      const request: ConverseRequest = {
        wording,
        cause: options.cause,
        topic: options.topic,
        observation: options.observation,
        feeling: options.feeling,
        need: options.need,
        request: options.request,
        country: options.country,
        locale: Intl.DateTimeFormat().resolvedOptions().locale,
      };
      if (options.answers) {
        const content = await readTextInput(options.answers, { maxBytes: MAX_ANSWERS_BYTES });
        const { parseAnswersFile } = await import('../../app/assess.js');
        const answers = parseAnswersFile(
          content,
          options.answers === '-' ? 'stdin' : options.answers,
        );
        if (!answers.ok) badInput(answers.error.message);
        request.answers = answers.value;
      }
      // Validate before prompting, so a typo is reported at once.
      const { planTalk } = await import('../../app/converse.js');
      const checked = planTalk(request);
      if (!checked.ok) badInput(checked.error.message);
      if (options.json) {
        printJson(checked.value);
        return;
      }
      if (checked.value.kind === 'safety') {
        process.stdout.write(`${formatOutcome(checked.value)}\n`);
        return;
      }
      if (!process.stdin.isTTY)
        badInput(
          'no terminal to ask the questions in: run `closer converse` in a terminal, or give --cause or --topic with --json',
        );
      await interactive(request);
    });
}
