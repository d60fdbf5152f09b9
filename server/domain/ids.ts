/**
 * Stable, readable identifiers. An id is a function of what the thing is, never of when it
 * was stored, so the same person, state or event read from two articles lands on one node and
 * re-ingesting an article writes nothing new.
 */
import { createHash } from 'node:crypto';
import type { EntityType, FuzzyDate } from './types.ts';

/**
 * `Erdoğan's Office` -> `erdogan s office`: accents folded, case dropped, anything but letters,
 * digits and the marks of scripts that need them a space. Letters of every script stay
 * ("Сергей Лавров" -> "сергеи лавров"): an id of Latin letters only left a Cyrillic name with
 * none, and the whole article failed on the empty id.
 */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Letters no decomposition takes apart ("Tromsø", "Łódź", "Þórr").
      .replace(/[øæœßđðłþı]/g, (ch) => LETTERS[ch] ?? ch)
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim()
      // Scripts the decomposition took apart (Hangul syllables) come back whole.
      .normalize('NFC')
  );
}

/** `Erdoğan's Office` -> `erdogans-office`. */
export function slug(text: string): string {
  return foldText(text.replace(/['’]/g, '')).replace(/ /g, '-');
}

/** `person:jane-doe`; a name with no letter or digit at all gets a hash of itself, never "". */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name) || shortHash(name, 12)}`;
}

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Articles are identified by their text, so a re-ingested file is recognised whatever its name. */
export function articleId(text: string): string {
  return `article:${shortHash(text.replace(/\s+/g, ' ').trim())}`;
}

/**
 * One real-world event reported by several outlets must get one id: kind, date and place say
 * which event it is; the participants only tell apart two events of one kind on the same day
 * and place when neither has a place. A plan, an offer or a denial is another fact than the
 * event itself, so its status is part of its id (`event:talks-planned-...`).
 */
export function eventId(
  kind: string,
  date: FuzzyDate | null,
  place: string | null,
  participants: string[],
  status: string = 'happened',
): string {
  const parts = [
    slug(kind),
    ...(status === 'happened' ? [] : [slug(status)]),
    date?.value ?? 'undated',
  ];
  if (place) parts.push(slug(place.replace(/^place:/, '')));
  else parts.push(shortHash([...participants].sort().join('|'), 8));
  return `event:${parts.join('-')}`;
}
