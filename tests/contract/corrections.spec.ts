/**
 * The corrections contract, run on every engine: each kind of correction changes what every
 * read answers, is listed in the audit trail with who, when, why and what was there, holds
 * when its article (or a new one) is written again, and is undone by switching it off.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError, ErrorCode } from '../../server/errors/index.ts';
import { relationKey, type GraphStore } from '../../server/store/index.ts';
import { buildExtraction, id, type ArticleSpec } from '../helpers/extraction-builder.ts';

const OKAFOR = id('Person', 'Amara Okafor');
const VARGA = id('Person', 'Lena Varga');
const REYES = id('Person', 'Tomas Reyes');
const NORTHLAND = id('State', 'Northland');
const SOUTHLAND = id('State', 'Southland');
const NOTE = { by: 'Ana Analyst', why: 'The article says Okafor only attended.' };

const TALKS = 'Amara Okafor mediated between Lena Varga and Tomas Reyes on 2 May.';
const talks: ArticleSpec = {
  text: `${TALKS} Varga leads Northland.`,
  url: 'https://news.test/talks',
  entities: [
    ['Person', 'Amara Okafor', ['Okafor']],
    ['Person', 'Lena Varga', ['Varga']],
    ['Person', 'Tomas Reyes', ['Reyes']],
    ['State', 'Northland'],
  ],
  facts: [
    { type: 'MEDIATED', source: OKAFOR, target: VARGA, date: '2023-05-02', sentence: TALKS },
    { type: 'MEDIATED', source: OKAFOR, target: REYES, date: '2023-05-02', sentence: TALKS },
    { type: 'MET_WITH', source: VARGA, target: REYES, date: '2023-05-02', sentence: TALKS },
    { type: 'LEADS', source: VARGA, target: NORTHLAND, sentence: 'Varga leads Northland.' },
  ],
};

/** Another outlet, which spells Okafor "A. Okafor" and reports the same mediation. */
const SPELLED = 'A. Okafor brokered talks between Varga and Reyes on 2 May.';
const spelledOtherwise: ArticleSpec = {
  text: SPELLED,
  url: 'https://other.test/okafor',
  entities: [
    ['Person', 'A. Okafor'],
    ['Person', 'Lena Varga', ['Varga']],
    ['Person', 'Tomas Reyes', ['Reyes']],
  ],
  facts: [
    {
      type: 'MEDIATED',
      source: id('Person', 'A. Okafor'),
      target: VARGA,
      date: '2023-05-02',
      sentence: SPELLED,
    },
    {
      type: 'MEDIATED',
      source: id('Person', 'A. Okafor'),
      target: REYES,
      date: '2023-05-02',
      sentence: SPELLED,
    },
  ],
};

const keyOf = (spec: ArticleSpec, i: number) => relationKey(buildExtraction(spec).relations[i]!);
const MEDIATED_VARGA = keyOf(talks, 0);

export function correctionsContract(name: string, openEmpty: () => Promise<GraphStore>): void {
  describe(`Corrections contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await openEmpty();
      await store.writeExtraction(buildExtraction(talks));
    });
    afterEach(async () => {
      await store.close();
    });

    /** The relations of one entity. */
    const edgeIds = async (entity: string) =>
      (await store.neighborhood({ id: entity, depth: 1, types: null, first: 50 })).edges
        .filter((e) => e.source === entity || e.target === entity)
        .map((e) => e.id)
        .sort();
    const mediators = async () =>
      (await store.mediations({ between: [VARGA, REYES], level: 'PERSON' })).map(
        (m) => m.mediator.id,
      );

    it('when a fact is rejected, then no read shows it, the trail says who, why and what it was, and undo brings it back', async () => {
      const record = await store.correct({ kind: 'reject', target: MEDIATED_VARGA }, NOTE);
      expect(record).toMatchObject({
        kind: 'reject',
        target: MEDIATED_VARGA,
        active: true,
        ...NOTE,
      });
      expect(record.summary).toBe('Rejected MEDIATED Amara Okafor → Lena Varga (2023-05-02)');
      expect(JSON.parse(record.before)).toMatchObject({ type: 'MEDIATED', date: '2023-05-02' });
      expect(await edgeIds(VARGA)).not.toContain(MEDIATED_VARGA);
      expect(await mediators()).toEqual([]);
      expect(await store.evidence([MEDIATED_VARGA])).toEqual([[]]);
      expect((await store.stats()).relations).toBe(3);
      expect((await store.corrections({ first: 10 })).map((c) => c.id)).toEqual([record.id]);

      const undone = await store.undoCorrection(record.id, { by: 'Ben Reviewer' });
      expect(undone).toMatchObject({ active: false, undoneBy: 'Ben Reviewer' });
      expect(await edgeIds(VARGA)).toContain(MEDIATED_VARGA);
      expect(await mediators()).toEqual([OKAFOR]);
      expect((await store.evidence([MEDIATED_VARGA]))[0]!.map((e) => e.sentence)).toEqual([TALKS]);
      expect(await store.corrections({ active: true, first: 10 })).toEqual([]);
      expect((await store.corrections({ first: 10 }))[0]).toMatchObject({
        id: record.id,
        active: false,
      });
    });

    it("when a rejected fact's article is ingested again, or another article reports it, then it stays rejected", async () => {
      await store.correct({ kind: 'reject', target: MEDIATED_VARGA }, NOTE);
      const article = buildExtraction(talks).article.id;
      expect(await store.deleteArticle(article)).toBe(true);
      expect((await store.writeExtraction(buildExtraction(talks))).written).toBe(true);
      const another: ArticleSpec = {
        ...talks,
        text: `${TALKS} More later.`,
        url: 'https://third.test/a',
      };
      await store.writeExtraction(buildExtraction(another));
      expect(await edgeIds(VARGA)).not.toContain(MEDIATED_VARGA);
      expect(await store.evidence([MEDIATED_VARGA])).toEqual([[]]);
      // The other facts of those articles are all there.
      expect(await edgeIds(VARGA)).toEqual([keyOf(talks, 3), keyOf(talks, 2)].sort());
    });

    it("when only one sentence's support is rejected, then the fact stands on the other article alone", async () => {
      const second: ArticleSpec = {
        ...talks,
        text: `${TALKS} Reported again.`,
        url: 'https://third.test/b',
      };
      await store.writeExtraction(buildExtraction(second));
      const firstArticle = buildExtraction(talks).article.id;
      await store.correct(
        {
          kind: 'reject',
          target: MEDIATED_VARGA,
          sentence: { article: firstArticle, sentence: TALKS },
        },
        NOTE,
      );
      const [evidence] = await store.evidence([MEDIATED_VARGA]);
      expect(evidence!.map((e) => e.article.id)).toEqual([buildExtraction(second).article.id]);
    });

    it('when a fact is confirmed, then the trail records it and the graph is as it was', async () => {
      const before = await store.overview(50);
      const record = await store.correct({ kind: 'confirm', target: MEDIATED_VARGA }, NOTE);
      expect(record.summary).toBe('Confirmed MEDIATED Amara Okafor → Lena Varga (2023-05-02)');
      expect(await store.overview(50)).toEqual(before);
    });

    it('when two spellings of one person are merged, then one node holds the facts of both and the other name is an alias, also for articles ingested later, until undone', async () => {
      const spelled = id('Person', 'A. Okafor');
      await store.writeExtraction(buildExtraction(spelledOtherwise));
      expect((await store.entities([spelled]))[0]).not.toBeNull();
      const record = await store.correct(
        {
          kind: 'merge',
          target: spelled,
          into: { id: OKAFOR, name: 'Amara Okafor', type: 'Person' },
        },
        NOTE,
      );
      expect(record.summary).toBe('Merged A. Okafor into Amara Okafor');
      expect(await store.entities([spelled])).toEqual([null]);
      expect((await store.entities([OKAFOR]))[0]!.aliases).toContain('A. Okafor');
      expect((await store.evidence([MEDIATED_VARGA]))[0]!.map((e) => e.sentence).sort()).toEqual(
        [SPELLED, TALKS].sort(),
      );
      expect((await store.search('a okafor')).map((e) => e.id)).toEqual([OKAFOR]);

      // A new article that names the merged spelling lands on the kept entity.
      const later: ArticleSpec = {
        ...spelledOtherwise,
        text: `${SPELLED} Again.`,
        url: 'https://late.test/x',
      };
      await store.writeExtraction(buildExtraction(later));
      expect(await store.entities([spelled])).toEqual([null]);
      expect((await store.evidence([MEDIATED_VARGA]))[0]).toHaveLength(3);

      await store.undoCorrection(record.id, { by: 'Ben Reviewer' });
      expect((await store.entities([spelled]))[0]!.name).toBe('A. Okafor');
      expect((await store.entities([OKAFOR]))[0]!.aliases).not.toContain('A. Okafor');
      expect((await store.evidence([MEDIATED_VARGA]))[0]!.map((e) => e.sentence)).toEqual([TALKS]);
      expect(await mediators()).toEqual([OKAFOR, spelled].sort());
    });

    it('when an entity is renamed and retyped, then every read uses the new name and type, a later article keeps them, and undo restores both', async () => {
      const rename = await store.correct(
        { kind: 'rename', target: NORTHLAND, name: 'Northern Republic' },
        NOTE,
      );
      const retype = await store.correct(
        { kind: 'retype', target: NORTHLAND, type: 'Organization' },
        NOTE,
      );
      expect(rename.summary).toBe('Renamed Northland to Northern Republic');
      const [entity] = await store.entities([NORTHLAND]);
      expect(entity).toMatchObject({ name: 'Northern Republic', type: 'Organization' });
      expect(entity!.aliases).toContain('Northland');
      expect((await store.search('northern rep')).map((e) => e.id)).toEqual([NORTHLAND]);
      const node = (
        await store.neighborhood({ id: VARGA, depth: 1, types: null, first: 10 })
      ).nodes.find((n) => n.id === NORTHLAND);
      expect(node).toMatchObject({ label: 'Northern Republic', type: 'Organization' });

      // Retracted and written again from scratch, the entity still reads as corrected.
      await store.deleteArticle(buildExtraction(talks).article.id);
      await store.writeExtraction(buildExtraction(talks));
      expect((await store.entities([NORTHLAND]))[0]).toMatchObject({
        name: 'Northern Republic',
        type: 'Organization',
      });

      await store.undoCorrection(retype.id, { by: 'Ben Reviewer' });
      await store.undoCorrection(rename.id, { by: 'Ben Reviewer' });
      expect((await store.entities([NORTHLAND]))[0]).toMatchObject({
        name: 'Northland',
        type: 'State',
      });
      expect(await store.search('northern rep')).toEqual([]);
    });

    it('when an alias is added, then search finds it, and an article naming the alias lands on the entity until undone', async () => {
      const record = await store.correct(
        { kind: 'alias', target: NORTHLAND, alias: 'Southland' },
        NOTE,
      );
      expect((await store.search('southland')).map((e) => e.id)).toEqual([NORTHLAND]);
      const naming: ArticleSpec = {
        text: 'Varga leads Southland.',
        url: 'https://alias.test/x',
        entities: [
          ['Person', 'Lena Varga', ['Varga']],
          ['State', 'Southland'],
        ],
        facts: [
          { type: 'LEADS', source: VARGA, target: SOUTHLAND, sentence: 'Varga leads Southland.' },
        ],
      };
      await store.writeExtraction(buildExtraction(naming));
      expect(await store.entities([SOUTHLAND])).toEqual([null]);
      expect(record.articles).toEqual([]);
      expect((await store.corrections({ first: 1 }))[0]!.articles).toEqual([
        buildExtraction(naming).article.id,
      ]);

      await store.undoCorrection(record.id, { by: 'Ben Reviewer' });
      expect((await store.entities([SOUTHLAND]))[0]!.name).toBe('Southland');
      expect((await store.entities([NORTHLAND]))[0]!.aliases).not.toContain('Southland');
    });

    it('when an entity is split, then the chosen mentions move to a new entity and the rest stay, until undone', async () => {
      const article = buildExtraction(talks).article.id;
      const metWith = keyOf(talks, 2);
      const record = await store.correct(
        {
          kind: 'split',
          target: REYES,
          into: { id: id('Person', 'Tomas Reyes Jr'), name: 'Tomas Reyes Jr', type: 'Person' },
          mentions: [{ relation: metWith, article, sentence: TALKS }],
        },
        NOTE,
      );
      expect(record.summary).toBe('Split Tomas Reyes Jr off Tomas Reyes (1 mentions)');
      const junior = id('Person', 'Tomas Reyes Jr');
      expect(await edgeIds(junior)).toEqual([`MET_WITH:${VARGA}>${junior}@2023-05-02`].sort());
      expect(await edgeIds(REYES)).toEqual([keyOf(talks, 1)]);
      await store.undoCorrection(record.id, { by: 'Ben Reviewer' });
      expect(await store.entities([junior])).toEqual([null]);
      expect(await edgeIds(REYES)).toEqual([keyOf(talks, 1), metWith].sort());
    });

    it('when a correction names nothing stored, or is undone twice, then the store says so and records nothing', async () => {
      const failure = await store
        .correct({ kind: 'reject', target: 'MEDIATED:person:x>person:y@2020' }, NOTE)
        .catch((e: unknown) => e);
      expect(isAppError(failure, ErrorCode.NOT_FOUND)).toBe(true);
      const merge = await store
        .correct(
          {
            kind: 'merge',
            target: 'person:nobody',
            into: { id: OKAFOR, name: 'x', type: 'Person' },
          },
          NOTE,
        )
        .catch((e: unknown) => e);
      expect(isAppError(merge, ErrorCode.NOT_FOUND)).toBe(true);
      expect(await store.corrections({ first: 10 })).toEqual([]);
      const record = await store.correct({ kind: 'confirm', target: MEDIATED_VARGA }, NOTE);
      await store.undoCorrection(record.id, NOTE);
      const twice = await store.undoCorrection(record.id, NOTE).catch((e: unknown) => e);
      expect(isAppError(twice, ErrorCode.BAD_INPUT)).toBe(true);
    });

    it('when an investigation is saved, then it is listed, opened by id with its view, saved over, and deleted', async () => {
      const view = JSON.stringify({
        focus: VARGA,
        pinned: [OKAFOR],
        positions: { [VARGA]: { x: 1, y: 2 } },
      });
      const saved = await store.saveInvestigation({
        name: 'Port Alda talks',
        by: 'Ana',
        notes: 'check dates',
        view,
      });
      expect(saved.id).toMatch(/^investigation:/);
      expect(await store.investigations(10)).toEqual([
        expect.objectContaining({ id: saved.id, name: 'Port Alda talks', notes: 'check dates' }),
      ]);
      expect((await store.investigation(saved.id))!.view).toBe(view);
      const updated = await store.saveInvestigation({
        id: saved.id,
        name: 'Renamed',
        by: 'Ana',
        view: '{}',
      });
      expect(updated.createdAt).toBe(saved.createdAt);
      expect(await store.investigation(saved.id)).toMatchObject({ name: 'Renamed', view: '{}' });
      const bad = await store
        .saveInvestigation({ name: 'x', by: 'Ana', view: '[1]' })
        .catch((e: unknown) => e);
      expect(isAppError(bad, ErrorCode.BAD_INPUT)).toBe(true);
      expect(await store.deleteInvestigation(saved.id)).toBe(true);
      expect(await store.investigation(saved.id)).toBeNull();
      expect(await store.deleteInvestigation(saved.id)).toBe(false);
    });
  });
}
