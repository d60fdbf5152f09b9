/**
 * Dates read against the publication day, with the fixes chrono-node needs for news: bare
 * years, a past bias, a recomputed "last month", durations refused, background clauses marked.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../server/extract/dates.ts';

const values = (sentence: string, published: string | null) =>
  findDates(sentence, published).map(
    (d) => `${d.value}/${d.precision}${d.background ? '/background' : ''}`,
  );

describe('dates', () => {
  it('when a weekday is named, then it is the last such day on or before publication', () => {
    expect(values('The ministers met on Friday.', '2023-03-14')).toEqual(['2023-03-10/day']);
    expect(values('The ministers met on Tuesday.', '2023-03-14')).toEqual(['2023-03-14/day']);
  });

  it('when a day of the month without a year is a few weeks ahead, then it is this year’s, to come; further ahead, last year’s', () => {
    expect(values('The February 11 session still stands.', '2008-02-09')).toEqual([
      '2008-02-11/day',
    ]);
    expect(values('They met on December 28.', '2008-02-09')).toEqual(['2007-12-28/day']);
    expect(values('They met on May 3.', '2008-02-09')).toEqual(['2007-05-03/day']);
  });

  it('when a month is named without a year, then it is the last such month', () => {
    expect(values('A truce was signed in December.', '2023-02-01')).toEqual(['2022-12/month']);
    expect(values('A truce was signed in January.', '2023-02-01')).toEqual(['2023-01/month']);
  });

  it('when "last month" is said at the end of a month, then it is the month before', () => {
    expect(values('They met last month.', '2023-03-31')).toEqual(['2023-02/month']);
  });

  it('when a bare year is given, then it is read at year precision, and a decade is no date', () => {
    expect(values('The two fought a war in 2008 and again in the 1990s.', '2023-01-01')).toEqual([
      '2008/year',
    ]);
  });

  it('when "May" modifies an event noun ("the May ceasefire"), then it is the last May; the modal "may" is no date', () => {
    expect(values('They met for the first time since the May truce.', '2023-03-14')).toEqual([
      '2022-05/month/background',
    ]);
    expect(values('Envoys credited Oslo with the May accord.', '2023-09-01')).toEqual([
      '2023-05/month',
    ]);
    expect(values('The sides may meet again.', '2023-09-01')).toEqual([]);
  });

  it('when "last week" or "this week" is said, then it is the month of that week, no day of it', () => {
    expect(values('Oslo brokered a truce last week.', '2024-06-14')).toEqual(['2024-06/month']);
    expect(values('Oslo brokered a truce last week.', '2024-06-03')).toEqual(['2024-05/month']);
    expect(values('The envoys met earlier this week.', '2024-06-14')).toEqual(['2024-06/month']);
  });

  it('when "for now" or "by now" is said, then it is the time being, not a date', () => {
    expect(
      values('By mediating the truce, Oslo has kept its influence for now.', '2023-03-14'),
    ).toEqual([]);
    expect(values('The envoys should have landed by now.', '2023-03-14')).toEqual([]);
  });

  it('when a span of time is given, then it is not a date', () => {
    expect(values('The fighting killed dozens in two days.', '2023-01-01')).toEqual([]);
    expect(values('Around 2,000 troops were sent.', '2023-01-01')).toEqual([]);
  });

  it('when a meeting lasted "for about three hours", then the span is no date, and a weekday beside it still is', () => {
    expect(
      values('The envoys met for about three hours at a lakeside lodge.', '2024-10-05'),
    ).toEqual([]);
    expect(
      values('They talked for more than two hours on Monday in the capital.', '2024-10-05'),
    ).toEqual(['2024-09-30/day']);
  });

  it('when "a month after" counts from an event the sentence names ("after the war began"), then it is no date; the month before it stays', () => {
    expect(
      values('In May 2021, a month after the war began, envoys met in Nairobi.', '2022-08-10'),
    ).toEqual(['2021-05/month']);
    expect(values('Two years after the coup, the junta agreed to talks.', '2022-08-10')).toEqual(
      [],
    );
  });

  it('when a date sits in a "since" clause, then it is background', () => {
    expect(values('The region has been disputed since a war ended in 1994.', '2023-01-01')).toEqual(
      ['1994/year/background'],
    );
  });

  it('when the publication day is unknown, then relative dates stay unknown and full dates stay', () => {
    expect(values('They met on Monday.', null)).toEqual([]);
    expect(values('They met on 4 May 2019.', null)).toEqual(['2019-05-04/day']);
  });
});
