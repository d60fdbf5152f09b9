/**
 * What a pronoun stands for, from what the article named before it (latest first, within a few
 * sentences): "they" a group, or the pair the last sentence named one by one; "it" a body; "he"
 * or "she" the one who told someone, the main clause's subject in a clause of time, the subject
 * after a fronted phrase, or the last person spoken of (an object pronoun skips its own clause's
 * subject, and a new sentence continues the last one's subject); "I", "we" and "our" the named
 * speaker of the quotation they stand in.
 */
import type { EntityType } from '../domain/index.ts';
import { subjectOf } from './clauses.ts';
import { SPEECH, TELLING } from './lexicon/index.ts';
import type { Frame } from './frame.ts';
import type { Unit } from './units.ts';

export interface Seen {
  ids: string[];
  types: EntityType[];
  sentence: number;
  unit: number;
  /** Named before its sentence's first verb: the sentence's subject, most likely. */
  subject: boolean;
  /** Named as several ("A and B", "Uruguayan negotiators"): what "they" may be. */
  plural?: boolean;
  /** Named inside a quotation: a speaker's words, not the story's own cast. */
  quoted?: boolean;
}

/**
 * "X thanked Y for the invitation. They spoke by phone": a sentence's subject "they" with no
 * one before it stands for the two people the last sentence named one by one, when it named
 * no one else.
 */
function lastPair(seen: Seen[], s: number): string[] | null {
  if (seen.some((h) => h.sentence === s)) return null;
  const last = seen.filter((h) => h.sentence === s - 1);
  const people = last.filter((h) => h.ids.length === 1 && h.types[0] === 'Person');
  const ids = [...new Set(people.map((h) => h.ids[0]!))];
  // ("X, the Moldovan government's negotiator, and Y, of the breakaway region, had not met":
  // two people, with no group named, whatever states their descriptions name.)
  const alone = people.length === last.length || !last.some((h) => h.ids.length > 1 || h.plural);
  return ids.length === 2 && alone ? ids : null;
}

export const FIRST_PERSON = /^(?:i|we|our|my|me|us)$/;

/**
 * The named person who speaks a quotation holding unit `n`: '"...," X said', '"...," said X',
 * '"...," X told reporters'; -1 if none (an anonymous "official" is no one to stand for).
 */
export function quotedSpeaker(units: Unit[], n: number): number {
  const close = units.findIndex((u, k) => k > n && u.kind === 'punct' && /^["”]$/.test(u.text));
  if (close < 0) return -1;
  const [a, b] = [units[close + 1], units[close + 2]];
  const person = (u: Unit | undefined) =>
    u?.kind === 'actor' && u.members.length === 1 && u.members[0]!.type === 'Person';
  const says = (u: Unit | undefined) =>
    u?.kind === 'verb' && (TELLING.has(u.lemma) || /^(?:say|tell|add)$/.test(u.lemma));
  if (person(a) && says(b)) return close + 1;
  if (says(a) && person(b)) return close + 2;
  return -1;
}

/** Words that open a clause of time or reason hanging from the main one. */
const ADVERBIAL = /^(?:while|as|when|after|before|because|since|until|once|although|though)$/;

export function pronounReferent(
  seen: Seen[],
  s: number,
  units: Unit[],
  n: number,
  lemma: string,
  idsAt: (unit: number) => string[],
): string[] {
  if (/^(?:they|them|their)$/.test(lemma)) {
    // ("During their telephone conversation, Putin and Bush discussed": the subject after
    // the opening phrase.)
    const ahead = lemma === 'their' ? subjectAhead(units, n) : -1;
    if (ahead >= 0) return idsAt(ahead);
    // A group or a state's people ("Kenyan officials") before a state named alone.
    const pair = lemma === 'they' ? lastPair(seen, s) : null;
    if (pair) return pair;
    // "Their meeting was hosted by X": an event of theirs is of two or more named together.
    const met = lemma === 'their' && units[n + 1]?.kind === 'noun';
    const two = met ? seen.find((h) => h.ids.length >= 2 && s - h.sentence <= 1) : undefined;
    if (two) return two.ids;
    const group = seen.find((h) => h.ids.length >= 2 || h.plural);
    const body = seen.find((h) => h.types.every((t) => t !== 'Person'));
    if (group && body && body.sentence === s && group.sentence === s) return group.ids;
    return (
      seen.find((h) => h.ids.length >= 2 || h.types.every((t) => t !== 'Person')) ?? {
        ids: [],
      }
    ).ids;
  }
  // '"We are ready to mediate," X said': the one who speaks, named after the quotation.
  if (FIRST_PERSON.test(lemma)) {
    const speaker = quotedSpeaker(units, n);
    return speaker >= 0 ? idsAt(speaker) : [];
  }
  if (/^(?:it|its)$/.test(lemma)) {
    for (const h of seen) if (h.ids.length === 1 && h.types[0] !== 'Person') return h.ids;
    return [];
  }
  // "X assured Y he would mediate": after telling someone, "he" is the one who told.
  const told = units[n - 2];
  if (
    /^(?:he|she)$/.test(lemma) &&
    units[n - 1]?.kind === 'actor' &&
    told?.kind === 'verb' &&
    TELLING.has(told.lemma)
  ) {
    const subject = subjectOf(units, n - 2).unit;
    if (subject >= 0 && units[subject]!.kind === 'actor') return idsAt(subject);
  }
  // "X decided to stay after meeting Y, saying he would go on with his efforts": after a
  // speech participle, "he" (and his "his") is the one speaking, the clause's subject.
  const said = /^(?:he|she|his|her)$/.test(lemma) ? speakerSaying(units, n) : -1;
  if (said >= 0) return idsAt(said);
  // "he met X, and the following day he was received by Y": a subject pronoun again is the
  // one the sentence's first subject pronoun was.
  const again = units.findIndex((u, k) => k < n && u.kind === 'pronoun' && u.lemma === lemma);
  if (
    /^(?:he|she)$/.test(lemma) &&
    again >= 0 &&
    units[again + 1]?.kind === 'verb' &&
    units[n + 1]?.kind === 'verb'
  )
    return pronounReferent(
      seen.filter((h) => h.sentence < s || h.unit < again),
      s,
      units,
      again,
      lemma,
      idsAt,
    );
  // "X kept Y waiting while he met Z": in a clause of time or reason after the main one, the
  // subject pronoun is the main clause's subject.
  const sub = units[n - 1];
  if (/^(?:he|she)$/.test(lemma) && sub?.kind === 'sub' && ADVERBIAL.test(sub.lemma)) {
    const main = seen.find(
      (h) => h.sentence === s && h.subject && h.ids.length === 1 && h.types[0] === 'Person',
    );
    if (main) return main.ids;
  }
  // "During his visit to Lome, Asante met Amouzou": a possessive in a phrase before the
  // clause, with no one named before it, is the clause's subject's.
  const fronted = units.slice(0, n).every((u) => u.kind !== 'actor');
  if (/^(?:his|her)$/.test(lemma) && fronted) {
    const comma = units.findIndex((u, k) => k > n && u.kind === 'punct' && u.text === ',');
    const subject = units[comma + 1];
    if (comma > 0 && subject?.kind === 'actor' && subject.members.length === 1)
      if (subject.members[0]!.type === 'Person') return [subject.members[0]!.id];
  }
  // An object pronoun is never the subject of its own clause ("Boateng phoned her").
  const object = /^(?:him|her)$/.test(lemma) && !(units[n] as { possessive?: boolean }).possessive;
  let subject: Seen | null = null;
  if (object) for (const h of seen) if (h.sentence === s && h.types.includes('Person')) subject = h;
  // "He called X to thank him": a subject pronoun before X is the clause's subject, and X
  // its object, whom "him" may be.
  if (subject) {
    const at = subject.unit;
    const pronounFirst = units.some(
      (u, k) => k < Math.min(n, at) && u.kind === 'pronoun' && /^(?:he|she)$/.test(u.lemma),
    );
    if (pronounFirst) subject = null;
  }
  const person = (h: Seen) => h.ids.length === 1 && h.types[0] === 'Person' && h !== subject;
  const people = seen.filter(person);
  // "X met Y. Afterwards, he flew on": a subject pronoun with no one before it in its own
  // sentence continues the last sentence's subject, not its object.
  const last = people[0];
  // "X arrived, where he held talks with Y. W received him": the one the last sentence was
  // about, whichever the pronoun's case, unless that is who acts in this one.
  if (last && last.sentence < s) {
    const lead = people.find((h) => h.sentence === last.sentence && h.subject);
    if (lead) return lead.ids;
  }
  return last?.ids ?? [];
}

/** A first-person filler ("I", "we") whose quotation a named person speaks. */
export function ownAccount(units: Unit[], f: Frame): boolean {
  return f.fills.some((x) => {
    const u = units[x.unit];
    return u?.kind === 'pronoun' && FIRST_PERSON.test(u.lemma) && quotedSpeaker(units, x.unit) >= 0;
  });
}

/** The subject of the clause a ", saying he ..." participle before unit `n` goes on from, or -1. */
function speakerSaying(units: Unit[], n: number): number {
  const he = units.findLastIndex(
    (u, k) =>
      k <= n &&
      u.kind === 'pronoun' &&
      /^(?:he|she)$/.test(u.lemma) &&
      units[k - 1]?.kind === 'verb' &&
      (units[k - 1] as { form: string }).form === 'gerund' &&
      SPEECH.has((units[k - 1] as { lemma: string }).lemma) &&
      units[k - 2]?.kind === 'punct',
  );
  if (he < 0) return -1;
  const main = units.findLastIndex(
    (u, k) => k < he - 1 && u.kind === 'verb' && u.form === 'finite',
  );
  const subject = main >= 0 ? subjectOf(units, main).unit : -1;
  return subject >= 0 && units[subject]!.kind === 'actor' ? subject : -1;
}

/**
 * "During their call, A and B ...": in a phrase opening the sentence, "their" is the group
 * that is the subject right after its comma; that group's unit, else -1.
 */
function subjectAhead(units: Unit[], n: number): number {
  const opener = units[n - 1];
  if (opener?.kind !== 'prep' || n - 1 !== 0) return -1;
  for (let k = n + 1; k < Math.min(units.length, n + 8); k++) {
    const u = units[k]!;
    if (u.kind === 'punct' && u.text === ',') {
      const group = units[k + 1];
      let v = k + 2;
      while (units[v]?.kind === 'word' && (units[v] as { pos: string }).pos === 'ADV') v++;
      return group?.kind === 'actor' && group.members.length > 1 && units[v]?.kind === 'verb'
        ? k + 1
        : -1;
    }
    if (u.kind === 'verb' && u.form === 'finite') return -1;
  }
  return -1;
}
