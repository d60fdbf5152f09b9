/**
 * One occurrence told twice is one event: a trip reported as "a visit to" a capital and as
 * being "in" its state on a visit is one visit to both places. A spectacle two leaders were at
 * ("a victory parade with X") says they met, but is no talks of its own; a trip to attend talks
 * is part of the talks, no visit of its own; a deal welcomed on a later day keeps its own day,
 * and "the protocol was signed by X and Y" is the protocol told before; two ministers of the
 * states at a summit, meeting to prepare it, are a meeting of their own. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const PUB = '2025-05-13';

describe('one trip told twice is one visit', () => {
  it('when a president said something "on a visit to" a capital and "was in" its state on a two-day visit, then it is one visit, to both places', () => {
    const { record, dated } = extracted(
      [
        'Chilean President Tomas Errazuriz said on a visit to Lima on Monday that trade would grow.',
        'Errazuriz was in Peru on a two-day visit, his first to the country since 2019.',
      ].join('\n'),
      PUB,
    );
    const visits = record.events.filter((e) => e.kind === 'visit');
    expect(visits.map((v) => `${v.date} ${v.place}`)).toEqual(['2025-05-12 Lima']);
    expect(ofType(dated, 'VISITED')).toEqual(
      expect.arrayContaining([
        'VISITED Tomas Errazuriz -> Lima @2025-05-12',
        'VISITED Tomas Errazuriz -> Peru @2025-05-12',
      ]),
    );
  });

  it('when two travellers visited two different capitals, then their visits stay apart', () => {
    const { record } = extracted(
      [
        'Chilean President Tomas Errazuriz paid a visit to Lima on Monday.',
        'Argentine President Lucia Ferreyra was in Bolivia on a visit on Tuesday.',
      ].join('\n'),
      PUB,
    );
    expect(record.events.filter((e) => e.kind === 'visit')).toHaveLength(2);
  });
});

describe('ministers of the states at a summit are not the presidents at it', () => {
  it("when two foreign ministers met on their own to prepare the presidents' summit, then theirs is a meeting apart, with no chair of the summit in it", () => {
    const { triples, record } = extracted(
      [
        'Hosted by Ghanaian President Kwesi Mensah, Togolese President Edem Agbeko and Beninese President Rachida Zinsou met in Accra on Monday.',
        'The meeting, chaired by Mensah, lasted four hours. The three presidents then had a working dinner.',
        'The summit was prepared on Sunday by Togolese Foreign Minister Kodjo Amega and his Ghanaian counterpart Abena Owusu, who met for two hours.',
      ].join('\n'),
      PUB,
    );
    expect(triples).toContain('MET_WITH Abena Owusu -> Kodjo Amega');
    expect(triples).toContain('MEDIATED Kwesi Mensah -> Edem Agbeko');
    for (const minister of ['Kodjo Amega', 'Abena Owusu'])
      expect(triples.filter((t) => t.includes(minister) && t.includes('Kwesi Mensah'))).toEqual([]);
    expect(record.events.filter((e) => e.kind === 'talks')).toHaveLength(2);
  });
});

describe('a spectacle is a meeting, not talks', () => {
  it('when a president held a victory parade last month with a visiting leader, then the two met, and there are no talks', () => {
    const { record, dated } = extracted(
      'Ugandan President Moses Okello held a victory parade last month with Rwandan President Jean Habimana.',
      PUB,
    );
    expect(dated).toContain('MET_WITH Jean Habimana -> Moses Okello @2025-04');
    expect(record.events.filter((e) => e.kind === 'talks')).toEqual([]);
  });

  it('when the leaders held talks and then a parade, then the talks stay an event', () => {
    const { record } = extracted(
      'Moses Okello held talks with Jean Habimana in Kampala on Monday, and the two leaders then watched a parade together.',
      PUB,
    );
    expect(record.events.filter((e) => e.kind === 'talks')).toHaveLength(1);
  });
});

describe('a trip to attend talks is part of the talks', () => {
  it('when a president travelled to a capital "for talks with" its president, then there are talks and no visit event, though the trip is still recorded', () => {
    const { record, triples } = extracted(
      'Chilean President Tomas Errazuriz travelled to Lima on Monday for talks with Peruvian President Rosa Quispe.',
      PUB,
    );
    expect(record.events.map((e) => e.kind)).toEqual(['talks']);
    expect(triples).toContain('VISITED Tomas Errazuriz -> Lima');
  });

  it('when a president arrived in a capital "for a two-day state visit", then it is a visit', () => {
    const { record } = extracted(
      'Kenyan President Daniel Kiptoo arrived in Kigali on Tuesday for a two-day state visit.',
      PUB,
    );
    expect(record.events.map((e) => `${e.kind} ${e.date}`)).toEqual(['visit 2025-05-13']);
  });
});

describe('a deal told again is the deal told before', () => {
  it('when a president "on Monday welcomed" an agreement initialled on Friday, then it is one agreement, of Friday', () => {
    const { record } = extracted(
      [
        'QUITO - President Lucia Andrade on Monday welcomed a preliminary agreement with Colombia on sharing river water.',
        'The text was initialled in Ipiales on Friday by the two countries’ water ministers, Pablo Mera of Ecuador and Ines Rojas of Colombia.',
      ].join('\n'),
      PUB,
    );
    const deals = record.events.filter((e) => e.kind === 'agreement');
    expect(deals.map((e) => e.date)).toEqual(['2025-05-09']);
  });

  it('when "the protocol was signed by" two negotiators, then it is the protocol the two sides signed, not a second one', () => {
    const { record } = extracted(
      [
        'The Government of Mozambique and the Renamo movement closed their peace talks in Maputo on Friday, signing a protocol on disarmament.',
        'The protocol was signed by the government’s chief negotiator, Alberto Chissano, and Renamo’s chief negotiator, Manuel Dhlakama.',
      ].join('\n'),
      PUB,
    );
    expect(record.events.filter((e) => e.kind === 'agreement')).toHaveLength(1);
  });
});

describe('an event no one could tell apart is none', () => {
  it('when one leader spoke "at a joint news conference", with no day, then there is no event of one participant', () => {
    const { record } = extracted(
      [
        'The border river has been a source of friction between the two neighbours for more than a century.',
        'Fishermen on both banks say patrol boats have stopped them repeatedly over the past year.',
        '"We came as neighbours and we leave as partners," Surinamese President Armand Sewdien said at a joint news conference.',
      ].join('\n'),
      PUB,
    );
    expect(record.events).toEqual([]);
  });

  it('when a leader "was in" a state on a visit on a day, then it is a visit to that state, hosted by it', () => {
    const { record, triples } = extracted(
      'Argentine President Lucia Ferreyra was in Bolivia on a visit on Tuesday.',
      PUB,
    );
    expect(record.events.map((e) => e.kind)).toEqual(['visit']);
    expect(triples).toEqual(
      expect.arrayContaining([
        'VISITED Lucia Ferreyra -> Bolivia',
        'HOSTED Bolivia -> Lucia Ferreyra',
      ]),
    );
  });
  it('when "The meeting" is placed at a town the gazetteer does not know, after talks placed in a state, then it is those talks, on their day', () => {
    const { record } = extracted(
      "LOME, March 7 (Wire) -- A joint committee of Ghana's National Assembly and Senate Council resumed talks in Togo on Wednesday.\n\nThe meeting, hosted by ECOWAS at a hotel in Kpassekope, north of the Togolese capital, brought together six members from each chamber, the bloc said.",
      '2024-03-07',
    );
    expect(record.events?.map((e) => [e.kind, e.date])).toEqual([['talks', '2024-03-06']]);
  });
});

describe('an audience before the talks is not the talks', () => {
  it('when a president "received both ministers before the talks" between two states, then he hosted and met them, but did not mediate the talks', () => {
    const { triples } = extracted(
      [
        'The foreign ministers of Ecuador and Peru met in Asunción on Monday.',
        'Paraguayan President Rodrigo Benítez received both ministers before the talks.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining(['MET_WITH Ecuador -> Peru', 'MET_WITH Ecuador -> Rodrigo Benítez']),
    );
  });
});

describe('a reception afterwards is not the talks', () => {
  it('when talks hosted by a foreign minister are followed by "the President received the two ministers at the palace afterwards", then the President received and met them but mediated nothing', () => {
    const { triples } = extracted(
      [
        'Chilean Foreign Minister Ana Rojas and her Bolivian counterpart Luis Mamani met in Lima on Monday, in talks hosted by Peruvian Foreign Minister Rosa Quispe.',
        'Peruvian President Javier Alcántara received the two ministers at the Government Palace afterwards.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Rosa Quispe -> Ana Rojas',
      'MEDIATED Rosa Quispe -> Luis Mamani',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Ana Rojas -> Javier Alcántara',
        'MET_WITH Javier Alcántara -> Luis Mamani',
      ]),
    );
  });
});

describe('"the sessions" names the sides its talks lacked', () => {
  const lede =
    'LILONGWE, Malawi - Zambia and Mozambique agreed on Thursday to reopen a river crossing, at the end of three days of talks between their boundary teams hosted by Malawi in Lilongwe.';
  const sessions =
    'The sessions, chaired by Malawian Foreign Minister Chisomo Banda, brought Zambian Deputy Minister Mutale Phiri face to face with his Mozambican counterpart Armando Cossa.';

  it('when the lede tells talks hosted by a state between unnamed teams and "The sessions, chaired by X, brought A face to face with B" follows, then they are one event: the host state mediated between the states and everyone carries its day', () => {
    const { dated } = extracted([lede, sessions].join('\n'), PUB);
    expect(ofType(dated, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Malawi -> Zambia @2025-05-08',
        'MEDIATED Malawi -> Mozambique @2025-05-08',
        'MEDIATED Chisomo Banda -> Mutale Phiri @2025-05-08',
      ]),
    );
    expect(ofType(dated, 'MET_WITH')).toContain(
      'MET_WITH Armando Cossa -> Mutale Phiri @2025-05-08',
    );
  });

  it('when a caption about "the closing session" stands between the two, then it is the same talks', () => {
    const caption =
      'Malawian Foreign Minister Chisomo Banda stands between the two delegation heads before the closing session in Lilongwe on May 8, 2025.';
    const { dated } = extracted([lede, caption, sessions].join('\n'), PUB);
    expect(ofType(dated, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Malawi -> Zambia @2025-05-08',
        'MEDIATED Chisomo Banda -> Armando Cossa @2025-05-08',
      ]),
    );
  });
});

describe('a guest received after talks with two others', () => {
  it('when a minister "held talks with A and B, and was received on Thursday by President C", then C received him alone and stood between no one', () => {
    const { triples } = extracted(
      'Armenian Foreign Minister Ruben Sahakyan held talks on Thursday with Georgian Foreign Minister Nino Beridze and parliamentary speaker Levan Gelashvili, and was received on Thursday by President Salome Tsereteli.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Nino Beridze -> Ruben Sahakyan',
        'MET_WITH Levan Gelashvili -> Ruben Sahakyan',
        'MET_WITH Ruben Sahakyan -> Salome Tsereteli',
      ]),
    );
  });
});
