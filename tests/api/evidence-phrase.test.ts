/**
 * The phrase the explorer highlights, end to end: the seed articles go through the real
 * extractor into each engine, and each citation comes back over GraphQL with the offsets of
 * the words that state its fact.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** Words a mediation is stated with, in any of the shapes the rules read. */
const MEDIATION_WORDS =
  /\b(?:mediat\w*|broker\w*|host\w*|facilitat\w*|conven\w*|organi[sz]\w*|brought together|chair\w*|sponsor\w*|auspices|presided|intermediary|go-between)\b/i;

interface Citation {
  sentence: string;
  phrase: { start: number; end: number } | null;
}

const said = (c: Citation) => c.sentence.slice(c.phrase!.start, c.phrase!.end);

forEachEngine('the evidence phrase over GraphQL, on the seeded graph', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(path.resolve(SEEDS), engine);
  });
  afterAll(() => server.close());

  it('when a MEDIATED edge is asked for its citations, then each phrase is a mediation word of its sentence', async () => {
    const { data, errors } = await server.gql<{
      overview: { edges: { type: string; citations: Citation[] }[] };
    }>('{ overview(first: 300) { edges { type citations { sentence phrase { start end } } } } }');
    expect(errors).toBeUndefined();
    const citations = data!.overview.edges
      .filter((e) => e.type === 'MEDIATED')
      .flatMap((e) => e.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(citation.phrase).not.toBeNull();
      expect(said(citation)).toMatch(MEDIATION_WORDS);
    }
  });

  it('when any edge or event report is asked for its phrase, then it lies inside its sentence', async () => {
    const { data, errors } = await server.gql<{
      overview: { truncated: boolean; edges: { citations: Citation[] }[] };
      events: { edges: { node: { evidence: Citation[] } }[] };
    }>(`{ overview(first: 300) { truncated edges { citations { sentence phrase { start end } } } }
          events(first: 100) { edges { node { evidence { sentence phrase { start end } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.overview.truncated).toBe(false);
    const all = [
      ...data!.overview.edges.flatMap((e) => e.citations),
      ...data!.events.edges.flatMap((e) => e.node.evidence),
    ];
    expect(data!.events.edges.length).toBeGreaterThan(0);
    for (const { sentence, phrase } of all) {
      expect(phrase).not.toBeNull();
      expect(0 <= phrase!.start && phrase!.start < phrase!.end).toBe(true);
      expect(phrase!.end).toBeLessThanOrEqual(sentence.length);
    }
  });
});
