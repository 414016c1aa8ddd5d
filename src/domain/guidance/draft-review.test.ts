import { describe, expect, it } from 'vitest';
import { draftCorpus, scoreFindings } from './corpus/index.js';
import { reviewDraft } from './draft-review.js';
import { guidanceData } from './load.js';

const data = guidanceData().draftReview;
const kinds = (text: string) => reviewDraft(data, text).findings.map((f) => [f.kind, f.quote]);

describe('reviewDraft', () => {
  it('points at absolutes with their span and a softer rewrite', () => {
    const text = 'Honestly, you never listen to me.';
    const [finding] = reviewDraft(data, text).findings;
    expect(finding?.kind).toBe('absolute');
    expect(text.slice(finding?.start, finding?.end)).toBe('you never');
    expect(finding?.suggestion).toMatch(/specific|Lately/);
  });

  it('finds blame and "why are you" questions, but not an open "why do you think"', () => {
    expect(kinds("Why don't you ever help? It's your fault we're late.")).toEqual([
      ['blame', "Why don't you"],
      ['blame', "It's your fault"],
    ]);
    expect(kinds('Why do you think this keeps happening?')).toEqual([]);
  });

  it('finds contempt and sarcasm markers, and leaves kind uses of the same words alone', () => {
    expect(kinds('Oh great, late again 🙄 whatever')).toEqual([
      ['contempt', 'Oh great'],
      ['contempt', '🙄'],
      ['contempt', 'whatever'],
    ]);
    expect(kinds("Whatever you decide, I'm with you.")).toEqual([]);
    expect(kinds('I felt stupid for asking.')).toEqual([]);
    expect(kinds('You always know how to make me laugh.')).toEqual([]);
    expect(kinds('You never know, it might help.')).toEqual([]);
  });

  it('finds mind-reading and keeps one finding for overlapping matches of a kind', () => {
    const review = reviewDraft(data, "You obviously don't care about me.");
    expect(review.findings).toHaveLength(1);
    expect(review.findings[0]?.quote).toBe("You obviously don't care");
    expect(review.counts['mind-reading']).toBe(1);
    expect(review.advice.map((a) => a.kind)).toEqual(['mind-reading']);
  });

  it('accepts curly apostrophes', () => {
    expect(kinds('You don’t even care.')).toEqual([['mind-reading', 'You don’t even care']]);
  });

  it('says a kind draft is clean', () => {
    const review = reviewDraft(
      data,
      "I've missed our evenings together. Could we keep Friday free for each other?",
    );
    expect(review.isClean).toBe(true);
    expect(review.advice).toEqual([]);
  });
});

describe('draft corpus', () => {
  const corpus = draftCorpus();

  it('has at least 40 drafts whose marked spans match their quotes', () => {
    expect(corpus.drafts.length).toBeGreaterThanOrEqual(40);
    for (const d of corpus.drafts)
      for (const p of d.problems) expect(d.text.slice(p.start, p.end)).toBe(p.quote);
    const kindsMarked = new Set(corpus.drafts.flatMap((d) => d.problems.map((p) => p.kind)));
    expect(kindsMarked.size).toBe(4);
    expect(corpus.drafts.some((d) => d.problems.length === 0)).toBe(true);
  });

  it('scores: perfect findings score 1, no findings score recall 0', () => {
    const perfect = scoreFindings(
      corpus.drafts,
      (text) => corpus.drafts.find((d) => d.text === text)?.problems ?? [],
    );
    expect(perfect.all.precision).toBe(1);
    expect(perfect.all.recall).toBe(1);
    const nothing = scoreFindings(corpus.drafts, () => []);
    expect(nothing.all.recall).toBe(0);
  });

  it('keeps the reviewer above a floor on the corpus (the bench prints the full table)', () => {
    const score = scoreFindings(corpus.drafts, (text) => reviewDraft(data, text).findings);
    expect(score.all.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.all.recall).toBeGreaterThanOrEqual(0.75);
  });
});
