/**
 * What makes two texts one article, on every engine: the same URL, or the same id given by the
 * sender, and nothing else. Before, an article without a URL replaced any earlier one with the
 * same file name (the CLI stored only the basename), and every API submission without url or
 * title replaced the one before: unrelated articles were lost without a word. Also: a corrected
 * header on a stored text is written, and deleteArticle retracts one article cleanly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/index.ts';
import { buildExtraction, id, type ArticleSpec } from '../helpers/extraction-builder.ts';

const A = id('Person', 'Ruth Banda');
const B = id('Person', 'Amos Wekesa');
const C = id('Person', 'Ines Quispe');

/** An article in which `source` met `target`: its own text, so its own id. */
function meeting(source: string, target: string, extra: Partial<ArticleSpec> = {}): ArticleSpec {
  const name = (entity: string) => entity.replace('person:', '').replace('-', ' ');
  const sentence = `${name(source)} met ${name(target)} in Lilongwe.`;
  return {
    text: sentence,
    file: 'article.txt',
    url: null,
    entities: [
      ['Person', name(source)],
      ['Person', name(target)],
    ],
    facts: [{ type: 'MET_WITH', source, target, date: '2024-05-02', sentence }],
    ...extra,
  };
}

export function articleIdentityContract(name: string, openEmpty: () => Promise<GraphStore>): void {
  describe(`article identity: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });

    it('when two unrelated articles share a file name and a title but no URL, then both are kept', async () => {
      const first = await store.writeExtraction(
        buildExtraction(meeting(A, B, { file: 'article.txt', title: 'Talks' })),
      );
      const second = await store.writeExtraction(
        buildExtraction(meeting(B, C, { file: 'article.txt', title: 'Talks' })),
      );
      expect([first.replaced, second.replaced]).toEqual([[], []]);
      expect((await store.stats()).articles).toBe(2);
      expect((await store.stats()).relations).toBe(2);
    });

    it('when a new text comes with the id of a stored article, then it replaces it', async () => {
      const old = buildExtraction(meeting(A, B, { key: 'wire-17' }));
      await store.writeExtraction(old);
      const result = await store.writeExtraction(
        buildExtraction(meeting(A, C, { key: 'wire-17' })),
      );
      expect(result.replaced).toEqual([old.article.id]);
      expect(await store.entities([B])).toEqual([null]);
      expect((await store.stats()).articles).toBe(1);
    });

    it('when a stored text comes again with a corrected header, then the article is written anew', async () => {
      const stored = buildExtraction(
        meeting(A, B, { title: 'Old title', published: '2024-05-02' }),
      );
      await store.writeExtraction(stored);
      expect((await store.writeExtraction(stored)).written).toBe(false);
      const corrected = buildExtraction(
        meeting(A, B, { title: 'New title', published: '2024-06-01' }),
      );
      expect(corrected.article.id).toBe(stored.article.id);
      expect((await store.writeExtraction(corrected)).written).toBe(true);
      expect(await store.articles([stored.article.id])).toEqual([
        expect.objectContaining({ title: 'New title', published: '2024-06-01' }),
      ]);
      expect(await store.stats()).toMatchObject({ articles: 1, relations: 1 });
    });

    it('when an article is deleted, then what only it supported goes and the rest stays', async () => {
      const ab = buildExtraction(meeting(A, B));
      await store.writeExtraction(ab);
      await store.writeExtraction(buildExtraction(meeting(B, C)));
      expect(await store.deleteArticle(ab.article.id)).toBe(true);
      expect(await store.entities([A, B, C])).toEqual([null, expect.anything(), expect.anything()]);
      expect(await store.stats()).toMatchObject({ articles: 1, relations: 1, entities: 2 });
      expect(await store.deleteArticle(ab.article.id)).toBe(false);
    });
  });
}
