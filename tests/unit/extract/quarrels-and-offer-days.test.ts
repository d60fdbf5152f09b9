/**
 * Two things news says of a go-between that "between A and B" does not: the sides named around
 * the quarrel's noun ("mediate Chad's border dispute with Sudan"), and the day of an offer voiced
 * in a report ("said on Friday that she would be glad to try to mediate"). Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2026-05-16');

describe('a quarrel named by one side and "with" the other', () => {
  it.each([
    [
      'mediated',
      'Namibian President Selma Hangula mediated Chad’s border dispute with Sudan on Tuesday.',
    ],
    [
      'mediated an end to',
      'Namibian President Selma Hangula mediated an end to Chad’s decades-old row with Sudan.',
    ],
  ])('when someone %s it, then she mediated between the two', (_, text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Selma Hangula -> Chad',
      'MEDIATED Selma Hangula -> Sudan',
    ]);
  });

  it('when the other side is unnamed, then the named one is still a side', () => {
    const { triples } = read(
      'Namibian President Selma Hangula on Friday offered to mediate in Chad’s long-running conflict with armed rebels.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Selma Hangula -> Chad',
    ]);
  });

  it('when someone only discussed the quarrel, then its "with" names no one she spoke to', () => {
    const { triples } = read(
      'Namibian President Selma Hangula discussed Chad’s border dispute with Sudan on Tuesday.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when she discussed it with someone, then she spoke with that person only', () => {
    const { triples } = read(
      'Namibian President Selma Hangula discussed Chad’s border dispute with Sudan with Angolan President Rui Kiala on Tuesday.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Rui Kiala -> Selma Hangula']);
  });
});

describe('an offer to try to mediate', () => {
  it('when she would be glad to try, then she offered, on the day she said so', () => {
    const { dated, statuses } = read(
      'Namibian President Selma Hangula said on Wednesday that she would be glad to try to mediate between Chad and Sudan.',
    );
    expect(ofType(dated, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Selma Hangula -> Chad @2026-05-13',
      'OFFERED_MEDIATION Selma Hangula -> Sudan @2026-05-13',
    ]);
    expect(statuses).not.toContain('talks happened');
  });

  it('when she only plans to try, then nothing was offered or done', () => {
    const { triples, statuses } = read(
      'Namibian President Selma Hangula plans to try to mediate between Chad and Sudan.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(statuses).toContain('talks planned');
  });
});

describe('the day of an offer', () => {
  it('when the speech verb after the offer names the day, then the offer has that day', () => {
    const { dated } = read(
      'Namibia stands ready to mediate between Chad and Sudan, Namibian President Selma Hangula told reporters on Thursday.',
    );
    expect(ofType(dated, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Namibia -> Chad @2026-05-14',
      'OFFERED_MEDIATION Namibia -> Sudan @2026-05-14',
    ]);
  });

  it('when the offer comes with a plan for a later month, then the month is the plan’s, not the offer’s', () => {
    const { dated } = read(
      'Namibian President Selma Hangula said on Thursday that she was ready to host talks between Chad and Sudan in July.',
    );
    expect(ofType(dated, 'OFFERED_MEDIATION')).toContain(
      'OFFERED_MEDIATION Selma Hangula -> Chad @2026-05-14',
    );
  });

  it('when the lede tells a dated meeting of the one who offers, then the undated offer is of that day', () => {
    const { dated } = read(
      [
        'Angolan Foreign Minister Rui Kiala met Chadian President Idriss Abakar in N’Djamena on Wednesday.',
        'He said Luanda was willing to facilitate a dialogue between Chad and Sudan.',
      ].join(' '),
    );
    expect(ofType(dated, 'OFFERED_MEDIATION')).toContain(
      'OFFERED_MEDIATION Angola -> Sudan @2026-05-13',
    );
  });

  it('when the lede reports an offer with no day at all, then it is the news of the day of publication', () => {
    const { dated } = read(
      'Namibian President Selma Hangula said she was ready to mediate between Chad and Sudan.',
    );
    expect(ofType(dated, 'OFFERED_MEDIATION')).toContain(
      'OFFERED_MEDIATION Selma Hangula -> Chad @2026-05-16',
    );
  });
});

describe('an offer after the war it would end', () => {
  it('when a capital is "ready to take the initiative to end the war between A and B and to mediate a path to peace", then it offered to mediate', () => {
    const { triples } = read(
      'Windhoek was now ready to take the initiative to end the war between Chad and Sudan and to mediate a path to peace.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Namibia -> Chad',
      'OFFERED_MEDIATION Namibia -> Sudan',
    ]);
  });
});

describe('a meeting with both sides to ease their quarrel', () => {
  it('when a president met two leaders "to address escalating tensions between the two", then he stood between them and met each', () => {
    const { triples } = read(
      'Turkish President Kemal Aydin met with Somali President Hassan Ali and Ethiopian Prime Minister Dawit Bekele in Ankara on Wednesday to address escalating tensions between the two Horn of Africa nations.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Kemal Aydin -> Dawit Bekele',
      'MEDIATED Kemal Aydin -> Hassan Ali',
    ]);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Hassan Ali -> Kemal Aydin');
  });

  it('when he met one leader to discuss trade, then he only met him', () => {
    const { triples } = read(
      'Turkish President Kemal Aydin met with Somali President Hassan Ali in Ankara on Wednesday to discuss trade.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('an offer to be a bridge, told after the day’s meeting', () => {
  it('when a president "was ready to be a communication bridge between" two others, then he offered to mediate, on the day of the meeting the report leads with', () => {
    const { dated } = read(
      [
        'Indonesian President Joko Santoso met Russian President Ivan Petrov in Moscow on Thursday.',
        'The two leaders discussed food and fertiliser supplies.',
        'Santoso also met Ukrainian officials last week.',
        'Santoso stated that he was ready to be a communication bridge between Ukrainian President Taras Bondar and Petrov.',
      ].join(' '),
    );
    expect(ofType(dated, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Joko Santoso -> Ivan Petrov @2026-05-14',
      'OFFERED_MEDIATION Joko Santoso -> Taras Bondar @2026-05-14',
    ]);
  });
});
