import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './message.js';
import { createWeeklyMetrics } from './metrics.js';
import { chatSignals, contentReadable } from './signals.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8); // a Monday morning

type Day = (day: number) => Array<[minute: number, author: string, text?: string]>;

function chat(days: number, plan: Day, content = false) {
  const builder = createWeeklyMetrics({ content });
  for (let d = 0; d < days; d++) {
    for (const [minute, author, text] of plan(d)) {
      const message: ChatMessage = {
        time: T0 + d * DAY + minute * 60_000,
        author,
        length: 20,
        words: 4,
        kind: 'text',
      };
      if (text !== undefined) message.text = text;
      builder.add(message);
    }
  }
  return builder.finish();
}

const ids = (metrics: ReturnType<typeof chat>) =>
  chatSignals(metrics, { me: 'Alex', partner: 'Sam' }).map((o) => o.signalId);

describe('chat signals', () => {
  it('reports steady communication when nothing changes', () => {
    const metrics = chat(20 * 7, (d) => [
      [0, d % 2 ? 'Sam' : 'Alex'],
      [5, d % 2 ? 'Alex' : 'Sam'],
      [300, 'Sam'],
      [302, 'Alex'],
    ]);
    expect(ids(metrics)).toEqual(['chat.communication-stable']);
  });

  it('finds pursue–withdraw: the user writes more and is left unanswered while the partner fades', () => {
    const metrics = chat(24 * 7, (d) =>
      d < 12 * 7
        ? [
            [0, 'Alex'],
            [3, 'Sam'],
            [300, 'Sam'],
            [303, 'Alex'],
            [600, 'Alex'],
            [604, 'Sam'],
          ]
        : [
            [0, 'Alex'],
            [60, 'Alex'],
            [120, 'Alex'],
            [300, 'Alex'],
            ...(d % 3 === 0 ? ([[900, 'Sam']] as Array<[number, string]>) : []),
          ],
    );
    const found = ids(metrics);
    expect(found).toContain('chat.partner-volume-falling');
    expect(found).toContain('chat.pursue-withdraw-pattern');
    expect(found).not.toContain('chat.communication-stable');
    const observation = chatSignals(metrics, { me: 'Alex', partner: 'Sam' }).find(
      (o) => o.signalId === 'chat.partner-volume-falling',
    );
    expect(observation?.strength).toBeGreaterThan(0);
    expect(observation?.strength).toBeLessThanOrEqual(1);
    expect(observation?.provenance).toMatchObject({
      kind: 'chat',
      metric: 'messages',
      person: 'Sam',
    });
  });

  it('reads affection falling in content mode only', () => {
    const plan: Day = (d) => [
      [0, 'Alex', 'hi, how are you'],
      [2, 'Sam', d < 10 * 7 ? 'love you, miss you' : 'fine'],
      [4, 'Sam', d < 10 * 7 ? 'you are my sweetheart' : 'ok'],
      [6, 'Sam', d < 10 * 7 ? 'hugs' : 'sure'],
      [8, 'Alex', 'ok'],
    ];
    const content = chat(20 * 7, plan, true);
    expect(ids(content)).toContain('chat.affection-falling');
    expect(ids(chat(20 * 7, plan, false))).not.toContain('chat.affection-falling');
    // The signal quotes one message from before the change as its evidence, and only that one.
    const affection = chatSignals(content, { me: 'Alex', partner: 'Sam' }).find(
      (o) => o.signalId === 'chat.affection-falling',
    );
    const detail = affection?.provenance.kind === 'chat' ? affection.provenance.detail : '';
    expect(detail).toMatch(
      /Earlier, for example: “(love you, miss you|you are my sweetheart|hugs)”/,
    );
  });

  it('says nothing with too few weeks', () => {
    expect(
      ids(
        chat(10, () => [
          [0, 'Alex'],
          [1, 'Sam'],
        ]),
      ),
    ).toEqual([]);
  });

  it('leaves the content series out when the chat is in a language the word lists cannot read', () => {
    // Swedish, which no word list covers, with the English loanwords "love" and "baby" early on:
    // read with English lists alone this would look like affection disappearing.
    const plan: Day = (d) => [
      [0, 'Alex', 'hej, hur mår du idag'],
      [2, 'Sam', d < 10 * 7 ? 'love dig, baby, vi ses snart' : 'ja det går bra'],
      [4, 'Sam', d < 10 * 7 ? 'min baby, jag tänker på dig' : 'vi får se hur det blir'],
      [8, 'Alex', 'bra, vi hörs imorgon då'],
    ];
    const swedish = chat(20 * 7, plan, true);
    expect(swedish.language).not.toBeNull();
    expect(swedish.language?.shares.en ?? 1).toBeLessThan(0.3);
    expect(swedish.contentLanguage).toBeNull();
    expect(contentReadable(swedish)).toBe(false);
    expect(ids(swedish)).not.toContain('chat.affection-falling');

    const english = chat(
      20 * 7,
      (d) => [
        [0, 'Alex', 'hi, how are you doing today'],
        [2, 'Sam', d < 10 * 7 ? 'love you so much, baby' : 'yes that is fine'],
        [4, 'Sam', d < 10 * 7 ? 'my sweetheart, thinking of you' : 'we will see how it goes'],
        [8, 'Alex', 'ok, see you tomorrow then'],
      ],
      true,
    );
    expect(english.language?.shares.en ?? 0).toBeGreaterThan(0.9);
    expect(english.contentLanguage).toBe('en');
    expect(contentReadable(english)).toBe(true);
    expect(ids(english)).toContain('chat.affection-falling');
  });

  it('reads the same change in German with the German lists', () => {
    // The German chat the English lists could not read: affection and its fall are found now.
    const plan: Day = (d) => [
      [0, 'Alex', 'hallo, wie geht es dir heute'],
      [2, 'Sam', d < 10 * 7 ? 'ich liebe dich, bis gleich' : 'ja passt schon gut'],
      [4, 'Sam', d < 10 * 7 ? 'mein Schatz, ich vermisse dich' : 'mal sehen wie es wird'],
      [8, 'Alex', 'gut, bis morgen dann'],
    ];
    const german = chat(20 * 7, plan, true);
    expect(german.contentLanguage).toBe('de');
    expect(contentReadable(german)).toBe(true);
    expect(ids(german)).toContain('chat.affection-falling');
  });
});
