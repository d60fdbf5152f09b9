/**
 * Who a verb seats at the meeting its event noun names, when the verb's own phrases do not
 * reach the noun's "with": "held on Monday a call with X" and "held another round of talks
 * with X" (the verb's side sat in the noun's meeting), "hosted a dinner for X" (host and guest
 * sat at it). The noun frame keeps the meeting; the verb frame only says who else was there.
 */
import type { Frame } from './frame.ts';

export function seatAtNoun(verb: Frame, noun: Frame, v: number): void {
  if (verb.meetings.length) return;
  const side = verb.fills.find((f) => f.role === 'party' && f.unit < v)?.unit;
  if (side !== undefined)
    for (const m of noun.meetings) if (!m.units.includes(side)) m.units.unshift(side);
  const host = verb.fills.find((f) => f.role === 'host')?.unit;
  const guests = verb.fills.filter((f) => f.role === 'guest').map((f) => f.unit);
  if (host !== undefined && guests.length && noun.contact === 'meet')
    noun.meetings.push({ units: [host, ...guests], star: host, weak: false, phrase: verb.phrase });
}
