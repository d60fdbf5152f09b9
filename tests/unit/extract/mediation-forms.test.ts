/**
 * The forms news gives a mediation in, each written once here so that no single story is what
 * the rules fit: a participle after the sides ("talks between A and B sponsored by X"), an
 * adjective-participle ("Kenyan-mediated talks"), auspices under a verb of agreeing, a verb of
 * stepping in or a role played, an outsider who negotiated a deal between others, a mediator
 * in apposition, and an offer whose owner is a possessive or an adjective. Sentences written
 * for these tests; the states are real, the events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';
const mediated = (sentence: string) => ofType(extracted(sentence, PUB).triples, 'MEDIATED');
const BOTH = ['MEDIATED Kenya -> Eritrea', 'MEDIATED Kenya -> Ethiopia'];

describe('a third party who mediated, however the sentence names it', () => {
  it.each([
    'Talks between Ethiopia and Eritrea sponsored by Kenya resumed on Monday.',
    'Kenyan-mediated talks between Ethiopia and Eritrea resumed on Monday.',
    'Kenya stepped in to mediate between Ethiopia and Eritrea on Monday.',
    'Kenya played a key role in brokering the truce between Ethiopia and Eritrea.',
    'Kenya helped negotiate the deal between Ethiopia and Eritrea.',
    'Kenya negotiated the truce between Ethiopia and Eritrea last year.',
    'The deal between Ethiopia and Eritrea, negotiated by Kenya, took effect on Monday.',
    'Kenya, a key mediator in the conflict between Ethiopia and Eritrea, welcomed the deal.',
    'Ethiopian and Eritrean negotiators met in Nairobi on Monday in talks mediated by Kenya.',
  ])('when "%s", then Kenya mediated between the two', (sentence) => {
    expect(mediated(sentence).sort()).toEqual(BOTH);
  });

  it('when two states "agreed to a truce under the auspices of" a union, then the union mediated the truce that happened', () => {
    const { dated } = extracted(
      'Ethiopia and Eritrea agreed to a truce on Monday under the auspices of the African Union.',
      PUB,
    );
    expect(dated).toContain('MEDIATED African Union -> Ethiopia @2025-06-02');
    expect(dated).toContain('MEDIATED African Union -> Eritrea @2025-06-02');
  });
});

describe('talks that name no sides', () => {
  it('when a president "praised" another "during Nairobi-mediated talks", then the two met and Kenya mediated between them', () => {
    const { triples } = extracted(
      'Ugandan President Joseph Okello praised Tanzanian President Amani Mrema during Nairobi-mediated talks on the lake border.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Amani Mrema -> Joseph Okello']);
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Kenya -> Uganda',
      'MEDIATED Kenya -> Tanzania',
    ]);
  });

  it('when "the Ugandan president and Tanzanian prime minister" were praised during the talks, then each is the leader the article names, and they met', () => {
    const { triples } = extracted(
      [
        'Kenyan President Daniel Kiprotich praised the Ugandan president and Tanzanian prime minister during Nairobi-mediated talks.',
        'Ugandan President Joseph Okello and Tanzanian Prime Minister Amani Mrema left Nairobi on Friday.',
      ].join('\n'),
      PUB,
    );
    expect(triples).toContain('MET_WITH Amani Mrema -> Joseph Okello');
    expect(
      triples.filter((t) => t.startsWith('MET_WITH') && /(?:Uganda|Tanzania)\b/.test(t)),
    ).toEqual([]);
  });
});

describe('talks the sides agreed after', () => {
  it('when two states "agreed to hold further talks, following negotiations in Nairobi mediated by" two others, then those two mediated between them', () => {
    const { triples } = extracted(
      'Ethiopia and Eritrea agreed to hold further talks, following negotiations in Nairobi mediated by Kenya and Uganda.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Kenya -> Ethiopia',
      'MEDIATED Kenya -> Eritrea',
      'MEDIATED Uganda -> Ethiopia',
      'MEDIATED Uganda -> Eritrea',
    ]);
  });

  it('when a minister spoke "in a statement following talks hosted by" his state, then he is no side of them', () => {
    const { triples } = extracted(
      'In a statement following talks hosted by Kenya, Kenyan Foreign Minister Amos Wekesa said progress was made.',
      PUB,
    );
    expect(triples.filter((t) => !t.startsWith('LEADS'))).toEqual([]);
  });

  it('when two states "agreed to a ceasefire after talks in" a city, then they met there, mediated or not; talks after which they only will sign are no meeting', () => {
    const { dated } = extracted(
      'Ethiopia and Eritrea agreed to a ceasefire after talks in Mombasa on Monday.',
      PUB,
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Eritrea -> Ethiopia @2025-06-02']);
    const again = extracted(
      'Ethiopia and Eritrea agreed to meet again following talks in Mombasa on Monday.',
      PUB,
    ).triples;
    expect(ofType(again, 'MET_WITH')).toEqual(['MET_WITH Eritrea -> Ethiopia']);
    const later = extracted(
      'Ethiopia and Eritrea will sign a ceasefire after talks in Mombasa next week.',
      PUB,
    ).triples;
    expect(ofType(later, 'MET_WITH')).toEqual([]);
  });
});

describe('a truce and the talks a host chaired', () => {
  it('when two states agreed to an "immediate and unconditional" truce after "talks he chaired", then the truce is theirs and he mediated', () => {
    const { triples, events } = extracted(
      'Ethiopia and Eritrea have agreed to an "immediate and unconditional" ceasefire, Kenyan President Samuel Ruto told reporters after three hours of talks he chaired in Nairobi.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Samuel Ruto -> Eritrea',
      'MEDIATED Samuel Ruto -> Ethiopia',
    ]);
    expect(events).toContain('ceasefire happened: Eritrea party, Ethiopia party');
  });
});

describe('the sides themselves are no mediators', () => {
  it.each([
    'Ethiopia negotiated the truce between Ethiopia and Eritrea last year.',
    'Ethiopia negotiated a truce with Eritrea last year.',
    'Ethiopian negotiators negotiated for hours on Monday.',
  ])('when "%s", then no one mediated', (sentence) => {
    expect(mediated(sentence)).toEqual([]);
  });
});

describe('offers', () => {
  it("when a state \"accepted Kenya's offer to mediate\", then the offer is Kenya's, not the accepting state's", () => {
    const { triples } = extracted(
      "Ethiopia accepted Kenya's offer to mediate between Addis Ababa and Asmara.",
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Kenya -> Eritrea',
      'OFFERED_MEDIATION Kenya -> Ethiopia',
    ]);
  });

  it('when a president "once again offered to help resolve differences between" two states, then he offered to mediate, and "helped settle the dispute" is a mediation done', () => {
    const offered = extracted(
      'Kenyan President Daniel Kiprotich on Tuesday once again offered to help resolve differences between Ethiopia and Eritrea.',
      PUB,
    );
    expect(ofType(offered.triples, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Daniel Kiprotich -> Ethiopia',
      'OFFERED_MEDIATION Daniel Kiprotich -> Eritrea',
    ]);
    const helped = extracted(
      'Kenya helped settle the dispute between Ethiopia and Eritrea last year.',
      PUB,
    );
    expect(ofType(helped.triples, 'MEDIATED')).toEqual(BOTH.slice().reverse());
    // The sides settling their own quarrel stood between no one.
    const own = extracted('Ethiopia and Eritrea settled their dispute last year.', PUB);
    expect(ofType(own.triples, 'MEDIATED')).toEqual([]);
  });

  it('when a president "welcomed an offer from" another "to mediate between" his state and a third, then the offer is the other\'s', () => {
    const { triples } = extracted(
      'Ethiopian President Tesfaye Alemu welcomed an offer from Kenyan President Daniel Kiprotich to mediate between Ethiopia and Eritrea.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Daniel Kiprotich -> Ethiopia',
      'OFFERED_MEDIATION Daniel Kiprotich -> Eritrea',
    ]);
  });

  it('when a minister "proposed Kenyan support in facilitating" talks, then he offered to mediate, and talks whose start was only offered did not happen', () => {
    const support = extracted(
      'Kenyan Foreign Minister Amos Wekesa proposed Kenyan support in facilitating direct talks between Ethiopia and Eritrea.',
      PUB,
    ).triples;
    expect(ofType(support, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Amos Wekesa -> Ethiopia',
      'OFFERED_MEDIATION Amos Wekesa -> Eritrea',
    ]);
    expect(ofType(support, 'MEDIATED')).toEqual([]);
    const start = extracted(
      'Kenyan Foreign Minister Amos Wekesa offered Kenyan assistance in starting direct talks between Ethiopia and Eritrea.',
      PUB,
    ).triples;
    expect(ofType(start, 'MET_WITH')).toEqual([]);
  });
});

describe('a venue offered, and willingness', () => {
  it('when a state "offered" its capital "as a venue for talks between" two others, then it offered to mediate, and the talks did not happen', () => {
    const { triples } = extracted(
      'Kenya offered Nairobi as a venue for talks between Ethiopia and Eritrea on Monday.',
      PUB,
    );
    expect(triples.sort()).toEqual([
      'OFFERED_MEDIATION Kenya -> Eritrea',
      'OFFERED_MEDIATION Kenya -> Ethiopia',
    ]);
  });

  it('when a capital "was available as a venue for talks", then no talks happened; when a city "served as the venue", they did', () => {
    const available = extracted(
      'Kenyan officials said Nairobi was available as a venue for talks between Ethiopia and Eritrea.',
      PUB,
    ).triples;
    expect(ofType(available, 'MET_WITH')).toEqual([]);
    expect(ofType(available, 'MEDIATED')).toEqual([]);
    const served = extracted(
      'Geneva served as the venue for talks between Ethiopia and Eritrea on Monday.',
      PUB,
    ).triples;
    expect(ofType(served, 'MET_WITH')).toEqual(['MET_WITH Eritrea -> Ethiopia']);
  });

  it('when a president "expressed willingness to mediate between" two states, then he offered to; the two states\' willingness to meet is no meeting', () => {
    const offered = extracted(
      'Kenyan President Daniel Kiprotich expressed willingness to mediate between Ethiopia and Eritrea.',
      PUB,
    ).triples;
    expect(ofType(offered, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Daniel Kiprotich -> Ethiopia',
      'OFFERED_MEDIATION Daniel Kiprotich -> Eritrea',
    ]);
    const meet = extracted('Ethiopia and Eritrea expressed willingness to meet in Nairobi.', PUB);
    expect(ofType(meet.triples, 'MET_WITH')).toEqual([]);
  });
});

describe('two who chaired, and the body named for them', () => {
  it('when talks were "chaired by A and the bloc\'s envoy for the dialogue, B", and the sides "sat down with the two EU officials", then both chairs mediated and met both sides, and the EU is no side', () => {
    const { triples } = extracted(
      [
        'Serbian negotiator Dragan Pavlović and Kosovar negotiator Blerim Hoxha met in Brussels on Monday.',
        "The talks were chaired by EU High Representative Joost de Wit and the bloc's special envoy for the dialogue, Magdalena Nowicka.",
        'Pavlović and Hoxha first sat down separately with the two EU officials.',
      ].join('\n'),
      PUB,
    );
    for (const chair of ['Joost de Wit', 'Magdalena Nowicka'])
      for (const side of ['Dragan Pavlović', 'Blerim Hoxha']) {
        expect(triples).toContain(`MEDIATED ${chair} -> ${side}`);
        expect(triples).toContain(`MET_WITH ${[chair, side].sort().join(' -> ')}`);
      }
    expect(triples.filter((t) => t.includes('European Union'))).toEqual([]);
  });
});

describe('quoted offers', () => {
  it('when a president says "We are ready to mediate between" two states, in quotation marks, then he offered to', () => {
    const { triples } = extracted(
      '"We are ready to mediate between Ethiopia and Eritrea," Kenyan President Daniel Mwangi said.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Daniel Mwangi -> Eritrea',
      'OFFERED_MEDIATION Daniel Mwangi -> Ethiopia',
    ]);
  });

  it('when a president replied that his capital "would be honoured to host both sides", then he offered to host them', () => {
    const { triples } = extracted(
      'Asked about the row between Buenos Aires and Santiago, Uruguayan President Tomás Irigoyen replied that Montevideo "would be honoured to host both sides".',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Tomás Irigoyen -> Argentina',
      'OFFERED_MEDIATION Tomás Irigoyen -> Chile',
    ]);
  });

  it.each([
    ['double', 'Uruguay said it was ready to "facilitate dialogue between Chile and Peru".'],
    ['single', "Uruguay said it was ready to 'facilitate dialogue between Chile and Peru'."],
  ])(
    'when the %s quotation opens on the verb ("ready to \'facilitate dialogue between\'"), then it is still an offer, not a mediation done',
    (_, sentence) => {
      const { triples } = extracted(sentence, PUB);
      expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
        'OFFERED_MEDIATION Uruguay -> Chile',
        'OFFERED_MEDIATION Uruguay -> Peru',
      ]);
      expect(ofType(triples, 'MEDIATED')).toEqual([]);
    },
  );

  it('when a state "offered to host a further round in September", then September is the round\'s: the offer is dated by its own words, and a later month does not make it a plan', () => {
    const offers = (sentence: string) =>
      ofType(extracted(sentence, PUB).dated, 'OFFERED_MEDIATION');
    expect(
      offers(
        'Uruguay offered on Monday to host a further round between Chile and Peru in September.',
      ),
    ).toEqual([
      'OFFERED_MEDIATION Uruguay -> Chile @2025-06-02',
      'OFFERED_MEDIATION Uruguay -> Peru @2025-06-02',
    ]);
    expect(
      offers('Uruguay has offered to host a further round between Chile and Peru in May.'),
      // (A lede's "has offered" is its news: the day of the report, not May.)
    ).toEqual([
      'OFFERED_MEDIATION Uruguay -> Chile @2025-06-07',
      'OFFERED_MEDIATION Uruguay -> Peru @2025-06-07',
    ]);
    expect(
      offers('On Monday Uruguay offered to host talks between Chile and Peru next month.'),
    ).toEqual([
      'OFFERED_MEDIATION Uruguay -> Chile @2025-06-02',
      'OFFERED_MEDIATION Uruguay -> Peru @2025-06-02',
    ]);
  });

  it('when the offer goes on past a comma ("ready to mediate between A and B, in a call on Monday"), then Monday dates the offer', () => {
    expect(
      ofType(
        extracted(
          'Uruguayan President Tomás Irigoyen told his Chilean counterpart he was ready to mediate between Chile and Peru, in a telephone call on Monday.',
          PUB,
        ).dated,
        'OFFERED_MEDIATION',
      ),
    ).toEqual([
      'OFFERED_MEDIATION Tomás Irigoyen -> Chile @2025-06-02',
      'OFFERED_MEDIATION Tomás Irigoyen -> Peru @2025-06-02',
    ]);
  });

  it('when a president "said his country was ready to mediate", then the offer is his', () => {
    const { triples } = extracted(
      'Kenyan President Daniel Mwangi said on Monday his country was ready to mediate between Ethiopia and Eritrea.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Daniel Mwangi -> Eritrea',
      'OFFERED_MEDIATION Daniel Mwangi -> Ethiopia',
    ]);
  });

  it('when a foreign minister "said that his country is ready to mediate", then his country is the one he is minister of, and the offer his', () => {
    const { triples } = extracted(
      'Kenyan Foreign Minister Amos Wekesa said on Monday that his country is ready to mediate between Ethiopia and Eritrea.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Amos Wekesa -> Ethiopia',
      'OFFERED_MEDIATION Amos Wekesa -> Eritrea',
    ]);
  });

  it('when a minister "said" another state would mediate, then the offer stays that state\'s', () => {
    const { triples } = extracted(
      'Ethiopian Foreign Minister Selam Bekele said on Monday Kenya was ready to mediate between Ethiopia and Eritrea.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Kenya -> Eritrea',
      'OFFERED_MEDIATION Kenya -> Ethiopia',
    ]);
  });

  it('when an envoy, asked whether his state would host talks, replied it "would gladly play a bridging role", then the envoy offered to mediate between those sides', () => {
    const { triples } = extracted(
      'Asked by reporters whether Sweden was prepared to host a new round of talks between Peru and Bolivia, Swedish envoy Anna Ek replied that Stockholm "would gladly continue to play a bridging role".',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Anna Ek -> Bolivia',
      'OFFERED_MEDIATION Anna Ek -> Peru',
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it.each([
    ['Kenya said it was prepared to mediate between Somalia and Ethiopia.', 'Kenya'],
    [
      'Indonesian President Budi Santoso offered himself as a mediator between Somalia and Ethiopia.',
      'Budi Santoso',
    ],
    [
      'Former Malawian president Peter Banda offered to take up the mediation role between Somalia and Ethiopia.',
      'Peter Banda',
    ],
  ])('when "%s", then it is an offer, not a mediation', (text, who) => {
    const { triples } = extracted(text, PUB);
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      `OFFERED_MEDIATION ${who} -> Ethiopia`,
      `OFFERED_MEDIATION ${who} -> Somalia`,
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('a government and its opposition', () => {
  it('when "A\'s government and its main opposition coalition sat down for talks facilitated by X", and the text names "the opposition Y" later, then the coalition is Y: X mediated between A and Y, who met', () => {
    const { triples } = extracted(
      [
        "Belarus's government and its main opposition coalition sat down on Monday for their first talks in a year, in a round facilitated by Switzerland.",
        'The opposition Coordination Platform sent a team of five.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Switzerland -> Belarus',
      'MEDIATED Switzerland -> Coordination Platform',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Belarus -> Coordination Platform']);
  });
});

describe('a go-between named in an adjunct of the talks', () => {
  it.each([
    'Chilean and Bolivian foreign ministry officials held talks in Lima on Thursday over the long-running question of land seized by Chile a century ago, in a meeting brokered by the Peruvian government, sources close to the matter said Saturday.',
    'Chilean and Bolivian officials held talks in Lima on Thursday over the question of land, in a meeting brokered by the Peruvian government, sources close to the matter said Saturday.',
  ])(
    'when "%s", then Peru mediated the Thursday talks (a topic "question" casts no doubt)',
    (text) => {
      const { dated } = extracted(text, PUB);
      expect(ofType(dated, 'MEDIATED').sort()).toEqual([
        'MEDIATED Peru -> Bolivia @2025-06-05',
        'MEDIATED Peru -> Chile @2025-06-05',
      ]);
    },
  );
});

describe('what a host hosted', () => {
  it('when a state "hosted a friendly football match between the two countries\' youth teams", then it mediated nothing; "offered to host the commissions" is still an offer', () => {
    const { triples } = extracted(
      [
        'Chile and Peru held talks in Lima on Monday.',
        "Uruguay hosted a friendly football match between the two countries' youth teams in 2019.",
        'Argentina offered in January to host the commissions of Chile and Peru in Buenos Aires.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Argentina -> Chile',
      'OFFERED_MEDIATION Argentina -> Peru',
    ]);
  });
});

describe('an offer in the words of a body’s head', () => {
  it('when a secretary general "said her organisation stood ready to facilitate" a dialogue between two capitals, then she offered to mediate between their states', () => {
    const { triples } = extracted(
      "On Tuesday, the Andean Community's Secretary General, Rosa Quintana, said her organisation stood ready to facilitate a technical dialogue between Quito and La Paz.",
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Rosa Quintana -> Bolivia',
      'OFFERED_MEDIATION Rosa Quintana -> Ecuador',
    ]);
  });
});

describe('a participle clause between the talks and their go-between', () => {
  it('when sides "wrapped up" negotiations, ", agreeing on a timetable, in talks which were facilitated by" a state, then the state mediated them: the agreement governs nothing past its commas', () => {
    const { triples } = extracted(
      'Ghana and Togo wrapped up two days of negotiations in Lome on Wednesday, agreeing on a timetable for joint border patrols, in talks which were facilitated by Benin.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Benin -> Ghana',
      'MEDIATED Benin -> Togo',
    ]);
  });
});
