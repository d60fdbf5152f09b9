/**
 * The explorer's only way out: GraphQL on its own origin. Queries name exactly the fields the
 * views use; errors come back as thrown messages the page shows.
 */
import type { Subgraph } from './graph/elements.ts';

const EDGE = `id type source target date directed sources evidence
  citations { sentence article { title url source published } } event { id kind }`;
const SUBGRAPH = `nodes { id label type degree } edges { ${EDGE} } truncated`;

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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

export const api = {
  overview: (first = 500) =>
    gql<{ overview: Subgraph }>(`query($first: Int) { overview(first: $first) { ${SUBGRAPH} } }`, {
      first,
    }).then((d) => d.overview),
  neighborhood: (id: string, types: string[] | null, from: string | null, to: string | null) =>
    gql<{ neighborhood: Subgraph }>(
      `query($id: ID!, $types: [RelationType!], $from: String, $to: String) {
        neighborhood(id: $id, types: $types, from: $from, to: $to) { ${SUBGRAPH} } }`,
      { id, types, from, to },
    ).then((d) => d.neighborhood),
  search: (text: string) =>
    gql<{ search: Suggestion[] }>(
      `query($t: String!) { search(text: $t, first: 8) { id name type aliases } }`,
      { t: text },
    ).then((d) => d.search),
  path: (from: string, to: string) =>
    gql<{ path: Subgraph }>(`query($f: ID!, $t: ID!) { path(from: $f, to: $t) { ${SUBGRAPH} } }`, {
      f: from,
      t: to,
    }).then((d) => d.path),
  mediations: (between: string[], level: 'PERSON' | 'STATE') =>
    gql<{
      mediations: {
        mediator: { id: string; name: string; type: string };
        parties: { id: string; name: string }[];
        dates: string[];
        events: { id: string; kind: string; date: string | null }[];
        evidence: { sentence: string; article: { title: string | null } }[];
      }[];
    }>(
      `query($b: [ID!]!, $l: Level) { mediations(between: $b, level: $l) {
        mediator { id name type } parties { id name } dates events { id kind date }
        evidence { sentence article { title } } } }`,
      { b: between, l: level },
    ).then((d) => d.mediations),
};
