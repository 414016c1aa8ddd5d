import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createConversationCounter,
  phoneKey,
  selectorMatches,
  severalConversations,
} from './conversations.js';

describe('choosing a conversation', () => {
  it('matches names whatever the case and spacing, and only in full', () => {
    expect(selectorMatches('  sam   LEE ', ['Sam Lee'])).toBe(true);
    expect(selectorMatches('Sam', ['Sam Lee'])).toBe(false);
    expect(selectorMatches('', ['Sam'])).toBe(false);
    expect(selectorMatches('Sam', [undefined, 'Jo'])).toBe(false);
  });

  it('matches a phone number by its digits however it is written', () => {
    expect(selectorMatches('(555) 123-4567', ['Sam', '+1 555-123-4567'])).toBe(true);
    expect(selectorMatches('555 123 4568', ['+15551234567'])).toBe(false);
    expect(phoneKey('Sam 2')).toBeUndefined();
    expect(phoneKey('112')).toBeUndefined();
  });

  it('a number written with any separators keeps its key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 15 }),
        fc.array(fc.constantFrom(' ', '-', '.', '(', ')', '/'), { minLength: 15, maxLength: 15 }),
        (digits, separators) => {
          const plain = digits.join('');
          const written = digits.map((d, i) => `${d}${separators[i] ?? ''}`).join('');
          expect(phoneKey(`+${written}`)).toBe(phoneKey(plain));
        },
      ),
    );
  });

  it('lists conversations busiest first, at most ten in the message, all on the failure', () => {
    const counter = createConversationCounter();
    for (let i = 0; i < 12; i++) for (let n = 0; n <= i; n++) counter.add(`k${i}`, `P${i}`);
    const failure = severalConversations('x.xml: this backup', counter.list());
    expect(failure.error.conversations?.[0]).toBe('P11');
    expect(failure.error.conversations).toHaveLength(12);
    expect(failure.error.message).toMatch(
      /^x\.xml: this backup holds 12 conversations: P11 \(12\)/,
    );
    expect(failure.error.message).toMatch(/P2 \(3\), and 2 more;/);
  });
});
