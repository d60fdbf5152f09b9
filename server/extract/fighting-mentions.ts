/**
 * Fighting as one sentence tells it, before the article settles it (fighting.ts): whether a
 * war or clash noun that names no side still tells an occurrence ("a war", "fresh clashes";
 * not "prisoners of war"), whether it is under way at publication ("amid X's invasion of Y",
 * "efforts to stop the fighting", "fighting has intensified"), whether its clause names a
 * decade only, a deal that ended it, actors besides its sides, or a region taken by force.
 */
import { clauseIds } from './clauses.ts';
import { gazetteer } from './gazetteer.ts';
import { sidesOf, type EventDraft } from './event-draft.ts';
import type { Frame } from './frame.ts';
import { ENDING, NOT_ARMED, STARTING, TAKING, UNDER_WAY, type Kind } from './lexicon/index.ts';
import type { Unit, VerbUnit } from './units.ts';

export const isFighting = (kind: Kind) => kind === 'war' || kind === 'clash';

/**
 * A war or clash noun that names no side, kept for the article to fill ("a war", "fresh
 * clashes", "the fighting"); not a bare noun after "of" ("prisoners of war", "on the brink of
 * war"), which names no occurrence.
 */
export function openFighting(f: Frame, units: Unit[]): boolean {
  if (!isFighting(f.kind) || f.noun === null || f.fills.length) return false;
  const u = units[f.noun];
  if (u?.kind !== 'noun') return false;
  const before = units[f.noun - 1];
  return (
    Boolean(u.det || u.mods.length || u.date) || !(before?.kind === 'prep' && before.lemma === 'of')
  );
}

/**
 * Said to go on as the report is written: "amid X's invasion of Y", "the ongoing war", fighting
 * someone is yet to end ("efforts to stop the fighting", "halting the fighting"), unlike
 * fighting that ended ("the deal that ended the war"), and fighting that "has intensified" or
 * "continues": the subject of a verb in the present.
 */
function underWay(f: Frame, units: Unit[]): boolean {
  const t = f.noun ?? f.triggers[0]!;
  if (presentSubject(units, t)) return true;
  const u = units[t];
  if (u?.kind !== 'noun') return false;
  const before = units[t - 1];
  if (before?.kind === 'verb')
    return ENDING.has(before.lemma) && /^(?:gerund|infinitive)$/.test(before.form);
  const word = before?.kind === 'prep' || before?.kind === 'word' ? before.lemma : '';
  return UNDER_WAY.has(word) || u.mods.some((m) => UNDER_WAY.has(m));
}

/** The finite verb whose subject unit `t` is ("fighting has intensified", "the war erupted"). */
function verbOf(units: Unit[], t: number): VerbUnit | null {
  // "fighting that has killed hundreds": the relative clause's subject is the fighting.
  const next = units[t + 1];
  const relative = next?.kind === 'sub' && /^(?:that|which)$/.test(next.lemma);
  for (let k = t + 1 + Number(relative); k < units.length; k++) {
    const u = units[k]!;
    // Another subject ("Since the war, the two have met") or clause comes first.
    if (u.kind === 'sub' || u.kind === 'noun' || u.kind === 'pronoun' || u.kind === 'anaphor')
      return null;
    // "between the army and the Arakan Army": an actor joined on is still in the phrase.
    const prev = units[k - 1];
    const joined = prev?.kind === 'word' && /^(?:and|or)$/.test(prev.lower);
    if (u.kind === 'actor' && !u.prep && !joined) return null;
    if (u.kind === 'verb') return u.form === 'finite' && !u.negated ? u : null;
  }
  return null;
}

/** Whether unit `t` is the subject of a verb in the present ("has intensified", "rages"). */
function presentSubject(units: Unit[], t: number): boolean {
  const u = verbOf(units, t);
  if (!u || ENDING.has(u.lemma)) return false;
  const first = u.words[0] ?? '';
  return /^(?:has|have)$/.test(first) || (u.words.length === 1 && first === `${u.lemma}s`);
}

export interface HeldFighting {
  draft: EventDraft;
  /**
   * No event: placed only in a decade ("in the 1990s"), which no date here can carry, or no
   * armed fighting ("a trade war").
   */
  drop: boolean;
  /** Its sentence says fighting ended ("which ended with a truce"): a deal there ended it. */
  ends: boolean;
  /** "an offensive to retake X", "liberated X in an offensive": the region taken and its taker. */
  taken: { region: string; by: string[] } | null;
  /**
   * Actors its clause names as subject or object in no event's role ("left Chad during a
   * war"): each must be a side.
   */
  around: string[];
  /** "The fighting erupted on Thursday": its date is the start of the fighting it names. */
  started: boolean;
}

/**
 * Marks a fighting draft under way at publication, and holds it back when it names fewer than
 * two sides: the article's other events say who fought.
 */
export function holdFighting(
  draft: EventDraft,
  frame: Frame,
  units: Unit[],
  frames: Frame[],
): HeldFighting | null {
  if (!isFighting(draft.kind) || draft.status !== 'happened') return null;
  // "Fighting between A and B has intensified": the gerund is the noun, which names no war.
  const trigger = units[frame.triggers[0] ?? -1];
  if (frame.noun === null && trigger?.kind === 'verb' && trigger.form === 'gerund')
    draft.kind = 'clash';
  // The day of the clause ("talks on Monday to halt the fighting") is not when fighting under
  // way began.
  const going = underWay(frame, units);
  if (going && draft.date?.precision === 'day') draft.date = null;
  draft.current = !draft.date && going;
  // "met in Cairo amid the war": where the clause's talks were is not where the war goes on.
  const next = frame.noun === null ? undefined : units[frame.noun + 1];
  const head = frame.noun === null ? undefined : units[frame.noun];
  const own =
    (next?.kind === 'prep' && /^(?:in|at)$/.test(next.lemma)) ||
    (head?.kind === 'noun' && head.place !== null);
  if (going && !own) draft.place = null;
  const era =
    !draft.date && units.some((u) => u.kind === 'word' && /^(?:1[89]|20)\d0s$/.test(u.lower));
  // "a trade war", "a war of words", "the Cold War": no fighting of the article's sides.
  // "fought a proxy war": the verb's object noun says what the fighting was.
  const at = frame.noun ?? frame.triggers[0]! + 1;
  const noun = units[at];
  const after = units[at + 2];
  const unarmed =
    noun?.kind === 'noun' &&
    isFighting(noun.entry.kind) &&
    (noun.mods.some((m) => NOT_ARMED.has(m)) ||
      (units[at + 1]?.kind === 'prep' && after?.kind === 'word' && NOT_ARMED.has(after.lemma)));
  // Moscow's "special military operation" in Ukraine: the land it was fought in fought it.
  const land = draft.place && gazetteer().entities.get(draft.place)?.type === 'State';
  if (
    frame.noun !== null &&
    noun?.kind === 'noun' &&
    noun.entry.invades &&
    land &&
    sidesOf(draft).size === 1
  )
    draft.roles.get('party')?.add(draft.place!);
  // "A and B fought against C", "A fought alongside B", "both fought on the same side": A and
  // B were on one side, and which side C fought cannot be told from the pairs of one list.
  const first = frame.triggers[0]!;
  const near = units.slice(first + 1, first + 5);
  const together =
    units[first]?.kind === 'verb' &&
    near.some(
      (u, k) =>
        (u.kind === 'prep' && /^(?:against|alongside)$/.test(u.lemma)) ||
        (u.kind === 'word' &&
          (u.lower === 'together' ||
            (u.lower === 'same' && (near[k + 1] as { lower?: string })?.lower === 'side'))),
    );
  // "The two presidents clashed over tariffs": people clash in words; forces and states fight.
  const verbal =
    sidesOf(draft).size > 0 && [...sidesOf(draft)].every((id) => id.startsWith('person:'));
  if (sidesOf(draft).size >= 2 && !era && !unarmed && !verbal && !together) return null;
  const ends = units.some((u) => u.kind === 'verb' && ENDING.has(u.lemma));
  const clauses = clauseIds(units);
  // Whoever another event of the sentence names ("X brought A and B together for the first
  // time since a war") is accounted for by that event.
  const used = new Set(frames.flatMap((f) => f.fills.map((x) => x.unit)));
  const around = units.flatMap((u, k) =>
    u.kind === 'actor' && !u.prep && !used.has(k) && clauses[k] === clauses[frame.noun ?? -1]
      ? u.members.map((m) => m.side ?? m.id)
      : [],
  );
  const t = frame.noun ?? frame.triggers[0]!;
  const started = STARTING.has(verbOf(units, t)?.lemma ?? '');
  return {
    draft,
    drop: era || unarmed || verbal || (together && sidesOf(draft).size >= 2),
    ends,
    around,
    started,
    taken: takenRegion(frame, units),
  };
}

/**
 * "Baku's offensive to retake the X enclave", "since Baku liberated the X enclave in an
 * offensive": a known region (not a city) taken by force right next to the fighting noun stands
 * for whoever held it; the taker is the clause's actor before the verb.
 */
function takenRegion(f: Frame, units: Unit[]): HeldFighting['taken'] {
  const n = f.noun!;
  const g = gazetteer();
  for (let k = Math.max(0, n - 6); k < Math.min(units.length, n + 3); k++) {
    const u = units[k]!;
    const word = u.kind === 'verb' ? u.lemma : u.kind === 'word' ? u.lower : '';
    if (![word, word.replace(/d$/, ''), word.replace(/ed$/, '')].some((w) => TAKING.has(w)))
      continue;
    const after = units[k + 1];
    const next = after?.kind === 'word' && after.lemma === 'the' ? k + 2 : k + 1;
    const place = units[next];
    if (place?.kind !== 'place' || g.entities.get(place.id)?.type !== 'Place') continue;
    if (g.capitalOf.has(place.id)) continue;
    const actor = units
      .slice(Math.max(0, k - 2), k)
      .findLast((a) => a.kind === 'actor' && !a.possessive);
    const by = actor?.kind === 'actor' ? actor.members.map((m) => m.side ?? m.id) : [];
    return { region: place.id, by };
  }
  return null;
}
