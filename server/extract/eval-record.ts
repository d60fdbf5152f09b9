/**
 * The evaluation format of ../shared/eval/README.md: one object per article with entities by
 * name and relations whose ends are entity names, as `npm run extract` prints and the scorer
 * reads.
 */
import type { Extraction } from '../domain/index.ts';

export interface EvalRecord {
  article: string;
  published: string | null;
  entities: { name: string; type: string; aliases: string[] }[];
  relations: {
    type: string;
    source: string;
    target: string;
    date: string | null;
    place: string | null;
    evidence: string;
    cameo: string | null;
  }[];
}

export function toEvalRecord(extraction: Extraction): EvalRecord {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  return {
    article: extraction.article.file,
    published: extraction.article.published,
    entities: extraction.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      source: name(r.source)!,
      target: name(r.target)!,
      date: r.date?.value ?? null,
      place: name(r.place),
      evidence: r.evidence.sentence,
      cameo: r.cameo,
    })),
  };
}
