/**
 * How ministries and state agencies write: a repeated headline in title case ("X and Y Hold
 * Telephone Discussion on Kenya-U.S. Ties"), an office named with its body's short name in
 * brackets before its holder, and letters split off a hyphen ("Kenya-U.S.") that end no
 * sentence. Sentences written for these tests; the bodies are real, the people invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';
import { splitSentences } from '../../../server/extract/sentences.ts';

const PUB = '2025-06-07';

describe('a headline in title case', () => {
  it('when a headline says "Minister X and WHO Chief Hold Telephone Discussion", then no one is called "Hold Telephone Discussion"', () => {
    const { record, triples } = extracted(
      'Foreign Minister Wekesa and WHO Chief Hold Telephone Discussion on Kenya-U.S. Ties\nNAIROBI: Foreign Minister Amos Wekesa and WHO Director-General Daniel Otieno spoke by phone on Monday.',
      PUB,
    );
    expect(record.entities.map((e) => e.name)).not.toContain('Hold Telephone Discussion');
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Daniel Otieno -> World Health Organization']);
  });

  it('when "Kenya-U.S." stands inside a sentence, then it ends no sentence', () => {
    const sentences = splitSentences(
      'Wekesa and Otieno discussed Kenya-U.S. ties on Monday. Both agreed.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Wekesa and Otieno discussed Kenya-U.S. ties on Monday.',
      'Both agreed.',
    ]);
  });
});

describe("an office named with its body's short name in brackets", () => {
  it('when "Director-General of the World Health Organization (WHO) X" spoke with a minister, then X leads the WHO and the two spoke', () => {
    const { triples } = extracted(
      'NAIROBI: Foreign Minister Amos Wekesa and Director-General of the World Health Organization (WHO) Daniel Otieno, who is currently in Geneva, engaged in a phone conversation on June 2, 2025.',
      PUB,
    );
    expect(triples.sort()).toEqual([
      'LEADS Daniel Otieno -> World Health Organization',
      'SPOKE_WITH Amos Wekesa -> Daniel Otieno',
    ]);
  });
});

describe('offices of party and state, with their holders', () => {
  it('when "Director of the Office of the Central Commission for Foreign Affairs X chaired" talks, then X chaired them, not a body named after him', () => {
    const { triples } = extracted(
      'On June 2, 2025, Director of the Office of the Central Commission for Foreign Affairs Li Wenhua chaired the closing meeting of the talks between Kenya and Somalia in Beijing.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Li Wenhua -> Kenya',
      'MEDIATED Li Wenhua -> Somalia',
    ]);
  });

  it('when "Party General Secretary X" or "Chief Executive Officer Dr Y" is met, then the title is no one, and the name is the person', () => {
    const { triples, record } = extracted(
      [
        'The Kenyan president held talks with Party General Secretary Tran Van Minh in Hanoi on Monday.',
        'He also met Kenya Airways Chief Executive Officer Dr Allan Kilavuka.',
      ].join('\n'),
      PUB,
    );
    const names = record.entities.map((e) => e.name);
    expect(names).toContain('Tran Van Minh');
    expect(names).toContain('Allan Kilavuka');
    expect(names.filter((n) => /Secretary|Officer/.test(n))).toEqual([]);
    expect(triples.filter((t) => /Secretary|Officer/.test(t))).toEqual([]);
  });
});

describe('where, then whom', () => {
  it('when a minister "received at Uhuru Palace US Secretary of State X", then the palace is where and X is whom he received', () => {
    const { triples, record } = extracted(
      'NAIROBI: Foreign Minister Amos Wekesa yesterday received at Uhuru Palace US Secretary of State Mark Jensen.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Amos Wekesa -> Mark Jensen']);
    expect(record.entities.map((e) => e.name).filter((n) => n.includes('Palace'))).not.toContain(
      'Uhuru Palace US Secretary of State',
    );
  });
});

describe('what is no call and no side', () => {
  it('when a line "divides the truce village, also called the Joint Security Area", then no one called anyone; "and also called X" still is a call', () => {
    const named = extracted(
      'The leader walked toward the Military Demarcation Line (MDL), which divides the truce village, also called the Joint Security Area.',
      PUB,
    ).triples;
    expect(ofType(named, 'SPOKE_WITH')).toEqual([]);
    const called = extracted(
      'Kenyan President William Ruto met Ugandan President Grace Nabirye in Kampala on Monday and also called Rwandan President Eric Habimana.',
      PUB,
    ).triples;
    expect(ofType(called, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Eric Habimana -> William Ruto']);
  });
});

describe('ranks written short, and a delegation that came along', () => {
  it('when "junta leader Senior Gen. X" is met, then X is the person, and no one is called "Senior"', () => {
    const { triples } = extracted(
      'BANGKOK - A top Lao diplomat met with Thai junta leader Senior Gen. Prayut Sirikul on Friday.',
      PUB,
    );
    expect(triples.filter((t) => t.includes('Senior'))).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Laos -> Prayut Sirikul']);
  });

  it('when "X and a delegation of MPs have met with Prime Minister Y", then X met Y', () => {
    const { triples } = extracted(
      'Marama Tane and a delegation of MPs have met with Prime Minister Jeremiah Kiko in Honiara on Monday.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Jeremiah Kiko -> Marama Tane']);
  });
});

describe('one call said of two', () => {
  it('when a president "held a phone call on Monday with" two others, then he spoke with each, and they not with each other; a "three-way call" joins them', () => {
    const two = extracted(
      'President Kofi Boateng held a phone call on Monday with Togolese President Esi Agbeko and Beninese President Patrice Talon.',
      PUB,
    ).triples;
    expect(ofType(two, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Esi Agbeko -> Kofi Boateng',
      'SPOKE_WITH Kofi Boateng -> Patrice Talon',
    ]);
    const three = extracted(
      'President Kofi Boateng held a three-way call with Togolese President Esi Agbeko and Beninese President Patrice Talon on Monday.',
      PUB,
    ).triples;
    expect(ofType(three, 'SPOKE_WITH')).toContain('SPOKE_WITH Esi Agbeko -> Patrice Talon');
  });
});

describe('a list of titled people', () => {
  it('when a president met "Premier A, Chairman of the Standing Committee of the National People’s Congress of China B, and Chairman of C D", then each title is its own holder\'s', () => {
    const { triples } = extracted(
      'The president met Premier Liu Hong, Chairman of the Standing Committee of the National People’s Congress of China Wei Jianming, and Chairman of the Chinese People’s Political Consultative Conference Sun Weidong.',
      PUB,
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Sun Weidong -> Chinese People’s Political Consultative Conference',
      'LEADS Wei Jianming -> Standing Committee of the National People’s Congress of China',
    ]);
  });
});
