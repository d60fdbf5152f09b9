/**
 * An event as discourse builds it from frames: its entities by role, the meetings the text
 * told of, its date and place, and the reports that told it. Two drafts that tell one
 * occurrence merge; what each adds (a later report's day, a mediator, a place) is kept.
 */
import type { FuzzyDate } from '../domain/index.ts';
import type { Frame } from './frame.ts';
import { REACTING, type Role } from './lexicon/index.ts';
import type { Unit } from './units.ts';

/** What a draft keeps of its first frame as it is: kind, code, contact, status, manner. */
type FromFrame = Pick<Frame, 'kind' | 'cameo' | 'contact' | 'status' | 'indirect' | 'together'>;

export interface EventDraft extends FromFrame {
  hostedTalks: boolean;
  /** Chaired by several together: with no other sides, the co-chairs are the sides. */
  coChaired: boolean;
  /** A mediator or host took part, named or not ("the mediators", "a gesture"). */
  thirdParty: boolean;
  /** Sides the text names by a word that only found the go-between ("hosted talks between
   * the government and X" with no other state in view): sides still, just not known. */
  unnamedSides: number;
  /** Entities by role. */
  roles: Map<Role, Set<string>>;
  /** Third parties the text puts in the room with the sides ("chaired by X"). */
  present: Set<string>;
  /** Attendees and whoever they came along with: of one party, so no meeting between them. */
  companions: [string, string][];
  /** The person whose words report it ("X replied that Kenya would mediate"). */
  speaker: string | null;
  /** Attendees who joined by phone or video: they spoke with those present, not met them. */
  remote: Set<string>;
  /** Who the text says sat (or spoke) together: each group's noun groups, resolved. */
  meetings: {
    groups: string[][];
    star: string[] | null;
    weak: boolean;
    said: { sentence: number; phrase: { start: number; end: number } | null; cameo: string };
  }[];
  date: FuzzyDate | null;
  place: string | null;
  /** Lasted days or more: a day some report gives is a day within it, not its date. */
  span: boolean;
  /** No day may be guessed for it (it spans years, or came before the report's news). */
  undatable: boolean;
  /** "have met", with no day: the report's news day in its lede, else its year. */
  perfect?: boolean;
  /** Fighting under way at publication with no start given: of the report's year. */
  current?: boolean;
  /** Sentence and phrase of the first report: the evidence. */
  sentence: number;
  /** The last sentence that reported it: how far back "the two sides" may still mean its sides. */
  last: number;
  phrase: { start: number; end: number } | null;
  /** Sentence and phrase that named each role filler, for the relations' evidence. */
  said: Map<
    string,
    { sentence: number; phrase: { start: number; end: number } | null; cameo: string }
  >;
  definite: boolean;
  /** Told with "the", whatever sides it names. */
  anaphoric: boolean;
  /** The event nouns that told it ("documents", "accord"): what a later "the documents" names. */
  nouns: string[];
  /** Told as a new occurrence ("a second meeting"): it joins no earlier event. */
  fresh: boolean;
  /** Says the event told before did not happen ("No such meeting took place"). */
  refutes: boolean;
  partial: boolean;
  /** Named by an event noun ("earlier ceasefires"), not only by a role ("X presided"). */
  named: boolean;
  /** Told only as a spectacle the people were at ("a victory parade"): they met, no event. */
  witness?: boolean;
  /** A deal named with "the" that names its signers ("the protocol was signed by X"). */
  restates?: boolean;
  /** Dated years before the report ("in 1934 it hosted the negotiations"): history. */
  history?: boolean;
  /** Who did one more of the kind ("X also spoke with Y"): undated, on the day of X's last. */
  also?: string[];
}

/** "Blinken also spoke with Gantz": the unit of the subject before "also" and the verb, or -1. */
export const toldAlso = (frame: Frame, units: Unit[]) => {
  const at = frame.triggers[0] ?? -1;
  const [subject, also] = [units[at - 2], units[at - 1]];
  const told = units[at]?.kind === 'verb' && also?.kind === 'word' && also.lower === 'also';
  // ("The mission also met X": a team named by its noun did one more too.)
  const named =
    subject?.kind === 'actor' ||
    subject?.kind === 'pronoun' ||
    (subject?.kind === 'word' && subject.pos === 'NOUN');
  return told && named ? at - 2 : -1;
};

/** A frame named only by a spectacle noun ("held a victory parade with X"). */
export const spectacle = (frame: Frame, units: Unit[]) => {
  const u = frame.noun === null ? undefined : units[frame.noun];
  return u?.kind === 'noun' && Boolean(u.entry.witness);
};

/**
 * A trip told by a travel verb to attend something else ("flew to Luanda for a meeting with X",
 * "travelled to Lima for talks"): part of that event, no visit of its own.
 */
export function attendsOnly(frame: Frame, units: Unit[]): boolean {
  const at = frame.triggers[0] ?? -1;
  if (frame.kind !== 'visit' || frame.noun !== null || units[at]?.kind !== 'verb') return false;
  for (let k = at + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || u.kind === 'sub' || u.kind === 'noun') return false;
    if (u.kind === 'prep' && u.lemma === 'for') {
      const what = units[k + 1];
      return what?.kind === 'noun' && what.entry.kind !== 'visit';
    }
  }
  return false;
}

/**
 * A deal someone reacted to ("X on Monday welcomed a preliminary agreement with Y"): made
 * before the reaction, so the clause's date is not its own; another report may date it.
 */
export function reactedTo(frame: Frame, units: Unit[]): boolean {
  const noun = frame.noun === null ? undefined : units[frame.noun];
  if (noun?.kind !== 'noun' || noun.date || !/^(?:agreement|ceasefire)$/.test(frame.kind))
    return false;
  const verb = units[frame.noun! - 1];
  return verb?.kind === 'verb' && REACTING.has(verb.lemma);
}

/** "The protocol was signed by X and Y": a deal named as one told before, with its people. */
export function restatesDeal(frame: Frame, units: Unit[]): boolean {
  const noun = frame.noun === null ? undefined : units[frame.noun];
  return (
    noun?.kind === 'noun' &&
    /^(?:agreement|ceasefire)$/.test(frame.kind) &&
    /^(?:the|this|that)$/.test(noun.det ?? '')
  );
}

export const PARTY_ROLES = new Set<Role>(['party', 'guest']);

export const hasSides = (roles: Map<Role, Set<string>>) =>
  [...PARTY_ROLES].some((r) => (roles.get(r)?.size ?? 0) > 0) ||
  (roles.get('visitor')?.size ?? 0) > 0;

export const everyone = (e: EventDraft) => new Set([...e.roles.values()].flatMap((s) => [...s]));

export const sidesOf = (e: EventDraft) =>
  new Set(
    [...PARTY_ROLES, 'attendee' as Role, 'visitor' as Role].flatMap((r) => [
      ...(e.roles.get(r) ?? []),
    ]),
  );

export function merge(into: EventDraft, from: EventDraft): void {
  into.last = Math.max(into.last, from.last);
  into.nouns.push(...from.nouns);
  for (const [role, ids] of from.roles) {
    const set = into.roles.get(role) ?? new Set<string>();
    for (const id of ids) set.add(id);
    into.roles.set(role, set);
  }
  into.meetings.push(...from.meetings);
  for (const id of from.present) into.present.add(id);
  into.companions.push(...from.companions);
  for (const id of from.remote) into.remote.add(id);
  into.speaker ??= from.speaker;
  for (const [key, value] of from.said) if (!into.said.has(key)) into.said.set(key, value);
  if (
    !into.date ||
    (from.date &&
      !into.span &&
      from.date.value.length > into.date.value.length &&
      from.date.value.startsWith(into.date.value))
  )
    into.date = from.date ?? into.date;
  into.span ||= from.span;
  into.undatable &&= from.undatable;
  into.perfect ||= from.perfect;
  into.current ||= from.current;
  into.witness &&= from.witness;
  // "his visit to Baku", then "X was in Azerbaijan on a visit": the trip went to both.
  if (into.kind === 'visit' && from.place && !from.roles.has('destination'))
    if (into.place && from.place !== into.place) into.roles.get('destination')?.add(from.place);
  into.place ??= from.place;
  into.contact ??= from.contact;
  into.indirect ||= from.indirect;
  into.together ||= from.together;
  into.hostedTalks ||= from.hostedTalks;
  into.coChaired ||= from.coChaired;
  into.thirdParty ||= from.thirdParty;
  into.unnamedSides = Math.max(into.unnamedSides, from.unnamedSides);
  if (into.partial && !from.partial) {
    into.kind = from.kind;
    into.partial = false;
  }
}
