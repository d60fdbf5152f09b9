/**
 * Actor lists: where a run of names stops being one noun group. News coordinates actors in
 * many ways ("A, B and C", "Ghana's Kofi Boateng", "Peruvian and Bolivian negotiators", "the
 * leaders of A and B") and a list that runs on too far or stops too soon puts the wrong sides
 * in an event, so the chunker leaves this reading to one place with its own boundary rules.
 */
import { foldText } from '../domain/index.ts';
import { FILLERS_BEFORE, LEADERS_OF, REPRESENTATIVES, SPEECH, type Role } from './lexicon/index.ts';
import {
  clauseRuns,
  companionEnd,
  groupAfter,
  listEnd,
  pastDescriptor,
  pastRank,
  pastPlaceOwner,
  pastRegionNoun,
  phraseBefore,
  repAfter,
  skipPosition,
  startsClause,
  takeItemEnd,
  unknownSideEnd,
} from './actor-words.ts';
import { gazetteer } from './gazetteer.ts';
import { isPossessive } from './word-groups.ts';
import type { Ref } from './resolve.ts';
import type { Word } from './sentences.ts';
import type { ActorUnit, Member, Unit } from './units.ts';

/**
 * An actor list starting at word `i`: items joined by "and", commas or "&", each perhaps with
 * fillers before it, a state's possessive before a person, and a noun for its people after.
 */
export function actorList(
  words: Word[],
  refs: Ref[],
  refOf: Int32Array,
  i: number,
  units: Unit[],
): ActorUnit {
  const members: Member[] = [];
  let hyphen = false;
  // What comes before the list, past its fillers ("to the", "met both").
  let before = units.length - 1;
  while (
    units[before]?.kind === 'word' &&
    FILLERS_BEFORE.has((units[before] as { lower: string }).lower)
  )
    before--;
  const afterPrep = units[before]?.kind === 'prep';
  // "officials said A and B had agreed": after a verb of saying comes a clause, not an object.
  const verbBefore = units[before];
  const objectPosition =
    afterPrep || (verbBefore?.kind === 'verb' && !SPEECH.has(verbBefore.lemma));
  // "On the sidelines, PM X held talks with A, B and C": the clause has its subject and verb
  // already (unless a subordinate clause opened the sentence), so the list is its object.
  // ("A truce between A and B brokered by X, Y and Z took effect": a noun group opened the
  // sentence, so the phrase is inside its subject, not before the clause.)
  // (Past a dateline: "LUANDA — Invited by X, ...".)
  const opener = units.find((u) => !/^(?:word|punct|date|place)$/.test(u.kind));
  const fronted =
    afterPrep &&
    !clauseRuns(units) &&
    (units[0]?.kind === 'prep' ||
      // "According to X, A and B met", "Invited by X, ...": a phrase before the clause.
      opener?.kind === 'verb');
  const takeItem = (at: number, side?: string): number => {
    const r = refOf[at] ?? -1;
    let end = at;
    while (end < words.length && (refOf[end] ?? -1) === r) end++;
    // "Ghana's Kofi Boateng": the state is the person's affiliation, not a second actor.
    if (
      isPossessive(words[end]) &&
      (refOf[end + 1] ?? -1) >= 0 &&
      refs[refOf[end + 1] ?? -1]!.type === 'Person'
    )
      return takeItem(end + 1, refs[r]!.type === 'Person' ? undefined : refs[r]!.id);
    // "Colombian government negotiator Ana X": a person's side and office before the name.
    // ("the Norwegian facilitator X": an office that makes its holder a third party.)
    const office = repAfter(words, end);
    if (
      office &&
      !isPossessive(words[end]) &&
      (refOf[office.end] ?? -1) >= 0 &&
      refs[refOf[office.end] ?? -1]!.type === 'Person'
    ) {
      if (office.role !== 'party') officeRole = office.role;
      return takeItem(office.end, refs[r]!.type === 'Person' ? undefined : refs[r]!.id);
    }
    // "British businessman X", "Kenyan oil tycoon X": a nationality and a trade describe the
    // person, who stands for no state.
    const trade = refs[r]!.demonym ? tradeBeforeName(words, end) : -1;
    if (trade >= 0 && (refOf[trade] ?? -1) >= 0 && refs[refOf[trade] ?? -1]!.type === 'Person')
      return takeItem(trade, undefined);
    const ref = governedBy(words, at, refs[r]!);
    // "the Norwegian facilitator X" named whole, with its title: the office inside the name.
    // ("Chief Mediator X", and "X, the chief mediator," whose office ends the mention.)
    if (ref.type === 'Person')
      for (let n = at, apposed = false; n < end; n++) {
        apposed ||= words[n]!.text === ',';
        if (n === end - 1 && !apposed) break;
        const inside = REPRESENTATIVES.get(words[n]!.lemma.toLowerCase());
        if (inside && inside !== 'party') officeRole = inside;
      }
    // ("the United Nations moderator": a body named by its go-between's office.)
    const last = REPRESENTATIVES.get(words[end - 1]?.lemma.toLowerCase() ?? '');
    if (ref.type === 'Organization' && last && last !== 'party' && end - at > 1) officeRole = last;
    // "the water ministers, A of Paraguay and B of Bolivia": a name's own state after "of".
    const of = ref.type === 'Person' && !side ? stateOfAfter(words, refs, refOf, end) : null;
    if (of) {
      side = of.id;
      end = of.end;
    }
    // "the Palestinian militant group", "Sudanese rebels": a body the adjective only describes.
    const body = ref.demonym ? groupAfter(words, end) : -1;
    if (body >= 0) return body;
    members.push({
      id: ref.id,
      type: ref.type,
      demonym: ref.demonym,
      ref: r,
      ...(side ? { side } : {}),
      capital:
        typeof ref.capital === 'string'
          ? ref.capital
          : ref.capital
            ? (gazetteer().capitalPlace.get(ref.id)?.id ?? null)
            : null,
    });
    end = pastRegionNoun(words, skipPosition(words, end));
    // "South Sudan's government and the front": a noun for an item's people, inside the list.
    // "Hon. X, MP, and Y": letters after a name are the name's.
    if (
      words[end]?.text === ',' &&
      gazetteer().postnominals.has(words[end + 1]?.text ?? '') &&
      words[end + 2]?.text === ','
    )
      end += 2;
    const rep = repAfter(words, end);
    if (rep && (words[rep.end]?.lower === 'and' || words[rep.end]?.text === ',')) {
      sawRep = true;
      // ("a meeting of EU facilitators, A and B": a go-between among the names.)
      if (rep.role !== 'party') members.at(-1)!.role = rep.role;
      return rep.end;
    }
    return end;
  };
  let sawRep = false;
  let officeRole: Role | null = null;
  const isActorAt = (at: number) =>
    (refOf[at] ?? -1) >= 0 && refs[refOf[at] ?? -1]!.type !== 'Place';
  let k = takeItem(i);
  for (;;) {
    if (words[k]?.text === '-' && isActorAt(k + 1) && words[k]!.start === words[k - 1]!.end) {
      hyphen = true;
      k = takeItem(k + 1);
      continue;
    }
    let j = fromCamp(words, refOf, k);
    if (words[j]?.text === ',') j++;
    if (words[j] && (words[j]!.lower === 'and' || words[j]!.text === '&')) {
      j++;
      // "meeting A and then B": one after the other, both met.
      if (words[j]?.lower === 'then') j++;
    } else if (
      words[j]?.lower === 'as' &&
      words[j + 1]?.lower === 'well' &&
      words[j + 2]?.lower === 'as'
    )
      j += 3;
    // "Kenya, along with Ethiopia," "X together with Y": a companion shares the role; not a
    // place's ("talks in Togo, together with X": X came along, Togo is where).
    const companion = companionEnd(words, j) > j && !/^(?:in|at)$/.test(words[i - 1]?.lower ?? '');
    if (companion) j = companionEnd(words, j);
    if (j === k) break;
    // "A, B and C" needs its "and" further on; "A, and B" has it already.
    if (words[k]!.text === ',' && words[k + 1]?.lower !== 'and' && !companion) {
      const end = listEnd(words, refOf, j);
      // "Invited by X, A and B sat down": after a fronted phrase, a comma before a new subject
      // ends it; "the ministers of A, B and C met" is one list.
      // "attended by the presidents of A, B and C, ended": a comma closes the list first.
      const closed = words[end - 1]?.text === ',';
      if (end < 0 || (fronted && !closed && startsClause(words, end))) break;
    }
    // "Delegations of A and of B": the preposition said again before the second item.
    const opened = words.slice(Math.max(0, i - 2), k).some((w) => w.lower === 'of');
    if (words[j]?.lower === 'of' && words[j - 1]?.lower === 'and' && opened) j++;
    while (words[j] && FILLERS_BEFORE.has(words[j]!.lower) && (refOf[j] ?? -1) < 0) j++;
    // ("and the Shia Houthi group": a creed before the body's name.)
    if ((refOf[j] ?? -1) < 0 && creed(words[j]) && (refOf[j + 1] ?? -1) >= 0) j++;
    j = pastRank(words, refs, refOf, j);
    // "and the rebel coalition X": a lower-case descriptor before the name.
    j = pastDescriptor(words, refOf, j);
    // "and the rebels' chief negotiator, X": whose side the named person is on.
    if (
      (refOf[j] ?? -1) < 0 &&
      words[j]?.pos === 'NOUN' &&
      /^(?:'s|'|’s|’)$/.test(words[j + 1]?.text ?? '') &&
      isActorAt(j + 2)
    )
      j += 2;
    // "and the eastern-based House of Representatives": a compound adjective before the name.
    while (
      (refOf[j] ?? -1) < 0 &&
      words[j + 1]?.text === '-' &&
      words[j + 1]!.start === words[j]!.end &&
      words[j + 2]?.start === words[j + 1]!.end &&
      (refOf[j + 2] ?? -1) < 0
    )
      j += 3;
    // "his Japanese and Korean counterparts, A and B": an adjective the gazetteer does not know
    // still stands for one person's side, which stays unnamed.
    const unknownSide = unknownSideEnd(words, refOf, j, members);
    if (unknownSide > j) {
      members.push({ id: '', type: 'State', demonym: true, ref: -1 });
      sawRep = true;
      k = unknownSide;
      continue;
    }
    // "and Tigray's spokesman X": a region's possessive before a person is where they are from.
    j = pastPlaceOwner(words, refs, refOf, j);
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
  } else if (officeRole && members.length === 1) role = officeRole;
  else if (isPossessive(words[k])) {
    possessive = true;
    k++;
  }
  // "his Dutch and Czech counterparts A and B": the adjectives are the people's sides, named
  // again in them, not actors of their own.
  // "his Armenian and Azerbaijani counterparts, A and B": as many names as adjectives, after
  // the comma.
  const firstPerson = members.findIndex((x) => x.type === 'Person');
  const named = (from: number) => {
    const start = refs[members[from]!.ref]!.start;
    const comma = words.findLast((w) => w.end <= start)?.text === ',';
    return comma && members.slice(from).every((x) => x.type === 'Person');
  };
  if (
    firstPerson > 0 &&
    members.slice(0, firstPerson).every((x) => x.demonym) &&
    (/^\S+\s+\p{Ll}+s\b/u.test(refs[members[firstPerson]!.ref]!.surface) ||
      (members.length === 2 * firstPerson && named(firstPerson)))
  )
    respectively(members.splice(0, firstPerson), members);
  for (let n = members.length - 1; n >= 0; n--) if (members[n]!.ref < 0) members.splice(n, 1);
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
  // "counterparts from the SCO member states": the people are of what the name modifies.
  const modifies = /^(?:member|members|states|countries|nations)$/.test(words[k]?.text ?? '');
  let head = lead >= 0 ? lead : modifies ? -1 : phraseBefore(words, i, REPRESENTATIVES, false);
  // "the Foreign Ministers of A and B": capitalised words before the noun are its own.
  while (head > 0 && /^\p{Lu}/u.test(words[head - 1]!.text) && words[head - 1]!.pos === 'PROPN')
    head--;
  const leadersOf = lead >= 0;
  // "the foreign ministers of A and B, X and Y": the people, each of the state in turn.
  const firstNamed = members.findIndex((x) => x.type === 'Person');
  if (
    head >= 0 &&
    firstNamed > 1 &&
    members.slice(0, firstNamed).every((x) => x.type === 'State' && !x.demonym)
  )
    respectively(members.splice(0, firstNamed), members);
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

/** "of Paraguay" after a name, not "of Colombia's ELN": the state and the word past it. */
function stateOfAfter(
  words: Word[],
  refs: Ref[],
  refOf: Int32Array,
  at: number,
): { id: string; end: number } | null {
  const r = refOf[at + 1] ?? -1;
  if (words[at]?.lower !== 'of' || r < 0 || refs[r]!.type !== 'State' || refs[r]!.demonym)
    return null;
  let end = at + 1;
  while ((refOf[end] ?? -1) === r) end++;
  return isPossessive(words[end]) ? null : { id: refs[r]!.id, end };
}

/** Names after as many states, each person given the state in the same place as their side. */
function respectively(states: Member[], people: Member[]): void {
  if (states.length !== people.length || people.some((p) => p.type !== 'Person' || p.side)) return;
  people.forEach((p, n) => {
    if (states[n]!.id) p.side = states[n]!.id;
  });
}

/** After a demonym, one or two lower-case nouns that are no office ("businessman"): the name's start. */
function tradeBeforeName(words: Word[], at: number): number {
  let k = at;
  while (
    k < at + 2 &&
    words[k]?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(words[k]!.text) &&
    !REPRESENTATIVES.has(words[k]!.lemma)
  )
    k++;
  return k > at && /^\p{Lu}/u.test(words[k]?.text ?? '') ? k : -1;
}

/** "the government of Peruvian President X": the state X leads, where the text says so. */
function governedBy(words: Word[], at: number, ref: Ref): Ref {
  const of = words[at - 1]?.lower === 'of';
  const rule = /^(?:government|administration|regime)$/.test(words[at - 2]?.lemma ?? '');
  return of && rule && ref.leads ? { ...ref, id: ref.leads, type: 'State' } : ref;
}

const creed = (w: Word | undefined) => Boolean(w && gazetteer().creeds.has(foldText(w.text)));

/**
 * "A and B from the ruling March 14 Forces coalition and C from the opposition camp": the camp
 * an item is from, before the list goes on with "and"; where it ends, else `at`.
 */
function fromCamp(words: Word[], refOf: Int32Array, at: number): number {
  if (words[at]?.lower !== 'from') return at;
  let k = at + 1;
  if (words[k]?.lower === 'the') k++;
  let named = false;
  for (; k < at + 10 && words[k]; k++) {
    const w = words[k]!;
    if ((refOf[k] ?? -1) >= 0) named = true;
    else if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(w.pos) || w.lower === 'and') break;
  }
  const last = words[k - 1]?.lemma ?? '';
  // ("X from Ghana and Y": the state itself may be where they are from.)
  const ends = CAMPS.test(last) || (named && (refOf[k - 1] ?? -1) >= 0);
  return words[k]?.lower === 'and' && ends ? k : at;
}

const CAMPS = /^(?:coalition|camp|bloc|alliance|party|movement|front|faction|wing|group)$/;
