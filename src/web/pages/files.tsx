/** Chat import: choose a file, who is who, metadata or content mode, weekly chart, signals. */
import { CONTENT_LANGUAGE_NAMES } from '../../app/chat-formats.js';
import type { ChatImportReport, DateOrder } from '../../app/chat-import.js';
import { Layout } from '../layout.js';
import { ChartWithTable } from './journal.js';
import { ErrorBox } from './shell.js';

type Open = { idleSeconds: number };

const weekSeconds = (week: string) => {
  // ISO week YYYY-Www → the Monday of that week, at noon UTC.
  const [y, w] = week.split('-W').map(Number);
  const jan4 = Date.UTC(y ?? 1970, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return (monday1 + ((w ?? 1) - 1) * 7 * 86_400_000 + 43_200_000) / 1000;
};

export type FormValues = {
  me: string;
  partner: string;
  timeZone: string;
  /** `auto`: worked out from the file. */
  dateOrder: 'auto' | DateOrder;
  mode: 'metadata' | 'content';
};

/** An upload held in memory until the person says which conversation or person is meant. */
export type PendingChoice = {
  id: string;
  kind: 'conversation' | 'partner';
  names: string[];
  fileName: string;
  /** How long the upload is held at most. */
  minutes: number;
  values: FormValues;
  /** The conversation already chosen (when a group chat needs the partner picked in it). */
  conversation?: string;
};

export type FilesPageProps = {
  open: Open;
  limitMb: number;
  /** Time zones offered, and this computer's (the default). */
  zones: string[];
  systemZone: string;
  report?: ChatImportReport;
  error?: string;
  /** The field the error is about, linked to it with aria-describedby. */
  errorField?: 'file' | 'me' | 'partner' | 'tz';
  values?: FormValues;
  choice?: PendingChoice;
  /** A calm line after something was let go (cancel). */
  notice?: string;
};

/** The most conversations listed in the choice; the rest can be typed. */
const MAX_LISTED = 300;

/** aria attributes for a field, linking it to the error box when the error is about it. */
const errorFor = (isAbout: boolean) =>
  isAbout ? { 'aria-invalid': 'true', 'aria-describedby': 'form-error' } : {};

function UploadForm({
  limitMb,
  zones,
  systemZone,
  error,
  errorField,
  values,
  notice,
}: Omit<FilesPageProps, 'open' | 'report' | 'choice'>) {
  const v: FormValues = values ?? {
    me: '',
    partner: '',
    timeZone: systemZone,
    dateOrder: 'auto',
    mode: 'metadata',
  };
  // This computer's zone may be an alias the list leaves out (Etc/UTC); a zone that is in
  // neither was refused, and the list falls back to this computer's.
  const zoneList = zones.includes(systemZone) ? zones : [systemZone, ...zones];
  const zone = zoneList.includes(v.timeZone) ? v.timeZone : systemZone;
  const about = (field: FilesPageProps['errorField']) =>
    errorFor(error !== undefined && errorField === field);
  // Open the less common settings when they were changed or are what went wrong.
  const showMore = v.timeZone !== systemZone || v.dateOrder !== 'auto' || errorField === 'tz';
  return (
    <form
      method="post"
      action="/files"
      enctype="multipart/form-data"
      hx-post="/files"
      hx-encoding="multipart/form-data"
      hx-target="main"
      hx-select="main"
      hx-swap="outerHTML"
      aria-labelledby="import-title"
    >
      <h2 id="import-title">Choose the file</h2>
      {notice ? (
        <p class="notice" role="status" id="import-notice">
          {notice}
        </p>
      ) : null}
      <ErrorBox message={error} />
      <label for="file">The export file (.txt, .zip, .json or .xml, up to {limitMb} MB)</label>
      <input type="file" id="file" name="file" required {...about('file')} />
      <label for="me">
        Your name as it appears in the chat (optional)
        <span class="hint">If you leave it empty we make our best guess and show it below.</span>
      </label>
      <input
        type="text"
        id="me"
        name="me"
        autocomplete="off"
        maxlength={200}
        value={v.me}
        {...about('me')}
      />
      <label for="partner">
        Your partner’s name as the chat shows it (optional)
        <span class="hint">
          Needed for a group chat. In an export of several conversations (a full SMS backup, a
          Telegram account export) it also picks theirs; leave it empty to pick from a list.
        </span>
      </label>
      <input
        type="text"
        id="partner"
        name="partner"
        autocomplete="off"
        maxlength={200}
        value={v.partner}
        {...about('partner')}
      />
      <details open={showMore}>
        <summary>Time zone and date order</summary>
        <label for="tz">
          The time zone the chat’s times are in
          <span class="hint">
            Most exports write clock times without a zone. This computer’s zone is {systemZone}.
          </span>
        </label>
        <select id="tz" name="tz" {...about('tz')}>
          {zoneList.map((z) => (
            <option value={z} selected={z === zone}>
              {z}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>How the dates are written (WhatsApp)</legend>
          <label class="choice">
            <input type="radio" name="dateOrder" value="auto" checked={v.dateOrder === 'auto'} />
            Work it out from the file (recommended)
          </label>
          <label class="choice">
            <input type="radio" name="dateOrder" value="dmy" checked={v.dateOrder === 'dmy'} />
            Day first, as in 31/12/2024
          </label>
          <label class="choice">
            <input type="radio" name="dateOrder" value="mdy" checked={v.dateOrder === 'mdy'} />
            Month first, as in 12/31/2024
          </label>
        </fieldset>
      </details>
      <fieldset>
        <legend>What may be read</legend>
        <label class="choice">
          <input type="radio" name="mode" value="metadata" checked={v.mode === 'metadata'} />
          Only timing and counts (recommended): who writes, how often, how fast replies come,
          message lengths. The words are not read.
        </label>
        <label class="choice">
          <input type="radio" name="mode" value="content" checked={v.mode === 'content'} />
          Also the words: affection, plans, “we” talk, tone and stress words, counted per week. The
          messages themselves are still not kept.
        </label>
      </fieldset>
      <p class="muted">
        Please import only chats you are part of. Reading someone’s messages without their knowledge
        is not something closer will help with.
      </p>
      <label for="upload-progress">Upload</label>
      <progress id="upload-progress" value={0} max={100}></progress>
      <button type="submit" class="primary">
        Import
      </button>
    </form>
  );
}

function ChoiceForm({ choice, error }: { choice: PendingChoice; error: string | undefined }) {
  const isConversation = choice.kind === 'conversation';
  const listed = choice.names.slice(0, MAX_LISTED);
  const unlisted = choice.names.length - listed.length;
  const described = (hint: string) => ({
    'aria-describedby': error ? `form-error ${hint}` : hint,
    ...(error ? { 'aria-invalid': 'true' } : {}),
  });
  const htmx = { 'hx-target': 'main', 'hx-select': 'main', 'hx-swap': 'outerHTML' };
  return (
    <section aria-labelledby="choose-title" id="choose-section">
      <form method="post" action="/files/choose" hx-post="/files/choose" {...htmx}>
        <h2 id="choose-title">
          {isConversation
            ? 'Which conversation is with your partner?'
            : 'Which of these people is your partner?'}
        </h2>
        <p>
          {isConversation
            ? `“${choice.fileName}” holds ${choice.names.length} conversations. closer reads only the one you pick; the others are not read into anything.`
            : `${choice.conversation ? `“${choice.conversation}”` : 'This chat'} has ${choice.names.length} people. closer reads a chat between you and your partner; the others count only as “other”.`}
        </p>
        <ErrorBox message={error} />
        <input type="hidden" name="pending" value={choice.id} />
        {isConversation ? (
          <>
            <label for="conversation">
              The conversation with your partner
              <span class="hint">Busiest first.</span>
            </label>
            <select
              id="conversation"
              name="conversation"
              required={unlisted === 0}
              {...described('held-hint')}
            >
              <option value="">Choose a conversation</option>
              {listed.map((name) => (
                <option value={name} selected={name === choice.conversation}>
                  {name}
                </option>
              ))}
            </select>
            {unlisted > 0 ? (
              <>
                <label for="conversationOther">
                  Not in the list? Its name or phone number
                  <span class="hint">{unlisted} quieter conversations are not listed.</span>
                </label>
                <input
                  type="text"
                  id="conversationOther"
                  name="conversationOther"
                  autocomplete="off"
                  maxlength={200}
                />
              </>
            ) : null}
            <fieldset>
              <legend>Names as the chat shows them (optional)</legend>
              <label for="choose-me">Your name</label>
              <input
                type="text"
                id="choose-me"
                name="me"
                autocomplete="off"
                maxlength={200}
                value={choice.values.me}
              />
              <label for="choose-partner">Your partner’s name</label>
              <input
                type="text"
                id="choose-partner"
                name="partner"
                autocomplete="off"
                maxlength={200}
                value={choice.values.partner}
              />
            </fieldset>
          </>
        ) : (
          <>
            <label for="choose-partner">Your partner</label>
            <select id="choose-partner" name="partner" required {...described('held-hint')}>
              <option value="">Choose a person</option>
              {choice.names.map((name) => (
                <option value={name} selected={name === choice.values.partner}>
                  {name}
                </option>
              ))}
            </select>
            <label for="choose-me">
              Which one is you? (optional)
              <span class="hint">If you leave it, we make our best guess and show it below.</span>
            </label>
            <select id="choose-me" name="me">
              <option value="">Let closer guess</option>
              {choice.names.map((name) => (
                <option value={name} selected={name === choice.values.me}>
                  {name}
                </option>
              ))}
            </select>
          </>
        )}
        <p class="hint" id="held-hint">
          The file waits in this program’s memory, not on disk, for up to {choice.minutes} minutes,
          and is let go once it is read, when you cancel, or when closer locks.
        </p>
        <button type="submit" class="primary">
          {isConversation ? 'Import this conversation' : 'Import'}
        </button>
      </form>
      <form method="post" action="/files/cancel" hx-post="/files/cancel" {...htmx}>
        <input type="hidden" name="pending" value={choice.id} />
        <button type="submit" class="secondary">
          Cancel and let the file go
        </button>
      </form>
    </section>
  );
}

export function FilesPage(props: FilesPageProps) {
  const { open, report, choice, error } = props;
  const people = report?.participants.filter((p) => p.role !== 'other') ?? [];
  return (
    <Layout heading="Chat import" open={{ ...open, current: 'files' }} charts>
      <p>
        Import the export of <strong>your own</strong> chat with your partner, made with the app’s
        own “export chat” feature (WhatsApp, Telegram, Messenger, Instagram, Discord, SMS backup,
        iMessage, Signal, LINE). The file is read here, on this computer, and then deleted: only
        weekly figures are kept.
      </p>
      {choice ? <ChoiceForm choice={choice} error={error} /> : <UploadForm {...props} />}
      {report ? (
        <section aria-labelledby="import-result" id="import-result-section">
          <h2 id="import-result">What the chat shows</h2>
          <p>
            {report.messages} messages from {report.first?.slice(0, 10)} to{' '}
            {report.last?.slice(0, 10)}.{' '}
            {people.map((p) => `${p.name}: ${p.role === 'me' ? 'you' : 'your partner'}`).join('; ')}
            .
            {!report.contentMode
              ? ' Only timing and counts were read.'
              : report.contentLanguage
                ? ` Words were read (in ${CONTENT_LANGUAGE_NAMES[report.contentLanguage]}).`
                : ' Words were read, but not in one language the word lists cover.'}
          </p>
          {report.warnings.length > 0 ? (
            <ul class="notice">
              {report.warnings.map((w) => (
                <li>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <ChartWithTable
            id="weekly"
            title="Messages per week, per person"
            x={{
              label: 'Week',
              values: report.weeks.map((w) => w.week),
              seconds: report.weeks.map((w) => weekSeconds(w.week)),
            }}
            series={people.map((p) => ({
              label: p.role === 'me' ? `${p.name} (you)` : p.name,
              values: report.weeks.map((w) => w.people[p.name]?.messages ?? 0),
            }))}
            yLabel="messages"
          />
          <h3>What changed</h3>
          {report.signals.length === 0 ? (
            <p>No clear change over time.</p>
          ) : (
            <ul id="chat-signals">
              {report.signals.map((s) => (
                <li>{s.provenance.kind === 'chat' ? s.provenance.detail : s.signalId}</li>
              ))}
            </ul>
          )}
          <p>
            These changes now count in your <a href="/results">results</a> and{' '}
            <a href="/plan">plan</a>.
          </p>
        </section>
      ) : null}
    </Layout>
  );
}
