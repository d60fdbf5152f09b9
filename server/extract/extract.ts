/**
 * The extractor, as one pure function: a document in, an `Extraction` out, no I/O. Stages run
 * in order (clean, sentences, mentions, resolution, facts, dates and places, events) and each
 * lives in its own module; this one only wires them and turns facts into relations: one per
 * mediator and party, MET_WITH derived where a mediator met the parties in person, LEADS from
 * titles, and each relation dated by its sentence or, failing that, by its event.
 */
import {
  articleId,
  SYMMETRIC_RELATIONS,
  type EventRole,
  type Evidence,
  type Extraction,
  type ExtractedEntity,
  type ExtractedRelation,
  type FuzzyDate,
  type RelationType,
  type SourceDocument,
} from '../domain/index.ts';
import { cleanText } from './clean-text.ts';
import { findDates, publicationDate } from './dates.ts';
import { addEvent, dateByVisits, idOf, type DraftEvent } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { findMentions, isTitleCase } from './mentions.ts';
import { findFacts, type Fact, type Phrase } from './patterns.ts';
import { resolveArticle, type Ref } from './resolve.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** Lines from the top that report the news of the day: undated facts there happened on it. */
const NEWS_LINES = 3;
/** States of affairs rather than happenings: the day of the report does not date them. */
const ONGOING: ReadonlySet<RelationType> = new Set(['CLASHED_WITH', 'ALLY_OF']);

interface Draft {
  relation: Omit<ExtractedRelation, 'event'>;
  event: number | null;
  weak: boolean;
}

export function extract(doc: SourceDocument): Extraction {
  const text = cleanText(doc.text);
  const sentences = splitSentences(text);
  const mentions = sentences.map((s) => findMentions(s, isTitleCase(s.text)));
  const { refs, people, named, tentative } = resolveArticle(mentions, (s, m) =>
    sentences[s]!.text.slice(m.start, m.end),
  );

  // Who leads what, from titles: LEADS, and the state a person stands for.
  const leads = new Map<string, string>();
  const drafts: Draft[] = [];
  for (const person of people) {
    for (const { title, sentence } of person.titles) {
      if (!title.leads || !title.of || leads.has(person.id)) continue;
      leads.set(person.id, title.of);
      drafts.push({
        relation: {
          type: 'LEADS',
          source: person.id,
          target: title.of,
          date: null,
          place: null,
          evidence: evidenceOf(sentences[sentence]!, title.words),
          cameo: null,
          role: title.role,
          modality: 'asserted',
        },
        event: null,
        weak: false,
      });
    }
  }
  const leaderOf = new Map([...leads].map(([person, state]) => [state, person]));
  const asState = (entity: string) => leads.get(entity) ?? entity;

  const events: DraftEvent[] = [];
  sentences.forEach((sentence, s) => {
    const sentenceRefs = refs[s]!;
    const dates = findDates(sentence.text, doc.published).filter((d) => !d.background);
    for (const fact of findFacts(sentence.text, sentenceRefs, sentence.pos)) {
      const id = (i: number) => sentenceRefs[i]!.id;
      const party = (i: number) => (fact.leadersOf && leaderOf.get(id(i))) || id(i);
      const sources = [...new Set(fact.sources.map(id))];
      const targets = [...new Set(fact.targets.map(party))].filter((t) => !sources.includes(t));
      const place = placeOf(fact, sentenceRefs, sentence.text);
      const respectively =
        /\brespectively\b/i.test(sentence.text) &&
        dates.length === targets.length &&
        dates.length > 1;
      const nearest =
        nearestDate(dates, fact) ??
        (sentence.line < NEWS_LINES && !ONGOING.has(fact.type)
          ? publicationDate(doc.published)
          : null);
      const dateFor = (t: number): FuzzyDate | null =>
        respectively ? stripDate(dates[t]!) : nearest;

      let event: number | null = null;
      if (fact.kind && !respectively) {
        const participants = new Map<string, EventRole>();
        const sourceRole: EventRole =
          fact.type === 'MEDIATED' ? 'mediator' : fact.type === 'HOSTED' ? 'host' : 'attendee';
        for (const src of sources) participants.set(src, sourceRole);
        for (const t of targets)
          if (!(fact.type === 'VISITED' && sentenceRefsType(sentenceRefs, fact, t) === 'Place'))
            participants.set(
              t,
              fact.type === 'MEDIATED' ? 'party' : fact.type === 'VISITED' ? 'host' : 'attendee',
            );
        const visitPlace =
          fact.type === 'VISITED' ? targets.find((t) => t.startsWith('place:')) : undefined;
        const where = visitPlace ?? place;
        event = addEvent(
          events,
          {
            kind: fact.kind,
            date: nearest,
            place: where,
            placeIsCity: Boolean(where?.startsWith('place:')),
            participants,
            sentence: s,
            phrase: fact.phrase,
          },
          asState,
        );
      }
      const add = (
        type: RelationType,
        source: string,
        target: string,
        t: number,
        cameo: string | null,
      ) => {
        if (source === target) return;
        drafts.push({
          relation: {
            type,
            source,
            target,
            date: dateFor(t),
            place,
            // A derived MET_WITH shows the words of the fact it was derived from.
            evidence: evidenceOf(sentence, fact.phrase),
            cameo,
            modality: 'asserted',
          },
          event: respectively ? null : event,
          weak: fact.weak,
        });
      };
      const mutual = sources.length === 0;
      if (mutual) {
        for (let a = 0; a < targets.length; a++)
          for (let b = a + 1; b < targets.length; b++)
            add(fact.type, targets[a]!, targets[b]!, b, fact.cameo);
        continue;
      }
      targets.forEach((target, t) => {
        for (const source of sources) {
          add(fact.type, source, target, t, fact.cameo);
          if (fact.inPerson && (fact.type === 'MEDIATED' || fact.type === 'HOSTED'))
            add('MET_WITH', source, target, t, '044');
        }
      });
      if (fact.inPerson && fact.type === 'MEDIATED') {
        for (let a = 0; a < targets.length; a++)
          for (let b = a + 1; b < targets.length; b++)
            add('MET_WITH', targets[a]!, targets[b]!, b, '046');
      }
    }
  });

  dateByVisits(events);
  const eventIds = events.map(idOf);
  const relations = finishRelations(drafts, events, eventIds);
  const usedIds = new Set(relations.flatMap((r) => [r.source, r.target, r.place ?? '']));
  for (const e of events) for (const id of e.participants.keys()) usedIds.add(id);

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
  for (const [id, name] of tentative) {
    if (usedIds.has(id) && !entities.some((e) => e.id === id))
      entities.push({ id, name, type: 'Person', aliases: [] });
  }
  const known = new Set(entities.map((e) => e.id));
  // A title's state or organisation ("French President X") is named only inside the title.
  for (const state of leads.values()) {
    const entry = gazetteer().entities.get(state);
    if (entry && !known.has(state)) {
      entities.push({ id: state, name: entry.name, type: entry.type, aliases: [] });
      known.add(state);
    }
  }

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
    relations: relations.filter(
      (r) => known.has(r.source) && known.has(r.target) && (!r.place || known.has(r.place)),
    ),
    events: events
      .map((e, i) => ({
        id: eventIds[i]!,
        kind: e.kind,
        date: e.date,
        place: e.place && known.has(e.place) ? e.place : null,
        participants: [...e.participants]
          .filter(([id]) => known.has(id))
          .map(([entity, role]) => ({ entity, role })),
        evidence: evidenceOf(sentences[e.sentence]!, e.phrase),
      }))
      .filter((e) => e.participants.length > 0)
      .filter((e, i, all) => all.findIndex((o) => o.id === e.id) === i),
  };
}

function sentenceRefsType(refs: Ref[], fact: Fact, target: string): string | undefined {
  return fact.targets.map((i) => refs[i]!).find((r) => r.id === target)?.type;
}

function evidenceOf(sentence: Sentence, phrase: Phrase | null): Evidence {
  return { sentence: sentence.text, start: sentence.start, end: sentence.end, phrase };
}

const stripDate = (d: FuzzyDate): FuzzyDate => ({ value: d.value, precision: d.precision });

/** The date nearest the fact's anchor in its sentence. */
function nearestDate(dates: ReturnType<typeof findDates>, fact: Fact): FuzzyDate | null {
  let best: (typeof dates)[number] | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance =
      d.end <= fact.start ? fact.start - d.end : d.start >= fact.end ? d.start - fact.end : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best ? stripDate(best) : null;
}

/** Where: a place after "in"/"at" in the sentence, nearest the anchor, else the dateline. */
function placeOf(fact: Fact, refs: Ref[], sentence: string): string | null {
  const targets = new Set(fact.targets);
  let best: Ref | null = null;
  let bestDistance = Infinity;
  refs.forEach((ref, i) => {
    if (!ref.locative || targets.has(i)) return;
    if (ref.type !== 'Place' && ref.type !== 'State') return;
    if (ref.start === 0 && /^[A-Z ]+[:(]/.test(sentence)) return;
    const before = sentence.slice(Math.max(0, ref.start - 6), ref.start);
    if (!/\b(?:in|at)\s+$/i.test(before)) return;
    const distance = ref.start >= fact.start ? ref.start - fact.end : (fact.start - ref.end) * 2;
    if (distance < bestDistance) {
      best = ref;
      bestDistance = distance;
    }
  });
  if (best) return (best as Ref).id;
  const dateline = refs[0];
  return dateline &&
    dateline.start === 0 &&
    dateline.type === 'Place' &&
    /^[A-Z ]+[:(]/.test(sentence)
    ? dateline.id
    : null;
}

function finishRelations(
  drafts: Draft[],
  events: DraftEvent[],
  eventIds: string[],
): ExtractedRelation[] {
  const spoke = new Set(
    drafts
      .filter((d) => d.relation.type === 'SPOKE_WITH')
      .map((d) => [d.relation.source, d.relation.target].sort().join('|')),
  );
  const out = new Map<string, ExtractedRelation>();
  for (const draft of drafts) {
    const r = { ...draft.relation };
    if (draft.weak && r.type === 'MET_WITH' && spoke.has([r.source, r.target].sort().join('|')))
      continue;
    if (SYMMETRIC_RELATIONS.has(r.type) && r.target < r.source)
      [r.source, r.target] = [r.target, r.source];
    const event = draft.event === null ? null : events[draft.event]!;
    if (event) {
      r.date ??= event.date;
      r.place ??= event.place;
    }
    const relation: ExtractedRelation = {
      ...r,
      event: draft.event === null ? null : eventIds[draft.event]!,
    };
    const key = `${r.type}|${r.source}|${r.target}|${r.date?.value ?? ''}`;
    const had = out.get(key);
    if (!had) out.set(key, relation);
    else if (!had.place && relation.place) out.set(key, { ...had, place: relation.place });
  }
  // An undated copy of a dated relation adds nothing.
  const dated = new Set(
    [...out.values()].filter((r) => r.date).map((r) => `${r.type}|${r.source}|${r.target}`),
  );
  return [...out.values()].filter(
    (r) => r.date || r.type === 'LEADS' || !dated.has(`${r.type}|${r.source}|${r.target}`),
  );
}
