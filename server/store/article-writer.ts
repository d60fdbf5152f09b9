/**
 * Writing and retracting one article's statements inside a write transaction: what
 * writeExtraction does for a new article, and what a correction or its undo does for every
 * article it touches. The extractor's own output is kept on the article (`extraction`, JSON),
 * and what is written is that output with the active corrections applied, so an article can be
 * written again under other corrections without reading its text anew.
 */
import { applyCorrections, specOf, type CorrectionRecord } from '../corrections/index.ts';
import { foldText, type Extraction } from '../domain/index.ts';
import type { Row, Run } from './cypher-engine.ts';
import type { QueryRegistry } from './cypher-registry.ts';
import { orientedEnds, relationKey } from './relation-key.ts';

export type ActiveCorrection = { id: string; spec: ReturnType<typeof specOf> };

/** The active corrections in the order they were made: the order they apply in. */
export async function activeCorrections(run: Run, q: QueryRegistry): Promise<ActiveCorrection[]> {
  const rows = await run(q['read/list-corrections'], { active: true, kinds: null, first: 1e6 });
  return rows
    .map((row) => row.correction as CorrectionRecord)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((record) => ({ id: record.id, spec: specOf(record) }));
}

/** Removes what one article said, and whatever nothing else supports any more. */
export async function retractArticle(run: Run, q: QueryRegistry, articleId: string): Promise<void> {
  const [footprint] = await run(q['write/find-article-footprint'], { id: articleId });
  await run(q['write/retract-mentions'], { id: articleId });
  await run(q['write/retract-event-reports'], { id: articleId });
  await run(q['write/delete-article'], { id: articleId });
  await run(q['write/prune-relations'], { keys: footprint?.relations ?? [] });
  await run(q['write/prune-events'], { ids: footprint?.events ?? [] });
  await run(q['write/prune-entities'], { ids: footprint?.entities ?? [] });
}

/** Writes `raw` as corrected by `corrections`; the article must not be stored yet. */
export async function putArticle(
  run: Run,
  q: QueryRegistry,
  raw: Extraction,
  corrections: readonly ActiveCorrection[],
): Promise<void> {
  const { extraction: x, touched } = applyCorrections(raw, corrections);
  const article = { ...x.article, key: x.article.key ?? null, extraction: JSON.stringify(raw) };
  await run(q['write/upsert-article'], { article });
  await run(q['write/upsert-entities'], {
    article: article.id,
    rows: x.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      keys: [...new Set([e.name, ...e.aliases].map(foldText))],
    })),
  });
  await run(q['write/upsert-events'], {
    article: article.id,
    // Planned, offered, denied and disputed events are stored too, with their status: reads
    // answer with what happened unless asked for the rest.
    rows: x.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      status: e.status ?? 'happened',
      date: e.date?.value ?? null,
      precision: e.date?.precision ?? null,
      place: e.place,
      participants: e.participants,
      sentence: e.evidence.sentence,
      start: e.evidence.start,
      end: e.evidence.end,
      phraseStart: e.evidence.phrase?.start ?? null,
      phraseEnd: e.evidence.phrase?.end ?? null,
    })),
  });
  const relations = x.relations.map((r) => {
    const [source, target] = orientedEnds(r);
    return { rel: r, key: relationKey(r), source, target };
  });
  await run(q['write/upsert-relations'], {
    rows: relations.map(({ rel, key, source, target }) => ({
      type: rel.type,
      key,
      source,
      target,
      props: {
        date: rel.date?.value ?? null,
        precision: rel.date?.precision ?? null,
        place: rel.place,
        cameo: rel.cameo,
        role: rel.role ?? null,
        event: rel.event ?? null,
      },
    })),
  });
  await run(q['write/upsert-mentions'], {
    article: article.id,
    rows: relations.map(({ rel, key }) => ({
      id: `${key}#${article.id}#${rel.evidence.start}`,
      relation: key,
      sentence: rel.evidence.sentence,
      start: rel.evidence.start,
      end: rel.evidence.end,
      phraseStart: rel.evidence.phrase?.start ?? null,
      phraseEnd: rel.evidence.phrase?.end ?? null,
    })),
  });
  if (touched.length > 0) {
    await run(q['write/note-correction-articles'], { ids: touched, article: article.id });
  }
}

/**
 * Writes stored articles again under `corrections`, from the extraction each keeps. An article
 * stored before extractions were kept has none and stays as it is.
 */
export async function rewriteArticles(
  run: Run,
  q: QueryRegistry,
  ids: readonly string[],
  corrections: readonly ActiveCorrection[],
): Promise<string[]> {
  const rows: Row[] = await run(q['write/get-article-extractions'], { ids: [...new Set(ids)] });
  const rewritten: string[] = [];
  for (const row of rows) {
    if (typeof row.extraction !== 'string') continue;
    await retractArticle(run, q, String(row.id));
    await putArticle(run, q, JSON.parse(row.extraction) as Extraction, corrections);
    rewritten.push(String(row.id));
  }
  return rewritten;
}
