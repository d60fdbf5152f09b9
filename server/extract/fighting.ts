/**
 * Fighting the text recalls without naming its sides. News about a conflict dates its wars and
 * clashes in passing ("since a war ended in 1994", "fresh clashes broke out in September",
 * "during a six-week war in 2020") and leaves the sides to the article: they are the two sides
 * its talks, calls, deals and named fighting set against each other. Such a mention becomes an
 * event only when it is dated or under way at publication, and names no side or place outside
 * that pair; "the fighting" is the fighting told just before, and a deal that ended it shares
 * its year. Mentions that name one side of the pair get the other; fighting placed only in a
 * decade is left out, as no date here can say when it was.
 */
import { clauseIds } from './clauses.ts';
import { gazetteer } from './gazetteer.ts';
import { merge, sidesOf, type EventDraft } from './event-draft.ts';
import { antecedentEvent } from './event-identity.ts';
import type { Frame } from './frame.ts';
import { ENDING, TAKING, UNDER_WAY, type Kind } from './lexicon/index.ts';
import type { Unit } from './units.ts';

/** How far back (in sentences) "the fighting" may find the fighting it means. */
const REACH = 3;

export const isFighting = (kind: Kind) => kind === 'war' || kind === 'clash';

/**
 * A war or clash noun that names no side, kept for the article to fill ("a war", "fresh
 * clashes", "the fighting"); not a bare noun after "of" ("prisoners of war", "on the brink of
 * war"), which names no occurrence.
 */
export function openFighting(f: Frame, units: Unit[]): boolean {
  if (!isFighting(f.kind) || f.noun === null || f.fills.length) return false;
  const u = units[f.noun];
  if (u?.kind !== 'noun') return false;
  const before = units[f.noun - 1];
  return (
    Boolean(u.det || u.mods.length || u.date) || !(before?.kind === 'prep' && before.lemma === 'of')
  );
}

/**
 * Said to go on as the report is written: "amid X's invasion of Y", "the ongoing war", fighting
 * someone is yet to end ("efforts to stop the fighting", "halting the fighting"), unlike
 * fighting that ended ("the deal that ended the war"), and fighting that "has intensified" or
 * "continues": the subject of a verb in the present.
 */
function underWay(f: Frame, units: Unit[]): boolean {
  const t = f.noun ?? f.triggers[0]!;
  if (presentSubject(units, t)) return true;
  const u = units[t];
  if (u?.kind !== 'noun') return false;
  const before = units[t - 1];
  if (before?.kind === 'verb')
    return ENDING.has(before.lemma) && /^(?:gerund|infinitive)$/.test(before.form);
  const word = before?.kind === 'prep' || before?.kind === 'word' ? before.lemma : '';
  return UNDER_WAY.has(word) || u.mods.some((m) => UNDER_WAY.has(m));
}

/** Whether unit `t` is the subject of a verb in the present ("has intensified", "rages"). */
function presentSubject(units: Unit[], t: number): boolean {
  for (let k = t + 1; k < units.length; k++) {
    const u = units[k]!;
    // Another subject ("Since the war, the two have met") or clause comes first.
    if (u.kind === 'sub' || u.kind === 'noun' || u.kind === 'pronoun' || u.kind === 'anaphor')
      return false;
    // "between the army and the Arakan Army": an actor joined on is still in the phrase.
    const joined =
      units[k - 1]?.kind === 'word' &&
      /^(?:and|or)$/.test((units[k - 1] as { lower: string }).lower);
    if (u.kind === 'actor' && !u.prep && !joined) return false;
    if (u.kind !== 'verb') continue;
    if (u.form !== 'finite' || ENDING.has(u.lemma) || u.negated) return false;
    const first = u.words[0] ?? '';
    return /^(?:has|have)$/.test(first) || (u.words.length === 1 && first === `${u.lemma}s`);
  }
  return false;
}

export interface HeldFighting {
  draft: EventDraft;
  /** Placed only in a decade ("in the 1990s"), which no date here can carry: no event. */
  era: boolean;
  /** Its sentence says fighting ended ("which ended with a truce"): a deal there ended it. */
  ends: boolean;
  /** "an offensive to retake X", "liberated X in an offensive": the region taken and its taker. */
  taken: { region: string; by: string[] } | null;
  /**
   * Actors its clause names in no event's role ("left Chad during a war"): each must be a side.
   */
  around: string[];
}

/**
 * Marks a fighting draft under way at publication, and holds it back when it names fewer than
 * two sides: the article's other events say who fought.
 */
export function holdFighting(
  draft: EventDraft,
  frame: Frame,
  units: Unit[],
  frames: Frame[],
): HeldFighting | null {
  if (!isFighting(draft.kind) || draft.status !== 'happened') return null;
  // "Fighting between A and B has intensified": the gerund is the noun, which names no war.
  const trigger = units[frame.triggers[0] ?? -1];
  if (frame.noun === null && trigger?.kind === 'verb' && trigger.form === 'gerund')
    draft.kind = 'clash';
  // The day of the clause ("talks on Monday to halt the fighting") is not when fighting under
  // way began.
  const going = underWay(frame, units);
  if (going && draft.date?.precision === 'day') draft.date = null;
  draft.current = !draft.date && going;
  const era =
    !draft.date && units.some((u) => u.kind === 'word' && /^(?:1[89]|20)\d0s$/.test(u.lower));
  if (sidesOf(draft).size >= 2 && !era) return null;
  const ends = units.some((u) => u.kind === 'verb' && ENDING.has(u.lemma));
  const clauses = clauseIds(units);
  // Whoever another event of the sentence names ("X brought A and B together for the first
  // time since a war") is accounted for by that event.
  const used = new Set(frames.flatMap((f) => f.fills.map((x) => x.unit)));
  const around = units.flatMap((u, k) =>
    u.kind === 'actor' && !used.has(k) && clauses[k] === clauses[frame.noun ?? -1]
      ? u.members.map((m) => m.side ?? m.id)
      : [],
  );
  return { draft, era, ends, around, taken: takenRegion(frame, units) };
}

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

/**
 * "Baku's offensive to retake the X enclave", "since Baku liberated the X enclave in an
 * offensive": a known region (not a city) taken by force right next to the fighting noun stands
 * for whoever held it; the taker is the clause's actor before the verb.
 */
function takenRegion(f: Frame, units: Unit[]): HeldFighting['taken'] {
  const n = f.noun!;
  const g = gazetteer();
  for (let k = Math.max(0, n - 6); k < Math.min(units.length, n + 3); k++) {
    const u = units[k]!;
    const word = u.kind === 'verb' ? u.lemma : u.kind === 'word' ? u.lower : '';
    if (![word, word.replace(/d$/, ''), word.replace(/ed$/, '')].some((w) => TAKING.has(w)))
      continue;
    const after = units[k + 1];
    const next = after?.kind === 'word' && after.lemma === 'the' ? k + 2 : k + 1;
    const place = units[next];
    if (place?.kind !== 'place' || g.entities.get(place.id)?.type !== 'Place') continue;
    if (g.capitalOf.has(place.id)) continue;
    const actor = units
      .slice(Math.max(0, k - 2), k)
      .findLast((a) => a.kind === 'actor' && !a.possessive);
    const by = actor?.kind === 'actor' ? actor.members.map((m) => m.side ?? m.id) : [];
    return { region: place.id, by };
  }
  return null;
}

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
  for (const { draft: d, era, ends, around, taken } of held) {
    if (era) continue;
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
      told = antecedentEvent(events, d, sideOf);
      if (told) merge(told, d);
      else events.push((told = d));
    }
    // "the fighting, which ended with a Russian-brokered deal": the deal of its year.
    if (ends && told.date?.precision === 'year')
      for (const e of events)
        if (/^(?:agreement|ceasefire)$/.test(e.kind) && !e.date && e.sentence === d.sentence)
          e.date = told.date;
  }
}
