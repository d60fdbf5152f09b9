/**
 * The domain vocabulary shared by every stage: what an article is once read, and what the
 * extractor says about it. The extractor produces an `Extraction`; the store persists it; the
 * API serves it. Nothing here knows about Cypher, GraphQL or files.
 */

export const ENTITY_TYPES = ['Person', 'State', 'Organization', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Node kinds that the graph holds beside the actors themselves. */
export type NodeType = EntityType | 'Event' | 'Article';

export const RELATION_TYPES = [
  'MEDIATED',
  'OFFERED_MEDIATION',
  'MET_WITH',
  'SPOKE_WITH',
  'LEADS',
  'HOSTED',
  'VISITED',
  'CLASHED_WITH',
  'ALLY_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations with no direction: the store keeps one edge whose endpoints are sorted by id. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set([
  'MET_WITH',
  'SPOKE_WITH',
  'CLASHED_WITH',
  'ALLY_OF',
]);

/** What an event is: the extractor's trigger lexicon names only these, and the API refuses others. */
export const EVENT_KINDS = [
  'talks',
  'call',
  'visit',
  'ceasefire',
  'agreement',
  'summit',
  'clash',
  'war',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export type DatePrecision = 'day' | 'month' | 'year';

/** A date as the text fixes it: `2022-10-31`, `2022-08` or `2020`, never more precise. */
export interface FuzzyDate {
  value: string;
  precision: DatePrecision;
}

/** One article as read from a file, before extraction. */
export interface SourceDocument {
  /** File name (or `name#line` inside an NDJSON batch); what `npm run extract` reports. */
  file: string;
  title: string | null;
  url: string | null;
  /** ISO day of publication; null when unknown, and then relative dates stay null. */
  published: string | null;
  source: string | null;
  /** The body: article text only, one paragraph or block per line. */
  text: string;
  /**
   * An id the sender gives the article (`id:` header, NDJSON `id`, the API's `id`): with the
   * URL, the only thing that makes a new text a new version of a stored article.
   */
  key?: string | null;
}

export interface Evidence {
  /** The sentence that states the fact, as it stands in the cleaned text. */
  sentence: string;
  /** Character offsets of the sentence in the cleaned text (`text.slice(start, end)`). */
  start: number;
  end: number;
  /**
   * The words that state the fact ("brokered", "held a phone call with", "President"), as
   * offsets within `sentence` (`sentence.slice(start, end)`). An analyst reading a long
   * sentence must see at once why it counts as evidence, and only the extractor knows which
   * words made it so. Relative to the sentence, not the text, so the sentence alone shows
   * it; null or absent when no words anchor the fact.
   */
  phrase?: { start: number; end: number } | null;
}

export interface ExtractedEntity {
  /** Stable readable id, e.g. `person:jane-doe`, `state:france` (see `ids.ts`). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** What the article says about a fact's reality; only `asserted` facts become relations. */
export type Modality = 'asserted' | 'planned' | 'hoped' | 'denied' | 'disputed';

export interface ExtractedRelation {
  type: RelationType;
  /** Entity ids, both present in `Extraction.entities`. */
  source: string;
  target: string;
  date: FuzzyDate | null;
  /** Entity id of a Place, or null. */
  place: string | null;
  evidence: Evidence;
  /** CAMEO code (045 mediate, 039 offer to mediate, 041 phone, 042 visit, 043 host, ...). */
  cameo: string | null;
  /** LEADS only: the title held ("President", "Prime Minister"). */
  role?: string | null;
  /** Id of the event this relation belongs to, when there is one. */
  event?: string | null;
  modality?: Modality;
}

export type EventRole = 'mediator' | 'host' | 'visitor' | 'party' | 'attendee';

/**
 * What the article says became of an event. Only `happened` events (and offers, as
 * OFFERED_MEDIATION) yield relations; the rest stay in the graph so an analyst can see what was
 * planned, denied or disputed.
 */
export const EVENT_STATUSES = [
  'happened',
  'planned',
  'offered',
  'hoped',
  'denied',
  'negated',
  'disputed',
  /** Only a quotation of one side says so. */
  'reported',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface ExtractedEvent {
  /** See `eventId()` in `ids.ts`: the same real-world event gets the same id in every article. */
  id: string;
  kind: string;
  date: FuzzyDate | null;
  place: string | null;
  participants: { entity: string; role: EventRole }[];
  evidence: Evidence;
  /** Absent in stores written before statuses existed: read as `happened`. */
  status?: EventStatus;
}

export interface ArticleRecord {
  /** `article:<hash of text>` */
  id: string;
  file: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  /** The sender's id of the article, when it gave one (see `SourceDocument.key`). */
  key?: string | null;
}

export interface Extraction {
  article: ArticleRecord;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}
