/**
 * Dates as the text fixes them. chrono-node reads the phrases against the publication day;
 * on top of it this module adds what chrono lacks for news: bare years ("in 2020", "the
 * 1990s"), a bias to the past (a news report of "Monday" or "August" means the last one), a
 * recomputed "last month", and the rejection of durations ("in two days", "six-week") that
 * chrono returns as dates. Without a publication day, only dates that name their year count:
 * a relative date is then unknown, never guessed.
 */
import * as chrono from 'chrono-node';
import type { FuzzyDate } from '../domain/index.ts';

export interface DateMention extends FuzzyDate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Inside a "since ..." or "ended in ..." clause: background, not when the fact happened. */
  background: boolean;
}

const DURATION =
  /^(?:in|for|within|over|after)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|under)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)\b/i;
const LAST_N =
  /^(?:the\s+)?(?:last|past|next)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s/i;
const BARE_YEAR =
  /\b(?:(?:in|of|since|by|until|from|to|during|early|late|mid)\s+)?(?:the\s+)?((?:19|20)\d{2})(s)?\b/g;
/** "since Russia's invasion in 2022", "a war that ended in 1994": what the sentence recalls. */
const BACKGROUND =
  /\b(?:since|until|before|as early as|dating back to)\s+(?:(?:the|a|an|late|early|mid)\s+)?[^,;]{0,30}$|\b(?:ended|ending|began|started)\s+in\s+(?:(?:the|late|early|mid)\s+)?$/i;

/** "the May ceasefire", "their May summit": the month as a noun's modifier. */
const MAY_BEFORE_NOUN = /\b(?:the|their|its|his|her|last)\s+(May)(?=\s+\p{Ll})/gu;

/** Days counted from the event told before (event-days.ts reads them), not from `published`. */
const STORY_RELATIVE =
  /\b(?:next|following) (?:day|morning)\b|\bdays? later\b|^in the day$|^(?:a|one|two|three|\d+) (?:days?|weeks?|months?|years?) (?:after|before)$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Every date mentioned in `sentence`, in order, read against the publication day. */
export function findDates(sentence: string, published: string | null): DateMention[] {
  const reference = published ? toDate(published) : new Date('2000-01-01T12:00:00Z');
  const found: DateMention[] = [];
  for (const result of chrono.parse(
    sentence,
    { instant: reference, timezone: 0 },
    { forwardDate: false },
  )) {
    const text = result.text.replace(/[\s,.;:]+$/, '');
    // "sat down", "wed", "sun": lower-case words chrono reads as weekday abbreviations.
    if (/^(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|may|march)$/.test(text)) continue;
    // "the March 14 Forces", "the 23 March Movement": a date that names a body, no day.
    const after = sentence.slice(result.index + result.text.length);
    if (/^\s*(?:forces|alliance|movement|coalition|camp|group|bloc|revolution)\b/i.test(after))
      continue;
    // "for now", "by now": the time being, not a day anything happened on.
    if (/^now$/i.test(text)) continue;
    if (DURATION.test(text) || LAST_N.test(text)) continue;
    // "the next day", "two days later": counted from the story's last event, not the report.
    if (STORY_RELATIVE.test(text)) continue;
    // "six-week", "two-day": chrono does not return these, but "day" words glued to numbers can slip through.
    if (/\b(?:hours?|minutes?|seconds?)\b/i.test(text) && !result.start.isCertain('day')) continue;
    const known = (unit: 'year' | 'month' | 'day' | 'weekday') => result.start.isCertain(unit);
    // "signed this morning", "met this evening": the day of the report, which chrono leaves
    // uncertain.
    const today = /^(?:this (?:morning|afternoon|evening)|tonight)$/i.test(text);
    const date =
      today && published
        ? { value: published.slice(0, 10), precision: 'day' as const }
        : resolve(result, text, reference, published !== null, known);
    if (!date) continue;
    let start = result.index;
    // "on 14 and 15 March": chrono reads the second day; an event of two days starts on the first.
    const first = /\b(\d{1,2})\s+(?:and|&)\s+$/.exec(sentence.slice(0, start));
    if (first && date.precision === 'day' && /^\d/.test(text) && Number(first[1]) <= 31) {
      date.value = `${date.value.slice(0, 8)}${pad(Number(first[1]))}`;
      start = first.index;
    }
    const end = result.index + text.length;
    // "have a self-imposed March 23 deadline": the day a deadline falls, not when anything was.
    const deadline = /^\s+deadlines?\b/i.test(sentence.slice(end));
    found.push({
      ...date,
      start,
      end,
      background: deadline || BACKGROUND.test(sentence.slice(0, start)),
    });
  }
  // "the May ceasefire": chrono reads no month in a "May" that could be the modal verb.
  for (const match of sentence.matchAll(MAY_BEFORE_NOUN)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (!published || found.some((d) => d.start <= start && start < d.end)) continue;
    const [year, month] = published.split('-').map(Number) as [number, number];
    found.push({
      value: `${month < 5 ? year - 1 : year}-05`,
      precision: 'month',
      start,
      end: start + 3,
      background: BACKGROUND.test(sentence.slice(0, start)),
    });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const yearStart = match.index + match[0].length - match[1]!.length - (match[2] ? 1 : 0);
    if (found.some((d) => d.start <= yearStart && yearStart < d.end)) continue;
    // A number of people or dollars ("2,000 troops") is not a year; only 4-digit words stand alone.
    if (
      /[\d,.$€£]$/.test(sentence.slice(0, yearStart)) ||
      /^(?:\d|,\d)/.test(sentence.slice(yearStart + 4))
    )
      continue;
    // A decade ("the 1990s") is an era, not a date any relation could carry.
    if (match[2] !== undefined) continue;
    // "in 2020" is one date phrase; in "the 2005 accord", "led to the 2005 agreement" the
    // words before the year belong to the noun group and the verb.
    const phrase = /^(?:in|since|by|until|during|early|late|mid)\s/i.test(match[0]);
    found.push({
      value: match[1]!,
      precision: 'year',
      start: phrase && !/\bthe\s/i.test(match[0]) ? match.index : yearStart,
      end: match.index + match[0].length,
      background:
        /^(?:since|until|by)\b/i.test(match[0]) || BACKGROUND.test(sentence.slice(0, match.index)),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(
  result: chrono.ParsedResult,
  text: string,
  reference: Date,
  anchored: boolean,
  known: (unit: 'year' | 'month' | 'day' | 'weekday') => boolean,
): FuzzyDate | null {
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  if (/\blast month\b/i.test(text)) {
    if (!anchored) return null;
    const month = refMonth === 1 ? 12 : refMonth - 1;
    return { value: `${refMonth === 1 ? refYear - 1 : refYear}-${pad(month)}`, precision: 'month' };
  }
  // "last week", "this week": no day of it is said, only (nearly always) its month: that of
  // the same weekday a week back, which is the month most of last week lies in.
  if (/\b(?:last|this) week\b/i.test(text)) {
    if (!anchored) return null;
    const week = new Date(reference);
    if (/last/i.test(text)) week.setUTCDate(week.getUTCDate() - 7);
    return { value: `${week.getUTCFullYear()}-${pad(week.getUTCMonth() + 1)}`, precision: 'month' };
  }
  if (/\b(?:last|this|next) year\b/i.test(text)) {
    if (!anchored) return null;
    const shift = /last/i.test(text) ? -1 : /next/i.test(text) ? 1 : 0;
    return { value: String(refYear + shift), precision: 'year' };
  }
  const date = result.start.date();
  const yearKnown = known('year');
  if (!yearKnown && !anchored) return null;
  if (known('day') || known('weekday') || /\b(?:today|yesterday|tonight)\b/i.test(text)) {
    let when = date;
    // A weekday or a day without a year is the last one on or before the report, not the next;
    // but a day of the month in the weeks ahead ("the February 11 session", two days on) is
    // that day to come, not last year's.
    const ahead = (when.getTime() - reference.getTime()) / 864e5;
    const soon = known('day') && !known('weekday') && ahead <= SOON_DAYS;
    if (!yearKnown && !soon && when.getTime() > reference.getTime() + 36e5 * 12) {
      when = new Date(when);
      if (known('weekday') && !known('day')) when.setUTCDate(when.getUTCDate() - 7);
      else when.setUTCFullYear(when.getUTCFullYear() - 1);
    }
    return {
      value: `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`,
      precision: 'day',
    };
  }
  if (known('month')) {
    let year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    if (!yearKnown && (year > refYear || (year === refYear && month > refMonth))) year -= 1;
    return { value: `${year}-${pad(month)}`, precision: 'month' };
  }
  if (yearKnown) return { value: String(date.getUTCFullYear()), precision: 'year' };
  return null;
}

/** How many days ahead a day of the month without a year is still read as this year's. */
const SOON_DAYS = 45;

/** The publication day as a date of day precision, or null. */
export function publicationDate(published: string | null): FuzzyDate | null {
  return published ? { value: published, precision: 'day' } : null;
}
