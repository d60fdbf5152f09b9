/**
 * Entity resolution within an article. People are gathered from every titled or full-name
 * mention first, so a surname in the headline finds the full name given three paragraphs
 * later; spelling variants meet on a phonetic key (Pashinian = Pashinyan, Aliev = Aliyev,
 * Erdoğan = Erdogan), but only among people of this article, and countries never fuzzily.
 * "The Russian leader" becomes whoever the article says leads Russia. The result is one list
 * of references per sentence, each naming an entity id, and the article's entities.
 */
import { entityId, foldText, type EntityType } from '../domain/index.ts';
import { gazetteer } from './gazetteer.ts';
import { isAcronym, spelledOut } from './acronyms.ts';
import type { Mention, Title } from './mentions.ts';
import { GENERIC_HEAD, People, words } from './people.ts';
import { REPRESENTATIVES } from './lexicon/index.ts';

/** At most ", the " or " is the " between a name and the office set beside it. */
const APPOSED = 9;

export interface Ref {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  id: string;
  type: EntityType;
  /** A state named by its adjective ("Russian-brokered"): an actor only in some patterns. */
  demonym: boolean;
  locative: boolean;
  /** The words of the mention as written. */
  surface: string;
  /** A state named by its capital ("Montevideo"): a place when it modifies an event noun. */
  capital?: string | boolean;
  /** A state named by its seat of government ("the White House", "the Kremlin"). */
  seat?: boolean;
  /** The place a report is filed from ("NAIROBI, March 3 -"). */
  dateline?: boolean;
  /** The state a person's title there says they lead ("Peruvian President X"). */
  leads?: string;
}

export interface Person {
  id: string;
  name: string;
  aliases: Set<string>;
  titles: { title: Title; sentence: number }[];
}

export interface Resolution {
  refs: Ref[][];
  people: Person[];
  /** Display names and aliases of every other entity referred to. */
  named: Map<string, { name: string; type: EntityType; aliases: Set<string> }>;
  /** People known by one unexplained word: entities only if a relation uses them. */
  tentative: Map<string, string>;
}

/** A spelling-tolerant key: folded, y read as i, doubled letters single ("Aliyev" = "Aliev"). */
export function nameKey(word: string): string {
  return foldText(word)
    .replace(/\s+/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/ph/g, 'f');
}

/** "at the Gulustan Palace", "in Lakeside Hotel": a name after "at"/"in", or one a venue ends. */
function isPlaceName(m: Mention & { kind: 'name' }): boolean {
  const last = foldText(words(m.name).at(-1) ?? '');
  return (
    Boolean(m.region) ||
    gazetteer().placeHeads.has(last) ||
    (m.locative && words(m.name).length > 1)
  );
}

/** A leading title after the unknown name of a body ("Renamo Leader"): the body's words. */
const BODY_HEAD =
  /^(\p{Lu}\S*(?: \p{Lu}\S*)?) (?:Leader|Chairman|Chairperson|Chief|Head|Commander)$/u;

/**
 * A title is of the body the article names: "SSOMA chairman X" after "the ... Alliance
 * (SSOMA)" is of the alliance, and "Renamo leader X", where the text names Renamo as a body,
 * heads it.
 */
function titleOfBody(
  title: Title,
  byShort: Map<string, string>,
  bodies: Map<string, string>,
): void {
  if (title.of) {
    title.of = byShort.get(title.of) ?? title.of;
    return;
  }
  const head = BODY_HEAD.exec(title.role);
  const body = head ? bodies.get(foldText(head[1]!)) : undefined;
  if (body && !title.former) Object.assign(title, { of: body, leads: true });
}

export function resolveArticle(
  sentences: Mention[][],
  textOf: (s: number, m: Mention) => string,
): Resolution {
  const g = gazetteer();
  const reg = new People(nameKey);
  const people = reg.list;

  const otherState = sharedOthers(sentences, textOf);
  const byMention = new Map<Mention, Person>();
  sentences.forEach((mentions, s) => {
    for (const m of mentions)
      if (m.kind === 'person') {
        for (const t of [m.title, m.also]) if (t?.of) t.of = otherState.get(t.of) ?? t.of;
        const p = reg.register(m.name, m.title, s);
        if (m.also) p.titles.push({ title: m.also, sentence: s });
        byMention.set(m, p);
      }
  });
  sentences.forEach((mentions, s) => {
    for (const m of mentions)
      if (
        m.kind === 'name' &&
        m.proper &&
        words(m.name).length > 1 &&
        !reg.pairOfPeople(m.name) &&
        !isPlaceName(m) &&
        // ("... on India-China Border Affairs": a portfolio's word ends no one's name.)
        !g.portfolios.has(foldText(words(m.name).at(-1)!))
      )
        byMention.set(m, reg.register(m.name, null, s));
  });
  for (const p of people) p.id = entityId('Person', p.name);

  // Short names the text gives a state in brackets.
  const stateShorts = new Map<string, string>();
  for (const mentions of sentences)
    for (const m of mentions)
      if (m.kind === 'state' && m.short) stateShorts.set(foldText(m.short), m.id);

  // Within the text, a surname means the person last named with it, unless the text has
  // already used it alone for someone else: "Kim" said of Kim Jong Un stays his after "his
  // daughter Kim Ju Ae" is named.
  const recent = new Map<string, Person>();
  const usedAlone = new Map<string, Person>();
  const findPerson = (word: string) => reg.find(word, recent);
  const nameHeard = (key: string, p: Person) => {
    if ((usedAlone.get(key) ?? p) === p) recent.set(key, p);
  };
  const orgAliases = new Map<string, { id: string; name: string }>();
  // Every body by its folded name and short names.
  const bodies = new Map<string, string>();
  for (const mentions of sentences)
    for (const m of mentions)
      if (m.kind === 'org') {
        bodies.set(foldText(m.name), m.id);
        for (const a of m.aliases ?? []) {
          orgAliases.set(foldText(a), { id: m.id, name: m.name });
          bodies.set(foldText(a), m.id);
        }
      }
  const byShort = new Map([...orgAliases].map(([a, o]) => [entityId('Organization', a), o.id]));
  const spelled = spelledOut(sentences);
  for (const mentions of sentences)
    for (const m of mentions)
      if ((m.kind === 'person' || m.kind === 'role') && m.title)
        titleOfBody(m.title, byShort, bodies);
  const named: Resolution['named'] = new Map();
  const lastByHead = new Map<string, { id: string; name: string }>();
  // The state last named of each realm's style ("the Sultanate"), kept as states are named, so
  // that finding it costs the same however many states the article named before.
  const realmLast = new Map<string, string>();
  const stateSeen = (id: string) => {
    const realm = g.realmOf.get(id);
    if (realm) realmLast.set(realm, id);
  };
  const tentative = new Map<string, string>();
  const note = (id: string, type: EntityType, name: string, alias: string) => {
    const entry = named.get(id) ?? { name, type, aliases: new Set<string>() };
    entry.aliases.add(alias);
    named.set(id, entry);
  };
  const refs = sentences.map((mentions, s) => {
    const out: Ref[] = [];
    const push = (
      m: { start: number; end: number; locative: boolean },
      id: string,
      type: EntityType,
      demonym = false,
    ) =>
      out.push({
        start: m.start,
        end: m.end,
        id,
        type,
        demonym,
        locative: m.locative,
        surface: textOf(s, { ...m, kind: 'place', id, name: '' }),
      });
    let previous: Mention | undefined;
    for (const m of mentions) {
      const surface = textOf(s, m);
      switch (m.kind) {
        case 'state': {
          // "Congo's President" after talks in Brazzaville: the other state of that name.
          const id = otherState.get(m.id) ?? m.id;
          stateSeen(id);
          const known = g.entities.get(id)!;
          note(id, 'State', known.name, surface);
          push(m, id, 'State', m.form === 'demonym');
          if (m.form === 'capital') out[out.length - 1]!.capital = m.place ?? true;
          if (m.form === 'seat') out[out.length - 1]!.seat = true;
          break;
        }
        case 'org':
        case 'place': {
          // "The FGS delegation" after "the Federal Government of Somalia (FGS)": the state.
          const state = m.kind === 'org' ? stateShorts.get(foldText(m.name)) : undefined;
          if (state) {
            note(state, 'State', g.entities.get(state)!.name, surface);
            push(m, state, 'State');
            break;
          }
          const type = m.kind === 'org' ? 'Organization' : 'Place';
          const alias = m.kind === 'org' ? orgAliases.get(foldText(m.name)) : undefined;
          // "PNG" and "the ABG" after "Papua New Guinea" and "the Autonomous Bougainville
          // Government": initials no gazetteer knows, of a name the text spells out.
          const full =
            m.kind === 'org' && !alias && isAcronym(m.name) && !g.entities.has(m.id)
              ? spelled.get(m.name)
              : undefined;
          if (full) {
            note(full.id, full.type, full.name, surface);
            push(m, full.id, full.type);
            break;
          }
          note(alias?.id ?? m.id, type, alias?.name ?? m.name, surface);
          push(m, alias?.id ?? m.id, type);
          const head = foldText(m.name.split(' ').at(-1) ?? '');
          if (m.kind === 'org' && g.orgHeads.has(head))
            lastByHead.set(head, { id: alias?.id ?? m.id, name: alias?.name ?? m.name });
          if (m.kind === 'place' && m.dateline) out[out.length - 1]!.dateline = true;
          const seat = m.kind === 'place' ? g.capitalOf.get(m.id) : undefined;
          if (seat) stateSeen(seat);
          break;
        }
        case 'person': {
          const p = byMention.get(m)!;
          nameHeard(nameKey(reg.surnameOf(m.name)), p);
          push(m, p.id, 'Person');
          const led = m.title?.leads && !m.title.former ? m.title.of : undefined;
          if (led?.startsWith('state:')) out[out.length - 1]!.leads = led;
          break;
        }
        case 'role': {
          const p = reg.leaderOf(m.title);
          // "President" or "the Russian leader" stands for the person here, but is no name of
          // theirs: as an alias it made a bare title find one person in search.
          if (p) push(m, p.id, 'Person');
          // "The Qatari emir met ...", with the emir never named: the head stands for the state,
          // as "Qatar's emir" does; so does any unnamed official of it ("the Indian foreign
          // minister met ..."). Not when someone holds the office with no state said
          // ("President X" ... "the U.S. president"), nor for a head of some body ("the head of
          // Chad's council"), nor for "his Beninese counterpart", who may hold any office.
          else if (
            !m.title.former &&
            m.title.of?.startsWith('state:') &&
            !GENERIC_HEAD.test(m.title.role) &&
            m.title.role !== 'Counterpart' &&
            !reg.holdsBare(m.title.role)
          ) {
            note(m.title.of, 'State', g.entities.get(m.title.of)!.name, surface);
            push(m, m.title.of, 'State');
          }
          // "the United Nations moderator of the negotiations": a body's unnamed go-between
          // acts for the body.
          else if (
            !m.title.former &&
            !(previous?.kind === 'person' && m.start - previous.end <= APPOSED) &&
            m.title.of?.startsWith('organization:') &&
            REPRESENTATIVES.get(m.title.role.split(' ').at(-1)!.toLowerCase()) === 'mediator'
          ) {
            const body = g.entities.get(m.title.of);
            if (body) {
              note(m.title.of, 'Organization', body.name, surface);
              push(m, m.title.of, 'Organization');
            }
          }
          break;
        }
        case 'name': {
          const parts = words(m.name);
          const alias = orgAliases.get(foldText(m.name));
          if (alias) {
            note(alias.id, 'Organization', alias.name, surface);
            push(m, alias.id, 'Organization');
            break;
          }
          const registered = byMention.get(m);
          if (registered) {
            nameHeard(nameKey(reg.surnameOf(m.name)), registered);
            push(m, registered.id, 'Person');
            break;
          }
          if (isPlaceName(m)) {
            const id = entityId('Place', m.name);
            note(id, 'Place', m.name, m.name);
            push(m, id, 'Place');
            break;
          }
          // "MUSCAT - ... the Sultanate's role": the realm the text is about, of that style.
          const realm = parts.length === 1 ? realmLast.get(foldText(m.name)) : undefined;
          if (realm) {
            note(realm, 'State', g.entities.get(realm)!.name, surface);
            push(m, realm, 'State');
            break;
          }
          // "the ECOWAS Commission ... the good offices of the Commission": the body last
          // named with that head noun, never a person called so.
          const body = parts.length === 1 ? lastByHead.get(foldText(m.name)) : undefined;
          if (body) {
            note(body.id, 'Organization', body.name, surface);
            push(m, body.id, 'Organization');
            break;
          }
          if (parts.length === 1) {
            const p = findPerson(m.name);
            if (p) {
              usedAlone.set(nameKey(m.name), p);
              p.aliases.add(m.name);
              push(m, p.id, 'Person');
            } else if (m.locative && (m.proper || m.start > 0)) {
              const id = entityId('Place', m.name);
              note(id, 'Place', m.name, m.name);
              push(m, id, 'Place');
            } else if (
              m.proper &&
              !m.definite &&
              // ("Adviser on Peace, Reconciliation and Unity": a portfolio's word is no one.)
              !g.portfolios.has(foldText(m.name)) &&
              ((m.start > 0 && !m.lede) || m.subject) &&
              /^\p{Lu}\p{Ll}/u.test(m.name)
            ) {
              // A lone surname the article never introduces ("met Erdogan", "Vucic met"): a
              // person only if a relation needs it, which `extract` decides.
              const id = entityId('Person', m.name);
              tentative.set(id, m.name);
              push(m, id, 'Person');
            }
            break;
          }
          // A title-case headline: find the known people among its words.
          let offset = m.start;
          for (const part of parts) {
            const at = surface.indexOf(part, offset - m.start) + m.start;
            const p = findPerson(part);
            if (p) push({ start: at, end: at + part.length, locative: false }, p.id, 'Person');
            offset = at + part.length;
          }
          break;
        }
      }
      previous = m;
    }
    return out;
  });
  return { refs, people, named, tentative };
}

/**
 * Shared names ("Congo", "Congolese") that mean the other state in this article: one it names
 * by its own name or capital, while it never names the usual one but by the shared word. The
 * usual state's id to the other's.
 */
function sharedOthers(
  sentences: Mention[][],
  textOf: (s: number, m: Mention) => string,
): Map<string, string> {
  const g = gazetteer();
  const plain = new Set<string>();
  const shared = new Map<string, string>();
  sentences.forEach((mentions, s) => {
    for (const m of mentions) {
      const capital = m.kind === 'place' ? g.capitalOf.get(m.id) : undefined;
      if (capital) plain.add(capital);
      // ("Congo's President X": the state named inside the person's mention.)
      if (m.kind === 'person') {
        const owner = /^(\p{L}+)(?:['’]s)?\s/u.exec(textOf(s, m));
        const other = owner ? g.sharedOthers.get(foldText(owner[1]!)) : undefined;
        if (other && m.title?.of) shared.set(m.title.of, other);
      }
      if (m.kind !== 'state') continue;
      const word = g.sharedOthers.get(foldText(textOf(s, m).replace(/['’]s$/, '')));
      if (word) shared.set(m.id, word);
      else plain.add(m.id);
    }
  });
  return new Map([...shared].filter(([usual, other]) => plain.has(other) && !plain.has(usual)));
}
