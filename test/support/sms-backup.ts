/**
 * Made-up SMS Backup & Restore files for tests of the import paths (CLI, web page, browser):
 * several conversations in one backup, as a phone writes it.
 */

/** One text of a thread, sent at the same time on every day the thread is active. */
export type MadeUpText = {
  /** Milliseconds after the start of the day's first text. */
  at: number;
  /** Sent by the phone's owner (type 2) or received (type 1). */
  sent: boolean;
  body: string;
  /** The number as this record writes it, when it differs from the thread's. */
  address?: string;
};

/** One contact's conversation: active every `everyDays` days from the start. */
export type MadeUpThread = {
  name: string;
  address: string;
  everyDays: number;
  texts: MadeUpText[];
};

const DAY_MS = 86_400_000;

/**
 * The XML of a backup with these threads over `days` days from `start` (UTC ms), day by day and,
 * within a day, in the order the threads are given.
 *
 * @example
 * smsBackupXml(Date.UTC(2024, 4, 6, 9), 21, [{ name: 'Sam', address: '+15551234567', everyDays: 1,
 *   texts: [{ at: 0, sent: false, body: 'morning!' }] }]);
 */
export function smsBackupXml(start: number, days: number, threads: MadeUpThread[]): string {
  const records: string[] = [];
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY_MS;
    for (const thread of threads) {
      if (day % thread.everyDays !== 0) continue;
      for (const text of thread.texts)
        records.push(
          `<sms address="${text.address ?? thread.address}" date="${dayStart + text.at}" type="${text.sent ? 2 : 1}" body="${text.body}" contact_name="${thread.name}" />`,
        );
    }
  }
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${records.length}">\n${records.join('\n')}\n</smses>\n`;
}

/** Sam (every day, two texts) and Jo (every third day, two texts), from 6 May 2024. */
export const SAM_AND_JO: MadeUpThread[] = [
  {
    name: 'Sam',
    address: '+1 555-123-4567',
    everyDays: 1,
    texts: [
      { at: 0, sent: false, body: 'morning!' },
      { at: 60_000, sent: true, body: 'hi you', address: '5551234567' },
    ],
  },
  {
    name: 'Jo',
    address: '+15550000000',
    everyDays: 3,
    texts: [
      { at: 120_000, sent: false, body: 'lunch?' },
      { at: 150_000, sent: true, body: 'sure' },
    ],
  },
];
