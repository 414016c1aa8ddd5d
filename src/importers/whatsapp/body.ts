/**
 * What a WhatsApp line's text is: a message, a media or deleted placeholder, or a system notice,
 * judged on the bytes (placeholders are compared as byte strings, bucketed by length) so that
 * ordinary messages cost a couple of comparisons. English plus the common European wordings.
 */
import { markAt } from './prefix.js';

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s);

/** Whole-text placeholders. */
const MEDIA_EXACT = [
  '<Media omitted>',
  '<Medien ausgeschlossen>',
  '<Multimedia omitido>',
  '<Médias omis>',
  '<Media weggelaten>',
  '<Mídia oculta>',
  '<Media omessi>',
  '<Arquivo de mídia oculto>',
  'image omitted',
  'video omitted',
  'audio omitted',
  'sticker omitted',
  'GIF omitted',
  'document omitted',
  'Contact card omitted',
  'contact card omitted',
  'View once message',
  'null',
];
const DELETED_EXACT = [
  'This message was deleted',
  'This message was deleted.',
  'You deleted this message',
  'You deleted this message.',
  'Se eliminó este mensaje.',
  'Eliminaste este mensaje.',
  'Diese Nachricht wurde gelöscht.',
  'Du hast diese Nachricht gelöscht.',
  'Ce message a été supprimé',
  'Vous avez supprimé ce message',
  'Mensagem apagada',
  'Questo messaggio è stato eliminato',
  'Dit bericht is verwijderd',
];
export const YOU_DELETED = ['You deleted this message', 'You deleted this message.'];
const MEDIA_PREFIX = ['<attached: ', 'location: ', 'Location: ', 'live location shared'];
const MEDIA_SUFFIX = [
  ' (file attached)',
  'document omitted',
  ' <attached>',
  '(soubor byl přiložen)',
];
/** System notices that can appear under a person's name even without the U+200E mark. */
const SYSTEM_PREFIX = [
  'Messages and calls are end-to-end encrypted',
  'Messages to this group are now secured with end-to-end encryption',
  'Your security code with ',
  'Missed voice call',
  'Missed video call',
  'Disappearing messages were turned',
  'turned on disappearing messages',
  'turned off disappearing messages',
  'This chat is with a business account',
];
const EDITED_SUFFIX = bytes('<This message was edited>');

export const BodyKind = { Text: 0, Media: 1, Deleted: 2, System: 3 } as const;
export type BodyKind = (typeof BodyKind)[keyof typeof BodyKind];

type Bucketed = Array<Uint8Array[] | undefined>;
function bucket(list: string[]): Bucketed {
  const out: Bucketed = [];
  for (const s of list) {
    const b = bytes(s);
    (out[b.length] ??= []).push(b);
  }
  return out;
}
const mediaExact = bucket(MEDIA_EXACT);
const deletedExact = bucket(DELETED_EXACT);
const youDeleted = bucket(YOU_DELETED);

/** Patterns grouped by one of their end bytes, so a text is compared only with those that could match. */
type ByByte = Array<Uint8Array[] | undefined>;
function byByte(list: string[], end: 'first' | 'last'): ByByte {
  const out: ByByte = [];
  for (const s of list) {
    const b = bytes(s);
    (out[(end === 'first' ? b[0] : b[b.length - 1]) as number] ??= []).push(b);
  }
  return out;
}
const mediaPrefix = byByte(MEDIA_PREFIX, 'first');
const mediaSuffix = byByte(MEDIA_SUFFIX, 'last');
const systemPrefix = byByte(SYSTEM_PREFIX, 'first');

function equalAt(buf: Uint8Array, at: number, pattern: Uint8Array): boolean {
  for (let k = 0; k < pattern.length; k++) if (buf[at + k] !== pattern[k]) return false;
  return true;
}

function inBucket(buckets: Bucketed, buf: Uint8Array, start: number, end: number): boolean {
  const list = buckets[end - start];
  if (!list) return false;
  for (const pattern of list) if (equalAt(buf, start, pattern)) return true;
  return false;
}

/** Skips direction marks at the start of `[start, end)`. */
export function skipMarks(buf: Uint8Array, start: number, end: number): number {
  let p = start;
  let m;
  while (p < end && (m = markAt(buf, p)) > 0) p += m;
  return p;
}

/** End of the text once a trailing " <This message was edited>" (and marks/spaces) is cut. */
export function trimEdited(buf: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && (buf[e - 1] === 32 || buf[e - 1] === 13)) e--;
  if (
    e - start >= EDITED_SUFFIX.length &&
    buf[e - 1] === 62 &&
    equalAt(buf, e - EDITED_SUFFIX.length, EDITED_SUFFIX)
  ) {
    e -= EDITED_SUFFIX.length;
    // The marker is preceded by a space and sometimes by U+200E.
    while (e > start) {
      if (buf[e - 1] === 32) e--;
      else if (e - 3 >= start && buf[e - 3] === 0xe2 && buf[e - 2] === 0x80 && buf[e - 1] === 0x8e)
        e -= 3;
      else break;
    }
  }
  return e;
}

/**
 * Classifies the text of an authored line, `buf[start, end)`, right after "Author: ".
 * `marked` says it began with U+200E, which WhatsApp for iOS writes before media, deleted
 * messages and system notices, never before what a person typed.
 */
export function classifyText(
  buf: Uint8Array,
  start: number,
  end: number,
  marked: boolean,
): BodyKind {
  const length = end - start;
  if (length === 0) return BodyKind.Text;
  if (inBucket(mediaExact, buf, start, end)) return BodyKind.Media;
  if (inBucket(deletedExact, buf, start, end)) return BodyKind.Deleted;
  const prefixes = mediaPrefix[buf[start] as number];
  if (prefixes !== undefined)
    for (const p of prefixes)
      if (length >= p.length && equalAt(buf, start, p)) return BodyKind.Media;
  const suffixes = mediaSuffix[buf[end - 1] as number];
  if (suffixes !== undefined)
    for (const s of suffixes)
      if (length >= s.length && equalAt(buf, end - s.length, s)) return BodyKind.Media;
  if (marked) return BodyKind.System;
  const notices = systemPrefix[buf[start] as number];
  if (notices !== undefined)
    for (const p of notices)
      if (length >= p.length && equalAt(buf, start, p)) return BodyKind.System;
  return BodyKind.Text;
}

/** True when the text is "You deleted this message": its author is the person who exported. */
export function isYouDeleted(buf: Uint8Array, start: number, end: number): boolean {
  return inBucket(youDeleted, buf, start, end);
}

// Counting results (module state keeps the hot loop allocation-free).
export let countedChars = 0;
export let countedWords = 0;
/** Whether the span held a U+200E…U+202E direction mark (bytes E2 80 8E…AE). */
export let countedMarks = false;

/**
 * Byte classes for counting: bit 0 set for a byte that belongs to a word (anything but an ASCII
 * space, tab or line break), bit 1 set for a UTF-8 continuation byte (not a new character).
 */
const BYTE_CLASS = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const space = byte === 32 || byte === 9 || byte === 13 || byte === 10;
  BYTE_CLASS[byte] = (space ? 0 : 1) | ((byte & 0xc0) === 0x80 ? 2 : 0);
}

/**
 * Counts characters (Unicode code points) and words (runs of non-space) in `buf[start, end)`
 * into {@link countedChars} and {@link countedWords}. Branch-free over the bytes: this runs over
 * every byte of every message.
 */
export function countText(buf: Uint8Array, start: number, end: number): void {
  let words = 0;
  let continuation = 0;
  let previous = 0;
  for (let p = start; p < end; p++) {
    const cls = BYTE_CLASS[buf[p] as number] as number;
    const inWord = cls & 1;
    words += inWord & (previous ^ 1);
    previous = inWord;
    continuation += cls >> 1;
  }
  countedChars = end - start - continuation;
  countedWords = words;
  // Only a text with multi-byte characters can hold a direction mark (E2 80 8E…AE).
  let marks = false;
  if (continuation > 0) {
    for (let p = start; p + 2 < end; p++) {
      if (buf[p] === 0xe2 && buf[p + 1] === 0x80) {
        const third = buf[p + 2] as number;
        if (third >= 0x8e && third <= 0xae) {
          marks = true;
          break;
        }
      }
    }
  }
  countedMarks = marks;
}
