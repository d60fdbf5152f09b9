/**
 * An event noun left out after "another": "Turkey hosted a meeting between Russian and Ukrainian
 * negotiators in Istanbul and another between Lavrov and Kuleba in Antalya". The second is an
 * event of its own, of the same kind and go-between as the first, between the sides named
 * after it; its own place and date follow it.
 */
import type { Unit } from './units.ts';
import { newFrame, type Frame } from './frame.ts';

/** The frames "and another between A and B" adds beside the frame before it that it echoes. */
export function anotherBetween(units: Unit[], frames: Frame[], s: number): Frame[] {
  const out: Frame[] = [];
  units.forEach((u, k) => {
    const between = units[k + 1];
    const sides = units[k + 2];
    if (
      u.kind !== 'word' ||
      u.lower !== 'another' ||
      between?.kind !== 'prep' ||
      between.lemma !== 'between' ||
      sides?.kind !== 'actor'
    )
      return;
    // The frame told just before, whose go-between stands for both.
    const first = frames
      .filter((f) => Math.max(...f.triggers) < k && f.fills.some((x) => x.role === 'party'))
      .at(-1);
    const third = first?.fills.filter((x) => x.role === 'mediator' || x.role === 'host') ?? [];
    if (!first || !third.length) return;
    const twin = newFrame(s, first.kind, first.cameo);
    twin.triggers.push(k);
    twin.status = first.status;
    twin.contact = first.contact;
    twin.hostedTalks = first.hostedTalks;
    twin.phrase = first.phrase;
    twin.fills = [...third.map((x) => ({ ...x })), { role: 'party', unit: k + 2, phrase: null }];
    twin.meetings = first.contact
      ? [{ units: [k + 2], star: null, weak: false, phrase: null }]
      : [];
    out.push(twin);
  });
  return out;
}
