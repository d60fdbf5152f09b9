/**
 * Whether a verb read as a trigger states an event at all. Many lexicon verbs are everyday
 * words ("hold", "call", "join", "welcome", "thank") that name a diplomatic event only with the
 * right company: talks to hold, a person or a phone to call, people to join, someone credited
 * with mediating. These tests keep such verbs from making events out of ordinary sentences.
 */
import { isComma } from './clauses.ts';
import type { Frame } from './frame.ts';
import { gazetteer } from './gazetteer.ts';
import { CONDUCT, REPRESENTATIVES, TEAMS, VERBS, type VerbEntry } from './lexicon/index.ts';
import type { ActorUnit, Unit } from './units.ts';
import type { VerbContext } from './verb-frames.ts';

/** A noun group of states or organisations only, with no person among them. */
export function statesOnly(u: Unit | undefined): boolean {
  return Boolean(u && u.kind === 'actor' && u.members.every((m) => m.type !== 'Person'));
}

/** A noun group of named people only ("President X", "A and B"), as a visit or a team head needs. */
export function peopleOnly(u: Unit | undefined): u is ActorUnit {
  return u?.kind === 'actor' && u.members.length > 0 && u.members.every((m) => m.type === 'Person');
}

/** Several actors in one noun group ("A and B", "the two sides"): they can meet each other. */
export function isGroup(u: Unit | undefined): boolean {
  return Boolean(
    u &&
    ((u.kind === 'actor' && u.members.length > 1) ||
      u.kind === 'anaphor' ||
      (u.kind === 'pronoun' && /^(?:they|them)$/.test(u.lemma))),
  );
}

/** What a verb needs before it states an event ("hold" needs "talks", "speak" a phone). */
export function satisfied(
  c: VerbContext,
  frame: Frame,
  e: VerbEntry,
  present: number[],
  agent: number,
): boolean {
  const actors = frame.fills.filter((f) => f.unit !== agent);
  switch (e.needs) {
    case 'event': {
      // "a process which has had accompanying countries, including A and B": a process is
      // no room its members sat in.
      const noun = frame.noun === null ? undefined : c.units[frame.noun];
      if (e.agent === 'attendee' && noun?.kind === 'noun' && noun.entry.lasting) return false;
      // "talks between A and B in Helsinki, chaired by X": a participle may stand far from
      // the event noun it qualifies, as long as the sentence has one.
      return (
        frame.noun !== null ||
        withGerund(c.units, agent) ||
        (detachedParticiple(c.units, frame) && c.units.some((u) => u.kind === 'noun'))
      );
    }
    case 'person': {
      // "calling them fabrications", "called it a betrayal": naming, not phoning.
      if (e.contact === 'call' && namesSomething(c.units, frame, agent)) return false;
      // "has been called in to mediate": summoned, not phoned; "who calls himself the
      // 'foreign minister'": named.
      const particle = c.units[frame.triggers[0]! + 1];
      if (
        e.contact === 'call' &&
        particle?.kind === 'word' &&
        /^(?:himself|herself|itself|themselves)$/.test(particle.lower)
      )
        return false;
      if (e.contact === 'call' && particle?.kind === 'prep' && particle.lemma === 'in')
        return false;
      // "the village, also called the Joint Security Area": a participle that names.
      const t = frame.triggers[0]!;
      const [also, comma] = [c.units[t - 1], c.units[t - 2]];
      if (
        e.contact === 'call' &&
        also?.kind === 'word' &&
        also.lower === 'also' &&
        isComma(comma) &&
        !(particle?.kind === 'prep' && particle.lemma === 'by')
      )
        return false;
      return actors.some((f) => {
        const u = c.units[f.unit]!;
        return (
          u.kind === 'pronoun' || (u.kind === 'actor' && u.members.some((m) => m.type === 'Person'))
        );
      });
    }
    case 'actor':
      // "welcomed the outcome", "welcomed Egypt's willingness": a thing is no guest.
      return actors.some((f) => {
        const u = c.units[f.unit];
        return actorLike(u) && !(u?.kind === 'actor' && u.possessive);
      });
    case 'phone':
      return c.hasPhone && (actors.length > 0 || isGroup(c.units[agent]));
    case 'voice':
      // "spoke today with Foreign Minister X": with a named person or state and no place or
      // gathering to meet at, a call; "spoke to the BBC" is an interview.
      // In a place or at a gathering, the two spoke face to face (verb-frames.ts says so).
      if (c.hasPhone) return actors.length > 0 || isGroup(c.units[agent]);
      // "A and B exchanged views in Moscow": two who talked where they both were.
      if (!c.unplaced && isGroup(c.units[agent]) && statesOrPeople(c.units[agent])) return true;
      return actors.some((f) => {
        const u = c.units[f.unit];
        return (
          u?.kind === 'actor' &&
          !u.possessive &&
          u.members.every((m) => m.type === 'Person' || m.type === 'State')
        );
      });
    case 'company':
      // "joined the talks", "joined them for lunch", but not "joined the alliance".
      // "joined by video link": joined the event the text is telling, from afar.
      // ("joined them in condemning the coup": a stance shared, not a room.)
      if (actors.some((f) => sharedStance(c.units, f.unit))) return false;
      return (
        frame.noun !== null ||
        (c.hasPhone && actors.length === 0) ||
        actors.some((f) => {
          const u = c.units[f.unit]!;
          return (
            u.kind === 'pronoun' ||
            u.kind === 'anaphor' ||
            (u.kind === 'actor' && u.members.every((m) => m.type === 'Person')) ||
            envoysOf(c, u)
          );
        })
      );
    case 'presence':
      // "briefed X by phone" as a call does; "briefed X at the presidential palace" in person.
      if (c.hasPhone) return actors.length > 0 || isGroup(c.units[agent]);
      return (
        !c.unplaced &&
        actors.some(
          (f) => peopleOnly(c.units[f.unit]) && !(c.units[f.unit] as ActorUnit).possessive,
        )
      );
    case 'companion': {
      // "Spain and Sweden accompany the process": a process is no room to be in; nor are
      // talks someone "has been accompanying" for months (an observer's role, no meeting).
      const object = c.units[frame.triggers[0]! + 1];
      if (object?.kind === 'noun' && object.entry.needs === 'context') return false;
      const verb = c.units[frame.triggers[0]!];
      const lasting =
        verb?.kind === 'verb' && (verb.perfect || /ing$/.test(verb.words.at(-1) ?? ''));
      if (object?.kind === 'noun' && object.entry.kind === 'talks' && lasting) return false;
      return present.length > 0 || isGroup(c.units[agent]);
    }
    case 'message': {
      const object = c.units[frame.triggers[0]! + 1];
      return object?.kind === 'word' && MESSAGES.test(object.lemma);
    }
    case 'purpose': {
      const verb = c.units[frame.triggers[0]!];
      return (
        verb?.kind === 'verb' &&
        verb.form === 'infinitive' &&
        actors.some((f) => {
          const u = c.units[f.unit];
          return peopleOnly(u) && !u.possessive;
        })
      );
    }
    case 'visitee':
      return actors.some((f) => {
        const next = c.units[f.unit + 1];
        return (
          peopleOnly(c.units[f.unit]) && !(next?.kind === 'verb' && next.form === 'infinitive')
        );
      });
    case 'helped': {
      const verb = c.units[frame.triggers[0]!];
      const before = c.units[frame.triggers[0]! - 1];
      return (
        (verb?.kind === 'verb' && verb.words.some((w) => /^help/i.test(w))) ||
        (before?.kind === 'verb' && before.lemma === 'help')
      );
    }
    case 'credit':
      return creditFollows(c.units, frame, agent);
    default:
      return e.min === undefined || actors.length > 0 || frame.noun !== null;
  }
}

/** Whether the object of "call" is followed by what it is called ("called them 'fabrications'"). */
function namesSomething(units: Unit[], frame: Frame, agent: number): boolean {
  const object = frame.fills.find((f) => f.unit !== agent);
  if (!object) return false;
  const u = units[object.unit]!;
  if (u.kind === 'pronoun' && /^(?:them|it)$/.test(u.lemma)) return true;
  const next = units[object.unit + 1];
  return Boolean(
    next &&
    ((next.kind === 'word' && /^(?:NOUN|ADJ|DET|PROPN)$/.test(next.pos)) ||
      (next.kind === 'punct' && /^["“‘']$/.test(next.text)) ||
      next.kind === 'noun'),
  );
}

/** "thanked X for hosting", "credited X with brokering", "praised X, which facilitated ...". */
function creditFollows(units: Unit[], frame: Frame, agent: number): boolean {
  const object = frame.fills.find((f) => f.unit !== agent);
  if (!object) return false;
  for (let k = object.unit + 1; k < Math.min(units.length, object.unit + 6); k++) {
    const u = units[k]!;
    // "thanked A and B for their cooperation with the mediation": the sides' own conduct.
    if (u.kind === 'word' && CONDUCT.has(u.lemma)) return false;
    if (u.kind === 'verb' || u.kind === 'noun' || u.kind === 'word') {
      const entry = VERBS.get(u.lemma);
      if (entry && (entry.agent === 'mediator' || entry.agent === 'host')) return true;
      // "thanked X for its mediation in Libya": a conflict of others, not the thanker's talks.
      if (u.kind === 'noun' && u.entry.agent === 'mediator') return !aboutOthers(units, k);
    }
  }
  return false;
}

/** "mediation in Libya", "mediation efforts regarding Karabakh": a role in others' conflict. */
export function aboutOthers(units: Unit[], noun: number): boolean {
  const after = units[noun + 1];
  const what = units[noun + 2];
  // wink tags "regarding" a verb now and then.
  const prep =
    after?.kind === 'prep' ? after.lemma : after?.kind === 'verb' ? after.words.join(' ') : '';
  if (/^(?:in|on|over|regarding|concerning|between|among)$/.test(prep) && what?.kind === 'actor')
    return true;
  // "in Doha" says where; "regarding Karabakh" what about.
  return /^(?:on|over|regarding|concerning)$/.test(prep) && what?.kind === 'place';
}

/** A unit that can name an actor: a name, a pronoun, "the two sides", "the government". */
export function actorLike(u: Unit | undefined): boolean {
  if (!u) return false;
  if (u.kind === 'actor' || u.kind === 'pronoun' || u.kind === 'anaphor') return true;
  return (
    u.kind === 'word' &&
    u.pos === 'NOUN' &&
    (/^(?:country|nation|government|state)$/.test(u.lemma) || gazetteer().orgHeads.has(u.lower))
  );
}

/** "..., with A and B attending": the event is the one the rest of the sentence tells. */
function withGerund(units: Unit[], agent: number): boolean {
  const u = units[agent];
  const verb = units[agent + 1];
  return (
    u?.kind === 'actor' &&
    u.prep === 'with' &&
    verb?.kind === 'verb' &&
    verb.form === 'gerund' &&
    units.some((x) => x.kind === 'noun' || (x.kind === 'verb' && VERBS.get(x.lemma)?.contact))
  );
}

/** ", chaired by X": a participle set off by a comma, not one that names its noun's kind
 * ("a delegation led by X"). */
function detachedParticiple(units: Unit[], frame: Frame): boolean {
  const at = frame.triggers[0] ?? -1;
  const v = units[at];
  const before = units[at - 1];
  // "Chad's military junta, led by General X, signed ...": a participle right after a body
  // tells who heads the body, not who led some event.
  const body = /^(?:lead|head)$/.test((v as { lemma?: string })?.lemma ?? '')
    ? units[at - 2]
    : undefined;
  // "The accord was signed by A and B, and witnessed by C": a participle sharing the subject
  // of a passive before it.
  const shared =
    before?.kind === 'word' &&
    before.lower === 'and' &&
    units.slice(0, at - 1).some((u) => u.kind === 'verb' && u.passive);
  return (
    v?.kind === 'verb' &&
    v.form === 'participle' &&
    ((before?.kind === 'punct' && before.text === ',') || shared) &&
    !(body?.kind === 'actor' && !body.members.some((m) => m.type === 'Person')) &&
    !(body?.kind === 'word' && BODY_NOUNS.test(body.lemma))
  );
}

/** What a go-between carries from one side to the other ("carried messages between A and B"). */
const MESSAGES = /^(?:message|proposal|letter|offer|note|response|reply|communication)s?$/;

/** Nouns for a body someone heads ("the junta, led by X"). */
const BODY_NOUNS =
  /^(?:junta|regime|government|administration|council|authority|authorities|military|army|movement|party|group|coalition|front|militia)$/;

/** "joined X in condemning ...": what X did, the subject did too. */
function sharedStance(units: Unit[], object: number): boolean {
  const prep = units[object + 1];
  const verb = units[object + 2];
  return (
    prep?.kind === 'prep' && prep.lemma === 'in' && verb?.kind === 'verb' && verb.form === 'gerund'
  );
}

/**
 * "joined Kenyan officials", "joined the Ghanaian delegation": a state's people at talks, whom
 * one can join in a room ("joined Kenyan troops" is a fight, "joined Kenya" a side taken).
 */
function envoysOf(c: VerbContext, u: Unit): boolean {
  if (u.kind !== 'actor' || u.modifier || !u.members.every((m) => m.type === 'State')) return false;
  const head = c.words[u.to - 1]?.lemma ?? '';
  return /^(?:official|delegation|delegate|negotiator|diplomat|envoy|counterpart|minister|representative)$/.test(
    head,
  );
}

/** A group of named people or states ("A and B"), not "the two sides" of something unnamed. */
function statesOrPeople(u: Unit | undefined): boolean {
  return u?.kind === 'actor' && u.members.every((m) => m.type === 'Person' || m.type === 'State');
}

/** A common noun hosted that is no event, no people and no body ("a match", "an exhibition"). */
export function hostsThing(u: Unit | null): boolean {
  return (
    u?.kind === 'word' &&
    u.pos === 'NOUN' &&
    !actorLike(u) &&
    !gazetteer().orgHeads.has(u.lemma) &&
    !REPRESENTATIVES.has(u.lemma) &&
    !TEAMS.has(u.lemma) &&
    !/^(?:leader|minister|president|official|envoy|counterpart|delegate|guest|visitor)s?$/.test(
      u.lemma,
    )
  );
}

/** "hosts more than a million Rohingya": a people counted in thousands live there; no guests. */
export function hostsPopulation(units: Unit[], theme: number): boolean {
  const count = units[theme - 1]?.kind === 'prep' ? units[theme - 2] : units[theme - 1];
  return count?.kind === 'word' && /^(?:hundred|thousand|million)s?$/.test(count.lower);
}

/** "received A and B, for a joint meeting": the talks noun the guests at `theme` came for. */
export function talksFor(units: Unit[], theme: number): number {
  let k = theme + 1;
  if (isComma(units[k])) k++;
  if (units[k]?.kind !== 'prep' || (units[k] as { lemma: string }).lemma !== 'for') return -1;
  for (let m = k + 1; m <= k + 3; m++) {
    const u = units[m];
    if (u?.kind === 'noun') return u.entry.kind === 'talks' ? m : -1;
  }
  return -1;
}
