/**
 * Who stands for an actor in a clause, where the chunker's units name someone else. "The
 * Kenyan delegation, led by Foreign Minister X, held talks with ...": the person who heads a
 * team stands for it, with the team's state as their side (read as a clause of its own, the
 * participle made X the one who "led" the talks, a mediator); so do "delegations led by A and
 * B", whose sides their titles give. "Senegal, whose diplomats
 * brokered the talks": the people of a relative "whose" are its antecedent's. "met the
 * Director of the Office of ... and Foreign Minister Wang Yi": two titles of one person, and
 * the body of the first is no side.
 */
import titleData from './gazetteer/titles.json' with { type: 'json' };
import { REPRESENTATIVES, TEAMS } from './lexicon/index.ts';
import type { Word } from './sentences.ts';
import { isComma } from './clauses.ts';
import { peopleOnly } from './verb-needs.ts';
import type { ActorUnit, Unit } from './units.ts';

/** One-word titles ("Director", "Chairman"): a capitalised one before "of" names an office. */
const TITLE_WORDS = new Set(
  titleData.titles.map((t) => t.title.toLowerCase()).filter((t) => !t.includes(' ')),
);

const prepBefore = (units: Unit[], k: number) => {
  const p = units[k - 1];
  return p?.kind === 'prep' ? p.lemma : null;
};

function teamHeads(units: Unit[], words: Word[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const team = units[k]!;
    // "held talks with a Hamas team led by X": the comma may be left out.
    const at = isComma(units[k + 1]) ? k + 2 : k + 1;
    const [verb, by] = units.slice(at, at + 2);
    // "brought together delegations led by A and B": teams no one's name comes before.
    // ("a delegation of the FLNKS, led by its president X": the team's noun opens its group.)
    const named =
      TEAMS.has(words[team.to - 1]?.lemma ?? '') ||
      (team.kind === 'actor' &&
        TEAMS.has(words[team.from]?.lemma ?? '') &&
        words[team.from + 1]?.lower === 'of');
    const opens =
      (team.kind === 'actor' || team.kind === 'word') &&
      named &&
      verb?.kind === 'verb' &&
      /^(?:lead|head)$/.test(verb.lemma) &&
      verb.words.length === 1 &&
      by?.kind === 'prep' &&
      by.lemma === 'by';
    // "headed by chief negotiator and deputy Gaza chief X,": titles in pieces, then the name;
    // the head is the last person before the comma that closes the phrase.
    let end = at + 2;
    while (opens && end < units.length && !isComma(units[end]) && units[end]!.kind !== 'verb')
      end++;
    // "led by X in Cairo on Tuesday": the place and the day after the head are the clause's.
    let last = end - 1;
    while (opens && last >= at + 2 && !peopleOnly(units[last])) last--;
    const head = opens && last >= at + 2 ? (units[last] as ActorUnit) : undefined;
    if (!head) {
      out.push(team);
      continue;
    }
    // "mediated by an African Union panel led by X": the body and the person who heads its
    // panel both stand there.
    const body = team.kind === 'word' ? out.at(-1) : undefined;
    const owner = body?.kind === 'actor' && !body.possessive ? body : undefined;
    if (owner) out.pop();
    const side = team.kind === 'actor' ? team.members[0]?.id : owner?.members[0]?.id;
    const closed = isComma(units[last + 1]);
    out.push({
      ...head,
      members: [
        ...(owner?.members ?? []),
        ...head.members.map((m) => ({ ...m, side: m.side ?? side })),
      ],
      prep: team.kind === 'actor' ? team.prep : (owner?.prep ?? prepBefore(units, k)),
      from: owner?.from ?? team.from,
      to: closed ? units[last + 1]!.to : head.to,
    });
    k = closed ? last + 1 : last;
  }
  return out;
}

/** "Senegal, whose diplomats brokered the talks": the diplomats stand for Senegal. */
function whosePeople(units: Unit[]): Unit[] {
  return units.map((u, k) => {
    const [owner, comma, whose] = [units[k - 3], units[k - 2], units[k - 1]];
    if (
      u.kind !== 'word' ||
      REPRESENTATIVES.get(u.lemma) !== 'party' ||
      whose?.kind !== 'sub' ||
      whose.lemma !== 'whose' ||
      !isComma(comma) ||
      owner?.kind !== 'actor'
    )
      return u;
    return { ...owner, possessive: false, prep: null, from: u.from, to: u.to };
  });
}

/**
 * "met the Director of the Office of the Foreign Affairs Commission and China's Foreign
 * Minister Wang Yi": two titles of one person, the first with no name of its own. The body the
 * first title is of is no side of the meeting; the person is.
 */
function titledTwice(units: Unit[], words: Word[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const title = units[k]!;
    const [of, named] = [units[k + 1], units[k + 2]];
    // The body the first title is of, then the person: two members, in that order.
    const [body, person] = named?.kind === 'actor' ? named.members : [];
    const twice =
      title.kind === 'word' &&
      /^\p{Lu}/u.test(words[title.from]!.text) &&
      TITLE_WORDS.has(title.lower) &&
      of?.kind === 'prep' &&
      of.lemma === 'of' &&
      named?.kind === 'actor' &&
      named.members.length === 2 &&
      body!.type === 'Organization' &&
      person!.type === 'Person';
    if (!twice) {
      out.push(title);
      continue;
    }
    out.push({ ...named, members: [person!], prep: null, from: title.from });
    k += 2;
  }
  return out;
}

/**
 * "The Russian delegation was headed by X": X, on the team's side, stands for it at whatever
 * talks the article tells (role-frames.ts joins X to them); so does Y in a gapped clause after
 * it ("; the French side by Y").
 */
function passiveTeamHeads(units: Unit[], words: Word[]): Unit[] {
  let led = false;
  return units.map((u, k) => {
    const head = teamHeadAt(units, words, k, led);
    if (!head) return u;
    led = true;
    return { ...u, members: (u as ActorUnit).members.map((m) => ({ ...m, side: m.side ?? head })) };
  });
}

/**
 * The side whose team the person at `k` heads: "the Russian delegation was headed by
 * [presidential aide] X", or, once such a clause has come (`led`), "the French side by Y".
 */
export function teamHeadAt(units: Unit[], words: Word[], k: number, led: boolean): string | null {
  const u = units[k];
  if (u?.kind !== 'actor' || !peopleOnly(u)) return null;
  // "was headed by presidential aide X": the words of a title the gazetteer lacks.
  let b = k - 1;
  while (b > k - 4 && units[b]?.kind === 'word') b--;
  const by = units[b];
  if (by?.kind !== 'prep' || by.lemma !== 'by') return null;
  const verb = units[b - 1];
  const passive = verb?.kind === 'verb' && verb.passive && /^(?:lead|head)$/.test(verb.lemma);
  const team = passive ? units[b - 2] : led ? verb : undefined;
  const isTeam =
    team?.kind === 'actor' &&
    team.members.length === 1 &&
    TEAMS.has(words[team.to - 1]?.lemma ?? '');
  return isTeam ? team.members[0]!.id : null;
}

/** The chunker's units with each stand-in read: team heads, "whose" people, twice-titled people. */
export function standIns(units: Unit[], words: Word[]): Unit[] {
  return titledTwice(whosePeople(passiveTeamHeads(teamHeads(units, words), words)), words);
}
