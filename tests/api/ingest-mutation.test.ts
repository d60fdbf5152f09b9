/**
 * ingestArticle with an API key configured: refused without the key or with a wrong one,
 * and with the key it extracts, stores and reports what the article added, once. Articles are
 * one only by URL or by the sender's id: before, every submission with neither url nor title
 * replaced the one before it. deleteArticle retracts one, with the key.
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
  ingestArticle(input: $input) { written replaced relations events article { id title url published } entities { id } } }`;

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

  it('when articles come with neither url nor title, then each is kept beside the others', async () => {
    const before = (await server.parley.store.stats()).articles;
    const texts = [
      'Qatari Emir Tamim bin Hamad Al Thani met US President Joe Biden in Doha on Tuesday.',
      'Turkish President Recep Tayyip Erdogan spoke with Ukrainian President Volodymyr Zelensky on Sunday.',
    ];
    for (const text of texts) {
      const result = await send({ input: { text, published: '2024-03-05' } }, KEY);
      expect(result.data!.ingestArticle).toMatchObject({ written: true, replaced: [] });
    }
    expect((await server.parley.store.stats()).articles).toBe(before + 2);
  });

  it('when a new text comes under the id of an earlier one, then it replaces it', async () => {
    const first = await send(
      {
        input: {
          id: 'wire-41',
          text: 'Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday.',
        },
      },
      KEY,
    );
    const second = await send(
      {
        input: {
          id: 'wire-41',
          text: 'Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Tuesday.',
        },
      },
      KEY,
    );
    expect(second.data!.ingestArticle.replaced).toEqual([
      (first.data!.ingestArticle.article as { id: string }).id,
    ]);
  });

  it('when an article is deleted with the key, then it is gone; without the key, nothing is', async () => {
    const text =
      'Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat on Saturday.';
    const stored = await send({ input: { text, url: 'https://wire.test/muscat' } }, KEY);
    const id = (stored.data!.ingestArticle.article as { id: string }).id;
    const remove = (key?: string) =>
      fetch(`${server.parley.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
        body: JSON.stringify({
          query: 'mutation($id: ID!) { deleteArticle(id: $id) }',
          variables: { id },
        }),
      });
    const refused = await remove();
    expect(refused.status).toBe(401);
    expect(await server.parley.store.articles([id])).not.toEqual([null]);
    expect(await (await remove(KEY)).json()).toEqual({ data: { deleteArticle: true } });
    expect(await server.parley.store.articles([id])).toEqual([null]);
    expect(await (await remove(KEY)).json()).toEqual({ data: { deleteArticle: false } });
  });

  it('when the input is binary, markup, a javascript: URL, a day that does not exist or a field over its cap, then it is refused alone', async () => {
    const before = (await server.parley.store.stats()).articles;
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        {
          text: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)).toString(
            'latin1',
          ),
        },
        /binary/,
      ],
      [
        { text: `<html><body><script>var a = 1;</script><p>${ARTICLE.text}</p></body></html>` },
        /HTML markup/,
      ],
      [{ text: ARTICLE.text, url: 'javascript:alert(1)' }, /http\(s\)/],
      [{ text: ARTICLE.text, published: '2024-02-31' }, /published must be an ISO day/],
      [{ text: ARTICLE.text, title: 'x'.repeat(1001) }, /title has 1001 characters/],
      [{ text: ARTICLE.text, file: 'f'.repeat(4097) }, /file has 4097 characters/],
    ];
    for (const [input, message] of cases) {
      const result = await send({ input }, KEY);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_ARTICLE');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect((await server.parley.store.stats()).articles).toBe(before);
  });
});
