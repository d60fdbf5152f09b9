/**
 * A synthetic diplomacy graph of a chosen size, for benchmarks and for trying the explorer
 * at scale: invented people, states and organisations in regional clusters, with mediations,
 * meetings, calls and roles between them, written as ordinary article extractions so it goes
 * through the same store path as real articles. A seeded generator makes it repeatable.
 */
import {
  articleId,
  entityId,
  type EntityType,
  type Extraction,
  type ExtractedEntity,
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
const KINDS: RelationType[] = [
  'MEDIATED',
  'MET_WITH',
  'SPOKE_WITH',
  'OFFERED_MEDIATION',
  'MET_WITH',
  'MEDIATED',
];

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

/** Extractions whose entities and relations add up to about `elements` graph elements. */
export function syntheticExtractions(elements: number, seed = 7): Extraction[] {
  const rand = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const nodeCount = Math.round(elements * 0.4);
  const clusterSize = 20;
  const entities: ExtractedEntity[] = [];
  const seen = new Set<string>();
  while (entities.length < nodeCount) {
    const type: EntityType =
      entities.length % 10 === 0 ? 'State' : entities.length % 17 === 0 ? 'Organization' : 'Person';
    const name =
      type === 'Person'
        ? `${word(rand, 2)} ${word(rand, 3)}`
        : `${word(rand, 3)}${type === 'State' ? 'ia' : ' Council'}`;
    const id = entityId(type, name);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({ id, name, type, aliases: [] });
  }
  const relationTarget = elements - nodeCount;
  const out: Extraction[] = [];
  let relations = 0;
  for (let n = 0; relations < relationTarget; n++) {
    // Most facts stay inside a regional cluster; a few cross, as mediators do.
    const cluster = Math.floor(rand() * Math.ceil(nodeCount / clusterSize));
    const local = entities.slice(cluster * clusterSize, cluster * clusterSize + clusterSize);
    const a = pick(local);
    const b = rand() < 0.85 ? pick(local) : pick(entities);
    if (a.id === b.id) continue;
    const type = a.type === 'Person' && b.type !== 'Person' && rand() < 0.3 ? 'LEADS' : pick(KINDS);
    const year = 2000 + Math.floor(rand() * 25);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
    const sentence = `${a.name} and ${b.name} (${type.toLowerCase()}) in ${date}, report ${n}.`;
    out.push({
      article: {
        id: articleId(sentence),
        file: `synthetic-${n}.txt`,
        title: `Synthetic report ${n}`,
        url: null,
        published: `${date}-15`,
        source: 'Synthetic',
      },
      entities: [a, b],
      relations: [
        {
          type,
          source: a.id,
          target: b.id,
          date: type === 'LEADS' ? null : { value: date, precision: 'month' },
          place: null,
          evidence: { sentence, start: 0, end: sentence.length },
          cameo: null,
        },
      ],
      events: [],
    });
    relations++;
  }
  return out;
}
