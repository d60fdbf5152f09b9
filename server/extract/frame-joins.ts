/**
 * Frames settled against the rest of their sentence. A frame read from one trigger often lacks
 * what the sentence says elsewhere (the sides a mediator stood between, one date per actor
 * with "respectively"; the clause's subject is counterparts.ts's), so these passes lend frames
 * each other's sides, join role-only frames to their event and split one frame into several
 * where the sentence pairs actors off with days.
 */
import type { Unit } from './units.ts';
import { absorb, type Frame } from './frame.ts';
import type { Sentence } from './sentences.ts';
import { fill } from './verb-frames.ts';
import { subjectOf } from './clauses.ts';

/**
 * "A and B praised X, which facilitated the process, and Y, which hosted the round": whoever
 * thanks or credits a third party is what that party stood between. "A thanked X for hosting
 * talks with B": A was the other side. "The US thanked X for hosting talks between A and B":
 * the talks name their sides, and the one who thanks is none of them; "thanked X for hosting
 * the talks": the talks told before, with their own sides.
 */
export function credited(frames: Frame[], units: Unit[]): void {
  const credit = frames.find((f) => f.cameo === '051' && f.fills.some((x) => x.role === 'party'));
  if (!credit) return;
  const sides = credit.fills.filter((x) => x.role === 'party');
  const thanked = new Set(credit.fills.filter((x) => x.role !== 'party').map((x) => x.unit));
  const members = (f: Frame) =>
    f.fills
      .filter((x) => x.role === 'party')
      .reduce((n, x) => {
        const u = units[x.unit];
        return n + (u?.kind === 'actor' ? u.members.length : 1);
      }, 0);
  for (const f of frames) {
    if (f === credit) continue;
    if (!f.fills.some((x) => x.role === 'mediator' || x.role === 'host')) continue;
    const named = members(f);
    const own = f.fills.some(
      (x) => (x.role === 'mediator' || x.role === 'host') && thanked.has(x.unit),
    );
    if (named >= 2 && own) {
      frames.splice(frames.indexOf(credit), 1);
      return;
    }
    if (named === 1 && own) {
      f.fills.push(...sides);
      for (const m of f.meetings) m.units.push(...sides.map((x) => x.unit));
      frames.splice(frames.indexOf(credit), 1);
      return;
    }
    if (named > 0) continue;
    // "X thanked China for facilitating the talks": the talks told before, whose sides they
    // are; one who thanks may be anyone ("Peru and Bolivia credited X with hosting the first
    // rounds": two who thank together are the sides).
    if (f.definite && members(credit) < 2) {
      frames.splice(frames.indexOf(credit), 1);
      return;
    }
    f.fills.push(...sides);
    f.definite = false;
    f.partial = false;
  }
}

/**
 * "the talks that led to the 2005 agreement between A and B": the talks were between the
 * sides of what they led to.
 */
export function chained(units: Unit[], byNoun: Map<number, Frame>, frames: Frame[]): void {
  for (const [noun, talks] of byNoun) {
    // ("the negotiations in Rio that ended the war": past where they were held.)
    const at = units[noun + 1];
    const placed =
      at?.kind === 'prep' && /^(?:in|at)$/.test(at.lemma) && units[noun + 2]?.kind === 'place';
    const n = placed ? noun + 2 : noun;
    const sub = units[n + 1];
    const verb = units[n + 2];
    if (sub?.kind !== 'sub' || !/^(?:that|which)$/.test(sub.lemma)) continue;
    if (verb?.kind !== 'verb' || !/^(?:lead|produce|yield|result|pave|bring|end)$/.test(verb.lemma))
      continue;
    for (let m = n + 3; m < Math.min(units.length, n + 7); m++) {
      const outcome = byNoun.get(m);
      if (!outcome) continue;
      for (const f of outcome.fills) if (f.role === 'party') talks.fills.push(f);
      talks.date ??= outcome.date;
      // A war the talks ended was fought all the same; a deal they led to is the talks' own.
      if (verb.lemma !== 'end') frames.splice(frames.indexOf(outcome), 1);
      break;
    }
  }
}

/**
 * "On November 1 and 2, respectively, X had calls with A and B": one event per pair, each on
 * its own date.
 */
export function respectively(sentence: Sentence, units: Unit[], frames: Frame[]): Frame[] {
  if (!/\brespectively\b/i.test(sentence.text)) return frames;
  const dates = units.filter(
    (u) => u.kind === 'date' && !u.possessive && !u.date.background,
  ) as Extract<Unit, { kind: 'date' }>[];
  const out: Frame[] = [];
  for (const f of frames) {
    const list = f.fills.find((x) => {
      const u = units[x.unit]!;
      return u.kind === 'actor' && u.members.length === dates.length && dates.length > 1;
    });
    if (!list) {
      out.push(f);
      continue;
    }
    const group = units[list.unit] as Extract<Unit, { kind: 'actor' }>;
    group.members.forEach((member, k) => {
      const single = units.push({ ...group, members: [member] }) - 1;
      const swap = (unit: number) => (unit === list.unit ? single : unit);
      out.push({
        ...f,
        fills: f.fills.map((x) => ({ ...x, unit: swap(x.unit) })),
        meetings: f.meetings.map((m) => ({ ...m, units: m.units.map(swap) })),
        date: { value: dates[k]!.date.value, precision: dates[k]!.date.precision },
      });
    });
  }
  return out;
}

/**
 * A frame that names only a role joins the event of its sentence: the nearest complete frame,
 * preferring one after it in a clause it introduces ("presided as A and B signed").
 */
export function joinPartials(frames: Frame[]): Frame[] {
  const complete = frames.filter((f) => !f.partial);
  const out: Frame[] = [...complete];
  for (const f of frames) {
    if (!f.partial) continue;
    // A role in another conflict's events, which this text does not tell.
    if (f.elsewhere) continue;
    const at = f.triggers[0]!;
    // "agreed to a truce under the auspices of X": the plan a verb of agreeing reads into a
    // role noun is the event's to say; the role joins it as it stands.
    const asItStands = f.roleNoun && f.status === 'planned';
    // "asked whether X would host talks between A and B, Y said X would play a bridging
    // role": an offered role is offered for the talks in question.
    const offered = f.status === 'offered';
    const host = complete
      // Fighting has no mediator; a visit has its own hosts; a phone call no go-between ("in a
      // call, he thanked the Emir for Qatar's facilitation").
      .filter(
        (g) =>
          !/^(?:visit|clash|war|call)$/.test(g.kind) &&
          (g.status === 'happened' || (offered && /^(?:planned|offered)$/.test(g.status))),
      )
      .sort((a, b) => Math.abs(a.triggers[0]! - at) - Math.abs(b.triggers[0]! - at))[0];
    // "X, the mediator, met Y": a side of this event is not its mediator.
    // ("X and Y are participating as co-facilitators": who takes part in a role is no side.)
    const side = host?.fills.some(
      (g) => g.role !== 'attendee' && f.fills.some((x) => x.unit === g.unit),
    );
    // "convened the session after both accepted his invitation last week": a role noun's date
    // is the clause it sits in, not the event it joins.
    const date = f.roleNoun ? null : f.date;
    if (host && !side && offered && host.status !== 'happened') {
      absorb(host, { ...f, date, partial: false });
      host.status = 'offered';
    } else if (host && !side && (f.status === 'happened' || asItStands))
      absorb(host, { ...f, date, status: host.status, partial: false });
    else if (!side && !f.clauseOnly) out.push(f);
  }
  return out;
}

/**
 * A mediator or host whose frame names no sides ("Negotiations hosted by X ended with A and B
 * agreeing", "X played host as A and B negotiators traded proposals") mediated between the
 * group of two or more actors the sentence names outside any other role.
 */
export function sidesFromSentence(
  units: Unit[],
  frames: Frame[],
  pass: 'gatherings' | 'third parties',
): void {
  // A group already the sides of fighting may be what a truce or talks were between.
  // So may the sides of a deal no one is said to have brokered ("A and B completed a swap
  // following negotiations brokered by X").
  const shareable = (f: Frame) =>
    f.kind === 'clash' ||
    f.kind === 'war' ||
    (pass === 'third parties' &&
      (f.kind === 'agreement' || f.kind === 'ceasefire') &&
      !f.fills.some((x) => x.role === 'mediator' || x.role === 'host'));
  const used = new Set(
    frames.filter((f) => !shareable(f)).flatMap((f) => f.fills.map((x) => x.unit)),
  );
  for (const f of frames) {
    if (
      f.definite ||
      f.kind === 'visit' ||
      f.fills.some((x) => x.role === 'party' || x.role === 'guest')
    )
      continue;
    // ("a summit chaired by X, at which leaders mandated A and B to ...": the chair of a
    // summit presides over its members, and stands between no group the sentence names.)
    const third =
      pass === 'third parties' &&
      f.kind !== 'summit' &&
      f.fills.some((x) => x.role === 'mediator' || x.role === 'host');
    // "A and B leave after a state reception": people the sentence is about were at it.
    const gathering =
      pass === 'gatherings' && f.contact === 'meet' && f.noun !== null && !f.fills.length;
    if (!third && !gathering) continue;
    const group = units.findIndex(
      (u, n) =>
        u.kind === 'actor' &&
        !u.modifier &&
        !used.has(n) &&
        u.members.length >= 2 &&
        !/^(?:in|at|to|from|on)$/.test(u.prep ?? '') &&
        (third || (u.prep === null && u.members.every((m) => m.type === 'Person'))),
    );
    if (group >= 0) {
      fill(f, 'party', group);
      if (gathering) f.meetings.push({ units: [group], star: null, weak: false });
      used.add(group);
      f.partial = false;
    }
  }
}

/**
 * "mediated the release of 100 Russian prisoners in exchange for 100 Ukrainian prisoners": a
 * go-between's swap that names its sides only by whose captives changed hands.
 */
export function captiveSides(units: Unit[], frames: Frame[]): void {
  for (const f of frames) {
    if (!f.fills.some((x) => x.role === 'mediator')) continue;
    const named = f.fills.filter((x) => x.role === 'party');
    const states = new Set(named.flatMap((x) => actorIds(units[x.unit])));
    if (states.size >= 2) continue;
    const after = Math.max(...f.triggers);
    const captives: number[] = [];
    const statesAt = (k: number) => {
      const u = units[k];
      return u?.kind === 'actor' && u.members.every((m) => m.type === 'State');
    };
    for (let k = after + 1; k < units.length; k++) {
      const u = units[k]!;
      if (u.kind === 'punct' && u.text !== ',') break;
      if (statesAt(k) && heldCaptive(units, k)) captives.push(k);
    }
    // ("Eritrea has released four Djiboutian prisoners after mediation efforts from Qatar":
    // whose captives, and who freed them, told before the go-between.)
    const first = Math.min(...f.triggers);
    const freed = units.findIndex((u, k) => k < first && u.kind === 'verb' && FREED.test(u.lemma));
    if (freed >= 0) {
      for (let k = freed + 1; k < first; k++)
        if (statesAt(k) && heldCaptive(units, k)) captives.push(k);
      const by = subjectOf(units, freed).unit;
      if (captives.length && statesAt(by)) captives.push(by);
    }
    const sides = new Set([...states, ...captives.flatMap((k) => actorIds(units[k]))]);
    if (sides.size < 2) continue;
    for (const k of captives) if (!named.some((x) => x.unit === k)) fill(f, 'party', k);
    f.partial = false;
  }
}

const actorIds = (u: Unit | undefined) => (u?.kind === 'actor' ? u.members.map((m) => m.id) : []);

/** "Russian prisoners", "150 Russian and 150 Ukrainian prisoners of war": whose captives. */
function heldCaptive(units: Unit[], k: number): boolean {
  for (let n = k + 1; n < Math.min(units.length, k + 5); n++) {
    const u = units[n]!;
    if (u.kind === 'word' && CAPTIVES.test(u.lemma)) return true;
    const between =
      u.kind === 'actor' || (u.kind === 'word' && (u.pos === 'NUM' || u.lower === 'and'));
    if (!between) return false;
  }
  return false;
}

const FREED = /^(?:release|free|hand|return|repatriate)$/;

const CAPTIVES =
  /^(?:prisoner|captive|detainee|hostage|soldier|serviceman|servicemen|pow|civilian)s?$/;

/**
 * "spoke with A on Monday and with B on Wednesday", "received A on Monday and B on Wednesday":
 * a second actor with a day of its own is a second event of the same verb, with the same agent.
 */
export function onAnotherDay(units: Unit[], frame: Frame): Frame | null {
  const last = Math.max(...frame.fills.map((f) => f.unit));
  const first = units[last];
  if (first?.kind !== 'actor' || units[last + 1]?.kind !== 'date') return null;
  const and = units[last + 2];
  if (and?.kind !== 'word' || and.lower !== 'and') return null;
  const prep = units[last + 3]?.kind === 'prep' ? last + 3 : -1;
  const other = prep >= 0 ? last + 4 : last + 3;
  const actor = units[other];
  const day = units[other + 1];
  if (actor?.kind !== 'actor' || day?.kind !== 'date' || actor.prep !== first.prep) return null;
  const copy: Frame = {
    ...frame,
    fills: frame.fills.map((f) => (f.unit === last ? { ...f, unit: other } : f)),
    meetings: frame.meetings.map((m) => ({
      ...m,
      units: m.units.map((k) => (k === last ? other : k)),
      star: m.star === last ? other : m.star,
    })),
    triggers: [...frame.triggers],
    date: { value: day.date.value, precision: day.date.precision },
  };
  return copy;
}
