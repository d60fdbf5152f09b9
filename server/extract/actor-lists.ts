/**
 * Actor lists: where a run of names stops being one noun group. News coordinates actors in
 * many ways ("A, B and C", "Ghana's Kofi Boateng", "Peruvian and Bolivian negotiators", "the
 * leaders of A and B") and a list that runs on too far or stops too soon puts the wrong sides
 * in an event, so the chunker leaves this reading to one place with its own boundary rules.
 */
import {
  FILLERS_BEFORE,
  GROUPS_OF_A_PEOPLE,
  LEADERS_OF,
  REPRESENTATIVES,
  SPEECH,
  type Role,
} from './lexicon/index.ts';
import { gazetteer } from './gazetteer.ts';
import { isPossessive, lemmaKey } from './word-groups.ts';
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
  const fronted =
    afterPrep &&
    !clauseRuns(units) &&
    (units[0]?.kind === 'prep' ||
      // "According to X, A and B met", "Invited by X, ...": a phrase before the clause.
      units.some((u) => u.kind === 'verb'));
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
    const office = repAfter(words, end);
    if (
      office &&
      !isPossessive(words[end]) &&
      (refOf[office.end] ?? -1) >= 0 &&
      refs[refOf[office.end] ?? -1]!.type === 'Person'
    )
      return takeItem(office.end, refs[r]!.type === 'Person' ? undefined : refs[r]!.id);
    const ref = refs[r]!;
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
    // "A, B and C" needs its "and" further on; "A, and B" has it already.
    if (words[k]!.text === ',' && words[k + 1]?.lower !== 'and') {
      const end = listEnd(words, refOf, j);
      // "Invited by X, A and B sat down": after a fronted phrase, a comma before a new subject
      // ends it; "the ministers of A, B and C met" is one list.
      // "attended by the presidents of A, B and C, ended": a comma closes the list first.
      const closed = words[end - 1]?.text === ',';
      if (end < 0 || (fronted && !closed && startsClause(words, end))) break;
    }
    while (words[j] && FILLERS_BEFORE.has(words[j]!.lower) && (refOf[j] ?? -1) < 0) j++;
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
  // "his Dutch and Czech counterparts A and B": the adjectives are the people's sides, named
  // again in them, not actors of their own.
  const firstPerson = members.findIndex((x) => x.type === 'Person');
  if (
    firstPerson > 0 &&
    members.slice(0, firstPerson).every((x) => x.demonym) &&
    /^\S+\s+\p{Ll}+s\b/u.test(refs[members[firstPerson]!.ref]!.surface)
  )
    members.splice(0, firstPerson);
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
  let head = lead >= 0 ? lead : phraseBefore(words, i, REPRESENTATIVES, false);
  // "the Foreign Ministers of A and B": capitalised words before the noun are its own.
  while (head > 0 && /^\p{Lu}/u.test(words[head - 1]!.text) && words[head - 1]!.pos === 'PROPN')
    head--;
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
    // "the Foreign Ministers of A and B": wink leaves a capitalised plural as it is.
    if (from < 0) continue;
    const key = lemmaKey(words, from, n);
    if (!(nouns.has(key) || nouns.has(key.replace(/s$/, '')))) continue;
    if (plural && !/s$/i.test(words[i - 2]!.text)) continue;
    return from;
  }
  return -1;
}

/** After a nationality adjective, the end of a word for a non-state body it describes, or -1. */
function groupAfter(words: Word[], at: number): number {
  for (let k = at; k < Math.min(words.length, at + 3); k++) {
    const w = words[k]!;
    if (GROUPS_OF_A_PEOPLE.has(w.lower)) return k + 1;
    if (!/^(?:ADJ|NOUN)$/.test(w.pos) || w.text !== w.lower) return -1;
  }
  return -1;
}

/** Whether the sentence so far has a subject and its finite verb, outside an opening
 * subordinate clause ("After A met B, ..." has not started the main one). */
function clauseRuns(units: Unit[]): boolean {
  const opener = units[0];
  if (
    opener?.kind === 'sub' ||
    (opener?.kind === 'prep' && /^(?:after|before|since|until|once|as|while)$/.test(opener.lemma))
  )
    return false;
  let named = false;
  for (const u of units) {
    if (u.kind === 'actor' || u.kind === 'pronoun') named = true;
    else if (named && u.kind === 'verb' && u.form === 'finite') return true;
  }
  return false;
}
