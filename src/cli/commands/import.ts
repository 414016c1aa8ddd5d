/**
 * `closer import FILE`: read a chat export, print who is who, the weekly figures per person and
 * what the trend suggests. A thin adapter over importChat in src/app/chat-import.ts.
 */
import { Option, type Command } from 'commander';
import {
  CHAT_FORMATS,
  CONTENT_LANGUAGE_NAMES,
  MAX_CHAT_EXPORT_BYTES,
  type ChatFormat,
  type DateOrder,
} from '../../app/chat-formats.js';
import type {
  ChatImportOptions,
  ChatImportReport,
  ChatImportResult,
  ChatImportFailure,
} from '../../app/chat-import.js';
import { badInput, printJson } from '../output.js';
import { saveToVault } from './vault.js';

type ImportFlags = {
  json?: boolean;
  me?: string;
  partner?: string;
  conversation?: string;
  tz?: string;
  format?: string;
  dateOrder?: string;
  content?: boolean;
};

/** Exports smaller than this read in a moment: no bar. */
export const PROGRESS_MIN_BYTES = 10 * 1024 * 1024;

/**
 * The terminal the command talks to besides stdout: the process's own, or a test's (so the
 * progress bar and the questions can be tested without a real terminal).
 */
export type ImportTerminal = {
  /** stdin and stderr are both terminals: there is a person to answer questions. */
  canAsk(): boolean;
  /** Where the progress bar goes; it is drawn only when this is a terminal. */
  stderr: { readonly isTTY: boolean; write(text: string): unknown };
  chooseMe: NonNullable<ChatImportOptions['chooseMe']>;
  chooseConversation: NonNullable<ChatImportOptions['chooseConversation']>;
  /** Milliseconds, for spacing the bar's redraws. */
  now(): number;
};

/** The process's own terminal, looked up at each call (tests may swap the streams). */
export const processTerminal = (): ImportTerminal => ({
  canAsk: () => Boolean(process.stdin.isTTY && process.stderr.isTTY),
  stderr: {
    get isTTY() {
      return Boolean(process.stderr.isTTY);
    },
    write: (text) => process.stderr.write(text),
  },
  chooseMe: askWhoIsMe,
  chooseConversation: askWhichConversation,
  now: () => performance.now(),
});

/**
 * A one-line bar on stderr for exports over PROGRESS_MIN_BYTES when stderr is a terminal,
 * redrawn at most every 100 ms; `done` clears the line so what follows starts clean.
 *
 * @example
 * const bar = progressBar(processTerminal());
 * await importChat({ path, onProgress: bar.update });
 * bar.done();
 */
export function progressBar(terminal: Pick<ImportTerminal, 'stderr' | 'now'>): {
  update: (read: number, total: number) => void;
  done: () => void;
} {
  let lastDrawn = -Infinity;
  let shown = false;
  return {
    update(read, total) {
      if (total < PROGRESS_MIN_BYTES || !terminal.stderr.isTTY) return;
      const now = terminal.now();
      if (now - lastDrawn < 100) return;
      lastDrawn = now;
      shown = true;
      const share = Math.min(1, read / total);
      const width = 30;
      const filled = Math.round(share * width);
      const mb = (n: number) => (n / 1024 ** 2).toFixed(0);
      terminal.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${mb(read)}/${mb(total)} MB`,
      );
    },
    done() {
      // Carriage return and erase the line: the next output (a question, an error) starts at
      // the left margin of an empty line.
      if (shown) terminal.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}

async function askWhoIsMe(names: string[], guess: string | undefined): Promise<string | undefined> {
  // The prompt library is loaded only when there is something to ask.
  const { isCancel, select } = await import('@clack/prompts');
  const answer = await select({
    message: 'Which of these is you?',
    options: names.map((name) => ({ value: name, label: name })),
    ...(guess === undefined ? {} : { initialValue: guess }),
    output: process.stderr,
  });
  if (isCancel(answer)) badInput('no participant chosen; run again with --me NAME');
  return answer;
}

async function askWhichConversation(names: string[]): Promise<string | undefined> {
  // Busiest first; a full backup can hold hundreds, and the partner's is nearly always near the top.
  const shown = names.slice(0, 30);
  const { isCancel, select } = await import('@clack/prompts');
  const answer = await select({
    message: 'This export holds several conversations. Which one is with your partner?',
    options: shown.map((name) => ({ value: name, label: name })),
    output: process.stderr,
  });
  if (isCancel(answer)) badInput('no conversation chosen; run again with --partner NAME');
  return answer;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ROLE_LABEL = { me: 'you', partner: 'partner', other: 'other' } as const;

/** The readable report: summary, a weekly chart per person, signals and warnings. */
export function formatImport(report: ChatImportReport): string {
  const lines: string[] = [];
  const people = report.participants.filter((p) => p.role !== 'other');
  const readIn =
    report.contentLanguage === null
      ? ', but in no language the lists cover (see the warning)'
      : ` in ${CONTENT_LANGUAGE_NAMES[report.contentLanguage]}`;
  lines.push(
    `${report.format} chat: ${report.participants.map((p) => `${p.name} (${ROLE_LABEL[p.role]}) ${fmt(p.messages)} messages`).join(' · ')}`,
    `${report.first?.slice(0, 10) ?? '-'} to ${report.last?.slice(0, 10) ?? '-'}, ${report.weeks.length} week(s), times read in ${report.timeZone}.`,
    `Lines: ${fmt(report.lines.message)} messages, ${fmt(report.lines.continuation)} continuation, ${fmt(report.lines.system)} system, ${fmt(report.lines.skipped)} skipped.`,
    report.contentMode
      ? `Content mode: words were read for features (questions, affection, plans, tone)${readIn}; no text was kept.`
      : 'Metadata mode: only counts, times and lengths were read; no text was kept.',
    '',
  );
  const max = Math.max(
    1,
    ...report.weeks.flatMap((w) => people.map((p) => w.people[p.name]?.messages ?? 0)),
  );
  const width = 24;
  for (const person of people) {
    lines.push(`Messages per week: ${person.name} (${ROLE_LABEL[person.role]})`);
    for (const week of report.weeks) {
      const figures = week.people[person.name];
      const count = figures?.messages ?? 0;
      const bar = '█'.repeat(Math.round((count / max) * width)).padEnd(width, ' ');
      const reply =
        figures?.replyMedianMinutes === null || figures === undefined
          ? ''
          : `  reply ~${figures.replyMedianMinutes < 90 ? `${Math.round(figures.replyMedianMinutes)} min` : `${(figures.replyMedianMinutes / 60).toFixed(1)} h`}`;
      lines.push(
        `  ${week.week}  ${bar} ${String(count).padStart(5)}  started ${figures?.conversationsStarted ?? 0}${reply}`,
      );
    }
    lines.push('');
  }
  if (report.signals.length > 0) {
    lines.push('What the weekly figures show (signs to explore together, not a diagnosis):');
    for (const signal of report.signals)
      if (signal.provenance.kind === 'chat') lines.push(`  - ${signal.provenance.detail}`);
  } else
    lines.push(
      report.weeks.length >= 8
        ? 'No clear change in the weekly figures.'
        : 'Not enough weeks yet to say how things are moving.',
    );
  if (report.warnings.length > 0) {
    lines.push('', 'Notes:');
    for (const warning of report.warnings) lines.push(`  - ${warning.message}`);
  }
  return lines.join('\n');
}

export function registerImportCommand(
  program: Command,
  terminal: () => ImportTerminal = processTerminal,
): void {
  program
    .command('import')
    .description(
      'Read a chat export (WhatsApp, Telegram, …) and show how your communication has moved week by week',
    )
    .argument('<file>', 'the export: a .txt, .json or .xml file, a .zip, or a folder')
    .option('--json', 'print the result as JSON')
    .option('--me <name>', 'which participant is you')
    .option(
      '--partner <name>',
      'which participant is your partner (needed for group chats; in an export of several conversations it also picks theirs)',
    )
    .option(
      '--conversation <name>',
      'in an export of several conversations (a full SMS backup, a Telegram account export, …): the one to read, by its title, contact name or number',
    )
    .option('--tz <zone>', "time zone the export's clock times are in (default: this computer's)")
    .addOption(
      new Option('--format <format>', 'skip detection and read as this format').choices([
        ...CHAT_FORMATS,
      ]),
    )
    .addOption(
      new Option(
        '--date-order <order>',
        'how dates are written when the export does not say',
      ).choices(['dmy', 'mdy', 'ymd']),
    )
    .option(
      '--content',
      'also read the words for features: questions, affection, plans and the future, "we" vs "I", tone, stress and tiredness, apologies',
    )
    .option(
      '--save',
      'keep the weekly figures and signals (never the messages) in your encrypted vault',
    )
    .addHelpText(
      'after',
      `
Privacy: by default (metadata mode) closer reads only who wrote when and how long each message
is; the words are never kept. With --content it also reads the words to count features such as
affection or talk of plans; the messages are still not stored, only the weekly counts.
Content mode reads English, German, Spanish, French, Portuguese, Italian and Dutch; the chat's
language is found from its first messages, and a chat in another or in mixed languages gets
no word-based signals (warning content-language). Nothing leaves this computer.

Limits: one export file (or zip entry) up to ${Math.round(MAX_CHAT_EXPORT_BYTES / 1024 ** 3)} GiB; zips are checked against zip bombs.`,
    )
    .action(async (file: string, flags: ImportFlags & { save?: boolean }, command: Command) => {
      const io = terminal();
      const bar = progressBar(io);
      const options: ChatImportOptions = {
        path: file,
        content: flags.content ?? false,
        onProgress: bar.update,
      };
      if (flags.me !== undefined) options.me = flags.me;
      if (flags.partner !== undefined) options.partner = flags.partner;
      if (flags.conversation !== undefined) options.conversation = flags.conversation;
      if (flags.tz !== undefined) options.timeZone = flags.tz;
      if (flags.format !== undefined) options.format = flags.format as ChatFormat;
      if (flags.dateOrder !== undefined) options.dateOrder = flags.dateOrder as DateOrder;
      const canAsk = io.canAsk();
      // A question clears the bar first: it comes after a full pass over the file.
      if (flags.me === undefined && canAsk)
        options.chooseMe = (names, guess) => {
          bar.done();
          return io.chooseMe(names, guess);
        };
      if (flags.partner === undefined && flags.conversation === undefined && canAsk)
        options.chooseConversation = (names) => {
          bar.done();
          return io.chooseConversation(names);
        };
      // The importers are loaded when an import runs, not with every command.
      const { importChat } = await import('../../app/chat-import.js');
      let result: { ok: true; value: ChatImportResult } | { ok: false; error: ChatImportFailure };
      try {
        result = await importChat(options);
      } finally {
        bar.done();
      }
      if (!result.ok) badInput(result.error.message);
      const { report } = result.value;
      if (flags.json) printJson(report);
      else process.stdout.write(`${formatImport(report)}\n`);
      if (flags.save) {
        const { chatImportInputFrom } = await import('../../app/vault.js');
        await saveToVault(
          command,
          (vault) => vault.chatImports.add(chatImportInputFrom(report)),
          'the weekly figures of this chat',
        );
      }
    });
}
