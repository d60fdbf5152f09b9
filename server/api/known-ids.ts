/**
 * Unknown ids are said, never answered with an empty list: an analyst who mistyped
 * `state:armenia` as `state:armenija` used to read "no mediation on record" and believe it.
 * Each check names the argument and every id in it the graph does not hold.
 */
import { AppError, ErrorCode } from '../errors/index.ts';
import type { ApiContext } from './context.ts';

export function notFound(argument: string, ids: readonly string[]): AppError {
  const list = ids.map((id) => `"${id.slice(0, 200)}"`).join(', ');
  return new AppError(
    ErrorCode.NOT_FOUND,
    `${argument}: no ${ids.length === 1 ? 'such id' : 'such ids'} in the graph: ${list}`,
  );
}

/** Throws NOT_FOUND unless every id is an entity the graph holds. */
export async function requireEntities(
  context: Pick<ApiContext, 'entityLoader'>,
  argument: string,
  ids: readonly string[] | null | undefined,
): Promise<void> {
  if (!ids?.length) return;
  const found = await context.entityLoader.loadMany(ids);
  const failure = found.find((item) => item instanceof Error);
  if (failure) throw failure;
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length) throw notFound(argument, [...new Set(missing)]);
}

/** Throws NOT_FOUND unless every key is a relation the graph holds. */
export async function requireRelations(
  context: Pick<ApiContext, 'store'>,
  argument: string,
  keys: readonly string[],
): Promise<void> {
  if (!keys.length) return;
  const { edges } = await context.store.relationsByKey(keys);
  const known = new Set(edges.map((e) => e.id));
  const missing = [...new Set(keys.filter((key) => !known.has(key)))];
  if (missing.length) throw notFound(argument, missing);
}
