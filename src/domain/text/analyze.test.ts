import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../knowledge/index.js';
import { analyzeText, toObservations } from './analyze.js';
import { IDIOMS } from './idioms.js';
import { LEXICON } from './lexicon.js';
import { compiler } from './patterns.js';
import { partnerRefs } from './references.js';
import { SAFETY_RULES } from './safety.js';
import { EVENT_PATTERNS } from './time.js';
import { HEDGED_STRENGTH } from './signals.js';

const ids = (text: string, settings = {}) => analyzeText(text, settings).signals.map((s) => s.id);
const valueOf = (text: string, id: string, settings = {}) =>
  analyzeText(text, settings).signals.find((s) => s.id === id)?.value;

describe('signals from text', () => {
  it('every lexicon signal is a knowledge-base signal that text can show', () => {
    const textSignals = new Set(
      knowledgeBase()
        .signals.filter((s) => s.origins.includes('text'))
        .map((s) => s.id),
    );
    expect(LEXICON.map((e) => e.id).filter((id) => !textSignals.has(id))).toEqual([]);
  });

  it('no pattern can match empty text (an empty alternative would match everywhere)', () => {
    const compile = compiler(partnerRefs('', { name: 'Sam' }));
    const sources = [
      ...LEXICON.flatMap((e) => e.patterns),
      ...SAFETY_RULES.flatMap((r) => r.patterns),
      ...IDIOMS,
      ...Object.values(EVENT_PATTERNS).flat(),
    ];
    const empty = sources.filter((source) => compile([source]).test(''));
    expect(empty).toEqual([]);
  });

  it('negation: "he isn\'t stressed at work" is not stress, "he is" is', () => {
    expect(ids('He is stressed at work.')).toContain('partner.tired-preoccupied');
    expect(ids("He isn't stressed at work.")).not.toContain('partner.tired-preoccupied');
    expect(ids("I don't think he is stressed.")).not.toContain('partner.tired-preoccupied');
    const negated = analyzeText("He isn't stressed at work.").setAside;
    expect(negated.some((s) => s.reason === 'negated')).toBe(true);
  });

  it('a negation that is part of the words counts: "he doesn\'t touch me anymore"', () => {
    expect(ids("He doesn't touch me anymore.")).toContain('partner.less-physical-affection');
  });

  it('hedges weaken a signal without dropping it', () => {
    expect(valueOf('He works late every night.', 'partner.works-longer-hours')).toBe(1);
    expect(valueOf('Maybe he works late every night.', 'partner.works-longer-hours')).toBe(
      HEDGED_STRENGTH,
    );
    expect(valueOf('I think he is stressed.', 'partner.tired-preoccupied')).toBe(HEDGED_STRENGTH);
  });

  it('who does what: "I have been busy" is the user, "he has been busy" the partner', () => {
    expect(ids('I have been so busy lately.')).toContain('self.less-available-lately');
    expect(ids('He works late every night.')).toContain('partner.works-longer-hours');
    expect(ids('I work late every night.')).not.toContain('partner.works-longer-hours');
    expect(ids('My boss works late every night.')).not.toContain('partner.works-longer-hours');
  });

  it('reads the partner by name and by pronoun from settings', () => {
    expect(ids('Alex works late every night.', { name: 'Alex' })).toContain(
      'partner.works-longer-hours',
    );
    expect(ids('Alex works late every night.', { name: 'Jordan', pronoun: 'she' })).not.toContain(
      'partner.works-longer-hours',
    );
    expect(ids('She works late every night.', { pronoun: 'he' })).not.toContain(
      'partner.works-longer-hours',
    );
  });

  it('time: "since he lost his job in March" gives an event, its kind and the onset', () => {
    const result = analyzeText('Since he lost his job in March he has been distant.');
    const found = result.signals.map((s) => s.id);
    expect(found).toEqual(
      expect.arrayContaining(['context.event-preceded', 'context.event-loss', 'context.loss-job']),
    );
    const event = result.times.find((t) => t.kind === 'event');
    expect(event?.kind === 'event' && event.event).toBe('loss-job');
    expect(ids('He pulled away about three months ago.')).toContain(
      'relationship.distance-one-to-six-months',
    );
    expect(ids('For the past two weeks he has been distant.')).toContain(
      'relationship.distance-days-to-weeks',
    );
    expect(ids('We have been together for five years.')).toContain(
      'relationship.duration-over-3-years',
    );
    expect(ids('It happened all of a sudden, he just changed.')).toContain(
      'relationship.change-sudden',
    );
  });

  it('idioms are not what they seem', () => {
    const text = 'I could kill for a holiday. She is dead tired. He is crushing his exams.';
    const result = analyzeText(text);
    expect(result.safety.flags).toEqual([]);
    expect(ids('She is dead tired.')).toContain('partner.tired-preoccupied');
  });

  it('observations carry the quote as provenance, flags as safety.<flag>', () => {
    const observations = toObservations(analyzeText('He choked me. He works late every night.'));
    expect(observations.map((o) => o.signalId)).toEqual(
      expect.arrayContaining(['safety.strangulation', 'partner.works-longer-hours']),
    );
  });

  it('never throws, and every quote is exactly text.slice(start, end)', () => {
    const words = fc.constantFrom(
      'he',
      'she',
      'I',
      'we',
      'my',
      'boss',
      'never',
      "didn't",
      'hit',
      'me',
      'choked',
      'kill',
      'works',
      'late',
      'since',
      'lost',
      'job',
      'maybe',
      'three',
      'months',
      'ago',
      'phone',
      '.',
      ',',
      '!',
      '\n',
      '’',
      '“',
      'é',
      '😂',
      '  ',
      'Sam',
      'doesn’t',
      'scared',
      'of',
      'him',
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom({}, { name: 'Sam' }, { pronoun: 'she' as const }),
        (text, settings) => {
          const result = analyzeText(text, settings);
          for (const item of [...result.signals, ...result.safety.flags, ...result.setAside]) {
            expect(item.start).toBeLessThanOrEqual(item.end);
            expect(text.slice(item.start, item.end)).toBe(item.quote);
          }
          for (const t of result.times) expect(text.slice(t.start, t.end)).toBe(t.quote);
        },
      ),
      { numRuns: 200 },
    );
  });
});
