/**
 * The day and place of events their own sentences leave undated: the day of the event told
 * just before ("then", "the same day", "the next day"), the report's day for the lede's news,
 * the dateline's place near it, a visit's day from its traveller's dated appearance there, the
 * day of dated talks for an undated deal of their sides told soon after them, the report's
 * year for fighting under way at publication, and the report's month for news told further
 * down with nothing to date it (a past told as past, "had met", stays undated).
 */
import type { FuzzyDate } from '../domain/index.ts';
import { publicationDate, type DateMention } from './dates.ts';
import type { EventDraft } from './discourse.ts';
import { everyone } from './event-draft.ts';
import type { Sentence } from './sentences.ts';

/** Sentences of running text that report the news of the day: undated events there happened on it. */
const LEDE_SENTENCES = 2;

/** Words that put an event at the time of the one told just before it. */
const SAME_TIME =
  /\b(?:then|afterwards?|shortly after|(?:later |earlier )?(?:that|the same) (?:day|morning|afternoon|evening|night)|(?:later|earlier) in the day|hours later|on the sidelines|(?:up)?on (?:his |her |their )?arrival)\b/i;
const NEXT_DAY =
  /\b(?:the (?:next|following) (?:day|morning)|(a|one|two|three|four|five|six|\d+) days? later)\b/i;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The day after a day; a month or year stays what it was. */
export function dayAfter(date: FuzzyDate, days = 1): FuzzyDate {
  if (date.precision !== 'day') return date;
  const d = new Date(`${date.value}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { value: d.toISOString().slice(0, 10), precision: 'day' };
}

/**
 * "ADDIS ABABA, Feb 17 -": the day a wire report was filed, from the dates of its dateline's
 * sentence; null if it gives none, or one after publication.
 */
export function filedDay(
  dates: DateMention[] | undefined,
  published: string | null,
): FuzzyDate | null {
  if (!dates?.length || dates[0]!.start >= 40) return null;
  const day = dates.find((d) => d.precision === 'day');
  if (!day || (published !== null && day.value > published.slice(0, 10))) return null;
  return { value: day.value, precision: 'day' };
}

/** An undated event of the lede happened on the day of the report; the dateline is its place. */
export function datelineAndDay(
  drafts: EventDraft[],
  sentences: Sentence[],
  dateline: { id: string; sentence: number } | null,
  published: string | null,
  dates: DateMention[][],
  sideOf: (id: string) => string = (id) => id,
): void {
  // What happened by the report cannot have happened after it ("next year", "tomorrow").
  const future = (date: FuzzyDate) =>
    published !== null && date.value > published.slice(0, date.value.length);
  for (const d of drafts) if (d.status === 'happened' && d.date && future(d.date)) d.date = null;
  const datesIn = (s: number) =>
    (dates[s] ?? []).map((x) => ({
      sentence: s,
      background: x.background,
      date: { value: x.value, precision: x.precision },
    }));
  // The lede: everything up to the end of the second sentence of running text (headlines,
  // captions and a dateline come before it).
  let full = 0;
  let lede = sentences.length;
  sentences.forEach((x, s) => {
    const running = /[.!?"”’]\s*$/.test(x.text) && x.words.length >= 8;
    if (lede === sentences.length && running && ++full === LEDE_SENTENCES) lede = s;
  });
  // The day a wire report was filed is its news day, which a later publication day is not.
  const newsDay = dateline ? filedDay(dates[dateline.sentence], published) : null;
  // "The two envoys were then received by the Emir", "She met X the same day", "the next
  // day": the day of what came just before, or the day after it.
  const sameTime = (d: EventDraft, k: number) => {
    const text = sentences[d.sentence]!.text;
    const later = NEXT_DAY.exec(text);
    // "On the eve of the session, X had called Y": the day before the event told.
    const eve = /\bon the eve of\b/i.test(text);
    const next = later !== null || eve;
    const days = eve ? -1 : later?.[1] ? (COUNTS[later[1].toLowerCase()] ?? Number(later[1])) : 1;
    if (d.date || d.status !== 'happened' || !(next || SAME_TIME.test(text))) return;
    // "on the sidelines" of a gathering: that gathering's day, not a visit's told in between.
    const sidelines = /\bon the sidelines\b/i.test(text) && !next;
    const before = drafts
      .slice(0, k)
      .reverse()
      .find(
        (p) =>
          p.date &&
          p.status === 'happened' &&
          // An event someone took part in, not a bare "the agreement" dated by its clause.
          [...p.roles.values()].some((ids) => ids.size > 0) &&
          p.sentence <= d.sentence &&
          // (As long as the text was still telling it: "the session" three sentences on.)
          d.sentence - Math.max(p.sentence, Math.min(p.last, d.sentence)) <= 3 &&
          (!sidelines || p.kind === 'summit' || p.kind === 'talks'),
      );
    // "X returned home on Monday. Later that day ...": a date the text gave with no event.
    const said = sidelines
      ? undefined
      : datesIn(d.sentence - 1)
          .filter((x) => !x.background && !future(x.date))
          .at(-1);
    const last = said && (!before || said.sentence > before.sentence) ? said.date : before?.date;
    if (!last) return;
    d.date = next ? dayAfter(last, days) : last;
  };
  drafts.forEach(sameTime);
  dealsOfTalks(drafts, sideOf);
  // The lede's news is the day its first dated happening gives: "X on Tuesday hosted ... Y held
  // separate meetings with A and B" tells one day, not the day of publication.
  const news = (d: EventDraft) =>
    d.kind !== 'war' && d.kind !== 'clash' && d.status === 'happened' && d.sentence <= lede;
  // (Only for those it was about: "Separately, A and B signed ..." is news of its own.)
  const lead = drafts.find((d) => news(d) && d.date?.precision === 'day');
  const around = new Set([...(lead ? everyone(lead) : [])].map(sideOf));
  // (A person the text gives no state, beside one of the lead's, is of the same news: "X met
  // Turkish leaders Monday ... X met President Gul before dinner with Prime Minister Erdogan".)
  const unplaced = (id: string) => id.startsWith('person:') && sideOf(id) === id;
  const sameNews = (d: EventDraft) => {
    const who = [...everyone(d)];
    return (
      !d.also?.length &&
      who.some((id) => around.has(sideOf(id))) &&
      who.every((id) => around.has(sideOf(id)) || unplaced(id))
    );
  };
  for (const d of drafts) {
    if (!d.date && d.current && published)
      d.date = { value: published.slice(0, 4), precision: 'year' };
    // An offer the lede reports was made as news too ("X said she stood ready to mediate"),
    // on the lede's day when whoever offered it took part in the lede's event ("met X on
    // Saturday. He said Beijing was willing to facilitate"), wherever the report tells it.
    const offered = d.status === 'offered';
    const offerer = [...(d.roles.get('mediator') ?? []), ...(d.roles.get('host') ?? [])];
    const byLead = offered && offerer.some((id) => around.has(sideOf(id)));
    const offer = offered && (d.sentence <= lede || (byLead && lead !== undefined));
    const ofLead = offered ? byLead : sameNews(d);
    if (!d.date && !d.undatable && (news(d) || offer))
      d.date = (ofLead ? lead?.date : null) ?? newsDay ?? publicationDate(published);
    // "have met", told later than the lede: within the year of the report.
    if (!d.date && d.perfect && published)
      d.date = { value: published.slice(0, 4), precision: 'year' };
    const line = sentences[d.sentence]!.line;
    // A dateline is where the reporter was: talks there, not fighting told from there.
    const fighting = d.kind === 'war' || d.kind === 'clash';
    if (!d.place && !fighting && dateline && line <= sentences[dateline.sentence]!.line + 1)
      d.place = dateline.id;
  }
  // "on the sidelines" of a summit the lede dated by the report's day.
  drafts.forEach(sameTime);
  // "X was in Bolivia on a visit": where the traveller was is where the visit went.
  for (const v of drafts)
    if (v.kind === 'visit' && v.place && !v.roles.get('destination')?.size)
      v.roles.set('destination', new Set([v.place]));
  // An undated visit took place when its traveller is reported there on a day ("X and Y
  // leave after a state reception in Baku, August 19").
  for (const v of drafts) {
    if (v.kind !== 'visit' || v.date || !v.place) continue;
    const travellers = v.roles.get('visitor') ?? new Set<string>();
    const there = drafts.find(
      (d) =>
        d !== v &&
        d.date &&
        d.place === v.place &&
        [...travellers].some((t) => d.roles.get('party')?.has(t)),
    );
    if (there) v.date = there.date;
  }
  // Told as news with no day of its own, from nothing dated: in the month of the report.
  // (One participant alone is no occurrence to date: "X said at a news conference".)
  if (published)
    for (const d of drafts) {
      if (d.date || d.undatable || d.status !== 'happened' || /^(?:war|clash)$/.test(d.kind))
        continue;
      const who = new Set([...d.roles.values()].flatMap((ids) => [...ids]));
      // (Of the same news as the lede's dated happening: that day. "X on Friday brought the
      // parties together ... The meeting chaired by X brought together A and B".)
      if (who.size >= 2)
        d.date = (lead?.date && sameNews(d) ? lead.date : null) ?? {
          value: published.slice(0, 7),
          precision: 'month',
        };
    }
}

/** How many sentences after talks an undated deal of their sides may still be their outcome. */
const OUTCOME_REACH = 3;

/**
 * "Putin's talks with A and B were held on Monday ... A and B agreed not to use force, they
 * said in a joint statement": an undated deal of the sides of dated talks, told soon after
 * them, was reached at them.
 */
function dealsOfTalks(drafts: EventDraft[], sideOf: (id: string) => string): void {
  const sides = (e: EventDraft) =>
    new Set([...(e.roles.get('party') ?? [])].flatMap((id) => [id, sideOf(id)]));
  for (const deal of drafts) {
    if (deal.kind !== 'agreement' || deal.date || deal.undatable || deal.status !== 'happened')
      continue;
    const mine = [...(deal.roles.get('party') ?? [])];
    const talks = drafts.find((t) => {
      if (t.kind !== 'talks' || t.status !== 'happened' || t.date?.precision !== 'day')
        return false;
      if (t.sentence > deal.sentence || deal.sentence - t.last > OUTCOME_REACH) return false;
      const theirs = sides(t);
      return mine.length >= 2 && mine.every((id) => theirs.has(id) || theirs.has(sideOf(id)));
    });
    if (talks) deal.date = talks.date;
  }
}
