/**
 * The GraphStore contract: one spec run against every adapter. Each adapter's test file hands
 * over a factory for an empty store; every behaviour the app relies on is asserted here, so an
 * adapter that passes can stand in for any other.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticExtractions } from '../../bench/synthetic-graph.ts';
import { isAppError, ErrorCode } from '../../server/errors/index.ts';
import type { GraphStore } from '../../server/store/index.ts';
import { buildExtraction, id, type ArticleSpec } from '../helpers/extraction-builder.ts';

const MEDIATOR = id('Person', 'Amara Okafor');
const NORTH = id('Person', 'Lena Varga');
const SOUTH = id('Person', 'Tomas Reyes');
const NORTHLAND = id('State', 'Northland');

const talks: ArticleSpec = {
  text: 'Amara Okafor hosted talks between Lena Varga and Tomás Reyes in Port Alda on 2 May. Varga leads Northland.',
  url: 'https://news.test/talks',
  entities: [
    ['Person', 'Amara Okafor', ['Okafor']],
    ['Person', 'Lena Varga', ['Varga']],
    ['Person', 'Tomas Reyes', ['Tomás Reyes', 'Reyes']],
    ['State', 'Northland', ['Northlandic']],
    ['Place', 'Port Alda'],
  ],
  facts: [
    {
      type: 'MEDIATED',
      source: MEDIATOR,
      target: NORTH,
      date: '2023-05-02',
      sentence:
        'Amara Okafor hosted talks between Lena Varga and Tomás Reyes in Port Alda on 2 May.',
    },
    {
      type: 'MEDIATED',
      source: MEDIATOR,
      target: SOUTH,
      date: '2023-05-02',
      sentence:
        'Amara Okafor hosted talks between Lena Varga and Tomás Reyes in Port Alda on 2 May.',
    },
    {
      type: 'MET_WITH',
      source: SOUTH,
      target: NORTH,
      date: '2023-05-02',
      sentence:
        'Amara Okafor hosted talks between Lena Varga and Tomás Reyes in Port Alda on 2 May.',
    },
    { type: 'LEADS', source: NORTH, target: NORTHLAND, sentence: 'Varga leads Northland.' },
  ],
  events: [
    {
      kind: 'talks',
      date: '2023-05-02',
      place: id('Place', 'Port Alda'),
      participants: [
        [MEDIATOR, 'mediator'],
        [NORTH, 'party'],
        [SOUTH, 'party'],
      ],
    },
  ],
};

/** A second outlet reporting the same talks, with the meeting written the other way round. */
const sameTalksElsewhere: ArticleSpec = {
  text: 'Reyes and Varga met in Port Alda on Tuesday, with Okafor as host.',
  url: 'https://other.test/port-alda',
  entities: [
    ['Person', 'Amara Okafor', ['Okafor']],
    ['Person', 'Lena Varga', ['Varga']],
    ['Person', 'Tomas Reyes', ['Reyes']],
    ['Place', 'Port Alda'],
  ],
  facts: [
    {
      type: 'MET_WITH',
      source: NORTH,
      target: SOUTH,
      date: '2023-05-02',
      sentence: 'Reyes and Varga met in Port Alda on Tuesday, with Okafor as host.',
    },
    {
      type: 'MEDIATED',
      source: MEDIATOR,
      target: NORTH,
      date: '2023-05-02',
      sentence: 'Reyes and Varga met in Port Alda on Tuesday, with Okafor as host.',
    },
  ],
  events: talks.events,
};

export function graphStoreContract(name: string, openEmpty: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });
    const eventIdsAmong = async (...args: Parameters<GraphStore['eventsAmong']>) =>
      (await store.eventsAmong(...args)).map((e) => e.id);

    it('when an article is written, then stats count its entities, relations, event and article', async () => {
      const result = await store.writeExtraction(buildExtraction(talks));
      expect(result).toMatchObject({ written: true, replaced: [] });
      expect(await store.stats()).toEqual({ entities: 5, relations: 4, events: 1, articles: 1 });
    });

    it('when the same article is written twice, then the second write changes nothing', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const before = await store.overview(100);
      const again = await store.writeExtraction(buildExtraction(talks));
      expect(again.written).toBe(false);
      expect(await store.stats()).toEqual({ entities: 5, relations: 4, events: 1, articles: 1 });
      expect(await store.overview(100)).toEqual(before);
    });

    it('when two articles report one fact, then it is one edge with evidence from both and one event', async () => {
      await store.writeExtraction(buildExtraction(talks));
      await store.writeExtraction(buildExtraction(sameTalksElsewhere));
      expect(await store.stats()).toEqual({ entities: 5, relations: 4, events: 1, articles: 2 });
      const graph = await store.neighborhood({
        id: NORTH,
        depth: 1,
        types: ['MET_WITH'],
        first: 10,
      });
      expect(graph.edges).toHaveLength(1);
      const [evidence] = await store.evidence([graph.edges[0]!.id]);
      expect(evidence!.map((e) => e.article.id).sort()).toEqual(
        [buildExtraction(talks).article.id, buildExtraction(sameTalksElsewhere).article.id].sort(),
      );
      expect(evidence!.map((e) => e.sentence)).toContain(sameTalksElsewhere.facts![0]!.sentence);
    });

    it('when evidence is written with the phrase that states the fact, then the relation and the event report give that phrase back, and evidence without one gives null', async () => {
      const sentence = 'Amara Okafor brokered a truce between Lena Varga and Tomas Reyes on 2 May.';
      const truce = buildExtraction({
        text: `${sentence} Okafor then saw Varga.`,
        entities: [
          ['Person', 'Amara Okafor'],
          ['Person', 'Lena Varga'],
        ],
        facts: [
          {
            type: 'MEDIATED',
            source: MEDIATOR,
            target: NORTH,
            date: '2023-05-02',
            sentence,
            phrase: 'brokered a truce between',
          },
          {
            type: 'MET_WITH',
            source: MEDIATOR,
            target: NORTH,
            date: '2023-05-03',
            sentence: 'Okafor then saw Varga.',
          },
        ],
        events: [
          {
            kind: 'ceasefire',
            date: '2023-05-02',
            place: null,
            participants: [
              [MEDIATOR, 'mediator'],
              [NORTH, 'party'],
            ],
            phrase: 'truce',
          },
        ],
      });
      await store.writeExtraction(truce);
      const graph = await store.neighborhood({ id: MEDIATOR, depth: 1, types: null, first: 10 });
      const keyOf = (type: string) => graph.edges.find((e) => e.type === type)!.id;
      const [mediated, met] = await store.evidence([keyOf('MEDIATED'), keyOf('MET_WITH')]);
      expect(mediated).toEqual([
        {
          sentence,
          phrase: { start: 13, end: 37 },
          article: expect.objectContaining({ id: truce.article.id }),
        },
      ]);
      expect(sentence.slice(13, 37)).toBe('brokered a truce between');
      expect(met!.map((e) => e.phrase)).toEqual([null]);
      const [event] = await store.eventsById([truce.events[0]!.id]);
      const report = event!.reports[0]!;
      expect(report.phrase).toEqual(truce.events[0]!.evidence.phrase);
      expect(report.sentence.slice(report.phrase!.start, report.phrase!.end)).toBe('truce');
      const listed = await store.events({ first: 10 });
      expect(listed.events[0]!.reports.map((r) => r.phrase)).toEqual([report.phrase]);
    });

    it('when a corrected version of an article arrives, then it replaces what the old one said and nothing else', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const other = buildExtraction({
        text: 'Okafor spoke with Reyes by phone.',
        url: 'https://third.test/call',
        entities: [
          ['Person', 'Amara Okafor'],
          ['Person', 'Tomas Reyes'],
        ],
        facts: [
          {
            type: 'SPOKE_WITH',
            source: MEDIATOR,
            target: SOUTH,
            date: '2023-06',
            sentence: 'Okafor spoke with Reyes by phone.',
          },
        ],
      });
      await store.writeExtraction(other);
      const corrected = buildExtraction({
        ...talks,
        text: 'Correction: Amara Okafor met Lena Varga in Port Alda.',
        entities: [
          ['Person', 'Amara Okafor'],
          ['Person', 'Lena Varga'],
        ],
        facts: [
          {
            type: 'MET_WITH',
            source: MEDIATOR,
            target: NORTH,
            date: '2023-05-02',
            sentence: 'Correction: Amara Okafor met Lena Varga in Port Alda.',
          },
        ],
        events: [],
      });
      const result = await store.writeExtraction(corrected);
      expect(result.replaced).toEqual([buildExtraction(talks).article.id]);
      expect(await store.mediations({ between: [NORTH, SOUTH], level: 'PERSON' })).toEqual([]);
      expect(await store.entities([NORTHLAND])).toEqual([null]);
      // The other article's call, and Reyes whom it still mentions, stay.
      const reyes = await store.neighborhood({ id: SOUTH, depth: 1, types: null, first: 10 });
      expect(reyes.edges.map((e) => e.type)).toEqual(['SPOKE_WITH']);
      expect(await store.stats()).toEqual({ entities: 3, relations: 2, events: 0, articles: 2 });
    });

    it('when many articles naming the same people are written at once, then every one is written whole', async () => {
      // A generated graph's articles share their busy mediators: writes that would fight
      // over them (a deadlock on Neo4j, a conflict on the embedded engine) if run together.
      const articles = syntheticExtractions(600);
      const results = await Promise.all(articles.map((x) => store.writeExtraction(x)));
      expect(results.filter((r) => r.written)).toHaveLength(articles.length);
      const stats = await store.stats();
      expect(stats.articles).toBe(articles.length);
      const named = new Set(articles.flatMap((x) => x.entities.map((e) => e.id)));
      expect(stats.entities).toBe(named.size);
    });

    it('when an extraction is malformed, then it is refused whole with BAD_ARTICLE and earlier articles are intact', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const bad = buildExtraction({
        text: 'A broken extraction.',
        file: 'broken.txt',
        entities: [['Person', 'Ivo Marek']],
        facts: [
          {
            type: 'MET_WITH',
            source: id('Person', 'Ivo Marek'),
            target: 'person:ghost',
            sentence: 'A broken extraction.',
          },
        ],
      });
      await expect(store.writeExtraction(bad)).rejects.toSatisfy(
        (e) =>
          isAppError(e, ErrorCode.BAD_ARTICLE) && /broken\.txt.*person:ghost|lacks/.test(e.message),
      );
      expect(await store.stats()).toEqual({ entities: 5, relations: 4, events: 1, articles: 1 });
      expect(await store.search('Marek')).toEqual([]);
    });

    it('when searching, then names and aliases match whatever the case and accents, exact matches first', async () => {
      await store.writeExtraction(buildExtraction(talks));
      expect((await store.search('okafor')).map((e) => e.id)).toEqual([MEDIATOR]);
      expect((await store.search('TOMÁS'))[0]?.id).toBe(SOUTH);
      expect((await store.search('northlandic'))[0]?.id).toBe(NORTHLAND);
      expect((await store.search('Var')).map((e) => e.id)).toEqual([NORTH]);
      expect((await store.search('a', { types: ['State'] })).every((e) => e.type === 'State')).toBe(
        true,
      );
      expect(await store.search('  ')).toEqual([]);
      const found = await store.search('Amara Okafor');
      expect(found[0]).toEqual({
        id: MEDIATOR,
        name: 'Amara Okafor',
        type: 'Person',
        aliases: ['Okafor'],
      });
    });

    it('when asking a neighbourhood, then it walks the depth asked over the types asked, within the cap', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const one = await store.neighborhood({ id: NORTHLAND, depth: 1, types: null, first: 50 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual([NORTH, NORTHLAND].sort());
      const two = await store.neighborhood({ id: NORTHLAND, depth: 2, types: null, first: 50 });
      expect(two.nodes.map((n) => n.id).sort()).toEqual([MEDIATOR, NORTH, NORTHLAND, SOUTH].sort());
      // Edges between neighbours are part of the picture, not only the spokes.
      expect(two.edges.map((e) => e.type).sort()).toEqual([
        'LEADS',
        'MEDIATED',
        'MEDIATED',
        'MET_WITH',
      ]);
      expect(two.truncated).toBe(false);
      const mediatedOnly = await store.neighborhood({
        id: NORTH,
        depth: 2,
        types: ['MEDIATED'],
        first: 50,
      });
      expect(mediatedOnly.edges.every((e) => e.type === 'MEDIATED')).toBe(true);
      expect(mediatedOnly.nodes.map((n) => n.id)).not.toContain(NORTHLAND);
      const capped = await store.neighborhood({ id: NORTH, depth: 1, types: null, first: 2 });
      expect(capped.nodes).toHaveLength(2);
      expect(capped.truncated).toBe(true);
      const mediator = two.nodes.find((n) => n.id === MEDIATOR);
      expect(mediator).toEqual({
        id: MEDIATOR,
        label: 'Amara Okafor',
        type: 'Person',
        degree: 2,
        sources: 1,
      });
    });

    it('when asking the neighbourhood of an unknown id, then it fails with NOT_FOUND', async () => {
      await expect(
        store.neighborhood({ id: 'person:nobody', depth: 1, types: null, first: 5 }),
      ).rejects.toSatisfy((e) => isAppError(e, ErrorCode.NOT_FOUND));
    });

    it('when asking who mediated between parties, then only mediators of every party are named, with dates', async () => {
      await store.writeExtraction(buildExtraction(talks));
      await store.writeExtraction(
        buildExtraction({
          text: 'Ivo Marek mediated between Varga and her cabinet.',
          entities: [
            ['Person', 'Ivo Marek'],
            ['Person', 'Lena Varga'],
          ],
          facts: [
            {
              type: 'MEDIATED',
              source: id('Person', 'Ivo Marek'),
              target: NORTH,
              date: '2022',
              sentence: 'Ivo Marek mediated between Varga and her cabinet.',
            },
          ],
        }),
      );
      const found = await store.mediations({ between: [NORTH, SOUTH], level: 'PERSON' });
      expect(found.map((m) => m.mediator.id)).toEqual([MEDIATOR]);
      expect(found[0]!.dates).toEqual(['2023-05-02']);
      expect(found[0]!.parties.sort()).toEqual([NORTH, SOUTH].sort());
      const evidence = await store.evidence(found[0]!.relations);
      expect(evidence.flat().map((e) => e.sentence)).toContain(talks.facts![0]!.sentence);
      const drawn = await store.relationsByKey([
        ...found[0]!.relations,
        'MEDIATED:person:x>person:y@',
      ]);
      expect(drawn.edges.map((e) => [e.type, e.source, e.target]).sort()).toEqual(
        [
          ['MEDIATED', MEDIATOR, NORTH],
          ['MEDIATED', MEDIATOR, SOUTH],
        ].sort(),
      );
      expect(drawn.nodes.map((n) => n.id).sort()).toEqual([MEDIATOR, NORTH, SOUTH].sort());
      expect(await store.relationsByKey(['not a key'])).toEqual({
        nodes: [],
        edges: [],
        truncated: false,
      });
      expect(
        (await store.mediations({ between: [NORTH], level: 'PERSON' }))
          .map((m) => m.mediator.id)
          .sort(),
      ).toEqual([MEDIATOR, id('Person', 'Ivo Marek')].sort());
    });

    it('when asking the overview, then the busiest entities come first and the cap is honoured', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const all = await store.overview(100);
      expect(all.nodes).toHaveLength(5);
      expect(all.edges).toHaveLength(4);
      expect(all.truncated).toBe(false);
      const top = await store.overview(2);
      expect(top.truncated).toBe(true);
      expect(top.nodes.map((n) => n.id)).toContain(NORTH);
    });

    it('when looking entities up by id, then each id gets its entity or null, in order', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const found = await store.entities([SOUTH, 'state:nowhere', MEDIATOR]);
      expect(found.map((e) => e?.id ?? null)).toEqual([SOUTH, null, MEDIATOR]);
    });
    it('when asking at STATE level, then people fold into what they lead, as parties and as mediators', async () => {
      const SOUTHLAND = id('State', 'Southland');
      const MEDIATOR_STATE = id('State', 'Midland');
      await store.writeExtraction(
        buildExtraction({
          ...talks,
          entities: [...talks.entities, ['State', 'Southland'], ['State', 'Midland']],
          facts: [
            ...talks.facts!,
            { type: 'LEADS', source: SOUTH, target: SOUTHLAND, sentence: 'Varga leads Northland.' },
            {
              type: 'LEADS',
              source: MEDIATOR,
              target: MEDIATOR_STATE,
              sentence: 'Varga leads Northland.',
            },
          ],
        }),
      );
      const found = await store.mediations({ between: [NORTHLAND, SOUTHLAND], level: 'STATE' });
      expect(found.map((m) => m.mediator.id)).toEqual([MEDIATOR_STATE]);
      expect(found[0]!.parties.sort()).toEqual([NORTHLAND, SOUTHLAND].sort());
      expect(await store.mediations({ between: [NORTHLAND, SOUTHLAND], level: 'PERSON' })).toEqual(
        [],
      );
    });

    it('when a time window is given, then only mediations dated inside it count', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const inMay = { between: [NORTH, SOUTH], level: 'PERSON' as const };
      expect(await store.mediations({ ...inMay, from: '2023-05', to: '2023-05-31' })).toHaveLength(
        1,
      );
      expect(await store.mediations({ ...inMay, from: '2023' })).toHaveLength(1);
      expect(await store.mediations({ ...inMay, from: '2023-06-01' })).toEqual([]);
      expect(await store.mediations({ ...inMay, to: '2022-12-31' })).toEqual([]);
      const before = await store.neighborhood({
        id: NORTH,
        depth: 1,
        types: null,
        first: 10,
        to: '2023-04',
      });
      // Undated roles stay in any window; dated meetings outside it go.
      expect(before.edges.map((e) => e.type)).toEqual(['LEADS']);
    });

    it('when listing events, then they come in date order with participants and reports, page by page', async () => {
      await store.writeExtraction(buildExtraction(talks));
      await store.writeExtraction(
        buildExtraction({
          text: 'Lena Varga visited Port Alda in 2021.',
          entities: [
            ['Person', 'Lena Varga'],
            ['Place', 'Port Alda'],
          ],
          events: [
            {
              kind: 'visit',
              date: '2021',
              place: id('Place', 'Port Alda'),
              participants: [[NORTH, 'attendee']],
            },
          ],
        }),
      );
      const all = await store.events({ first: 10 });
      expect(all.hasNext).toBe(false);
      expect(all.events.map((e) => [e.kind, e.date])).toEqual([
        ['visit', '2021'],
        ['talks', '2023-05-02'],
      ]);
      const talksEvent = all.events[1]!;
      expect(talksEvent.place).toBe(id('Place', 'Port Alda'));
      expect(talksEvent.participants).toContainEqual({ entity: MEDIATOR, role: 'mediator' });
      expect(talksEvent.reports[0]!.article.id).toBe(buildExtraction(talks).article.id);
      const firstPage = await store.events({ first: 1 });
      expect(firstPage.hasNext).toBe(true);
      const second = await store.events({ first: 1, after: ['2021', firstPage.events[0]!.id] });
      expect(second.events.map((e) => e.kind)).toEqual(['talks']);
      expect(
        (await store.events({ first: 10, involving: [MEDIATOR, SOUTH] })).events.map((e) => e.kind),
      ).toEqual(['talks']);
      expect((await store.events({ first: 10, kinds: ['visit'] })).events).toHaveLength(1);
      expect((await store.events({ first: 10, from: '2022' })).events.map((e) => e.kind)).toEqual([
        'talks',
      ]);
      expect(await store.eventsById(['event:none'])).toEqual([null]);
      // A sketch is the event without its sentences: the articles that report it, in order.
      const [sketch] = await store.eventSketches([talksEvent.id]);
      const { reports, ...rest } = talksEvent;
      expect(sketch).toEqual({ ...rest, articles: reports.map((r) => r.article.id) });
      expect(await store.eventSketches(['event:none'])).toEqual([null]);
    });

    it('when an article tells of planned and denied talks beside held ones, then each is kept with its status and only what happened is listed unless asked', async () => {
      await store.writeExtraction(buildExtraction(talks));
      await store.writeExtraction(
        buildExtraction({
          text: 'Varga and Reyes will meet again in Port Alda in June. Okafor denied hosting a secret round in April.',
          entities: [
            ['Person', 'Amara Okafor'],
            ['Person', 'Lena Varga'],
            ['Person', 'Tomas Reyes'],
            ['Place', 'Port Alda'],
          ],
          events: [
            {
              kind: 'talks',
              date: '2023-06',
              place: id('Place', 'Port Alda'),
              participants: [
                [NORTH, 'party'],
                [SOUTH, 'party'],
              ],
              status: 'planned',
            },
            {
              kind: 'talks',
              date: '2023-04',
              place: null,
              participants: [[MEDIATOR, 'host']],
              status: 'denied',
            },
          ],
        }),
      );
      const happened = await store.events({ first: 10 });
      expect(happened.events.map((e) => [e.date, e.status])).toEqual([['2023-05-02', 'happened']]);
      const all = await store.events({
        first: 10,
        statuses: ['happened', 'planned', 'denied'],
      });
      expect(all.events.map((e) => [e.date, e.status])).toEqual([
        ['2023-04', 'denied'],
        ['2023-05-02', 'happened'],
        ['2023-06', 'planned'],
      ]);
      expect((await store.events({ first: 10, statuses: ['planned'] })).events).toHaveLength(1);
      // The plan and the meeting it plans are two facts, with two ids.
      const planned = all.events[2]!;
      expect(planned.id).not.toBe(all.events[1]!.id);
      expect((await store.eventsById([planned.id]))[0]!.status).toBe('planned');
      expect(await eventIdsAmong([NORTH], {}, 10)).toEqual([all.events[1]!.id]);
      expect(
        (await eventIdsAmong([NORTH, MEDIATOR], {}, 10, ['planned', 'denied'])).sort(),
      ).toEqual([all.events[0]!.id, planned.id].sort());
      // Stats count what happened.
      expect((await store.stats()).events).toBe(1);
    });

    it('when asking the events among entities, then those any of them took part in come back, within the window', async () => {
      await store.writeExtraction(buildExtraction(talks));
      await store.writeExtraction(buildExtraction(sameTalksElsewhere));
      await store.writeExtraction(
        buildExtraction({
          text: 'Ivo Marek visited Port Alda in 2021.',
          entities: [
            ['Person', 'Ivo Marek'],
            ['Place', 'Port Alda'],
          ],
          events: [
            {
              kind: 'visit',
              date: '2021',
              place: id('Place', 'Port Alda'),
              participants: [[id('Person', 'Ivo Marek'), 'attendee']],
            },
          ],
        }),
      );
      const [talksEvent] = (await store.events({ first: 10, kinds: ['talks'] })).events;
      const [visit] = (await store.events({ first: 10, kinds: ['visit'] })).events;
      // Found and sketched at once: the same sketch as the one asked for by id.
      expect(await store.eventsAmong([SOUTH], {}, 10)).toEqual(
        await store.eventSketches([talksEvent!.id]),
      );
      expect(await eventIdsAmong([SOUTH, id('Person', 'Ivo Marek')], {}, 10)).toEqual(
        [talksEvent!.id, visit!.id].sort(),
      );
      expect(await eventIdsAmong([SOUTH, id('Person', 'Ivo Marek')], { to: '2022' }, 10)).toEqual([
        visit!.id,
      ]);
      expect(await eventIdsAmong([SOUTH, id('Person', 'Ivo Marek')], {}, 1)).toHaveLength(1);
      expect(await eventIdsAmong([NORTHLAND], {}, 10)).toEqual([]);
      expect(await eventIdsAmong([], {}, 10)).toEqual([]);
      // Two outlets name the mediator: each article counts once as a source.
      const nodes = (await store.overview(10)).nodes;
      expect(nodes.find((n) => n.id === MEDIATOR)!.sources).toBe(2);
      expect(nodes.find((n) => n.id === NORTHLAND)!.sources).toBe(1);
    });

    it('when asking a profile, then relation counts by type, roles and mentioning articles come back', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const profile = await store.profile(NORTH);
      expect(profile!.relationCounts).toEqual([
        { type: 'LEADS', count: 1 },
        { type: 'MEDIATED', count: 1 },
        { type: 'MET_WITH', count: 1 },
      ]);
      expect(profile!.roles).toEqual([{ title: null, of: NORTHLAND }]);
      expect(profile!.articles.map((a) => a.url)).toEqual(['https://news.test/talks']);
      expect(await store.profile('person:nobody')).toBeNull();
      expect(
        (await store.articles([buildExtraction(talks).article.id, 'article:none'])).map(
          (a) => a?.url ?? null,
        ),
      ).toEqual(['https://news.test/talks', null]);
    });

    it('when asking a path, then every shortest route comes back within the length asked', async () => {
      await store.writeExtraction(buildExtraction(talks));
      const found = await store.paths({
        from: NORTHLAND,
        to: SOUTH,
        maxLength: 4,
        types: null,
        first: 10,
      });
      expect(found.paths).toEqual([
        { nodes: [NORTHLAND, NORTH, SOUTH], edges: [expect.any(String), expect.any(String)] },
      ]);
      expect(found.subgraph.nodes.map((n) => n.id).sort()).toEqual(
        [NORTH, NORTHLAND, SOUTH].sort(),
      );
      expect(found.subgraph.edges.map((e) => e.type).sort()).toEqual(['LEADS', 'MET_WITH']);
      const viaMediator = await store.paths({
        from: NORTHLAND,
        to: SOUTH,
        maxLength: 4,
        types: ['LEADS', 'MEDIATED'],
        first: 10,
      });
      expect(viaMediator.paths.map((p) => p.nodes)).toEqual([[NORTHLAND, NORTH, MEDIATOR, SOUTH]]);
      expect(
        (await store.paths({ from: NORTHLAND, to: SOUTH, maxLength: 1, types: null, first: 10 }))
          .paths,
      ).toEqual([]);
      await expect(
        store.paths({ from: NORTH, to: 'person:nobody', maxLength: 3, types: null, first: 5 }),
      ).rejects.toSatisfy((e) => isAppError(e, ErrorCode.NOT_FOUND));
    });
  });
}
