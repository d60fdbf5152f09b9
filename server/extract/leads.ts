/**
 * LEADS: who heads which state or organisation, from the titles people carry in the article
 * ("French President X", "X, president of the Y Fund", "the front's chairman, X"). A leading
 * title that names nothing takes it from context: the organisation named by the head noun
 * ("the front" for the "... Opposition Front"), else the one state its sentence names, else the
 * state of the dateline's city. Deputies and former holders lead nothing (titles.ts).
 */
import type { Evidence, ExtractedRelation } from '../domain/index.ts';
import type { Title } from './mentions.ts';
import type { Person } from './resolve.ts';

export interface LeadsResult {
  relations: ExtractedRelation[];
  /** Person id to the state or organisation they lead. */
  leads: Map<string, string>;
  /** State or organisation id to the person who leads it. */
  leaderOf: Map<string, string>;
}

export interface LeadsContext {
  evidence(sentence: number, words: { start: number; end: number }): Evidence;
  /** The states a sentence names (names and adjectives), once each. */
  statesIn(sentence: number, person: string): string[];
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
  if (c.datelineState && c.nearDateline(sentence)) return c.datelineState;
  const states = c.statesIn(sentence, person);
  if (states.length === 1) return states[0]!;
  return states.length === 0 ? c.datelineState : null;
}

export function findLeads(people: Person[], c: LeadsContext): LeadsResult {
  const leads = new Map<string, string>();
  const relations: ExtractedRelation[] = [];
  // "X and Y, his Ugandan counterpart": a counterpart of a head of state is one too.
  const heads = new Set(
    people.flatMap((p) =>
      p.titles.filter((t) => t.title.leads).map((t) => `${t.sentence}|${p.id}`),
    ),
  );
  const counterpartLeads = (person: Person, title: Title, sentence: number) =>
    title.role === 'Counterpart' &&
    people.some((p) => p !== person && heads.has(`${sentence}|${p.id}`));
  // What the text names first; a guess from context only for those it never names.
  for (const pass of [named, guessed]) {
    for (const person of people) {
      for (const { title, sentence } of person.titles) {
        if (!(title.leads || counterpartLeads(person, title, sentence)) || leads.has(person.id))
          continue;
        const of = pass(title, c, sentence, person.id);
        if (!of) continue;
        leads.set(person.id, of);
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
  return { relations, leads, leaderOf };
}
