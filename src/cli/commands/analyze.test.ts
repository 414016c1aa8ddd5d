import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-analyze-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

type Report = {
  safety: { level: string; flags: { id: string; quote: string; start: number; end: number }[] };
  signals: { id: string; value: number; quote: string; start: number; end: number }[];
  causes: { id: string; score: number }[];
  next: { questionId: string; text: string } | null;
};

describe('closer analyze', () => {
  it('prints safety, signals with quotes and offsets, causes and the next question as JSON', async () => {
    const text =
      'Since Sam lost his job in March he barely talks to me. He works late every night.';
    const run = await runCli([
      'analyze',
      '--text',
      write('a.txt', text),
      '--json',
      '--name',
      'Sam',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.safety).toEqual({ level: 'none', flags: [] });
    expect(report.signals.map((s) => s.id)).toContain('partner.works-longer-hours');
    expect(report.signals.map((s) => s.id)).toContain('context.loss-job');
    for (const s of report.signals) expect(text.slice(s.start, s.end)).toBe(s.quote);
    const scores = report.causes.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.next === null || typeof report.next.questionId === 'string').toBe(true);
  });

  it('reads stdin with -, and puts safety first in the readable summary', async () => {
    const run = await runCli(['analyze', '--text', '-'], {
      stdin: 'He put his hands around my neck. Work has been crazy for him.',
    });
    expect(run.code).toBe(0);
    const firstLine = run.stdout.split('\n')[0] ?? '';
    expect(firstLine).toMatch(/safety comes first/i);
    expect(run.stdout).toContain('"hands around my neck"');
    expect(run.stdout).toMatch(/emergency/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty text', () => write('empty.txt', '  \n '), /empty/],
    ['a binary file', () => write('bin.dat', new Uint8Array([0, 159, 146, 150])), /binary/],
    [
      'invalid UTF-8',
      () => write('latin1.txt', new Uint8Array([104, 233, 108, 108, 111])),
      /UTF-8/,
    ],
    ['a file over 100 KiB', () => write('big.txt', 'word '.repeat(30_000)), /limit/],
  ])('rejects %s: one line on stderr, exit 2, nothing on stdout', async (_, file, message) => {
    const run = await runCli(['analyze', '--text', file(), '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('rejects an unknown pronoun', async () => {
    const run = await runCli(['analyze', '--text', write('p.txt', 'hello'), '--pronoun', 'it']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
