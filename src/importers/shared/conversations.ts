/**
 * Exports that hold several conversations (a full SMS backup, a Telegram account export, a
 * Messenger download, several Signal chats, Discord files from different channels): which one
 * is the partner's. The person names it (ImportOptions.conversation); the importer emits only
 * that conversation's messages and counts every other record as skipped. Without a name, an
 * export of several conversations is refused with the list of them, so that messages to other
 * people never count as messages to the partner.
 */
import type { ImportFailure } from '../types.js';
import type { Tally } from './tally.js';

/** Conversations named in a refusal message; the full list travels with the failure. */
export const MAX_LISTED_CONVERSATIONS = 10;

/** Lower-case, trimmed, inner whitespace collapsed, compatibility forms folded. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A key under which the same phone number written differently ("+1 555-123-4567",
 * "5551234567") is equal: its last 9 digits. Undefined when the text is not a phone number.
 *
 * @example
 * phoneKey('+1 (555) 123-4567') === phoneKey('5551234567'); // true
 */
export function phoneKey(text: string): string | undefined {
  if (!/^[\d\s+().\-/]+$/.test(text.trim())) return undefined;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : undefined;
}

/**
 * Whether `selector` names a conversation called by any of `names` (title, contact name,
 * address, folder): case-insensitively, and phone numbers by their digits.
 *
 * @example
 * selectorMatches('sam', ['Sam', '+15551234567']); // true
 * selectorMatches('555 123 4567', ['Sam', '+15551234567']); // true
 */
export function selectorMatches(
  selector: string,
  names: ReadonlyArray<string | undefined>,
): boolean {
  const wanted = normaliseName(selector);
  if (wanted === '') return false;
  const wantedPhone = phoneKey(selector);
  for (const name of names) {
    if (name === undefined) continue;
    if (normaliseName(name) === wanted) return true;
    if (wantedPhone !== undefined && phoneKey(name) === wantedPhone) return true;
  }
  return false;
}

export type ConversationCount = { name: string; messages: number };

/**
 * Counts records per conversation while an export streams: only a name and a number per
 * conversation are kept, never the messages.
 */
export type ConversationCounter = {
  /** Counts one record of conversation `key`; the first `name` seen for a key is kept. */
  add: (key: string, name: string) => void;
  size: () => number;
  /** Most messages first; ties in order of first appearance. */
  list: () => ConversationCount[];
};

/**
 * Creates an empty counter.
 *
 * @example
 * const counter = createConversationCounter();
 * counter.add('555123456', 'Sam');
 * counter.list(); // [{ name: 'Sam', messages: 1 }]
 */
export function createConversationCounter(): ConversationCounter {
  const counts = new Map<string, ConversationCount>();
  return {
    add(key, name) {
      const found = counts.get(key);
      if (found) found.messages++;
      else counts.set(key, { name, messages: 1 });
    },
    size: () => counts.size,
    list: () => [...counts.values()].sort((a, b) => b.messages - a.messages),
  };
}

function listed(conversations: readonly ConversationCount[]): string {
  const shown = conversations
    .slice(0, MAX_LISTED_CONVERSATIONS)
    .map((c) => `${c.name} (${c.messages})`);
  const more = conversations.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/**
 * The refusal for an export of several conversations when none was chosen. The message lists
 * the busiest ones with their message counts; `conversations` carries all of their names for
 * adapters that offer a choice.
 *
 * @example
 * return severalConversations('sms.xml: this backup', counter.list());
 */
export function severalConversations(
  what: string,
  conversations: readonly ConversationCount[],
): { ok: false; error: ImportFailure } {
  return {
    ok: false,
    error: {
      code: 'several-conversations',
      message: `${what} holds ${conversations.length} conversations: ${listed(conversations)}; pick the one with your partner with --partner NAME (or --conversation NAME)`,
      conversations: conversations.map((c) => c.name),
    },
  };
}

/**
 * The refusal when the chosen conversation is not in the export.
 *
 * @example
 * return conversationNotFound('sms.xml: this backup', 'Sam', counter.list());
 */
export function conversationNotFound(
  what: string,
  selector: string,
  conversations: readonly ConversationCount[],
): { ok: false; error: ImportFailure } {
  return {
    ok: false,
    error: {
      code: 'conversation-not-found',
      message:
        conversations.length === 0
          ? `${what} holds no conversation called "${selector}"`
          : `${what} holds no conversation called "${selector}"; it holds ${listed(conversations)}`,
      conversations: conversations.map((c) => c.name),
    },
  };
}

/** Counts a record of a conversation that was not chosen. */
export function skipOtherConversation(tally: Tally, where: string): void {
  tally.skip('another-conversation', 'a message in another conversation', where);
}
