import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.js';

const flagsOf = (text: string) => analyzeText(text).safety.flags.map((f) => f.id);
const asideOf = (text: string) => analyzeText(text).setAside.map((s) => `${s.id}:${s.reason}`);

describe('who acts: people named by a noun phrase, not the partner', () => {
  it('reads a subject with adjectives, numbers or a relative clause as someone else', () => {
    expect(flagsOf('A drunk customer grabbed my arm at the bar where I work.')).toEqual([]);
    expect(flagsOf('Our two-year-old bit me on the shoulder while I changed him.')).toEqual([]);
    expect(
      flagsOf('We listened to a podcast about a woman who stalked her old teacher for years.'),
    ).toEqual([]);
    // The same blows with the partner as the subject are disclosures.
    expect(flagsOf('He grabbed my arm at the bar and would not let go.')).toContain(
      'physical-violence',
    );
  });

  it('reads people met at work as someone else', () => {
    expect(flagsOf('I am a nurse and a patient punched me on the ward last night.')).toEqual([]);
    expect(flagsOf('The physio pressed on my neck so hard I nearly fainted.')).toEqual([]);
    expect(flagsOf('She pressed on my neck so hard I nearly fainted.')).toContain('strangulation');
  });

  it('"…, he said" reports the words before it only when it trails the sentence', () => {
    expect(
      flagsOf('The physio pressed on my neck, and my husband said I was fussing about nothing.'),
    ).toEqual([]);
  });

  it('"it scared my partner" is the partner afraid, not the user afraid of them', () => {
    expect(flagsOf('The storm last night scared my partner more than me.')).toEqual([]);
    expect(flagsOf('Honestly I am scared of my partner when he drinks.')).toContain(
      'fear-of-partner',
    );
  });
});

describe('an injury with another stated cause', () => {
  it('puts an injury down to a blow already read as someone else’s', () => {
    const text = 'Our puppy jumped up and knocked me over, I have a bruised hip.';
    expect(flagsOf(text)).toEqual([]);
    expect(asideOf(text)).toContain('physical-violence:other-cause');
    expect(flagsOf('My son headbutted me by accident and I have a split lip.')).toEqual([]);
  });

  it('puts an injury down to a medical procedure', () => {
    expect(flagsOf('I had two teeth out at the dentist and my jaw is bruised.')).toEqual([]);
    expect(flagsOf('After the injections my arm came up all bruised.')).toEqual([]);
  });

  it('keeps an injury with no cause, one put down to the partner, and a fall', () => {
    expect(flagsOf('I have bruises on my arms again, I think I just bruise easily.')).toContain(
      'physical-violence',
    );
    expect(flagsOf('The marks on my wrist are from him, not the gym like I said.')).toContain(
      'physical-violence',
    );
    expect(flagsOf('I told them at the hospital that I fell, but she shoved me.')).toContain(
      'physical-violence',
    );
    expect(flagsOf('He gave me a black eye and then drove me to the hospital himself.')).toContain(
      'physical-violence',
    );
  });
});

describe('play the couple chose', () => {
  it('sets aside a blow inside a sport or game with no distress', () => {
    expect(flagsOf('At karate she threw me onto the mat three times, great class.')).toEqual([]);
    expect(
      flagsOf('We went paintballing and he shot me in the leg, I have a huge bruise.'),
    ).toEqual([]);
  });

  it('keeps it when the sentence carries distress, and never excuses the neck', () => {
    expect(
      flagsOf('We were play-fighting and he pinned me down too hard even after I said stop.'),
    ).toContain('physical-violence');
    expect(
      flagsOf('We play-fight and she puts her hands round my throat until I see spots.'),
    ).toContain('strangulation');
  });
});

describe('a hypothetical is a rule the person holds, not an event', () => {
  it('sets aside an act inside an irrealis condition', () => {
    const text = 'If she ever hit me I would be gone the same day.';
    expect(flagsOf(text)).toEqual([]);
    expect(asideOf(text)).toContain('physical-violence:hypothetical');
    expect(flagsOf("I'd leave straight away if he checked my phone.")).toEqual([]);
  });

  it('keeps a condition that says it has happened, and a threat said as a condition', () => {
    expect(flagsOf('If he hits me again I will call the police.')).toContain('physical-violence');
    expect(flagsOf('If he ever hits me again like last time I will leave.')).toContain(
      'physical-violence',
    );
    expect(flagsOf('He said if I ever leave he will kill me.')).toContain('threat-to-kill');
  });
});

describe('a past relationship that is over', () => {
  it('sets aside what an ex did when the text says it is over and safe', () => {
    const text =
      'My ex-wife used to slap me, but that was twelve years ago and I have been safe since. ' +
      'My husband now is gentle, just quiet lately.';
    expect(flagsOf(text)).toEqual([]);
    expect(asideOf(text)).toContain('physical-violence:past');
  });

  it('keeps it when the current partner does it, when it is now, or when the ex still pursues', () => {
    expect(
      flagsOf('I left my ex years ago and I feel safe. But my girlfriend slapped me last week.'),
    ).toContain('physical-violence');
    expect(flagsOf('My ex used to slap me years ago and he still does when he visits.')).toContain(
      'physical-violence',
    );
    expect(
      flagsOf('We split years ago and moved on, but my ex keeps turning up outside my house.'),
    ).toContain('stalking');
    expect(flagsOf('My ex-husband used to hit me and he is threatening me now.')).toContain(
      'physical-violence',
    );
  });
});
