/**
 * Search for people who do not know the spelling, over HTTP on each engine: transliterations
 * and typos find the person (Aliev, Pashinian, Erdogan, "Putim"), prefixes find them as they
 * are typed, and answers come by match quality, then by how busy the entity is.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const ALIYEV = id('Person', 'Ilham Aliyev');
const ALIYEVA = id('Person', 'Mehriban Aliyeva');
const PASHINYAN = id('Person', 'Nikol Pashinyan');
const ERDOGAN = id('Person', 'Recep Tayyip Erdoğan');
const PUTIN = id('Person', 'Vladimir Putin');
const PUTNA = id('Place', 'Putna');

const TEXT = [
  'Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan.',
  'Recep Tayyip Erdoğan spoke with Ilham Aliyev.',
  'Ilham Aliyev met Vladimir Putin.',
];

forEachEngine('Search that forgives spelling', (engine) => {
  let server: TestServer;
  const search = async (text: string, first = 10) => {
    const { data, errors } = await server.gql<{ search: { id: string }[] }>(
      'query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }',
      { t: text, n: first },
    );
    expect(errors).toBeUndefined();
    return data!.search.map((e) => e.id);
  };

  beforeAll(async () => {
    server = await startTestServer(null, engine);
    await server.parley.store.writeExtraction(
      buildExtraction({
        text: TEXT.join(' '),
        entities: [
          ['Person', 'Ilham Aliyev', ['Aliyev']],
          ['Person', 'Mehriban Aliyeva', ['Aliyeva']],
          ['Person', 'Nikol Pashinyan', ['Pashinyan']],
          ['Person', 'Recep Tayyip Erdoğan', ['Erdoğan']],
          ['Person', 'Vladimir Putin', ['Putin']],
          ['Place', 'Putna'],
        ],
        facts: [
          { type: 'HOSTED', source: PUTIN, target: ALIYEV, date: '2024-01-02', sentence: TEXT[0]! },
          {
            type: 'HOSTED',
            source: PUTIN,
            target: PASHINYAN,
            date: '2024-01-02',
            sentence: TEXT[0]!,
          },
          {
            type: 'SPOKE_WITH',
            source: ERDOGAN,
            target: ALIYEV,
            date: '2024-01-03',
            sentence: TEXT[1]!,
          },
          {
            type: 'MET_WITH',
            source: ALIYEV,
            target: PUTIN,
            date: '2024-01-04',
            sentence: TEXT[2]!,
          },
        ],
      }),
    );
  });
  afterAll(() => server.close());

  it.each([
    ['Aliev', ALIYEV],
    ['Ilham Aliev', ALIYEV],
    ['Pashinian', PASHINYAN],
    ['Nikol Pashinian', PASHINYAN],
    ['Erdogan', ERDOGAN],
    ['erdoğan', ERDOGAN],
    ['Putim', PUTIN],
    ['Vladimir Putim', PUTIN],
  ])('when "%s" is searched, then the person comes first', async (text, expected) => {
    expect((await search(text))[0]).toBe(expected);
  });

  it('when a prefix is typed, then names that start with it come, before names that only hold it', async () => {
    expect(await search('Pash')).toEqual([PASHINYAN]);
    expect((await search('put')).slice(0, 2).sort()).toEqual([PUTIN, PUTNA].sort());
  });

  it('when two names match as well, then the busier comes first; a better match beats a busier one', async () => {
    // "Aliev" is one letter from both Aliyev and Aliyeva: Ilham Aliyev has four relations, she none.
    expect(await search('Aliev')).toEqual([ALIYEV, ALIYEVA]);
    // "Aliyeva" is her name exactly, and only close to his.
    expect((await search('Aliyeva'))[0]).toBe(ALIYEVA);
  });

  it('when a short or unrelated word is searched, then no near spelling is offered', async () => {
    expect(await search('xyzzy')).toEqual([]);
    expect(await search('Pat')).toEqual([]);
  });
});
