/**
 * Saved investigations: a named view of the explorer (focus, filters, layout positions, pinned
 * nodes, notes) kept on the server so an analyst can come back to it or hand it on. The view is
 * the explorer's own JSON, stored as a string: the server checks its size and that it is an
 * object, never its inside, so the explorer can grow what a view holds without a migration.
 */
import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode } from '../errors/index.ts';
import type { Run } from './cypher-engine.ts';
import type { QueryRegistry } from './cypher-registry.ts';

export interface InvestigationSummary {
  id: string;
  name: string;
  by: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InvestigationRecord extends InvestigationSummary {
  /** The explorer's view as JSON. */
  view: string;
}

export interface InvestigationInput {
  /** Given to save over an existing investigation; absent to save a new one. */
  id?: string | null;
  name: string;
  by: string;
  notes?: string | null;
  view: string;
}

export const MAX_VIEW_CHARS = 2_000_000;

function checkView(view: string): void {
  if (view.length > MAX_VIEW_CHARS) {
    throw new AppError(ErrorCode.BAD_INPUT, `view: at most ${MAX_VIEW_CHARS} characters`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(view);
  } catch {
    throw new AppError(ErrorCode.BAD_INPUT, 'view: not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AppError(ErrorCode.BAD_INPUT, 'view: must be a JSON object');
  }
}

export async function saveInvestigation(
  run: Run,
  q: QueryRegistry,
  input: InvestigationInput,
  now: Date = new Date(),
): Promise<InvestigationRecord> {
  if (!input.name.trim()) throw new AppError(ErrorCode.BAD_INPUT, 'name: must not be empty');
  checkView(input.view);
  const at = now.toISOString();
  let createdAt = at;
  if (input.id) {
    const [stored] = await run(q['read/get-investigation'], { id: input.id });
    if (!stored) throw new AppError(ErrorCode.NOT_FOUND, `No investigation with id "${input.id}"`);
    createdAt = String((stored.investigation as InvestigationRecord).createdAt);
  }
  const record: InvestigationRecord = {
    id: input.id ?? `investigation:${randomUUID()}`,
    name: input.name.trim(),
    by: input.by,
    notes: input.notes ?? null,
    view: input.view,
    createdAt,
    updatedAt: at,
  };
  await run(q['write/save-investigation'], { investigation: record });
  return record;
}
