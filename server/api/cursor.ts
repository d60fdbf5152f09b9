/**
 * Opaque Relay cursors over (date, id) keysets: stable while events are added, unlike offsets.
 */
import { AppError, ErrorCode } from '../errors/index.ts';

export function encodeCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string'))
      return key as [string, string];
  } catch {
    // fall through to the error below
  }
  throw new AppError(ErrorCode.BAD_INPUT, `"${cursor}" is not a cursor this API gave out`);
}
