/**
 * Who an event noun's sides are when its own words leave them out: the subject of the clause
 * the noun hangs from ("After meetings with A, X said", "X said on a visit to Y", "A and B
 * agreed to a truce following negotiations mediated by C"), whom a caller told ("X assured Y
 * ..., in a telephone call"), and the subject and object of a verb said during talks ("X
 * praised Y during Doha-mediated talks").
 */
import type { Unit } from './units.ts';
import { objectOf } from './clause-objects.ts';
import { subjectOf } from './clauses.ts';
import type { Frame } from './frame.ts';
import { SAYINGS, SPEECH, TELLING, TOPIC_HEADS, type Role } from './lexicon/index.ts';
import { fill } from './verb-frames.ts';

/** The subject of the clause a "talks with X" phrase sits in: the other side of the talks. */
export function counterpart(units: Unit[], f: Frame, role: Role): void {
  const n = f.noun!;
  // ("agreed ... following negotiations mediated by X": a participle after the noun is no
  // verb of the clause.)
  const following = /^(?:after|following|follow)$/.test(
    (units[n - 1] as { lemma?: string })?.lemma ?? '',
  );
  const own = (t: number) =>
    units[t]!.kind === 'verb' &&
    !(following && (units[t] as { form: string }).form === 'participle' && t > n);
  if (f.triggers.some(own)) return;
  // "reviewed developments in the negotiation round": the round is what they talked of.
  const of = units[n - 1];
  const topic = units[n - 2];
  if (
    of?.kind === 'prep' &&
    /^(?:in|of|on|about)$/.test(of.lemma) &&
    topic?.kind === 'word' &&
    TOPIC_HEADS.has(topic.lemma)
  )
    return;
  // The verb of the clause the phrase hangs from: before it ("X said on a visit to Y"), or
  // after a fronted phrase ("After meetings with A, X said").
  const finite = (k: number) =>
    units[k]!.kind === 'verb' && (units[k] as { form: string }).form === 'finite';
  // A call is the telling done in it ("X assured Y he would help, in a call"), wherever it is.
  let verb =
    f.contact === 'call'
      ? units.findIndex((u, k) => k < n && finite(k) && TELLING.has((u as { lemma: string }).lemma))
      : -1;
  for (let k = n - 1; k >= 0 && verb < 0; k--) {
    if (finite(k)) verb = k;
    // "left Kigali after meeting X": "after" right before the noun opens no clause of its own.
    else if (
      k === n - 1 &&
      units[k]!.kind === 'sub' &&
      /^(?:after|before|while|since|upon)$/.test((units[k] as { lemma: string }).lemma)
    )
      continue;
    else if (
      units[k]!.kind === 'sub' ||
      (units[k]!.kind === 'punct' && /^[;:¶]$/.test((units[k] as { text: string }).text))
    )
      break;
  }
  for (let k = n + 1; k < units.length && verb < 0; k++) if (finite(k)) verb = k;
  if (verb < 0) return;
  // "X said that a deal was possible, following a meeting with Y": past a reported clause
  // whose subject is a thing, the one who said it.
  const reported = units.findLastIndex(
    (u, k) => k < verb && u.kind === 'sub' && u.lemma === 'that',
  );
  const speech = units[reported - 1]?.kind === 'date' ? reported - 2 : reported - 1;
  let subject = subjectOf(units, verb).unit;
  if (units[subject]?.kind === 'noun' && reported > 0 && finite(speech)) {
    verb = speech;
    subject = subjectOf(units, verb).unit;
  } else if (units[subject]?.kind === 'noun' && units[subject - 1]?.kind === 'verb') {
    // "X said the agreement was reached after a call with Y": the same, with no "that".
    const said = units[subject - 1] as { lemma: string; form: string };
    if (said.form === 'finite' && SPEECH.has(said.lemma)) {
      verb = subject - 1;
      subject = subjectOf(units, verb).unit;
    }
  }
  // "X's remarks came during a phone conversation with Y": the one whose remarks they were.
  const saying = units[subject];
  const owner = units[subject - 1];
  if (
    saying?.kind === 'word' &&
    SAYINGS.has(saying.lemma) &&
    owner?.kind === 'actor' &&
    owner.possessive
  )
    subject -= 1;
  if (subject < 0 || units[subject]!.kind === 'noun' || f.fills.some((x) => x.unit === subject))
    return;
  fill(f, role, subject);
  for (const m of f.meetings) m.units.unshift(subject);
  // "X praised Y during Doha-mediated talks": whom the verb names was at the talks too.
  const object = objectOf(units, verb);
  const at = units[n - 1];
  if (
    f.contact === 'meet' &&
    at?.kind === 'prep' &&
    /^(?:during|at)$/.test(at.lemma) &&
    object >= 0 &&
    object < n &&
    units[object]!.kind === 'actor' &&
    !f.meetings.length
  ) {
    fill(f, role, object);
    f.meetings.push({ units: [subject, object], star: null, weak: false, phrase: f.phrase });
  }
  // "A and B agreed after a direct meeting": a group subject met within itself.
  const u = units[subject]!;
  if (!f.meetings.length && f.contact && u.kind === 'actor' && u.members.length > 1)
    f.meetings.push({ units: [subject], star: null, weak: true, phrase: f.phrase });
  // "X assured Y ..., in a telephone call": whom X told was on the line.
  const told = object;
  if (
    f.contact === 'call' &&
    !f.meetings.length &&
    TELLING.has((units[verb] as { lemma: string }).lemma) &&
    told >= 0 &&
    units[told]!.kind === 'actor'
  ) {
    fill(f, role, told);
    f.meetings.push({ units: [subject, told], star: null, weak: false, phrase: f.phrase });
  }
}
