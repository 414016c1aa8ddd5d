/**
 * Start-up stays light: every command registers at start, so a heavy module imported at the top
 * of any command file (storage, the web server, the text model) would be paid by `closer --help`
 * and by every other command. Each run here is a child process of the TypeScript entry (through
 * tsx, as the import tests run it) with a module loader hook that writes down every module
 * loaded; the test then names what should not be there.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'closer-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// Loader hooks run on their own thread; appending each URL to a file is the simplest way out.
const hooks = write(
  'record-hooks.mjs',
  `import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function load(url, context, nextLoad) {
  appendFileSync(out, url + '\\n');
  return nextLoad(url, context);
}
`,
);
const recorder = write(
  'record.mjs',
  `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { out: process.env.CLOSER_TEST_MODULES } });
`,
);
const entry = write(
  'closer-entry.mjs',
  `import { main } from ${JSON.stringify(new URL('./main.ts', import.meta.url).href)};\nprocess.exitCode = await main(process.argv);\n`,
);

/** The heavy parts a command may load only when it runs (and the readable name of each). */
const HEAVY: Array<[string, RegExp]> = [
  ['src/infra (storage)', /\/src\/infra\//],
  // Its port alone is allowed: `closer serve --help` shows it (src/web/port.ts).
  ['src/web (the web app)', /\/src\/web\/(?!port\.ts$)/],
  ['wink-nlp', /\/node_modules\/wink-nlp\//],
  ['the wink-nlp English model', /\/node_modules\/wink-eng-lite-web-model\//],
  ['@electric-sql/pglite', /\/node_modules\/@electric-sql\/pglite\//],
  ['hono', /\/node_modules\/hono\//],
  ['@hono/node-server', /\/node_modules\/@hono\/node-server\//],
  // The chat importers and their parsers: only the formats and size limit are needed up front.
  ['the chat importers', /\/src\/importers\/(?!types\.ts$|source\.ts$)/],
  ['@streamparser/json', /\/node_modules\/@streamparser\/json\//],
  ['saxes', /\/node_modules\/saxes\//],
  ['@clack/prompts', /\/node_modules\/@clack\/prompts\//],
];

type Run = { code: number; stdout: string; modules: string[] };

let runs = 0;
/** Runs `closer ARGS` in a child process and lists the modules it loaded. */
function closer(args: string[]): Promise<Run> {
  const out = join(dir, `modules-${runs++}.txt`);
  writeFileSync(out, '');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', pathToFileURL(recorder).href, entry, ...args],
      {
        cwd: process.cwd(),
        env: { ...process.env, CLOSER_TEST_MODULES: out, NO_COLOR: '1' },
        timeout: 25_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (code !== 0 && code !== 2) {
          reject(new Error(`closer ${args.join(' ')} failed (${code}): ${stderr}`));
          return;
        }
        const modules = readFileSync(out, 'utf8').split('\n').filter(Boolean);
        resolve({ code, stdout, modules });
      },
    );
  });
}

const heavyIn = (modules: string[]) =>
  HEAVY.filter(([, pattern]) => modules.some((url) => pattern.test(url))).map(([name]) => name);

describe('closer start-up', () => {
  // In parallel: each child is mostly waiting on tsx's first compile of the same files.
  const help = closer(['--help']);
  const trendHelp = closer(['trend', '--help']);
  const questions = closer(['questions', '--json']);
  const analyse = closer(['analyze', '--text', write('text.txt', 'We used to talk every night.')]);
  const answers = write('answers.json', JSON.stringify({ answers: {} }));
  const planOnly = closer(['plan', '--answers', answers, '--country', 'GB', '--json']);
  const planWithText = closer(['plan', '--answers', answers, '--text', join(dir, 'text.txt')]);

  it('`closer --help` loads no storage, web server or language model', async () => {
    const run = await help;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Commands:');
    // The recorder saw the start-up itself, so an empty list cannot pass for a light one.
    expect(run.modules.some((url) => url.endsWith('/src/cli/main.ts'))).toBe(true);
    expect(run.modules.some((url) => url.includes('/node_modules/commander/'))).toBe(true);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it('`closer trend --help` loads none of them either', async () => {
    const run = await trendHelp;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('checkins.csv');
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it('`closer questions --json` lists the bank without them', async () => {
    const run = await questions;
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(10);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it('`closer analyze` loads the language model when it runs, and still no storage or web', async () => {
    const run = await analyse;
    expect(run.code).toBe(0);
    // The check above would catch the model: here it is, seen by the same recorder.
    expect(heavyIn(run.modules)).toEqual(['wink-nlp', 'the wink-nlp English model']);
  });

  it('`closer plan` without a description makes the plan without the language model', async () => {
    const run = await planOnly;
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
    expect(run.modules.some((url) => url.includes('/src/domain/guidance/'))).toBe(true);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it('`closer plan --text` loads it, to read the description', async () => {
    const run = await planWithText;
    expect(run.code).toBe(0);
    expect(heavyIn(run.modules)).toEqual(['wink-nlp', 'the wink-nlp English model']);
  });
});
