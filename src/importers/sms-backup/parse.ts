/**
 * SMS Backup & Restore XML (research/chat-formats.md §1.7), streamed through saxes chunk by
 * chunk: `sms` and `mms` records, the direction from `type` / `msg_box`, attachments dropped
 * before parsing (see prefilter.ts). The person who made the backup is "Me"; the other side is
 * named by `contact_name`, or by the number when the backup has no name for it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ImportResult, ParseSummary } from '../types.js';
import { readChunks } from '../shared/chunks.js';
import {
  conversationNotFound,
  createConversationCounter,
  normaliseName,
  selectorMatches,
  severalConversations,
  skipOtherConversation,
} from '../shared/conversations.js';
import { createTally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';
import { createDataAttributeFilter, createReferenceRepair } from './prefilter.js';

/** The name given to the person who made the backup. */
export const ME = 'Me';

const SMS_TYPES: Record<string, 'in' | 'out' | { code: string; reason: string }> = {
  '1': 'in',
  '2': 'out',
  '3': { code: 'draft', reason: 'a draft, never sent' },
  '4': { code: 'outbox', reason: 'waiting in the outbox, not sent' },
  '5': { code: 'failed', reason: 'failed to send' },
  '6': { code: 'queued', reason: 'queued, not sent' },
};
const MMS_BOXES: Record<string, 'in' | 'out' | { code: string; reason: string }> = {
  '1': 'in',
  '2': 'out',
  '3': { code: 'draft', reason: 'a draft, never sent' },
  '4': { code: 'outbox', reason: 'waiting in the outbox, not sent' },
};
/** MMS PDU types that are delivery and read reports, not messages. */
const REPORT_TYPES = new Set(['134', '135', '136']);

type Mms = {
  attributes: Record<string, string>;
  line: number;
  texts: string[];
  hasMedia: boolean;
};

/** Same number written differently ("+1 555-123-4567", "5551234567") → same key. */
function addressKey(address: string): string {
  const digits = address.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : address.trim().toLowerCase();
}

function usable(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== 'null' && value !== '(Unknown)';
}

/**
 * Parses one backup file.
 *
 * @example
 * const result = await parseSmsBackup([entry], { timeZone: 'UTC', keepText: false }, emit);
 */
export async function parseSmsBackup(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<ImportResult<ParseSummary & { selfName: string; chatName?: string }>> {
  const xml = entries.filter((e) => e.name.toLowerCase().endsWith('.xml'));
  const candidates = xml.length > 0 ? xml : entries;
  if (candidates.length !== 1) {
    return fail(
      candidates.length === 0 ? 'no-backup-file' : 'several-files',
      candidates.length === 0
        ? 'No SMS Backup & Restore .xml file found in this export'
        : `This export holds ${candidates.length} XML files; import the one SMS backup file`,
    );
  }
  const entry = candidates[0] as ExportEntry;
  const tally = createTally();
  const parser = new SaxesParser({ xmlns: false, position: true });
  let problem: { code: string; message: string } | undefined;
  let depth = 0;
  let rootSeen = false;
  let mms: Mms | undefined;
  /** The chosen conversation, named by its first record. */
  let contact: { key: string; name: string } | undefined;
  // Records repeat the same few addresses: remember the last one's key.
  let lastAddress = '';
  let lastKey = '';

  const stop = (code: string, message: string) => {
    problem ??= { code, message };
  };
  const where = (line: number) => `line ${line} of ${entry.name}`;

  // Conversations: a number and the contact name it is saved under belong to one conversation
  // (a contact with two numbers, or a record where the name is missing, stays one).
  const selector = options.conversation?.trim() || undefined;
  const counter = createConversationCounter();
  const byAddress = new Map<string, string>();
  const byName = new Map<string, string>();
  const chosen = new Set<string>();

  const author = (
    direction: 'in' | 'out',
    address: string | undefined,
    name: string | undefined,
    line: number,
  ): string | undefined => {
    const label = usable(name) ? name : usable(address) ? address : undefined;
    if (label === undefined || address === undefined) {
      tally.skip('no-address', 'a message with no phone number or contact', where(line));
      return undefined;
    }
    if (address !== lastAddress) {
      lastAddress = address;
      lastKey = addressKey(address);
    }
    const nameKey = usable(name) ? normaliseName(name) : undefined;
    let key = byAddress.get(lastKey);
    if (key === undefined && nameKey !== undefined) key = byName.get(nameKey);
    if (key === undefined) key = lastKey;
    if (!byAddress.has(lastKey)) byAddress.set(lastKey, key);
    if (nameKey !== undefined && !byName.has(nameKey)) byName.set(nameKey, key);
    counter.add(key, label);
    if (!chosen.has(key)) {
      const isChosen =
        selector === undefined ? chosen.size === 0 : selectorMatches(selector, [name, address]);
      if (!isChosen) {
        skipOtherConversation(tally, where(line));
        return undefined;
      }
      chosen.add(key);
    }
    contact ??= { key, name: label };
    return direction === 'out' ? ME : contact.name;
  };

  const deliver = (author: string, time: number, text: string, kind: ChatMessage['kind']): void => {
    const stats = measureText(text);
    const message: ChatMessage = { time, author, length: stats.length, words: stats.words, kind };
    if (options.keepText && text !== '') message.text = text;
    tally.message();
    tally.participant(author);
    emit(message);
  };

  const timeOf = (raw: string | undefined): number | undefined => {
    if (raw === undefined || !/^\d{1,16}$/.test(raw)) return undefined;
    const value = Number(raw);
    if (value <= 0) return undefined;
    // Some MMS records carry seconds where SMS carry milliseconds.
    return value < 1e11 ? value * 1000 : value;
  };

  const onSms = (a: Record<string, string>, line: number) => {
    const direction = SMS_TYPES[a.type ?? ''];
    if (direction === undefined) {
      tally.skip('unknown-type', 'an SMS of unknown type', where(line));
      return;
    }
    if (typeof direction !== 'string') {
      tally.skip(direction.code, direction.reason, where(line));
      return;
    }
    const time = timeOf(a.date);
    if (time === undefined) {
      tally.skip('no-time', 'a message with no valid date', where(line));
      return;
    }
    const who = author(direction, a.address, a.contact_name, line);
    if (who === undefined) return;
    const body = usable(a.body) ? a.body : '';
    deliver(who, time, body, body === '' ? 'other' : 'text');
  };

  const onMms = (record: Mms) => {
    const a = record.attributes;
    const line = record.line;
    if (REPORT_TYPES.has(a.m_type ?? '')) {
      tally.system();
      return;
    }
    const direction = MMS_BOXES[a.msg_box ?? ''];
    if (direction === undefined) {
      tally.skip('unknown-type', 'an MMS of unknown type', where(line));
      return;
    }
    if (typeof direction !== 'string') {
      tally.skip(direction.code, direction.reason, where(line));
      return;
    }
    if ((a.address ?? '').includes('~')) {
      tally.skip('group', 'a group message (several recipients)', where(line));
      return;
    }
    const time = timeOf(a.date);
    if (time === undefined) {
      tally.skip('no-time', 'a message with no valid date', where(line));
      return;
    }
    const who = author(direction, a.address, a.contact_name, line);
    if (who === undefined) return;
    const text = record.texts.join('\n');
    deliver(who, time, text, text !== '' ? 'text' : record.hasMedia ? 'media' : 'other');
  };

  parser.on('error', (err) => {
    const first = err.message.split('\n')[0] ?? 'not well-formed';
    stop('bad-xml', `${entry.name}: not valid XML (${first.slice(0, 140)})`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    const line = parser.line;
    if (depth === 1) {
      rootSeen = true;
      if (tag.name !== 'smses') {
        stop(
          'not-this-format',
          `${entry.name}: the XML starts with <${tag.name}>, not <smses>; this is not an SMS Backup & Restore message backup`,
        );
      }
      return;
    }
    if (depth === 2) {
      if (tag.name === 'sms') onSms(tag.attributes, line);
      else if (tag.name === 'mms')
        mms = { attributes: tag.attributes, line, texts: [], hasMedia: false };
      else tally.skip('unknown-record', `an unknown <${tag.name}> record`, where(line));
      return;
    }
    if (mms && tag.name === 'part') {
      const type = (tag.attributes.ct ?? '').toLowerCase();
      const text = tag.attributes.text;
      if (type === 'text/plain') {
        if (text !== undefined && text !== '' && text !== 'null') mms.texts.push(text);
      } else if (type !== 'application/smil' && type !== '') {
        mms.hasMedia = true;
      }
    }
  });
  parser.on('closetag', () => {
    if (depth === 2 && mms) {
      onMms(mms);
      mms = undefined;
    }
    depth--;
  });

  const filter = createDataAttributeFilter();
  const repair = createReferenceRepair();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  const feed = (text: string) => {
    if (text !== '' && !problem) parser.write(text);
  };

  for await (const chunk of readChunks(entry, 0, options.onProgress)) {
    bytes += chunk.byteLength;
    for (const part of filter.push(chunk)) {
      let text: string;
      try {
        text = decoder.decode(part, { stream: true });
      } catch {
        return fail(
          'invalid-utf8',
          `${entry.name}: not UTF-8 text (bad bytes before byte ${bytes})`,
        );
      }
      feed(repair.push(text));
      if (problem) return fail(problem.code, problem.message);
    }
  }
  if (bytes === 0) return fail('empty-file', `${entry.name}: the file is empty`);
  try {
    feed(repair.push(decoder.decode()));
  } catch {
    return fail('invalid-utf8', `${entry.name}: the file ends in the middle of a UTF-8 character`);
  }
  feed(repair.end());
  if (!problem) parser.close();
  if (problem?.code === 'bad-xml' && rootSeen && depth > 0) {
    return fail(
      'truncated-xml',
      `${entry.name}: the XML ends too early; the backup looks cut off or incomplete`,
    );
  }
  if (problem) return fail(problem.code, problem.message);
  if (!rootSeen) {
    return fail(
      'not-this-format',
      `${entry.name}: no <smses> element; this is not an SMS Backup & Restore file`,
    );
  }
  if (selector !== undefined && chosen.size === 0)
    return conversationNotFound(`${entry.name}: this backup`, selector, counter.list());
  if (selector === undefined && counter.size() > 1)
    return severalConversations(`${entry.name}: this backup`, counter.list());
  if (filter.dropped.values > 0) {
    tally.warn(
      'attachments-skipped',
      `${filter.dropped.values} attached files (${(filter.dropped.bytes / 1024 ** 2).toFixed(1)} MB of encoded data) were skipped without being read`,
    );
  }
  // Hints for telling who is who: the backup's owner is "Me", the contact is the partner.
  const chatName = contact?.name;
  return ok({ ...tally.summary(), selfName: ME, ...(chatName === undefined ? {} : { chatName }) });
}
