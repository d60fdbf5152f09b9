/**
 * When and where a frame happened, from its own sentence: the date and the "in"/"at" place
 * nearest its trigger in the same clause. A date another event owns ("to prepare Monday's
 * session", "since the 2018 accord") is not this frame's: possessive dates belong to their
 * noun, and a recalled date ("since the invasion in 2022") dates only the fighting it recalls.
 */
import type { Unit } from './units.ts';
import { clauseIds } from './clauses.ts';
import type { Frame } from './frame.ts';
import { gazetteer } from './gazetteer.ts';
import { offeredInfinitive } from './status.ts';
import { SPEECH } from './lexicon/index.ts';

export function placeAndDate(
  frame: Frame,
  units: Unit[],
  clauses: number[] = clauseIds(units),
  rivals: { trigger: number; opening: number }[] = [],
  opening = -1,
): void {
  const at = frame.triggers;
  const mine = new Set(at.map((t) => clauses[t]));
  const gap = (t: number, k: number) => Math.abs(t - k) + (k < t ? 0.5 : 0);
  const distance = (k: number) => Math.min(...at.map((t) => gap(t, k)));
  // "the first call since their summit in Woodside last November": a date or place after
  // another event's trigger, and nearer it, is that event's (modifiers follow their head).
  const owner = (k: number) => {
    const others = rivals.filter((r) => r.opening < k).map((r) => r.trigger);
    const all = [...at, ...others].filter((t) => clauses[t] === clauses[k]);
    const before = all.filter((t) => t <= k);
    return before.length ? Math.max(...before) : Math.min(...all);
  };
  // "offered to host a round in June": June is the round's, the offer came before; past a
  // comma ("ready to mediate between A and B, in a call on Wednesday") the offer goes on.
  const plan = offeredInfinitive(frame, units);
  const comma = plan < 0 ? -1 : units.findIndex((u, k) => k > plan && u.kind === 'punct');
  const planned = (k: number) => plan >= 0 && k > plan && (comma < 0 || k < comma);
  const sameClause = (k: number) =>
    k > opening && !planned(k) && mine.has(clauses[k]!) && at.includes(owner(k));
  let bestDate = -1;
  let bestPlace = -1;
  units.forEach((u, k) => {
    // "his first visit since the invasion in 2022": a recalled date dates only the war it recalls.
    const fighting = frame.kind === 'war' || frame.kind === 'clash';
    // ... and a date in a "since" phrase is the date of the event it names in passing.
    // "proposed a summit by late August": a deadline dates no happening.
    const deadline = frame.status === 'happened' && byDeadline(units, k);
    if (
      u.kind === 'date' &&
      !u.possessive &&
      !deadline &&
      (!u.date.background || fighting || opening >= 0)
    ) {
      if (sameClause(k) && (bestDate < 0 || distance(k) < distance(bestDate))) bestDate = k;
    }
    // "a director general at North Korea's Foreign Ministry": an owner is no place.
    const locative =
      (u.kind === 'place' ||
        (u.kind === 'actor' && !u.possessive && u.members.every((m) => m.type === 'State'))) &&
      (u.kind === 'place' ? u.prep : u.prep) !== null &&
      /^(?:in|at)$/.test((u as { prep: string | null }).prep ?? '') &&
      !topicPlace(units, k);
    if (locative && sameClause(k) && (bestPlace < 0 || distance(k) < distance(bestPlace)))
      bestPlace = k;
  });
  if (!frame.date && bestDate >= 0) {
    const d = (units[bestDate] as Extract<Unit, { kind: 'date' }>).date;
    frame.date = { value: d.value, precision: d.precision };
  }
  // "shook hands at the end of Thursday's session": the date of an event noun in its clause.
  if (!frame.date) {
    const dated = units.findIndex(
      (u, k) => u.kind === 'noun' && u.date !== null && !at.includes(k) && sameClause(k),
    );
    const d = dated >= 0 ? (units[dated] as Extract<Unit, { kind: 'noun' }>).date : null;
    if (d) frame.date = { value: d.value, precision: d.precision };
  }
  // "- June 1, 1991: The FARC start peace talks": a date heading its line dates what it tells.
  if (!frame.date) {
    const first = units.findIndex((u) => u.kind !== 'punct');
    const head = units[first];
    const colon = units[first + 1];
    if (head?.kind === 'date' && colon?.kind === 'punct' && colon.text === ':')
      frame.date = { value: head.date.value, precision: head.date.precision };
  }
  if (!frame.place && bestPlace >= 0) {
    const u = units[bestPlace]!;
    frame.place = u.kind === 'place' ? u.id : u.kind === 'actor' ? u.members[0]!.id : null;
    // "in the Russian capital": the city, not the state.
    const next = units[bestPlace + 1];
    if (u.kind === 'actor' && next?.kind === 'word' && next.lemma === 'capital')
      frame.place = gazetteer().capitalPlace.get(u.members[0]!.id)?.id ?? frame.place;
  }
  // "at the Gulustan Palace in Baku": the city, not the venue, is where it happened.
  const venue = units.findIndex((u) => u.kind === 'place' && u.id === frame.place);
  const city = units[venue + 2];
  if (venue >= 0 && isVenue(units[venue]!) && city?.kind === 'place' && city.prep === 'in')
    frame.place = city.id;
  if (frame.date) frame.date = { value: frame.date.value, precision: frame.date.precision };
  // Days of talks that ended "on Thursday" took place that month.
  if (frame.span && frame.date?.precision === 'day')
    frame.date = { value: frame.date.value.slice(0, 7), precision: 'month' };
}

function isVenue(u: Unit): boolean {
  return (
    u.kind === 'place' &&
    gazetteer().placeHeads.has(
      u.id
        .replace(/^place:/, '')
        .split('-')
        .at(-1) ?? '',
    )
  );
}

/** Nouns whose "in" names what they are about: "the situation in the Middle East". */
const TOPICS =
  /^(?:situation|war|crisis|conflict|fighting|development|peace|security|stability|tension|violence|escalation|process|reform|election|humanitarian)$/;

/** Whether the place at `k` is a topic's ("discussed the war in Ukraine"), not where it happened. */
export function topicPlace(units: Unit[], k: number): boolean {
  let at = k - 1;
  if (units[at]?.kind === 'word' && (units[at] as { lower: string }).lower === 'the') at--;
  const noun = units[at - 1];
  const lemma = noun?.kind === 'word' ? noun.lemma : noun?.kind === 'noun' ? noun.lemma : '';
  return units[at]?.kind === 'prep' && TOPICS.test(lemma);
}

/** Whether the date at `k` is a deadline: "by late August", "until March". */
function byDeadline(units: Unit[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:late|early|mid|the)$/.test((units[j] as { lower?: string }).lower ?? ''))
    j--;
  const prep = units[j];
  return prep?.kind === 'prep' && /^(?:by|until|till)$/.test(prep.lemma);
}

/** The date the clause before a subordinate clause at `sub` names, if any. */
export function dateBefore(units: Unit[], sub: number): Frame['date'] {
  for (let k = sub - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'sub') return null;
    // ("supported them since 2000, when X facilitated the talks": the clause tells that time.)
    if (u.kind === 'date' && !u.possessive && (!u.date.background || k === sub - 2))
      return { value: u.date.value, precision: u.date.precision };
  }
  return null;
}

/**
 * The day an offer was voiced: "X said on Friday that Chile would host talks", "Chile is ready
 * to mediate, X told reporters on Friday". An offer is made when it is said, so the date in the
 * clause of the speech verb that carries it dates it.
 */
export function saidDate(units: Unit[], frame: Frame, clauses: number[]): Frame['date'] {
  const first = Math.min(...frame.triggers);
  const last = Math.max(...frame.triggers);
  const speech = (k: number) => {
    const u = units[k];
    return u?.kind === 'verb' && SPEECH.has(u.lemma) && !u.modal && !u.negated;
  };
  let verb = -1;
  for (let k = first - 1; k >= 0 && verb < 0; k--) if (speech(k)) verb = k;
  for (let k = last + 1; k < units.length && verb < 0; k++) {
    if (units[k]!.kind === 'punct' && /^[;:.¶]$/.test((units[k] as { text: string }).text)) break;
    if (speech(k)) verb = k;
  }
  if (verb < 0) return null;
  const date = units.find(
    (u, k) =>
      u.kind === 'date' && !u.possessive && !u.date.background && clauses[k] === clauses[verb],
  );
  return date?.kind === 'date' ? { value: date.date.value, precision: date.date.precision } : null;
}
