/**
 * Trims to a sentence's frames once they are read: a go-between named in an "in" phrase that
 * restates the clause's event ("held talks ..., in a meeting brokered by X") becomes a role that
 * joins it, and one state's unnamed "parties" ("bringing the Yemeni parties together") are no
 * side; a go-between's verb on talks "with" one side only makes its subject the other side.
 * frames.ts applies them around joinPartials.
 */
import type { Frame } from './frame.ts';
import type { Sentence } from './sentences.ts';
import type { Unit } from './units.ts';

/**
 * "A and B held talks on Thursday ..., in a meeting brokered by X": an event noun in an "in"
 * phrase that names only a go-between restates the clause's event, so it joins it as a role.
 */
export function rolesInAdjuncts(units: Unit[], frames: Frame[]): void {
  for (const f of frames) {
    const first = Math.min(...f.triggers);
    const prep = units[first - 1];
    const inPhrase = units[first]?.kind === 'noun' && prep?.kind === 'prep' && prep.lemma === 'in';
    const thirdOnly =
      f.fills.length > 0 && f.fills.every((x) => x.role === 'mediator' || x.role === 'host');
    const told = frames.some(
      (g) => g !== f && Math.max(...g.triggers) < first && g.fills.some((x) => x.role === 'party'),
    );
    if (inPhrase && thirdOnly && told) f.partial = true;
  }
}

const INTERNAL = /^(?:parties|sides|factions|rivals)$/;

/**
 * "the Sultanate's role in bringing the Yemeni parties together": one state's own sides, with
 * no name given, are no side the state stands for; the frame keeps no party from them.
 */
export function internalSides(units: Unit[], words: Sentence['words'], frames: Frame[]): void {
  for (const f of frames) {
    const parties = f.fills.filter((x) => x.role === 'party');
    const u = parties.length === 1 ? units[parties[0]!.unit] : undefined;
    if (u?.kind !== 'actor' || u.members.length !== 1 || !u.members[0]!.demonym) continue;
    if (!INTERNAL.test(words[u.to - 1]?.lower ?? '')) continue;
    const unit = parties[0]!.unit;
    f.fills = f.fills.filter((x) => x.role !== 'party');
    f.meetings = f.meetings.filter((m) => !m.units.includes(unit) && m.star !== unit);
  }
}

/**
 * "Bolivia organized talks with Peru": one side named "with" the talks, and none between:
 * the subject that set them up is the other side, no go-between. (Not a deal: "credited X
 * with brokering the truce with Libya" leaves the other side to the credit.)
 */
export function withOneSide(units: Unit[], verb: Frame, noun: Frame): void {
  const sides = noun.fills.filter((f) => f.role === 'party');
  const side = units[sides[0]?.unit ?? -1];
  const agent = verb.fills.find((f) => f.role === 'mediator' && units[f.unit]?.kind === 'actor');
  if (
    !agent ||
    noun.kind !== 'talks' ||
    sides.length !== 1 ||
    side?.kind !== 'actor' ||
    side.prep !== 'with' ||
    side.members.length !== 1 ||
    noun.fills.some((f) => f.role === 'mediator' || f.role === 'host')
  )
    return;
  agent.role = 'party';
  noun.meetings.push({ units: [agent.unit, sides[0]!.unit], star: null, weak: false });
}
