import { describe, expect, it } from 'vitest';
import causes from './data/causes.json' with { type: 'json' };
import questions from './data/questions.json' with { type: 'json' };
import safetyQuestions from './data/safety-questions.json' with { type: 'json' };
import signals from './data/signals.json' with { type: 'json' };
import {
  CAUSE_IDS,
  findLinkProblems,
  knowledgeBase,
  MAX_WEIGHT,
  renderQuestionText,
  SAFETY_FLAG_IDS,
  validateKnowledge,
  type CauseId,
  type Question,
  type Signal,
} from './index.js';

const kb = knowledgeBase();
const allQuestions: Question[] = [...kb.safetyQuestions, ...kb.questions];
const isCore = (s: Signal) => !/^(safety|trend|chat)\./.test(s.id);
const weightOf = (s: Signal, cause: CauseId) => s.weights[cause] ?? 0;
const measuredIds = new Set(
  allQuestions.flatMap((q) => q.options.flatMap((o) => o.signals.map((s) => s.id))),
);
const signalById = new Map(kb.signals.map((s) => [s.id, s]));

/** The contract's fixed ids (shared with the trajectory, chat and text engineers). */
const TREND_IDS = [
  'trend.decline-after-stressor',
  'trend.decline-after-loss',
  'trend.decline-after-conflict',
  'trend.decline-no-event',
  'trend.sustained-decline',
  'trend.dip',
  'trend.dip-recovered',
  'trend.recovering',
  'trend.improving',
  'trend.stable',
  'trend.future-talk-falling',
  'trend.criticism-rising',
  'trend.affection-falling',
  'trend.communication-falling',
];
const CHAT_IDS = [
  'chat.partner-initiation-falling',
  'chat.partner-replies-slowing',
  'chat.partner-messages-shortening',
  'chat.partner-volume-falling',
  'chat.affection-falling',
  'chat.future-talk-falling',
  'chat.we-talk-falling',
  'chat.tone-falling',
  'chat.partner-stress-words-rising',
  'chat.pursue-withdraw-pattern',
  'chat.communication-stable',
];
const URGENT_FLAGS = new Set([
  'strangulation',
  'weapon',
  'threat-to-kill',
  'escalation',
  'stalking',
  'self-harm',
]);

describe('the bundled knowledge base', () => {
  it('validates against the schema with no link problems', () => {
    const result = validateKnowledge({ causes, signals, questions, safetyQuestions });
    expect(result.ok ? [] : [result.error.message, result.error.detail]).toEqual([]);
    expect(findLinkProblems(kb)).toEqual([]);
  });

  it('has exactly the twelve cause ids, with the three beyond the source marked', () => {
    expect(kb.causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
    expect(
      kb.causes
        .filter((c) => c.beyondSource)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['disengaging', 'pursue-withdraw', 'settling']);
  });

  it('gives every cause a plausible independent prior and tells it apart from a neighbour', () => {
    for (const cause of kb.causes) {
      expect(cause.prior, cause.id).toBeGreaterThanOrEqual(0.05);
      expect(cause.prior, cause.id).toBeLessThanOrEqual(0.4);
      expect(cause.distinguish.map((d) => d.from)).not.toContain(cause.id);
    }
  });

  it('spells out how each easily confused cause differs from its neighbours', () => {
    const groups: CauseId[][] = [
      ['fear-of-intimacy', 'avoidant-attachment', 'emotional-unavailability'],
      ['external-stress', 'personal-struggles', 'changed-priorities'],
      ['settling', 'loss-of-attraction', 'disengaging'],
      ['pursue-withdraw', 'communication-breakdown', 'unmet-needs'],
    ];
    const distinguished = (a: CauseId, b: CauseId) =>
      kb.causes.some(
        (c) =>
          (c.id === a && c.distinguish.some((d) => d.from === b)) ||
          (c.id === b && c.distinguish.some((d) => d.from === a)),
      );
    for (const group of groups) {
      for (const a of group) {
        for (const b of group) {
          if (a < b) expect(distinguished(a, b), `${a} / ${b}`).toBe(true);
        }
      }
    }
  });

  it('has at least 80 signals besides the safety, trend and chat ones, and at least 60 questions', () => {
    expect(kb.signals.filter(isCore).length).toBeGreaterThanOrEqual(80);
    expect(kb.questions.length).toBeGreaterThanOrEqual(60);
  });

  it('reaches every cause from at least 5 supporting signals and touches every facet', () => {
    for (const cause of kb.causes) {
      const supporting = kb.signals.filter((s) => weightOf(s, cause.id) > 0);
      expect(supporting.length, cause.id).toBeGreaterThanOrEqual(5);
      for (const facet of cause.facets) {
        const key = `${cause.id}/${facet.id}`;
        expect(
          kb.signals.some((s) => s.facets.includes(key)),
          key,
        ).toBe(true);
      }
    }
  });

  it('only names a facet on a signal that weighs for that facet’s cause', () => {
    for (const signal of kb.signals) {
      for (const facet of signal.facets) {
        const cause = facet.split('/')[0] as CauseId;
        expect(weightOf(signal, cause), `${signal.id} → ${facet}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every weight within range and most of them moderate', () => {
    const weights = kb.signals.flatMap((s) => Object.values(s.weights));
    for (const w of weights) {
      expect(Math.abs(w)).toBeLessThanOrEqual(MAX_WEIGHT);
      expect(w).not.toBe(0);
    }
    const strong = weights.filter((w) => Math.abs(w) >= 2).length;
    expect(strong / weights.length).toBeLessThan(0.05);
  });

  it('measures every answer signal with some question, and every signal is observable somewhere', () => {
    for (const signal of kb.signals) {
      if (signal.origins.includes('answer'))
        expect(measuredIds.has(signal.id), signal.id).toBe(true);
      else expect(signal.origins.length, signal.id).toBeGreaterThan(0);
    }
    for (const id of measuredIds) {
      expect(signalById.get(id)?.origins, id).toContain('answer');
    }
  });

  it('defines the contract’s trajectory and chat signals with weights and the right origin', () => {
    for (const id of TREND_IDS) {
      const signal = signalById.get(id);
      expect(signal?.origins, id).toEqual(['trajectory']);
      expect(Object.keys(signal?.weights ?? {}).length, id).toBeGreaterThan(0);
    }
    for (const id of CHAT_IDS) {
      const signal = signalById.get(id);
      expect(signal?.origins, id).toEqual(['chat']);
      expect(Object.keys(signal?.weights ?? {}).length, id).toBeGreaterThan(0);
    }
    const contract = new Set([...TREND_IDS, ...CHAT_IDS]);
    for (const signal of kb.signals) {
      if (/^(trend|chat)\./.test(signal.id)) expect(contract.has(signal.id), signal.id).toBe(true);
    }
  });

  it('defines one safety signal per flag, at the contract’s level, asked by the screen', () => {
    for (const flag of SAFETY_FLAG_IDS) {
      const signal = signalById.get(`safety.${flag}`);
      expect(signal?.safety, flag).toEqual({
        flag,
        level: URGENT_FLAGS.has(flag) ? 'urgent' : 'concern',
      });
      expect(signal?.origins, flag).toEqual(['answer', 'text']);
      expect(measuredIds.has(`safety.${flag}`), flag).toBe(true);
    }
    for (const signal of kb.signals) {
      expect(signal.id.startsWith('safety.'), signal.id).toBe(signal.safety !== undefined);
    }
  });

  it('keeps the safety screen short and about safety only', () => {
    expect(kb.safetyQuestions.length).toBeGreaterThanOrEqual(8);
    expect(kb.safetyQuestions.length).toBeLessThanOrEqual(12);
    for (const question of kb.safetyQuestions) {
      expect(question.about).toBe('safety');
      for (const option of question.options) {
        for (const { id } of option.signals) expect(id.startsWith('safety.'), id).toBe(true);
      }
    }
    for (const question of kb.questions) {
      expect(question.about).not.toBe('safety');
      for (const option of question.options) {
        for (const { id } of option.signals) expect(id.startsWith('safety.'), id).toBe(false);
      }
    }
  });

  it('asks at least ten questions about the user’s own side, and has follow-ups', () => {
    expect(kb.questions.filter((q) => q.about === 'self').length).toBeGreaterThanOrEqual(10);
    expect(kb.questions.filter((q) => q.followUp).length).toBeGreaterThanOrEqual(3);
  });

  it('makes every question measure something, with 2–5 options and no "not sure" listed', () => {
    for (const question of allQuestions) {
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
      expect(question.options.length, question.id).toBeLessThanOrEqual(5);
      expect(
        question.options.some((o) => o.signals.length > 0),
        question.id,
      ).toBe(true);
      expect(question.id.startsWith('q.'), question.id).toBe(true);
    }
  });

  it('places follow-ups after their parent in the bank', () => {
    const position = new Map(allQuestions.map((q, i) => [q.id, i]));
    for (const question of allQuestions) {
      if (!question.followUp) continue;
      expect(position.get(question.followUp.questionId), question.id).toBeLessThan(
        position.get(question.id) ?? -1,
      );
    }
  });

  it('words questions so that any pronoun reads correctly', () => {
    const texts = allQuestions.flatMap((q) => [
      { id: q.id, text: q.text },
      ...(q.help ? [{ id: `${q.id} (help)`, text: q.help }] : []),
      ...q.options.map((o) => ({ id: `${q.id}/${o.value}`, text: o.label })),
    ]);
    for (const { id, text } of texts) {
      // A pronoun as the subject would need "is/are", "has/have", "does/do": use {partner} there.
      expect(text, id).not.toMatch(/\{they\}/i);
      expect(text, id).not.toMatch(/\{(they|them|their)\}\s+(is|are|has|have|was|were|does|do)\b/i);
      // Only the documented placeholders.
      for (const match of text.matchAll(/\{([^}]*)\}/g)) {
        expect(['partner', 'Partner', 'them', 'their', 'Their'], id).toContain(match[1]);
      }
      // Labels and help are shown without rendering in some places: keep them placeholder-free.
      if (id.includes('/') || id.endsWith('(help)')) expect(text, id).not.toMatch(/\{/);
    }
  });

  it('renders every question with she, he and they without leaving a placeholder behind', () => {
    for (const pronoun of ['they', 'she', 'he'] as const) {
      for (const question of allQuestions) {
        const text = renderQuestionText(question.text, { name: 'Sam', pronoun });
        expect(text, question.id).not.toMatch(/[{}]/);
        expect(text.trim().endsWith('?'), question.id).toBe(true);
      }
    }
  });

  it('has discriminating signals that weigh for one close cause and against its neighbour', () => {
    const pairs: [string, CauseId, CauseId][] = [
      ['partner.withdrawn-from-everyone', 'personal-struggles', 'disengaging'],
      ['partner.withdrawn-only-from-you', 'disengaging', 'personal-struggles'],
      ['partner.same-pattern-past-relationships', 'avoidant-attachment', 'external-stress'],
      ['partner.same-pattern-past-relationships', 'fear-of-intimacy', 'external-stress'],
      ['context.event-preceded', 'external-stress', 'settling'],
      ['context.event-preceded', 'personal-struggles', 'settling'],
      ['partner.pulls-back-after-closeness', 'fear-of-intimacy', 'external-stress'],
      ['partner.hot-and-cold', 'emotional-unavailability', 'settling'],
      ['partner.voiced-needs-before', 'unmet-needs', 'emotional-unavailability'],
      ['partner.stays-away-after-space', 'disengaging', 'pursue-withdraw'],
      ['relationship.always-been-this-way', 'emotional-unavailability', 'external-stress'],
      ['relationship.distance-days-to-weeks', 'external-stress', 'settling'],
      ['partner.energised-by-new-goal', 'changed-priorities', 'personal-struggles'],
      ['partner.lost-interest-in-enjoyed-things', 'personal-struggles', 'changed-priorities'],
      ['partner.still-makes-future-plans', 'settling', 'disengaging'],
      ['partner.still-kind-day-to-day', 'settling', 'loss-of-attraction'],
      ['partner.doubts-being-good-enough', 'fear-of-intimacy', 'avoidant-attachment'],
      ['partner.returns-after-space', 'pursue-withdraw', 'disengaging'],
      ['relationship.both-keep-quiet', 'communication-breakdown', 'pursue-withdraw'],
    ];
    for (const [id, forCause, againstCause] of pairs) {
      const signal = signalById.get(id);
      expect(signal, id).toBeDefined();
      if (!signal) continue;
      expect(weightOf(signal, forCause), `${id} for ${forCause}`).toBeGreaterThan(0);
      expect(weightOf(signal, againstCause), `${id} against ${againstCause}`).toBeLessThan(0);
    }
  });

  it('gives each cause at least one signal that speaks against it', () => {
    for (const cause of CAUSE_IDS) {
      expect(
        kb.signals.some((s) => weightOf(s, cause) < 0),
        cause,
      ).toBe(true);
    }
  });
});
