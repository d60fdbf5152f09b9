/**
 * Builds small Extractions by hand for store and API tests, so they exercise the store with
 * facts they choose instead of whatever the extractor reads today. The people and places are
 * invented for the tests.
 */
import {
  articleId,
  entityId,
  eventId,
  type EntityType,
  type EventRole,
  type EventStatus,
  type Extraction,
  type ExtractedEntity,
  type FuzzyDate,
  type RelationType,
} from '../../server/domain/index.ts';

export interface FactSpec {
  type: RelationType;
  source: string;
  target: string;
  date?: string;
  sentence: string;
  /** The words of `sentence` that state the fact; the first place they occur is the phrase. */
  phrase?: string;
  event?: string;
}

export interface ArticleSpec {
  text: string;
  file?: string;
  url?: string | null;
  title?: string;
  published?: string | null;
  /** The sender's id of the article. */
  key?: string | null;
  entities: [EntityType, string, string[]?][];
  facts?: FactSpec[];
  events?: {
    kind: string;
    date: string;
    place: string | null;
    participants: [string, EventRole][];
    /** The words of the article's text that report the event. */
    phrase?: string;
    /** What became of it; absent means it happened. */
    status?: EventStatus;
  }[];
}

export const id = entityId;

function fuzzy(date: string | undefined): FuzzyDate | null {
  if (!date) return null;
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { value: date, precision };
}

/** The offsets of `words` in `sentence`, absent when no words are given. */
function phraseIn(sentence: string, words: string | undefined) {
  if (words === undefined) return {};
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`The phrase "${words}" is not in "${sentence}"`);
  return { phrase: { start, end: start + words.length } };
}

export function buildExtraction(spec: ArticleSpec): Extraction {
  const entities: ExtractedEntity[] = spec.entities.map(([type, name, aliases]) => ({
    id: entityId(type, name),
    name,
    type,
    aliases: aliases ?? [],
  }));
  const offsetOf = (sentence: string) => Math.max(0, spec.text.indexOf(sentence));
  return {
    article: {
      id: articleId(spec.text),
      file: spec.file ?? 'test.txt',
      title: spec.title ?? spec.text.slice(0, 40),
      url: spec.url ?? null,
      published: spec.published ?? '2023-05-02',
      source: 'Test Wire',
      key: spec.key ?? null,
    },
    entities,
    relations: (spec.facts ?? []).map((f) => ({
      type: f.type,
      source: f.source,
      target: f.target,
      date: fuzzy(f.date),
      place: null,
      evidence: {
        sentence: f.sentence,
        start: offsetOf(f.sentence),
        end: offsetOf(f.sentence) + f.sentence.length,
        ...phraseIn(f.sentence, f.phrase),
      },
      cameo: f.type === 'MEDIATED' ? '045' : null,
      event: f.event ?? null,
    })),
    events: (spec.events ?? []).map((e) => ({
      id: eventId(
        e.kind,
        fuzzy(e.date),
        e.place,
        e.participants.map(([p]) => p),
        e.status,
      ),
      kind: e.kind,
      ...(e.status ? { status: e.status } : {}),
      date: fuzzy(e.date),
      place: e.place,
      participants: e.participants.map(([entity, role]) => ({ entity, role })),
      evidence: {
        sentence: spec.text,
        start: 0,
        end: spec.text.length,
        ...phraseIn(spec.text, e.phrase),
      },
    })),
  };
}
