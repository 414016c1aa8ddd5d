import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listQuestions } from '../../app/assess.js';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-assess-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const questions = listQuestions();
const main = questions.find((q) => q.about !== 'safety');
const safety = questions.find((q) => q.about === 'safety');

describe('closer assess --answers --json', () => {
  it('prints causes sorted by score, the safety block, the next question and the count', async () => {
    if (!main || !safety) throw new Error('the bank has no questions');
    const firstOption = main.options[0]?.value ?? '';
    const file = write(
      'ok.json',
      JSON.stringify({ answers: { [main.id]: firstOption, [safety.id]: 'not-sure' } }),
    );
    const run = await runCli(['assess', '--answers', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      causes: {
        id: string;
        score: number;
        confidence: string;
        for: unknown[];
        against: unknown[];
      }[];
      safety: { level: string; flags: unknown[] };
      next: { questionId: string; text: string } | null;
      asked: number;
    };
    expect(report.causes).toHaveLength(12);
    const scores = report.causes.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(report.safety.level).toMatch(/^(none|concern|urgent)$/);
    expect(report.asked).toBe(2);
    // The rest of the safety screen comes before any other question.
    expect(questions.find((q) => q.id === report.next?.questionId)?.about).toBe('safety');
  });

  it('reads answers from stdin', async () => {
    const run = await runCli(['assess', '--answers', '-', '--json'], { stdin: '{"answers":{}}' });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { asked: number }).asked).toBe(0);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /no such file/],
    ['invalid JSON', () => write('bad.json', '{"answers": {'), /not valid JSON/],
    ['no answers field', () => write('shape.json', '{"foo": 1}'), /"answers"/],
    [
      'an unknown question id',
      () => write('id.json', '{"answers":{"q.does-not-exist":"yes"}}'),
      /q\.does-not-exist/,
    ],
    [
      'a value that is not an option',
      () =>
        write('value.json', JSON.stringify({ answers: { [main?.id ?? '']: 'sometimes-maybe' } })),
      /sometimes-maybe/,
    ],
  ])('refuses %s with one line on stderr and exit 2', async (_, file, message) => {
    const run = await runCli(['assess', '--answers', file(), '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('closer assess with other evidence', () => {
  const weekly = (weeks: number, level: (week: number) => number) =>
    [
      'date,communication,affection,availability,future,criticism,connection',
      ...Array.from({ length: weeks }, (_, w) => {
        const day = new Date(Date.UTC(2026, 0, 5 + 7 * w)).toISOString().slice(0, 10);
        const v = level(w);
        return `${day},${v},${v},${v},${v},${6 - v},${v}`;
      }),
    ].join('\n');

  it('folds the trend of check-ins into the causes, pointing at the weeks', async () => {
    const answers = write('empty.json', '{"answers":{}}');
    const checkins = write(
      'decline.csv',
      weekly(16, (w) => (w < 6 ? 4 : 2)),
    );
    const run = await runCli(['assess', '--answers', answers, '--checkins', checkins, '--json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      causes: { for: { from: { kind: string } }[]; against: { from: { kind: string } }[] }[];
    };
    const kinds = report.causes.flatMap((c) => [...c.for, ...c.against].map((e) => e.from.kind));
    expect(kinds).toContain('trajectory');
  });

  it('names the bad line of a check-in file, exit 2', async () => {
    const answers = write('empty2.json', '{"answers":{}}');
    const checkins = write(
      'bad.csv',
      'date,communication,affection,availability,future,criticism,connection\n2026-02-30,3,3,3,3,3,3\n',
    );
    const run = await runCli(['assess', '--answers', answers, '--checkins', checkins, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.csv/);
  });

  it('weighs a description: its words become evidence and safety flags', async () => {
    const answers = write('empty3.json', '{"answers":{}}');
    const text = write(
      'story.txt',
      'Since Sam lost his job in March he barely talks to me. Last week he put his hands around my neck.',
    );
    const run = await runCli([
      'assess',
      '--answers',
      answers,
      '--text',
      text,
      '--name',
      'Sam',
      '--pronoun',
      'he',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      safety: { level: string; flags: { from: { kind: string } }[] };
      causes: { for: { from: { kind: string } }[] }[];
    };
    expect(report.safety.level).toBe('urgent');
    expect(report.safety.flags.some((f) => f.from.kind === 'text')).toBe(true);
    expect(report.causes.some((c) => c.for.some((e) => e.from.kind === 'text'))).toBe(true);
  });

  it('refuses an empty description, exit 2', async () => {
    const run = await runCli([
      'assess',
      '--answers',
      write('empty4.json', '{"answers":{}}'),
      '--text',
      write('blank.txt', '  \n'),
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('refuses --events without --checkins', async () => {
    const run = await runCli(['assess', '--events', 'x.csv']);
    expect(run.code).toBe(2);
  });
});

describe('closer questions --json', () => {
  it('lists every question with options (not sure included), measures and follow-ups', async () => {
    const run = await runCli(['questions', '--json', '--name', 'Alex', '--pronoun', 'she']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      id: string;
      text: string;
      options: { value: string }[];
      measures: string[];
      followUp?: unknown;
    }[];
    expect(listed.length).toBeGreaterThanOrEqual(60);
    for (const q of listed) {
      expect(q.options.at(-1)?.value).toBe('not-sure');
      expect(q.text).not.toMatch(/\{(partner|they|them|their)\}/i);
    }
    expect(listed.some((q) => q.followUp)).toBe(true);
    expect(listed.some((q) => q.text.includes('Alex'))).toBe(true);
  });

  it('refuses an unknown pronoun', async () => {
    const run = await runCli(['questions', '--pronoun', 'xe']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--pronoun/);
  });
});

describe('closer assess without a terminal', () => {
  it('says how to answer instead of waiting for keys that never come', async () => {
    const run = await runCli(['assess'], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no terminal to ask the questions in.*--answers FILE/);
  });
});
