/** The conversation planner and the review of the person's own draft, words marked. */
import type { ConversationOutcome, DraftReview } from '../../app/converse.js';
import { Layout } from '../layout.js';
import { Resources } from './plan.js';
import { ErrorBox } from './shell.js';

type Open = { idleSeconds: number };

/** The draft with each finding wrapped in <mark>, numbered to match the list below it. */
export function MarkedDraft({
  text,
  review,
}: {
  text: string;
  review: { findings: readonly { start: number; end: number }[] };
}) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  const findings = [...review.findings].sort((a, b) => a.start - b.start);
  findings.forEach((f, i) => {
    if (f.start < at) return;
    parts.push(text.slice(at, f.start));
    parts.push(<Mark n={i + 1} text={text.slice(f.start, f.end)} />);
    at = f.end;
  });
  parts.push(text.slice(at));
  return (
    <blockquote class="card" id="marked-draft">
      {parts}
    </blockquote>
  );
}

function Mark({ n, text }: { n: number; text: string }) {
  return (
    <mark>
      {text}
      <sup>[{n}]</sup>
    </mark>
  );
}

export function TalkPage({
  open,
  topics,
  outcome,
  draft,
  review,
  error,
  kept,
}: {
  open: Open;
  topics: { id: string; name: string }[];
  outcome?: ConversationOutcome;
  draft?: string;
  review?: DraftReview;
  error?: string;
  /** The draft was just kept in the vault. */
  kept?: boolean;
}) {
  const plan =
    outcome?.kind === 'conversation'
      ? outcome
      : outcome?.kind === 'monitoring'
        ? outcome.instead
        : undefined;
  return (
    <Layout heading="Plan a conversation" open={{ ...open, current: 'talk' }}>
      <ErrorBox message={error} />
      {outcome?.kind === 'safety' ? (
        <section class="safety" aria-labelledby="talk-safety">
          <h2 id="talk-safety">Your safety first</h2>
          {outcome.message.map((m) => (
            <p>{m}</p>
          ))}
          <Resources items={outcome.resources} heading="People you can talk to" />
        </section>
      ) : null}
      <form method="post" action="/talk" aria-labelledby="talk-form">
        <h2 id="talk-form">What do you want to talk about?</h2>
        <label for="cause">Topic</label>
        <select id="cause" name="cause">
          {topics.map((t) => (
            <option value={t.id}>{t.name}</option>
          ))}
        </select>
        <label for="feeling">How do you feel about it? (optional)</label>
        <input type="text" id="feeling" name="feeling" autocomplete="off" maxlength={300} />
        <label for="need">What do you need? (optional)</label>
        <input type="text" id="need" name="need" autocomplete="off" maxlength={300} />
        <label class="choice">
          <input type="checkbox" name="afraid" value="yes" />I am afraid of how my partner might
          react
        </label>
        <button type="submit" class="primary">
          Suggest how to start
        </button>
      </form>
      {plan ? (
        <section aria-labelledby="talk-plan" class="card">
          <h2 id="talk-plan">A way to open</h2>
          <p>
            <strong>{plan.opening}</strong>
          </p>
          <h3>Open questions</h3>
          <ul>
            {plan.questions.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
          <h3>While you listen</h3>
          <ul>
            {plan.listening.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
          <h3>Timing</h3>
          <ul>
            {plan.timing.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
          <h3>Best avoided</h3>
          <ul>
            {plan.avoid.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="post" action="/talk/review" aria-labelledby="review-form">
        <h2 id="review-form">Check your own words</h2>
        <label for="draft">
          Write what you would like to say
          <span class="hint">
            We mark words that often start a fight, with a softer way to say each.
          </span>
        </label>
        <textarea id="draft" name="draft" autocomplete="off" spellcheck={false} maxlength={20000}>
          {draft ?? ''}
        </textarea>
        <button type="submit" class="primary">
          Review my words
        </button>
      </form>
      {review && draft !== undefined ? (
        <section aria-labelledby="review-result" id="review">
          <h2 id="review-result">{review.isClean ? 'This reads calmly' : 'Words to look at'}</h2>
          <MarkedDraft text={draft} review={review} />
          <ol>
            {[...review.findings]
              .sort((a, b) => a.start - b.start)
              .map((f) => (
                <li>
                  “{f.quote}”: {f.why} <em>Try instead:</em> {f.suggestion}
                </li>
              ))}
          </ol>
          {kept ? (
            <p class="notice" role="status" id="draft-kept">
              Kept in your <a href="/history">history</a>.
            </p>
          ) : (
            <form method="post" action="/talk/keep">
              <input type="hidden" name="draft" value={draft} />
              <button type="submit" class="secondary">
                Keep this draft in my history
              </button>
            </form>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
