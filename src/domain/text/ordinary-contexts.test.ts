import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.js';

/** Sentences of our own: alarming words in ordinary contexts, each beside a disclosure that stays. */
const flags = (text: string) => analyzeText(text).safety.flags.map((f) => f.id);

describe('alarming words in ordinary contexts stay quiet; the disclosures beside them stay', () => {
  it('"the scariest bit" is a noun; a bite is still a bite', () => {
    expect(flags('He held my hand through the scary bit and teased me about it.')).toEqual([]);
    expect(flags('He bit me on the shoulder when I tried to leave.')).toContain(
      'physical-violence',
    );
  });

  it('a hold that is a hug, and "what strikes me", are not blows', () => {
    expect(flags('She grabs me for a quick cuddle every morning.')).toEqual([]);
    expect(flags('What struck me was how calm he stayed.')).toEqual([]);
    expect(flags('He grabs me by the arm when he is angry.')).toContain('physical-violence');
  });

  it('a squeeze in labour is pain; a squeeze in a row is not', () => {
    expect(flags('During labour she squeezed my fingers so hard they went white.')).toEqual([]);
    expect(flags('During the row she squeezed my fingers so hard they went white.')).toContain(
      'physical-violence',
    );
  });

  it('the partner as the one hurt is not violence against the user', () => {
    expect(flags('She took herself to the emergency room with a sprained wrist.')).toEqual([]);
  });

  it('toy weapons, the user own job, a locked service weapon', () => {
    expect(flags('Our son chased his mum round the garden waving a plastic sword.')).toEqual([]);
    expect(flags('I am a paramedic and I see knives and threats on most night shifts.')).toEqual(
      [],
    );
    expect(flags('He is an officer, so his service pistol stays in a lock box at home.')).toEqual(
      [],
    );
    // The same job word does not cover a weapon aimed at the user by the partner.
    expect(
      flags('I am a nurse and last week he held a knife to my throat after my shift.'),
    ).toContain('weapon');
  });

  it('game shouting aimed at someone else is not a threat to the user', () => {
    expect(flags('My brother yelled "I will kill you" at some kid online for an hour.')).toEqual(
      [],
    );
    expect(flags('He yelled "I will kill you" and slammed the door in my face.')).toContain(
      'threat-to-kill',
    );
  });

  it("a vet's words about an ill pet are not a threat", () => {
    expect(flags('The vet said we may have to put the rabbit down if it stops eating.')).toEqual(
      [],
    );
  });

  it("a story about a stranger's tracker is not monitoring of the user", () => {
    expect(
      flags('I read an article about a woman who put a tracker on her husband’s bike.'),
    ).toEqual([]);
    expect(flags('I read an article about trackers and then found one in my handbag.')).toContain(
      'monitoring',
    );
  });

  it("the partner's own ex is not a separation that makes waiting outside stalking", () => {
    expect(flags('He waited outside the shop while I paid. His ex used to hate shopping.')).toEqual(
      [],
    );
    expect(flags('Since we split up he waits outside my work most days.')).toContain('stalking');
  });

  it('withdrawal "more and more" and "pushing for a date" are not escalation', () => {
    expect(
      flags('I keep pushing for a date to move in and she has withdrawn more and more.'),
    ).toEqual([]);
    expect(flags('He shoves me more and more often now.')).toContain('escalation');
  });

  it('a startup, or waking up, is not what it sounds like', () => {
    expect(flags('So Dana started a business and now works every weekend.')).toEqual([]);
    expect(flags('He has nightmares and wakes up shaking.')).toEqual([]);
    expect(flags('He said he wishes he could go to sleep and not wake up.')).toContain(
      'partner-crisis',
    );
  });

  it('a threat the text shows as a joke is set aside; doubt or leaving keeps it', () => {
    expect(
      flags('He joked he would kill me if I finished the crisps, and we both laughed.'),
    ).toEqual([]);
    expect(
      flags("He joked he would kill me if I finished the crisps. I'm not sure it was a joke."),
    ).toContain('threat-to-kill');
    expect(flags('He joked he would kill me if I ever left him, and we both laughed.')).toContain(
      'threat-to-kill',
    );
    expect(
      flags('She said she would kill me if I was late and then said she was just joking.'),
    ).toContain('threat-to-kill');
  });

  it('smothered in kisses is affection', () => {
    expect(flags('She smothered me in kisses at the station.')).toEqual([]);
  });

  it("the partner's own trade with blades stays quiet unless it is aimed at the user", () => {
    expect(flags('She is a chef and sharpens her knives every Sunday night.')).toEqual([]);
    expect(flags('She is a chef and sharpens her knives at me when we argue.')).toContain('weapon');
  });
});

describe('consent, play, tools and other people, written after the sixth set was studied', () => {
  it('a standing joke the couple laugh at is not a threat; one the user no longer laughs at is', () => {
    expect(
      flags('It is a running gag that he will murder me if I spoil the final episode again.'),
    ).toEqual([]);
    expect(
      flags('It is our little joke that she will kill me if I ever leave, but I do not laugh now.'),
    ).toContain('threat-to-kill');
  });

  it('words shouted at a friend in an online game are not at the user', () => {
    expect(
      flags(
        "She screamed 'I'm going to kill you' at her mate over voice chat, and they both laughed.",
      ),
    ).toEqual([]);
  });

  it('a crisis word naming a service or a job is not a crisis', () => {
    expect(flags('He trains volunteers for a suicide helpline on Saturdays.')).toEqual([]);
    expect(flags('He keeps talking about suicide and says nobody would miss him.')).not.toEqual([]);
  });

  it('fear of losing the partner, said to be not fear of them, is not fear of the partner', () => {
    expect(flags("I'm frightened of losing her, not of her; she has never been unkind.")).toEqual(
      [],
    );
  });

  it('the user leaving an object somewhere is not the user leaving the house', () => {
    expect(flags('She sighs every time I leave the milk out, then puts it back herself.')).toEqual(
      [],
    );
  });

  it('a tool in a job or a task stays quiet; held in a row it is a weapon', () => {
    expect(flags('She keeps a hatchet in the car for clearing branches at the allotment.')).toEqual(
      [],
    );
    expect(
      flags('He took the carving knife out while we were arguing and pointed it at me.'),
    ).toContain('weapon');
  });

  it('help the user asked for or thanked the partner for is not control', () => {
    expect(
      flags('I gave him my PIN so he could help me pay the bills when I broke my arm.'),
    ).toEqual([]);
    expect(flags('He hides my bank card and I have to ask him for money for the bus.')).toContain(
      'control-of-money',
    );
  });
});
