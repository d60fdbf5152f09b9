/**
 * Corrections and saved investigations over HTTP: every mutation is refused without the API
 * key and changes nothing; with it, a correction changes what the queries answer and comes back
 * as its audit record; bad arguments are named in the error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationKey } from '../../server/store/index.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const KEY = 'test-key-0123456789abcdef';
const SENTENCE = 'Amara Okafor mediated between Lena Varga and Tomas Reyes on 2 May.';
const OKAFOR = id('Person', 'Amara Okafor');
const VARGA = id('Person', 'Lena Varga');
const REYES = id('Person', 'Tomas Reyes');
const article = buildExtraction({
  text: SENTENCE,
  entities: [
    ['Person', 'Amara Okafor'],
    ['Person', 'Lena Varga'],
    ['Person', 'Tomas Reyes'],
  ],
  facts: [
    { type: 'MEDIATED', source: OKAFOR, target: VARGA, date: '2023-05-02', sentence: SENTENCE },
    { type: 'MEDIATED', source: OKAFOR, target: REYES, date: '2023-05-02', sentence: SENTENCE },
  ],
});
const FACT = relationKey(article.relations[0]!);
const NOTE = { by: 'Ana Analyst', why: 'misread' };
const RECORD = 'id kind target by why summary active articles fact { id type source target date }';

type Errors = { message: string; extensions: { code: string } }[] | undefined;

forEachEngine('corrections over GraphQL', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine, { PARLEY_API_KEY: KEY });
    await server.parley.store.writeExtraction(article);
  });
  afterAll(() => server.close());

  async function send(query: string, variables: Record<string, unknown>, key: string | null = KEY) {
    const response = await fetch(`${server.parley.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: Errors };
  }
  const mediators = async () =>
    (await send(`{ mediations(between: ["${VARGA}"]) { mediator { id } } }`, {})).data!
      .mediations as { mediator: { id: string } }[];

  describe('without the key', () => {
    it.each([
      [
        'rejectFact',
        `mutation($n: CorrectionNote!) { rejectFact(id: "${FACT}", note: $n) { id } }`,
      ],
      [
        'mergeEntities',
        `mutation($n: CorrectionNote!) { mergeEntities(from: "${REYES}", into: "${VARGA}", note: $n) { id } }`,
      ],
      [
        'renameEntity',
        `mutation($n: CorrectionNote!) { renameEntity(id: "${REYES}", name: "X", note: $n) { id } }`,
      ],
      [
        'addAlias',
        `mutation($n: CorrectionNote!) { addAlias(id: "${REYES}", alias: "X", note: $n) { id } }`,
      ],
      [
        'undoCorrection',
        `mutation($n: CorrectionNote!) { undoCorrection(id: "correction:x", note: $n) { id } }`,
      ],
      [
        'saveInvestigation',
        `mutation { saveInvestigation(input: {name: "x", by: "y", view: "{}"}) { id } }`,
      ],
    ])('when %s is sent, then it is refused and nothing is recorded', async (_name, query) => {
      const answer = await send(query, { n: NOTE }, null);
      expect(answer.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(await server.parley.store.corrections({ first: 10 })).toEqual([]);
      expect(await server.parley.store.investigations(10)).toEqual([]);
    });
  });

  it('when a fact is rejected with the key, then answers leave it out, the trail lists it with the fact to grey out, and undo restores it', async () => {
    const rejected = await send(
      `mutation($n: CorrectionNote!) { rejectFact(id: "${FACT}", note: $n) { ${RECORD} } }`,
      { n: NOTE },
    );
    expect(rejected.errors).toBeUndefined();
    const record = rejected.data!.rejectFact as { id: string };
    expect(record).toMatchObject({
      kind: 'REJECT',
      target: FACT,
      by: 'Ana Analyst',
      why: 'misread',
      active: true,
      articles: 1,
      fact: { id: FACT, type: 'MEDIATED', source: OKAFOR, target: VARGA, date: '2023-05-02' },
    });
    expect(await mediators()).toEqual([]);
    const trail = await send(`{ corrections(active: true, kinds: [REJECT]) { id summary } }`, {});
    expect(trail.data!.corrections).toEqual([
      { id: record.id, summary: 'Rejected MEDIATED Amara Okafor → Lena Varga (2023-05-02)' },
    ]);
    const undone = await send(
      `mutation($n: CorrectionNote!) { undoCorrection(id: "${record.id}", note: $n) { active undoneBy } }`,
      { n: { by: 'Ben' } },
    );
    expect(undone.data!.undoCorrection).toEqual({ active: false, undoneBy: 'Ben' });
    expect(await mediators()).toEqual([{ mediator: { id: OKAFOR } }]);
  });

  it('when an entity is renamed with the key, then the entity query answers with the new name', async () => {
    const renamed = await send(
      `mutation($n: CorrectionNote!) { renameEntity(id: "${REYES}", name: "Tomás Reyes", note: $n) { kind summary } }`,
      { n: NOTE },
    );
    expect(renamed.data!.renameEntity).toEqual({
      kind: 'RENAME',
      summary: 'Renamed Tomas Reyes to Tomás Reyes',
    });
    const entity = await send(`{ entity(id: "${REYES}") { name aliases } }`, {});
    expect(entity.data!.entity).toEqual({ name: 'Tomás Reyes', aliases: ['Tomas Reyes'] });
  });

  it('when an argument is bad, then the error names it and nothing is recorded', async () => {
    const before = (await server.parley.store.corrections({ first: 100 })).length;
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [
        `mutation($n: CorrectionNote!) { rejectFact(id: "MEDIATED:person:a>person:b@2020", note: $n) { id } }`,
        { n: NOTE },
        'NOT_FOUND',
        /MEDIATED:person:a>person:b@2020/,
      ],
      [
        `mutation($n: CorrectionNote!) { mergeEntities(from: "person:nobody", into: "${VARGA}", note: $n) { id } }`,
        { n: NOTE },
        'NOT_FOUND',
        /person:nobody/,
      ],
      [
        `mutation($n: CorrectionNote!) { mergeEntities(from: "${VARGA}", into: "${VARGA}", note: $n) { id } }`,
        { n: NOTE },
        'BAD_USER_INPUT',
        /itself/,
      ],
      [
        `mutation($n: CorrectionNote!) { rejectFact(id: "${FACT}", note: $n) { id } }`,
        { n: { by: '  ' } },
        'BAD_USER_INPUT',
        /note\.by/,
      ],
      [
        `mutation($n: CorrectionNote!) { retypeEntity(id: "${VARGA}", type: EVENT, note: $n) { id } }`,
        { n: NOTE },
        'BAD_USER_INPUT',
        /type/,
      ],
      [
        `mutation($n: CorrectionNote!) { addAlias(id: "${VARGA}", alias: "", note: $n) { id } }`,
        { n: NOTE },
        'BAD_USER_INPUT',
        /alias/,
      ],
      [
        `mutation($n: CorrectionNote!) { undoCorrection(id: "correction:none", note: $n) { id } }`,
        { n: NOTE },
        'NOT_FOUND',
        /correction:none/,
      ],
      [
        `mutation($n: CorrectionNote!, $m: [MentionInput!]!) { splitEntity(id: "${REYES}", name: "Other", mentions: $m, note: $n) { id } }`,
        { n: NOTE, m: [{ relation: FACT, article: article.article.id, sentence: SENTENCE }] },
        'BAD_USER_INPUT',
        /not a relation of person:tomas-reyes/,
      ],
      [
        `mutation { saveInvestigation(input: {name: "x", by: "y", view: "not json"}) { id } }`,
        {},
        'BAD_USER_INPUT',
        /view/,
      ],
    ];
    for (const [query, variables, code, message] of cases) {
      const answer = await send(query, variables);
      expect(answer.errors?.[0]?.extensions.code, query).toBe(code);
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    expect(await server.parley.store.corrections({ first: 100 })).toHaveLength(before);
  });

  it('when an investigation is saved with the key, then it is listed and opened by id with its view', async () => {
    const view = JSON.stringify({ focus: VARGA, pinned: [OKAFOR] });
    const saved = await send(
      `mutation($i: InvestigationInput!) { saveInvestigation(input: $i) { id name } }`,
      { i: { name: 'Okafor mediations', by: 'Ana', notes: 'ask the desk', view } },
    );
    const { id: savedId } = saved.data!.saveInvestigation as { id: string };
    const listed = await send(`{ investigations { id name notes by } }`, {});
    expect(listed.data!.investigations).toEqual([
      { id: savedId, name: 'Okafor mediations', notes: 'ask the desk', by: 'Ana' },
    ]);
    const opened = await send(`{ investigation(id: "${savedId}") { view } }`, {});
    expect(opened.data!.investigation).toEqual({ view });
    expect(
      (await send(`{ investigation(id: "investigation:none") { id } }`, {})).data!.investigation,
    ).toBeNull();
  });
});
