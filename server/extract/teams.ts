/**
 * Missions and delegations as releases tell them: introduced once with their head ("a mission
 * of ECOWAS, led by the Mediator, X") or their members ("The mission included A and B"), then
 * named only as "the mission" or "the delegation". The people of the team stand for it wherever
 * the article calls it so, since a team meets no one; its people do.
 */
import { isComma } from './clauses.ts';
import type { Word } from './sentences.ts';
import type { Unit } from './units.ts';

/** Nouns for a team a release follows through its visit. */
const TEAM = /^(?:mission|delegation|team|panel|troika|side)$/;
/** Verbs that say who is in a team: its head ("led by", "headed by") or its members. */
const MEMBERS = /^(?:lead|head|include|comprise|represent)$/;
/** Those of them that name the team's head ("headed by X"). */
const HEADS = /^(?:lead|head|represent)$/;
/** How many sentences a team named once stays "the mission". */
const REACH = 40;

export class Teams {
  readonly #teams = new Map<string, { members: string[]; sentence: number }>();
  /** Who headed each delegation, in the order the text told it: "the two heads of delegation". */
  readonly #heads: { person: string; sentence: number }[] = [];

  /** Records who is in the teams a sentence introduces; `ids` resolves a unit to entities. */
  note(s: number, units: Unit[], words: Word[], ids: (unit: number) => string[]): void {
    units.forEach((u, n) => {
      // ("a mediation mission": the team's noun may end an event noun's group.)
      // ("the Alliance delegation was headed by X": or end the group of the side it is of.)
      const noun =
        u.kind === 'word'
          ? u.lower
          : u.kind === 'noun' || u.kind === 'actor'
            ? words[u.to - 1]?.lower
            : '';
      if (!noun || !TEAM.test(noun)) return;
      const { people, headed } = this.#introduced(units, n, ids);
      if (!people.length) return;
      if (headed && people.length === 1) this.#heads.push({ person: people[0]!, sentence: s });
      const known = this.#teams.get(noun);
      // "The mission included A and B" after "a mission led by X": more of the same team.
      const before = units[n - 1];
      const more = known && before?.kind === 'word' && before.lower === 'the';
      const members = more ? [...new Set([...known.members, ...people])] : people;
      this.#teams.set(noun, { members, sentence: s });
    });
  }

  /** "the mission", "the delegation": the people of the team last introduced so, if any. */
  members(s: number, units: Unit[], n: number): string[] {
    const u = units[n];
    const before = units[n - 1];
    if (u?.kind !== 'word' || !TEAM.test(u.lower)) return [];
    if (before?.kind !== 'word' || before.lower !== 'the') return [];
    const team = this.#teams.get(u.lower);
    return team && s - team.sentence <= REACH ? team.members : [];
  }

  /** The last `count` people said to head a delegation before sentence `s`, if so many. */
  heads(s: number, count: number | null): string[] {
    const people: string[] = [];
    for (let k = this.#heads.length - 1; k >= 0 && people.length < (count ?? 2); k--) {
      const h = this.#heads[k]!;
      if (h.sentence >= s) continue;
      if (s - h.sentence > REACH) break;
      if (!people.includes(h.person)) people.unshift(h.person);
    }
    return people.length === (count ?? 2) ? people : [];
  }

  /**
   * The people a verb of membership after the team word at `n` names ("led by X", "included A
   * and B"), and whether the verb names its head.
   */
  #introduced(
    units: Unit[],
    n: number,
    ids: (unit: number) => string[],
  ): { people: string[]; headed: boolean } {
    const none = { people: [], headed: false };
    for (let k = n + 1; k < Math.min(units.length, n + 8); k++) {
      const v = units[k]!;
      // ("The delegation, which also included A and B": the relative is the team's own.)
      const own = v.kind === 'sub' && /^(?:which|who)$/.test(v.lemma) && isComma(units[k - 1]);
      if (own || (v.kind === 'word' && v.lower === 'also')) continue;
      if (v.kind === 'sub' || (v.kind === 'punct' && v.text !== ',')) return none;
      if (v.kind !== 'verb') continue;
      if (!MEMBERS.test(v.lemma) || v.negated || v.modal) return none;
      const next = units[k + 1];
      const by = next?.kind === 'prep' && next.lemma === 'by';
      const headed = HEADS.test(v.lemma);
      // "the mission led talks": a team that leads something names no head.
      if (headed && !by) return none;
      const at = by ? k + 2 : k + 1;
      const people =
        units[at]?.kind === 'actor' ? ids(at).filter((id) => id.startsWith('person:')) : [];
      return { people, headed };
    }
    return none;
  }
}
