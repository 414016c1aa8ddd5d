import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../index.js';
import type { ChatFormat } from '../types.js';
import { headOf } from './test-support/entries.js';

/** One small, typical sample per format: each must be claimed by its own importer only. */
const SAMPLES: Array<{ format: ChatFormat; name: string; text: string }> = [
  {
    format: 'whatsapp',
    name: 'WhatsApp Chat with Sam.txt',
    text: '12/09/2020, 23:55 - Messages and calls are end-to-end encrypted.\n12/09/2020, 23:56 - Sam: are you up?\n12/09/2020, 23:57 - Alex: yes\n',
  },
  {
    format: 'telegram',
    name: 'result.json',
    text: '{\n "name": "Sam",\n "type": "personal_chat",\n "id": 1,\n "messages": [\n  {"id": 1, "type": "message", "date": "2023-02-01T09:05:10", "date_unixtime": "1675242310", "from": "Sam", "from_id": "user1", "text": "hi", "text_entities": []}\n ]\n}',
  },
  {
    format: 'messenger',
    name: 'messages/inbox/sam_1/message_1.json',
    text: '{"participants":[{"name":"Sam"},{"name":"Alex"}],"messages":[{"sender_name":"Sam","timestamp_ms":1675242480000,"content":"hi","is_geoblocked_for_viewer":false}],"title":"Sam","thread_path":"inbox/sam_1"}',
  },
  {
    format: 'instagram',
    name: 'your_instagram_activity/messages/inbox/sam_1/message_1.json',
    text: '{"participants":[{"name":"Sam"},{"name":"Alex"}],"messages":[{"sender_name":"Sam","timestamp_ms":1675242480000,"content":"hi"}],"title":"Sam"}',
  },
  {
    format: 'discord',
    name: 'Direct Messages - sam [1].json',
    text: '{"guild":{"id":"0","name":"Direct Messages"},"channel":{"id":"1","type":"DirectTextChat","name":"sam"},"messages":[{"id":"1","type":"Default","timestamp":"2024-04-30T21:14:03.412+02:00","timestampEdited":null,"isPinned":false,"content":"hi","author":{"id":"1","name":"sam"}}]}',
  },
  {
    format: 'sms-backup',
    name: 'sms-20240529.xml',
    text: '<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?>\n<smses count="1">\n<sms address="+15551234567" date="1716999000000" type="1" body="hi" contact_name="Sam" />\n</smses>\n',
  },
  {
    format: 'imessage',
    name: 'Sam.txt',
    text: 'May 17, 2022  5:29:42 PM (Read by you after 1 hour, 49 seconds)\nSam\nwant to get dinner friday?\n\nMay 17, 2022  5:31:02 PM\nMe\nyes!!\n\n',
  },
  {
    format: 'signal',
    name: 'Sam/data.json',
    text: '{"date": "2024-05-29T15:04:00.123000", "sender": "Me", "body": "How was it?  ", "quote": "", "sticker": null, "reactions": [], "attachments": [], "deleted": false, "call": false, "missed": false}\n',
  },
  {
    format: 'line',
    name: '[LINE] Chat with Sam.txt',
    text: '[LINE] Chat history with Sam\nSaved on: 2024/05/29 22:10\n\n2024/05/28(Tue)\n21:05\tSam\thome yet?\n21:07\tAlex\tyes\n',
  },
];

describe('format detection across every importer', () => {
  it.each(SAMPLES)(
    '$format: claimed by its own importer; every other scores below 0.6',
    ({ format, name, text }) => {
      const entries = [headOf(name, text)];
      const scores = IMPORTERS.map((i) => ({ format: i.format, score: i.detect(entries) }));
      const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
      expect(best.format).toBe(format);
      expect(best.score).toBeGreaterThanOrEqual(0.7);
      for (const other of scores.filter((s) => s.format !== format)) {
        expect(other.score, `${other.format} on a ${format} sample`).toBeLessThan(0.6);
      }
    },
  );
});
