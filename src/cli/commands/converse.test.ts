import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConversationOutcome, DraftReview } from '../../app/converse.js';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-converse-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('closer converse', () => {
  it('reviews a draft as text, pointing at the words', async () => {
    const draft = write('draft.txt', 'Hi.\nYou never listen. Whatever.\n');
    const run = await runCli(['converse', '--draft', draft]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/line 2, absolute: "You never"/);
    expect(run.stdout).toMatch(/\n {4}\^{9}\n/);
    expect(run.stdout).toMatch(/contempt: "Whatever"/);
  });

  it('reviews a draft as JSON, from stdin', async () => {
    const run = await runCli(['converse', '--draft', '-', '--json'], {
      stdin: "Why are you like this? You obviously don't care.",
    });
    const review = JSON.parse(run.stdout) as DraftReview;
    expect(review.findings.map((f) => f.kind)).toEqual(['blame', 'mind-reading']);
  });

  it('plans a conversation about a cause as JSON, with the name', async () => {
    const run = await runCli([
      'converse',
      '--cause',
      'pursue-withdraw',
      '--feeling',
      'anxious',
      '--name',
      'Kim',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as ConversationOutcome;
    if (out.kind !== 'conversation') throw new Error('expected a conversation');
    expect(out.opening).toMatch(/I feel anxious, because/);
    expect(out.questions).toHaveLength(3);
    expect(out.notes.join(' ')).toMatch(/short/);
  });

  it('points to help instead of a conversation when the answers raise a safety flag', async () => {
    const answers = write('a.json', JSON.stringify({ answers: { 'q.safety-fear': 'yes' } }));
    const run = await runCli([
      'converse',
      '--cause',
      'communication-breakdown',
      '--answers',
      answers,
      '--country',
      'NZ',
      '--json',
    ]);
    const out = JSON.parse(run.stdout) as ConversationOutcome;
    expect(out.kind).toBe('safety');
    if (out.kind === 'safety') expect(out.resources[0]?.service).toMatch(/Women's Refuge/);
  });

  it.each([
    [
      'an unknown cause',
      () => ['converse', '--cause', 'boredom', '--json'],
      /unknown cause "boredom"/,
    ],
    ['an empty draft', () => ['converse', '--draft', write('empty.txt', '  \n')], /draft is empty/],
    ['a missing draft', () => ['converse', '--draft', join(dir, 'nope.txt')], /no such file/],
  ])('rejects %s with one line, exit 2, nothing on stdout', async (_, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('without a terminal, says how to plan instead of waiting for keys', async () => {
    const run = await runCli(['converse', '--topic', 'weekends'], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no terminal to ask the questions in.*--json/);
  });
});
