/**
 * Values across the driver boundary. Neo4j returns whole numbers as driver Integers, temporal
 * values as driver objects and nodes as Node objects; JS numbers go to Cypher as floats,
 * which LIMIT and ranges refuse. Both directions are converted here and nowhere else.
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
  if ('properties' in value && ('labels' in value || 'type' in value)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (value.constructor !== Object) return String(value); // Date, DateTime, Point...
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/** JS numbers reach Cypher as floats; whole numbers must be Integers for LIMIT and ranges. */
export function toParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParam);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParam(v)]));
  }
  return value;
}
