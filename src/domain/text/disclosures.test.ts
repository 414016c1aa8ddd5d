import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.js';

/** Sentences of our own, written for each rule added after the fifth set was studied. */
const flags = (text: string) => analyzeText(text).safety.flags.map((f) => f.id);
const level = (text: string) => analyzeText(text).safety.level;

describe('disclosures told in softer or less usual words', () => {
  it('no money of my own beside having to ask is money control, though it reads as a denial', () => {
    expect(
      flags("I haven't got a penny and I don't have an account of my own, so I have to ask him."),
    ).toContain('control-of-money');
    // Saying it without any need to ask is not a disclosure.
    expect(flags("I don't have a car of my own, we share his.")).toEqual([]);
  });

  it('debts in my name and statements kept from me are money control', () => {
    expect(flags('He put a credit card in my name and took it to the limit.')).toContain(
      'control-of-money',
    );
    expect(flags("She says I'm not allowed to look at the statements.")).toContain(
      'control-of-money',
    );
    // Going through the statements together is not control.
    expect(flags('He checked the statements together with me last night.')).toEqual([]);
  });

  it('a pet "gone" on the way back, and children "not around", are threats to them', () => {
    expect(
      flags(
        'She said if I went out again she would drive the cat to the woods and come back without it.',
      ),
    ).toContain('threats-to-children-or-pets');
    expect(
      flags("He warned me that if I leave he'll make sure the children won't be around for me."),
    ).toContain('threats-to-children-or-pets');
  });

  it("a gesture at a weapon beside the partner's words is a weapon threat", () => {
    const text = 'She told me I would be sorry. Then she looked at the knife block and smiled.';
    expect(flags(text)).toContain('weapon');
    expect(level(text)).toBe('urgent');
    // Pointing at a tool with no threat or reported words around it is nothing.
    expect(flags('He nodded at the hammer on the shelf and went back to his book.')).toEqual([]);
  });

  it('"something we\'ll both regret" in the partner\'s words is a threat', () => {
    expect(
      flags('When I argue he says "you will make me do something we will both regret".'),
    ).toContain('threats');
  });

  it('the partner belittling my friends to me is isolation, even told gently', () => {
    expect(
      flags("I hardly go out now; she keeps telling me what my sister 'really' thinks of me."),
    ).toContain('isolation');
  });

  it('searching for ways to end it is a crisis, ending it with someone is a break-up', () => {
    expect(flags("He admitted he's been looking up ways to end it.")).toContain('partner-crisis');
    expect(flags("I've been looking up ways to end it with him kindly.")).toEqual([]);
  });

  it("the first person inside the partner's quoted words is the partner", () => {
    const text =
      'When I visit my parents he texts me "maybe I should just disappear for good, then you can stay there".';
    expect(flags(text)).toContain('suicide-threat-as-pressure');
    expect(flags(text)).not.toContain('self-harm');
  });

  it('starting while I was asleep is sexual coercion without the word sex', () => {
    expect(flags('More than once she has started while I was still asleep.')).toContain(
      'sexual-coercion',
    );
  });

  it('asking before going anywhere, a set time home, a say over whom I see', () => {
    expect(flags('I have to ask him before I go to the gym.')).toContain('control-of-movements');
    expect(flags('I need to be back by nine or he sulks for days.')).toContain(
      'control-of-movements',
    );
    expect(flags('She decides whether I can visit my brother.')).toContain('isolation');
  });

  it('pursuit after a break-up: gifts inside my car, knowing where I was, moving onto my street', () => {
    const text =
      'We split up in June. Last week there was a card on the seat of my car, and she knew which pub I was at.';
    expect(flags(text)).toContain('stalking');
    expect(level(text)).toBe('urgent');
  });

  it('a trend told beside a threat or harm is escalation; beside money control it is not', () => {
    const threat =
      'She says I will pay for it if I go. It used to be once in a while. Now it is every night.';
    expect(flags(threat)).toContain('escalation');
    const money =
      'He took my bank card. It used to be once in a while that he checked my spending.';
    expect(flags(money)).toContain('control-of-money');
    expect(flags(money)).not.toContain('escalation');
  });

  it('a say over spending, or needing one to buy anything, is money control', () => {
    expect(flags('She decides how much we spend on food and clothes.')).toContain(
      'control-of-money',
    );
    expect(flags('I need her permission to buy a coat.')).toContain('control-of-money');
  });

  it('seeing people made costly is isolation; being woken for it when exhausted is coercion', () => {
    expect(
      flags('He never forbids me seeing anyone exactly, he just makes me pay for it later.'),
    ).toContain('isolation');
    expect(flags("She wakes me for it even when I'm exhausted from the night shift.")).toContain(
      'sexual-coercion',
    );
  });

  it('rougher with me, and fear shown by watching or readiness to flee', () => {
    expect(flags('She has got rougher with me since the summer.')).toContain('escalation');
    expect(flags('I study his face the moment he gets in.')).toContain('fear-of-partner');
    expect(flags('Some nights I sleep in my clothes.')).toContain('fear-of-partner');
  });

  it('fear told without naming the partner, near harm, is fear of the partner', () => {
    expect(
      flags('She threw a glass at my head on Sunday. I was so frightened I locked myself away.'),
    ).toContain('fear-of-partner');
    // Fear of losing the partner is another fear.
    expect(
      flags("He grabbed my wrist on Friday. I'm scared he'll leave me over it."),
    ).not.toContain('fear-of-partner');
  });

  it('flinching when the partner raises a hand, scared of the wrong word, expecting to be hurt', () => {
    expect(flags('I still jump whenever she raises her hand to fix her hair.')).toContain(
      'fear-of-partner',
    );
    expect(flags("I'm afraid of saying the wrong thing at dinner now.")).toContain(
      'fear-of-partner',
    );
    expect(flags('I believe one day she will seriously hurt me.')).toContain('fear-of-partner');
  });

  it('blocking the door, and killing me then himself, are read', () => {
    expect(flags('She stood in the doorway so I could not leave.')).toContain(
      'control-of-movements',
    );
    expect(flags("She stood in the doorway so I couldn't leave.")).toContain(
      'control-of-movements',
    );
    const text = 'He says he will shoot me and then himself if I go.';
    expect(flags(text)).toContain('suicide-threat-as-pressure');
  });

  it('second probe: spending told, friends lost to reasons, children kept away, pursuit after moving out', () => {
    expect(
      flags('She tells me how much I can spend on lunch and wants the change back.'),
    ).toContain('control-of-money');
    expect(flags('I hardly see my friends now, she always finds a reason we cannot go.')).toContain(
      'isolation',
    );
    expect(
      flags(
        'She said if I ever took the boys to my dad she would make sure I never saw them again.',
      ),
    ).toContain('threats-to-children-or-pets');
    expect(
      flags(
        'I moved in with my cousin in June and his van is parked outside her house most nights.',
      ),
    ).toContain('stalking');
  });

  it('second probe: love as leverage for sex, a fist through a door, a day planned around his calm', () => {
    expect(flags("He says if I really loved him I wouldn't say no.")).toContain('sexual-coercion');
    expect(
      flags(
        'She used to just slam doors, but this spring she put her fist through the wall by my head.',
      ),
    ).toContain('escalation');
    expect(flags('I arrange my whole evening around keeping him calm.')).toContain(
      'fear-of-partner',
    );
  });

  it('third probe: minimised control, children taken off me, family located, notes to my work', () => {
    expect(
      flags("She's lovely with the kids, it's just that she keeps the car keys all day."),
    ).toContain('control-of-movements');
    // The user keeping their own keys is a habit, not control.
    expect(flags('I keep my keys on a hook by the door.')).toEqual([]);
    expect(flags('He holds my passport and I am not allowed to open the banking app.')).toEqual(
      expect.arrayContaining(['control-of-movements', 'control-of-money']),
    );
    expect(
      flags('She told me the children would be taken away from me if I called anyone.'),
    ).toContain('threats-to-children-or-pets');
    expect(
      flags('He likes to say he knows where my sister lives, whenever I mention leaving.'),
    ).toContain('threats');
    expect(flags('Since I left her she has been sending letters to my work every week.')).toContain(
      'stalking',
    );
  });
});

describe('disclosures of the kinds missed on the sixth set, in our own words', () => {
  it('pestered after a no, then giving in, is sexual coercion', () => {
    expect(
      flags(
        "When I'm not in the mood she goes on about it all evening, and if I still say no she ignores me. I give in most nights.",
      ),
    ).toContain('sexual-coercion');
  });

  it('asking first, a short leash and questions on return are control of movements', () => {
    expect(flags('I need to check with him first whether I can visit my aunt.')).toContain(
      'control-of-movements',
    );
    expect(flags("I'm only allowed to go to work and straight home.")).toContain(
      'control-of-movements',
    );
    expect(flags('She grills me about where I had been if the train is late.')).toContain(
      'control-of-movements',
    );
  });

  it('a weapon named once and handled in the next sentence is a weapon', () => {
    expect(
      level(
        'She keeps a kitchen knife in her handbag. When I said I was going out, she took it out and put it on the table in front of me.',
      ),
    ).toBe('urgent');
  });

  it('a child threatened with being locked up is a threat to a child', () => {
    expect(
      flags('He told our eight-year-old he would shut her in the cellar if she kept whining.'),
    ).toContain('threats-to-children-or-pets');
  });

  it('a scene every visit until the user stops going is isolation', () => {
    expect(
      flags('He makes a huge scene whenever I go to my mum’s, so I have stopped going.'),
    ).toContain('isolation');
  });

  it('arrangements called agreed but held by force stay control', () => {
    expect(
      flags('We share locations, but he made me turn mine back on when I switched it off.'),
    ).toContain('monitoring');
    expect(flags('She went through my contacts and deleted my friends.')).toContain(
      'control-of-phone',
    );
  });
});

describe('after the seventh set: disclosures told indirectly', () => {
  it('a refusal that did not hold, beside sex in the next sentence, is sexual coercion', () => {
    expect(
      flags('He wants sex every morning. If I say no he slams doors all day until I give in.'),
    ).toContain('sexual-coercion');
    expect(
      flags('In her view a husband must not refuse. I am exhausted and she carries on anyway.'),
    ).toContain('sexual-coercion');
    expect(flags('She keeps stroking me in bed after I move her hand away.')).toContain(
      'sexual-coercion',
    );
    // Sex talked about with no refusal near is not.
    expect(flags('Our sex life has faded. We used to say no to plans to stay in.')).toEqual([]);
  });

  it('what happens to people who leave, and everyone gone, are threats to kill', () => {
    expect(level('He told me women who cross him wind up in the river.')).toBe('urgent');
    expect(level('She said if I took the boys neither of us would be alive to see it.')).toBe(
      'urgent',
    );
    expect(level('He said he would burn the car and then me.')).toBe('urgent');
  });

  it('a partner in crisis: pills saved, a burden apologised for, messages from the television', () => {
    expect(flags('He has been stockpiling painkillers in his drawer.')).toContain('partner-crisis');
    expect(flags('She believes the neighbours are spying on her through the walls.')).toContain(
      'partner-crisis',
    );
    expect(flags('He thinks the TV is sending him messages through the adverts.')).toEqual([]);
  });

  it('the user imagining life without them is self-harm', () => {
    expect(level('Everything would be simpler if I was not around.')).toBe('urgent');
    expect(level('No one would even notice if I were gone.')).toBe('urgent');
  });

  it('a tracker found by someone else, an ex car behind mine, a visa threat, a passport taken', () => {
    expect(
      flags('A mechanic found a tiny device under my car, taped out of sight, after the split.'),
    ).not.toEqual([]);
    expect(
      flags('My cousin found an app on my laptop that forwards my emails, I never installed it.'),
    ).toContain('monitoring');
    expect(
      flags('Since I ended things with him his car is always parked outside my work.'),
    ).toContain('stalking');
    expect(flags('He said if I leave he will ring immigration and I will be sent back.')).toContain(
      'threats',
    );
    expect(flags('She has taken my passport and keeps it at her mother.')).toContain(
      'control-of-movements',
    );
  });
});

describe('after the second probe of the seventh-set pass', () => {
  it('a sexual insult or a "good wife" rule beside giving in is sexual coercion', () => {
    expect(flags('If I turn her down she calls me frigid and sulks until I let her.')).toContain(
      'sexual-coercion',
    );
    expect(flags('He says a proper wife never refuses, so I do it to stop him sulking.')).toContain(
      'sexual-coercion',
    );
  });

  it('what happened to the last one who left is a threat to kill', () => {
    expect(level('She told me her last boyfriend who tried to leave "went missing".')).toBe(
      'urgent',
    );
  });

  it('knowing what the user never told, and a grip until it hurts', () => {
    expect(flags('He found out I had seen my sister even though I never told him.')).toContain(
      'monitoring',
    );
    expect(flags('She grips my arm until it hurts when I try to leave the room.')).toContain(
      'physical-violence',
    );
  });

  it('a partner convinced strangers are poisoning them is in crisis', () => {
    expect(flags('He is convinced the neighbours are poisoning the food.')).toContain(
      'partner-crisis',
    );
  });
});
