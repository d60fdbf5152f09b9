/**
 * Each relation pattern on sentences written for these tests, about people, states and places
 * the seed articles never mention: the rules must work on shapes, not on names.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.ts';

describe('mediation', () => {
  it('when a leader hosts talks between two named leaders, then each party gets its own MEDIATED', () => {
    const { triples } = facts(
      'Kenyan President William Ruto hosted talks between Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Nairobi on Monday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED William Ruto -> Abiy Ahmed',
        'MEDIATED William Ruto -> Isaias Afwerki',
        'LEADS William Ruto -> Kenya',
        'LEADS Abiy Ahmed -> Ethiopia',
      ]),
    );
  });

  it('when a mediator "brought together the leaders of" two states, then the parties are their leaders where the article names them', () => {
    const { triples } = facts(
      [
        'Qatari Emir Tamim bin Hamad Al Thani on Sunday brought together the leaders of Rwanda and DR Congo in Doha.',
        'Rwandan President Paul Kagame and Congolese President Felix Tshisekedi did not issue a joint statement.',
      ].join('\n'),
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Tamim bin Hamad Al Thani -> Paul Kagame',
        'MEDIATED Tamim bin Hamad Al Thani -> Felix Tshisekedi',
        'MET_WITH Felix Tshisekedi -> Paul Kagame',
      ]),
    );
  });

  it('when talks are "mediated by" someone in the passive, then the mediator is found after the parties', () => {
    const { triples } = facts(
      'Talks between Sudan and South Sudan mediated by Egyptian President Abdel Fattah el-Sisi ended in Cairo on Tuesday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Abdel Fattah el-Sisi -> Sudan',
        'MEDIATED Abdel Fattah el-Sisi -> South Sudan',
      ]),
    );
  });

  it.each(['UN', 'EU'])(
    'when a short name in capitals is glued to its participle ("%s-brokered truce between A and B"), then the body mediated',
    (name) => {
      const { triples } = facts(
        `A ${name}-brokered truce between Colombia and Venezuela took effect in March.`,
      );
      const body = name === 'UN' ? 'United Nations' : 'European Union';
      expect(triples).toEqual(
        expect.arrayContaining([`MEDIATED ${body} -> Colombia`, `MEDIATED ${body} -> Venezuela`]),
      );
    },
  );

  it('when a state is written as a demonym in "X-brokered ceasefire between A and B forces", then the state mediated', () => {
    const { dated } = facts(
      'A Qatari-brokered truce in March ended the fighting between Colombian and Venezuelan forces.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Qatar -> Colombia @2023-03',
        'MEDIATED Qatar -> Venezuela @2023-03',
      ]),
    );
  });

  it('when someone offers to mediate, then OFFERED_MEDIATION goes to each party and no MEDIATED is claimed', () => {
    const { triples } = facts(
      'Brazilian President Luiz Inacio Lula da Silva offered to mediate between Guyana and Venezuela during a visit to Brasilia.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Luiz Inacio Lula da Silva -> Guyana',
        'OFFERED_MEDIATION Luiz Inacio Lula da Silva -> Venezuela',
      ]),
    );
    expect(triples.filter((t) => t.startsWith('MEDIATED'))).toEqual([]);
  });

  it('when states have been mediating between two sides, then they mediated, but the sides are not said to have met', () => {
    const { triples } = facts(
      'Norway and Cuba have been mediating between Colombia and the ELN rebels since 2022.',
    );
    expect(triples).toEqual(
      expect.arrayContaining(['MEDIATED Norway -> Colombia', 'MEDIATED Cuba -> Colombia']),
    );
    expect(triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });

  it('when a role of mediating is only described, then no mediation is claimed', () => {
    const { triples } = facts(
      'Norway said it remained committed to its historic role of mediating peace negotiations between Colombia and the rebels.',
    );
    expect(triples.filter((t) => t.startsWith('MEDIATED'))).toEqual([]);
  });
});

describe('meetings and calls', () => {
  it('when two leaders met, then MET_WITH is one undirected relation', () => {
    const { record } = facts(
      'Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Wednesday.',
    );
    const met = record.relations.filter((r) => r.type === 'MET_WITH');
    expect(met).toHaveLength(1);
    expect([met[0]!.source, met[0]!.target].sort()).toEqual(['Narendra Modi', 'Xi Jinping']);
    expect(met[0]!.date).toBe('2023-03-08');
    expect(met[0]!.place).toBe('Kazan');
  });

  it('when calls on two days are reported with "respectively", then each call keeps its own date', () => {
    const { dated } = facts(
      'On March 2 and March 3, respectively, Japanese Prime Minister Fumio Kishida had telephone conversations with Philippine President Ferdinand Marcos and Vietnamese President Vo Van Thuong.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Ferdinand Marcos -> Fumio Kishida @2023-03-02',
        'SPOKE_WITH Fumio Kishida -> Vo Van Thuong @2023-03-03',
      ]),
    );
  });

  it('when generic "held talks" are the same calls the article reports, then no meeting is invented', () => {
    const { triples } = facts(
      [
        'German Chancellor Olaf Scholz held talks over the weekend with Polish Prime Minister Donald Tusk.',
        'Scholz had a phone call with Tusk on Saturday.',
      ].join('\n'),
    );
    expect(triples).toContain('SPOKE_WITH Donald Tusk -> Olaf Scholz');
    expect(triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });

  it('when a surname later carries a coordinated verb, then the sentence subject is kept', () => {
    const { dated } = facts(
      [
        'Hungarian Prime Minister Viktor Orban spoke in Budapest.',
        'Orban has praised the deal, something Brussels criticised, and held a dinner last month with Serbian President Aleksandar Vucic.',
      ].join('\n'),
    );
    expect(dated).toContain('MET_WITH Aleksandar Vucic -> Viktor Orban @2023-02');
  });
});

describe('what is not a fact', () => {
  it('when a meeting is planned, hoped for or denied, then no relation comes of it', () => {
    const { triples } = facts(
      [
        'Chilean President Gabriel Boric will meet Argentine President Javier Milei next week.',
        'Boric hopes to meet Peruvian President Dina Boluarte.',
        'Milei did not meet Boluarte.',
      ].join('\n'),
    );
    expect(triples.filter((t) => !t.startsWith('LEADS'))).toEqual([]);
  });

  it("when a named envoy's own quoted words say he met a president, then he met him", () => {
    const { triples } = facts(
      '"I met President Kwame Asante in Accra this morning," UN envoy Lars Berg told reporters.',
    );
    expect(triples).toContain('MET_WITH Kwame Asante -> Lars Berg');
  });

  it('when a meeting is only quoted, then it is not taken as a fact', () => {
    const { triples } = facts(
      '"We met Ukraine and Russia in secret," a Turkish diplomat told reporters.',
    );
    expect(triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });
});

describe('people and states', () => {
  it('when a name is spelt two ways in one article, then both are one person', () => {
    const { triples, record } = facts(
      [
        'Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron in Paris.',
        'Macron later met Zelenskiy again in Kyiv.',
      ].join('\n'),
    );
    expect(
      record.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Emmanuel Macron', 'Volodymyr Zelenskyy']);
    expect(triples).toContain('MET_WITH Emmanuel Macron -> Volodymyr Zelenskyy');
  });

  it('when "the Turkish leader" is used, then it is whoever the article says leads Turkey', () => {
    const { triples } = facts(
      [
        'Turkish President Recep Tayyip Erdogan spoke in Ankara.',
        'The Turkish leader met Swedish Prime Minister Ulf Kristersson in Vilnius.',
      ].join('\n'),
    );
    expect(triples).toContain('MET_WITH Recep Tayyip Erdogan -> Ulf Kristersson');
  });

  it('when a title follows the name as an apposition, then it still gives LEADS', () => {
    const { triples } = facts(
      'Gustavo Petro, the Colombian president, met rebel negotiators in Havana.',
    );
    expect(triples).toContain('LEADS Gustavo Petro -> Colombia');
  });

  it('when a foreign minister is named, then no LEADS is claimed for him', () => {
    const { triples } = facts(
      'Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi in Moscow.',
    );
    expect(triples.filter((t) => t.startsWith('LEADS'))).toEqual([]);
    expect(triples).toContain('MET_WITH Subrahmanyam Jaishankar -> Wang Yi');
  });

  it('when an organisation head is titled by the organisation, then the person leads it', () => {
    const { triples } = facts(
      'African Union Commission Chairperson Moussa Faki Mahamat met Somali President Hassan Sheikh Mohamud in Addis Ababa.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'LEADS Moussa Faki Mahamat -> African Union',
        'LEADS Hassan Sheikh Mohamud -> Somalia',
      ]),
    );
  });
});

describe('news-wire shapes', () => {
  it('when delegations "held talks ... in a meeting hosted by" someone, then the host mediated and the sides met', () => {
    const { dated, record } = facts(
      'LUSAKA, March 9 (Wire) - Angolan and Namibian delegations held their first direct talks in Lusaka on Thursday, in a meeting hosted by Zambian President Hakainde Hichilema.\n(Reporting by Ada Writer; Editing by Ben Editor)',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Hakainde Hichilema -> Angola @2023-03-09',
        'MEDIATED Hakainde Hichilema -> Namibia @2023-03-09',
        'MET_WITH Angola -> Namibia @2023-03-09',
      ]),
    );
    expect(record.entities.map((e) => e.name)).not.toContain('Ada Writer');
  });

  it('when a relative clause stands between the subject and the verb, then the subject is the one before it', () => {
    const { triples } = facts(
      'Armenian Prime Minister Hayk Sargsyan, who had hoped to see Lindqvist earlier, met Mensah in Tbilisi on Friday.',
    );
    expect(triples).toContain('MET_WITH Hayk Sargsyan -> Mensah');
    expect(triples).not.toContain('MET_WITH Lindqvist -> Mensah');
  });

  it('when a lone surname is never introduced, then it is a person only where a relation uses it', () => {
    const { record } = facts(
      'Chilean President Ana Ruiz met Okafor on Monday. Analysts praised Lindqvist.',
    );
    const people = record.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Okafor');
    expect(people).not.toContain('Lindqvist');
  });

  it('when a meeting is conditional on something still to come, then it is not a fact', () => {
    const { triples } = facts(
      'Chilean President Ana Ruiz said nothing would change until she met Okafor.',
    );
    expect(triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
  });
});
