/**
 * A synthetic diplomacy graph of a chosen size, for benchmarks and for trying the explorer
 * at scale: invented people, states and organisations in regional clusters, people holding
 * office in a state of their region, mediated talks between parties with the event that
 * ties them together (a few busy mediators among many occasional ones), and meetings and
 * calls. It is written as ordinary article extractions,
 * so it goes through the same store path as real articles. A seeded generator makes it
 * repeatable. "Elements" counts what the explorer draws: entities and events as nodes,
 * relations and event participations as edges.
 */
import {
  articleId,
  entityId,
  eventId,
  type EntityType,
  type Extraction,
  type ExtractedEntity,
  type ExtractedEvent,
  type ExtractedRelation,
  type RelationType,
} from '../server/domain/index.ts';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vos',
  'dar',
  'el',
  'un',
  'sa',
  'bri',
  'zo',
  'qu',
  'ne',
  'ath',
  'or',
];
const DYADS: RelationType[] = ['MET_WITH', 'SPOKE_WITH', 'OFFERED_MEDIATION', 'MET_WITH'];
const CLUSTER = 20;

/** Mulberry32: small, fast and good enough to scatter a test graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(rand: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return text[0]!.toUpperCase() + text.slice(1);
}

const relation = (
  type: RelationType,
  source: ExtractedEntity,
  target: ExtractedEntity,
  sentence: string,
  date: string | null,
  event: string | null = null,
): ExtractedRelation => ({
  type,
  source: source.id,
  target: target.id,
  date: date ? { value: date, precision: 'month' } : null,
  place: null,
  evidence: { sentence, start: 0, end: sentence.length },
  cameo: null,
  event,
});

interface Report {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
  when: string;
}

/** Reports packed into wire digests of a few each: fewer, larger transactions to write. */
function digests(reports: Report[]): Extraction[] {
  const out: Extraction[] = [];
  for (let i = 0; i < reports.length; i += 8) {
    const batch = reports.slice(i, i + 8);
    const n = out.length;
    const text = batch.flatMap((r) => r.relations.map((x) => x.evidence.sentence)).join(' ');
    const byId = new Map(batch.flatMap((r) => r.entities).map((e) => [e.id, e]));
    out.push({
      article: {
        id: articleId(text),
        file: `synthetic-${n}.txt`,
        title: `Synthetic digest ${n}`,
        url: `https://wire.test/synthetic/${n}`,
        published: `${batch.at(-1)!.when}-28`,
        source: `Synthetic Wire ${n % 7}`,
      },
      entities: [...byId.values()],
      relations: batch.flatMap((r) => r.relations),
      events: [...new Map(batch.flatMap((r) => r.events).map((e) => [e.id, e])).values()],
    });
  }
  return out;
}

/** Extractions that the explorer draws as about `elements` nodes and edges. */
export function syntheticExtractions(elements: number, seed = 7): Extraction[] {
  const rand = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const entityCount = Math.round(elements * 0.36);
  // State and council names of three syllables run out (16^3 of them) past ~113k elements: a
  // longer name once they would fill more than half of what three can spell.
  const parts = SYLLABLES.length ** 3 >= (entityCount / 10) * 2 ? 3 : 4;
  const entities: ExtractedEntity[] = [];
  const seen = new Set<string>();
  while (entities.length < entityCount) {
    const type: EntityType =
      entities.length % 10 === 0 ? 'State' : entities.length % 17 === 0 ? 'Organization' : 'Person';
    const name =
      type === 'Person'
        ? `${word(rand, 2)} ${word(rand, 3)}`
        : `${word(rand, parts)}${type === 'State' ? 'ia' : ' Council'}`;
    const id = entityId(type, name);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({ id, name, type, aliases: [] });
  }
  const clusters = Array.from({ length: Math.ceil(entityCount / CLUSTER) }, (_, c) =>
    entities.slice(c * CLUSTER, c * CLUSTER + CLUSTER),
  );
  const reports: Report[] = [];
  // What the explorer will draw: the entities some report names, and every edge and event.
  const named = new Set<string>();
  let edgesAndEvents = 0;
  const drawn = () => named.size + edgesAndEvents;
  const report = (r: Report, elementsAdded: number) => {
    reports.push(r);
    for (const e of r.entities) named.add(e.id);
    edgesAndEvents += elementsAdded;
  };
  const date = () =>
    `${2000 + Math.floor(rand() * 25)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;

  // Office holders: most people hold office in a state of their region, some in a council.
  for (const local of clusters) {
    const states = local.filter((e) => e.type === 'State');
    const councils = local.filter((e) => e.type === 'Organization');
    for (const person of local.filter((e) => e.type === 'Person')) {
      if (drawn() >= elements || rand() > 0.6) continue;
      const office = councils.length && rand() < 0.1 ? pick(councils) : pick(states);
      if (!office) continue;
      const sentence = `${person.name} holds office in ${office.name}, report ${reports.length}.`;
      const leads = { ...relation('LEADS', person, office, sentence, null), role: 'Minister' };
      report({ entities: [person, office], relations: [leads], events: [], when: date() }, 1);
    }
  }

  while (drawn() < elements) {
    const local = pick(clusters);
    const a = pick(local);
    const b = rand() < 0.85 ? pick(local) : pick(entities);
    const when = date();
    const n = reports.length;
    if (a.id === b.id) continue;
    if (rand() < 0.12 && reports.length > 10) {
      // Another outlet's account of an earlier fact: one more source, nothing more drawn.
      const earlier = pick(reports);
      const again = earlier.relations.map((x) => ({
        ...x,
        evidence: { ...x.evidence, sentence: `${x.evidence.sentence} (also reported, ${n})` },
      }));
      report({ ...earlier, relations: again }, 0);
      continue;
    }
    if (rand() < 0.2) {
      // Mediated talks: one event node with its three participants, and the mediator's
      // MEDIATED edge to each party and the parties' meeting: 1 + 3 + 3 elements.
      // Half the mediators come from a long tail that favours a few busy ones, as real news
      // has its hubs: the first entities are chosen far more often than the rest.
      const mediator =
        rand() < 0.5
          ? entities[Math.floor(entities.length * rand() ** 4)]!
          : rand() < 0.7
            ? pick(entities)
            : pick(local);
      if (mediator.id === a.id || mediator.id === b.id) continue;
      const sentence = `${mediator.name} mediated talks between ${a.name} and ${b.name} in ${when}, report ${n}.`;
      const date = { value: when, precision: 'month' } as const;
      const id = eventId('talks', date, null, [mediator.id, a.id, b.id]);
      const event: ExtractedEvent = {
        id,
        kind: 'talks',
        date,
        place: null,
        participants: [
          { entity: mediator.id, role: 'mediator' },
          { entity: a.id, role: 'party' },
          { entity: b.id, role: 'party' },
        ],
        evidence: { sentence, start: 0, end: sentence.length },
      };
      const relations = [
        relation('MEDIATED', mediator, a, sentence, when, id),
        relation('MEDIATED', mediator, b, sentence, when, id),
        relation('MET_WITH', a, b, sentence, when, id),
      ];
      report({ entities: [mediator, a, b], relations, events: [event], when }, 7);
      continue;
    }
    const type = pick(DYADS);
    const sentence = `${a.name} and ${b.name} (${type.toLowerCase()}) in ${when}, report ${n}.`;
    report(
      { entities: [a, b], relations: [relation(type, a, b, sentence, when)], events: [], when },
      1,
    );
  }
  return digests(reports);
}
