import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

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
    const T = Date.UTC(2024, 4, 6, 9);
    const records: string[] = [];
    for (let day = 0; day < 21; day++) {
      const at = T + day * 86_400_000;
      records.push(
        `<sms address="+1 555-123-4567" date="${at}" type="1" body="morning!" contact_name="Sam" />`,
        `<sms address="5551234567" date="${at + 60_000}" type="2" body="hi you" contact_name="Sam" />`,
      );
      if (day % 3 === 0)
        records.push(
          `<sms address="+15550000000" date="${at + 120_000}" type="1" body="lunch?" contact_name="Jo" />`,
          `<sms address="+15550000000" date="${at + 150_000}" type="2" body="sure" contact_name="Jo" />`,
          `<sms address="+15559990000" date="${at + 180_000}" type="1" body="code 1234" contact_name="(Unknown)" />`,
        );
    }
    const backup = write(
      'sms-20240527.xml',
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${records.length}">\n${records.join('\n')}\n</smses>\n`,
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
