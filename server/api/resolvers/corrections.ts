/**
 * Corrections over GraphQL: one mutation per kind, each behind the API key, each checked
 * before the store is touched (who, why, names) so that a bad request names its argument,
 * and the audit trail as a query. Which entity a merge or split ends in is looked up here, so
 * the record holds its name and type and an article naming neither still resolves.
 */
import type { CorrectionNote, CorrectionRecord, CorrectionSpec } from '../../corrections/index.ts';
import { entityId, type EntityType } from '../../domain/index.ts';
import { AppError, ErrorCode } from '../../errors/index.ts';
import { parseRelationKey } from '../../store/index.ts';
import type { ApiContext } from '../context.ts';
import type {
  CorrectionResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import { LIMITS, checkRange } from '../limits.ts';
import { checkWriteAccess } from './mutation.ts';

function checkText(name: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new AppError(ErrorCode.BAD_INPUT, `${name} must be 1 to ${max} characters`);
  }
  return text;
}

function checkNote(note: { by: string; why?: string | null }): CorrectionNote {
  const why = note.why?.trim() ? checkText('note.why', note.why, 2000) : null;
  return { by: checkText('note.by', note.by, 100), why };
}

async function entityOrFail(context: ApiContext, id: string) {
  const entity = await context.entityLoader.load(id);
  if (!entity) throw new AppError(ErrorCode.NOT_FOUND, `No entity with id "${id}"`);
  return entity;
}

/** Checks access and the note, makes the correction, and drops what the request had cached. */
async function correct(
  name: string,
  context: ApiContext,
  note: { by: string; why?: string | null },
  spec: () => Promise<CorrectionSpec>,
): Promise<CorrectionRecord> {
  checkWriteAccess(name, context.writeAccess);
  const checked = checkNote(note);
  const record = await context.store.correct(await spec(), checked);
  context.entityLoader.clearAll();
  context.evidenceLoader.clearAll();
  context.profileLoader.clearAll();
  return record;
}

export const CorrectionMutation: Pick<
  MutationResolvers,
  | 'confirmFact'
  | 'rejectFact'
  | 'mergeEntities'
  | 'splitEntity'
  | 'renameEntity'
  | 'retypeEntity'
  | 'addAlias'
  | 'undoCorrection'
> = {
  confirmFact: (_, { id, sentence, note }, context) =>
    correct('confirmFact', context, note, async () => ({
      kind: 'confirm',
      target: id,
      sentence: sentence ?? null,
    })),
  rejectFact: (_, { id, sentence, note }, context) =>
    correct('rejectFact', context, note, async () => ({
      kind: 'reject',
      target: id,
      sentence: sentence ?? null,
    })),
  mergeEntities: (_, { from, into, note }, context) =>
    correct('mergeEntities', context, note, async () => {
      const target = await entityOrFail(context, into);
      await entityOrFail(context, from);
      return {
        kind: 'merge',
        target: from,
        into: { id: target.id, name: target.name, type: target.type },
      };
    }),
  splitEntity: (_, { id, name, type, mentions, note }, context) =>
    correct('splitEntity', context, note, async () => {
      const from = await entityOrFail(context, id);
      const newName = checkText('name', name, 200);
      const newType = (type ?? from.type) as Exclude<EntityType, never>;
      const intoId = entityId(newType, newName);
      if (intoId === id) {
        throw new AppError(ErrorCode.BAD_INPUT, `name: "${newName}" names ${id} itself`);
      }
      checkRange('the number of mentions', mentions.length, 1, LIMITS.evidenceRelations);
      for (const m of mentions) {
        const ends = parseRelationKey(m.relation);
        if (!ends || (ends.source !== id && ends.target !== id)) {
          throw new AppError(
            ErrorCode.BAD_INPUT,
            `mentions: ${m.relation} is not a relation of ${id}`,
          );
        }
      }
      return {
        kind: 'split',
        target: id,
        into: { id: intoId, name: newName, type: newType },
        mentions: mentions.map((m) => ({
          relation: m.relation,
          article: m.article,
          sentence: m.sentence,
        })),
      };
    }),
  renameEntity: (_, { id, name, note }, context) =>
    correct('renameEntity', context, note, async () => ({
      kind: 'rename',
      target: id,
      name: checkText('name', name, 200),
    })),
  retypeEntity: (_, { id, type, note }, context) =>
    correct('retypeEntity', context, note, async () => {
      if (type === 'Event' || type === 'Article') {
        throw new AppError(
          ErrorCode.BAD_INPUT,
          'type: an entity is a PERSON, STATE, ORGANIZATION or PLACE',
        );
      }
      return { kind: 'retype', target: id, type };
    }),
  addAlias: (_, { id, alias, note }, context) =>
    correct('addAlias', context, note, async () => ({
      kind: 'alias',
      target: id,
      alias: checkText('alias', alias, 200),
    })),
  undoCorrection: async (_, { id, note }, context) => {
    checkWriteAccess('undoCorrection', context.writeAccess);
    const record = await context.store.undoCorrection(id, checkNote(note));
    context.entityLoader.clearAll();
    context.evidenceLoader.clearAll();
    context.profileLoader.clearAll();
    return record;
  },
};

const KINDS = {
  CONFIRM: 'confirm',
  REJECT: 'reject',
  MERGE: 'merge',
  SPLIT: 'split',
  RENAME: 'rename',
  RETYPE: 'retype',
  ADD_ALIAS: 'alias',
} as const;

export const CorrectionQuery: Pick<QueryResolvers, 'corrections'> = {
  corrections: (_, { active, kinds, first }, { store }) =>
    store.corrections({
      active: active ?? null,
      kinds: kinds?.map((k) => KINDS[k]) ?? null,
      first: checkRange('first', first ?? 100, 1, 1000),
    }),
};

export const Correction: CorrectionResolvers = {
  kind: (record) =>
    (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k] === record.kind)!,
  articles: (record) => record.articles.length,
  fact: (record) => {
    if (record.kind !== 'reject' && record.kind !== 'confirm') return null;
    const ends = parseRelationKey(record.target);
    if (!ends) return null;
    const before = JSON.parse(record.before) as { type?: string; date?: string | null };
    if (!before.type) return null;
    return {
      id: record.target,
      type: before.type as never,
      source: ends.source,
      target: ends.target,
      date: before.date ?? null,
    };
  },
};
