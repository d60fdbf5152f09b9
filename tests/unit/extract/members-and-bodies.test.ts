/**
 * Who a body's people are, and who heads a body named in full: "members of the Omani
 * delegation" are Oman's team; "the president of the Supreme Council of Ruritania" heads that
 * council (the state says whose it is); a role that opens a clause after a name ("with Mr X,
 * the party's president said") is no title of that name; and those who do something "along
 * with" the subject are beside it, not across the table. Sentences written for these tests,
 * about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2026-03-20');

describe('members of a team', () => {
  it('when someone met "members of the Omani delegation", then they met Oman', () => {
    const { triples } = read(
      'Chadian Foreign Minister Idriss Abakar met with members of the Omani delegation on Monday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Idriss Abakar -> Oman']);
  });

  it('when a go-between facilitates the meeting "along with members of" a panel, then the panel is beside the go-between, and the sides are the meeting\'s', () => {
    const { triples } = read(
      [
        'The meeting in Nairobi comes after Chadian army chief Gen Idriss Abakar and rebel military head Gen Tahir Mahamat agreed to meet in Nairobi during their telephone exchanges.',
        'AU envoy for the Sahel Olu Adeyemi is facilitating the commanders’ meeting along with members of the AU High-level panel.',
      ].join(' '),
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Olu Adeyemi -> Idriss Abakar',
      'MEDIATED Olu Adeyemi -> Tahir Mahamat',
    ]);
  });
});

describe('the head of a body named in full', () => {
  it('when X is "the president of the Supreme Political Council of Yemen", then X leads the council, not Yemen', () => {
    const { triples } = read(
      'Salem Hadi, the president of the Supreme Political Council of Yemen, met Omani envoy Badr Said on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Salem Hadi -> Supreme Political Council']);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Badr Said -> Salem Hadi']);
  });

  it('when X is the head of a ministry of a state, then X leads nothing', () => {
    const { triples } = read(
      'Salem Hadi, the head of the Ministry of Foreign Affairs of Yemen, met Omani envoy Badr Said on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe('a role that opens a clause', () => {
  it('when "with Mr X, the Sinn Fein president said", then the president is whoever holds that office, not X', () => {
    const { triples } = read(
      [
        'Ulster Unionist leader Tom Elliott and Sinn Fein president Mary Kelly met in Belfast on Monday.',
        'Speaking after an hour-long meeting with Mr Elliott, the Sinn Fein president said they had a useful exchange.',
      ].join(' '),
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Mary Kelly -> Sinn Fein']);
  });

  it('when the role is set off by commas, then it is still the name’s title', () => {
    const { triples } = read(
      'Mary Kelly, the Sinn Fein president, met Tom Elliott in Belfast on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Mary Kelly -> Sinn Fein']);
  });
});
