/**
 * Who stands for whom around a team. "The Kenyan delegation, led by Foreign Minister X, held
 * talks with ...": the person who heads a team stands for it in its clause, with the team's
 * state as their side (read as a clause of its own, the participle made X the one who "led"
 * the talks, a mediator; read as the team's description, X met whom the team met). "Senegal,
 * whose diplomats brokered the talks": the people of a relative "whose" are its antecedent's.
 */
import { REPRESENTATIVES, TEAMS } from './lexicon/index.ts';
import type { Word } from './sentences.ts';
import type { ActorUnit, Unit } from './units.ts';

const isComma = (u: Unit | undefined) => u?.kind === 'punct' && u.text === ',';

export function teamHeads(units: Unit[], words: Word[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const team = units[k]!;
    const [comma, verb, by, head] = units.slice(k + 1, k + 5);
    const led =
      team.kind === 'actor' &&
      TEAMS.has(words[team.to - 1]?.lemma ?? '') &&
      isComma(comma) &&
      verb?.kind === 'verb' &&
      /^(?:lead|head)$/.test(verb.lemma) &&
      verb.words.length === 1 &&
      by?.kind === 'prep' &&
      by.lemma === 'by' &&
      head?.kind === 'actor' &&
      head.members.length > 0 &&
      head.members.every((m) => m.type === 'Person');
    if (!led) {
      out.push(team);
      continue;
    }
    const side = (team as ActorUnit).members[0]?.id;
    const closed = isComma(units[k + 5]);
    out.push({
      ...(head as ActorUnit),
      members: (head as ActorUnit).members.map((m) => ({ ...m, side: m.side ?? side })),
      prep: (team as ActorUnit).prep,
      from: team.from,
      to: closed ? units[k + 5]!.to : head.to,
    });
    k += closed ? 5 : 4;
  }
  return out;
}

/** "Senegal, whose diplomats brokered the talks": the diplomats stand for Senegal. */
export function whosePeople(units: Unit[]): Unit[] {
  return units.map((u, k) => {
    const [owner, comma, whose] = [units[k - 3], units[k - 2], units[k - 1]];
    if (
      u.kind !== 'word' ||
      REPRESENTATIVES.get(u.lemma) !== 'party' ||
      whose?.kind !== 'sub' ||
      whose.lemma !== 'whose' ||
      !isComma(comma) ||
      owner?.kind !== 'actor'
    )
      return u;
    return { ...owner, possessive: false, prep: null, from: u.from, to: u.to };
  });
}
