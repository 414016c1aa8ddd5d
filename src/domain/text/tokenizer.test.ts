import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokenizer.js';

describe('tokenize', () => {
  it('splits sentences and keeps offsets into the original text', () => {
    const text = "He works late.  I miss him!\nSam hasn't called";
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'He works late.',
      'I miss him!',
      "Sam hasn't called",
    ]);
    for (const s of sentences)
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sentence at a line break even without punctuation', () => {
    expect(tokenize('he grabbed me\nim scared').length).toBe(2);
  });

  it('tags parts of speech from the model', () => {
    const [sentence] = tokenize('She works late.');
    expect(sentence?.tokens.map((t) => t.pos).slice(0, 2)).toEqual(['PRON', 'VERB']);
  });

  it('returns nothing for blank text', () => {
    expect(tokenize('  \n\t ')).toEqual([]);
  });

  it('token offsets always point at the token text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const s of tokenize(text)) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
