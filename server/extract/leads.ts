/**
 * LEADS: who heads which state or organisation, from the titles people carry in the article
 * ("French President X", "X, president of the Y Fund", "the front's chairman, X"). A leading
 * title that names nothing takes it from context: the organisation named by the head noun
 * ("the front" for the "... Opposition Front"), else the one state its sentence names, else the
 * state of the dateline's city, else the one state the sentence before names. Deputies and
 * former holders lead nothing (titles.ts).
 */
import type { Evidence, ExtractedRelation } from '../domain/index.ts';
import { insertionStart, isComma } from './clauses.ts';
import { gazetteer } from './gazetteer.ts';
import type { Title } from './mentions.ts';
import type { Person } from './resolve.ts';
import type { Unit } from './units.ts';
import { TEAMS } from './lexicon/index.ts';

export interface LeadsResult {
  relations: ExtractedRelation[];
  /** Person id to the state or organisation they lead. */
  leads: Map<string, string>;
  /** State or organisation id to the person who leads it. */
  leaderOf: Map<string, string>;
  /** People whose LEADS is only a guess from context, which a stated head overrides. */
  guessed: Set<string>;
}

export interface LeadsContext {
  evidence(sentence: number, words: { start: number; end: number }): Evidence;
  /** The states a sentence names (names and adjectives), once each. */
  statesIn(sentence: number, person: string): string[];
  /** Whether a sentence names no state at all, but in a former office. */
  namesNoState(sentence: number): boolean;
  /** Whether someone else holds this leading office of the state somewhere in the article. */
  ledElsewhere(state: string, person: string, role: string): boolean;
  /** The state whose capital the dateline names, if any. */
  datelineState: string | null;
  /** Whether a sentence is in the dateline's paragraph, where a bare title is the home state's. */
  nearDateline(sentence: number): boolean;

  /** The organisation of the article whose name ends in this (folded) word. */
  orgByHead(head: string): string | null;
}

/** What a title says it is of, in its own words ("President of Ghana", "the front's chairman"). */
function named(title: Title, c: LeadsContext): string | null {
  if (title.of) return title.of;
  if (title.ofHead) return c.orgByHead(title.ofHead);
  return null;
}

/**
 * What a bare title ("President X") is of, from context: the dateline's state in its
 * paragraph, else the one state its sentence names (in names or others' titles), else the
 * dateline's when the sentence names none.
 */
function guessed(title: Title, c: LeadsContext, sentence: number, person: string): string | null {
  if (title.ofUnknown) return null;
  // A bare "Director-General" or "Secretary-General" heads a body or a ministry's department,
  // never the state its sentence names.
  if (gazetteer().bodyHeads.has(title.role)) return null;
  // ... unless someone else holds that office of it ("Kenyan President X ... met President Y").
  // "Turkey is another. In July its president, X, offered to mediate between A and B": the
  // state the sentence before was about, not the ones X's own sentence names.
  if (title.owned && sentence > 0) {
    const before = c.statesIn(sentence - 1, person);
    if (before.length === 1 && !c.ledElsewhere(before[0]!, person, title.role)) return before[0]!;
  }
  const dateline =
    c.datelineState && !c.ledElsewhere(c.datelineState, person, title.role)
      ? c.datelineState
      : null;
  if (dateline && c.nearDateline(sentence)) return dateline;
  const states = c.statesIn(sentence, person);
  if (states.length === 1)
    return c.ledElsewhere(states[0]!, person, title.role) ? null : states[0]!;
  if (states.length > 0) return null;
  if (dateline) return dateline;
  // "The consultation between PNG and Bougainville ended ... The consultation between Prime
  // Minister X and Bougainville's president": the one state the sentence before names.
  const before = sentence > 0 && c.namesNoState(sentence) ? c.statesIn(sentence - 1, person) : [];
  return before.length === 1 && !c.ledElsewhere(before[0]!, person, title.role) ? before[0]! : null;
}

export function findLeads(people: Person[], c: LeadsContext): LeadsResult {
  const leads = new Map<string, string>();
  const relations: ExtractedRelation[] = [];
  // "X and Y, his Ugandan counterpart": a counterpart of a head of state is one too; not of a
  // minister named before it ("the foreign minister met his counterpart and later met
  // President Z").
  const titled = people.flatMap((p) =>
    p.titles.map((t) => ({ person: p, sentence: t.sentence, title: t.title })),
  );
  const counterpartLeads = (person: Person, title: Title, sentence: number) =>
    title.role === 'Counterpart' &&
    titled.some((h) => h.person !== person && h.sentence === sentence && h.title.leads) &&
    !titled.some(
      (h) =>
        h.person !== person &&
        h.sentence === sentence &&
        !h.title.leads &&
        h.title.role !== 'Counterpart' &&
        h.title.words.start < title.words.start,
    );
  // What the text names first; a guess from context only for those it never names.
  const fromContext = new Set<string>();
  const ledIn = new Map<string, number>();
  for (const pass of [named, guessed]) {
    for (const person of people) {
      for (const { title, sentence } of person.titles) {
        // "X, President of the CNSP, Head of State of Niger": two offices in one apposition
        // are both held; the state is the side the person stands for.
        const first = leads.get(person.id);
        const second = first !== undefined && pass === named && ledIn.get(person.id) === sentence;
        if (!(title.leads || counterpartLeads(person, title, sentence)) || (first && !second))
          continue;
        const of = pass(title, c, sentence, person.id);
        if (!of || of === first) continue;
        if (!first || (of.startsWith('state:') && !first.startsWith('state:')))
          leads.set(person.id, of);
        ledIn.set(person.id, sentence);
        if (pass === guessed) fromContext.add(person.id);
        relations.push({
          type: 'LEADS',
          source: person.id,
          target: of,
          date: null,
          place: null,
          evidence: c.evidence(sentence, title.words),
          cameo: null,
          role: title.role,
          modality: 'asserted',
        });
      }
    }
  }
  const leaderOf = new Map<string, string>();
  // Two heads named for one state (a president and a prime minister): "the leaders of X" is
  // the first named, the one the article introduced as its head.
  for (const [person, state] of leads) if (!leaderOf.has(state)) leaderOf.set(state, person);
  return { relations, leads, leaderOf, guessed: fromContext };
}

/**
 * "X, who heads the Y", "X leads the Y": a verb of heading says it as surely as a title does.
 * Only a person heading a named state or organisation, said outright (not planned or denied).
 */
export function verbLeads(
  units: Unit[],
  s: number,
  words: { start: number; end: number; text: string }[],
  result: LeadsResult,
  evidence: LeadsContext['evidence'],
): void {
  units.forEach((verb, v) => {
    if (verb.kind !== 'verb' || !/^(?:head|lead|chair)$/.test(verb.lemma)) return;
    if (verb.negated || verb.modal) return;
    // "The M23, led by X, rejected ...": the body, then its head after "by".
    const by = units[v + 1];
    const byHead = by?.kind === 'prep' && by.lemma === 'by';
    const passive =
      byHead &&
      ((verb.form === 'participle' &&
        (isComma(units[v - 1]) ||
          // "the faction of the MNLF led by Chairman X": no comma, a body right before.
          units[v - 1]?.kind === 'actor')) ||
        // "Chad's interim government is headed by X"; "The House, based in Tobruk, is led by".
        (verb.form === 'finite' &&
          verb.passive &&
          (units[v - 1]?.kind === 'actor' || insertionStart(units, v - 1) > 0)));
    if (!passive && (verb.form !== 'finite' || verb.passive)) return;
    let k = v - 1;
    if (units[k]?.kind === 'sub' && (units[k] as { lemma: string }).lemma === 'who') k--;
    if (isComma(units[k])) {
      const open = verb.form === 'finite' ? insertionStart(units, k) : -1;
      k = open > 0 ? open - 1 : k - 1;
    }
    // ("is led by its speaker, X": the owner's title, then the name.)
    const own =
      units[v + 2]?.kind === 'pronoun' && (units[v + 2] as { possessive: boolean }).possessive;
    const [subject, object] = passive
      ? [units[v + (own ? 3 : 2)], units[k]]
      : [units[k], units[v + 1]];
    if (subject?.kind !== 'actor' || subject.members.length !== 1) return;
    // ("gave weapons to ethnic Hema led CODECO": after a preposition, no subject of "led".)
    if (!passive && subject.prep) return;
    if (object?.kind !== 'actor' || (object.prep && !passive) || object.members.length !== 1)
      return;
    // "a mission of the EAC, led by X": the mission is what X leads, not the body it is of.
    // But "the faction of the MNLF led by X" leads that faction of it, the MNLF as the text has it.
    const part = words[object.from - 2]?.text.toLowerCase() ?? '';
    if (passive && object.prep === 'of' && !/^(?:faction|wing)s?$/.test(part)) return;
    // "led the Arab League delegation": a team the name stands for, not the body itself
    // ("heads the Amal movement" is the body).
    const last = words[object.to - 1]!.text;
    if (
      (!/^\p{Lu}/u.test(last) && TEAMS.has(last.toLowerCase().replace(/s$/, ''))) ||
      object.modifier
    )
      return;
    const next = passive ? undefined : units[v + 2];
    if (next && (next.kind === 'noun' || next.kind === 'verb' || next.kind === 'role')) return;
    if (next?.kind === 'word' && /^(?:NOUN|ADJ|PROPN)$/.test(next.pos)) return;
    const person = subject.members[0]!;
    const led = object.members[0]!;
    if (person.type !== 'Person' || led.type === 'Person') return;
    // "TUNIS - ... The Tripoli-based government is headed by Prime Minister X": a stated
    // head overrides a guess from the dateline or the sentence.
    if (result.guessed.has(person.id)) {
      const guess = result.leads.get(person.id);
      const at = result.relations.findIndex(
        (r) => r.type === 'LEADS' && r.source === person.id && r.target === guess,
      );
      if (at >= 0) result.relations.splice(at, 1);
      if (result.leaderOf.get(guess!) === person.id) result.leaderOf.delete(guess!);
      result.leads.delete(person.id);
      result.guessed.delete(person.id);
    }
    // A head of state who chairs a bloc leads both; the state stays the side they stand for.
    if (!result.leads.has(person.id)) result.leads.set(person.id, led.id);
    if (!result.leaderOf.has(led.id)) result.leaderOf.set(led.id, person.id);
    const phrase = { start: words[subject.from]!.start, end: words[object.to - 1]!.end };
    result.relations.push({
      type: 'LEADS',
      source: person.id,
      target: led.id,
      date: null,
      place: null,
      evidence: evidence(s, phrase),
      cameo: null,
      role: 'Head',
      modality: 'asserted',
    });
  });
}
