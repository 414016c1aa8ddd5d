/**
 * The CLI's memory: `closer init`, `passphrase`, `settings`, `checkin`, `events add|list`,
 * `history`, `export`, `import-backup` and `erase`, all thin adapters over the vault use cases
 * (src/app/vault.ts). Global options `--data-dir` and `--passphrase-file`.
 *
 * The passphrase never comes from an argument (it would show in `ps` and in shell history):
 * a prompt, `CLOSER_PASSPHRASE`, or `--passphrase-file FILE` (`-` for stdin).
 */
import type * as Prompts from '@clack/prompts';
import { Option, type Command } from 'commander';
// Only types at the top: every command registers here, and the storage (PGlite, ~30 MiB), the
// vault's schemas and the prompts load only when a command that opens the vault runs.
import type { CheckInInput, Problem, Settings, VaultService } from '../../app/vault.js';
import { badInput, CliExit, failure, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';

const INDICATOR_FLAGS = [
  ['communication', 'how much you talked (1–5)'],
  ['affection', 'affection, including physical intimacy (1–5)'],
  ['availability', 'emotional availability (1–5)'],
  ['future', 'talk of plans together (1–5)'],
  ['criticism', 'criticism (1–5, higher = more criticism)'],
  ['connection', 'how close you felt (1–5)'],
] as const;
const EVENT_KINDS = ['stressor', 'loss', 'conflict', 'conversation', 'milestone', 'other'] as const;
/** An export of years of check-ins and several chat imports stays far below this. */
const MAX_BACKUP_BYTES = 256 << 20;

/** Problems the person can fix (exit 2); everything else is a failure (exit 1). */
const USER_PROBLEMS = new Set([
  'bad-input',
  'weak-passphrase',
  'wrong-passphrase',
  'not-initialised',
  'already-initialised',
  'not-confirmed',
]);

/** Prints the problem as one line and exits with the right code. */
export function exitWith(problem: Problem): never {
  if (USER_PROBLEMS.has(problem.code)) badInput(problem.message);
  failure(problem.message);
}

type GlobalOptions = { dataDir?: string; passphraseFile?: string; passphrase?: string };

const isInteractive = () => process.stdin.isTTY && process.stderr.isTTY;

function globalsOf(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

function firstLine(textValue: string): string {
  return textValue.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
}

async function passphraseFromFile(path: string): Promise<string> {
  const value = firstLine(await readTextInput(path, { maxBytes: 64 << 10 }));
  if (value === '') badInput(`${path}: the passphrase file is empty`);
  return value;
}

function cancelled(prompts: Pick<typeof Prompts, 'cancel'>): never {
  prompts.cancel('Nothing was changed.');
  throw new CliExit(1);
}

/** The passphrase of an existing vault: env, file, or a prompt with echo off. */
async function readPassphrase(command: Command, prompt = 'Passphrase'): Promise<string> {
  const globals = globalsOf(command);
  if (globals.passphraseFile !== undefined) return passphraseFromFile(globals.passphraseFile);
  const fromEnv = process.env.CLOSER_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!isInteractive()) {
    badInput(
      'no passphrase: run in a terminal, or set CLOSER_PASSPHRASE, or use --passphrase-file FILE',
    );
  }
  // The prompt goes to stderr, so `--json` output on stdout stays clean.
  const prompts = await import('@clack/prompts');
  const value = await prompts.password({ message: prompt, output: process.stderr });
  if (prompts.isCancel(value)) cancelled(prompts);
  return value;
}

/** A new passphrase: from the given sources, or typed twice. */
async function readNewPassphrase(sources: {
  env: string;
  file: string | undefined;
}): Promise<string> {
  if (sources.file !== undefined) return passphraseFromFile(sources.file);
  const fromEnv = process.env[sources.env];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!isInteractive()) {
    badInput(
      `no new passphrase: run in a terminal, or set ${sources.env}, or give a passphrase file`,
    );
  }
  const prompts = await import('@clack/prompts');
  const { GOOD_PASSPHRASE_LENGTH } = await import('../../app/vault.js');
  prompts.log.info(
    `Choose a passphrase you will remember: there is no way to recover it. ${GOOD_PASSPHRASE_LENGTH} or more characters (a few unrelated words) is a good length.`,
  );
  const first = await prompts.password({ message: 'New passphrase', output: process.stderr });
  if (prompts.isCancel(first)) cancelled(prompts);
  const second = await prompts.password({
    message: 'The same passphrase again',
    output: process.stderr,
  });
  if (prompts.isCancel(second)) cancelled(prompts);
  if (first !== second) badInput('the two passphrases are not the same; nothing was changed');
  return first;
}

/**
 * Opens the vault named by the global options (`--data-dir`, else `DATABASE_URL`, else the
 * default data directory), locked. Exits with a clear line when it cannot.
 */
export async function openVaultFromCli(command: Command): Promise<VaultService> {
  const { dataDir } = globalsOf(command);
  const databaseUrl = dataDir === undefined ? process.env.DATABASE_URL : undefined;
  const { openVault, resolveDataDir } = await import('../../infra/index.js');
  const opened = await openVault({
    dataDir: resolveDataDir(dataDir),
    ...(databaseUrl !== undefined && databaseUrl !== '' ? { databaseUrl } : {}),
  });
  if (!opened.ok) exitWith(opened.error);
  return opened.value;
}

/**
 * Runs `fn` with an unlocked vault and closes it afterwards, whatever happens. For other
 * commands' `--save`: `await withUnlockedVault(command, (vault) => vault.assessments.add(...))`.
 *
 * @example
 * const saved = await withUnlockedVault(command, (vault) => vault.checkins.add(input));
 */
export async function withUnlockedVault<T>(
  command: Command,
  fn: (vault: VaultService) => Promise<T>,
): Promise<T> {
  const vault = await openVaultFromCli(command);
  try {
    const status = await vault.status();
    if (status === 'new') {
      badInput(`there is no vault in ${vault.location} yet: create one with \`closer init\``);
    }
    const unlocked = await vault.unlock(await readPassphrase(command));
    if (!unlocked.ok) exitWith(unlocked.error);
    return await fn(vault);
  } finally {
    await vault.close();
  }
}

/** Unwraps a use-case result or exits with its problem. */
export function must<T>(result: { ok: true; value: T } | { ok: false; error: Problem }): T {
  if (!result.ok) exitWith(result.error);
  return result.value;
}

/**
 * `--save` for other commands: unlocks the vault (prompt, CLOSER_PASSPHRASE or
 * --passphrase-file), saves, and says so on stderr so JSON on stdout stays clean.
 *
 * @example
 * if (options.save) await saveToVault(command, (vault) => vault.assessments.add(input), 'this assessment');
 */
export async function saveToVault(
  command: Command,
  save: (
    vault: VaultService,
  ) => Promise<{ ok: true; value: { id: string } } | { ok: false; error: Problem }>,
  what: string,
): Promise<void> {
  const saved = await withUnlockedVault(command, async (vault) => must(await save(vault)));
  process.stderr.write(`closer: saved ${what} in your vault (id ${saved.id}).\n`);
}

function parseLevel(name: string, value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^[1-5]$/.test(value))
    badInput(`--${name} must be a whole number from 1 to 5 (got "${value}")`);
  return Number(value);
}

function parseDay(name: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (
    date === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    badInput(`--${name} must be a real date as YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

/** Today in the local time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function settingsPatch(options: SettingsFlags): Promise<Partial<Settings>> {
  const patch: Partial<Settings> = {};
  if (options.country !== undefined) {
    const country = options.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country))
      badInput(
        `--country must be a two-letter country code such as GB or US (got "${options.country}")`,
      );
    patch.country = country;
  }
  if (options.partnerName !== undefined) patch.partnerName = options.partnerName.trim() || null;
  if (options.pronoun !== undefined) {
    const { PRONOUNS } = await import('../../app/vault.js');
    if (!(PRONOUNS as readonly string[]).includes(options.pronoun)) {
      badInput(`--pronoun must be they, she or he (got "${options.pronoun}")`);
    }
    patch.partnerPronoun = options.pronoun as Settings['partnerPronoun'];
  }
  if (options.lockTimeout !== undefined) {
    if (
      !/^\d+$/.test(options.lockTimeout) ||
      Number(options.lockTimeout) < 1 ||
      Number(options.lockTimeout) > 240
    ) {
      badInput(`--lock-timeout must be minutes from 1 to 240 (got "${options.lockTimeout}")`);
    }
    patch.lockTimeoutMinutes = Number(options.lockTimeout);
  }
  return patch;
}

type SettingsFlags = {
  country?: string;
  partnerName?: string;
  pronoun?: string;
  lockTimeout?: string;
};

function addSettingsFlags(command: Command): Command {
  return command
    .option('--country <CC>', 'your country (two letters), for the right helplines')
    .option('--partner-name <name>', 'how to call your partner (default: "your partner")')
    .option('--pronoun <they|she|he>', "your partner's pronoun (default: they)")
    .option('--lock-timeout <minutes>', 'lock after this many idle minutes (default 5)');
}

type CheckinFlags = Partial<Record<(typeof INDICATOR_FLAGS)[number][0], string>> & {
  date?: string;
  note?: string;
  json?: boolean;
};

async function interactiveCheckin(): Promise<CheckInInput> {
  const prompts = await import('@clack/prompts');
  const { isCancel, select, text } = prompts;
  const date = await text({ message: 'Which day is this check-in for?', initialValue: today() });
  if (isCancel(date)) cancelled(prompts);
  const input: CheckInInput = {
    date: parseDay('date', date.trim()),
    communication: null,
    affection: null,
    availability: null,
    future: null,
    criticism: null,
    connection: null,
    note: null,
  };
  for (const [name, label] of INDICATOR_FLAGS) {
    const choice = await select({
      message: label,
      options: [
        ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
        { value: 'skip', label: 'skip' },
      ],
    });
    if (isCancel(choice)) cancelled(prompts);
    input[name] = choice === 'skip' ? null : Number(choice);
  }
  const note = await text({
    message: 'A note, if you like (only you will see it)',
    defaultValue: '',
  });
  if (isCancel(note)) cancelled(prompts);
  input.note = note.trim() === '' ? null : note;
  return input;
}

function checkinFromFlags(flags: CheckinFlags): CheckInInput {
  const input: CheckInInput = {
    date: parseDay('date', flags.date ?? today()),
    communication: parseLevel('communication', flags.communication),
    affection: parseLevel('affection', flags.affection),
    availability: parseLevel('availability', flags.availability),
    future: parseLevel('future', flags.future),
    criticism: parseLevel('criticism', flags.criticism),
    connection: parseLevel('connection', flags.connection),
    note: flags.note === undefined || flags.note === '' ? null : flags.note,
  };
  if (INDICATOR_FLAGS.every(([name]) => input[name] === null) && input.note === null) {
    badInput(
      'a check-in needs at least one of --communication, --affection, --availability, --future, --criticism, --connection or --note',
    );
  }
  return input;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

export function registerVaultCommand(program: Command): void {
  if (!program.options.some((o) => o.long === '--data-dir')) {
    program.option(
      '--data-dir <dir>',
      'where closer keeps its encrypted data (default: $CLOSER_DATA_DIR, else $XDG_DATA_HOME/closer or your user data folder; DATABASE_URL selects PostgreSQL instead)',
    );
  }
  if (!program.options.some((o) => o.long === '--passphrase-file')) {
    program.option(
      '--passphrase-file <file>',
      'read the passphrase from the first line of FILE (- for stdin)',
    );
  }
  // Refuse a passphrase given as an argument with an explanation rather than "unknown option".
  program.addOption(new Option('--passphrase <value>').hideHelp());
  program.hook('preAction', (root) => {
    if (root.opts<GlobalOptions>().passphrase !== undefined) {
      badInput(
        'closer never takes a passphrase on the command line (it would show in the process list and your shell history); use the prompt, CLOSER_PASSPHRASE or --passphrase-file',
      );
    }
  });

  addSettingsFlags(
    program
      .command('init')
      .description('Create your encrypted vault (asks for a new passphrase)')
      .option('--new-passphrase-file <file>', 'read the new passphrase from FILE'),
  ).action(async (options: SettingsFlags & { newPassphraseFile?: string }, command: Command) => {
    const patch = await settingsPatch(options);
    const vault = await openVaultFromCli(command);
    try {
      if ((await vault.status()) !== 'new') {
        badInput(`there is already a vault in ${vault.location}`);
      }
      const globals = globalsOf(command);
      const passphrase = await readNewPassphrase({
        env: process.env.CLOSER_NEW_PASSPHRASE ? 'CLOSER_NEW_PASSPHRASE' : 'CLOSER_PASSPHRASE',
        file: options.newPassphraseFile ?? globals.passphraseFile,
      });
      must(await vault.init(passphrase, patch));
      say(
        `Your vault is ready in ${vault.location}. Everything you save is encrypted with your passphrase.`,
      );
      say('There is no way to recover a forgotten passphrase: keep it somewhere safe.');
    } finally {
      await vault.close();
    }
  });

  program
    .command('passphrase')
    .description('Change your passphrase (your data is not re-encrypted, only its key)')
    .option('--new-passphrase-file <file>', 'read the new passphrase from FILE')
    .action(async (options: { newPassphraseFile?: string }, command: Command) => {
      const vault = await openVaultFromCli(command);
      try {
        if ((await vault.status()) === 'new')
          badInput(`there is no vault in ${vault.location} yet`);
        const current = await readPassphrase(command, 'Current passphrase');
        const next = await readNewPassphrase({
          env: 'CLOSER_NEW_PASSPHRASE',
          file: options.newPassphraseFile,
        });
        must(await vault.changePassphrase(current, next));
        say('Your passphrase is changed. The old one no longer opens the vault.');
      } finally {
        await vault.close();
      }
    });

  addSettingsFlags(
    program
      .command('settings')
      .description('Show or change your settings')
      .option('--json', 'print JSON'),
  ).action(async (options: SettingsFlags & { json?: boolean }, command: Command) => {
    const patch = await settingsPatch(options);
    const settings = await withUnlockedVault(command, async (vault) =>
      Object.keys(patch).length > 0
        ? must(await vault.settings.update(patch))
        : must(await vault.settings.get()),
    );
    if (options.json) printJson(settings);
    else {
      say(`country: ${settings.country ?? 'not set'}`);
      say(`partner: ${settings.partnerName ?? 'your partner'} (${settings.partnerPronoun})`);
      say(`lock after: ${settings.lockTimeoutMinutes} idle minutes`);
    }
  });

  const checkin = program
    .command('checkin')
    .description('A one-minute check-in: six 1–5 ratings and a note (interactive without flags)')
    .option('--date <YYYY-MM-DD>', 'the day (default: today)')
    .option('--note <text>', 'a note, only for you')
    .option('--json', 'print the saved check-in as JSON');
  for (const [name, label] of INDICATOR_FLAGS) checkin.option(`--${name} <N>`, label);
  checkin.action(async (flags: CheckinFlags, command: Command) => {
    const hasFlags =
      flags.date !== undefined ||
      flags.note !== undefined ||
      INDICATOR_FLAGS.some(([n]) => flags[n] !== undefined);
    if (!hasFlags && !isInteractive()) {
      badInput(
        'give --date and the ratings (e.g. --communication 3), or run `closer checkin` in a terminal',
      );
    }
    const input = hasFlags ? checkinFromFlags(flags) : undefined;
    const saved = await withUnlockedVault(command, async (vault) =>
      must(await vault.checkins.add(input ?? (await interactiveCheckin()))),
    );
    if (flags.json) printJson(saved);
    else say(`Saved your check-in for ${saved.date}.`);
  });

  const events = program.command('events').description('Life events that may line up with changes');
  events
    .command('add')
    .description('Record an event: a job change, a loss, a move, a talk you had')
    .requiredOption('--date <YYYY-MM-DD>', 'when it happened (or began)')
    .option('--end <YYYY-MM-DD>', 'when it ended, for something that lasted')
    .requiredOption('--kind <kind>', `one of ${EVENT_KINDS.join(', ')}`)
    .requiredOption('--label <text>', 'a few words: "new job", "my father\'s illness"')
    .option('--note <text>', 'a note, only for you')
    .option('--json', 'print the saved event as JSON')
    .action(
      async (
        flags: {
          date: string;
          end?: string;
          kind: string;
          label: string;
          note?: string;
          json?: boolean;
        },
        command: Command,
      ) => {
        if (!(EVENT_KINDS as readonly string[]).includes(flags.kind)) {
          badInput(`--kind must be one of ${EVENT_KINDS.join(', ')} (got "${flags.kind}")`);
        }
        if (flags.label.trim() === '') badInput('--label is empty');
        const date = parseDay('date', flags.date);
        const end = flags.end === undefined ? null : parseDay('end', flags.end);
        if (end !== null && end < date) badInput(`--end (${end}) is before --date (${date})`);
        const saved = await withUnlockedVault(command, async (vault) =>
          must(
            await vault.events.add({
              date,
              end,
              kind: flags.kind as (typeof EVENT_KINDS)[number],
              label: flags.label.trim(),
              note: flags.note ?? null,
            }),
          ),
        );
        if (flags.json) printJson(saved);
        else say(`Saved the event "${saved.label}" on ${saved.date}.`);
      },
    );
  events
    .command('list')
    .description('List your events')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const list = await withUnlockedVault(command, async (vault) =>
        must(await vault.events.list()),
      );
      if (flags.json) printJson(list);
      else for (const e of list) say(`${e.date}${e.end ? `–${e.end}` : ''}  ${e.kind}: ${e.label}`);
    });

  program
    .command('history')
    .description('Everything you have saved, newest first')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const history = await withUnlockedVault(command, async (vault) =>
        must(await vault.history()),
      );
      if (flags.json) printJson(history);
      else if (history.length === 0) say('Nothing saved yet.');
      else for (const entry of history) say(`${entry.date}  ${entry.summary}`);
    });

  program
    .command('export')
    .description('Write all your data, decrypted, to a JSON file only you can read (docs/vault.md)')
    .requiredOption('--out <file>', 'the file to write (must not exist unless --force)')
    .option('--force', 'replace the file if it exists')
    .action(async (flags: { out: string; force?: boolean }, command: Command) => {
      const exported = await withUnlockedVault(command, async (vault) =>
        must(await vault.exportAll()),
      );
      const { writePrivateFile } = await import('../../infra/index.js');
      try {
        writePrivateFile(
          flags.out,
          new TextEncoder().encode(`${JSON.stringify(exported, null, 2)}\n`),
          {
            overwrite: flags.force === true,
          },
        );
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST')
          badInput(`${flags.out}: the file exists; choose another name or add --force`);
        if (code === 'ENOENT') badInput(`${flags.out}: the folder does not exist`);
        failure(`${flags.out}: could not write the export (${code ?? 'error'})`);
      }
      const records =
        exported.assessments.length +
        exported.checkins.length +
        exported.events.length +
        exported.chatImports.length +
        exported.plans.length +
        exported.drafts.length;
      say(`Exported ${records} records and your settings to ${flags.out} (readable only by you).`);
      process.stderr.write(
        'closer: the export is not encrypted. Keep it somewhere safe, and delete it when you no longer need it.\n',
      );
    });

  program
    .command('import-backup')
    .description('Restore an export exactly, replacing what the vault holds')
    .argument('<file>', 'a file written by `closer export`')
    .option('--yes', 'do not ask before replacing existing data')
    .option('--new-passphrase-file <file>', 'for a new vault: read its passphrase from FILE')
    .action(
      async (
        file: string,
        flags: { yes?: boolean; newPassphraseFile?: string },
        command: Command,
      ) => {
        const textValue = await readTextInput(file, { maxBytes: MAX_BACKUP_BYTES });
        let document: unknown;
        try {
          document = JSON.parse(textValue);
        } catch (error) {
          badInput(
            `${file}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
          );
        }
        const vault = await openVaultFromCli(command);
        try {
          if ((await vault.status()) === 'new') {
            const passphrase = await readNewPassphrase({
              env: process.env.CLOSER_NEW_PASSPHRASE
                ? 'CLOSER_NEW_PASSPHRASE'
                : 'CLOSER_PASSPHRASE',
              file: flags.newPassphraseFile ?? globalsOf(command).passphraseFile,
            });
            must(await vault.init(passphrase));
          } else {
            must(await vault.unlock(await readPassphrase(command)));
            // More than the settings record: there is data that the restore would replace.
            if ((await vault.count()) > 1 && flags.yes !== true) {
              if (!isInteractive())
                badInput('the vault already holds data; add --yes to replace it with the backup');
              const prompts = await import('@clack/prompts');
              const sure = await prompts.confirm({
                message: 'Replace everything in the vault with this backup?',
              });
              if (prompts.isCancel(sure) || !sure) cancelled(prompts);
            }
          }
          const restored = must(await vault.importBackup(document));
          say(`Restored ${restored.records} records and your settings from ${file}.`);
        } finally {
          await vault.close();
        }
      },
    );

  program
    .command('erase')
    .description('Delete everything closer has stored here: keys first, then the data')
    .option('--yes', 'do not ask for confirmation')
    .action(async (flags: { yes?: boolean }, command: Command) => {
      const vault = await openVaultFromCli(command);
      try {
        if (flags.yes !== true) {
          if (!isInteractive())
            badInput('erasing needs confirmation: run in a terminal, or add --yes');
          const prompts = await import('@clack/prompts');
          const typed = await prompts.text({
            message: `This deletes everything in ${vault.location} and cannot be undone. Type "erase" to go on.`,
          });
          if (prompts.isCancel(typed) || typed.trim().toLowerCase() !== 'erase') cancelled(prompts);
        }
        must(await vault.erase(true));
      } finally {
        await vault.close();
      }
      say('Everything closer stored here is erased: the keys were destroyed first, then the data.');
      say(
        'What may remain outside closer: exports you saved, backups of this computer, your shell history and the record that closer was installed. On SSDs, old blocks can linger, but without the keys they cannot be read.',
      );
    });
}
