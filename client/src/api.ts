/**
 * The explorer's only way out: GraphQL on its own origin. Subgraph queries carry structure
 * and counts only; evidence is asked for when an analyst opens an edge or an event, so a
 * 10,000-element view loads without its sentences. Errors come back as thrown messages the
 * page shows.
 */
import type { Subgraph } from './graph/elements.ts';

const EVENT = `id kind status date place { id } participants { role entity { id } } articles { id }`;
// An edge's event is drawn from `events`: the edge gives its id only, which the server answers
// without loading the event a second time.
const EDGE = `id type source target date directed sources event { id }`;
const SUBGRAPH = `nodes { id label type degree sources } edges { ${EDGE} } truncated
  events(statuses: [HAPPENED, PLANNED, OFFERED, HOPED, DENIED, NEGATED, DISPUTED, REPORTED]) {
    ${EVENT}
  }`;
const ARTICLE = `id title url source published`;
const CITATION = `sentence phrase { start end } article { ${ARTICLE} }`;

/**
 * The explorer's own queries, as it sends them: the benchmarks load the server with these very
 * texts (bench/explorer-queries.ts), so what they measure is what the page asks.
 */
export const QUERIES = {
  overview: `query($first: Int) { overview(first: $first) { ${SUBGRAPH} } }`,
  neighborhood: `query($id: ID!, $types: [RelationType!], $from: String, $to: String) {
        neighborhood(id: $id, types: $types, from: $from, to: $to) { ${SUBGRAPH} } }`,
  search: `query($t: String!, $first: Int) { search(text: $t, first: $first) { id name type aliases } }`,
  path: `query($f: ID!, $t: ID!, $types: [RelationType!]) { path(from: $f, to: $t, types: $types) { ${SUBGRAPH} } }`,
  mediations: `query($b: [ID!]!, $l: Level, $from: String, $to: String) {
        mediations(between: $b, level: $l, from: $from, to: $to) {
          mediator { id name type } parties { id name } dates sources events { id kind date }
          evidence { ${CITATION} } subgraph { ${SUBGRAPH} } } }`,
} as const;

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export interface Suggestion {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface Article {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

export interface Citation {
  sentence: string;
  /** Offsets within `sentence` of the words that state the fact. */
  phrase: { start: number; end: number } | null;
  article: Article;
}

export interface EventDetail {
  id: string;
  kind: string;
  /** HAPPENED, or PLANNED, OFFERED, DENIED...: what the reports say became of it. */
  status: string;
  date: string | null;
  precision: string | null;
  place: { id: string; name: string } | null;
  participants: { role: string; entity: { id: string; name: string; type: string } }[];
  articles: Article[];
  evidence: Citation[];
}

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  relationCounts: { type: string; count: number }[];
  roles: { title: string | null; of: { id: string; name: string } }[];
  articles: Article[];
}

export interface Mediation {
  mediator: { id: string; name: string; type: string };
  parties: { id: string; name: string }[];
  dates: string[];
  /** Articles that report the mediation: with the events, what ranks the answers. */
  sources: number;
  events: { id: string; kind: string; date: string | null }[];
  evidence: Citation[];
  subgraph: Subgraph;
}

/** Relations whose evidence one request carries; the server caps it at 2,000. */
const EVIDENCE_BATCH = 1000;

export const api = {
  overview: (first: number) =>
    gql<{ overview: Subgraph }>(QUERIES.overview, { first }).then((d) => d.overview),
  neighborhood: (id: string, types: string[] | null, from: string | null, to: string | null) =>
    gql<{ neighborhood: Subgraph }>(QUERIES.neighborhood, { id, types, from, to }).then(
      (d) => d.neighborhood,
    ),
  search: (text: string, first = 8) =>
    gql<{ search: Suggestion[] }>(QUERIES.search, { t: text, first }).then((d) => d.search),
  path: (from: string, to: string, types: string[] | null) =>
    gql<{ path: Subgraph }>(QUERIES.path, { f: from, t: to, types }).then((d) => d.path),
  mediations: (
    between: string[],
    level: 'PERSON' | 'STATE',
    from: string | null,
    to: string | null,
  ) =>
    gql<{ mediations: Mediation[] }>(QUERIES.mediations, { b: between, l: level, from, to }).then(
      (d) => d.mediations,
    ),
  evidence: async (relations: string[]) => {
    const out: { relation: string; sources: number; citations: Citation[] }[] = [];
    for (let i = 0; i < relations.length; i += EVIDENCE_BATCH) {
      const batch = await gql<{ evidence: typeof out }>(
        `query($r: [ID!]!) { evidence(relations: $r) { relation sources citations { ${CITATION} } } }`,
        { r: relations.slice(i, i + EVIDENCE_BATCH) },
      );
      out.push(...batch.evidence);
    }
    return out;
  },
  event: (id: string) =>
    gql<{ event: EventDetail | null }>(
      `query($id: ID!) { event(id: $id) { id kind status date precision place { id name }
        participants { role entity { id name type } } articles { ${ARTICLE} }
        evidence { ${CITATION} } } }`,
      { id },
    ).then((d) => d.event),
  entity: (id: string) =>
    gql<{ entity: EntityDetail | null }>(
      `query($id: ID!) { entity(id: $id) { id name type aliases relationCounts { type count }
        roles { title of { id name } } articles { ${ARTICLE} } } }`,
      { id },
    ).then((d) => d.entity),
};
