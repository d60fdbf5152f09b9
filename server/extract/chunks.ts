/**
 * The shallow chunker: a sentence's words become a short sequence of units the frame engine
 * reads like a parse. Actor mentions and their coordination become one actor unit ("Ghana's
 * Kofi Boateng and Togo's Esi Agbeko", "Peruvian and Bolivian negotiators", "the leaders of A
 * and B", "delegates from A and B"); auxiliaries, negation and a verb become one verb unit with
 * its form, voice and modal; an event noun becomes a noun unit holding what modifies it ("the
 * Senegal-brokered border accord", "Friday's meeting", "Peru-Bolivia talks", "Finnish
 * mediation"); prepositions, subordinators, punctuation, dates and places stay single units.
 * No dependency parser works offline, so this is the structure every later rule leans on.
 */
import type { EntityType } from '../domain/index.ts';
import type { DateMention } from './dates.ts';
import {
  FILLERS_BEFORE,
  LEADERS_OF,
  REPRESENTATIVES,
  ROLE_NOUNS,
  SUBORDINATORS,
  VERBS,
  type NounEntry,
  type AnaphorClass,
  type Role,
} from './lexicon/index.ts';
import { gazetteer } from './gazetteer.ts';
import { anaphorAt, isPossessive, lemmaKey, nounAt, verbGroup } from './word-groups.ts';
import type { Ref } from './resolve.ts';
import type { Sentence, Word } from './sentences.ts';

export interface Member {
  /** Named by its capital ("Montevideo"), when the member is a state: the capital's place id. */
  capital?: string | null;
  id: string;
  type: EntityType;
  /** Named only by its adjective ("Peruvian negotiators"). */
  demonym: boolean;
  /** Index of the ref in the sentence's refs. */
  ref: number;
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
  | (Span & { kind: 'anaphor'; count: number | null; cls: AnaphorClass })
  | (Span & { kind: 'pronoun'; lemma: string; possessive: boolean })
  | (Span & { kind: 'role'; role: Role; det: string | null })
  | (Span & { kind: 'prep'; lemma: string })
  | (Span & { kind: 'sub'; lemma: string })
  | (Span & { kind: 'punct'; text: string })
  | (Span & { kind: 'date'; date: DateMention; possessive: boolean })
  | (Span & { kind: 'word'; lemma: string; pos: string; lower: string });

export type UnitOf<K extends Unit['kind']> = Extract<Unit, { kind: K }>;

const PRONOUNS = /^(?:he|she|him|her|his|they|them|their|it|its)$/;

export function chunk(sentence: Sentence, refs: Ref[], dates: DateMention[]): Unit[] {
  const { words } = sentence;
  const refOf = new Int32Array(words.length).fill(-1);
  let r = 0;
  for (let i = 0; i < words.length; i++) {
    // Refs come in order of start; one inside another ("the head of the X Group") is passed over.
    while (r < refs.length && refs[r]!.end <= words[i]!.start) r++;
    if (r < refs.length && words[i]!.start >= refs[r]!.start && words[i]!.end <= refs[r]!.end)
      refOf[i] = r;
  }
  const dateOf = new Int32Array(words.length).fill(-1);
  let d = 0;
  for (let i = 0; i < words.length; i++) {
    while (d < dates.length && dates[d]!.end <= words[i]!.start) d++;
    if (
      d < dates.length &&
      (refOf[i] ?? -1) < 0 &&
      words[i]!.start >= dates[d]!.start &&
      words[i]!.end <= dates[d]!.end
    )
      dateOf[i] = d;
  }

  const units: Unit[] = [];
  const last = () => units[units.length - 1];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if ((refOf[i] ?? -1) >= 0 && refs[refOf[i] ?? -1]!.type !== 'Place') {
      const unit = actorList(words, refs, refOf, i, units);
      units.push(unit);
      i = unit.to;
      continue;
    }
    if ((refOf[i] ?? -1) >= 0) {
      const ref = refOf[i] ?? -1;
      let end = i + 1;
      while (end < words.length && (refOf[end] ?? -1) === ref) end++;
      const prep = last()?.kind === 'prep' ? (last() as UnitOf<'prep'>).lemma : null;
      units.push({ kind: 'place', id: refs[ref]!.id, ref, prep, from: i, to: end });
      i = end;
      continue;
    }
    if ((dateOf[i] ?? -1) >= 0) {
      let end = i + 1;
      while (end < words.length && (dateOf[end] ?? -1) === (dateOf[i] ?? -1)) end++;
      const possessive = isPossessive(words[end]);
      units.push({
        kind: 'date',
        date: dates[dateOf[i] ?? -1]!,
        possessive,
        from: i,
        to: end + Number(possessive),
      });
      i = end + Number(possessive);
      continue;
    }
    const anaphor = anaphorAt(words, i);
    if (anaphor) {
      units.push({ kind: 'anaphor', ...anaphor, from: i });
      i = anaphor.to;
      continue;
    }
    const noun = nounAt(words, i);
    if (noun) {
      units.push(nounUnit(units, i, noun.entry, noun.end));
      i = noun.end;
      continue;
    }
    // "go-between" is three tokens to wink.
    const hyphened =
      words[i + 1]?.text === '-' && words[i + 2] ? `${w.lower}-${words[i + 2]!.lower}` : null;
    const role = (hyphened && ROLE_NOUNS.get(hyphened)) || ROLE_NOUNS.get(w.lemma);
    if (role && (hyphened || w.pos === 'NOUN' || w.pos === 'PROPN')) {
      const det = last()?.kind === 'word' ? (last() as UnitOf<'word'>).lower : null;
      const to = hyphened && ROLE_NOUNS.get(hyphened) ? i + 3 : i + 1;
      units.push({ kind: 'role', role, det, from: i, to });
      i = to;
      continue;
    }
    // wink reads "mediated" as an adjective now and then: in "talks mediated by X" it is a
    // participle, in "X mediated talks" (right after an actor) the verb of the clause.
    const after = last();
    if (
      w.pos === 'ADJ' &&
      /ed$/.test(w.lower) &&
      (words[i + 1]?.lower === 'by' ||
        (after?.kind === 'actor' && !after.prep && !after.possessive))
    ) {
      const lemma = pastLemma(w.lower);
      if (lemma) {
        const participle = words[i + 1]?.lower === 'by';
        units.push({
          kind: 'verb',
          lemma,
          head: i,
          form: participle ? 'participle' : 'finite',
          passive: participle,
          negated: false,
          modal: null,
          perfect: false,
          words: [w.lower],
          from: i,
          to: i + 1,
        });
        i++;
        continue;
      }
    }
    // "the negotiating table", "its ruling party": a gerund after a determiner describes a noun.
    const attributive =
      w.pos === 'VERB' &&
      /ing$/.test(w.lower) &&
      /^(?:DET|PRON)$/.test(words[i - 1]?.pos ?? '') &&
      words[i + 1]?.pos === 'NOUN';
    if (
      !attributive &&
      (w.pos === 'VERB' || w.pos === 'AUX' || (w.lower === 'to' && words[i + 1]?.pos === 'VERB'))
    ) {
      const verb = verbGroup(words, i);
      if (verb) {
        units.push({ kind: 'verb', ...verb, from: i });
        i = verb.to;
        continue;
      }
    }
    if (w.pos === 'PRON' && PRONOUNS.test(w.lower)) {
      const next = words[i + 1];
      const possessive =
        /^(?:his|their|its)$/.test(w.lower) ||
        (w.lower === 'her' && Boolean(next && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)));
      units.push({ kind: 'pronoun', lemma: w.lower, possessive, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (SUBORDINATORS.has(w.lower) && isSubordinator(words, i)) {
      units.push({ kind: 'sub', lemma: w.lower, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (w.pos === 'ADP' || w.pos === 'SCONJ' || /^(?:between|opposite|alongside)$/.test(w.lower)) {
      units.push({ kind: 'prep', lemma: w.lower, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (w.pos === 'PUNCT' || w.pos === 'SYM') {
      units.push({ kind: 'punct', text: w.text, from: i, to: i + 1 });
      i++;
      continue;
    }
    units.push({ kind: 'word', lemma: w.lemma, pos: w.pos, lower: w.lower, from: i, to: i + 1 });
    i++;
  }
  return withNounActors(units);
}

/**
 * The actors a noun took in ("Peru-Bolivia talks", "X's mediation") are appended after a stop,
 * so frames can name them by index while the sentence's own order stays as read.
 */
function withNounActors(units: Unit[]): Unit[] {
  const taken = units.flatMap((u) =>
    u.kind === 'noun'
      ? [u.owner, u.parties, u.agentBy?.actor].filter(
          (a): a is ActorUnit => a !== null && a !== undefined,
        )
      : [],
  );
  if (!taken.length) return units;
  const end = units.length ? units[units.length - 1]!.to : 0;
  return [...units, { kind: 'punct', text: STOP, from: end, to: end }, ...taken];
}

/** The stop before appended units: every scan ends at it. */
export const STOP = '¶';

/** "after", "before", "since", "as" are prepositions before a noun group, subordinators before a clause. */
function isSubordinator(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!/^(?:after|before|since|until|as|once)$/.test(w.lower))
    return w.pos !== 'ADP' || w.lower === 'that';
  for (let k = i + 1; k < Math.min(words.length, i + 14); k++) {
    const x = words[k]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))) return k > i + 1;
    if (x.pos === 'VERB' || x.pos === 'PUNCT' || x.pos === 'ADP' || x.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * An actor list starting at word `i`: items joined by "and", commas or "&", each perhaps with
 * fillers before it, a state's possessive before a person, and a noun for its people after.
 */
function actorList(
  words: Word[],
  refs: Ref[],
  refOf: Int32Array,
  i: number,
  units: Unit[],
): ActorUnit {
  const members: Member[] = [];
  let hyphen = false;
  const afterPrep = units[units.length - 1]?.kind === 'prep';
  const objectPosition = afterPrep || units[units.length - 1]?.kind === 'verb';
  const fronted =
    afterPrep &&
    (units[0]?.kind === 'prep' ||
      units.some((u) => u.kind === 'verb' && (u.form === 'participle' || u.form === 'finite')));
  const takeItem = (at: number): number => {
    const r = refOf[at] ?? -1;
    let end = at;
    while (end < words.length && (refOf[end] ?? -1) === r) end++;
    // "Ghana's Kofi Boateng": the state is the person's affiliation, not a second actor.
    if (
      isPossessive(words[end]) &&
      (refOf[end + 1] ?? -1) >= 0 &&
      refs[refOf[end + 1] ?? -1]!.type === 'Person'
    )
      return takeItem(end + 1);
    const ref = refs[r]!;
    members.push({
      id: ref.id,
      type: ref.type,
      demonym: ref.demonym,
      ref: r,
      capital:
        typeof ref.capital === 'string'
          ? ref.capital
          : ref.capital
            ? (gazetteer().capitalPlace.get(ref.id)?.id ?? null)
            : null,
    });
    end = skipPosition(words, end);
    // "South Sudan's government and the front": a noun for an item's people, inside the list.
    const rep = repAfter(words, end);
    if (rep && (words[rep.end]?.lower === 'and' || words[rep.end]?.text === ',')) {
      sawRep = true;
      return rep.end;
    }
    return end;
  };
  let sawRep = false;
  const isActorAt = (at: number) =>
    (refOf[at] ?? -1) >= 0 && refs[refOf[at] ?? -1]!.type !== 'Place';
  let k = takeItem(i);
  for (;;) {
    if (words[k]?.text === '-' && isActorAt(k + 1) && words[k]!.start === words[k - 1]!.end) {
      hyphen = true;
      k = takeItem(k + 1);
      continue;
    }
    let j = k;
    if (words[j]?.text === ',') j++;
    if (words[j] && (words[j]!.lower === 'and' || words[j]!.text === '&')) j++;
    else if (
      words[j]?.lower === 'as' &&
      words[j + 1]?.lower === 'well' &&
      words[j + 2]?.lower === 'as'
    )
      j += 3;
    if (j === k) break;
    if (words[k]!.text === ',') {
      const end = listEnd(words, refOf, j);
      // "Invited by X, A and B sat down": after a fronted phrase, a comma before a new subject
      // ends it; "the ministers of A, B and C met" is one list.
      if (end < 0 || (fronted && startsClause(words, end))) break;
    }
    while (words[j] && FILLERS_BEFORE.has(words[j]!.lower) && (refOf[j] ?? -1) < 0) j++;
    if (!isActorAt(j)) break;
    // "Under the auspices of the African Union, Sudanese and Chadian officials met": after a
    // comma, a list of names does not go on with adjectives.
    if (words[k]!.text === ',' && !members[0]!.demonym && refs[refOf[j]!]!.demonym) break;
    // "A met B and C met D": an item followed by its own verb starts a new clause.
    const after = takeItemEnd(refOf, words, j);
    if (objectPosition && !afterPrep && startsClause(words, after)) break;
    k = takeItem(j);
  }
  // A noun for the people after the list: "Peruvian and Bolivian negotiators", "Peru's team".
  const after = repAfter(words, k);
  const rep = after?.role;
  let possessive = false;
  let role: Role | null = null;
  if (after) {
    role = after.role === 'party' ? null : after.role;
    k = after.end;
  } else if (isPossessive(words[k])) {
    possessive = true;
    k++;
  }
  const plainDemonyms = members.every((x) => x.demonym) && !rep && !sawRep && !hyphen;
  const people = plainDemonyms && members.every((x) => /s$/i.test(refs[x.ref]!.surface));
  let from = i;
  let prep: string | null = null;
  // Fillers before the list ("the", "both") and "delegates from" / "the government of" before it.
  const take = () => {
    const u = units[units.length - 1];
    if (u?.kind === 'word' && FILLERS_BEFORE.has(u.lower)) {
      from = u.from;
      units.pop();
      return true;
    }
    return false;
  };
  while (take());
  // "the leaders of A and B", "delegates from A and B", "the government of A".
  const lead = phraseBefore(words, i, LEADERS_OF, true);
  const head = lead >= 0 ? lead : phraseBefore(words, i, REPRESENTATIVES, false);
  const leadersOf = lead >= 0;
  if (head >= 0) {
    while (units.length && units[units.length - 1]!.from >= head) from = units.pop()!.from;
    while (take());
  }
  const last = units[units.length - 1];
  if (last?.kind === 'prep') prep = last.lemma;
  return {
    kind: 'actor',
    members,
    leadersOf,
    possessive,
    role,
    hyphen,
    modifier: plainDemonyms && !people,
    prep,
    plural:
      members.length > 1 || people || Boolean(after && /s$/.test(words[after.end - 1]!.lower)),
    from,
    to: k,
  };
}

/** A caption's "(left)", "(centre)", "(second right)" after a name: not part of the text's grammar. */
function skipPosition(words: Word[], at: number): number {
  if (words[at]?.text !== '(') return at;
  for (let k = at + 1; k < Math.min(words.length, at + 4); k++) {
    if (words[k]!.text !== ')') continue;
    const inside = words.slice(at + 1, k);
    const position = /\b(?:left|right|centre|center|front|back|l|r|c)\b/i.test(
      inside.map((w) => w.text).join(' '),
    );
    // "(SSUOF)": the short name mentions.ts already took as an alias.
    const alias = inside.length === 1 && /^\p{Lu}/u.test(inside[0]!.text);
    return position || alias ? k + 1 : at;
  }
  return at;
}

/** "'s government", "negotiators", "'s chief negotiator": the noun for an actor's people. */
function repAfter(words: Word[], at: number): { end: number; role: Role } | null {
  let m = at;
  if (isPossessive(words[m])) m++;
  // "'s internationally recognised government", "'s chief negotiator": words before the noun;
  // a participle only after a possessive ("Uruguay played host" is a verb).
  const owned = m > at;
  const describes = (w: Word | undefined) =>
    Boolean(
      w &&
      (w.pos === 'ADJ' ||
        w.pos === 'ADV' ||
        // "border officials", "government negotiators": a noun that says which ones.
        (w.pos === 'NOUN' && !isPossessive(w)) ||
        w.lower === 'chief' ||
        (owned && w.pos === 'VERB' && /ed$/.test(w.lower))),
    );
  // The last noun for people within reach: "government negotiators", "border officials".
  let last = -1;
  for (let n = m; n < m + 4 && describes(words[n]); n++)
    if (REPRESENTATIVES.has(words[n]!.lemma)) last = n;

  if (last > m) m = last;
  const w = words[m];
  const role = w && w.pos !== 'VERB' ? REPRESENTATIVES.get(w.lemma) : undefined;
  return role ? { end: m + 1, role } : null;
}

function takeItemEnd(refOf: Int32Array, words: Word[], at: number): number {
  let end = at;
  while (end < words.length && (refOf[end] ?? -1) === (refOf[at] ?? -1)) end++;
  return end;
}

/**
 * Where the rest of a list starting after a comma at `j - 1` ends ("A, B and C"), or -1 when
 * no "and" follows, so the comma was not a list's ("A, who ...", "A, the mediator").
 */
function listEnd(words: Word[], refOf: Int32Array, j: number): number {
  let and = false;
  for (let k = j; k < words.length; k++) {
    if ((refOf[k] ?? -1) >= 0) {
      k = skipPosition(words, takeItemEnd(refOf, words, k)) - 1;
      continue;
    }
    const w = words[k]!;
    if (w.lower === 'and' || w.text === '&') {
      and = true;
      continue;
    }
    if (w.text === ',' || FILLERS_BEFORE.has(w.lower) || isPossessive(w)) continue;
    return and ? k : -1;
  }
  return and ? words.length : -1;
}

function startsClause(words: Word[], at: number): boolean {
  let k = at;
  while (words[k]?.pos === 'ADV') k++;
  const w = words[k];
  return Boolean(w && (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower))));
}

/**
 * Where a phrase of `nouns` followed by "of" (or "from", for representatives) ends right before
 * word `i`: the word index it starts at, or -1. Leaders must be plural ("the presidents of").
 */
function phraseBefore(
  words: Word[],
  i: number,
  nouns: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  plural: boolean,
): number {
  const prep = words[i - 1]?.lower;
  if (prep !== 'of' && (plural || prep !== 'from')) return -1;
  for (let n = 3; n >= 1; n--) {
    const from = i - 1 - n;
    if (from < 0 || !nouns.has(lemmaKey(words, from, n))) continue;
    if (plural && !/s$/i.test(words[i - 2]!.text)) continue;
    return from;
  }
  return -1;
}

/** The noun and the modifiers already emitted before it, which it takes back. */
function nounUnit(units: Unit[], i: number, entry: NounEntry, end: number): NounUnit {
  const noun: NounUnit = {
    kind: 'noun',
    lemma: entry.lemma,
    head: i,
    entry,
    det: null,
    mods: [],
    owner: null,
    agentBy: null,
    parties: null,
    place: null,
    date: null,
    from: i,
    to: end,
  };
  const at = (back: number) => units[units.length - back];
  const take = () => {
    const u = units.pop()!;
    noun.from = u.from;
    return u;
  };
  // "Qatari-brokered", "Putin-mediated": an actor, a hyphen, a participle.
  // "American mediated talks": an adjective of a state and a participle, no hyphen.
  const agentBefore = (lemma: string) => {
    const adjective = at(2)?.kind === 'actor' && (at(2) as ActorUnit).modifier;
    const hyphened =
      at(2)?.kind === 'punct' &&
      (at(2) as { text: string }).text === '-' &&
      at(3)?.kind === 'actor';
    if (!adjective && !hyphened) return false;
    const word = take().from;
    if (hyphened) take();
    noun.agentBy = { actor: take() as ActorUnit, lemma, word };
    return true;
  };
  // Inside a noun group: right after a determiner or an adjective ("the planned talks").
  const npInternal = () => {
    const before = at(2);
    return before?.kind === 'word' && /^(?:DET|ADJ)$/.test(before.pos);
  };
  for (;;) {
    const u = at(1);
    if (!u) break;
    if (
      u.kind === 'word' &&
      (u.pos === 'DET' || (u.pos === 'PRON' && /^(?:their|its|his|her|our)$/.test(u.lower)))
    ) {
      take();
      noun.det = u.lower;
      break;
    }
    if (u.kind === 'pronoun' && u.possessive) {
      // Left in place: the frame reads whom it stands for.
      noun.det = u.lemma;
      break;
    }
    if (u.kind === 'word' && /^(?:ADJ|NOUN|NUM|PROPN|VERB|ADV)$/.test(u.pos)) {
      if (/ed$/.test(u.lower) && agentBefore(u.lemma)) continue;
      take();
      noun.mods.unshift(u.lower);
      continue;
    }
    if (u.kind === 'punct' && u.text === '-' && at(2)?.kind === 'word') {
      take();
      continue;
    }
    if (u.kind === 'verb' && u.words.length === 1) {
      if (agentBefore(u.lemma)) continue;
      // "a water-sharing pact": a compound modifier ending in a gerund.
      if (
        u.form === 'gerund' &&
        at(2)?.kind === 'punct' &&
        (at(2) as { text: string }).text === '-'
      ) {
        take();
        noun.mods.unshift(u.words[0]!);
        continue;
      }
      // "the planned talks", "a proposed meeting"; not "X organised talks".
      if (/ed$/.test(u.words[0]!) && npInternal()) {
        take();
        noun.mods.unshift(u.words[0]!);
        continue;
      }
      break;
    }
    if (u.kind === 'actor' && (!u.prep || u.possessive || u.modifier)) {
      take();
      // "the Montevideo round", "the Geneva talks": a capital before an event noun is its place.
      const capital = !u.possessive && u.members.length === 1 ? capitalPlace(u.members[0]!) : null;
      if (capital) noun.place = capital;
      else if (!u.possessive && u.members.length > 1) noun.parties = u;
      else noun.owner = u;
      if (u.possessive) break;
      continue;
    }
    if (u.kind === 'place' && !u.prep) {
      take();
      noun.place = u.id;
      continue;
    }
    if (u.kind === 'date' && at(2)?.kind !== 'prep') {
      take();
      noun.date = u.date;
      if (u.possessive) break;
      continue;
    }
    break;
  }
  return noun;
}

function capitalPlace(m: Member): string | null {
  return m.capital ?? null;
}

/** The lexicon verb a past form comes from ("mediated", "chaired", "brokered"), if any. */
function pastLemma(form: string): string | null {
  for (const stem of [form.slice(0, -1), form.slice(0, -2), form.slice(0, -3)])
    if (VERBS.has(stem)) return stem;
  return null;
}
