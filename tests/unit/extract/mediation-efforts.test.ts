/**
 * How wire copy on humanitarian mediation is written: "a new mediation effort between A and B"
 * announced by its mediator, "has successfully mediated" with an adverb wink splits off, the
 * states' formal names ("the Republic of Georgia"), "prisoners of war" who are no war, efforts
 * "regarding" a conflict the text does not tell, talks a mediator hosted (whose sides met), and
 * a swap set beside the clause's by "in addition to", with its own date. Sentences written for
 * these tests, about invented events of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Saturday is 11-29, Sunday 11-30, Monday 12-01 ... Thursday 12-04.
const PUB = '2025-12-05';
const read = reader(PUB);

describe('mediation efforts', () => {
  it('when a state announces the success of a mediation effort between two others, then it mediated between them', () => {
    const { triples } = read(
      'Norway announced on Tuesday the success of a new mediation effort between Armenia and Georgia, which ended with the return of six detainees.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Norway -> Armenia',
      'MEDIATED Norway -> Georgia',
    ]);
  });

  it('when the effort is said to be led by someone else, then the announcer is no mediator', () => {
    const { triples } = read(
      'Norway announced on Tuesday a new mediation effort by Qatar between Armenia and Georgia.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Qatar -> Armenia',
      'MEDIATED Qatar -> Georgia',
    ]);
  });

  it('when an adverb stands inside the verb ("has successfully mediated"), then it is still the verb of the clause', () => {
    const { triples } = read(
      'Oman has successfully mediated an exchange of detainees between the Republic of Georgia and Armenia.',
      'Qatar successfully mediated talks between Kenya and Ghana on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Oman -> Georgia',
      'MEDIATED Oman -> Armenia',
      'MEDIATED Qatar -> Kenya',
      'MEDIATED Qatar -> Ghana',
    ]);
    // A mediator is no side of the talks it mediated.
    expect(ofType(triples, 'MET_WITH').filter((t) => /Qatar|Oman/.test(t))).toEqual([]);
  });

  it('when "Republic of China" is written, then it is Taiwan, not China', () => {
    const { record } = read(
      'Officials of the Republic of China met Paraguayan envoys in Asuncion on Monday.',
    );
    const states = record.entities.filter((e) => e.type === 'State').map((e) => e.name);
    expect(states).toContain('Taiwan');
    expect(states).not.toContain('China');
  });

  it('when prisoners of war are exchanged between two states, then no fighting between them is read from the word "war"', () => {
    const { triples } = read(
      'Qatar mediated the exchange of 90 prisoners of war between Azerbaijan and Armenia on Tuesday.',
      'Since January, Qatar has facilitated three prisoner-of-war swaps between Azerbaijan and Armenia.',
    );
    expect(ofType(triples, 'CLASHED_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toContain('MEDIATED Qatar -> Azerbaijan');
  });

  it("when a leader backs another's mediation regarding a conflict the text does not tell, then that mediation has no sides here", () => {
    const { triples } = read(
      'Chilean President Rosa Vidal spoke by phone with Peruvian President Luis Quispe on Monday.',
      "Vidal also expressed her support for Quispe's mediation efforts regarding Essequibo.",
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Luis Quispe -> Rosa Vidal']);
  });

  it('when mediators are said to have hosted talks between two sides, then the sides met at their table', () => {
    const { triples } = read(
      'Oslo and Bern have been hosting talks between the Colombian army and the ELN since March.',
      'Mediation efforts led by Norway and Switzerland have not yet secured a ceasefire.',
    );
    expect(ofType(triples, 'MEDIATED')).toContain('MEDIATED Norway -> ELN');
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Colombia -> ELN');
  });

  it('when a second swap is added "in addition to" the first, then its date is its own', () => {
    const { dated } = read(
      "Since January, Oman's mediation efforts have succeeded in completing four exchanges of detainees between Georgia and Armenia, in addition to an exchange of two prisoners between Japan and Mongolia in December 2022.",
    );
    const first = dated.filter((t) => t.startsWith('MEDIATED Oman -> Georgia'));
    expect(first.length).toBe(1);
    expect(first[0]).not.toContain('2022');
  });

  it('when a mediator "helped shepherd" the talks, then it mediated between the sides the text told', () => {
    const { triples } = read(
      'Kenya and Ghana signed a border accord in Accra on Monday.',
      'Norway and mediator Ana Lindqvist helped shepherd the talks.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Norway -> Kenya',
      'MEDIATED Norway -> Ghana',
      'MEDIATED Ana Lindqvist -> Kenya',
      'MEDIATED Ana Lindqvist -> Ghana',
    ]);
  });

  it('when a meeting is between people listed with semicolons, each with a title and a comma, then they all met, on the date after the list', () => {
    const { dated } = read(
      'Nairobi hosted the meeting between the Chairperson of the AU Commission, Musa Diallo; President of Ghana, Kofi Mensah; and President of Togo, Esi Agbeko; on March 18, 2025.',
    );
    expect(dated.filter((t) => t.startsWith('MET_WITH'))).toEqual([
      'MET_WITH Kofi Mensah -> Musa Diallo @2025-03-18',
      'MET_WITH Esi Agbeko -> Musa Diallo @2025-03-18',
      'MET_WITH Esi Agbeko -> Kofi Mensah @2025-03-18',
    ]);
  });

  it('when a timeline line opens with its date and a colon, then what the line tells happened that day', () => {
    const { dated } = read(
      'Here are key dates in the conflict:',
      '- March 28, 1984: The rebels of the ELN start negotiations with the government of President Ana Quintero.',
      '- January 7, 1999: President Luis Ortega starts peace talks with the ELN in Caracas.',
    );
    expect(dated.filter((t) => t.startsWith('MET_WITH'))).toEqual([
      'MET_WITH Ana Quintero -> ELN @1984-03-28',
      'MET_WITH ELN -> Luis Ortega @1999-01-07',
    ]);
  });

  it('when "the government" is a side, then it is the state the article named before, not a mediator named beside it', () => {
    const { triples } = read(
      "Colombia's President Rosa Vidal said on Monday that peace was near.",
      'Talks between the government and the ELN resumed in Havana on Tuesday, mediated by Cuba and Norway.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Cuba -> Colombia',
      'MEDIATED Cuba -> ELN',
      'MEDIATED Norway -> Colombia',
      'MEDIATED Norway -> ELN',
    ]);
  });

  it('when the mediator is named by a relative "whose diplomats", then the antecedent mediated', () => {
    const { triples } = read(
      'Senegal, whose diplomats brokered the talks between Ghana and Togo, welcomed the deal on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Senegal -> Ghana',
      'MEDIATED Senegal -> Togo',
    ]);
  });
});
