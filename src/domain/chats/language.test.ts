import fc from 'fast-check';
import english from 'sentiment/languages/en/index.js';
import { describe, expect, it } from 'vitest';
import { isWeekOff, judgeLanguage, leadingLanguage, sampleSettled } from './language.js';
import { COMMON_WORDS } from './lexicon.js';
import { CONTENT_LANGUAGES, LISTS, type ContentLanguage } from './lexicons/index.js';
import type { ChatMessage } from './message.js';
import { createWeeklyMetrics, type WeeklyMetrics } from './metrics.js';
import { textFeatures } from './text-features.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8); // a Monday morning

type Kind = 'affection' | 'future' | 'stress' | 'apology' | 'plain';
/** Made-up messages per language: each line has the feature of its kind and no other. */
const LINES: Record<ContentLanguage, Record<Kind, string[]>> = {
  en: {
    affection: ['love you, have a lovely evening', 'miss you, my darling'],
    future: ['what about next week for the trip', 'the plan is for tomorrow evening'],
    stress: ['I am exhausted, the deadline is brutal', 'so tired after this day'],
    apology: ['sorry, I forgot to call you', 'my fault, it was a mistake'],
    plain: ['the shop is closed on that street', 'did you see the film with the dog'],
  },
  de: {
    affection: ['ich liebe dich, mein Schatz', 'hab dich lieb, Süße'],
    future: ['was machen wir am Wochenende', 'nächste Woche fahren wir in den Urlaub'],
    stress: ['ich bin so müde und gestresst heute', 'der Druck ist gerade echt viel'],
    apology: ['tut mir leid, ich war zu spät', 'Entschuldigung, das wollte ich nicht'],
    plain: ['der Laden ist an der Ecke', 'hast du den Film mit dem Hund gesehen'],
  },
  es: {
    affection: ['te quiero, mi amor', 'te echo de menos, cariño'],
    future: ['qué hacemos el finde con tus padres', 'podríamos ir de vacaciones en verano'],
    stress: ['estoy muy cansada y agobiada', 'qué estrés con el trabajo de hoy'],
    apology: ['lo siento, se me olvidó llamarte', 'perdona, fue culpa mía de verdad'],
    plain: ['la tienda está cerrada en esa calle', 'has visto la película del perro'],
  },
  fr: {
    affection: ["je t'aime mon cœur", 'tu me manques tellement, bisous'],
    future: ['on part en vacances ensemble cet été', 'et ce week-end on fait quoi'],
    stress: ['je suis crevée, trop de pression au travail', 'tellement fatigué ce soir, je dors'],
    apology: ["désolé, j'ai oublié de t'appeler", "pardon, c'était ma faute"],
    plain: ['le magasin est fermé dans cette rue', 'tu as vu le film avec le chien'],
  },
  pt: {
    affection: ['te amo, meu amor', 'estou com saudades de você'],
    future: ['vamos viajar nas férias de julho', 'o que você quer fazer amanhã'],
    stress: ['estou muito cansada e estressada', 'tanto trabalho, não aguento mais isso'],
    apology: ['desculpa, eu esqueci de te ligar', 'foi mal, a culpa foi minha'],
    plain: ['a loja está fechada nessa rua', 'você viu o filme do cachorro'],
  },
  it: {
    affection: ['ti amo tanto, tesoro', 'mi manchi, amore mio'],
    future: ['cosa facciamo nel weekend con loro', 'potremmo andare in vacanza ad agosto'],
    stress: ['sono stanchissima e stressata oggi', 'troppo lavoro, sono esausto'],
    apology: ['scusa, mi sono dimenticato di chiamarti', 'mi dispiace, è colpa mia'],
    plain: ['il negozio è chiuso in quella strada', 'hai visto il film con il cane'],
  },
  nl: {
    affection: ['ik hou van je, schat', 'ik mis je zo, liefje'],
    future: ['zullen we dit weekend naar zee gaan', 'volgende week gaan we op vakantie'],
    stress: ['ik ben zo moe en gestrest vandaag', 'zoveel werk, ik heb geen tijd'],
    apology: ['sorry, ik ben vergeten te bellen', 'het spijt me, mijn fout'],
    plain: ['de winkel is dicht in die straat', 'heb je de film met de hond gezien'],
  },
};
const KINDS: Kind[] = ['affection', 'future', 'stress', 'apology', 'plain'];

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A chat: each day, both people write each kind of line once, in the day's language. */
function chat(days: number, languageOf: (day: number) => ContentLanguage): WeeklyMetrics {
  const builder = createWeeklyMetrics({ content: true });
  for (let d = 0; d < days; d++) {
    const lines = LINES[languageOf(d)];
    KINDS.forEach((kind, k) => {
      (['Alex', 'Sam'] as const).forEach((author, a) => {
        const text = lines[kind][(d + a) % 2] ?? '';
        const message: ChatMessage = {
          time: T0 + d * DAY + (k * 2 + a) * 60_000,
          author,
          length: text.length,
          words: wordCount(text),
          kind: 'text',
          text,
        };
        builder.add(message);
      });
    });
  }
  return builder.finish();
}

const totals = (metrics: WeeklyMetrics) => {
  const sum = { affection: 0, future: 0, stress: 0, apologies: 0, textMessages: 0 };
  for (const week of metrics.weeks)
    for (const person of Object.values(week.people)) {
      const c = person.content;
      if (!c) continue;
      sum.affection += c.affection;
      sum.future += c.future;
      sum.stress += c.stress;
      sum.apologies += c.apologies;
      sum.textMessages += c.textMessages;
    }
  return sum;
};

describe('content mode in each language', () => {
  for (const language of CONTENT_LANGUAGES) {
    it(`recognises ${language} and finds affection, plans, stress and apologies`, () => {
      const metrics = chat(6 * 7, () => language);
      expect(metrics.contentLanguage).toBe(language);
      expect(metrics.language?.read).toBe(language);
      expect(metrics.language?.weeksOff).toBe(0);
      // Every line of a kind has its feature and no line of another kind has it: each feature
      // is in exactly a fifth of the messages.
      const sum = totals(metrics);
      const fifth = sum.textMessages / 5;
      expect(sum).toMatchObject({
        affection: fifth,
        future: fifth,
        stress: fifth,
        apologies: fifth,
      });
      // No other language comes near.
      const shares = metrics.language?.shares ?? {};
      for (const [other, share] of Object.entries(shares))
        if (other !== language) expect(share).toBeLessThan(0.25);
    });
  }

  it('reads each line of the made-up chats with its own feature only', () => {
    for (const language of CONTENT_LANGUAGES)
      for (const kind of KINDS)
        for (const line of LINES[language][kind]) {
          const f = textFeatures(line, language);
          expect({ line, kind, ...f }).toMatchObject({
            affection: kind === 'affection',
            future: kind === 'future',
            stress: kind === 'stress',
            apology: kind === 'apology',
          });
        }
  });

  it('reads accents left out and curly apostrophes', () => {
    expect(textFeatures('desole, je suis epuise', 'fr')).toMatchObject({
      apology: true,
      stress: true,
    });
    expect(textFeatures('Je t’aime', 'fr').affection).toBe(true);
    expect(textFeatures('tambien estoy estresado', 'es').stress).toBe(true);
    expect(textFeatures('bin so muede heute', 'de').stress).toBe(true);
    expect(textFeatures('du bist so süss', 'de').tone).toBeGreaterThan(0);
    // "schön" without its umlaut is "schon" (already), which must stay neutral.
    expect(textFeatures('schon gut', 'de').tone).toBe(textFeatures('gut', 'de').tone);
  });

  it('reads capitals, accented ones included', () => {
    expect(textFeatures('ICH BIN SO MÜDE', 'de').stress).toBe(true);
    expect(textFeatures('DÉSOLÉ POUR HIER', 'fr').apology).toBe(true);
    expect(textFeatures('TE QUIERO', 'es').affection).toBe(true);
  });

  it('keeps English tone exactly AFINN-165', () => {
    // Every single AFINN word the tokenizer reads as one word scores its AFINN score alone.
    const words = Object.entries(english.labels).filter(([w]) => /^[a-z0-9'-]+$/.test(w));
    expect(words.length).toBeGreaterThan(3000);
    for (const [word, score] of words)
      expect([word, textFeatures(word).tone]).toEqual([word, score]);
  });

  it('flips the tone after a negator', () => {
    expect(textFeatures('nicht gut', 'de').tone).toBeLessThan(0);
    expect(textFeatures('no está mal', 'es').tone).toBeLessThan(0);
    expect(textFeatures("c'est pas mal", 'fr').tone).toBeGreaterThan(0);
    expect(textFeatures('niet leuk', 'nl').tone).toBeLessThan(0);
  });

  it('reads a two-word phrase only as a whole', () => {
    // "quiero" alone is "I want"; "te quiero" is "I love you".
    expect(textFeatures('quiero pizza', 'es').affection).toBe(false);
    expect(textFeatures('te quiero', 'es').affection).toBe(true);
    expect(textFeatures('guten Morgen', 'de').future).toBe(false);
    expect(textFeatures('bis morgen', 'de').future).toBe(true);
    // Affection is not stress, however much of it there is.
    expect(textFeatures('love you so much', 'en').stress).toBe(false);
    expect(textFeatures('love you so much', 'en').affection).toBe(true);
    expect(textFeatures('so much work today', 'en').stress).toBe(true);
  });

  it('keeps English figures as the English lists give them', () => {
    const metrics = chat(6 * 7, () => 'en');
    expect(metrics.contentLanguage).toBe('en');
    for (const week of metrics.weeks) expect(week.people.Alex?.content).toBeDefined();
  });

  it('leaves out a chat that switches language part-way', () => {
    const metrics = chat(16 * 7, (d) => (d < 10 * 7 ? 'en' : 'de'));
    expect(metrics.language?.read).toBe('en');
    expect(metrics.language?.weeksOff).toBeGreaterThan(1);
    expect(metrics.contentLanguage).toBeNull();
  });

  it('leaves out a recent switch that the whole-chat shares alone would miss', () => {
    // 85% English by messages, but the last three weeks are Italian.
    const metrics = chat(20 * 7, (d) => (d < 17 * 7 ? 'en' : 'it'));
    expect(metrics.language?.shares.en ?? 0).toBeGreaterThan(0.7);
    expect(metrics.contentLanguage).toBeNull();
  });

  it('leaves out a chat that mixes two languages throughout', () => {
    const metrics = chat(8 * 7, (d) => (d % 2 === 0 ? 'es' : 'pt'));
    expect(metrics.language?.shares.es ?? 0).toBeGreaterThan(0.3);
    expect(metrics.language?.shares.pt ?? 0).toBeGreaterThan(0.3);
    expect(metrics.contentLanguage).toBeNull();
  });

  it('holds texts back only until the language is clear, with the same figures', () => {
    // Property: whatever the language and the mix of long and short lines, the weekly counts
    // are those of reading every message with the chosen language's lists from the start.
    const line = fc.record({
      kind: fc.constantFrom(...KINDS),
      pick: fc.nat(1),
      short: fc.boolean(),
      gapMinutes: fc.integer({ min: 1, max: 600 }),
      author: fc.constantFrom('Alex', 'Sam'),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTENT_LANGUAGES),
        fc.array(line, { minLength: 1, maxLength: 300 }),
        (language, lines) => {
          const builder = createWeeklyMetrics({ content: true });
          const expected = new Map<string, number>();
          let time = T0;
          for (const l of lines) {
            time += l.gapMinutes * 60_000;
            const full = LINES[language][l.kind][l.pick] ?? '';
            const text = l.short ? (full.split(' ')[0] ?? '') : full;
            builder.add({
              time,
              author: l.author,
              length: text.length,
              words: wordCount(text),
              kind: 'text',
              text,
            });
            const f = textFeatures(text, language);
            const key = `${l.author}|${f.affection}|${f.future}|${f.stress}|${f.apology}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
          const metrics = builder.finish();
          // The read language is the sample's leader; with these lines it is the chat's own,
          // except for a sample of short words alone, read in English.
          const read = metrics.language?.read ?? 'en';
          if (read !== language) return;
          const sum = { affection: 0, future: 0, stress: 0, apologies: 0 };
          for (const week of metrics.weeks)
            for (const person of Object.values(week.people)) {
              sum.affection += person.content?.affection ?? 0;
              sum.future += person.content?.future ?? 0;
              sum.stress += person.content?.stress ?? 0;
              sum.apologies += person.content?.apologies ?? 0;
            }
          const want = { affection: 0, future: 0, stress: 0, apologies: 0 };
          for (const [key, n] of expected) {
            const [, a, f, s, p] = key.split('|');
            if (a === 'true') want.affection += n;
            if (f === 'true') want.future += n;
            if (s === 'true') want.stress += n;
            if (p === 'true') want.apologies += n;
          }
          expect(sum).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('language decision', () => {
  it('settles the sample once one language leads by twenty, or when it is full', () => {
    expect(sampleSettled([25, 2, 0, 0, 0, 0, 0], 26)).toBe(true);
    expect(sampleSettled([15, 12, 0, 0, 0, 0, 0], 30)).toBe(false);
    expect(sampleSettled([0, 0, 0, 0, 0, 0, 0], 200)).toBe(true);
    expect(leadingLanguage([0, 0, 0, 0, 0, 0, 0])).toBe(-1);
    expect(leadingLanguage([4, 4, 0, 0, 0, 0, 0])).toBe(0);
  });

  it('judges a week by its longer messages', () => {
    expect(isWeekOff({ long: 10, read: 1, other: 8 })).toBe(true);
    expect(isWeekOff({ long: 10, read: 2, other: 0 })).toBe(false);
    expect(isWeekOff({ long: 10, read: 0, other: 0 })).toBe(true);
    expect(isWeekOff({ long: 10, read: 5, other: 5 })).toBe(false);
  });

  it('gives a small chat the benefit of the doubt', () => {
    const shares = { en: 0, de: 0, es: 0, fr: 0, pt: 0, it: 0, nl: 0 };
    const reading = { read: 'en' as const, longTexts: 5, shares, weeksJudged: 0, weeksOff: 0 };
    expect(judgeLanguage(reading)).toBe('en');
    expect(judgeLanguage({ ...reading, longTexts: 50 })).toBeNull();
  });

  it('recognises each language by words no other language claims', () => {
    for (const language of CONTENT_LANGUAGES) {
      const own = [...COMMON_WORDS].filter(([, k]) => CONTENT_LANGUAGES[k] === language);
      expect(own.length).toBeGreaterThan(30);
      // Listed common words that another language also lists are not among them.
      for (const [word] of own)
        for (const other of CONTENT_LANGUAGES)
          if (other !== language) expect(LISTS[other].common).not.toContain(word);
    }
  });
});
