/**
 * What became of a frame: happened, or only planned, offered, hoped for, denied, negated or
 * disputed. A regular expression around a keyword cannot tell which verb governs an event word;
 * this reads the frame's own verb group (negation, modal), the word an infinitive hangs from
 * ("due to meet", "offered to mediate", "flew to Dakar to meet"), the modifiers of its noun
 * ("planned talks", "no talks"), the clause that embeds it ("denied reports that ..."), and a
 * dispute appended to it (", a claim X rejected"). The strongest finding wins.
 */
import type { Unit, VerbUnit } from './units.ts';
import { insertionStart, isAdverb, isComma, subjectOf } from './clauses.ts';
import type { Frame } from './frame.ts';
import { MODALS, SPEECH, STATUS_WORDS, UNDERTAKING, type Status } from './lexicon/index.ts';
import { appendedDispute, statusLemma as lemmaOf } from './disputes.ts';
import { CONFIRM, frontedNegation, hearsay, relativeThat, reportThat } from './clause-shapes.ts';
import { gerundEffort } from './verb-subjects.ts';

const RANK: Record<Status, number> = {
  happened: 0,
  offered: 1,
  planned: 2,
  hoped: 3,
  disputed: 4,
  denied: 5,
  negated: 6,
  reported: 4,
};
const stronger = (a: Status, b: Status) => (RANK[b] > RANK[a] ? b : a);

const BE = /^(?:is|are|was|were|be|been|being|am|['’]s|['’]re)$/i;
const ATTEMPT = /^(?:try|attempt|seek|strive|endeavour|endeavor)$/;
/** Verbs of a trip, which an event is the purpose of ("will travel to X for talks"). */
const TRIP = /^(?:fly|travel|come|go|arrive|return|head)$/;
/** A trip, or coming together, told of those who then held the event. */
const motion = (lemma: string) => TRIP.test(lemma) || /^(?:meet|gather|convene|sit)$/.test(lemma);
const EMBEDDING_CLASSES = new Set<Status | 'factive'>(['denied', 'disputed', 'hoped', 'planned']);

export function frameStatus(frame: Frame, units: Unit[], published: string | null): Status {
  let status = frame.status;
  const mediation = frame.fills.some((f) => f.role === 'mediator' || f.role === 'host');
  for (const t of frame.triggers) {
    const u = units[t]!;
    if (u.kind === 'verb') status = stronger(status, verbStatus(u, units, t, mediation));
    if (u.kind === 'noun') {
      if (u.det === 'no') status = stronger(status, 'negated');
      status = stronger(status, objectGovernor(units, t, mediation));
      status = stronger(status, putOff(units, t));
      for (const m of u.mods) {
        const s = STATUS_WORDS.get(m);
        if (s === 'planned' || s === 'hoped') status = stronger(status, s);
      }
    }
  }
  const first = Math.min(...frame.triggers);
  status = stronger(status, embedding(units, first, mediation));
  status = stronger(status, appendedDispute(units, Math.max(...frame.triggers)));
  if (
    published &&
    frame.date &&
    frame.date.value.slice(0, 10) > published.slice(0, frame.date.value.length)
  )
    status = stronger(status, 'planned');
  return status;
}

function verbStatus(u: VerbUnit, units: Unit[], t: number, mediation: boolean): Status {
  if (u.negated || frontedNegation(units, t)) return 'negated';
  if (u.modal) {
    const modal = MODALS.get(u.modal) ?? 'planned';
    return mediation && /^(?:would|could|can|might)$/.test(u.modal) ? 'offered' : modal;
  }
  if (u.form === 'infinitive') return governorOfInfinitive(units, t, mediation);
  // "to let X mediate": the bare verb after "let X" is as planned as "let".
  const let_ = units[t - 2];
  if (units[t - 1]?.kind === 'actor' && let_?.kind === 'verb' && let_.lemma === 'let')
    return let_.form === 'infinitive' ? governorOfInfinitive(units, t - 2, false) : 'happened';
  if (u.form === 'gerund') {
    // "proposed organizing a summit", "offered hosting": the verb whose object it is governs.
    const before = units[t - 1];
    const of =
      before?.kind === 'verb' && !before.negated ? STATUS_WORDS.get(before.lemma) : undefined;
    // ("suggested hosting the two foes": the one who suggests it offers to host.)
    if (mediation && suggests(units, t - 1)) return 'offered';
    if (of && of !== 'factive') return of === 'offered' && !mediation ? 'planned' : of;
    // "praised Qatar's efforts in mediating": the work it did, not a plan.
    if (gerundEffort(units, t) >= 0) return 'happened';
    // "hope of hosting", "plans for brokering": the noun before the preposition governs.
    const gov = lemmaOf(units[t - 2]);
    // "played a key role in brokering": a role played is a role filled.
    if (gov === 'role' && playedBefore(units, t - 2)) return 'happened';
    const s = gov ? STATUS_WORDS.get(gov) : undefined;
    if (s && s !== 'factive') return s === 'offered' && !mediation ? 'planned' : s;
    // "offered US support in facilitating talks": the verb whose object that noun is.
    if (!s && units[t - 1]?.kind === 'prep' && units[t - 2]?.kind === 'word')
      return objectGovernor(units, t - 2, mediation);
  }
  return 'happened';
}

function playedBefore(units: Unit[], role: number): boolean {
  for (let k = role - 1; k >= Math.max(0, role - 4); k--) {
    const u = units[k]!;
    if (u.kind === 'verb')
      return u.lemma === 'play' && !u.modal && !u.negated && u.form === 'finite';
  }
  return false;
}

/**
 * An event noun as the object of a verb of offer, hope or denial ("offered his good offices",
 * "hopes for talks"); verbs of plan are left out, as "agreed a truce" is a truce agreed.
 */
function objectGovernor(units: Unit[], t: number, mediation: boolean): Status {
  let k = t - 1;
  while (k > t - 3 && (units[k]?.kind === 'pronoun' || units[k]?.kind === 'word')) k--;
  // "decided to stay after meeting with X": a time, not the object of what was decided.
  const time = units[k];
  if (time?.kind === 'prep' && /^(?:after|following|since)$/.test(time.lemma)) return 'happened';
  if (units[k]?.kind === 'prep') k--;
  // "offered Vienna as a venue for talks", "was available as the venue for talks": the talks
  // are as real as the venue.
  if (units[k]?.kind === 'role') k = beforeAs(units, k);
  // "pulled out of the talks": a particle between the verb and its preposition.
  if (isParticle(units[k]) && units[k - 1]?.kind === 'verb') k--;
  // "offered US assistance": the side the thing offered is from.
  if (units[k]?.kind === 'actor' && units[k - 1]?.kind === 'verb') k--;
  const verb = units[k];
  if (verb?.kind === 'word' && STATUS_WORDS.get(verb.lower) === 'offered')
    return mediation ? 'offered' : 'planned';
  // ("reaffirmed Cuba's desire for dialogue with X": a noun of hope before it.)
  if (verb?.kind === 'word' && verb.pos === 'NOUN' && STATUS_WORDS.get(verb.lemma) === 'hoped')
    return 'hoped';
  if (verb?.kind !== 'verb' || verb.negated) return 'happened';
  // "will pay an official visit", "is to pay a visit": the verb's own mood and purpose.
  if (verb.modal) return verbStatus(verb, units, k, mediation);
  if (verb.form === 'infinitive') return governorOfInfinitive(units, k, mediation);
  const lemma = phrasal(units, k);
  const s = STATUS_WORDS.get(lemma);
  // "offered help in starting talks": a beginning is as real as what governs it.
  if (s === 'factive' && verb.form === 'gerund') return verbStatus(verb, units, k, mediation);
  if (s === 'offered') return mediation ? 'offered' : 'planned';
  // "called off the talks", "postponed the summit": not held, or not yet.
  if (PUT_OFF.test(lemma)) return 'planned';
  // "boycotted the talks with X", "skipped the summit": never attended.
  return s === 'hoped' || s === 'denied' || s === 'negated' ? s : 'happened';
}

/** Before "as (a) ROLE": the verb, or the verb its object follows; else `role`. */
function beforeAs(units: Unit[], role: number): number {
  let k = role - 1;
  if ((units[k] as { pos?: string }).pos === 'DET') k--;
  const as = units[k];
  if (as?.kind !== 'prep' || as.lemma !== 'as') return role;
  const ready = units[k - 1];
  // ("was available as a venue": an offer told by its adjective.)
  if (ready?.kind === 'word' && STATUS_WORDS.get(ready.lower) === 'offered') return k - 1;
  return units[k - 1]?.kind === 'actor' && units[k - 2]?.kind === 'verb' ? k - 2 : role;
}

/** "suggested hosting": a verb of suggesting right before a gerund, the suggester's offer. */
const suggests = (units: Unit[], k: number) => {
  const [u, next] = [units[k], units[k + 1]];
  return (
    u?.kind === 'verb' &&
    !u.negated &&
    /^(?:suggest|recommend)$/.test(u.lemma) &&
    next?.kind === 'verb' &&
    next.form === 'gerund'
  );
};

/** "was prepared to mediate": readiness, where "prepared a summit" is a plan. */
const adjectival = (u: VerbUnit) =>
  u.words.some((w) => BE.test(w)) ? STATUS_WORDS.get(u.words.at(-1)!.toLowerCase()) : undefined;

const isParticle = (u: Unit | undefined) =>
  (u?.kind === 'prep' && /^(?:off|out|away)$/.test(u.lemma)) ||
  // ("looks forward to a meeting": hoped for.)
  (u?.kind === 'word' && u.lower === 'forward');

/** A verb with the particle after it, as the lexicon lists it ("call off", "pull out"). */
function phrasal(units: Unit[], k: number, also?: string): string {
  const verb = units[k] as VerbUnit;
  const next = units[k + 1];
  const particle = isParticle(next) || (next?.kind === 'prep' && next.lemma === also);
  return particle ? `${verb.lemma} ${(next as { lemma: string }).lemma}` : verb.lemma;
}

const SUMMONED = /^(?:call in|bring in|draft in|appoint|name|tap)$/;

/** "Talks were scheduled for May": arranged for later by the verb it is the subject of. */
const ARRANGED = /^(?:plan|schedule|slate|set|expect|propose|intend|envisage|pencil)$/;

/** "A meeting between X and Y was postponed": put off by the verb it is the subject of. */
const PUT_OFF = /^(?:postpone|delay|cancel|call off|put off|scrap|shelve)$/;

function putOff(units: Unit[], n: number): Status {
  for (let k = n + 1; k < Math.min(units.length, n + 8); k++) {
    const u = units[k]!;
    if (u.kind === 'sub' || (u.kind === 'punct' && u.text !== ',')) break;
    if (u.kind !== 'verb') continue;
    // ("a summit by A and B initially set for 3 April but postponed": a reduced relative
    // whose subject the chunker took from the noun's own phrase is the noun's all the same.)
    const phraseOnly = units
      .slice(n + 1, k)
      .every((x) => x.kind === 'prep' || x.kind === 'actor' || isComma(x) || isAdverb(x));
    const own = subjectOf(units, k).unit === n || phraseOnly;
    if (!own) return 'happened';
    // "A meeting between X and Y was planned for January", "had been scheduled": a plan, not
    // yet a meeting.
    const forDay =
      units[k + 1]?.kind === 'prep' && (units[k + 1] as { lemma: string }).lemma === 'for';
    const planned = (u.passive || forDay) && !u.negated && ARRANGED.test(u.lemma);
    if (PUT_OFF.test(phrasal(units, k))) return 'planned';
    // ("Talks between A and B, set for January, were held in Quito": what the plan became.)
    if (planned) return laterOutcome(units, k, k + 8);
    return 'happened';
  }
  return 'happened';
}

/** After a plan for the noun, a verb of its own that says whether it then took place. */
function laterOutcome(units: Unit[], from: number, to: number): Status {
  for (let k = from + 1; k < Math.min(units.length, to); k++) {
    const u = units[k]!;
    if (u.kind === 'sub' || (u.kind === 'punct' && u.text !== ',')) break;
    if (u.kind !== 'verb') continue;
    if (PUT_OFF.test(phrasal(units, k))) return 'planned';
    const never = (units[k - 1] as { lower?: string } | undefined)?.lower === 'never';
    if (HELD.test(u.lemma)) return u.modal || u.negated || never ? 'planned' : 'happened';
  }
  return 'planned';
}

const HELD = /^(?:hold|take|open|begin|start|end|conclude|close|convene)$/;

/** "was in Addis Ababa on Monday to talk with Y": there, for the purpose that follows. */
const presentAt = (units: Unit[], k: number) =>
  units[k]!.kind === 'verb' &&
  (units[k] as VerbUnit).lemma === 'be' &&
  !(units[k] as VerbUnit).modal &&
  units[k + 1]?.kind === 'prep' &&
  /^(?:in|at)$/.test((units[k + 1] as { lemma: string }).lemma) &&
  units[k + 2]?.kind === 'place';

/**
 * The trigger of a mediation offered in an infinitive ("offered to host a round in June"), or
 * -1: what follows it is the plan's, so its date is not the offer's.
 */
export function offeredInfinitive(frame: Frame, units: Unit[]): number {
  const mediation = frame.fills.some((f) => f.role === 'mediator' || f.role === 'host');
  return (
    frame.triggers.find((t) => {
      const u = units[t];
      return (
        u?.kind === 'verb' &&
        u.form === 'infinitive' &&
        !u.negated &&
        governorOfInfinitive(units, t, mediation) === 'offered'
      );
    }) ?? -1
  );
}

/** "due to meet", "offered to mediate", "agreed to resume", but "flew to Dakar to meet". */
function governorOfInfinitive(units: Unit[], t: number, mediation: boolean): Status {
  // "proposed X to chair the talks", "a proposal to let X mediate": the infinitive has a
  // subject of its own, whom someone else put forward; a plan for X, no offer by X.
  let ownSubject = false;
  for (let k = t - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'punct' && /^[;:.¶]$/.test(u.text)) break;
    // (Not one a preposition governs: "to end the war between A and B and to mediate".)
    if (u.kind === 'actor' && !u.possessive && !u.modifier && !u.prep && !authorAt(units, k))
      ownSubject = true;
    if (ownSubject) mediation = false;
    const lemma = lemmaOf(u);
    if (!lemma) continue;
    // "has been called in to mediate", "brought in to mediate": summoned for the task.
    const summoned = u.kind === 'verb' && SUMMONED.test(phrasal(units, k, 'in'));
    const s = summoned
      ? 'factive'
      : ((u.kind === 'verb' ? adjectival(u) : null) ?? STATUS_WORDS.get(lemma));
    if (u.kind === 'verb') {
      if (u.negated) return 'negated';
      if (u.modal) return verbStatus(u, units, k, mediation);
      // "is due to travel to X to meet Y": the trip's own status is the meeting's.
      // "would be glad to try to mediate": an attempt is what its own governor makes of it.
      const tries = mediation && ATTEMPT.test(u.lemma);
      if ((s === 'factive' || tries || motion(u.lemma)) && u.form === 'infinitive')
        return governorOfInfinitive(units, k, mediation);
      if (s === 'factive' || motion(u.lemma) || presentAt(units, k)) return 'happened';
      // "has been trying for years to bridge differences between A and B": a mediation
      // attempted is a mediation done, whatever came of it (a meeting tried for may not be).
      if (mediation && ATTEMPT.test(u.lemma) && u.form === 'finite') return 'happened';
      if (s) return s === 'offered' && !mediation ? 'planned' : s;
      // A purpose clause after a past verb that happened: the plan, not a report.
      if (u.form === 'finite') return 'planned';
      continue;
    }
    // "has been leading efforts to mediate": an effort under way is the act itself.
    if (s === 'planned' && u.kind === 'word' && undertaken(units, k)) return 'happened';
    if (s && s !== 'factive') return s === 'offered' && !mediation ? 'planned' : s;
  }
  return 'planned';
}

/** "an offer by the Rome-based X to host", "an offer from X": the actor at `k` wrote it. */
function authorAt(units: Unit[], k: number): boolean {
  let j = k - 1;
  const inName = (u: Unit | undefined) =>
    u?.kind === 'word' || (u?.kind === 'punct' && u.text === '-');
  while (j > k - 6 && inName(units[j])) j--;
  const by = units[j];
  return by?.kind === 'prep' && /^(?:by|from)$/.test(by.lemma);
}

/** Whether the word at `k` is the object of a verb of undertaking ("leading efforts"). */
function undertaken(units: Unit[], k: number): boolean {
  const verb = units[k - 1];
  return (
    verb?.kind === 'verb' &&
    UNDERTAKING.has(verb.lemma) &&
    !verb.modal &&
    !verb.negated &&
    verb.form !== 'infinitive'
  );
}

/**
 * A clause embedded under a word of denial, dispute, hope or plan: "denied reports that X had
 * hosted ...", "hopes the talks will ...". The nearest verb to the left governs: past it, a
 * speech verb ("said", "pointing out that") leaves the report as it is.
 */
function embedding(units: Unit[], first: number, mediation: boolean): Status {
  let status: Status = 'happened';
  // "discussed the border over lunch": the event is the occasion of the verb, not its object;
  // only the verb's own tense or mood can make it less than happened. ("agreed to a truce
  // after talks in X": the talks came first, whatever was agreed.)
  const before = units[first - 1];
  const occasion =
    units[first]?.kind === 'noun' &&
    before?.kind === 'prep' &&
    /^(?:over|during|in|after|following)$/.test(before.lemma);
  // "urged A and B to de-escalate, speaking with X and Y": a participle after the comma is what
  // the subject did meanwhile, not what the verb urged.
  // (wink may tag "meeting" there a noun: one with no determiner.)
  const head = units[first];
  const meanwhile =
    before?.kind === 'punct' &&
    before.text === ',' &&
    ((head?.kind === 'verb' && head.form === 'gerund') ||
      (head?.kind === 'noun' && !head.det && !head.mods.length && /ing$/.test(head.lemma)));
  let crossed = false;
  // "reports ... that the army chief, X, had secretly met Y": the event's own verb is the
  // report's word.
  const own = units[first]?.kind === 'verb' ? reportThat(units, first) : -1;
  const confirmed = (reported: number) => {
    const governor = units.slice(0, reported).findLast((x) => x.kind === 'verb');
    return governor?.kind === 'verb' && CONFIRM.test(governor.lemma) && !governor.negated;
  };
  if (own >= 0 && !confirmed(own)) status = 'disputed';
  for (let k = (own >= 0 ? own : first) - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'punct' && /^[;:¶]$/.test(u.text)) break;
    // "X, who had invited both delegations, chaired ...": an insertion governs nothing outside it.
    if (u.kind === 'punct' && u.text === ',') {
      const open = insertionStart(units, k);
      if (open >= 0) k = open;
      crossed = true;
      continue;
    }
    // "wrapped up talks on Wednesday, agreeing on a timetable, in talks facilitated by X": a
    // participle clause set off by commas governs nothing past its own.
    if (crossed && u.kind === 'verb' && u.form === 'gerund' && isComma(units[k - 1])) return status;
    // A relative clause ("X, who met Y,") is not what the main verb governs; nor is "talks in
    // Doha that were mediated by Qatar" after "agreed to reopen the border".
    if (u.kind === 'sub' && /^(?:who|whom|whose|which)$/.test(u.lemma)) return status;
    if (u.kind === 'sub' && u.lemma === 'that' && relativeThat(units, k)) return status;
    if (u.kind === 'sub' && /^(?:if|unless|whether|until)$/.test(u.lemma))
      status = stronger(status, 'planned');
    if (u.kind === 'verb') {
      // "Invited by X, A and B met": a participle clause governs nothing beside it; nor does
      // a gerund after a noun ("signed a deal on Tuesday setting terms for next year's vote,
      // at talks in X": the deal's, not the talks').
      if (u.form === 'participle') return status;
      const owner = units[k - 1];
      if (u.form === 'gerund' && (owner?.kind === 'noun' || owner?.kind === 'date')) return status;
      // ("agreed in a China-brokered deal": the deal was made; "plans to sign in a ceremony"
      // leaves the ceremony to the plan.)
      if ((occasion || meanwhile) && u.form === 'finite')
        return u.modal ? stronger(status, MODALS.get(u.modal) ?? 'planned') : status;
      // "failed to agree during a meeting they had": the meeting was held, whatever failed.
      if (
        occasion &&
        u.form === 'infinitive' &&
        governorOfInfinitive(units, k, false) === 'negated'
      )
        return status;
      // "went straight into talks", "came for talks" ("is going to" is a plan).
      if (motion(u.lemma) && u.form === 'finite' && !u.modal && !u.words.includes('going'))
        return status;
      // ("will travel to X for talks", "plans to fly to X for talks": the trip's plan is theirs.)
      if (TRIP.test(u.lemma) && u.form === 'finite' && u.modal)
        return stronger(status, MODALS.get(u.modal) ?? 'planned');
      if (TRIP.test(u.lemma) && u.form === 'infinitive')
        return stronger(status, governorOfInfinitive(units, k, mediation));
      // "The report said the two men had held talks": a media report's word, not a record.
      if (SPEECH.has(u.lemma) && hearsay(units[subjectOf(units, k).unit]))
        return stronger(status, 'disputed');
      // ("suggested hosting the two foes": the one who suggests it offers to host.)
      if (mediation && suggests(units, k)) return stronger(status, 'offered');
      // "called for talks", "pushed for a summit": the verb and its preposition are one word.
      const prep = units[k + 1];
      const s =
        (prep?.kind === 'prep' ? STATUS_WORDS.get(`${u.lemma} ${prep.lemma}`) : undefined) ??
        adjectival(u) ??
        STATUS_WORDS.get(u.lemma);
      // "dismissed a report that X had stopped in Y for a meeting": the clause's own verb is
      // the report's word, and what governs the report governs the meeting.
      const reported = !s && !u.negated ? reportThat(units, k) : -1;
      if (reported >= 0) {
        // ("Officials confirmed a report that ...": confirmed, it stands.)
        if (confirmed(reported)) return status;
        status = stronger(status, 'disputed');
        k = reported;
        continue;
      }
      if (u.negated || !s || !EMBEDDING_CLASSES.has(s)) return status;
      if (mediation && ATTEMPT.test(u.lemma) && u.form === 'finite' && !u.modal) return status;
      // ("would be glad to try to mediate": the attempt's own governor decides.)
      if (mediation && ATTEMPT.test(u.lemma) && u.form === 'infinitive') continue;
      return stronger(status, s as Status);
    }
    // "reports that", "claims that", "rumours of": a noun that doubts what follows.
    if (u.kind === 'word' && u.pos === 'NOUN') {
      const s = STATUS_WORDS.get(u.lemma);
      // "rejected an offer to mediate": the offer was made; what met it is another matter.
      if (s === 'offered') return status;
      const next = units[k + 1];
      // ("held talks over the question of land": a topic, no doubt cast.)
      const about = [units[k - 1], units[k - 2]].find((x) => x?.kind === 'prep');
      const topic = about?.kind === 'prep' && /^(?:over|on|about|regarding)$/.test(about.lemma);
      if (
        !topic &&
        (s === 'disputed' || s === 'denied') &&
        next &&
        ((next.kind === 'sub' && next.lemma === 'that') ||
          (next.kind === 'prep' && next.lemma === 'of'))
      )
        status = stronger(status, s);
    }
  }
  return status;
}
