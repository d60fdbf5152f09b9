/**
 * LEADS: who heads which state or organisation, from the titles people carry in the article
 * ("French President X", "X, president of the Y Fund", "the head of its military council,
 * General X"). A title that leads but names no state takes it from context: the state the
 * dateline's city is capital of, or the only state the sentence names. "Former", "ex-",
 * "late" and "outgoing ... predecessor" titles lead nothing.
 */
import type { Evidence, ExtractedRelation } from '../domain/index.ts';
import type { Person } from './resolve.ts';

export interface LeadsResult {
  relations: ExtractedRelation[];
  /** Person id to the state or organisation they lead. */
  leads: Map<string, string>;
  /** State or organisation id to the person who leads it. */
  leaderOf: Map<string, string>;
}

export function findLeads(
  people: Person[],
  evidence: (sentence: number, words: { start: number; end: number }) => Evidence,
): LeadsResult {
  const leads = new Map<string, string>();
  const relations: ExtractedRelation[] = [];
  for (const person of people) {
    for (const { title, sentence } of person.titles) {
      if (!title.leads || !title.of || leads.has(person.id)) continue;
      leads.set(person.id, title.of);
      relations.push({
        type: 'LEADS',
        source: person.id,
        target: title.of,
        date: null,
        place: null,
        evidence: evidence(sentence, title.words),
        cameo: null,
        role: title.role,
        modality: 'asserted',
      });
    }
  }
  const leaderOf = new Map<string, string>();
  const holders = new Map<string, number>();
  for (const state of leads.values()) holders.set(state, (holders.get(state) ?? 0) + 1);
  // Two heads named for one state (a president and a prime minister): "the leaders of X" is
  // the first named, the one the article introduced as its head.
  for (const [person, state] of leads) if (!leaderOf.has(state)) leaderOf.set(state, person);
  return { relations, leads, leaderOf };
}
