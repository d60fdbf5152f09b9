/**
 * How long-form features tell a round of talks: the two negotiators named each with a long
 * description ("X, the US envoy for hostage affairs, and Y, the chief negotiator of Z, spent
 * two days in talks"), "they" for the pair in the next sentence, a chair "who sat between"
 * them, a man "who calls himself" something, and what they "discussed" at the table.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

const read = reader('2025-05-17');
const readOctober = reader('2024-10-12');

describe('a feature on talks', () => {
  it('when "X, the US envoy, and Y, the chief negotiator of Z, spent two days in talks brokered by Qatar", then both were sides', () => {
    const { triples } = read(
      'Daniel Whitford, the U.S. special envoy for hostage affairs, and Ramiro Salcedo Pena, the chief negotiator of Venezuelan President Tomas Urdaneta, spent two days in talks brokered by Qatar this week.',
    );
    // A state mediates between states where the text says whose the people are.
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> Ramiro Salcedo Pena',
      'MEDIATED Qatar -> United States',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Daniel Whitford -> Ramiro Salcedo Pena',
    ]);
  });

  it('when the sessions were chaired by "X, Qatar\'s minister of state at the Foreign Ministry, who sat between A and B", then X sat with them and the ministry is no side', () => {
    const { triples } = read(
      'Daniel Whitford and Ramiro Salcedo Pena held talks in Doha this week.',
      "The sessions were chaired by Hamad bin Nasser al-Kuwari, Qatar's minister of state at the Foreign Ministry, who sat at the head of the table between Whitford and Salcedo Pena.",
    );
    expect(triples.filter((t) => t.includes('Foreign Ministry'))).toEqual([]);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Hamad bin Nasser al-Kuwari -> Daniel Whitford',
      'MEDIATED Hamad bin Nasser al-Kuwari -> Ramiro Salcedo Pena',
    ]);
  });

  it('when "they" opens the sentence after two described men, and "sat across from each other ... and discussed" the winter, then the two met and did not phone', () => {
    const { triples } = read(
      'Ion Ciobanu, the Moldovan government\'s chief negotiator, and Pavel Rudenko, who calls himself the "foreign minister" of the breakaway region, had not been in the same room since the summer.',
      'For three hours, they sat across from each other, in talks mediated by the OSCE, and discussed the winter.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ion Ciobanu -> Pavel Rudenko']);
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED OSCE -> Moldova',
      'MEDIATED OSCE -> Pavel Rudenko',
    ]);
  });

  it('when "X, now a minister, and Y, the leader of Z, one of the main movements in the regions, spent two days in talks facilitated by Switzerland in mid-September", then both were sides, in September', () => {
    const { dated } = readOctober(
      "Paul Ebanda Mvogo, now Cameroon's minister of territorial administration, and Joseph Ngwa Tabe, the leader of the Ambazonia Council, one of the main separatist movements in the country's English-speaking regions, spent two days in talks facilitated by Switzerland in mid-September.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Switzerland -> Ambazonia Council @2024-09',
        'MEDIATED Switzerland -> Paul Ebanda Mvogo @2024-09',
        'MET_WITH Joseph Ngwa Tabe -> Paul Ebanda Mvogo @2024-09',
      ]),
    );
    // ("English-speaking" is no call.)
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([]);
  });

  it('when the sides "met at a session in Addis Ababa that the African Union convened on Tuesday", then the AU mediated', () => {
    const { triples } = read(
      "Negotiators from Sudan's government and the SPLM-N met this week for the first time in a year, at a session in Addis Ababa that the African Union convened on Tuesday to review the 2020 deal.",
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED African Union -> SPLM-N',
      'MEDIATED African Union -> Sudan',
    ]);
  });

  it('when "Muscat hosted at least two rounds of talks between Saudi and Iranian diplomats", then Oman mediated between the two', () => {
    const { triples } = read(
      'Oman played a quieter part. Muscat hosted at least two rounds of talks between Saudi and Iranian diplomats in 2022.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Oman -> Iran',
      'MEDIATED Oman -> Saudi Arabia',
    ]);
  });

  it('when the deal was signed by "the secretary of Iran\'s Supreme National Security Council" after talks brokered by China, then China mediated between the states', () => {
    const { triples } = read(
      "The agreement was signed in Beijing by Saudi security adviser Fahd Al-Otaibi and Reza Karimi, the secretary of Iran's Supreme National Security Council, after four days of talks brokered by China.",
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED China -> Iran',
      'MEDIATED China -> Saudi Arabia',
    ]);
  });

  it('when two leaders "met on the sidelines of the BRICS summit" and were "greeted by the summit\'s host", then the host met them but mediated nothing', () => {
    const { triples } = read(
      "The thaw began in Kazan in October, when Prime Minister Arjun Mehra of India and Chinese President Xu Zhengming met on the sidelines of the BRICS summit. Both leaders had been greeted on arrival by the summit's host, Russian President Oleg Karpin.",
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Arjun Mehra -> Xu Zhengming',
        'MET_WITH Arjun Mehra -> Oleg Karpin',
      ]),
    );
  });
});
