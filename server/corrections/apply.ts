/**
 * Corrections applied to one article's extraction, in the order they were made: the store
 * writes what this returns instead of what the extractor said. Being a pure function of the
 * extraction and the active records, the same article always comes out the same way, whether
 * it is written for the first time, again, or again after an undo. `touched` names the
 * corrections that changed something, so each keeps the list of articles it has to rewrite
 * when it is undone.
 */
import { foldText, type Extraction, type ExtractedEntity } from '../domain/index.ts';
import { relationKey } from '../store/relation-key.ts';
import type { CorrectionSpec, EntityRef, SentenceRef } from './types.ts';

export interface AppliedCorrections {
  extraction: Extraction;
  touched: string[];
}

const uniq = (values: string[]): string[] => [...new Set(values)];

/** Every reference to `from` becomes `into`; facts that now tie `into` to itself go. */
function mergeEntity(x: Extraction, from: string, into: EntityRef): Extraction {
  const gone = x.entities.find((e) => e.id === from);
  if (!gone) return x;
  const swap = (id: string) => (id === from ? into.id : id);
  const kept = x.entities.filter((e) => e.id !== from);
  const target: ExtractedEntity = kept.find((e) => e.id === into.id) ?? { ...into, aliases: [] };
  const merged: ExtractedEntity = {
    ...target,
    aliases: uniq([...target.aliases, gone.name, ...gone.aliases]).filter((a) => a !== target.name),
  };
  return {
    ...x,
    entities: [...kept.filter((e) => e.id !== into.id), merged],
    relations: x.relations
      .map((r) => ({
        ...r,
        source: swap(r.source),
        target: swap(r.target),
        place: r.place && swap(r.place),
      }))
      .filter((r) => r.source !== r.target),
    events: x.events.map((e) => ({
      ...e,
      place: e.place && swap(e.place),
      participants: [
        ...new Map(
          e.participants.map((p) => [
            `${swap(p.entity)} ${p.role}`,
            { ...p, entity: swap(p.entity) },
          ]),
        ).values(),
      ],
    })),
  };
}

const inSentence = (x: Extraction, ref: SentenceRef | null | undefined, sentence: string) =>
  !ref || (ref.article === x.article.id && ref.sentence === sentence);

function applyOne(x: Extraction, spec: CorrectionSpec): Extraction {
  switch (spec.kind) {
    case 'confirm':
      return x;
    case 'reject':
      return {
        ...x,
        relations: x.relations.filter(
          (r) =>
            !(relationKey(r) === spec.target && inSentence(x, spec.sentence, r.evidence.sentence)),
        ),
        events: x.events.filter(
          (e) => !(e.id === spec.target && inSentence(x, spec.sentence, e.evidence.sentence)),
        ),
      };
    case 'merge':
      return mergeEntity(x, spec.target, spec.into);
    case 'alias': {
      const key = foldText(spec.alias);
      const owner = x.entities.find((e) => e.id === spec.target);
      // Another entity read under the alias is the corrected one: a merge for every new article.
      const namesakes = x.entities.filter((e) => e.id !== spec.target && foldText(e.name) === key);
      const into: EntityRef = owner ?? {
        id: spec.target,
        name: spec.alias,
        type: namesakes[0]?.type ?? 'Person',
      };
      let out = namesakes.reduce((acc, e) => mergeEntity(acc, e.id, into), x);
      if (owner || namesakes.length > 0) {
        out = {
          ...out,
          entities: out.entities.map((e) =>
            e.id === spec.target && !e.aliases.includes(spec.alias) && e.name !== spec.alias
              ? { ...e, aliases: [...e.aliases, spec.alias] }
              : e,
          ),
        };
      }
      return out;
    }
    case 'rename':
      return {
        ...x,
        entities: x.entities.map((e) =>
          e.id === spec.target && e.name !== spec.name
            ? {
                ...e,
                name: spec.name,
                aliases: uniq([...e.aliases, e.name]).filter((a) => a !== spec.name),
              }
            : e,
        ),
      };
    case 'retype':
      return {
        ...x,
        entities: x.entities.map((e) => (e.id === spec.target ? { ...e, type: spec.type } : e)),
      };
    case 'split': {
      const moved = (sentence: string, key?: string) =>
        spec.mentions.some(
          (m) =>
            m.article === x.article.id &&
            m.sentence === sentence &&
            (key === undefined || m.relation === key),
        );
      const swap = (id: string) => (id === spec.target ? spec.into.id : id);
      const relations = x.relations.map((r) =>
        moved(r.evidence.sentence, relationKey(r))
          ? { ...r, source: swap(r.source), target: swap(r.target) }
          : r,
      );
      const events = x.events.map((e) =>
        moved(e.evidence.sentence)
          ? { ...e, participants: e.participants.map((p) => ({ ...p, entity: swap(p.entity) })) }
          : e,
      );
      const used =
        relations.some((r) => r.source === spec.into.id || r.target === spec.into.id) ||
        events.some((e) => e.participants.some((p) => p.entity === spec.into.id));
      if (!used || x.entities.some((e) => e.id === spec.into.id))
        return { ...x, relations, events };
      return { ...x, relations, events, entities: [...x.entities, { ...spec.into, aliases: [] }] };
    }
  }
}

/**
 * Whether the article names what the correction is about: most corrections concern few
 * articles, and this keeps every other write from comparing extractions. `keys` are the
 * article's relation keys, worked out once per version of the extraction.
 */
function concerns(x: Extraction, keys: () => Set<string>, spec: CorrectionSpec): boolean {
  if (spec.kind === 'confirm') return false;
  if (spec.kind === 'reject') {
    return keys().has(spec.target) || x.events.some((e) => e.id === spec.target);
  }
  if (spec.kind === 'alias') {
    const key = foldText(spec.alias);
    return x.entities.some((e) => e.id === spec.target || foldText(e.name) === key);
  }
  return x.entities.some((e) => e.id === spec.target);
}

export function applyCorrections(
  raw: Extraction,
  corrections: readonly { id: string; spec: CorrectionSpec }[],
): AppliedCorrections {
  const touched: string[] = [];
  let x = raw;
  let cached: Set<string> | null = null;
  const keys = () => (cached ??= new Set(x.relations.map(relationKey)));
  for (const { id, spec } of corrections) {
    if (!concerns(x, keys, spec)) continue;
    const next = applyOne(x, spec);
    if (JSON.stringify(next) !== JSON.stringify(x)) {
      touched.push(id);
      cached = null;
    }
    x = next;
  }
  return { extraction: x, touched };
}
