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

describe('consent and agreement (arrangements the couple made)', () => {
  it('sets aside money, phone and location arrangements both agreed or the user asked for', () => {
    const agreed = [
      'We made a budget together in March and we each keep some spending money of our own.',
      'I asked my girlfriend to go through my texts and read them out while I was on the motorway.',
      'She wanted to see the holiday photos, asked if she could look at my phone, and I said sure.',
      'Both of us switched on location sharing for the hiking trip and either of us can stop it.',
    ];
    for (const text of agreed) expect(flagsOf(text), text).toEqual([]);
    // The words alone would raise a flag: the yes is what sets it aside.
    expect(asideOf(agreed[2] ?? '')).toContain('control-of-phone:agreed');
  });

  it('keeps them when the same sentence or the next holds duress', () => {
    expect(
      flagsOf('We both agreed to share locations, but he made me keep mine on all the time.'),
    ).toContain('monitoring');
    expect(
      flagsOf('We supposedly agreed a budget together, and I have to ask him for every pound.'),
    ).toContain('control-of-money');
    expect(
      flagsOf(
        'I asked him to hold my bank card for a while. Now he will not give it back and gets angry.',
      ),
    ).not.toEqual([]);
  });

  it('a look through the phone for a surprise for the user, unless there is duress', () => {
    const text =
      'He went through my phone while I was asleep. It turned out he was planning a surprise party for me.';
    expect(flagsOf(text)).toEqual([]);
    expect(
      flagsOf(
        'He went through my phone while I was asleep and got furious. He says he was planning a surprise party.',
      ),
    ).toContain('control-of-phone');
  });
});

describe('tools in use, a grappling sport, figures of speech', () => {
  it('a blade or a tool in a task is a tool; aimed at the user it is a weapon', () => {
    expect(
      flagsOf('She sliced the bread with the big knife while we talked about the trip.'),
    ).toEqual([]);
    expect(flagsOf('He spent the morning with an axe chopping logs for the fire.')).toEqual([]);
    expect(
      flagsOf('He sliced the bread with the big knife, staring at me the whole time.'),
    ).toContain('weapon');
    expect(
      flagsOf('He was chopping onions with the cleaver. He pointed it at me when I laughed.'),
    ).toContain('weapon');
  });

  it('a choke in judo training is a technique; at home or with distress it stays urgent', () => {
    expect(
      flagsOf('At judo class my husband caught me in a chokehold in a drill and I tapped out.'),
    ).toEqual([]);
    expect(flagsOf('We play-fight on the sofa and she puts me in a chokehold.')).toContain(
      'strangulation',
    );
    expect(
      flagsOf('At judo class he put me in a chokehold and would not stop after I tapped.'),
    ).toContain('strangulation');
  });

  it('a push whose subject is a feeling or a gerund is a figure of speech', () => {
    expect(
      flagsOf('I think my texting is pushing him away, and his silence is pushing me.'),
    ).toEqual([]);
    expect(flagsOf('He is pushing me against the door when he gets angry.')).toContain(
      'physical-violence',
    );
  });

  it('the partner stepping back from their own friends is not isolation of the user', () => {
    expect(flagsOf('He has cancelled nights out with friends because he is too tired.')).toEqual(
      [],
    );
    expect(flagsOf('He made me cancel nights out with friends because he gets jealous.')).toContain(
      'isolation',
    );
  });
});

describe('after the seventh set: figures of speech, affection, the user own acts', () => {
  it('news or words landing are not a blow, unless something was thrown or swung', () => {
    expect(flagsOf('When the results came back it really shook me.')).toEqual([]);
    expect(asideOf('When the results came back it really shook me.')).toContain(
      'physical-violence:figurative',
    );
    expect(
      flagsOf('She said she wanted a year abroad on her own, which hit me like a brick.'),
    ).toEqual([]);
    expect(flagsOf('He hit me across the kitchen. It really shook me.')).toContain(
      'physical-violence',
    );
  });

  it('overwork told as "killing himself at work" is not a crisis, unless dying is named near', () => {
    expect(flagsOf("He's been killing himself on the new contract, home at midnight.")).toEqual([]);
    expect(flagsOf('She is killing herself with double shifts to pay the rent.')).toEqual([]);
    expect(
      flagsOf("He's killing himself at work and last week he said he wants to die."),
    ).toContain('partner-crisis');
    expect(flagsOf('He keeps saying he will kill himself.')).not.toEqual([]);
  });

  it('a hand taken in affection is not violence; the same grip with force or fear is', () => {
    expect(flagsOf('He would squeeze my hand under the table at dinner parties.')).toEqual([]);
    expect(flagsOf('She grabs my arm to cuddle up when a film gets sad.')).toEqual([]);
    expect(flagsOf('He grabbed my arm so hard in the street that it left marks.')).toContain(
      'physical-violence',
    );
    expect(flagsOf('She grabs my hand and twists it when she is angry.')).toContain(
      'physical-violence',
    );
  });

  it('the user checking their own phone is a habit, not control; being made to show it is', () => {
    expect(flagsOf('I keep checking my phone at night hoping she has written back.')).toEqual([]);
    expect(flagsOf('I have to unlock my phone and hand it to her every evening.')).toContain(
      'control-of-phone',
    );
  });

  it('making something for the user is care, not coercion', () => {
    expect(flagsOf('He still makes me breakfast in bed on Sundays but we barely talk.')).toEqual(
      [],
    );
    expect(flagsOf('He makes me have sex in bed even when I say I am tired.')).toContain(
      'sexual-coercion',
    );
  });

  it('care for the partner and the partner going quiet are not fear of them', () => {
    expect(flagsOf('I want to bring up the bills without making him feel guilty.')).toEqual([]);
    expect(flagsOf('She goes quiet when I come in from work and stays on her laptop.')).toEqual([]);
    expect(flagsOf('Neither of us has said it: the money we lent her sister.')).toEqual([]);
    expect(flagsOf("I walk on eggshells so I don't make him angry.")).toContain('fear-of-partner');
  });
});

describe('affection after the second probe', () => {
  it('a hand taken onto a dance floor or in a film is affection; dragged back it is not', () => {
    expect(flagsOf('He used to grab me by the hand and lead me onto the dance floor.')).toEqual([]);
    expect(
      flagsOf('She squeezed my hand during the sad part of the film and laughed at herself.'),
    ).toEqual([]);
    expect(flagsOf('He grabbed me by the hand and dragged me back inside.')).toContain(
      'physical-violence',
    );
  });
});

describe('a phone borrowed', () => {
  it('the partner using my phone while theirs is broken is borrowing, unless there is duress', () => {
    expect(
      flagsOf('She takes my phone to check the weather because her screen is cracked.'),
    ).toEqual([]);
    expect(
      flagsOf('He takes my phone since his battery died, and gets angry if I ask for it back.'),
    ).toContain('control-of-phone');
  });
});
