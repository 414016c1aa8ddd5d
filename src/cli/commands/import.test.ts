import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CliExit } from '../output.js';
import { runCli, type CliRun } from '../test-support/run-cli.js';
import { SAM_AND_JO, smsBackupXml } from '../../../test/support/sms-backup.js';
import { PROGRESS_MIN_BYTES, registerImportCommand, type ImportTerminal } from './import.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-import-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** 24 weeks of a chat; from week 12 Sam writes far less and answers slowly. */
function pullingAway(): string {
  const lines = ['01/01/2024, 08:00 - Messages and calls are end-to-end encrypted.'];
  for (let day = 0; day < 24 * 7; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    const d = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    const late = day >= 12 * 7;
    const rounds = late ? 2 : 6 + (day % 3);
    for (let r = 0; r < rounds; r++) {
      const hour = 8 + r * 2;
      lines.push(`${d}, ${pad(hour)}:00 - Alex: hey, how is your day going?`);
      if (!late || r % 2 === 0)
        lines.push(
          `${d}, ${pad(hour)}:${late ? '50' : '03'} - Sam: ${late ? 'busy' : 'good, love you, dinner tonight?'}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('closer import', () => {
  const chat = write('WhatsApp Chat with Sam.txt', pullingAway());

  it('prints the JSON shape of the issue, with chat signals and provenance', async () => {
    const run = await runCli(['import', chat, '--json', '--me', 'Alex', '--tz', 'UTC']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      format: string;
      participants: Array<{ name: string; role: string; messages: number }>;
      messages: number;
      first: string;
      last: string;
      weeks: Array<{ week: string; people: Record<string, { messages: number }> }>;
      lines: Record<string, number>;
      signals: Array<{ signalId: string; provenance: { kind: string; person: string } }>;
      warnings: unknown[];
    };
    expect(report.format).toBe('whatsapp');
    expect(report.participants.map((p) => [p.name, p.role])).toEqual([
      ['Alex', 'me'],
      ['Sam', 'partner'],
    ]);
    expect(report.messages).toBe(report.participants.reduce((s, p) => s + p.messages, 0));
    expect(report.first).toBe('2024-01-01T08:00:00.000Z');
    expect(report.weeks[0]?.week).toBe('2024-W01');
    expect(report.lines).toEqual({
      message: report.messages,
      continuation: 0,
      system: 1,
      skipped: 0,
    });
    const ids = report.signals.map((s) => s.signalId);
    expect(ids).toContain('chat.partner-volume-falling');
    expect(ids).toContain('chat.partner-replies-slowing');
    expect(report.signals.every((s) => s.provenance.kind === 'chat')).toBe(true);
  });

  it('reads the same chat from a zip, and prints a readable summary without --json', async () => {
    const zip = write(
      'WhatsApp Chat - Sam.zip',
      zipSync({ '_chat.txt': new TextEncoder().encode(pullingAway()) }),
    );
    const run = await runCli(['import', zip, '--tz', 'UTC']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Messages per week: Sam (partner)');
    expect(run.stdout).toContain('Took "Alex" to be you');
    expect(run.stdout).toContain('Metadata mode: only counts, times and lengths were read');
  });

  it('names the language content mode read in the readable summary', async () => {
    const run = await runCli(['import', chat, '--me', 'Alex', '--tz', 'UTC', '--content']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Content mode: words were read for features');
    expect(run.stdout).toContain('in English; no text was kept.');
  });

  it.each([
    ['a missing file', ['import', join(dir, 'nope.txt')], /no such file/],
    [
      'a binary file',
      ['import', write('photo.jpg', new Uint8Array([0xff, 0xd8, 0, 1, 2, 0, 3]))],
      /binary/,
    ],
    [
      'invalid UTF-8',
      ['import', write('bad.txt', new Uint8Array([0x31, 0x32, 0xc3, 0x28, 0x0a]))],
      /UTF-8/,
    ],
    ['text that is no chat', ['import', write('notes.txt', 'milk\neggs\n')], /not a chat export/],
    [
      'a zip with no chat',
      ['import', write('photos.zip', zipSync({ 'a.jpg': new Uint8Array([0, 1, 2, 0]) }))],
      /no chat export/,
    ],
    ['an unknown zone', ['import', chat, '--tz', 'Nowhere/Land'], /time zone/],
    ['an unknown person', ['import', chat, '--me', 'Bob'], /not a participant/],
  ])('refuses %s: one line on stderr, exit 2, nothing on stdout', async (_what, args, message) => {
    const run = await runCli([...args, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a group chat unless --partner picks the partner', async () => {
    const group = write(
      'group.txt',
      '01/02/2024, 10:00 - A: hi\n01/02/2024, 10:01 - B: hi\n01/02/2024, 10:02 - C: hi\n',
    );
    const refused = await runCli(['import', group, '--json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/3 people/);
    const picked = await runCli(['import', group, '--json', '--me', 'A', '--partner', 'B']);
    expect(picked.code).toBe(0);
    const roles = (
      JSON.parse(picked.stdout) as { participants: Array<{ role: string }> }
    ).participants.map((p) => p.role);
    expect(roles).toEqual(['me', 'partner', 'other']);
  });

  describe('a full SMS backup of several conversations', () => {
    // Sam and Jo, plus a one-time code from an unknown sender every third day.
    const backup = write(
      'sms-20240527.xml',
      smsBackupXml(Date.UTC(2024, 4, 6, 9), 21, [
        ...SAM_AND_JO,
        {
          name: '(Unknown)',
          address: '+15559990000',
          everyDays: 3,
          texts: [{ at: 180_000, sent: false, body: 'code 1234' }],
        },
      ]),
    );

    it('--partner picks the conversation: only its messages are read, the others skipped', async () => {
      const run = await runCli(['import', backup, '--partner', 'Sam', '--json', '--tz', 'UTC']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as {
        format: string;
        participants: Array<{ name: string; role: string; messages: number }>;
        messages: number;
        lines: Record<string, number>;
        warnings: Array<{ code: string; message: string }>;
      };
      expect(report.format).toBe('sms-backup');
      expect(report.participants).toEqual([
        { name: 'Sam', role: 'partner', messages: 21 },
        { name: 'Me', role: 'me', messages: 21 },
      ]);
      expect(report.messages).toBe(42);
      expect(report.lines).toEqual({ message: 42, continuation: 0, system: 0, skipped: 21 });
      expect(report.warnings.map((w) => w.code)).toContain('another-conversation');
    });

    it('--conversation picks it by number when the contact name is not the partner', async () => {
      const run = await runCli([
        'import',
        backup,
        '--conversation',
        '555 000 0000',
        '--me',
        'Me',
        '--json',
        '--tz',
        'UTC',
      ]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as {
        participants: Array<{ name: string; messages: number }>;
      };
      expect(report.participants.map((p) => [p.name, p.messages])).toEqual([
        ['Jo', 7],
        ['Me', 7],
      ]);
    });

    it('without a choice: one line on stderr naming the conversations and --partner', async () => {
      const run = await runCli(['import', backup, '--json', '--tz', 'UTC']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(
        /3 conversations: Sam \(42\), Jo \(14\), \+15559990000 \(7\); .*--partner NAME/,
      );
    });

    it('a --partner that names no conversation lists the ones there are', async () => {
      const run = await runCli(['import', backup, '--partner', 'Robin', '--json', '--tz', 'UTC']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/no conversation called "Robin"; it holds Sam \(42\), Jo \(14\)/);
    });
  });

  it('--partner still reads an export of one personal chat titled otherwise (Telegram)', async () => {
    const m = (id: number, from: string) => ({
      id,
      type: 'message',
      date_unixtime: String(1_700_000_000 + id * 3600),
      from,
      text: 'hi',
    });
    const messages = Array.from({ length: 20 }, (_, i) => m(i, i % 2 === 0 ? 'Sam' : 'Alex'));
    const full = write(
      'result.json',
      JSON.stringify({
        personal_information: { first_name: 'Alex' },
        chats: {
          list: [
            { name: 'Sammy 🐱', type: 'personal_chat', messages },
            { name: 'News', type: 'public_channel', messages: [m(99, 'News')] },
          ],
        },
      }),
    );
    const run = await runCli(['import', full, '--partner', 'Sam', '--json', '--tz', 'UTC']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      participants: Array<{ name: string; role: string }>;
      lines: { skipped: number };
    };
    expect(report.participants.map((p) => [p.name, p.role])).toEqual([
      ['Sam', 'partner'],
      ['Alex', 'me'],
    ]);
    expect(report.lines.skipped).toBe(1);
  });
});

/** Just over the bar's threshold: a made-up WhatsApp chat of Alex and Sam, ~10.5 MB. */
function bigChat(): string {
  const lines: string[] = [];
  let size = 0;
  for (let day = 0; size < PROGRESS_MIN_BYTES * 1.05; day++) {
    const date = new Date(Date.UTC(2023, 0, 1 + day));
    const d = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    for (let r = 0; r < 240; r++) {
      const line = `${d}, ${pad(8 + (r >> 4))}:${pad((r * 4) % 60)} - ${r % 2 ? 'Sam' : 'Alex'}: made-up message ${r}`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A terminal for the command that records what it is asked and what goes to stderr. */
function fakeTerminal(isTTY: boolean, answers: { me?: string } = {}) {
  const stderr: string[] = [];
  const asked: Array<{ names: string[]; guess: string | undefined; barCleared: boolean }> = [];
  let clock = 0;
  const terminal: ImportTerminal = {
    canAsk: () => isTTY,
    stderr: { isTTY, write: (text: string) => stderr.push(text) },
    chooseMe: (names, guess) => {
      asked.push({ names, guess, barCleared: stderr.at(-1) === '\r\x1b[2K' });
      return Promise.resolve(answers.me);
    },
    chooseConversation: () => Promise.resolve(undefined),
    // Every reading is 150 ms after the last, so each progress report draws.
    now: () => (clock += 150),
  };
  return { terminal, stderr, asked };
}

/** The import command alone, with a terminal of the test's making; stdout and stderr captured. */
async function runWith(args: string[], terminal: ImportTerminal): Promise<CliRun> {
  const program = new Command().exitOverride();
  registerImportCommand(program, () => terminal);
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = (chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  };
  process.stderr.write = (chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  };
  try {
    await program.parseAsync(['node', 'closer', 'import', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CliExit) return { code: error.exitCode, stdout, stderr };
    if (error instanceof CommanderError) return { code: 2, stdout, stderr };
    throw error;
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
}

type Participants = { participants: Array<{ name: string; role: string }> };
const roles = (run: CliRun) =>
  Object.fromEntries(
    (JSON.parse(run.stdout) as Participants).participants.map((p) => [p.name, p.role]),
  );
const BAR = /^\r\[[#.]{30}\] +\d+% {2}\d+\/\d+ MB$/;

describe('closer import in a terminal: progress bar and the question who you are', () => {
  const big = write('big-chat.txt', bigChat());
  const small = write('WhatsApp Chat with Sam.txt', pullingAway());

  it('the test export is over the threshold', () => {
    expect(statSync(big).size).toBeGreaterThan(PROGRESS_MIN_BYTES);
  });

  it('draws a bar on a terminal for a large export, and ends with a clean line', async () => {
    const { terminal, stderr } = fakeTerminal(true);
    const run = await runWith([big, '--json', '--me', 'Alex', '--tz', 'UTC'], terminal);
    expect(run.code).toBe(0);
    expect(stderr.length).toBeGreaterThanOrEqual(2);
    const bars = stderr.slice(0, -1);
    for (const bar of bars) expect(bar).toMatch(BAR);
    // It moves forward, reaches the end of the file, and the last write clears the line.
    // (The reader reports progress every 4 MiB: two bars for this file.)
    const percents = bars.map((b) => Number(/(\d+)%/.exec(b)?.[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[0]).toBeGreaterThan(0);
    expect(stderr.at(-1)).toBe('\r\x1b[2K');
    // None of it reaches stdout, which holds the JSON alone.
    expect(run.stdout).not.toContain('\r');
    expect(roles(run)).toEqual({ Alex: 'me', Sam: 'partner' });
  });

  it('draws no bar for a small export, nor when stderr is not a terminal', async () => {
    const tty = fakeTerminal(true);
    expect((await runWith([small, '--json', '--me', 'Alex'], tty.terminal)).code).toBe(0);
    expect(tty.stderr).toEqual([]);
    const piped = fakeTerminal(false);
    expect((await runWith([big, '--json', '--me', 'Alex'], piped.terminal)).code).toBe(0);
    expect(piped.stderr).toEqual([]);
    // The process's own stderr under the test runner is a pipe: nothing drawn there either.
    const real = await runCli(['import', big, '--json', '--me', 'Alex', '--tz', 'UTC']);
    expect(real.code).toBe(0);
    expect(real.stderr).toBe('');
  });

  it("asks who you are on a terminal; the answer sets the 'me' role", async () => {
    const { terminal, asked, stderr } = fakeTerminal(true, { me: 'Sam' });
    const run = await runWith([big, '--json', '--tz', 'UTC'], terminal);
    expect(run.code).toBe(0);
    // Asked once, with both names and the guess from the export; the bar was cleared first.
    expect(asked).toEqual([{ names: ['Alex', 'Sam'], guess: undefined, barCleared: true }]);
    expect(stderr.at(-1)).toBe('\r\x1b[2K');
    expect(roles(run)).toEqual({ Sam: 'me', Alex: 'partner' });
    const report = JSON.parse(run.stdout) as { warnings: Array<{ code: string }> };
    expect(report.warnings.map((w) => w.code)).not.toContain('guessed-me');
  });

  it('does not ask with --me, nor when not on a terminal; then it warns that it guessed', async () => {
    const given = fakeTerminal(true, { me: 'Sam' });
    expect(roles(await runWith([small, '--json', '--me', 'Alex'], given.terminal))).toEqual({
      Alex: 'me',
      Sam: 'partner',
    });
    expect(given.asked).toEqual([]);
    const piped = await runCli(['import', small, '--json', '--tz', 'UTC']);
    expect(piped.code).toBe(0);
    const report = JSON.parse(piped.stdout) as {
      warnings: Array<{ code: string; message: string }>;
    };
    const guessed = report.warnings.find((w) => w.code === 'guessed-me');
    expect(guessed?.message).toMatch(/Took "Alex" to be you .*--me NAME/);
  });
});

/**
 * The real terminal: the CLI in a child process under a pseudo-terminal made by util-linux
 * `script`, stdout redirected to a file so that the terminal shows stderr alone.
 */
describe('closer import under a pseudo-terminal', () => {
  const entry = write(
    'closer-entry.mjs',
    `import { main } from ${JSON.stringify(new URL('../main.ts', import.meta.url).href)};\nprocess.exitCode = await main(process.argv);\n`,
  );
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

  /** Runs `closer ARGS > out` in a terminal; `answer` types keys once `question` is shown. */
  function inTerminal(
    args: string[],
    out: string,
    keys?: { question: string; answer: string[] },
  ): Promise<{ code: number | null; screen: string }> {
    // A pseudo-terminal made from a pipe has no size; the prompt would wrap at every character.
    const command = `stty cols 100 rows 30; node --import tsx ${quote(entry)} ${args.map(quote).join(' ')} > ${quote(out)}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: process.cwd(),
      env: { ...process.env, SHELL: '/bin/sh', TERM: 'xterm', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      if (keys && !typed && screen.includes(keys.question)) {
        typed = true;
        // One key at a time, as a person types: the prompt reads them as separate key presses.
        keys.answer.forEach((key, i) => setTimeout(() => child.stdin.write(key), 150 * (i + 1)));
      }
    });
    // Never hang the suite: a prompt that does not come ends the run, and the test fails.
    const timer = setTimeout(() => child.kill(), 20_000);
    return new Promise((resolve) => {
      child.on('close', (code) => {
        clearTimeout(timer);
        child.stdin.destroy();
        resolve({ code, screen });
      });
    });
  }

  it('shows the bar on a terminal for a large export and leaves a clean line', async () => {
    const big = write('big-tty.txt', bigChat());
    const out = join(dir, 'big-tty.json');
    const run = await inTerminal(['import', big, '--json', '--me', 'Alex', '--tz', 'UTC'], out);
    // What the terminal showed says why, should the child fail.
    expect(run.code, run.screen).toBe(0);
    // The terminal showed bars only, and the last thing written erased the line.
    const bars = run.screen.split('\r').slice(1);
    expect(bars.length).toBeGreaterThanOrEqual(2);
    for (const bar of bars.slice(0, -1)) expect(`\r${bar}`).toMatch(BAR);
    expect(bars.at(-1)).toBe('\x1b[2K');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Participants).participants).toHaveLength(2);
  });

  it("asks who you are; picking the other name makes them 'me'", async () => {
    const out = join(dir, 'asked.json');
    const run = await inTerminal(
      ['import', join(dir, 'WhatsApp Chat with Sam.txt'), '--json', '--tz', 'UTC'],
      out,
      {
        question: 'Which of these is you?',
        // The export's guess (Alex) is selected first: down to Sam, then Enter.
        answer: ['\x1b[B', '\r'],
      },
    );
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).toContain('Alex');
    const report = JSON.parse(readFileSync(out, 'utf8')) as Participants & {
      warnings: Array<{ code: string }>;
    };
    expect(report.participants.map((p) => [p.name, p.role])).toEqual([
      ['Alex', 'partner'],
      ['Sam', 'me'],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('guessed-me');
  });
});
