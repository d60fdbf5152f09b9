/**
 * Initials the text uses for a name it spells out elsewhere: "the Autonomous Bougainville
 * Government ... the ABG", "Papua New Guinea ... PNG". Wire copy often gives the short form
 * without the brackets that would introduce it, and an unknown run of capitals would otherwise
 * be a body of its own, apart from the state or body it stands for. Only initials that one
 * name of the article alone spells count.
 */
import type { EntityType } from '../domain/index.ts';
import { gazetteer } from './gazetteer.ts';
import type { Mention } from './mentions.ts';

export interface Spelled {
  id: string;
  type: EntityType;
  name: string;
}

/** A run of two to six capitals, as written: an acronym, not a word set in capitals. */
export const isAcronym = (name: string): boolean => /^[A-Z]{2,6}$/.test(name);

/** "Forces for Freedom and Change": FFC (small words, and "the", add no letter). */
function initials(name: string): string | null {
  const letters = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
  return letters.length >= 2 ? letters.toUpperCase() : null;
}

/** The states and bodies an article names, by the initials of their names. */
export function spelledOut(sentences: Mention[][]): Map<string, Spelled> {
  const g = gazetteer();
  const found = new Map<string, Spelled | null>();
  const add = (id: string, type: EntityType, name: string) => {
    const key = initials(name);
    if (!key) return;
    const had = found.get(key);
    found.set(key, had === undefined || had?.id === id ? { id, type, name } : null);
  };
  for (const mentions of sentences)
    for (const m of mentions) {
      if (m.kind === 'state') add(m.id, 'State', g.entities.get(m.id)!.name);
      else if (m.kind === 'org' && !isAcronym(m.name)) add(m.id, 'Organization', m.name);
    }
  return new Map([...found].filter((e): e is [string, Spelled] => e[1] !== null));
}
