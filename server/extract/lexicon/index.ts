/**
 * The extractor's knowledge of English event language, as data: the trigger lexicon (verbs and
 * nouns that state an event, each with its roles and CAMEO code) and the closed word classes the
 * chunker and the status reader need. Loaded once; the engine only ever asks this module.
 */
import type { EventKind, EventStatus } from '../../domain/index.ts';
import grammarData from './grammar.json' with { type: 'json' };
import fightingData from './fighting.json' with { type: 'json' };
import reactionData from './reactions.json' with { type: 'json' };
import triggerData from './triggers.json' with { type: 'json' };

export type Role = 'mediator' | 'host' | 'party' | 'guest' | 'visitor' | 'attendee' | 'destination';
export type Kind = EventKind;
export type Status = EventStatus;
export type Contact = 'meet' | 'call' | 'receive';
/** What a plural anaphor may stand for: people, states, or the sides as wholes. */
export type AnaphorClass = 'person' | 'state' | 'collective';

/** What a verb says about who did what: the role of each argument slot. */
export interface VerbEntry {
  lemma: string;
  agent: Role;
  /** The direct object: 'event' (an event noun), an actor role, or both ('event|guest'). */
  object?: string;
  kind: Kind;
  cameo: string;
  contact?: Contact;
  status?: Status;
  /** What the verb needs before it states an event of its kind (see frames.ts). */
  needs?:
    | 'event'
    | 'person'
    | 'actor'
    | 'phone'
    | 'voice'
    | 'companion'
    | 'company'
    | 'offer'
    | 'credit'
    /** Only as the purpose of a trip, of a person: "travelled to Lomé to see President X". */
    | 'purpose'
    /** A person not then urged to act: "called on X at his office", not "called on X to resign". */
    | 'visitee'
    /** Only as what someone helps do: "helped settle the dispute between A and B". */
    | 'helped'
    /** Only with word carried for others as its object: "carried messages between A and B". */
    | 'message'
    /** A person, and a place to be in or a phone: "briefed X at the palace" (else unsaid how). */
    | 'presence';
  min?: number;
  indirect?: boolean;
  /** The sides sat in one room ("chaired", "convened"): talks named by a noun were joint. */
  together?: boolean;
  /** Its agent sat with the sides ("chaired", "presided over"): a third party who met them;
   * or only when its object is one of these nouns ("facilitated a meeting", not "the talks"). */
  present?: boolean | string[];
  /** Its agent came along with its object ("accompanied"): at the object's event, not meeting it. */
  follows?: boolean;
  /**
   * The role of an agent acting alone on an event others hold ("the envoy opened the round"):
   * one actor with no one named beside it is not a side.
   */
  alone?: Role;
  /**
   * The role of an agent of an event whose noun names its own sides without it ("X negotiated
   * the deal between A and B", "the deal between A and B, negotiated by X").
   */
  outsider?: Role;
  /** Says only that talks took place ("held", "resumed"), not that the sides sat together. */
  light?: boolean;
  /** Kinds of event noun over which a light verb still says its sides met ("negotiated a deal"). */
  meetsOver?: Kind[];
  /** Prepositions and the role of the actors they bring ("between": "party"). */
  preps: Record<string, string>;
}

export interface NounEntry {
  lemma: string;
  kind: Kind;
  cameo: string;
  /** A framework over months ("process", "track"), no room anyone sat in. */
  lasting?: boolean;
  contact?: Contact;
  /** The role of a possessor or modifier ("Qatari mediation", "X's invitation"). */
  agent?: Role;
  status?: Status;
  /**
   * 'with': a word for helping ("help", "assistance") names a go-between only in "with X's
   * help", "with the assistance of X", and only inside an event its clause tells.
   * 'at': a host's word ("invitation") names the host of what happened only "at the
   * invitation of X" ("renewed his invitation to visit" hosts nothing yet).
   * 'under': "supervision", "aegis" name a go-between only "under the supervision of X"
   * ("the supervision of the vote" is a task, not an event's role).
   */
  needs?: 'context' | 'phone' | 'offer' | 'with' | 'at' | 'under';
  /** Only the plural names the event ("talks", not "a talk"). */
  plural?: boolean;
  /** Its go-between, a person, sat with the sides ("under the supervision of X"). */
  present?: boolean;
  /** Given "to" its sides ("extended its good offices to A and B"). */
  recipients?: boolean;
  /** Names people in one room ("meeting", "summit", "dinner"), unlike "talks" or "dialogue". */
  together?: boolean;
  /**
   * Puts people in one place without being an event of the evaluation's kinds ("a victory
   * parade with X"): they met, but it is no talks of its own.
   */
  witness?: boolean;
  /** Issued by whoever speaks through it ("they said in a joint statement"): its sides. */
  issued?: boolean;
  /** Fought in another's land: the state it is "in" is its other side ("X's invasion in Y"). */
  invades?: boolean;
}

const VERB_KEYS = new Set([
  'agent',
  'object',
  'kind',
  'cameo',
  'contact',
  'status',
  'needs',
  'min',
  'indirect',
  'together',
  'present',
  'follows',
  'alone',
  'outsider',
  'light',
  'meetsOver',
]);

function verbEntries(): Map<string, VerbEntry> {
  const out = new Map<string, VerbEntry>();
  for (const [lemma, raw] of Object.entries(triggerData.verbs)) {
    const fields = raw as Record<string, unknown>;
    const preps: Record<string, string> = {};
    for (const [key, value] of Object.entries(fields))
      if (!VERB_KEYS.has(key)) preps[key] = value as string;
    out.set(lemma, { ...(fields as unknown as VerbEntry), lemma, preps });
  }
  // "co-facilitated", "co-mediated": a go-between's verb shared with another is still theirs.
  for (const [lemma, entry] of [...out])
    if (/^(?:mediator|host)$/.test(entry.agent) && !lemma.includes(' ') && !out.has(`co-${lemma}`))
      out.set(`co-${lemma}`, { ...entry, lemma: `co-${lemma}` });
  return out;
}

function nounEntries(): Map<string, NounEntry> {
  const out = new Map<string, NounEntry>();
  for (const [lemma, raw] of Object.entries(triggerData.nouns))
    out.set(lemma, { ...(raw as unknown as NounEntry), lemma });
  return out;
}

const without = <T>(record: Record<string, T>) =>
  new Map(Object.entries(record).filter(([key]) => key !== 'about'));

export const VERBS = verbEntries();
/** Multiword verbs ("sit down", "call on") by their first word, so a verb looks up only its own. */
export const PHRASAL_VERBS = new Map<string, [string, VerbEntry][]>();
for (const [lemma, entry] of VERBS) {
  const space = lemma.indexOf(' ');
  if (space < 0) continue;
  const head = lemma.slice(0, space);
  PHRASAL_VERBS.set(head, [...(PHRASAL_VERBS.get(head) ?? []), [lemma, entry]]);
}
export const NOUNS = nounEntries();
/** The longest multiword verb or noun entry, in words: how far lookups need to look ahead. */
export const LONGEST = Math.max(
  ...[...VERBS.keys(), ...NOUNS.keys()].map((k) => k.split(' ').length),
);
export const ROLE_NOUNS = without(triggerData.roleNouns) as Map<string, Role>;

export const REPRESENTATIVES = without(grammarData.representatives) as Map<string, Role>;
export const LEADERS_OF = new Set(grammarData.leadersOf);
export const ANAPHORS = without(grammarData.anaphors) as Map<string, AnaphorClass>;
export const FILLERS_BEFORE = new Set(grammarData.fillersBefore);
export const SUBORDINATORS = new Set(grammarData.subordinators);
export const SEQUENCE = new Set(grammarData.sequence.words);
export const SPEECH = new Set(grammarData.speech);
export const TELLING = new Set(grammarData.telling.words);
export const OWNED_PLACES = new Set(grammarData.ownedPlaces.words);
export const EFFORT_HEADS = new Set(grammarData.effortHeads.words);
export const UNDERTAKING = new Set(grammarData.undertaking.words);
export const TEAMS = new Set(grammarData.teams.words);
export const SAYINGS = new Set(grammarData.sayings.words);
export const TOPIC_HEADS = new Set(grammarData.topicHeads.words);
export const DOCUMENTS = new Set(grammarData.documents.words);
export const SHORT_TITLES = new Set(grammarData.shortTitles.words);
export const RIFTS = new Set(grammarData.rifts.words);
export const BONDS = new Set(grammarData.bonds.words);
export const CONDUCT = new Set(grammarData.conduct.words);
export const MODALS = new Map(Object.entries(grammarData.modals)) as Map<string, Status>;
export const PHONE_MARKERS = new Set(grammarData.phoneMarkers);
export const MEANS = new Set(grammarData.means.words);
export const INDIRECT = new Set(grammarData.indirect);
export const TOGETHER = new Set(grammarData.together);
export const FRESH = new Set(grammarData.fresh.words);
export const GROUPS_OF_A_PEOPLE = new Set(grammarData.groupsOfAPeople.words);
export const UNDER_WAY = new Set(fightingData.underWay);
export const ENDING = new Set(fightingData.ending);
export const TAKING = new Set(fightingData.taking);
export const STARTING = new Set(fightingData.starting);
export const NOT_ARMED = new Set(fightingData.notArmed);
export const PEOPLE_OF_WAR = new Set(fightingData.peopleOfWar);
export const REACTING = new Set(reactionData.reacting);

const statusWords = grammarData.status;
/** Governing words by the status they give what they govern. */
export const STATUS_WORDS: Map<string, Status | 'factive'> = new Map();
for (const status of [
  'planned',
  'offered',
  'hoped',
  'denied',
  'disputed',
  'negated',
  'factive',
] as const)
  for (const word of statusWords[status]) STATUS_WORDS.set(word, status);
