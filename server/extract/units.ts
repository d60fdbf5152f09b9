/**
 * The vocabulary the chunker and every later stage share. Frames, clauses, referents and
 * statuses all read a sentence as these units and never as words, so their shapes live apart
 * from the code that builds them and a stage that only reads units need not import the chunker.
 */
import type { EntityType } from '../domain/index.ts';
import type { DateMention } from './dates.ts';
import type { AnaphorClass, NounEntry, Role } from './lexicon/index.ts';

export interface Member {
  /** Named by its capital ("Montevideo"), when the member is a state: the capital's place id. */
  capital?: string | null;
  id: string;
  type: EntityType;
  /** Named only by its adjective ("Peruvian negotiators"). */
  demonym: boolean;
  /** Index of the ref in the sentence's refs. */
  ref: number;
  /** A person's state or body named before them ("Serbian negotiator X", "Ghana's X"). */
  side?: string;
  /** A go-between's role of its own in a list of sides ("a meeting of EU facilitators, A and B"). */
  role?: Role;
}

interface Span {
  /** Word indices [from, to). */
  from: number;
  to: number;
}

export interface ActorUnit extends Span {
  kind: 'actor';
  members: Member[];
  /** "the leaders of A and B": the people who lead them, where the article names them. */
  leadersOf: boolean;
  /** Followed by 's: the possessor of what comes next. */
  possessive: boolean;
  /** A role the noun after the names gives them ("Qatari mediators"). */
  role: Role | null;
  /** Written as a compound with a hyphen ("Peru-Bolivia talks"). */
  hyphen: boolean;
  /** Only an adjective, with no noun for its people ("Finnish" in "Finnish mediation"). */
  modifier: boolean;
  /** The preposition right before it, if any. */
  prep: string | null;
  /** Names several: "A and B", "Uruguayan negotiators" ("they", not "it"). */
  plural?: boolean;
}

export interface VerbUnit extends Span {
  kind: 'verb';
  lemma: string;
  /** Index of the head verb's word. */
  head: number;
  form: 'finite' | 'participle' | 'gerund' | 'infinitive';
  passive: boolean;
  negated: boolean;
  modal: string | null;
  perfect: boolean;
  /** Auxiliaries and the verb, lower case. */
  words: string[];
}

export interface NounUnit extends Span {
  kind: 'noun';
  lemma: string;
  /** Word index of the noun itself, after its modifiers. */
  head: number;
  entry: NounEntry;
  /** The determiner or possessive pronoun before it ("the", "a", "their", "no"). */
  det: string | null;
  /** Lower-case words between the determiner and the noun ("first", "indirect", "border"). */
  mods: string[];
  /** "X's mediation", "Finnish mediation": who the noun belongs to. */
  owner: ActorUnit | null;
  /** "the Senegal-brokered accord": the agent, the participle's lemma and its word. */
  agentBy: { actor: ActorUnit; lemma: string; word: number } | null;
  /** "Peru-Bolivia talks": the sides. */
  parties: ActorUnit | null;
  /** "the Geneva talks". */
  place: string | null;
  /** "Friday's meeting", "their June encounter". */
  date: DateMention | null;
}

export type Unit =
  | ActorUnit
  | VerbUnit
  | NounUnit
  | (Span & { kind: 'place'; id: string; ref: number; prep: string | null })
  | (Span & {
      kind: 'anaphor';
      count: number | null;
      cls: AnaphorClass;
      /** "the two heads of delegation", "both delegation heads": who headed the teams. */
      heads?: boolean;
      /** "both delegations", "the two teams": sides that sat at talks, not on a call. */
      teams?: boolean;
    })
  | (Span & { kind: 'pronoun'; lemma: string; possessive: boolean })
  | (Span & { kind: 'role'; role: Role; det: string | null })
  | (Span & { kind: 'prep'; lemma: string })
  | (Span & { kind: 'sub'; lemma: string })
  | (Span & { kind: 'punct'; text: string })
  | (Span & { kind: 'date'; date: DateMention; possessive: boolean })
  | (Span & { kind: 'word'; lemma: string; pos: string; lower: string });

export type UnitOf<K extends Unit['kind']> = Extract<Unit, { kind: K }>;

/** The stop before appended units: every scan ends at it. */
export const STOP = '¶';
