/**
 * ALLY_OF: a standing tie, not an event, stated by the noun "ally" between two actors:
 * "Azeri ally Turkey", "Yerevan and its traditional ally Moscow", "Turkey, a close ally of
 * Azerbaijan". Only "ally" counts: partners, friends and strategic ties are not alliances.
 */
import type { ActorUnit, Unit } from './units.ts';

export interface Alliance {
  /** Unit indices of the two sides. */
  a: number;
  b: number;
  /** Unit index span of the words that say so ("ally"). */
  word: number;
}

const isAlly = (u: Unit | undefined) => u?.kind === 'word' && /^all(?:y|ies)$/.test(u.lower);
const isActor = (u: Unit | undefined): u is ActorUnit => u?.kind === 'actor';

export function alliances(units: Unit[]): Alliance[] {
  const out: Alliance[] = [];
  units.forEach((u, k) => {
    if (!isAlly(u)) return;
    // Adjectives and "its" between the first side and "ally".
    let before = k - 1;
    while (
      before >= 0 &&
      units[before]!.kind === 'word' &&
      /^(?:ADJ|DET)$/.test((units[before] as { pos: string }).pos)
    )
      before--;
    if (units[before]?.kind === 'pronoun') before--;
    const owner = units[before];
    const after = units[k + 1];
    // "Azeri ally Turkey", "its traditional ally Moscow" (after "Yerevan and").
    if (isActor(after) && !after.prep) {
      if (isActor(owner) && (owner.modifier || owner.possessive || owner.members.length === 1))
        out.push({ a: before, b: k + 1, word: k });
      else if (
        units[before]?.kind === 'word' &&
        (units[before] as { lower: string }).lower === 'and' &&
        isActor(units[before - 1])
      )
        out.push({ a: before - 1, b: k + 1, word: k });
      return;
    }
    // "Turkey, a close ally of Azerbaijan"
    const of = units[k + 1];
    const other = units[k + 2];
    if (of?.kind === 'prep' && of.lemma === 'of' && isActor(other)) {
      let subject = before;
      if (units[subject]?.kind === 'punct') subject--;
      if (isActor(units[subject])) out.push({ a: subject, b: k + 2, word: k });
    }
  });
  return out;
}
