/**
 * Relations from events. An event that happened yields MEDIATED from each mediator (and each
 * host of talks between two or more sides) to each side, HOSTED from a host to each guest,
 * MET_WITH for every pair that sat together (only across sides when the talks were separate
 * or indirect), SPOKE_WITH for every pair on a call, VISITED from a visitor to each
 * destination, and CLASHED_WITH between the sides of fighting. An offer yields
 * OFFERED_MEDIATION. Plans, denials and the rest stay events with their status, never relations.
 */
import type {
  EntityType,
  Evidence,
  ExtractedEvent,
  ExtractedRelation,
  RelationType,
} from '../domain/index.ts';
import type { EventDraft } from './discourse.ts';
import type { Role } from './lexicon/index.ts';

export interface RelationContext {
  evidence(sentence: number, phrase: { start: number; end: number } | null): Evidence;
  typeOf(id: string): EntityType | undefined;
  /** The state or organisation a person leads in this article. */
  ledBy(person: string): string | undefined;
  /** The state or body a person stands for (leads, or is titled for). */
  sideOf(person: string): string | undefined;
  /** The state a place belongs to (a capital's state), if known. */
  stateOfPlace(place: string): string | undefined;
}

const CAMEO: Record<RelationType, string> = {
  MEDIATED: '045',
  OFFERED_MEDIATION: '039',
  MET_WITH: '040',
  SPOKE_WITH: '041',
  LEADS: '',
  HOSTED: '043',
  VISITED: '042',
  CLASHED_WITH: '190',
  ALLY_OF: '',
};

const ids = (e: EventDraft, ...roles: Role[]) => [
  ...new Set(roles.flatMap((r) => [...(e.roles.get(r) ?? [])])),
];

export function eventRelations(e: EventDraft, c: RelationContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  // No relation between an actor and itself, nor a person and the state or body they lead or
  // stand for ("Lavrov met Russia").
  const same = (a: string, b: string) =>
    a === b || c.ledBy(a) === b || c.ledBy(b) === a || c.sideOf(a) === b || c.sideOf(b) === a;
  // "met with Israeli President A and Prime Minister B", "attended by the EU's A and B": two
  // of one side sat on the same side of the table.
  const side = (id: string) => c.sideOf(id) ?? id;
  const oneSide = (a: string, b: string) => side(a) !== a && side(a) === side(b);
  type Said = EventDraft['meetings'][number]['said'];
  const add = (
    type: RelationType,
    source: string,
    target: string,
    role: Role,
    who: string,
    given?: Said,
  ) => {
    if (same(source, target)) return;
    // The words that gave this actor this role; else any role of theirs ("hosted" for a host
    // that mediated), else the event's first report.
    const said = given ??
      e.said.get(`${role}|${who}`) ??
      [...e.said].find(([key]) => key.endsWith(`|${who}`))?.[1] ?? {
        sentence: e.sentence,
        phrase: e.phrase,
        cameo: e.cameo,
      };
    out.push({
      type,
      source,
      target,
      date: e.date,
      place: e.place,
      evidence: c.evidence(said.sentence, said.phrase),
      cameo:
        /^04[0-6]$|^039$|^190$/.test(said.cameo) && type !== 'HOSTED' ? said.cameo : CAMEO[type],
      modality: 'asserted',
    });
  };
  const hosts = ids(e, 'host');
  // "Officials from A, B and C met ... The meeting, hosted by C": a host listed with the sides
  // is one of them, no third party (unlike a host who "met with A and B").
  const hostSides = hosts.filter(
    (h) =>
      e.roles.get('party')?.has(h) &&
      e.meetings.some((m) => m.groups.some((g) => g.length > 1 && g.includes(h))),
  );
  // Guests received for talks are the talks' sides.
  const sides = ids(
    e,
    ...(e.hostedTalks ? (['party', 'guest'] as Role[]) : (['party'] as Role[])),
  ).filter((p) => !hosts.includes(p) || hostSides.includes(p));
  // "The leaders of A and B attended a meeting chaired by X": its attendees are its sides.
  const attendees = ids(e, 'attendee');
  // (Not when a host received someone "in the presence of" its own people: they are the
  // host's side at the reception, not two sides it stood between.)
  if (!sides.length && attendees.length > 1 && !ids(e, 'guest').length) sides.push(...attendees);
  let mediators = ids(e, 'mediator');
  // "sat down with the two EU officials" after "chaired by" two EU envoys: the body named for
  // its people is those mediators, not a side.
  const through = new Map<string, string[]>();
  for (const m of mediators) {
    const body = c.sideOf(m);
    if (body && body !== m && !mediators.includes(body) && c.typeOf(body) === 'Organization')
      through.set(body, [...(through.get(body) ?? []), m]);
  }
  for (let k = sides.length - 1; k >= 0; k--) if (through.has(sides[k]!)) sides.splice(k, 1);
  const via = (group: string[]) => [...new Set(group.flatMap((id) => through.get(id) ?? [id]))];
  // "The US facilitated talks among the foreign ministers and its envoy": whoever stands for
  // a mediator or host is on its side, not a side of the talks.
  // ("chaired by X, who sat between A and B": the chair is no side of what he chaired.)
  const own: string[] = [];
  for (let k = sides.length - 1; k >= 0; k--) {
    const side = c.sideOf(sides[k]!);
    if (mediators.includes(sides[k]!)) sides.splice(k, 1);
    else if (side && side !== sides[k] && [...mediators, ...hosts].includes(side))
      own.push(...sides.splice(k, 1));
  }
  // ("The White House arranged the call" between Obama and Rouhani: a body of one side, with
  // no two sides left without its own leader, arranged its side's talks; it stood between none.)
  // So did a host whose own leader sat at the table ("A and B met. ... the round hosted by
  // A's capital"): it received the other, and stood between no one.
  const ownHosts = new Set<string>();
  if (own.length && sides.length + own.length >= 2 && sides.length + e.unnamedSides < 2) {
    const theirs = new Set(own.map((p) => c.sideOf(p)));
    mediators = mediators.filter((m) => !theirs.has(m));
    for (const h of hosts) if (theirs.has(h)) ownHosts.add(h);
    sides.push(...own);
  }
  // The host of a summit is one of its members, not a third party to it.
  // A host with one guest held talks with them; with two sides or more, stood between.
  const hostsMediate = e.kind !== 'summit' && sides.length + e.unnamedSides >= 2;
  const thirdParties = [
    ...mediators,
    ...(hostsMediate ? hosts.filter((h) => !hostSides.includes(h) && !ownHosts.has(h)) : []),
  ];
  // A person meets people and delegations, never a state as a whole: a go-between who is a
  // person met the states' people, an attendee the people at the table.
  const wholeState = (a: string, b: string) => c.typeOf(a) === 'Person' && c.typeOf(b) === 'State';
  // A mediator and its sides at one level: a state mediated between states, a person between
  // the people at the table ("Qatar" between Djibouti and Eritrea, its envoy between their
  // ministers), whichever the merged reports named.
  const level = (m: string) => {
    const person = (id: string) => id.startsWith('person:');
    const out = new Set<string>();
    // A head of state between the envoys of states the talks name as sides mediated between
    // those states.
    const above = (p: string) =>
      person(m) &&
      c.ledBy(m) !== undefined &&
      person(p) &&
      c.ledBy(p) === undefined &&
      sides.includes(c.sideOf(p) ?? p);
    for (const p of sides) {
      if ((!person(m) || above(p)) && person(p)) out.add(c.sideOf(p) ?? p);
      else if (
        person(m) &&
        !above(p) &&
        !person(p) &&
        sides.some((q) => person(q) && !above(q) && c.sideOf(q) === p)
      )
        continue;
      else out.add(p);
    }
    return [...out].filter((p) => !thirdParties.includes(p) && p !== m);
  };
  if (e.status === 'offered') {
    // "X replied that Kenya would gladly mediate": the offer is made by whoever speaks for
    // the state, its leader or its envoy.
    // ("her organisation stood ready to facilitate": so for a body its head speaks for.)
    const voiced = (m: string) =>
      e.speaker &&
      ((c.typeOf(m) === 'State' && (c.ledBy(e.speaker) === m || c.sideOf(e.speaker) === m)) ||
        (c.typeOf(m) === 'Organization' && c.ledBy(e.speaker) === m))
        ? e.speaker
        : m;
    for (const m of [...mediators, ...hosts])
      for (const p of level(m)) add('OFFERED_MEDIATION', voiced(m), p, 'mediator', m);
    return out;
  }
  if (e.status !== 'happened') return out;

  if (e.kind === 'visit') {
    // "X visited President Y in Dakar": X went to Dakar, and Y received X there.
    // A lone unknown word after "visited" ("visited Kumasi") is a town more often than a
    // person; a person received a visitor by their full name.
    const people = ids(e, 'destination').filter((d) => /^person:.+-/.test(d));
    const places = ids(e, 'destination').filter((d) => !people.includes(d));
    if (!places.length && people.length && e.place) places.push(e.place);
    for (const v of ids(e, 'visitor')) {
      for (const d of places) {
        add('VISITED', v, d, 'destination', d);
        const state = c.typeOf(d) === 'State' ? d : c.stateOfPlace(d);
        if (state) add('HOSTED', state, v, 'visitor', v);
      }
      for (const p of people) {
        add('HOSTED', p, v, 'destination', p);
        add('MET_WITH', v, p, 'destination', p);
      }
    }
    // "X hosted Y for an official visit": the host received the guest, as for talks.
    if (!hosts.length || !sides.length) return out;
  }
  if (e.kind === 'clash' || e.kind === 'war') {
    pairs(sides, (a, b) => add('CLASHED_WITH', a, b, 'party', a));
    return out;
  }
  for (const m of thirdParties) for (const p of level(m)) add('MEDIATED', m, p, 'mediator', m);
  const guests = ids(e, 'guest');
  for (const h of hosts)
    for (const g of [...guests, ...(/^(?:talks|summit|visit)$/.test(e.kind) ? sides : [])])
      add('HOSTED', h, g, 'host', h);
  const contactType: RelationType | null =
    e.contact === 'call'
      ? 'SPOKE_WITH'
      : e.contact === 'meet' || e.contact === 'receive'
        ? 'MET_WITH'
        : null;
  if (contactType) {
    const met = new Set<string>();
    // Who only attended meets the sides below, not each other in a meeting of their own.
    const onlyAttended = (id: string) =>
      e.roles.get('attendee')?.has(id) && !e.roles.get('party')?.has(id);
    for (const m of e.meetings) {
      // Talks named only by a noun, with a third party present, may have been shuttle talks.
      // Talks a host held between sides were held at its table, face to face; so were talks
      // held in a named place ("talks between A and B began in Havana"), unless called indirect.
      const sidesOnly = !m.groups.flat().some((id) => mediators.includes(id) || hosts.includes(id));
      if (
        m.weak &&
        (mediators.length || e.thirdParty) &&
        !e.hostedTalks &&
        !e.together &&
        !(e.place && sidesOnly)
      )
        continue;
      // Talks called indirect anywhere in the article were not held face to face.
      if (e.indirect && m.star === null) continue;
      // "hosted A and B for trilateral talks": a joint meeting, whoever hosted it.
      const star = m.star && !(e.together && !e.indirect) && via(m.star);
      const all = via(m.groups.flat()).filter((id) => !onlyAttended(id));
      for (const id of all) met.add(id);
      // ("China received the Saudi and Iranian foreign ministers": a state that received or
      // stood between people met their states; one who leads none is met at the state's level.)
      const atLevel = (a: string, b: string) =>
        c.typeOf(a) === 'State' &&
        ((star || []).includes(a) || hosts.includes(a) || mediators.includes(a)) &&
        c.typeOf(b) === 'Person' &&
        c.ledBy(b) === undefined
          ? (c.sideOf(b) ?? b)
          : b;
      if (star) {
        for (const a of star)
          for (const b of all)
            if (!star.includes(b)) add(contactType, a, atLevel(a, b), 'party', a, m.said);
      } else {
        // The meeting is across sides when it has more than one.
        const sides = new Set(all.map(side));
        // "Envoys A and B held talks with C": people named together facing someone else came
        // as one party: of one side, or of none the text names (a counterpart stands for a side).
        const team = (a: string, b: string) =>
          m.groups.length > 1 &&
          m.groups.some((g) => g.includes(a) && g.includes(b)) &&
          c.typeOf(a) === 'Person' &&
          c.typeOf(b) === 'Person' &&
          c.sideOf(a) === c.sideOf(b);
        // "X brought the foreign ministers of A and B together": a person who stood between
        // two states met their people (its mediation says the rest).
        const between = (a: string, b: string) => thirdParties.includes(a) && wholeState(a, b);
        pairs(all, (a, b) => {
          if ((sides.size > 1 && oneSide(a, b)) || team(a, b)) return;
          if (between(a, b) || between(b, a)) return;
          const [x, y] = [atLevel(b, a), atLevel(a, b)];
          if (x !== y) add(contactType, x, y, 'party', x, m.said);
        });
      }
    }
    // Whoever joined or attended met everyone who was there; so did whoever chaired it.
    const there = met.size ? [...met] : sides;
    const together = (a: string, b: string) =>
      e.companions.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    // A person who attended sat with the people named at the table, not with their states as
    // wholes; with states only when no one at the table is named.
    const person = (id: string) => c.typeOf(id) === 'Person';
    const named = there.some(person);
    // ("Also attending were X and Y, who are participating as co-facilitators": go-betweens,
    // who sit as the mediators they are.)
    const attendees = ids(e, 'attendee').filter((a) => !mediators.includes(a));
    // "The Russian delegation was headed by X": X stands for Russia at the table, so meets
    // whoever stands for the other side, never a side as a whole.
    const standsFor = (a: string) =>
      person(a) && there.includes(c.sideOf(a) ?? '') ? c.sideOf(a) : undefined;
    // "The Pakistani delegation was led by A; the Afghan side by B": where the heads at the
    // table are known, one who attended sat with them, not with their states as wholes.
    const heads = attendees.filter((a) => standsFor(a));
    for (const a of attendees)
      for (const b of !standsFor(a) && person(a) && heads.length ? heads : there)
        if (
          !together(a, b) &&
          !(named && wholeState(a, b)) &&
          !oneSide(a, b) &&
          !(standsFor(a) && c.typeOf(b) === 'State')
        )
          add(e.remote.has(a) ? 'SPOKE_WITH' : contactType, a, b, 'attendee', a);
    pairs(attendees, (a, b) => {
      const [x, y] = [standsFor(a), standsFor(b)];
      // ("Summit was attended by A, B and C": the leaders at a summit sat at one table.)
      const seated = e.kind === 'summit' && person(a) && person(b) && !e.remote.has(a);
      if ((x && y && x !== y) || (seated && !e.remote.has(b) && !oneSide(a, b)))
        add(contactType, a, b, 'attendee', a);
    });
    // One who joined by video spoke with whoever attended in the room (two who only attended
    // are not said to have met each other).
    if (e.kind !== 'summit')
      pairs(attendees, (a, b) => {
        if (together(a, b) || oneSide(a, b) || there.includes(a) || there.includes(b)) return;
        if (e.remote.has(a) !== e.remote.has(b)) add('SPOKE_WITH', a, b, 'attendee', a);
      });
    // The host of a summit is one of its members: it met whoever came.
    if (e.kind === 'summit')
      for (const h of hosts) for (const b of there) add(contactType, h, b, 'host', h);
    // A chair who is a person sits with people and delegations (a body or state that chaired
    // sat through its people), not with a state as a whole, nor with their own side.
    const sits = (m: string, b: string) =>
      c.typeOf(m) === 'Person' &&
      b !== m &&
      !thirdParties.includes(b) &&
      !wholeState(m, b) &&
      c.sideOf(m) !== b &&
      c.sideOf(b) !== m;
    if (!e.indirect)
      for (const m of mediators.filter((id) => e.present.has(id)))
        for (const b of [...new Set([...there, ...ids(e, 'attendee')])])
          if (sits(m, b)) add(e.remote.has(b) ? 'SPOKE_WITH' : contactType, m, b, 'mediator', m);
  }
  return out;
}

function pairs(list: string[], each: (a: string, b: string) => void): void {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) each(list[i]!, list[j]!);
}

export type { ExtractedEvent };
