/**
 * The event frame: one occurrence (talks, a call, a visit, an accord ...) as one sentence or
 * several state it, with who filled which role, its status, date and place. Frames start in
 * one sentence (frames.ts) holding chunk indices; discourse.ts resolves those to entities and
 * merges frames that report the same occurrence; relations.ts turns the result into relations.
 */
import type { FuzzyDate } from '../domain/index.ts';
import type { Contact, Kind, Role, Status } from './lexicon/index.ts';

export interface Fill {
  role: Role;
  /** Unit index in the frame's sentence. */
  unit: number;
  /** Offsets in the sentence of the words that gave this role ("mediated by", "brokered"). */
  phrase?: { start: number; end: number } | null;
  /** The words put this third party in the room with the sides ("chaired by X"). */
  present?: boolean;
  /** The unit of whoever this attendee came along with ("accompanied by X"): no meeting of theirs. */
  with?: number;
}

/**
 * Actors a frame says were in contact: every pair met (or spoke), or with `star` only the star
 * with each of the others ("X received A and B", "held separate talks with A and B"). `weak`
 * when only an event noun says so ("talks between A and B"): with a mediator or host present,
 * the sides may never have sat together.
 */
export interface Meeting {
  units: number[];
  star: number | null;
  weak: boolean;
  /** Offsets in the sentence of the words that say they met ("held talks with"). */
  phrase?: { start: number; end: number } | null;
}

export interface Frame {
  sentence: number;
  kind: Kind;
  cameo: string;
  contact: Contact | null;
  status: Status;
  /** Indirect or separate talks: the sides did not sit together. */
  indirect: boolean;
  /** Said to be joint ("in a joint session", "together", "three-way"). */
  together: boolean;
  /** Named as a new occurrence ("a second meeting"): never an earlier event told again. */
  fresh?: boolean;
  /** Says an event told before never happened ("No such meeting took place"). */
  refutes?: boolean;
  /** Lasted days or more ("eleven days of bargaining"): dated by its month, not its last day. */
  span?: boolean;
  /**
   * No day may be guessed for it: it spans years ("since the 1990s") or came before the
   * report's own news ("she said she had met him").
   */
  undatable?: boolean;
  /** "have met", with no day: lately, which the report's news day or year dates. */
  perfect?: boolean;
  /** Its host hosted the talks themselves, not a guest: a third party to them. */
  hostedTalks?: boolean;
  /** Chaired by several together ("co-chaired by A and B"): the sides, if no one else is. */
  coChaired?: boolean;
  fills: Fill[];
  meetings: Meeting[];
  /** Unit indices of every trigger that states it. */
  triggers: number[];
  /** The noun unit that names it, if any. */
  noun: number | null;
  /** "the talks", "the accord", "it": refers back to an event told before. */
  definite: boolean;
  /** Told with "the", "this" or "these", even where it names its sides ("the sessions ... brought A face to face with B"). */
  anaphoric?: boolean;
  /** A role without its event ("X presided", "X is acting as go-between"): joins another. */
  partial: boolean;
  /** Named by a noun for a role in some event ("mediation", "auspices"), not for the event. */
  roleNoun?: boolean;
  /** "with X's help": a role only in an event its own sentence tells, never on its own. */
  clauseOnly?: boolean;
  /** "his mediation efforts regarding Karabakh": a role in some other conflict's events. */
  elsewhere?: boolean;
  /** "talks with X", "on a visit to Y" with no one else named: the clause's subject fills it. */
  counterpart?: Role;
  /** The person whose words report it ("X replied that Kenya would mediate"): unit index. */
  speaker?: number;
  place: string | null;
  date: FuzzyDate | null;
  /** Offsets in the sentence of the words that state it. */
  phrase: { start: number; end: number } | null;
}

export function newFrame(sentence: number, kind: Kind, cameo: string): Frame {
  return {
    sentence,
    kind,
    cameo,
    contact: null,
    status: 'happened',
    indirect: false,
    together: false,
    fills: [],
    meetings: [],
    triggers: [],
    noun: null,
    definite: false,
    partial: false,
    place: null,
    date: null,
    phrase: null,
  };
}

/** Kinds that can be one occurrence told in different words. */
export function kindsAgree(a: Kind, b: Kind): boolean {
  if (a === b) return true;
  const talks = new Set<Kind>(['talks', 'summit']);
  const deals = new Set<Kind>(['agreement', 'ceasefire']);
  return (talks.has(a) && talks.has(b)) || (deals.has(a) && deals.has(b));
}

/** Folds `from` into `into`: roles, triggers, and whatever `into` lacks. */
export function absorb(into: Frame, from: Frame): void {
  for (const fill of from.fills)
    if (!into.fills.some((f) => f.unit === fill.unit && f.role === fill.role))
      into.fills.push(fill);
  into.meetings.push(...from.meetings);
  into.triggers.push(...from.triggers.filter((t) => !into.triggers.includes(t)));
  into.noun ??= from.noun;
  into.place ??= from.place;
  into.date ??= from.date;
  into.contact ??= from.contact;
  into.indirect ||= from.indirect;
  into.together ||= from.together;
  into.fresh ||= from.fresh;
  into.span ||= from.span;
  into.undatable ||= from.undatable;
  into.perfect ||= from.perfect;
  into.hostedTalks ||= from.hostedTalks;
  into.coChaired ||= from.coChaired;
  into.phrase ??= from.phrase;
  if (into.partial && !from.partial) {
    into.kind = from.kind;
    into.partial = false;
  }
  if (RANK[from.status] > RANK[into.status]) into.status = from.status;
}

/** The strongest word on what happened wins: a denial outranks the verb it governs. */
const RANK: Record<Status, number> = {
  happened: 0,
  offered: 1,
  planned: 2,
  hoped: 3,
  disputed: 4,
  denied: 5,
  negated: 6,
  reported: 4,
};
