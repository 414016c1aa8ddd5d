import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-trend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'date,communication,affection,availability,future,criticism,connection';
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function weekly(weeks: number, level: (w: number) => number): string {
  const rows = [HEADER];
  for (let w = 0; w < weeks; w++) {
    const day = new Date(Date.UTC(2026, 0, 5 + 7 * w)).toISOString().slice(0, 10);
    const v = level(w);
    rows.push(`${day},${v},${v},${v},${v},${6 - v},${v}`);
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

describe('closer trend', () => {
  const checkins = write(
    'checkins.csv',
    weekly(16, (w) => (w < 8 ? 4 : 2)),
  );
  const events = write('events.csv', 'date,end,kind,label\n2026-02-16,,stressor,job loss\n');

  it('--json prints the report shape and exits 0', async () => {
    const run = await runCli(['trend', checkins, '--events', events, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of [
      'state',
      'explanation',
      'baseline',
      'current',
      'onset',
      'durationWeeks',
      'changePoints',
      'indicators',
      'alignedEvents',
      'signals',
    ]) {
      expect(report).toHaveProperty(key);
    }
    expect(report.state).toBe('sustained-decline');
    expect((report.indicators as Record<string, { state: string }>).future?.state).toBe(
      'sustained-decline',
    );
    expect((report.signals as { signalId: string }[]).map((s) => s.signalId)).toContain(
      'trend.decline-after-stressor',
    );
  });

  it('without --json prints a readable summary with a chart', async () => {
    const run = await runCli(['trend', checkins, '--events', events]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Trend: a sustained decline');
    expect(run.stdout).toMatch(/[▁▂▃▄▅▆▇█]{8}/);
    expect(run.stdout).toContain('job loss');
  });

  it.each([
    ['an impossible date', `${HEADER}\n2026-02-30,3,3,3,3,3,3\n`, /line 2, column date/],
    ['a value outside 1–5', `${HEADER}\n2026-01-05,3,3,9,3,3,3\n`, /line 2, column availability/],
    ['an empty file', '', /the file is empty/],
    ['a wrong header', 'a,b\n1,2\n', /line 1: the header must be/],
  ])(
    'bad input (%s): one line on stderr, exit 2, nothing on stdout',
    async (_what, text, message) => {
      const path = write('bad.csv', text);
      const run = await runCli(['trend', path, '--json']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('bad.csv');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  it('a missing file or a bad events file is bad input too', async () => {
    const missing = await runCli(['trend', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: no such file');
    const badEvents = write('events-bad.csv', 'date,end,kind,label\n2026-01-01,,party,x\n');
    const run = await runCli(['trend', checkins, '--events', badEvents]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('events-bad.csv: line 2, column kind');
  });

  it('has help text', async () => {
    const run = await runCli(['trend', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--events');
    expect(run.stdout).toContain('6 check-ins over 3 weeks');
  });

  describe('--baseline', () => {
    // 5 for four weeks, 4 for eight, then 2.
    const steps = write(
      'steps.csv',
      weekly(20, (w) => (w < 4 ? 5 : w < 12 ? 4 : 2)),
    );

    it('takes the marked period as how things used to be', async () => {
      // Left to itself, the reading takes the first month (5) as the baseline; the person says
      // the eight weeks after it (4) are how things used to be.
      const plain = JSON.parse((await runCli(['trend', steps, '--json'])).stdout) as {
        baseline: number;
      };
      const marked = await runCli([
        'trend',
        steps,
        '--baseline',
        '2026-02-02..2026-03-23',
        '--json',
      ]);
      expect(marked.code).toBe(0);
      const report = JSON.parse(marked.stdout) as { baseline: number; state: string };
      expect(plain.baseline).toBe(5);
      expect(report.baseline).toBe(4);
      expect(report.state).toBe('sustained-decline');
    });

    it('refuses a period that is malformed, reversed or holds too few check-ins', async () => {
      for (const [period, problem] of [
        ['2026-01-05', /FROM\.\.TO/],
        ['2026-01-05..2026-13-40', /end "2026-13-40" is not a date/],
        ['2026-02-01..2026-01-05', /start 2026-02-01 is after the end/],
        ['2025-01-01..2025-02-01', /0 check-in\(s\) fall in that period/],
      ] as const) {
        const run = await runCli(['trend', steps, '--baseline', period, '--json']);
        expect(run.code, period).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(problem);
      }
    });
  });
});
