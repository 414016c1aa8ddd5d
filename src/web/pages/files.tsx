/** Chat import: choose a file, who is who, metadata or content mode, weekly chart, signals. */
import type { ChatImportReport } from '../../app/chat-import.js';
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

export function FilesPage({
  open,
  report,
  error,
  limitMb,
}: {
  open: Open;
  report?: ChatImportReport;
  error?: string;
  limitMb: number;
}) {
  const people = report?.participants.filter((p) => p.role !== 'other') ?? [];
  return (
    <Layout heading="Chat import" open={{ ...open, current: 'files' }} charts>
      <p>
        Import the export of <strong>your own</strong> chat with your partner, made with the app’s
        own “export chat” feature (WhatsApp, Telegram, Messenger, Instagram, Discord, SMS backup,
        iMessage, Signal, LINE). The file is read here, on this computer, and then deleted: only
        weekly figures are kept.
      </p>
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
        <ErrorBox message={error} />
        <label for="file">The export file (.txt, .zip, .json or .xml, up to {limitMb} MB)</label>
        <input type="file" id="file" name="file" required />
        <label for="me">
          Your name as it appears in the chat (optional)
          <span class="hint">If you leave it empty we make our best guess and show it below.</span>
        </label>
        <input type="text" id="me" name="me" autocomplete="off" maxlength={200} />
        <fieldset>
          <legend>What may be read</legend>
          <label class="choice">
            <input type="radio" name="mode" value="metadata" checked />
            Only timing and counts (recommended): who writes, how often, how fast replies come,
            message lengths. The words are not read.
          </label>
          <label class="choice">
            <input type="radio" name="mode" value="content" />
            Also the words: affection, plans, “we” talk, tone and stress words, counted per week.
            The messages themselves are still not kept.
          </label>
        </fieldset>
        <p class="muted">
          Please import only chats you are part of. Reading someone’s messages without their
          knowledge is not something closer will help with.
        </p>
        <label for="upload-progress">Upload</label>
        <progress id="upload-progress" value={0} max={100}></progress>
        <button type="submit" class="primary">
          Import
        </button>
      </form>
      {report ? (
        <section aria-labelledby="import-result" id="import-result-section">
          <h2 id="import-result">What the chat shows</h2>
          <p>
            {report.messages} messages from {report.first?.slice(0, 10)} to{' '}
            {report.last?.slice(0, 10)}.{' '}
            {people.map((p) => `${p.name}: ${p.role === 'me' ? 'you' : 'your partner'}`).join('; ')}
            .{report.contentMode ? ' Words were read.' : ' Only timing and counts were read.'}
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
