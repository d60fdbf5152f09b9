/**
 * The extractor, as one pure function: a document in, an `Extraction` out, no I/O. Stages run
 * in order and each lives in its own module: clean, sentences (wink-nlp), mentions and their
 * resolution, LEADS from titles, then per sentence dates, chunks and event frames with their
 * status, then the article's discourse (references and merged events), and last the relations
 * each event states. This module only wires them and assembles the entities.
 */
import {
  articleId,
  foldText,
  eventId,
  SYMMETRIC_RELATIONS,
  type Extraction,
  type ExtractedEntity,
  type ExtractedEvent,
  type ExtractedRelation,
  type SourceDocument,
} from '../domain/index.ts';
import { alliances } from './alliances.ts';
import { chunk } from './chunks.ts';
import { cleanText } from './clean-text.ts';
import { findDates } from './dates.ts';
import { datelineAndDay, filedDay } from './event-days.ts';
import { articleEvents } from './discourse.ts';
import { aboutACall, bringsTogether } from './call-clues.ts';
import { sentenceFrames } from './frames.ts';
import { gazetteer } from './gazetteer.ts';
import { findLeads, verbLeads } from './leads.ts';
import { stateClues } from './state-clues.ts';
import { findMentions, isTitleCase } from './mentions.ts';
import { Referents } from './referents.ts';
import { eventParticipants } from './participants.ts';
import { eventRelations, type RelationContext } from './relations.ts';
import { resolveArticle, type Ref } from './resolve.ts';
import { splitSentences } from './sentences.ts';

export function extract(doc: SourceDocument): Extraction {
  const text = cleanText(doc.text);
  const sentences = splitSentences(text);
  const mentions = sentences.map((s) => findMentions(s, isTitleCase(s.text)));
  const { refs, people, named, tentative } = resolveArticle(mentions, (s, m) =>
    sentences[s]!.text.slice(m.start, m.end),
  );
  const evidence = (s: number, phrase: { start: number; end: number } | null) => {
    const sentence = sentences[s]!;
    return { sentence: sentence.text, start: sentence.start, end: sentence.end, phrase };
  };
  const names = new Map<string, string>();
  for (const p of people) names.set(p.id, p.name);
  for (const [id, n] of named) names.set(id, n.name);
  // The place a report is filed from, and the state whose capital it is.
  const datelineAt = refs.findIndex((list, s) => s < 4 && list.some((r) => r.dateline));
  const dateline =
    datelineAt >= 0
      ? { id: refs[datelineAt]!.find((r) => r.dateline)!.id, sentence: datelineAt }
      : null;
  const datelineState = dateline ? (gazetteer().capitalOf.get(dateline.id) ?? null) : null;
  const leadsResult = findLeads(people, {
    evidence,
    ...stateClues(people, refs, sentences),
    datelineState,
    nearDateline: (s) =>
      dateline !== null && sentences[s]!.line === sentences[dateline.sentence]!.line,
    orgByHead: (head) =>
      [...named].find(
        ([, n]) => n.type === 'Organization' && foldText(n.name).split(' ').at(-1) === head,
      )?.[0] ?? null,
  });
  const { relations: leadsRelations, leads, leaderOf } = leadsResult;
  const affiliation = new Map(
    people.flatMap((p) => {
      const of =
        p.titles.find((t) => t.title.of && !t.title.former)?.title.of ??
        // A shared state is an office holder's side ("Peruvian President A and Prime Minister
        // B": B is of Peru too), though it makes no one its leader (LEADS says who leads).
        p.titles.find((t) => t.title.shared && !t.title.former)?.title.shared;
      return of ? [[p.id, of] as const] : [];
    }),
  );
  const titled = new Set(people.filter((p) => p.titles.length > 0).map((p) => p.id));
  const referents = new Referents(
    leaderOf,
    names,
    affiliation,
    titled,
    oppositionBody(sentences, refs),
  );
  const callHeadline = aboutACall(doc.title);
  const calls = sentences.map((x) => aboutACall(x.text));
  const callNear = (s: number) =>
    callHeadline || calls.slice(Math.max(0, s - 2), s + 4).some(Boolean);
  // "X arrived in Caracas on Monday. X discussed the crisis with Y": in town, face to face;
  // so on the sidelines of a summit told just before.
  const visits = sentences.map((x) => bringsTogether(x.text));
  const visitNear = (s: number) => visits.slice(Math.max(0, s - 2), s + 1).some(Boolean);
  // "KUALA LUMPUR, Oct 26 (Reuters) - ... on Sunday": a wire report's days count from the day
  // it was filed, which a later publication day is not.
  const filed = dateline
    ? filedDay(findDates(sentences[dateline.sentence]!.text, doc.published), doc.published)
    : null;
  const anchor = filed?.value ?? doc.published;
  const perSentence = sentences.map((sentence, s) => {
    const dates = findDates(sentence.text, anchor);
    const units = chunk(sentence, refs[s]!, dates);
    const frames = sentenceFrames(s, sentence, units, doc.published, {
      callNear: callNear(s),
      visitNear: visitNear(s),
    });
    return { units, frames, refs: refs[s]!, dates, words: sentence.words };
  });
  perSentence.forEach(({ units }, s) =>
    verbLeads(units, s, sentences[s]!.words, leadsResult, evidence),
  );
  const drafts = articleEvents(perSentence, referents, doc.published);
  datelineAndDay(
    drafts,
    sentences,
    dateline,
    doc.published,
    perSentence.map((p) => p.dates),
    (id) => referents.sideOf(id),
  );

  const g = gazetteer();
  const typeOf = (id: string) =>
    g.entities.get(id)?.type ??
    named.get(id)?.type ??
    (id.startsWith('person:') ? 'Person' : undefined);
  const capitalOf = g.capitalOf;
  const context: RelationContext = {
    evidence,
    typeOf,
    ledBy: (person) => leads.get(person),
    sideOf: (person) => leads.get(person) ?? affiliation.get(person),
    stateOfPlace: (place) => capitalOf.get(place),
  };
  const events: ExtractedEvent[] = [];
  const relations: ExtractedRelation[] = [...leadsRelations];
  perSentence.forEach(({ units }, s) => {
    for (const ally of alliances(units)) {
      const words = sentences[s]!.words;
      const word = units[ally.word]!;
      const phrase = { start: words[word.from]!.start, end: words[word.to - 1]!.end };
      for (const a of referents.idsOf(s, units, ally.a, drafts))
        for (const b of referents.idsOf(s, units, ally.b, drafts))
          if (a !== b)
            relations.push({
              type: 'ALLY_OF',
              source: a,
              target: b,
              date: null,
              place: null,
              evidence: evidence(s, phrase),
              cameo: null,
              modality: 'asserted',
            });
    }
  });
  for (const draft of drafts) {
    const participants = eventParticipants(draft, context);
    if (!participants.length) continue;
    const event: ExtractedEvent = {
      id: eventId(
        draft.kind,
        draft.date,
        draft.place,
        participants.map((p) => p.entity),
        draft.status,
      ),
      kind: draft.kind,
      date: draft.date,
      place: draft.place,
      participants,
      evidence: evidence(draft.sentence, draft.phrase),
      status: draft.status,
    };
    // A spectacle ("a victory parade with X") says who met, but is no event of its own; nor is
    // an undated occurrence with one participant ("X said at a joint news conference"), which
    // no one could tell apart from another.
    const told = !draft.witness && (participants.length >= 2 || draft.date !== null);
    if (told) events.push(event);
    const rs = eventRelations(draft, context);
    for (const r of rs) relations.push({ ...r, event: told ? event.id : null });
  }

  const entities = assembleEntities(people, named, tentative, refs, relations, events, leads);
  const known = new Set(entities.map((e) => e.id));
  return {
    article: {
      id: articleId(doc.text),
      file: doc.file,
      title: doc.title,
      url: doc.url,
      published: doc.published,
      source: doc.source,
    },
    entities,
    relations: dedupe(relations)
      .filter((r) => known.has(r.source) && known.has(r.target))
      .map((r) => (r.place && !known.has(r.place) ? { ...r, place: null } : r)),
    events: dedupeEvents(events)
      .map((e) => ({
        ...e,
        place: e.place && known.has(e.place) ? e.place : null,
        participants: e.participants.filter((p) => known.has(p.entity)),
      }))
      .filter((e) => e.participants.length > 0),
  };
}

function assembleEntities(
  people: import('./resolve.ts').Person[],
  named: ReturnType<typeof resolveArticle>['named'],
  tentative: Map<string, string>,
  refs: ReturnType<typeof resolveArticle>['refs'],
  relations: ExtractedRelation[],
  events: ExtractedEvent[],
  leads: Map<string, string>,
): ExtractedEntity[] {
  const used = new Set(relations.flatMap((r) => [r.source, r.target, r.place ?? '']));
  for (const e of events) for (const p of e.participants) used.add(p.entity);
  const entities: ExtractedEntity[] = [];
  for (const p of people) {
    if (!refs.some((list) => list.some((r) => r.id === p.id))) continue;
    entities.push({
      id: p.id,
      name: p.name,
      type: 'Person',
      aliases: [...p.aliases].filter((a) => a !== p.name).sort(),
    });
  }
  for (const [id, n] of named)
    entities.push({
      id,
      name: n.name,
      type: n.type,
      aliases: [...n.aliases].filter((a) => a !== n.name).sort(),
    });
  for (const [id, name] of tentative)
    if (used.has(id) && !entities.some((e) => e.id === id))
      entities.push({ id, name, type: 'Person', aliases: [] });
  const known = new Set(entities.map((e) => e.id));
  // A title's state or organisation ("French President X") is named only inside the title, a
  // capital named before an event noun ("the Montevideo round") only as its place, and a
  // negotiator's state ("Ecuadorian negotiator X") only by its adjective.
  for (const e of events) if (e.place) used.add(e.place);
  for (const state of [...leads.values(), ...used]) {
    const entry = gazetteer().entities.get(state);
    if (entry && !known.has(state)) {
      entities.push({ id: state, name: entry.name, type: entry.type, aliases: [] });
      known.add(state);
    }
  }
  return entities;
}

/** One relation per type, ends and date; an undated copy of a dated one adds nothing. */
function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  for (const raw of relations) {
    const r = { ...raw };
    if (SYMMETRIC_RELATIONS.has(r.type) && r.target < r.source)
      [r.source, r.target] = [r.target, r.source];
    const key = `${r.type}|${r.source}|${r.target}|${r.date?.value ?? ''}`;
    const had = out.get(key);
    if (!had) out.set(key, r);
    else if (!had.place && r.place) out.set(key, { ...had, place: r.place });
  }
  const dated = new Set(
    [...out.values()].filter((r) => r.date).map((r) => `${r.type}|${r.source}|${r.target}`),
  );
  return [...out.values()].filter(
    (r) => r.date || r.type === 'LEADS' || !dated.has(`${r.type}|${r.source}|${r.target}`),
  );
}

function dedupeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const seen = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const had = seen.get(e.id);
    if (!had) seen.set(e.id, e);
    else
      for (const p of e.participants)
        if (!had.participants.some((q) => q.entity === p.entity)) had.participants.push(p);
  }
  return [...seen.values()];
}

/**
 * The one body the text calls the opposition ("the opposition Unitary Platform"): what "the
 * opposition" and "its main opposition coalition" stand for, wherever it is named.
 */
function oppositionBody(sentences: { text: string }[], refs: Ref[][]): string | null {
  const bodies = new Set<string>();
  refs.forEach((list, s) => {
    for (const r of list) {
      const before = sentences[s]!.text.slice(Math.max(0, r.start - 40), r.start);
      if (r.type === 'Organization' && OPPOSITION_BEFORE.test(before)) bodies.add(r.id);
    }
  });
  return bodies.size === 1 ? [...bodies][0]! : null;
}

const OPPOSITION_BEFORE =
  /\bopposition(?: (?:coalition|alliance|bloc|party|movement|group))?,? (?:the )?$/i;
