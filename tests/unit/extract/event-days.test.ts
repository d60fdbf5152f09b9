/**
 * The day of an event: an earlier event named in passing ("since their summit", "X's meeting
 * with Y in February") keeps its own date and lends it to no one; an offer made during a
 * visit has the visit's day; "the same day", "later that day", "afterwards", "then" and "the
 * next day" take the date of what came just before, even a date given with no event; talks
 * that lasted days are dated by their month or their first day, and talks going on for decades
 * have no date; the lede's news day is that of people the text gives no state beside one of
 * its sides. Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType, reader } from './helpers.ts';

// A Friday: Saturday is 03-14, Sunday 03-15, Monday 03-16 ... Thursday 03-19.
const PUB = '2026-03-20';
const read = reader(PUB);

describe('events named in passing keep their own dates', () => {
  it('when a call is "the first since their summit" last November, then the call keeps its own day and the summit its month', () => {
    const { dated } = read(
      'Laotian President Bounmy Khounvilay and Vietnamese President Nguyen Thi Lanh spoke by phone on Thursday, in the first call since their summit in Luang Prabang last November.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Bounmy Khounvilay -> Nguyen Thi Lanh @2026-03-19',
        'MET_WITH Bounmy Khounvilay -> Nguyen Thi Lanh @2025-11',
      ]),
    );
    expect(dated).not.toContain('SPOKE_WITH Bounmy Khounvilay -> Nguyen Thi Lanh @2025-11');
  });

  it("when the summit named in passing was in a lesser-known town, then the summit still has its month and not the report's day", () => {
    const { dated } = read(
      'Tajik President Dilshod Qurbonzoda and Uzbek President Sanjar Ergashev spoke by phone on Thursday, in the first call since their summit in Khujand in February.',
    );
    expect(dated).toContain('SPOKE_WITH Dilshod Qurbonzoda -> Sanjar Ergashev @2026-03-19');
    expect(dated).not.toContain('MET_WITH Dilshod Qurbonzoda -> Sanjar Ergashev @2026-03-20');
    expect(dated).toContain('MET_WITH Dilshod Qurbonzoda -> Sanjar Ergashev @2026-02');
  });

  it('when a phone call is then called "the first call between the two", then that is the same call: one call event', () => {
    const { dated, statuses } = read(
      'Laotian President Bounmy Khounvilay phoned Vietnamese President Nguyen Thi Lanh on Thursday, the first call between the two since their summit in Luang Prabang last November.',
    );
    expect(dated).toContain('SPOKE_WITH Bounmy Khounvilay -> Nguyen Thi Lanh @2026-03-19');
    expect(statuses.filter((s) => s.startsWith('call'))).toEqual(['call happened']);
  });

  it('when previous meetings in two places on two dates are recalled, then each meeting has its own date and its own pair', () => {
    const { dated, triples } = read(
      "The communique recalled previous meetings between Thai Prime Minister Kanokwan Thammasorn and Malaysian Prime Minister Hafizuddin Rosli in Bangkok on January 27 and Singaporean Prime Minister Goh Kai Xiang's meeting with Rosli in Munich in February.",
    );
    expect(ofType(dated, 'MET_WITH').sort()).toEqual([
      'MET_WITH Goh Kai Xiang -> Hafizuddin Rosli @2026-02',
      'MET_WITH Hafizuddin Rosli -> Kanokwan Thammasorn @2026-01-27',
    ]);
    expect(triples).not.toContain('MET_WITH Goh Kai Xiang -> Kanokwan Thammasorn');
  });

  it('when a president announced something "during his visit" on Monday, "offering to mediate", then the offer has Monday\'s date', () => {
    const { dated, triples } = read(
      'Angolan President Joaquim Sapalo made the announcement during his visit to Kigali on Monday, offering to mediate between Rwanda and Burundi.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Joaquim Sapalo -> Rwanda @2026-03-16',
        'OFFERED_MEDIATION Joaquim Sapalo -> Burundi @2026-03-16',
        'VISITED Joaquim Sapalo -> Kigali @2026-03-16',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(triples).not.toContain('VISITED Joaquim Sapalo -> Burundi');
  });
});

describe('what came just before', () => {
  const met =
    'Senegalese President Awa Ndiongue met Gambian President Alieu Sowe in Banjul on Tuesday.';

  it('when a call came "the same day" as a meeting, then it has the meeting\'s day', () => {
    const { dated } = read(
      met,
      'The same day, Mauritanian President Cheikh Ould Ahmedou phoned Ndiongue.',
    );
    expect(dated).toContain('SPOKE_WITH Awa Ndiongue -> Cheikh Ould Ahmedou @2026-03-17');
    expect(dated).not.toContain('SPOKE_WITH Awa Ndiongue -> Cheikh Ould Ahmedou @2026-03-20');
  });

  it('when a meeting came "afterwards", then it has the day of the meeting before it', () => {
    const { dated } = read(
      met,
      'Afterwards, Ndiongue received Guinean Prime Minister Mamady Kourouma.',
    );
    expect(dated).toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-17');
    expect(dated).not.toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-20');
  });

  it('when a leader "then" phoned someone, then the call has the day of the meeting before it', () => {
    const { dated, triples } = read(
      met,
      'Ndiongue then phoned Cape Verdean Prime Minister Ilídio Semedo Tavares.',
    );
    expect(dated).toContain('SPOKE_WITH Awa Ndiongue -> Ilídio Semedo Tavares @2026-03-17');
    expect(triples).not.toContain('SPOKE_WITH Alieu Sowe -> Ilídio Semedo Tavares');
  });

  it('when a meeting came "the next day", then it happened one day after the meeting before it', () => {
    const { dated, statuses } = read(
      met,
      'The next day, Ndiongue received Guinean Prime Minister Mamady Kourouma in Dakar.',
    );
    expect(dated).toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-18');
    expect(statuses).not.toContain('talks planned');
  });

  it('when a meeting came "the following day", then it happened one day after the meeting before it', () => {
    const { dated } = read(
      met,
      'The following day, Ndiongue received Guinean Prime Minister Mamady Kourouma in Dakar.',
    );
    expect(dated).toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-18');
    expect(dated).not.toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-17');
  });

  it('when a leader "also" received someone, then that meeting has the day of the leader\'s meeting before it', () => {
    const { dated } = read(met, 'Ndiongue also received Guinean Prime Minister Mamady Kourouma.');
    expect(dated).toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-17');
    expect(dated).not.toContain('MET_WITH Awa Ndiongue -> Mamady Kourouma @2026-03-20');
  });

  it('when someone else "also" met one of them, then that meeting does not take their day', () => {
    const { dated } = read(
      met,
      'Guinean Prime Minister Mamady Kourouma, who visited Banjul two weeks earlier, also met Sowe.',
    );
    expect(
      dated.filter((r) => r.startsWith('MET_WITH Alieu Sowe -> Mamady Kourouma')),
    ).toHaveLength(1);
    expect(dated).not.toContain('MET_WITH Alieu Sowe -> Mamady Kourouma @2026-03-17');
  });

  it('when a summit "was prepared on Wednesday by" two ministers "who met", then they met on Wednesday', () => {
    const { dated } = read(
      "Friday's summit was prepared on Wednesday by Kenyan Foreign Minister Amina Wanjiru and her Ugandan counterpart Peter Okwera, who met for three hours.",
    );
    expect(dated).toContain('MET_WITH Amina Wanjiru -> Peter Okwera @2026-03-18');
  });

  it('when two leaders "signed this morning" a declaration, then they met on the day of the report', () => {
    const { dated } = read(
      'Senegalese President Awa Ndiongue and Gambian President Alieu Sowe signed this morning a joint declaration in Banjul.',
    );
    expect(dated).toContain('MET_WITH Alieu Sowe -> Awa Ndiongue @2026-03-20');
  });

  it('when a call came "later that day" after a sentence that gave only a date, then it has that date', () => {
    const { dated } = read(
      'Malian Prime Minister Fatoumata Dembélé-Traoré returned home on Monday.',
      'Later that day, Ivorian President Koffi Ahoussou phoned her.',
    );
    expect(dated).toContain('SPOKE_WITH Fatoumata Dembélé-Traoré -> Koffi Ahoussou @2026-03-16');
    expect(dated).not.toContain(
      'SPOKE_WITH Fatoumata Dembélé-Traoré -> Koffi Ahoussou @2026-03-20',
    );
  });
});

describe('talks that last', () => {
  it('when "eleven days of bargaining" wrapped up on Thursday, then the talks are dated by their month, not their last day', () => {
    const { dated } = read(
      'Eleven days of bargaining between Sudan and South Sudan in Doha, mediated by Qatari envoy Nasser Al-Dosari, wrapped up on Thursday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Nasser Al-Dosari -> Sudan @2026-03',
        'MEDIATED Nasser Al-Dosari -> South Sudan @2026-03',
      ]),
    );
    expect(dated.filter((t) => t.endsWith('@2026-03-19'))).toEqual([]);
  });

  it('when talks were held "on 14 and 15 March", then they are dated by the first day', () => {
    const { dated } = read(
      'Talks between Sudan and South Sudan, mediated by Ethiopian envoy Meskerem Tilahun, were held in Addis Ababa on 14 and 15 March.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Meskerem Tilahun -> South Sudan @2026-03-14',
      'MEDIATED Meskerem Tilahun -> Sudan @2026-03-14',
    ]);
  });

  it('when a state "has facilitated negotiations since the 1990s", later in the report, then the mediation has no date', () => {
    const { dated } = read(
      'Sudan and South Sudan reopened their shared border on Wednesday, ending a two-year closure.',
      'The crossing at Joda was crowded with traders by the afternoon.',
      'Qatar has facilitated negotiations between Sudan and South Sudan since the 1990s.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> South Sudan @-',
      'MEDIATED Qatar -> Sudan @-',
    ]);
  });

  it('when the report opens with a state that "has facilitated negotiations since the 1990s", then the mediation has no date, not the report\'s day', () => {
    const { dated } = read(
      'Qatar has facilitated negotiations between Sudan and South Sudan since the 1990s.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> South Sudan @-',
      'MEDIATED Qatar -> Sudan @-',
    ]);
  });
});

describe('a deal of the sides of dated talks, told soon after them, was reached at them', () => {
  const talks =
    'Kenyan President Daniel Kiptoo hosted talks between Somali President Hassan Warsame and Ethiopian Prime Minister Tesfaye Bekele in Nairobi on Tuesday.';

  it('when the two sides "said in a joint statement" that they agreed, then the statement is their agreement, on the day of the talks', () => {
    const { record } = read(
      talks,
      'The meeting lasted four hours.',
      'Mogadishu and Addis Ababa “agreed to reopen the border”, they said in a joint statement.',
    );
    const deals = record.events
      .filter((e) => e.kind === 'agreement')
      .map(
        (e) =>
          `${e.date} ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      );
    expect(deals).toEqual(['2026-03-17 Ethiopia, Somalia']);
  });

  it('when the deal is of other sides, then it does not take the day of the talks', () => {
    const { record } = read(
      talks,
      'Separately, Djibouti and Eritrea signed a water-sharing accord.',
    );
    const deal = record.events.find((e) => e.kind === 'agreement');
    expect(deal?.date ?? null).not.toBe('2026-03-17');
  });
});

describe('what happened by the report did not happen after it', () => {
  it('when the sentence before gives only a future date, then "afterwards" does not take it', () => {
    const { dated } = read(
      'Diplomats say a visit to Bamako by a senior Guinean official could take place next year.',
      'Afterwards, Malian Foreign Minister Oumar Diarra received Senegalese envoy Awa Ndiaye in Bamako.',
    );
    expect(dated.filter((d) => d.includes('@2027'))).toEqual([]);
  });
});

describe('a wire report’s own day and the sidelines of a summit', () => {
  const article = [
    'LUSAKA, Mar 18 - The border dispute dominated the agenda as leaders of the region gathered in Lusaka.',
    'Zambian President Mwila Banda and Malawian President Chikondi Phiri both attended the summit but did not meet, officials said.',
    'Botswana’s President Kagiso Molefe held separate talks with the two leaders on the sidelines.',
  ].join('\n');

  it('when an undated event of the lede is told under a dated dateline, then it has the dateline’s day, not the later publication day', () => {
    const { record } = extracted(article, '2026-03-20');
    const summit = record.events.find((e) => e.kind === 'summit');
    expect(summit?.date).toBe('2026-03-18');
  });

  it('when talks were held "on the sidelines", then they have the day of the summit told before', () => {
    const { record } = extracted(article, '2026-03-20');
    const talks = record.events.filter((e) => e.kind === 'talks');
    expect(talks.map((e) => e.date)).toEqual(['2026-03-18']);
  });
});

describe('news further down with no day of its own', () => {
  const text = [
    'BEIRUT, March 20 - Lebanese President Karim Haddad met Syrian Foreign Minister Omar Aziz in Beirut on Thursday.',
    'Lebanon has had no cabinet since October 2024, after months of failed talks.',
    'The meeting came a day after French envoy Paul Marchand wrapped up a two-day visit to Beirut, during which he met Speaker Nabil Awad and army commander General Elias Daher.',
  ].join('\n\n');

  it("when a visit is told below the lede with nothing to date it, then it is of the report's month, not undated", () => {
    const { dated } = read(text);
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Nabil Awad -> Paul Marchand @2026-03',
        'VISITED Paul Marchand -> Beirut @2026-03',
      ]),
    );
  });

  it('when a meeting is told in a past perfect with no day, then it stays undated', () => {
    const { dated } = read(
      `${text}\n\nAwad had met Syrian envoy Sami Khoury in Damascus, officials said.`,
    );
    expect(dated).toContain('MET_WITH Nabil Awad -> Sami Khoury @-');
  });
});

describe('the days a report tells around its news', () => {
  it('when the lede says a state "on Tuesday hosted" talks and its next sentence tells undated meetings at them, then the meetings are of that Tuesday, not of the publication day', () => {
    const { dated } = read(
      'Egypt on Tuesday hosted a new round of talks between Ethiopia and Sudan in Cairo.',
      'Egyptian Foreign Minister Samir Fahmy held separate meetings with Ethiopian Foreign Minister Dawit Bekele and Sudanese Foreign Minister Osman Idris at a government guesthouse.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Dawit Bekele -> Samir Fahmy @2026-03-17',
        'MET_WITH Osman Idris -> Samir Fahmy @2026-03-17',
      ]),
    );
  });

  it('when a call was "on the eve of" talks dated Tuesday, then it was on Monday; and talks named so take no date from the call\'s clause', () => {
    const { dated } = read(
      'Egypt on Tuesday hosted a new round of talks between Ethiopia and Sudan in Cairo.',
      'Egyptian Foreign Minister Samir Fahmy held separate meetings with Ethiopian Foreign Minister Dawit Bekele and Sudanese Foreign Minister Osman Idris at a government guesthouse.',
      'On the eve of the talks, Egyptian President Adel Mansour had held a telephone conversation with Sudanese President Hamid Nur.',
      'Mansour also spoke by phone with Ethiopian President Tesfaye Haile on Sunday, on the eve of the talks, his office said.',
    );
    expect(ofType(dated, 'SPOKE_WITH')).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Adel Mansour -> Hamid Nur @2026-03-16',
        'SPOKE_WITH Adel Mansour -> Tesfaye Haile @2026-03-15',
      ]),
    );
    expect(ofType(dated, 'MET_WITH')).not.toContain(
      'MET_WITH Dawit Bekele -> Samir Fahmy @2026-03-15',
    );
  });
});

describe("the lede's news day", () => {
  it('when a minister "met Zambian leaders Monday" and then "met President X before talks with Prime Minister Y", then both meetings were on Monday', () => {
    const { dated } = read(
      "Malawi's Prime Minister Chikondi Phiri met Zambian leaders Monday for talks on the border dispute.",
      'Phiri met President Mwila Banda before holding talks with Prime Minister Joseph Tembo over dinner.',
    );
    expect(ofType(dated, 'MET_WITH').sort()).toEqual([
      'MET_WITH Chikondi Phiri -> Joseph Tembo @2026-03-16',
      'MET_WITH Chikondi Phiri -> Mwila Banda @2026-03-16',
      'MET_WITH Chikondi Phiri -> Zambia @2026-03-16',
    ]);
  });
});
