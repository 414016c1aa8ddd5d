/**
 * Use case: import a chat export. Path and options in; who is who, weekly figures per person,
 * the chat.* observations for the evidence engine, line counts and warnings out. Raw messages
 * are never kept: in metadata mode the importers pass lengths only, and in content mode the text
 * of each message is read for its lexicon features and dropped at once.
 */
import {
  chatSeries,
  chatSignals,
  contentReadable,
  createWeeklyMetrics,
  LANGUAGE_NAMES,
  MIN_LANGUAGE_SHARE,
  RIVAL_RATIO,
  type ChatSeries,
  type ContentLanguage,
  type ImportWarning,
  type LineCounts,
  type LanguageReading,
  type PersonWeek,
} from '../domain/chats/index.js';
import type { Observation } from '../domain/evidence/observation.js';
import { fail, ok, type Result } from '../domain/result.js';
import { detectImporter, runImporter, supportedFormats } from '../importers/index.js';
import { MAX_ENTRY_BYTES, openSource } from '../importers/source.js';
import {
  CHAT_FORMATS,
  type ChatFormat,
  type DateOrder,
  type ImportFailure,
  type ImportOptions,
  type ImportResult,
} from '../importers/types.js';
import { isValidTimeZone } from '../importers/wall-clock.js';
import { zoneClock } from '../importers/zone-offsets.js';
import {
  inThread,
  metricsPipeline,
  pipelineAvailable,
  pipelineMinBytes,
  type MetricsSink,
} from './chat-metrics-pipeline.js';

export { CHAT_FORMATS, type ChatFormat, type DateOrder };
/**
 * A failed import. With code `several-conversations` (the export holds several and none was
 * picked) or `conversation-not-found`, `conversations` lists their names, busiest first.
 */
export type ChatImportFailure = ImportFailure;
export { MAX_ENTRY_BYTES as MAX_CHAT_EXPORT_BYTES, supportedFormats };

export type ParticipantRole = 'me' | 'partner' | 'other';

export type ChatImportOptions = {
  path: string;
  format?: ChatFormat;
  /** IANA zone for wall-clock exports; default: this system's zone. */
  timeZone?: string;
  dateOrder?: DateOrder;
  /** Content mode: lexicon features from the text (never stored). */
  content?: boolean;
  me?: string;
  /**
   * Your partner's name as the chat shows it. In an export of several conversations (a full
   * SMS backup, a Telegram account export, …) it also picks the conversation, by its title or
   * contact name, unless `conversation` is given.
   */
  partner?: string;
  /**
   * The conversation to read in an export of several, by title, contact name or number, for
   * when it is not called by the partner's name (a group; a contact saved under a nickname).
   */
  conversation?: string;
  /**
   * Asks the person which conversation to read when the export holds several and none was
   * picked (interactive adapters). Gets their names, busiest first; returns one, or undefined.
   */
  chooseConversation?: (names: string[]) => Promise<string | undefined>;
  /**
   * Asks the person which participant they are (interactive adapters). Gets the names and the
   * best guess; returns a name, or undefined to accept the guess.
   */
  chooseMe?: (names: string[], guess: string | undefined) => Promise<string | undefined>;
  /** Progress while streaming: bytes read so far of the total. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
};

export type ChatImportReport = {
  format: ChatFormat;
  participants: Array<{ name: string; role: ParticipantRole; messages: number }>;
  /** Messages written by people (system lines excluded). */
  messages: number;
  /** ISO-8601 UTC of the first and last message, null for an empty chat. */
  first: string | null;
  last: string | null;
  contentMode: boolean;
  /**
   * Content mode: the language the words were read in; null when no one language could read
   * the chat (see the `content-language` warning), and without content mode.
   */
  contentLanguage: ContentLanguage | null;
  timeZone: string;
  weeks: Array<{ week: string; people: Record<string, PersonWeek> }>;
  lines: LineCounts;
  signals: Observation[];
  warnings: ImportWarning[];
};

/** What adapters need beyond the JSON report: the analysed series for charts and summaries. */
export type ChatImportResult = { report: ChatImportReport; series: ChatSeries[] };

/** The zone this machine runs in. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** "WhatsApp Chat with Sam.txt", "WhatsApp Chat - Sam.zip" and localised variants name the partner. */
function nameFromFile(fileName: string): string | undefined {
  const base = fileName.replace(/\.(txt|zip)$/i, '');
  const match =
    /^WhatsApp Chat (?:with|-|–) (.+)$/i.exec(base) ??
    /^(?:Chat de WhatsApp con|WhatsApp Chat mit|Conversa do WhatsApp com|Discussion WhatsApp avec|Chat WhatsApp con) (.+)$/i.exec(
      base,
    );
  return match?.[1]?.trim();
}

type Roles = { me: string; partner: string; warnings: ImportWarning[] };

async function resolveRoles(
  names: string[],
  hints: { chatName?: string; selfName?: string; fileName: string },
  options: ChatImportOptions,
): Promise<ImportResult<Roles>> {
  const list = names.join(', ');
  const find = (wanted: string, flag: string): Result<string> => {
    const found = names.find((n) => sameName(n, wanted));
    return found === undefined
      ? fail(
          'unknown-person',
          `${flag} "${wanted}" is not a participant of this chat (people: ${list})`,
        )
      : ok(found);
  };
  const warnings: ImportWarning[] = [];
  let me: string | undefined;
  let partner: string | undefined;
  if (options.me !== undefined) {
    const found = find(options.me, '--me');
    if (!found.ok) return found;
    me = found.value;
  }
  if (options.partner !== undefined) {
    const found = find(options.partner, '--partner');
    if (!found.ok) return found;
    partner = found.value;
  }
  if (names.length < 2)
    return fail(
      'one-person',
      `only one person writes in this chat (${list}); closer needs a chat between you and your partner`,
    );
  if (names.length > 2 && partner === undefined) {
    const failure = fail(
      'group-chat',
      `this chat has ${names.length} people (${list}); closer reads a chat between you and your partner. Pick your partner with --partner NAME`,
    );
    // The people, for adapters that offer them as a choice (the web import page does).
    return { ok: false, error: { ...failure.error, participants: [...names] } };
  }
  if (me !== undefined && partner !== undefined && me === partner)
    return fail('same-person', '--me and --partner name the same person');

  if (me === undefined) {
    // Hints: who wrote "You deleted this message"; the chat's name (the partner in a 1:1 chat).
    const partnerHint =
      partner ??
      [hints.chatName, nameFromFile(hints.fileName)].find(
        (n) => n !== undefined && names.some((m) => sameName(m, n)),
      );
    let guess =
      hints.selfName !== undefined
        ? names.find((n) => sameName(n, hints.selfName ?? ''))
        : undefined;
    if (guess === undefined && partnerHint !== undefined && names.length === 2)
      guess = names.find((n) => !sameName(n, partnerHint));
    const candidates = names.filter((n) => n !== partner);
    const chosen = options.chooseMe ? await options.chooseMe(candidates, guess) : undefined;
    if (chosen !== undefined) {
      const found = find(chosen, 'The name');
      if (!found.ok) return found;
      me = found.value;
    } else {
      me = guess ?? candidates[0] ?? names[0] ?? '';
      warnings.push({
        code: 'guessed-me',
        message:
          guess !== undefined
            ? `Took "${me}" to be you (from the export itself); use --me NAME if that is wrong.`
            : `Could not tell which person is you; took "${me}". Use --me NAME to say.`,
      });
    }
  }
  if (partner === undefined) partner = names.find((n) => n !== me) ?? '';
  if (me === partner) return fail('same-person', '--me and --partner name the same person');
  return ok({ me, partner, warnings });
}

/**
 * Imports a chat export.
 *
 * @example
 * const result = await importChat({ path: 'WhatsApp Chat with Sam.txt', me: 'Alex', timeZone: 'Europe/Berlin' });
 * if (result.ok) console.log(result.value.report.signals);
 */
export async function importChat(
  options: ChatImportOptions,
): Promise<ImportResult<ChatImportResult>> {
  const timeZone = options.timeZone ?? systemTimeZone();
  if (!isValidTimeZone(timeZone))
    return fail(
      'bad-tz',
      `--tz "${timeZone}" is not a time zone name this system knows (e.g. Europe/Berlin, America/New_York)`,
    );
  let total = 0;
  const onProgress = options.onProgress;
  const opened = await openSource(
    options.path,
    onProgress ? { onProgress: (bytes) => onProgress(bytes, total) } : {},
  );
  if (!opened.ok) return opened;
  const source = opened.value;
  const picked = await detectImporter(source, options.format);
  if (!picked.ok) return picked;
  const importer = picked.value;
  // Detection read the heads; progress counts the full pass from here on.
  total = source.totalBytes;

  const content = options.content ?? false;
  // A large metadata-mode export is parsed on this core while the metrics are computed on the
  // other (./chat-metrics-pipeline.ts); otherwise both happen here.
  const pipelined = source.totalBytes >= pipelineMinBytes(content) && pipelineAvailable();
  const read = async (conversation: string | undefined) => {
    const sink: MetricsSink = pipelined
      ? metricsPipeline(timeZone, content)
      : inThread(createWeeklyMetrics({ zoneOffset: zoneClock(timeZone).offsetAt, content }));
    // Both sinks read each message at once and keep none (the metrics keep numbers only).
    const importOptions: ImportOptions = { timeZone, keepText: content, reuseMessages: true };
    if (options.dateOrder !== undefined) importOptions.dateOrder = options.dateOrder;
    if (conversation !== undefined) importOptions.conversation = conversation;
    const result = await runImporter(importer, source, importOptions, sink.add);
    if (!result.ok) sink.cancel();
    return { result, sink };
  };
  // --partner picks the conversation too, unless --conversation names it.
  const selector = options.conversation ?? options.partner;
  let { result: parsed, sink } = await read(selector);
  if (!parsed.ok) {
    const listed = parsed.error.conversations ?? [];
    if (parsed.error.code === 'conversation-not-found' && options.conversation === undefined) {
      // No conversation is titled with the partner's name. If the export holds just one
      // conversation (as the importer counts them without a choice: a Telegram export with one
      // personal chat beside channels), read it, and let the participant check below say
      // whether --partner is in it; otherwise keep the error listing the conversations.
      const again = await read(undefined);
      if (again.result.ok) ({ result: parsed, sink } = again);
    } else if (
      parsed.error.code === 'several-conversations' &&
      options.chooseConversation &&
      listed.length > 1
    ) {
      const chosen = await options.chooseConversation(listed);
      if (chosen !== undefined) ({ result: parsed, sink } = await read(chosen));
    }
  }
  if (!parsed.ok) return parsed;
  const summary = parsed.value;
  const metrics = await sink.finish();
  if (metrics.messages === 0)
    return fail('no-messages', `${source.name}: the export holds no messages written by people`);

  const names = metrics.people;
  const roles = await resolveRoles(
    names,
    {
      ...(summary.chatName === undefined ? {} : { chatName: summary.chatName }),
      ...(summary.selfName === undefined ? {} : { selfName: summary.selfName }),
      fileName: source.name,
    },
    options,
  );
  if (!roles.ok) return roles;
  const { me, partner } = roles.value;
  const warnings = [...summary.warnings, ...roles.value.warnings];
  if (content && !contentReadable(metrics) && metrics.language)
    warnings.push({ code: 'content-language', message: languageWarning(metrics.language) });
  if (metrics.outOfOrder > 0)
    warnings.push({
      code: 'out-of-order',
      message: `${metrics.outOfOrder} message(s) were far out of time order; they are counted, but not used for reply times or conversation starts.`,
    });

  const series = chatSeries(metrics, { me, partner });
  const roleOf = (name: string): ParticipantRole =>
    name === me ? 'me' : name === partner ? 'partner' : 'other';
  const report: ChatImportReport = {
    format: importer.format,
    participants: names.map((name) => ({
      name,
      role: roleOf(name),
      messages: metrics.totals[name] ?? 0,
    })),
    messages: metrics.messages,
    first: metrics.first === null ? null : new Date(metrics.first).toISOString(),
    last: metrics.last === null ? null : new Date(metrics.last).toISOString(),
    contentMode: content,
    contentLanguage: metrics.contentLanguage,
    timeZone,
    weeks: metrics.weeks.map((w) => ({ week: w.week, people: w.people })),
    lines: summary.lines,
    signals: chatSignals(metrics, { me, partner }, series),
    warnings,
  };
  return ok({ report, series });
}

const LISTED = Object.values(LANGUAGE_NAMES).join(', ');
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Why the words of this chat were not read, in the `content-language` warning. */
function languageWarning(reading: LanguageReading): string {
  const name = LANGUAGE_NAMES[reading.read];
  const ranked = (Object.entries(reading.shares) as Array<[ContentLanguage, number]>)
    .filter(([code]) => code !== reading.read)
    .sort((a, b) => b[1] - a[1]);
  const [rival, rivalShare = 0] = ranked[0] ?? [];
  const own = reading.shares[reading.read];
  const why =
    own < MIN_LANGUAGE_SHARE
      ? `only ${percent(own)} of the longer messages have a common word of ${name}, the closest of the languages the word lists cover (${LISTED})`
      : rival !== undefined && rivalShare >= RIVAL_RATIO * own
        ? `it mixes ${name} (${percent(own)} of the longer messages) and ${LANGUAGE_NAMES[rival]} (${percent(rivalShare)})`
        : `its language changes: in ${reading.weeksOff} of ${reading.weeksJudged} weeks most longer messages are not in ${name}`;
  return `The words of this chat cannot be read with one language's word lists: ${why}. Its affection, plans, stress and apologies are left out of the signals rather than read wrongly (the timing figures are unaffected).`;
}

/**
 * The observations a chat export contributes to an assessment (`closer assess --chat FILE`).
 *
 * @example
 * const observations = await chatObservations({ path: 'chat.txt', me: 'Alex' });
 */
export async function chatObservations(options: ChatImportOptions): Promise<Result<Observation[]>> {
  const result = await importChat(options);
  return result.ok ? ok(result.value.report.signals) : result;
}
