/**
 * Trims to a sentence's frames once they are read: a go-between named in an "in" phrase that
 * restates the clause's event ("held talks ..., in a meeting brokered by X") becomes a role that
 * joins it, and one state's unnamed "parties" ("bringing the Yemeni parties together") are no
 * side. frames.ts applies them around joinPartials.
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
