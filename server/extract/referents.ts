/**
 * What a noun group refers to, across the article. Names resolve through their refs; "the
 * leaders of A and B" through who the article says leads A and B; "the two sides", "both
 * presidents" to the sides of the running event or the last group of that many; pronouns to
 * the last person or group spoken of (an object pronoun skips its own clause's subject); "the
 * front", "the movement" to the organisation whose name ends so. Reads only what came before.
 */
import type { EntityType } from '../domain/index.ts';
import type { ActorUnit, Unit } from './chunks.ts';
import type { EventDraft } from './discourse.ts';
import type { Ref } from './resolve.ts';

interface Seen {
  ids: string[];
  types: EntityType[];
  sentence: number;
  unit: number;
}

export class Referents {
  readonly #history: Seen[] = [];
  readonly #leaderOf: Map<string, string>;
  readonly #stateOf: Map<string, string>;
  readonly #names: Map<string, string>;

  /** `leaderOf`: state or organisation id to the person the article says leads it. */
  constructor(leaderOf: Map<string, string>, names: Map<string, string>) {
    this.#leaderOf = leaderOf;
    this.#stateOf = new Map([...leaderOf].map(([state, person]) => [person, state]));
    this.#names = names;
  }

  /** Records a sentence's actor groups, so later groups and pronouns can refer to them. */
  note(s: number, units: Unit[], refs: Ref[]): void {
    units.forEach((u, n) => {
      if (u.kind !== 'actor' || u.modifier) return;
      const ids = this.#actorIds(u);
      this.#history.push({
        ids,
        types: u.members.map((m) => refs[m.ref]!.type),
        sentence: s,
        unit: n,
      });
    });
  }

  #actorIds(u: ActorUnit): string[] {
    const ids = u.members.map((m) => (u.leadersOf ? (this.#leaderOf.get(m.id) ?? m.id) : m.id));
    return [...new Set(ids)];
  }

  /** Entity ids unit `n` of sentence `s` refers to; `events` are the article's so far. */
  idsOf(s: number, units: Unit[], n: number, events: EventDraft[]): string[] {
    const u = units[n]!;
    switch (u.kind) {
      case 'actor':
        return this.#actorIds(u);
      case 'place':
        return [u.id];
      case 'anaphor':
        return this.#plural(s, n, u.count, u.cls, events);
      case 'pronoun':
        return this.#pronoun(s, units, n, u.lemma);
      case 'word':
        return u.pos === 'NOUN' &&
          units[n - 1]?.kind === 'word' &&
          (units[n - 1] as { lower: string }).lower === 'the'
          ? this.#definiteOrg(s, n, u.lemma)
          : [];
      default:
        return [];
    }
  }

  #before(s: number, n: number): Seen[] {
    return this.#history.filter((h) => h.sentence < s || (h.sentence === s && h.unit < n));
  }

  #plural(
    s: number,
    n: number,
    count: number | null,
    cls: 'any' | 'state' | 'person',
    events: EventDraft[],
  ): string[] {
    const fit = (ids: string[]) => {
      const mapped = ids.map((id) =>
        cls === 'person' && !id.startsWith('person:')
          ? (this.#leaderOf.get(id) ?? id)
          : cls === 'state' && id.startsWith('person:')
            ? (this.#stateOf.get(id) ?? id)
            : id,
      );
      return [...new Set(mapped)];
    };
    for (let k = events.length - 1; k >= 0 && k >= events.length - 4; k--) {
      const e = events[k]!;
      if (s - e.sentence > 3) break;
      const sides = [...(e.roles.get('party') ?? []), ...(e.roles.get('guest') ?? [])];
      const ids = fit(sides);
      if (ids.length >= 2 && (count === null || ids.length === count)) return ids;
    }
    const seen = this.#before(s, n);
    for (let k = seen.length - 1; k >= 0; k--) {
      const h = seen[k]!;
      if (s - h.sentence > 3) break;
      const ids = fit(h.ids);
      if (ids.length >= 2 && (count === null || ids.length === count)) return ids;
    }
    return [];
  }

  #pronoun(s: number, units: Unit[], n: number, lemma: string): string[] {
    const seen = this.#before(s, n);
    if (/^(?:they|them|their)$/.test(lemma)) {
      for (let k = seen.length - 1; k >= 0; k--)
        if (seen[k]!.ids.length >= 2 || seen[k]!.types.every((t) => t === 'Organization'))
          return seen[k]!.ids;
      return [];
    }
    if (/^(?:it|its)$/.test(lemma)) {
      for (let k = seen.length - 1; k >= 0; k--)
        if (seen[k]!.ids.length === 1 && seen[k]!.types[0] !== 'Person') return seen[k]!.ids;
      return [];
    }
    // An object pronoun is never the subject of its own clause ("Boateng phoned her").
    const object =
      /^(?:him|her)$/.test(lemma) && !(units[n] as { possessive?: boolean }).possessive;
    const clauseSubject = object ? this.#firstPersonIn(seen, s) : null;
    for (let k = seen.length - 1; k >= 0; k--) {
      const h = seen[k]!;
      if (h.ids.length !== 1 || h.types[0] !== 'Person') continue;
      if (clauseSubject && h === clauseSubject) continue;
      return h.ids;
    }
    return [];
  }

  #firstPersonIn(seen: Seen[], s: number): Seen | null {
    return seen.find((h) => h.sentence === s && h.types.includes('Person')) ?? null;
  }

  /** "the front", "the movement": the organisation named so earlier in the article. */
  #definiteOrg(s: number, n: number, lemma: string): string[] {
    const seen = this.#before(s, n);
    for (let k = seen.length - 1; k >= 0; k--) {
      const h = seen[k]!;
      if (h.ids.length !== 1 || h.types[0] !== 'Organization') continue;
      const name = this.#names.get(h.ids[0]!) ?? '';
      const head = name.toLowerCase().split(/\s+/).pop();
      if (head === lemma) return h.ids;
    }
    return [];
  }
}
