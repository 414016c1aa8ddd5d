import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChat, type ChatImportReport } from './chat-import.js';

const dir = mkdtempSync(join(tmpdir(), 'closer-chat-language-'));
const pad = (n: number) => String(n).padStart(2, '0');

/** A made-up WhatsApp export of `weeks` weeks; each day's lines come from `linesOf(day)`. */
function whatsapp(name: string, weeks: number, linesOf: (day: number) => string[]): string {
  const out = ['01/01/2024, 08:00 - Messages and calls are end-to-end encrypted.'];
  for (let day = 0; day < weeks * 7; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    const d = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    linesOf(day).forEach((text, k) => {
      out.push(`${d}, ${pad(8 + k)}:00 - ${k % 2 === 0 ? 'Alex' : 'Sam'}: ${text}`);
    });
  }
  const path = join(dir, name);
  writeFileSync(path, `${out.join('\n')}\n`);
  return path;
}

const GERMAN = [
  'guten Morgen, hast du gut geschlafen',
  'ja, aber ich bin noch so müde',
  'ich liebe dich, bis heute Abend',
  'was machen wir am Wochenende',
];
const ENGLISH = [
  'good morning, did you sleep well',
  'yes, but I am still so tired',
  'love you, see you tonight',
  'what are we doing this weekend',
];

async function report(path: string): Promise<ChatImportReport> {
  const result = await importChat({ path, me: 'Alex', timeZone: 'UTC', content: true });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.report;
}

describe('content mode languages in the import report', () => {
  it('says which language the words were read in, without a warning', async () => {
    const german = await report(whatsapp('german.txt', 6, () => GERMAN));
    expect(german.contentLanguage).toBe('de');
    expect(german.warnings.map((w) => w.code)).not.toContain('content-language');
    // Sam writes the tired and the weekend lines, Alex the loving one.
    const week = german.weeks[2]?.people;
    expect(week?.Sam?.content).toMatchObject({ stress: 7, future: 7, affection: 0 });
    expect(week?.Alex?.content).toMatchObject({ affection: 7, stress: 0 });
  });

  it('warns, naming both languages, when a chat mixes two', async () => {
    const mixed = await report(whatsapp('mixed.txt', 6, (d) => (d % 2 ? GERMAN : ENGLISH)));
    expect(mixed.contentLanguage).toBeNull();
    const warning = mixed.warnings.find((w) => w.code === 'content-language');
    expect(warning?.message).toMatch(/mixes (English|German) \(\d+%.*\) and (German|English)/);
  });

  it('warns about the weeks in another language when a chat switches', async () => {
    const switched = await report(
      whatsapp('switched.txt', 20, (d) => (d < 16 * 7 ? ENGLISH : GERMAN)),
    );
    expect(switched.contentLanguage).toBeNull();
    const warning = switched.warnings.find((w) => w.code === 'content-language');
    expect(warning?.message).toMatch(/language changes: in \d+ of \d+ weeks/);
    expect(switched.signals.map((s) => s.signalId)).not.toContain('chat.affection-falling');
  });

  it('warns when no language the lists cover is found', async () => {
    const swedish = [
      'god morgon, sov du gott',
      'ja, men jag är trött',
      'älskar dig, vi ses ikväll',
      'vad gör vi i helgen',
    ];
    const other = await report(whatsapp('swedish.txt', 6, () => swedish));
    expect(other.contentLanguage).toBeNull();
    const warning = other.warnings.find((w) => w.code === 'content-language');
    expect(warning?.message).toMatch(/only \d+% of the longer messages have a common word/);
  });
});
