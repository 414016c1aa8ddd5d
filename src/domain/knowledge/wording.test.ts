import { describe, expect, it } from 'vitest';
import { renderQuestionText } from './wording.js';

describe('renderQuestionText', () => {
  it('uses "your partner" and "they" by default', () => {
    expect(renderQuestionText('Has {partner} told you what worries {them}? {Their} plans?')).toBe(
      'Has your partner told you what worries them? Their plans?',
    );
  });

  it('uses the configured name and pronoun', () => {
    expect(
      renderQuestionText('{Partner} and {their} friends; ask {them}.', {
        name: 'sam',
        pronoun: 'he',
      }),
    ).toBe('Sam and his friends; ask him.');
  });
});
