/** The assessment pages: safety screen, "tell us what's happening", questions, results. */
import type { AssessmentReport, CauseView, EvidenceView, QuestionView } from '../../app/assess.js';
import { Layout } from '../layout.js';
import { ErrorBox } from './shell.js';

type Open = { idleSeconds: number };

/** Words for a score: how well an explanation fits what was said (never a probability). */
export function fitWords(score: number): string {
  if (score >= 0.6) return 'fits well';
  if (score >= 0.35) return 'fits in part';
  return 'fits a little';
}

export const CONFIDENCE_WORDS = {
  low: 'not much evidence yet',
  medium: 'some evidence',
  high: 'a good amount of evidence',
} as const;

export function SafetyNotice({ level }: { level: AssessmentReport['safety']['level'] }) {
  if (level === 'none') return null;
  return (
    <div class="safety" role="note" aria-labelledby="safety-note">
      <p id="safety-note">
        <strong>Thank you for telling us.</strong> What you said matters for your safety. Your plan
        will start with support you can reach, and you can see{' '}
        <a href="/help">help lines and safety steps</a> at any time.
      </p>
    </div>
  );
}

export function StartPage({ open, inProgress }: { open: Open; inProgress: boolean }) {
  return (
    <Layout heading="Assessment" open={{ ...open, current: 'start' }}>
      <p>
        This takes about ten minutes. It starts with a few questions about your safety, then you can
        describe what is happening in your own words, then a few questions one at a time. You can
        answer “Not sure” to any of them and go back at any point.
      </p>
      <p>
        What you get is a list of possible explanations with the reasons for each, not a verdict.
      </p>
      <form method="post" action="/start" class="actions">
        <button type="submit" class="primary" name="fresh" value="1">
          Start a new assessment
        </button>
        {inProgress ? (
          <a class="button secondary" href="/q">
            Continue where I left off
          </a>
        ) : null}
      </form>
    </Layout>
  );
}

export function DescribePage({ open, error, text }: { open: Open; error?: string; text?: string }) {
  return (
    <Layout heading="Tell us what’s happening" open={{ ...open, current: 'start' }}>
      <form method="post" action="/describe">
        <ErrorBox message={error} />
        <label for="text">
          In your own words, what has changed, and since when?
          <span class="hint">
            For example what is different now, what happened around the time it started, how you
            feel. Write as much or as little as you like. It stays on this computer.
          </span>
        </label>
        <textarea id="text" name="text" autocomplete="off" spellcheck={false} maxlength={20000}>
          {text ?? ''}
        </textarea>
        <div class="actions">
          <button type="submit" class="primary" name="action" value="read">
            Continue
          </button>
          <button type="submit" class="secondary" name="action" value="skip">
            Skip this
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function Ranking({ report }: { report: AssessmentReport }) {
  const top = report.causes.slice(0, 5);
  return (
    <section aria-labelledby="ranking-title" class="card" id="ranking">
      <h2 id="ranking-title">What might be going on so far</h2>
      <ol class="ranking" aria-live="polite">
        {top.map((cause) => (
          <li>
            {cause.name} <span class="muted">({fitWords(cause.score)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function QuestionPanel({
  question,
  kind,
  progress,
  report,
  answered,
  error,
  isUpdate = false,
}: {
  question: QuestionView;
  kind: 'safety' | 'question';
  progress: { answered: number; atMost: number };
  report: AssessmentReport;
  answered: string | undefined;
  error?: string;
  /**
   * Sent as a partial update (htmx): the button that had focus is gone, so focus goes to the
   * new question (htmx honours autofocus in swapped content) and keyboard and screen-reader
   * users go on from there rather than from the top. Not on a full page: there quick exit
   * stays the first thing focus reaches.
   */
  isUpdate?: boolean;
}) {
  return (
    <div id="assessment">
      <p id="progress-label">
        {kind === 'safety' ? 'Safety questions' : 'Questions'}: {progress.answered} answered, at
        most {progress.atMost}.
      </p>
      <progress
        value={progress.answered}
        max={progress.atMost}
        aria-labelledby="progress-label"
      ></progress>
      <SafetyNotice level={report.safety.level} />
      <form method="post" action="/q" hx-post="/q" hx-target="#assessment" hx-swap="outerHTML">
        <ErrorBox message={error} />
        <input type="hidden" name="questionId" value={question.id} />
        <fieldset>
          <legend id="question-text" tabindex={-1} autofocus={isUpdate}>
            {question.text}
          </legend>
          {question.help ? <p class="hint">{question.help}</p> : null}
          {question.options.map((option, i) => (
            <label class="choice">
              <input
                type="radio"
                name="value"
                value={option.value}
                required
                checked={answered === option.value}
                id={`option-${i}`}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" name="action" value="answer">
            Next
          </button>
          <button
            type="submit"
            class="secondary"
            name="action"
            value="back"
            formnovalidate
            disabled={progress.answered === 0}
          >
            Back
          </button>
          <a href="/results">See results so far</a>
        </div>
      </form>
      {kind === 'question' ? <Ranking report={report} /> : null}
    </div>
  );
}

export function QuestionPage(props: Parameters<typeof QuestionPanel>[0] & { open: Open }) {
  const { open, ...panel } = props;
  return (
    <Layout
      heading={props.kind === 'safety' ? 'First, your safety' : 'A few questions'}
      open={{ ...open, current: 'start' }}
    >
      {props.kind === 'safety' ? (
        <p>
          These questions come first in every assessment. Answer only what feels safe; “Not sure” is
          always fine.
        </p>
      ) : null}
      <QuestionPanel {...panel} />
    </Layout>
  );
}

type EvidenceLine = Pick<EvidenceView, 'evidence' | 'reason'>;

/** What a cause card shows: a live result, or one read back from the history. */
export type CauseCardData = Pick<CauseView, 'name' | 'score' | 'confidence'> & {
  id: string;
  for: EvidenceLine[];
  against: EvidenceLine[];
  facets: { name: string }[];
};

function Evidence({ items, kind }: { items: EvidenceLine[]; kind: 'for' | 'against' }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{kind === 'for' ? 'What points to it' : 'What speaks against it'}</h4>
      <ul class={kind}>
        {items.map((e) => (
          <li>
            <span>{e.evidence}.</span> <span class="muted">{e.reason}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CauseCard({ cause, rank }: { cause: CauseCardData; rank: number }) {
  return (
    <article class="card" aria-labelledby={`cause-${cause.id}`}>
      <h3 id={`cause-${cause.id}`}>
        {rank}. {cause.name}
      </h3>
      <p>
        This explanation {fitWords(cause.score)}, with {CONFIDENCE_WORDS[cause.confidence]}.
      </p>
      {cause.facets.length > 0 ? (
        <p>
          <strong>Which side of it:</strong> {cause.facets.map((f) => f.name).join('; ')}
        </p>
      ) : null}
      <Evidence items={cause.for} kind="for" />
      <Evidence items={cause.against} kind="against" />
    </article>
  );
}

/** Whether the result shown was kept in the vault: a link to the history, or why not. */
export function KeptNote({ kept }: { kept: { ok: true } | { ok: false; message: string } }) {
  if (!kept.ok) {
    return (
      <div class="error" role="alert" id="kept-error">
        <p>This could not be kept in your history: {kept.message}</p>
      </div>
    );
  }
  return (
    <p class="muted" id="kept">
      Kept in your <a href="/history">history</a>, so you can come back to it.
    </p>
  );
}

export function ResultsPage({
  open,
  report,
  sources,
  kept,
}: {
  open: Open;
  report: AssessmentReport | undefined;
  sources: { answers: number; text: boolean; checkins: number; chats: number };
  kept?: { ok: true } | { ok: false; message: string };
}) {
  if (!report) {
    return (
      <Layout heading="Results" open={{ ...open, current: 'results' }}>
        <p>
          There is nothing to show yet. <a href="/start">Start an assessment</a> to see possible
          explanations.
        </p>
      </Layout>
    );
  }
  const shown = report.causes.slice(0, 5);
  const rest = report.causes.slice(5);
  return (
    <Layout heading="Possible explanations" open={{ ...open, current: 'results' }}>
      <SafetyNotice level={report.safety.level} />
      <p>
        These are possible explanations to explore, ranked by how well they fit what you shared:{' '}
        {sources.answers} answers{sources.text ? ', your description' : ''}
        {sources.checkins > 0 ? ', your check-ins' : ''}
        {sources.chats > 0 ? ', your chat import' : ''}. Several can be true at once. None of them
        is a diagnosis of your partner.
      </p>
      {kept ? <KeptNote kept={kept} /> : null}
      <section aria-labelledby="top-causes">
        <h2 id="top-causes">Most likely first</h2>
        {shown.map((cause, i) => (
          <CauseCard cause={cause} rank={i + 1} />
        ))}
      </section>
      {rest.length > 0 ? (
        <details>
          <summary>Other explanations that fit less well ({rest.length})</summary>
          {rest.map((cause, i) => (
            <CauseCard cause={cause} rank={i + 6} />
          ))}
        </details>
      ) : null}
      <section aria-labelledby="clearer">
        <h2 id="clearer">What would make it clearer</h2>
        <ul>
          {report.next ? (
            <li>
              Answering a few more questions, starting with “{report.next.text}”{' '}
              <a href="/q">Continue the questions</a>
            </li>
          ) : (
            <li>More answers would not change the order much now.</li>
          )}
          {sources.checkins < 6 ? (
            <li>
              A short <a href="/journal">check-in</a> each week shows whether this is a dip or
              lasting.
            </li>
          ) : null}
          {sources.chats === 0 ? (
            <li>
              An <a href="/files">import of your own chat</a> measures changes that are hard to
              remember.
            </li>
          ) : null}
        </ul>
      </section>
      <p>
        <a class="button" href="/plan">
          See what you can do
        </a>
      </p>
    </Layout>
  );
}
