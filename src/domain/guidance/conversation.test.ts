import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../knowledge/schema.js';
import { matchTopic, planConversation } from './conversation.js';
import { guidanceData } from './load.js';
import { flag } from './test-support/assessments.js';

const data = guidanceData();

describe('planConversation', () => {
  it.each(CAUSE_IDS)('plans a talk about %s with an opening and three open questions', (cause) => {
    const out = planConversation(data, { topic: cause, wording: { name: 'Alex', pronoun: 'he' } });
    if (out.kind !== 'conversation') throw new Error(`expected a conversation, got ${out.kind}`);
    expect(out.topic).toEqual({ id: cause, matchedBy: 'cause' });
    expect(out.opening).toMatch(
      /^I've noticed that .+\. I feel .+, because I need .+\. Would you be willing to .+\?$/,
    );
    expect(out.questions).toHaveLength(3);
    for (const q of out.questions) expect(q).toMatch(/\?$/);
    expect(out.listening.join(' ')).toMatch(/say back|Summarise/i);
    expect(out.timing.join(' ')).toMatch(/not by text/i);
    expect(out.review.isClean).toBe(true);
    expect(JSON.stringify(out)).not.toMatch(/[{}]partner|\{they\}|\{them\}/);
  });

  it("uses the user's own words, tidied to fit, and reviews them", () => {
    const out = planConversation(data, {
      topic: 'I feel like he only cares about work and money lately',
      observation: 'You never come home before nine.',
      feeling: 'I feel lonely',
      need: 'I need time with you',
      request: 'Could you keep Sunday free for us',
    });
    if (out.kind !== 'conversation') throw new Error('expected a conversation');
    expect(out.topic).toEqual({ id: 'external-stress', matchedBy: 'words' });
    expect(out.opening).toBe(
      "I've noticed that you never come home before nine. I feel lonely, because I need time with you. Would you be willing to keep Sunday free for us?",
    );
    expect(out.parts.observation.fromUser).toBe(true);
    expect(out.review.findings.map((f) => f.kind)).toEqual(['absolute']);
  });

  it('falls back to the general template for words it does not recognise', () => {
    expect(matchTopic(data, 'something about the garden').matchedBy).toBe('default');
  });

  it('plans no conversation with the partner under a safety concern: help instead', () => {
    const out = planConversation(data, {
      topic: 'communication-breakdown',
      safety: { level: 'concern', flags: [flag('control-of-phone')] },
      country: 'IE',
    });
    expect(out.kind).toBe('safety');
    if (out.kind !== 'safety') return;
    expect(out.resources[0]?.kind).toBe('abuse');
    expect(out.message.join(' ')).toMatch(/will not plan a conversation/);
  });

  it('explains why not when asked to read messages, and offers the direct talk instead', () => {
    const out = planConversation(data, {
      topic: 'how can I read her messages without her knowing',
    });
    expect(out.kind).toBe('monitoring');
    if (out.kind !== 'monitoring') return;
    expect(out.explanation.join(' ')).toMatch(/trust/);
    expect(out.instead.topic.id).toBe('disengaging');
  });
});
