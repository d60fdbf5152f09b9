/**
 * Corrections in the graph: each one a Correction node (who, when, why, what was there, what
 * it makes hold), made and undone in one write transaction together with its effect. The
 * effect is the articles it touches written again under the active corrections (see
 * article-writer.ts), plus the entity's own name, type and aliases where it changes them, since
 * an entity's properties are kept across articles rather than rewritten by each.
 */
import { randomUUID } from 'node:crypto';
import type { CorrectionNote, CorrectionRecord, CorrectionSpec } from '../corrections/index.ts';
import { foldText, type EntityType } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { activeCorrections, rewriteArticles } from './article-writer.ts';
import type { Row, Run } from './cypher-engine.ts';
import type { QueryRegistry } from './cypher-registry.ts';
import type { EntitySummary } from './graph-store.ts';
import { parseRelationKey } from './relation-key.ts';
import { degreeBand, headTops, searchTerms } from './search-terms.ts';

const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`);

async function entity(run: Run, q: QueryRegistry, id: string): Promise<EntitySummary> {
  const [row] = await run(q['read/get-entities'], { ids: [id] });
  if (!row) throw notFound('entity', id);
  return row.entity as EntitySummary;
}

/** Sets an entity's name, type and aliases; its search terms follow its new keys. */
async function setEntity(run: Run, q: QueryRegistry, e: EntitySummary): Promise<void> {
  const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
  const keys = [...new Set([e.name, ...aliases].map(foldText))];
  const [row] = await run(q['write/set-entity'], { ...e, aliases, keys });
  const band = degreeBand(Number(row?.degree ?? 0));
  const terms = searchTerms(keys).map((t) => ({ entity: e.id, band, ...t }));
  if (terms.length === 0) return;
  await run(q['write/add-search-terms'], { rows: terms });
  await run(q['write/raise-heads'], { rows: headTops(terms) });
}

const without = (list: string[], drop: readonly string[]) => list.filter((a) => !drop.includes(a));

interface Plan {
  summary: string;
  before: unknown;
  /** Articles to write again under the new correction. */
  articles: string[];
  /** The entity as the correction leaves it, where it sets it directly. */
  entity?: EntitySummary;
}

async function plan(run: Run, q: QueryRegistry, spec: CorrectionSpec): Promise<Plan> {
  const articlesOf = async (
    query: 'write/articles-of-fact' | 'write/articles-mentioning',
    params: Row,
  ) => (await run(q[query], params)).map((row) => String(row.id));
  switch (spec.kind) {
    case 'confirm':
    case 'reject': {
      const articles = await articlesOf('write/articles-of-fact', { target: spec.target });
      if (articles.length === 0) throw notFound('relation or event', spec.target);
      const ends = parseRelationKey(spec.target);
      const [row] = ends
        ? await run(q['read/get-relations'], { rows: [{ key: spec.target, ...ends }] })
        : [];
      const names = ends
        ? await run(q['read/get-entities'], { ids: [ends.source, ends.target] })
        : [];
      const name = (id: string) =>
        (
          names.find((r) => (r.entity as EntitySummary).id === id)?.entity as
            EntitySummary | undefined
        )?.name ?? id;
      const fact =
        row && ends
          ? `${String(row.type)} ${name(ends.source)} → ${name(ends.target)}${row.date ? ` (${String(row.date)})` : ''}`
          : spec.target;
      const verb = spec.kind === 'confirm' ? 'Confirmed' : 'Rejected';
      return {
        summary: `${verb} ${fact}${spec.sentence ? ' in one sentence' : ''}`,
        before: row ? { ...row, articles } : { event: spec.target, articles },
        articles: spec.kind === 'reject' ? articles : [],
      };
    }
    case 'merge': {
      if (spec.target === spec.into.id)
        throw new AppError(ErrorCode.BAD_INPUT, 'An entity cannot be merged into itself');
      const [from, into] = [await entity(run, q, spec.target), await entity(run, q, spec.into.id)];
      return {
        summary: `Merged ${from.name} into ${into.name}`,
        before: { from, into },
        articles: await articlesOf('write/articles-mentioning', { ids: [from.id] }),
      };
    }
    case 'split': {
      const from = await entity(run, q, spec.target);
      if (spec.mentions.length === 0)
        throw new AppError(ErrorCode.BAD_INPUT, 'A split needs at least one mention to move');
      return {
        summary: `Split ${spec.into.name} off ${from.name} (${spec.mentions.length} mentions)`,
        before: { from },
        articles: spec.mentions.map((m) => m.article),
      };
    }
    case 'rename':
    case 'retype': {
      const e = await entity(run, q, spec.target);
      if (spec.kind === 'rename') {
        return {
          summary: `Renamed ${e.name} to ${spec.name}`,
          before: e,
          articles: [],
          entity: { ...e, name: spec.name, aliases: [...e.aliases, e.name] },
        };
      }
      return {
        summary: `Retyped ${e.name} from ${e.type} to ${spec.type}`,
        before: e,
        articles: [],
        entity: { ...e, type: spec.type },
      };
    }
    case 'alias': {
      const e = await entity(run, q, spec.target);
      const key = foldText(spec.alias);
      const namesakes = (await run(q['write/entities-by-key'], { key }))
        .map((row) => row.entity as EntitySummary)
        .filter((n) => n.id !== e.id && foldText(n.name) === key);
      return {
        summary: `Added the alias "${spec.alias}" to ${e.name}`,
        before: { ...e, namesakes },
        articles: await articlesOf('write/articles-mentioning', {
          ids: namesakes.map((n) => n.id),
        }),
        entity: { ...e, aliases: [...e.aliases, spec.alias] },
      };
    }
  }
}

/** Records a correction and makes it hold, in the caller's write transaction. */
export async function makeCorrection(
  run: Run,
  q: QueryRegistry,
  spec: CorrectionSpec,
  note: CorrectionNote,
  now: Date = new Date(),
): Promise<CorrectionRecord> {
  // Writers queue behind the graph's lock, as every article write does (write/lock-graph).
  await run(q['write/lock-graph']);
  const p = await plan(run, q, spec);
  const record: CorrectionRecord = {
    id: `correction:${now.getTime().toString(36)}-${randomUUID().slice(0, 8)}`,
    kind: spec.kind,
    target: spec.target,
    by: note.by,
    at: now.toISOString(),
    why: note.why ?? null,
    summary: p.summary,
    before: JSON.stringify(p.before),
    after: JSON.stringify(spec),
    active: true,
    undoneAt: null,
    undoneBy: null,
    articles: [],
  };
  await run(q['write/insert-correction'], { correction: record });
  if (p.entity) await setEntity(run, q, p.entity);
  await rewriteArticles(run, q, p.articles, await activeCorrections(run, q));
  const [row] = await run(q['write/get-correction'], { id: record.id });
  return row!.correction as CorrectionRecord;
}

/** Switches a correction off and writes the articles it changed as they read without it. */
export async function undoCorrection(
  run: Run,
  q: QueryRegistry,
  id: string,
  note: CorrectionNote,
  now: Date = new Date(),
): Promise<CorrectionRecord> {
  await run(q['write/lock-graph']);
  const [row] = await run(q['write/get-correction'], { id });
  if (!row) throw notFound('correction', id);
  const record = row.correction as CorrectionRecord;
  if (!record.active)
    throw new AppError(ErrorCode.BAD_INPUT, `The correction "${id}" is already undone`);
  await run(q['write/undo-correction'], { id, at: now.toISOString(), by: note.by });
  const before = JSON.parse(record.before) as EntitySummary & {
    into?: EntitySummary;
    from?: EntitySummary;
  };
  const spec = JSON.parse(record.after) as CorrectionSpec;
  await rewriteArticles(run, q, record.articles, await activeCorrections(run, q));
  // An entity's own properties go back only where nothing since changed them again.
  const [current] = await run(q['read/get-entities'], {
    ids: [spec.kind === 'merge' ? spec.into.id : spec.target],
  });
  const now_ = current?.entity as EntitySummary | undefined;
  if (now_) {
    if (spec.kind === 'rename' && now_.name === spec.name) {
      await setEntity(run, q, {
        ...now_,
        name: before.name,
        aliases: [...without(now_.aliases, [before.name]), ...before.aliases],
      });
    } else if (spec.kind === 'retype' && now_.type === spec.type) {
      await setEntity(run, q, { ...now_, type: before.type as EntityType });
    } else if (spec.kind === 'alias' && !before.aliases.includes(spec.alias)) {
      await setEntity(run, q, { ...now_, aliases: without(now_.aliases, [spec.alias]) });
    } else if (spec.kind === 'merge' && before.from && before.into) {
      const added = without(
        [before.from.name, ...before.from.aliases],
        [before.into.name, ...before.into.aliases],
      );
      await setEntity(run, q, { ...now_, aliases: without(now_.aliases, added) });
    }
  }
  const [after] = await run(q['write/get-correction'], { id });
  return after!.correction as CorrectionRecord;
}
