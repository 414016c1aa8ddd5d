/**
 * Importer for Android "SMS Backup & Restore" (SyncTech) XML backups.
 */
import type { Importer } from '../types.js';
import { headText } from '../shared/chunks.js';
import { parseSmsBackup } from './parse.js';

/** SMS Backup & Restore XML: `<smses>` with `sms` and `mms` records. */
export const importer: Importer = {
  format: 'sms-backup',
  detect(entries) {
    let best = 0;
    for (const { name, head } of entries) {
      const text = headText(head.subarray(0, 4096));
      let score = 0;
      if (/<smses[\s>]/.test(text)) score = 0.95;
      else if (/^sms-.*\.xml$/i.test(name.split(/[/\\]/).pop() ?? '') && text.includes('<?xml')) {
        score = 0.5;
      }
      best = Math.max(best, score);
    }
    return best;
  },
  parse: parseSmsBackup,
};
