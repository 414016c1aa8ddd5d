/**
 * Seeded generator of synthetic WhatsApp exports (Android, en-GB layout: `dd/mm/yyyy, HH:MM -
 * Name: text`) for the chat-import benchmark. The mix follows the workload in
 * chat-formats.md §2: ~70 bytes per message, 3% multi-line messages (2–5 lines), 4.5% media
 * placeholders, a handful of system lines. Written in large blocks, never held whole in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from './stats.js';

const WORDS = (
  'ok yes no maybe love you miss dinner tonight tomorrow work late home soon sorry busy tired ' +
  'good morning night sleep well call later weekend plans movie coffee train late again haha ' +
  'really sure fine thanks great nice sweet babe honey when where what why how about the a to ' +
  'and is it was are we i me my our your this that just still already back out'
).split(' ');
const SYSTEM = [
  'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  'Your security code with Sam 🌻 changed. Tap to learn more.',
  'Missed voice call',
];

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export type GeneratedExport = { path: string; messages: number; bytes: number };

/**
 * Writes an export of `messages` authored messages to `path`, spread from 2019-01-01 at a rate
 * that keeps the average spacing realistic (about 70 bytes a message).
 *
 * @example
 * generateWhatsApp('bench/.data/whatsapp-10k.txt', 10_000);
 */
export function generateWhatsApp(path: string, messages: number, seed = 42): GeneratedExport {
  const random = mulberry32(seed);
  const fd = openSync(path, 'w');
  let block = '';
  let bytes = 0;
  const flush = () => {
    const buffer = Buffer.from(block, 'utf8');
    writeSync(fd, buffer);
    bytes += buffer.length;
    block = '';
  };
  const start = Date.UTC(2019, 0, 1, 8);
  // Mean spacing: 1M messages over ~12 years, shorter files over proportionally less time.
  const meanGapMs = Math.max(
    60_000,
    Math.min(6 * 60_000, (12 * 365 * 86_400_000) / Math.max(1, messages)),
  );
  let time = start;
  const systemEvery = Math.max(1, Math.floor(messages / 6));
  const line = (text: string, author?: string) => {
    const d = new Date(time);
    const prefix = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} - `;
    block += author === undefined ? `${prefix}${text}\n` : `${prefix}${author}: ${text}\n`;
  };
  const sentence = () => {
    const n = 2 + Math.floor(random() * 11);
    let s = WORDS[Math.floor(random() * WORDS.length)] ?? 'ok';
    for (let k = 1; k < n; k++) s += ` ${WORDS[Math.floor(random() * WORDS.length)] ?? 'ok'}`;
    return random() < 0.15 ? `${s}?` : s;
  };
  line(SYSTEM[0] ?? '');
  let author = 'Sam 🌻';
  for (let i = 0; i < messages; i++) {
    // Turn-taking with bursts: mostly alternate, sometimes the same person again.
    if (random() < 0.6) author = author === 'Sam 🌻' ? 'Alex' : 'Sam 🌻';
    time += Math.floor(-Math.log(1 - random()) * meanGapMs);
    if (i > 0 && i % systemEvery === 0) line(SYSTEM[1 + (i % 2)] ?? '');
    const roll = random();
    if (roll < 0.045) line('<Media omitted>', author);
    else if (roll < 0.075) {
      const extra = 1 + Math.floor(random() * 4);
      let text = sentence();
      for (let k = 0; k < extra; k++) text += `\n${sentence()}`;
      line(text, author);
    } else line(sentence(), author);
    if (block.length > 1 << 22) flush();
  }
  flush();
  closeSync(fd);
  return { path, messages, bytes };
}
