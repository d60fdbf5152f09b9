/**
 * The last check before an extraction is written: every id present, every relation and event
 * pointing at entities the extraction carries, every evidence span inside the text and every
 * phrase inside its sentence (the explorer highlights it there, blind to the text). A bad
 * extraction is refused whole, with a message that names the article and the problem, before
 * a single statement reaches the store.
 */
import { AppError, ErrorCode } from '../errors/index.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Evidence, type Extraction } from './types.ts';

const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z]+:\S+$/.test(value);

function checkEvidence(evidence: Evidence | undefined, where: string, problems: string[]): void {
  if (!evidence || typeof evidence.sentence !== 'string' || !evidence.sentence.trim()) {
    problems.push(`${where} has no evidence sentence`);
  } else if (
    !Number.isInteger(evidence.start) ||
    !Number.isInteger(evidence.end) ||
    evidence.end < evidence.start
  ) {
    problems.push(`${where} has evidence offsets ${evidence.start}..${evidence.end}`);
  } else if (evidence.phrase) {
    const { start, end } = evidence.phrase;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > evidence.sentence.length
    )
      problems.push(
        `${where} has phrase offsets ${start}..${end}, not a non-empty span of its ${evidence.sentence.length}-character sentence`,
      );
  }
}

export function validateExtraction(x: Extraction): void {
  const problems: string[] = [];
  if (!isId(x.article?.id))
    problems.push(`article id ${JSON.stringify(x.article?.id)} is not an id`);
  const known = new Set<string>();
  for (const [i, e] of x.entities.entries()) {
    if (!isId(e.id)) problems.push(`entity ${i} (${e.name}) has id ${JSON.stringify(e.id)}`);
    else known.add(e.id);
    if (!ENTITY_TYPES.includes(e.type)) problems.push(`entity ${e.id} has unknown type ${e.type}`);
    if (typeof e.name !== 'string' || !e.name.trim()) problems.push(`entity ${e.id} has no name`);
  }
  for (const [i, r] of x.relations.entries()) {
    const where = `relation ${i} (${r.type} ${r.source} -> ${r.target})`;
    if (!RELATION_TYPES.includes(r.type)) problems.push(`${where} has an unknown type`);
    if (!known.has(r.source) || !known.has(r.target))
      problems.push(`${where} names an entity the extraction lacks`);
    checkEvidence(r.evidence, where, problems);
  }
  for (const e of x.events) {
    if (!isId(e.id)) problems.push(`event ${JSON.stringify(e.id)} is not an id`);
    if (e.place !== null && !known.has(e.place))
      problems.push(`event ${e.id} is at ${e.place}, which the extraction lacks`);
    for (const p of e.participants) {
      if (!known.has(p.entity))
        problems.push(`event ${e.id} names participant ${p.entity} the extraction lacks`);
    }
    checkEvidence(e.evidence, `event ${e.id}`, problems);
  }
  if (problems.length > 0) {
    const shown =
      problems.slice(0, 5).join('; ') +
      (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
    throw new AppError(
      ErrorCode.BAD_ARTICLE,
      `Refusing to store ${x.article?.file ?? 'an article'}: ${shown}`,
    );
  }
}
