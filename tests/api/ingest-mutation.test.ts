/**
 * ingestArticle with an API key configured: refused without the key or with a wrong one,
 * and with the key it extracts, stores and reports what the article added, once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const KEY = 'test-key-0123456789abcdef';
const ARTICLE = {
  title: 'Talks in Nairobi',
  url: 'https://wire.test/nairobi',
  published: '2023-03-14',
  text: 'Kenyan President William Ruto hosted talks between Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Nairobi on Monday.',
};
const MUTATION = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { written replaced relations events article { title url published } entities { id } } }`;

forEachEngine('ingestArticle', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine, { PARLEY_API_KEY: KEY });
  });
  afterAll(() => server.close());

  async function send(variables: Record<string, unknown>, key?: string) {
    const response = await fetch(`${server.parley.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      body: JSON.stringify({ query: MUTATION, variables }),
    });
    return (await response.json()) as {
      data?: { ingestArticle: Record<string, unknown> };
      errors?: { message: string; extensions: { code: string } }[];
    };
  }

  it('when the key is missing or wrong, then the mutation is refused and nothing is stored', async () => {
    expect((await send({ input: ARTICLE })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(
      (await send({ input: ARTICLE }, 'wrong-key-0123456789abcd')).errors?.[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await server.parley.store.stats()).articles).toBe(0);
  });

  it('when the key is right, then the article is stored once and its additions reported', async () => {
    const first = await send({ input: ARTICLE }, KEY);
    expect(first.errors).toBeUndefined();
    const result = first.data!.ingestArticle;
    expect(result).toMatchObject({
      written: true,
      replaced: [],
      article: { title: 'Talks in Nairobi', url: ARTICLE.url, published: '2023-03-14' },
    });
    expect(result.relations as number).toBeGreaterThan(0);
    expect((result.entities as { id: string }[]).map((e) => e.id)).toContain('person:william-ruto');
    const again = await send({ input: ARTICLE }, KEY);
    expect(again.data!.ingestArticle).toMatchObject({ written: false });
    expect((await server.parley.store.stats()).articles).toBe(1);
  });

  it('when the input is bad, then the error names the problem', async () => {
    const empty = await send({ input: { text: '   ' } }, KEY);
    expect(empty.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_ARTICLE' },
      message: 'The article has no text',
    });
    const badDate = await send({ input: { ...ARTICLE, published: 'last week' } }, KEY);
    expect(badDate.errors?.[0]?.message).toMatch(/published must be an ISO day/);
  });
});
