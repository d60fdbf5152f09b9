/**
 * Fighting the text recalls without naming its sides. News about a conflict dates its wars and
 * clashes in passing ("since a war ended in 1994", "fresh clashes broke out in September",
 * "during a six-week war in 2020") and leaves the sides to the article: they are the two sides
 * its talks, calls, deals and named fighting set against each other. Such a mention becomes an
 * event only when it is dated or under way at publication, and names no side or place outside
 * that pair; "the fighting" is the fighting told just before, and a deal that ended it shares
 * its year. Mentions that name one side of the pair get the other; fighting placed only in a
 * decade, or of one side with no time, is left out, as no one could tell it apart; and fighting
 * of the same sides with no start of its own is the war they are said to fight.
 */
import { gazetteer } from './gazetteer.ts';
import { merge, sidesOf, type EventDraft } from './event-draft.ts';
import { antecedentEvent } from './event-identity.ts';
import { isFighting, type HeldFighting } from './fighting-mentions.ts';

/** How far back (in sentences) "the fighting" may find the fighting it means. */
const REACH = 3;

/**
 * The sides the article's happened events set against each other most often (as states or
 * bodies), the latest on a tie; `skip` leaves out groups that cannot be meant, and `weight`
 * says how surely an event's sides are adversaries.
 */
export function runningSides(
  events: EventDraft[],
  sideOf: (id: string) => string,
  skip: (sides: string[]) => boolean = () => false,
  weight: (e: EventDraft) => number = () => 1,
): string[] | null {
  const count = new Map<string, { sides: string[]; n: number }>();
  for (const e of events) {
    if (e.status !== 'happened') continue;
    const sides = [...new Set([...(e.roles.get('party') ?? [])].map(sideOf))].sort();
    if (sides.length < 2 || skip(sides) || !weight(e)) continue;
    const key = sides.join('|');
    count.set(key, { sides, n: (count.get(key)?.n ?? 0) + weight(e) });
  }
  let best: { sides: string[]; n: number } | null = null;
  for (const c of count.values()) if (!best || c.n >= best.n) best = c;
  return best?.sides ?? null;
}

/**
 * Sides that fought or agreed a truce are surely adversaries; so, nearly, are the sides a third
 * party stood between; a call or a meeting of two says nothing of a conflict between them.
 */
const adversaries = (e: EventDraft) =>
  isFighting(e.kind) || e.kind === 'ceasefire' ? 3 : e.thirdParty ? 2 : 0;

/** The conflict the article is about: the two sides its events most surely set against each other. */
const conflictOf = (events: EventDraft[], sideOf: (id: string) => string) =>
  runningSides(events, sideOf, undefined, adversaries);

/** Places the pair's fighting may be in: not a state outside it, nor such a state's capital. */
function placeFits(place: string | null, pair: string[]): boolean {
  if (!place) return true;
  const g = gazetteer();
  const state = g.entities.get(place)?.type === 'State' ? place : g.capitalOf.get(place);
  return !state || pair.includes(state);
}

/** Settles the held-back fighting against the article's events, in the order told. */
export function settleFighting(
  events: EventDraft[],
  held: HeldFighting[],
  sideOf: (id: string) => string,
): void {
  for (const { draft: d, drop, ends, around, started, taken } of held) {
    if (drop) continue;
    if (taken) {
      const party = d.roles.get('party') ?? new Set<string>();
      for (const id of [...taken.by, taken.region]) party.add(id);
      d.roles.set('party', party);
      d.partial = false;
      if (!d.place || !party.has(d.place)) d.place = taken.region;
    }
    const sides = new Set([...sidesOf(d)].map(sideOf));
    let told: EventDraft | null = null;
    // "the fighting", "the war": the fighting told just before, whatever it was called, or
    // else the running conflict's.
    if (!sides.size && d.definite && !d.date) {
      const before = events.filter(
        (e) => isFighting(e.kind) && e.status === 'happened' && e.sentence <= d.sentence,
      );
      const pair = conflictOf(events, sideOf)?.join('|');
      const ofPair = (e: EventDraft) =>
        [...new Set([...sidesOf(e)].map(sideOf))].sort().join('|') === pair;
      told =
        before.filter((e) => d.sentence - e.last <= REACH).at(-1) ??
        before.filter(ofPair).at(-1) ??
        null;
      // Fighting the text calls a war is a war.
      if (told && d.kind === 'war') told.kind = 'war';
    }
    if (told) merge(told, d);
    else {
      const pair = conflictOf(events, sideOf);
      const fits =
        pair?.length === 2 &&
        [...sides, ...around.map(sideOf)].every((id) => pair.includes(id)) &&
        placeFits(d.place, pair);
      // Undated fighting no one is named in tells no occurrence ("a new war", "war is no answer").
      if (!sides.size && (!fits || !(d.date || d.current))) continue;
      if (fits) {
        d.roles.set(
          'party',
          new Set([...(d.roles.get('party') ?? []), ...pair!.filter((id) => !sides.has(id))]),
        );
        d.partial = false;
      }
      // Fighting of one side, with no time, is no occurrence one could tell apart.
      if (sides.size < 2 && !fits && !d.date && !d.current) continue;
      told = antecedentEvent(events, d, sideOf);
      if (told) merge(told, d);
      else events.push((told = d));
    }
    // "The fighting erupted on Thursday", after "five days of clashes": it began that day.
    if (started && d.date && told !== d && told.date?.value.length !== d.date.value.length)
      if (!told.date || d.date.value.startsWith(told.date.value)) told.date = d.date;
    // "the fighting, which ended with a Russian-brokered deal": the deal of its year.
    if (ends && told.date?.precision === 'year')
      for (const e of events)
        if (/^(?:agreement|ceasefire)$/.test(e.kind) && !e.date && e.sentence === d.sentence)
          e.date = told.date;
  }
  oneWar(events, sideOf);
}

/**
 * Fighting of the same sides told with no start of its own ("Israel's offensive has killed
 * thousands", "efforts to end the war", "A attacked B" with no date) is the war those sides
 * are said to fight, not a second one: it joins it, and a war it is. Fighting of one side on
 * the very date of the sides' fighting is that fighting told again.
 */
function oneWar(events: EventDraft[], sideOf: (id: string) => string): void {
  const key = (e: EventDraft) => [...new Set([...sidesOf(e)].map(sideOf))].sort().join('|');
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (!isFighting(e.kind) || e.status !== 'happened' || e.date || sidesOf(e).size < 2) continue;
    const into = events.find(
      (f) =>
        f !== e &&
        isFighting(f.kind) &&
        f.status === 'happened' &&
        key(f) === key(e) &&
        // Under way, it is whatever these sides fight; else a clash is part of their war, and
        // an undated war the war told with its date.
        (e.current || (f.kind === 'war' && (e.kind === 'clash' || f.date !== null))),
    );
    if (!into) continue;
    merge(into, e);
    if (e.kind === 'war') into.kind = 'war';
    events.splice(k, 1);
  }
  // "deadly clashes in May" between the sides, then "clashes with protesters in May": one side
  // of fighting told on a date the sides' fighting has is that fighting again.
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (!isFighting(e.kind) || !e.date || sidesOf(e).size !== 1) continue;
    const told = events.some(
      (f) =>
        f !== e &&
        f.kind === e.kind &&
        f.status === e.status &&
        sidesOf(f).size >= 2 &&
        f.date?.value === e.date!.value,
    );
    if (told) events.splice(k, 1);
  }
}
