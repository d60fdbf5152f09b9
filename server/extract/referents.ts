/**
 * What a noun group refers to, across the article. Names resolve through their refs; "the
 * leaders of A and B" through who the article says leads A and B; "the two sides", "both
 * presidents" to the sides of the running event or the last group of that many; pronouns to
 * the last person or group spoken of (an object pronoun skips its own clause's subject); "the
 * front" to the organisation whose name ends so; "their country" to the pronoun's state; "the
 * government" to the state the article is most about. Reads only what came before, and only a
 * few sentences back, so the cost stays linear in the article.
 */
import type { EntityType } from '../domain/index.ts';
import type { ActorUnit, Unit } from './units.ts';
import { isComma } from './clauses.ts';
import { quotedWords } from './disputes.ts';
import { gazetteer } from './gazetteer.ts';
import type { EventDraft } from './discourse.ts';
import type { AnaphorClass } from './lexicon/index.ts';
import { pronounReferent, type Seen } from './pronouns.ts';
import type { Ref } from './resolve.ts';
import type { Word } from './sentences.ts';
import { Teams } from './teams.ts';

/** How many sentences back a pronoun or description may find what it stands for. */
const REACH = 5;
/** An organisation named once stays "the front" for much longer. */
const ORG_REACH = 40;

export class Referents {
  readonly #history: Seen[] = [];
  readonly #leaderOf: Map<string, string>;
  readonly #stateOf: Map<string, string>;
  readonly #names: Map<string, string>;
  /** The state or body a person's title ties them to ("Kyrgyz delegation head X"). */
  readonly #affiliation: Map<string, string>;
  /** How often each state has been named so far: "the government" is the most named one's. */
  readonly #stateCounts = new Map<string, number>();
  /** The counts before the sentence being read: its own third parties are no government. */
  #countsBefore = new Map<string, number>();

  /** The body the text calls the opposition ("the opposition", "the opposition coalition"). */
  readonly #opposition: string | null;
  /** People the article gives a title ("Foreign Minister X"): "the two ministers" are such. */
  readonly #titled: Set<string>;
  /** "a mission led by X ... The mission met Y": who is in the teams the article follows. */
  readonly #teams = new Teams();

  /** `leaderOf`: state or organisation id to the person the article says leads it. */
  constructor(
    leaderOf: Map<string, string>,
    names: Map<string, string>,
    affiliation: Map<string, string> = new Map(),
    titled: Set<string> = new Set(),
    opposition: string | null = null,
  ) {
    this.#opposition = opposition;
    this.#leaderOf = leaderOf;
    this.#titled = titled;
    this.#affiliation = affiliation;
    this.#stateOf = new Map([...leaderOf].map(([state, person]) => [person, state]));
    this.#names = names;
  }

  /** Records a sentence's actor groups, so later groups and pronouns can refer to them. */
  note(s: number, units: Unit[], refs: Ref[], events: EventDraft[] = [], words: Word[] = []): void {
    this.#countsBefore = new Map(this.#stateCounts);
    this.#teams.note(s, units, words, (k) => this.idsOf(s, units, k, events));
    const verb = units.findIndex((u) => u.kind === 'verb' && u.form === 'finite');
    const quoted = quotedWords(words);
    units.forEach((u, n) => {
      // "The two leaders then flew to X, where they met Y": a group named by a description
      // is one pronouns can refer to.
      if (u.kind === 'anaphor') {
        const ids = this.idsOf(s, units, n, events);
        const types = ids.map((id): EntityType =>
          id.startsWith('person:')
            ? 'Person'
            : id.startsWith('organization:')
              ? 'Organization'
              : 'State',
        );
        if (ids.length >= 2)
          this.#history.push({ ids, types, sentence: s, unit: n, subject: verb < 0 || n < verb });
        return;
      }
      if (u.kind !== 'actor' || u.modifier) return;
      // "Serbian negotiator X": X stands for Serbia where no title said otherwise.
      for (const m of u.members)
        if (m.side && !this.#affiliation.has(m.id)) this.#affiliation.set(m.id, m.side);
      const ids = this.#actorIds(u);
      // "Colombia's President X" names Colombia as surely as "Colombia" does.
      for (const id of ids) {
        const state = id.startsWith('state:') ? id : this.#stateOf.get(id);
        if (state?.startsWith('state:'))
          this.#stateCounts.set(state, (this.#stateCounts.get(state) ?? 0) + 1);
      }
      // ("the Guyana-Venezuela border controversy": a compound naming a topic is no group a
      // later "they" or "their meeting" stands for.)
      if (u.hyphen && units[n + 1]?.kind === 'word') return;
      this.#history.push({
        ids,
        types: u.members.map((m) => refs[m.ref]!.type),
        sentence: s,
        unit: n,
        subject: verb < 0 || n < verb,
        plural: u.plural,
        quoted: quoted.has(u.from),
      });
    });
  }

  #actorIds(u: ActorUnit): string[] {
    const ids = u.members
      .filter((m) => !gazetteer().media.has(m.id))
      .map((m) => (u.leadersOf ? (this.#leaderOf.get(m.id) ?? m.id) : m.id));
    return [...new Set(ids)];
  }

  /** The state or body a person stands for (leads, or is titled for), else the entity itself. */
  sideOf(id: string): string {
    return this.#stateOf.get(id) ?? this.#affiliation.get(id) ?? id;
  }

  /** The last group of two or more actors named before sentence `s`, within reach. */
  lastGroup(s: number): string[] {
    for (const h of this.#back(s, 0)) if (h.ids.length >= 2) return h.ids;
    return [];
  }

  /** Entity ids unit `n` of sentence `s` refers to; `events` are the article's so far. */
  idsOf(s: number, units: Unit[], n: number, events: EventDraft[], third = false): string[] {
    const u = units[n]!;
    switch (u.kind) {
      case 'actor':
        return this.#actorIds(u);
      case 'place':
        return [u.id];
      case 'anaphor': {
        // "the two countries' water ministers, X of Paraguay and Y of Bolivia": named right after.
        const named = units[n + 2];
        const comma = units[n + 1];
        if (
          comma?.kind === 'punct' &&
          comma.text === ',' &&
          named?.kind === 'actor' &&
          named.members.length === (u.count ?? named.members.length)
        )
          return this.#actorIds(named);
        // "the two heads of delegation": the people the release said headed them.
        const heads = u.heads ? this.#teams.heads(s, u.count) : [];
        if (heads.length) return heads;
        return this.#plural(s, n, u.count, u.cls, events, third, u.teams);
      }
      case 'pronoun':
        return this.#pronoun(s, units, n, u.lemma);
      case 'word': {
        const team = this.#teams.members(s, units, n);
        if (team.length) return team;
        return u.pos === 'NOUN' ? this.#description(s, units, n, u.lemma, events) : [];
      }
      default:
        return [];
    }
  }

  /** "the front", "their country", "the government", "junta officials". */
  #description(s: number, units: Unit[], n: number, lemma: string, events: EventDraft[]): string[] {
    const before = units[n - 1];
    // "the opposition", "its main opposition coalition": the body the text calls so.
    const opposing =
      lemma === 'opposition' ||
      (/^(?:coalition|alliance|bloc)$/.test(lemma) &&
        units
          .slice(Math.max(0, n - 3), n)
          .some((u) => u.kind === 'word' && u.lower === 'opposition'));
    if (opposing && this.#opposition) return [this.#opposition];
    const state = /^(?:country|nation|government|state)$/.test(lemma);
    // ("his country" of a minister is the state the minister is of; "her organisation" of a
    // secretary general the body she heads.)
    const owned = state ? 'state:' : /^organi[sz]ation$/.test(lemma) ? 'organization:' : null;
    // ("X, whose country has mediated": the state of the name before.)
    const whose =
      before?.kind === 'sub' &&
      before.lemma === 'whose' &&
      isComma(units[n - 2]) &&
      units[n - 3]?.kind === 'actor';
    if (((before?.kind === 'pronoun' && before.possessive) || whose) && owned)
      return this.idsOf(s, units, whose ? n - 3 : n - 1, events)
        .map((id) => this.sideOf(id))
        .filter((id) => id.startsWith(owned));
    // "the junta", "the regime": who governs, as "the government" is.
    const rulers = /^(?:government|junta|regime)$/.test(lemma);
    // "met junta officials", "government negotiators": the state's people, by its body.
    const next = units[n + 1];
    const people =
      rulers &&
      next?.kind === 'word' &&
      /^(?:officials|negotiators|representatives)$/.test(next.lower);
    const the = before?.kind === 'word' && before.lower === 'the';
    if (!the && !people) return [];
    const org = the ? this.#definiteOrg(s, n, lemma) : [];
    if (org.length || !rulers || next?.kind === 'prep') return org;
    // The one state among the sides of the article's first event (a government facing rebels),
    // else the state its events have as a side most often, then the one most named.
    const first = events.find((e) =>
      [...(e.roles.get('party') ?? [])].some((id) => id.startsWith('state:')),
    );
    const own = [...(first?.roles.get('party') ?? [])].filter((id) => id.startsWith('state:'));
    if (own.length === 1) return own;
    const score = new Map<string, number>();
    const counts = this.#countsBefore.size ? this.#countsBefore : this.#stateCounts;
    for (const [id, count] of counts) score.set(id, count);
    for (const e of events)
      for (const id of e.roles.get('party') ?? [])
        if (id.startsWith('state:')) score.set(id, (score.get(id) ?? 0) + 1000);
    const top = [...score].sort((a, b) => b[1] - a[1]);
    return top.length && (top.length === 1 || top[0]![1] > top[1]![1]) ? [top[0]![0]] : [];
  }

  /** Index in the history just past what came before unit `n` of sentence `s`. */
  #end(s: number, n: number): number {
    let lo = 0;
    let hi = this.#history.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const h = this.#history[mid]!;
      if (h.sentence < s || (h.sentence === s && h.unit < n)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The history before unit `n` of sentence `s`, latest first, within reach. */
  *#back(s: number, n: number, reach = REACH): Generator<Seen> {
    for (let k = this.#end(s, n) - 1; k >= 0; k--) {
      const h = this.#history[k]!;
      if (s - h.sentence > reach) return;
      yield h;
    }
  }

  #plural(
    s: number,
    n: number,
    count: number | null,
    cls: AnaphorClass,
    events: EventDraft[],
    third = false,
    teams = false,
  ): string[] {
    // People stay people ("both presidents"); states and sides take a person for the state or
    // body they stand for ("the two delegations" headed by X and Y are their two countries).
    const fit = (ids: string[]) => {
      const mapped = ids.map((id) =>
        cls === 'person'
          ? id.startsWith('person:')
            ? id
            : (this.#leaderOf.get(id) ?? id)
          : id.startsWith('person:')
            ? (this.#stateOf.get(id) ?? this.#affiliation.get(id) ?? id)
            : id,
      );
      return [...new Set(mapped)];
    };
    const fits = (ids: string[]) => ids.length >= 2 && (count === null || ids.length === count);
    const fromEvents = () => {
      for (let k = events.length - 1; k >= 0; k--) {
        const e = events[k]!;
        if (s - e.last > REACH) continue;
        // ("met both delegations": the sides of talks, not of a call; nor of those "not
        // invited", who were never there.)
        if (teams && (e.kind === 'call' || e.status === 'negated' || e.status === 'denied'))
          continue;
        const sides = [...(e.roles.get('party') ?? []), ...(e.roles.get('guest') ?? [])];
        // "the three presidents" after a host's talks between two: the host is the third.
        // "The three leaders" after two met and a third sat in: the attendee is the third.
        const everyone = [
          ...sides,
          ...(e.roles.get('host') ?? []),
          ...(e.roles.get('mediator') ?? []),
          ...(e.roles.get('attendee') ?? []),
        ];
        for (const ids of [fit(sides), fit(everyone)]) if (fits(ids)) return ids;
      }
      return null;
    };
    const fromText = (people: boolean, titled = false) => {
      for (const h of this.#back(s, n)) {
        // ("talks mediated by the two countries": go-betweens named before, not its sides.)
        if (third && h.sentence === s) continue;
        // ('"a historic day for the people of A and B," said X, who brought the two foes
        // together': the foes are the story's, not the speaker's.)
        if (h.quoted) continue;
        if (people && !h.types.every((t) => t === 'Person')) continue;
        if (titled && !h.ids.some((id) => this.#titled.has(id))) continue;
        const ids = fit(h.ids);
        if (fits(ids)) return ids;
      }
      return null;
    };
    // "Asante ... Amouzou ... The two leaders spoke": the last people named one by one.
    const fromSingles = () => {
      if (count === null) return null;
      const people: string[] = [];
      // Only heads of state or government the article names as such: a stray capitalised
      // word taken for a name, or an envoy, is no one's "two leaders".
      const heads = new Set(this.#leaderOf.values());
      const titled = (id: string) => heads.has(id);
      for (const h of this.#back(s, n)) {
        if (h.ids.length !== 1 || h.types[0] !== 'Person' || !titled(h.ids[0]!)) continue;
        if (!people.includes(h.ids[0]!)) people.push(h.ids[0]!);
        if (people.length === count) return people;
      }
      return null;
    };
    // "Foreign Minister A led one delegation; Overseas Minister B the other. The two ministers
    // met": titled people named one by one just before, rather than stray names in a pair.
    const fromTitled = () => {
      const people: string[] = [];
      for (const h of this.#back(s, n, 1)) {
        if (h.ids.length !== 1 || h.types[0] !== 'Person' || !this.#titled.has(h.ids[0]!)) continue;
        if (!people.includes(h.ids[0]!)) people.push(h.ids[0]!);
      }
      return count !== null && people.length === count ? people : null;
    };
    // "the two envoys" are the last two people named; "the two sides" the running event's;
    // "the two" alone, with no event running, the last two leaders named one by one.
    return (
      (cls === 'person'
        ? (fromText(true, true) ?? fromTitled() ?? fromText(true) ?? fromEvents() ?? fromSingles())
        : third
          ? fromText(false)
          : (fromEvents() ?? fromText(false) ?? (cls === 'collective' ? fromSingles() : null))) ??
      []
    );
  }

  #pronoun(s: number, units: Unit[], n: number, lemma: string): string[] {
    return pronounReferent([...this.#back(s, n)], s, units, n, lemma, (k) =>
      this.idsOf(s, units, k, []),
    );
  }

  /** "the front", "the movement": the organisation named so earlier in the article. */
  #definiteOrg(s: number, n: number, lemma: string): string[] {
    for (const h of this.#back(s, n, ORG_REACH)) {
      const found = h.ids.find(
        (id, k) =>
          h.types[k] === 'Organization' &&
          (this.#names.get(id) ?? '').toLowerCase().split(/\s+/).pop() === lemma,
      );
      if (found) return [found];
    }
    return [];
  }
}
