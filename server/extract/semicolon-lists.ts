/**
 * Lists whose members hold commas of their own, parted by semicolons: "the meeting between the
 * Amir, X; President of Rwanda, Y; and President of the DRC, Z", as statements of courts and
 * ministries write them. The chunker reads each member as an actor; this joins them into one
 * group where a preposition of sides opens the run and "; and" closes it.
 */
import type { ActorUnit, Unit } from './units.ts';

/**
 * "between A; the President of B, X; and C": semicolons part a list whose members hold commas
 * of their own. After "between", "among" or "with", a run that closes with "; and" is one
 * group, and a semicolon closing it before its date ("; on March 18") closes only the list.
 */
export function semicolonLists(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    out.push(u);
    const listed = following(units, k);
    if (listed) {
      out.push(listed.group);
      k = listed.end - 1;
      continue;
    }
    if (u.kind !== 'prep' || !/^(?:between|among|with)$/.test(u.lemma)) continue;
    const members: ActorUnit[] = [];
    let j = k + 1;
    let closed = false;
    const semicolon = (x: Unit | undefined) => x?.kind === 'punct' && x.text === ';';
    while (units[j]?.kind === 'actor' && semicolon(units[j + 1])) {
      members.push(units[j] as ActorUnit);
      const and = units[j + 2];
      if (and?.kind === 'word' && and.lower === 'and' && units[j + 3]?.kind === 'actor') {
        members.push(units[j + 3] as ActorUnit);
        j += 4;
        closed = true;
        break;
      }
      j += 2;
    }
    if (!closed) continue;
    if (semicolon(units[j]) && /^(?:prep|date)$/.test(units[j + 1]?.kind ?? '')) j++;
    out.push({
      ...members[0]!,
      members: members.flatMap((m) => m.members),
      plural: true,
      to: members.at(-1)!.to,
    });
    k = j - 1;
  }
  return out;
}

/**
 * "attended by the following: A, President of X; B, Minister of Y, on behalf of Z; and C": the
 * first named of each item is one of the group; the group and where the list ends.
 */
function following(units: Unit[], k: number): { group: ActorUnit; end: number } | null {
  const [by, the, word, colon] = units.slice(k, k + 4);
  if (
    by?.kind !== 'prep' ||
    by.lemma !== 'by' ||
    the?.kind !== 'word' ||
    the.lower !== 'the' ||
    word?.kind !== 'word' ||
    word.lower !== 'following' ||
    colon?.kind !== 'punct' ||
    colon.text !== ':'
  )
    return null;
  const members: ActorUnit[] = [];
  let first = true;
  let j = k + 4;
  for (; j < units.length; j++) {
    const x = units[j]!;
    if (x.kind === 'punct' && /^[.¶]$/.test(x.text)) break;
    if (x.kind === 'punct' && x.text === ';') first = true;
    else if (x.kind === 'actor' && first) {
      members.push(x);
      first = false;
    }
  }
  if (members.length < 2) return null;
  const group: ActorUnit = {
    ...members[0]!,
    members: members.flatMap((m) => m.members),
    plural: true,
    to: members.at(-1)!.to,
  };
  return { group, end: j };
}
