/**
 * The gazetteer: every name the extractor knows before reading a word, compiled once into a
 * phrase trie. Countries, their demonyms and capitals come from world-countries (ODbL, see the
 * README); what news text adds to it (newsroom names, seats of government such as "the
 * Kremlin", organisations, regions, titles) lives in the JSON files beside this module. Code
 * never names a country or a person: it only knows the kinds of entry.
 */
import { createRequire } from 'node:module';
import { entityId, foldText, type EntityType } from '../domain/index.ts';
import { PhraseTrie } from './tokens.ts';
import boilerplate from './gazetteer/boilerplate.json' with { type: 'json' };
import familyFirst from './gazetteer/family-first.json' with { type: 'json' };
import organizations from './gazetteer/organizations.json' with { type: 'json' };
import places from './gazetteer/places.json' with { type: 'json' };
import states from './gazetteer/states.json' with { type: 'json' };
import titles from './gazetteer/titles.json' with { type: 'json' };

interface Country {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

/** What a gazetteer phrase names. `exact`: an acronym ("AU", "US") matches only as written. */
export type Entry = (
  | {
      kind: 'state';
      id: string;
      name: string;
      form: 'name' | 'demonym' | 'seat' | 'capital';
      /** For a capital: the city itself ("Pretoria", not another of South Africa's capitals). */
      place?: Known;
    }
  | { kind: 'org'; id: string; name: string }
  | { kind: 'place'; id: string; name: string }
  | { kind: 'title'; role: string; leads: boolean; plural?: boolean }
  | { kind: 'honorific' }
) & { exact?: string };

/** Acronyms ("US", "WHO", "AU") are words too when written in lower or title case. */
function withCase<T extends Entry>(phrase: string, entry: T): T {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length <= 5 && letters === letters.toUpperCase()
    ? { ...entry, exact: phrase }
    : entry;
}

export interface Known {
  id: string;
  name: string;
  type: EntityType;
}

export interface Gazetteer {
  trie: PhraseTrie<Entry>;
  /** Entities by id, with their display name and type. */
  entities: Map<string, Known>;
  /** The capital of each state id, as a place entity, for "in Moscow" read as a place. */
  capitalPlace: Map<string, Known>;
  /** Every capital's place id to its state's id. */
  capitalOf: Map<string, string>;
  /** A realm's word for itself ("kingdom", "sultanate"), folded, by state id: "the Kingdom". */
  realmOf: Map<string, string>;
  /** Newsrooms ("Reuters", "Anadolu Agency"): a source one speaks to, not an actor. */
  media: Set<string>;
  /** Folded words that end an organisation's name ("Council", "Front"). */
  orgHeads: Set<string>;
  /** Heads whose name goes on with "in STATE" ("UN Support Mission in Libya"). */
  locatedHeads: Set<string>;
  /** Heads of a state's own organs ("Ministry of Foreign Affairs of Bolivia"). */
  organHeads: Set<string>;
  /** Words of faith or doctrine before a body's name ("the Shia Houthi group"). */
  creeds: Set<string>;
  /** Heads that name a body only with an "of" name ("House of Representatives"). */
  ofHeads: Set<string>;
  /** Head nouns that open a name ("Frente POLISARIO"), its words running on after them. */
  headFirst: Set<string>;
  /** Title words of people who deal with other states ("envoy", "ambassador"). */
  foreignFacing: RegExp;
  /** Folded adjectives that are no one's name alone ("Western leaders", "Arab states"). */
  notNames: Set<string>;
  /** Folded words that end the name of a venue ("Palace", "Hotel"): such a name is a place. */
  placeHeads: Set<string>;
  /** Folded words that are never a place after "in"/"at" (weekdays, months, platforms). */
  notPlaces: Set<string>;
  nameParticles: Set<string>;
  /** A shared name or adjective, folded, to the other state it may mean ("congo" -> COG's id). */
  sharedOthers: Map<string, string>;
  /** Letters after a name ("MP", "KBE"), as written. */
  postnominals: Set<string>;
  /** Every title as written there, in lower case ("secretary-general"). */
  titleNames: Set<string>;
  /** Roles that head a body, never a state ("Director-General"). */
  bodyHeads: Set<string>;
  /** Words of a ministry's portfolio ("Water", "Energy"), folded. */
  portfolios: Set<string>;
  /** Folded words for a head of state or government ("leader", "president"). */
  leaderWords: string[];
  familyFirst: Set<string>;
  /** Words before a title: kept ("acting"), subordinate ("deputy"), or former ("ex"). */
  titleModifiers: {
    keep: Set<string>;
    subordinate: Set<string>;
    former: Set<string>;
    body: Set<string>;
  };
  endMarkers: RegExp[];
  dropLines: RegExp[];
}

const require = createRequire(import.meta.url);
// Sovereign states first, so a demonym shared with a territory ("French") names the state.
const COUNTRIES = [
  ...(require('world-countries') as Country[]),
  ...(states.breakaway.states as Country[]),
].toSorted((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));

let compiled: Gazetteer | null = null;

/** The gazetteer, compiled on first use (about 20 ms) and shared after. */
export function gazetteer(): Gazetteer {
  compiled ??= compile();
  return compiled;
}

function compile(): Gazetteer {
  const trie = new PhraseTrie<Entry>();
  const entities = new Map<string, Known>();
  const capitalPlace = new Map<string, Known>();
  const capitalOf = new Map<string, string>();
  const media = new Set<string>();
  const displayNames = states.displayNames as Record<string, string>;
  const aliases = states.aliases as Record<string, string[]>;
  const seats = states.seats as Record<string, string[]>;
  const shared = states.sharedDemonyms as Record<string, string>;
  const sharedNames = Object.entries(states.sharedNames as Record<string, string>).filter(
    ([name]) => name !== 'about',
  );
  const notNames = new Set(states.altSpellingsNotNames.words);
  const notCapitals = new Set(states.capitalsNotAsWords.map(foldText));

  // Whose formal name each is: "Republic of China" is Taiwan's, so it is never China's.
  const formalOwner = new Map(
    COUNTRIES.flatMap((c) => [c.name.official, ...c.altSpellings].map((n) => [n, c.cca3])),
  );
  const realmOf = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const country of COUNTRIES) {
    const name = displayNames[country.cca3] ?? country.name.common;
    const id = entityId('State', name);
    byCode.set(country.cca3, id);
    entities.set(id, { id, name, type: 'State' });
    // "Sultanate of Oman", "Hashemite Kingdom of Jordan": the realm's word before its "of".
    const realm = /\b(Kingdom|Sultanate|Emirate|Principality|Grand Duchy) of\b/.exec(
      country.name.official,
    );
    if (realm) realmOf.set(id, foldText(realm[1]!));
    const add = (phrase: string, form: 'name' | 'demonym' | 'seat' | 'capital') =>
      trie.add(phrase, withCase(phrase, { kind: 'state', id, name, form }));
    const names = new Set([
      name,
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(
        (s) => s.length > 3 && /^[\p{L} .,'’()-]+$/u.test(s) && !notNames.has(s),
      ),
    ]);
    // "the Republic of Ukraine": wire copy's formal name for a state whose official one is short.
    const formal = `Republic of ${country.name.common}`;
    if ((formalOwner.get(formal) ?? country.cca3) === country.cca3) names.add(formal);
    for (const alias of aliases[country.cca3] ?? []) {
      // Adjectival aliases ("Azeri") act like demonyms; the rest are names.
      if (/(?:i|ian|ese|ish|ch|ean|an)$/.test(alias) && !names.has(alias)) add(alias, 'demonym');
      else names.add(alias);
    }
    for (const [n, owner] of sharedNames)
      if (owner === country.cca3) names.add(n);
      else names.delete(n);
    for (const n of names) add(n, 'name');
    const demonyms = country.demonyms?.eng;
    const adjectives = [
      ...(demonyms ? [demonyms.m, demonyms.f] : []).flatMap((d) => d.split(/\s*,\s*/)),
      ...((states.demonyms as Record<string, string[] | string>)[country.cca3] ?? []),
    ];
    for (const d of new Set(adjectives)) {
      if (names.has(d) || (shared[d] && shared[d] !== country.cca3)) continue;
      add(d, 'demonym');
      // "Armenians and Azerbaijanis": the people for their state.
      if (/(?:an|i)$/.test(d)) add(`${d}s`, 'demonym');
    }
    for (const seat of seats[country.cca3] ?? []) add(seat, 'seat');
    const cities = (states.governmentCities as Record<string, string[] | string>)[country.cca3];
    for (const capital of [...country.capital, ...(Array.isArray(cities) ? cities : [])]) {
      const placeId = entityId('Place', capital);
      const place = { id: placeId, name: capital, type: 'Place' as const };
      // "Mexico City", "Kingston": a place, but never the state speaking, as "Moscow" is.
      if (notCapitals.has(foldText(capital))) {
        if (/ /.test(capital)) {
          trie.add(capital, withCase(capital, { kind: 'place', id: placeId, name: capital }));
          capitalOf.set(placeId, id);
          entities.set(placeId, place);
        }
        continue;
      }
      trie.add(capital, withCase(capital, { kind: 'state', id, name, form: 'capital', place }));
      // A state's first capital stands for it; every capital is its state's.
      if (!capitalPlace.has(id)) capitalPlace.set(id, place);
      capitalOf.set(placeId, id);
      entities.set(placeId, place);
    }
  }
  for (const org of organizations.organizations) {
    const id = entityId('Organization', org.name);
    entities.set(id, { id, name: org.name, type: 'Organization' });
    if ((org as { media?: boolean }).media) media.add(id);
    for (const n of [org.name, ...org.aliases])
      trie.add(n, withCase(n, { kind: 'org', id, name: org.name }));
  }
  for (const place of places.places) {
    const id = entityId('Place', place.name);
    entities.set(id, { id, name: place.name, type: 'Place' });
    for (const n of [place.name, ...place.aliases])
      trie.add(n, { kind: 'place', id, name: place.name });
  }
  for (const title of titles.titles) {
    const entry = withCase(title.title, { kind: 'title', role: title.role, leads: title.leads });
    trie.add(title.title, entry);
    // "his Armenian counterparts X and Y", "the Foreign Ministers": the plural is a title too.
    // "the Ministers of Foreign Affairs of X and Y": an office's noun takes the plural.
    const office = /^(.*[a-z])( (?:of|for) .+)$/.exec(title.title);
    if (office) trie.add(`${office[1]}s${office[2]}`, { ...entry, plural: true });
    else if (/[a-z]$/.test(title.title)) trie.add(`${title.title}s`, { ...entry, plural: true });
  }
  for (const honorific of titles.honorifics) trie.add(honorific, { kind: 'honorific' });

  const patterns = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));
  return {
    trie,
    entities,
    capitalPlace,
    capitalOf,
    realmOf,
    media,
    orgHeads: new Set(organizations.headNouns.map(foldText)),
    locatedHeads: new Set(organizations.locatedHeads.words.map(foldText)),
    ofHeads: new Set(organizations.ofHeads.words.map(foldText)),
    headFirst: new Set(organizations.headFirst.words.map(foldText)),
    organHeads: new Set(organizations.organHeads.words.map(foldText)),
    creeds: new Set(organizations.creeds.words.map(foldText)),
    notPlaces: new Set(places.notPlaces.map(foldText)),
    placeHeads: new Set(places.headNouns.map(foldText)),
    notNames: new Set(places.notNames.map(foldText)),
    sharedOthers: new Map(
      Object.entries(states.sharedOthers as Record<string, string>)
        .filter(([word]) => word !== 'about')
        .map(([word, code]) => [foldText(word), byCode.get(code)!]),
    ),
    nameParticles: new Set(titles.nameParticles.map(foldText)),
    postnominals: new Set(titles.postnominals.words),
    titleNames: new Set(titles.titles.map((t) => t.title.toLowerCase())),
    bodyHeads: new Set(titles.bodyHeads.roles),
    portfolios: new Set(titles.portfolios.words.map(foldText)),
    foreignFacing: new RegExp(`\\b(?:${titles.foreignFacing.words.join('|')})`, 'i'),
    leaderWords: titles.leaderWords,
    familyFirst: new Set(familyFirst.surnames.map(foldText)),
    titleModifiers: {
      keep: new Set(titles.modifiers.keep.map(foldText)),
      subordinate: new Set(titles.modifiers.subordinate.map(foldText)),
      former: new Set(titles.modifiers.former.map(foldText)),
      body: new Set(titles.modifiers.body.map(foldText)),
    },
    endMarkers: patterns(boilerplate.endMarkers),
    dropLines: patterns(boilerplate.dropLines),
  };
}
