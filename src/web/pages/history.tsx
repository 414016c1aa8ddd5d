/**
 * The history: saved assessments, plans and conversation drafts, newest first, and each one
 * opened again as it was shown.
 */
import type { DraftRecord } from '../../app/vault.js';
import {
  whenSaved,
  type HistoryItem,
  type SavedPlan,
  type SavedResult,
  type SavedReview,
} from '../history.js';
import { Layout } from '../layout.js';
import { CauseCard, fitWords, SafetyNotice } from './assess.js';
import { MarkedDraft } from './talk.js';
import { ErrorBox } from './shell.js';

type Open = { idleSeconds: number };

const KIND_WORDS = {
  assessment: 'Assessment',
  plan: 'Plan',
  draft: 'Conversation draft',
} as const;

function RemoveButton({ item }: { item: { kind: HistoryItem['kind']; id: string } }) {
  return (
    <form method="post" action="/history/remove" class="inline">
      <input type="hidden" name="kind" value={item.kind} />
      <input type="hidden" name="id" value={item.id} />
      <button type="submit" class="link-button">
        Remove<span class="visually-hidden"> this {KIND_WORDS[item.kind].toLowerCase()}</span>
      </button>
    </form>
  );
}

function Summary({ item }: { item: HistoryItem }) {
  switch (item.kind) {
    case 'assessment':
      return item.causes.length > 0 ? (
        <p>
          Most likely first: {item.causes.join('; ')}.
          {item.safety ? ' Your answers touched on safety.' : ''}
        </p>
      ) : (
        <p class="muted">The saved result could not be read.</p>
      );
    case 'plan':
      return (
        <p>
          {item.focus.length > 0 ? `Built around: ${item.focus.join('; ')}. ` : ''}
          {item.title ? `First step: ${item.title}.` : ''}
        </p>
      );
    case 'draft':
      return (
        <p>
          {item.topic ? `About: ${item.topic}. ` : ''}
          {item.words} {item.words === 1 ? 'word' : 'words'}.
        </p>
      );
  }
}

export function HistoryPage({
  open,
  items,
  error,
  message,
}: {
  open: Open;
  items: HistoryItem[];
  error?: string;
  message?: string;
}) {
  return (
    <Layout heading="History" open={{ ...open, current: 'history' }}>
      {message ? (
        <div class="notice" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      <ErrorBox message={error} />
      <p>
        Results and plans are kept here when you look at them, so you can come back to them and see
        what changed. Check-ins have their own page: <a href="/journal">Check-ins</a>.
      </p>
      {items.length === 0 ? (
        <p id="history-empty">
          Nothing is kept yet. <a href="/start">Start an assessment</a> and its result will appear
          here.
        </p>
      ) : (
        <ul class="history" id="history-list">
          {items.map((item) => (
            <li class="card" data-kind={item.kind}>
              <h2>
                <a href={`/history/${item.kind}/${item.id}`}>
                  {KIND_WORDS[item.kind]}, {whenSaved(item.at)}
                </a>
              </h2>
              <Summary item={item} />
              <RemoveButton item={item} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const BackToHistory = () => (
  <p>
    <a href="/history">Back to the history</a>
  </p>
);

export function SavedAssessmentPage({
  open,
  id,
  at,
  result,
}: {
  open: Open;
  id: string;
  at: string;
  result: SavedResult | undefined;
}) {
  return (
    <Layout heading={`Assessment of ${whenSaved(at)}`} open={{ ...open, current: 'history' }}>
      <BackToHistory />
      {result ? (
        <>
          <SafetyNotice level={result.safety.level === 'none' ? 'none' : 'concern'} />
          <p>
            Possible explanations as they were ranked that day
            {result.sources
              ? `, from ${result.sources.answers} answers${result.sources.text ? ' and your description' : ''}`
              : ''}
            . None of them is a diagnosis of your partner.
          </p>
          <ol class="ranking" aria-label="In short">
            {result.causes.slice(0, 5).map((c) => (
              <li>
                {c.name} <span class="muted">({fitWords(c.score)})</span>
              </li>
            ))}
          </ol>
          {result.causes.slice(0, 5).map((cause, i) => (
            <CauseCard cause={cause} rank={i + 1} />
          ))}
        </>
      ) : (
        <p>This saved result is in a form this version cannot show.</p>
      )}
      <RemoveButton item={{ kind: 'assessment', id }} />
    </Layout>
  );
}

export function SavedPlanPage({
  open,
  id,
  at,
  plan,
}: {
  open: Open;
  id: string;
  at: string;
  plan: SavedPlan | undefined;
}) {
  return (
    <Layout heading={`Plan of ${whenSaved(at)}`} open={{ ...open, current: 'history' }}>
      <BackToHistory />
      {plan ? (
        <>
          {plan.safety.level !== 'none' ? (
            <div class="safety" role="note">
              <p>
                This plan started with your safety. Help lines are always on the{' '}
                <a href="/help">Safety</a> page.
              </p>
            </div>
          ) : null}
          {plan.focus.length > 0 ? (
            <p>Built around: {plan.focus.map((f) => f.name).join(', ')}.</p>
          ) : null}
          <ol>
            {plan.steps.map((s) => (
              <li class="card">
                <h2>{s.title}</h2>
                {s.why ? <p>{s.why}</p> : null}
                {s.thisWeek.length > 0 ? (
                  <ul>
                    {s.thisWeek.map((t) => (
                      <li>{t}</li>
                    ))}
                  </ul>
                ) : null}
                {s.watchFor ? (
                  <p>
                    <strong>Watch for:</strong> {s.watchFor}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>This saved plan is in a form this version cannot show.</p>
      )}
      <RemoveButton item={{ kind: 'plan', id }} />
    </Layout>
  );
}

export function SavedDraftPage({
  open,
  draft,
  review,
}: {
  open: Open;
  draft: DraftRecord;
  review: SavedReview | undefined;
}) {
  return (
    <Layout
      heading={`Conversation draft of ${whenSaved(draft.updatedAt)}`}
      open={{ ...open, current: 'history' }}
    >
      <BackToHistory />
      {draft.topic ? <p>About: {draft.topic}</p> : null}
      {review ? (
        <>
          <MarkedDraft text={draft.text} review={review} />
          {review.findings.length > 0 ? (
            <ol>
              {[...review.findings]
                .sort((a, b) => a.start - b.start)
                .map((f) => (
                  <li>
                    “{f.quote}”: {f.why} <em>Try instead:</em> {f.suggestion}
                  </li>
                ))}
            </ol>
          ) : (
            <p>This read calmly.</p>
          )}
        </>
      ) : (
        <blockquote class="card">{draft.text}</blockquote>
      )}
      <RemoveButton item={{ kind: 'draft', id: draft.id }} />
    </Layout>
  );
}
