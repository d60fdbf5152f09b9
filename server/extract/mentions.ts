/**
 * Mentions: the spans of a sentence that name an actor or a place, found by one pass over its
 * tokens. At each token, in order of preference: a person introduced by a title, with what the
 * title is of ("Uzbek First Deputy Foreign Minister X", "President X of Ghana", "Sheikh Tamim
 * bin Hamad Al Thani"); a role without a name ("the Russian leader"); a gazetteer entry (state,
 * demonym, seat, capital, organisation, region); an organisation by its head noun ("... Fund
 * Group") with its bracketed alias ("(Renamo)"); otherwise a run of capitalised words, left to
 * resolve.ts. A capital is its state when it acts ("Baku said"), a place after "in", "at", "to".
 */
import { entityId, foldText } from '../domain/index.ts';
import { gazetteer, type Entry } from './gazetteer.ts';
import {
  afterLocativePlace,
  isLocative,
  isWord,
  nameEnd,
  textOf,
  type Context,
} from './mention-context.ts';
import { nameAt } from './name-mentions.ts';
import { bracketed, namedOrg, shortOfState, slashNames } from './org-mentions.ts';
import { withAppositives } from './appositives.ts';
import { personAt } from './person-mentions.ts';
import { titleAt } from './titles.ts';
import type { Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Title {
  role: string;
  leads: boolean;
  /** The state or organisation the title is of ("French President" -> state:france). */
  of: string | null;
  /** Offsets in the sentence of the title's own words ("Prime Minister"): what states LEADS. */
  words: { start: number; end: number };
  former?: boolean;
  /** "the front's chairman": the head noun of the organisation the title is of. */
  ofHead?: string;
  /** Of something named without a name ("of its military council"): no context guess. */
  ofUnknown?: boolean;
  /** The state a title shares with the one before it ("Israeli President A and Prime
   * Minister B"): a guess that any title naming B's own state overrides. */
  shared?: string;
  /** "Its president, X": of the body or state the text was just about, not of the sentence's. */
  owned?: boolean;
}

export type Mention =
  | (Span & {
      kind: 'state';
      id: string;
      form: 'name' | 'demonym' | 'seat' | 'capital';
      /** For a capital: its own place id. */
      place?: string;
      /** "the Federal Government of Somalia (FGS)": the short name the text gives it. */
      short?: string;
    })
  | (Span & { kind: 'org'; id: string; name: string; aliases?: string[] })
  | (Span & { kind: 'place'; id: string; name: string; dateline?: boolean })
  /** A person named in the text; `name` is the name without title or honorific. */
  | (Span & {
      kind: 'person';
      name: string;
      title: Title | null;
      /** A first title joined by "and" ("OSCE Chairperson-in-Office and Finnish FM X"). */
      also?: Title;
    })
  /** A run of capitalised words that may be a person's name, a place or nothing. */
  | (Span & {
      kind: 'name';
      name: string;
      proper: boolean;
      /** Right before a verb ("Vucic met ..."): the subject of its clause. */
      subject?: boolean;
      /** Opens the lede after a dateline ("ISTANBUL - Peace talks"): as if it began the sentence. */
      lede?: boolean;
      /** After "the" ("the Nile", "the Commission"): a thing or a body, never a person. */
      definite?: boolean;
      /** "the North-West and South-West regions", "Kunar province": a region's name. */
      region?: boolean;
    })
  /** "the Russian leader": whoever holds the title in this article. */
  | (Span & { kind: 'role'; title: Title; also?: Title });

export interface Span {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** After "in", "at", "to": where something happened rather than who did it. */
  locative: boolean;
}

// "NAIROBI, March 3 -", "CHISINAU, 23 May 2025 –", "TUNIS, March 7 (Xinhua) --".
const DATELINE =
  /^(\p{Lu}[\p{Lu} .'-]{2,40})(?:,\s*(?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?(?:,?\s+\d{4})?))?\s*(?::|\(\w[^)]{0,30}\)\s*(?:--|[-–—:])|(?:--|[-–—])\s)/u;

// "YOKOTA, Japan Nov 20 President X ...": a wire dateline whose dash was lost, known by its
// city in capitals, perhaps a country, and the day.
const UNMARKED_DATELINE =
  /^(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?),\s*(?:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,?\s+)?\p{Lu}\p{Ll}{2}\.?\s+\d{1,2}\s+(?=\p{Lu})/u;

// "ACCRA, Wednesday June 12", "Djibouti, 7 March 2025": a line of its own, the place and day
// a release or a paper's report was filed.
const DATELINE_LINE =
  /^(\p{Lu}[\p{Lu}\p{Ll}]+(?:[ -]\p{Lu}[\p{Lu}\p{Ll}]+){0,2}),\s*(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s+\d{4})?\s*$/u;

const PLAIN_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s*(?:\(\w[^)]{0,30}\)\s*)?[-–—]\s/u;

function accepts(entry: Entry, tokens: Token[], from: number, end: number): boolean {
  if (entry.exact !== undefined) {
    const text = tokens
      .slice(from, end)
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([.'’-]) ?/g, '$1');
    return (
      foldText(text) === foldText(entry.exact) &&
      text.replace(/[^\p{L}]/gu, '') === entry.exact.replace(/[^\p{L}]/gu, '')
    );
  }
  // Names are capitalised in running text; titles may not be ("Russian president").
  return entry.kind === 'title' || tokens[from]!.upper;
}

export function findMentions(sentence: Sentence, titleCase: boolean): Mention[] {
  const g = gazetteer();
  const tokens = tokenize(sentence.text);
  const c: Context = {
    tokens,
    g,
    sentence,
    mentions: [],
    lookup: (i) =>
      i < tokens.length ? g.trie.longest(tokens, i, (e, end) => accepts(e, tokens, i, end)) : null,
    proper: (i) => {
      const tag = sentence.pos.get(tokens[i]!.start);
      return tag === 'PROPN' || tag === undefined;
    },
    tag: (i) => (i < tokens.length ? sentence.pos.get(tokens[i]!.start) : undefined),
    titleCase,
  };
  let i = dateline(c);
  const lastAnd = tokens.findLastIndex((t) => t.fold === 'and');
  while (i < tokens.length) {
    const next =
      pairedTitle(c, i, lastAnd) ?? personAt(c, i) ?? entryAt(c, i) ?? nameAt(c, i, titleCase);
    i = next ?? i + 1;
  }
  c.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // "between HE President X and HE President Y", "the President of Niger, His Excellency
  // General X": a style opens the person's words (and so stands in no appositive's gap).
  for (const m of c.mentions) {
    if (m.kind !== 'person' && m.kind !== 'role') continue;
    const style = STYLE_BEFORE.exec(sentence.text.slice(0, m.start));
    if (style) m.start -= style[0].length;
  }
  return withAppositives(slashNames(c.mentions, sentence.text), sentence.text);
}

/**
 * "First Deputy Prime Minister and Minister of Foreign Affairs X", "Crown Prince and Prime
 * Minister X": the first of two titles joined by "and" names no one; the second, with the
 * name, stands for both. Where the next title starts.
 */
function pairedTitle(c: Context, i: number, lastAnd: number): number | null {
  // Cheap first: a title at or past the sentence's last "and" has no "and" after it.
  const first = i < lastAnd && c.tokens[i]?.upper ? titleAt(c, i) : null;
  const second =
    first && c.tokens[first.end]?.fold === 'and' ? secondTitle(c, first.end + 1) : null;
  if (!first || !second) return null;
  const before = c.mentions.length;
  const next = personAt(c, first.end + 1);
  // The person's words open with the first title, so the clause reads them as one.
  const person = c.mentions[before];
  // ("... and Head of MINURSO, Ms X": a role whose holder follows its comma, likewise.)
  if (next !== null && (person?.kind === 'person' || person?.kind === 'role')) {
    person.start = c.tokens[i]!.start;
    // The first title is theirs too, of the body named right before it, if any, or of the
    // state owning it ("Qatar's Prime Minister and Minister of Foreign Affairs, X"), else of
    // the second title's state ("Prime Minister and Minister of Foreign Affairs of Qatar X").
    const owner = c.mentions[before - 1];
    const body = owner?.kind === 'org' && owner.end === c.tokens[i - 1]?.end;
    const owned =
      owner?.kind === 'state' &&
      c.tokens[i - 1]?.fold === "'s" &&
      owner.end === c.tokens[i - 2]?.end;
    const state = person.title?.of?.startsWith('state:') ? person.title.of : null;
    const of = body || owned ? owner!.id : (first.of ?? state);
    if (first.role !== second.role)
      person.also = {
        role: first.role,
        leads: first.leads,
        of,
        words: first.words,
        former: first.former,
      };
  }
  // "X, Crown Prince and Prime Minister, met ...": two titles in apposition are one role for
  // the name before them (the leading one, when only one leads); none of their words is a name.
  // ("the Special Representative and Head of the UN Force in Cyprus (UNFICYP), X": a role
  // whose short name in brackets comes before its holder's name.)
  if (next === null && (c.tokens[i - 1]?.text === ',' || c.tokens[second.end]?.text === '(')) {
    // ("X, President of Zambia and Chairperson of the SADC Organ,": two heads' offices of
    // two bodies are both held, the first as the title.)
    const both = first.leads && second.leads && first.of && second.of && first.of !== second.of;
    // ("X, President of Tanzania and Incoming Chairperson of the Organ,": the office whose
    // state or body is known is the title.)
    const known = first.leads && first.of && !second.of;
    const t = second.leads && !both && !known ? second : !first.leads ? second : first;
    const as = (x: typeof t) => ({
      role: x.role,
      leads: x.leads,
      of: x.of,
      words: x.words,
      former: x.former,
    });
    c.mentions.push({
      kind: 'role',
      title: as(t),
      ...(both ? { also: as(second) } : {}),
      start: c.tokens[i]!.start,
      end: c.tokens[second.end - 1]!.end,
      locative: false,
    });
    // The bodies the offices name, the second known also by its short name in brackets.
    const short = bracketed(c, second.end);
    for (const x of [first, second])
      if (x.org)
        c.mentions.push({
          kind: 'org',
          id: x.org.id,
          name: x.org.name,
          ...(x === second && short ? { aliases: [short.text] } : {}),
          start: x.org.start,
          end: x.org.end,
          locative: false,
        });
  }
  return next ?? second.end;
}

/** A style of address right before a person's words ("HE", "HH the", "His Excellency"). */
const STYLE_BEFORE =
  /\b(?:(?:His|Her)\s+(?:Excellency|Majesty|(?:Royal\s+)?Highness)|HE|H\.E\.|HH(?: the)?|H\.H\.(?: the)?|HRH|H\.R\.H\.|HM)\s+$/;

/** The title after "and", perhaps after its state's word ("and Finnish Foreign Minister X"). */
function secondTitle(c: Context, at: number) {
  const state = c.lookup(at)?.values.some((v) => v.kind === 'state') ? c.lookup(at)! : null;
  return titleAt(c, at) ?? (state ? titleAt(c, state.end) : null);
}

/** "MOSCOW:", "NAIROBI, March 3 (Wire) -": the place the report is filed from. */
function dateline(c: Context): number {
  const hit = c.lookup(0);
  const capital = hit?.values.find((v) => v.kind === 'state' && v.form === 'capital');
  // "Luanda - The President ...": agencies that write the city in plain case, for a city
  // the gazetteer knows.
  const m =
    DATELINE.exec(c.sentence.text) ??
    (capital ? PLAIN_DATELINE.exec(c.sentence.text) : null) ??
    (capital || /^\p{Lu}{3}/u.test(c.sentence.text) ? DATELINE_LINE.exec(c.sentence.text) : null) ??
    UNMARKED_DATELINE.exec(c.sentence.text);
  if (!m) return 0;
  const name = m[1]!.trim();
  const place =
    capital && capital.kind === 'state'
      ? (capital.place ?? c.g.capitalPlace.get(capital.id))
      : undefined;
  const placeName =
    place?.name ?? name.toLowerCase().replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
  c.mentions.push({
    kind: 'place',
    id: place?.id ?? entityId('Place', placeName),
    name: placeName,
    start: 0,
    end: name.length,
    locative: true,
    dateline: true,
  });
  // Past the whole dateline: "GENEVA (Dec 17) —" leaves no name behind.
  const end = c.tokens.findIndex((t) => t.start >= m[0].length);
  return end < 0 ? c.tokens.length : end;
}

/** A gazetteer entry: a state (or its demonym, seat or capital), an organisation, a place. */
function entryAt(c: Context, i: number): number | null {
  const { tokens, g } = c;
  const t = tokens[i]!;
  const first = c.lookup(i);
  if (!first || !t.upper) return null;
  const entry = first.values.find(
    (v) => v.kind === 'state' || v.kind === 'org' || v.kind === 'place',
  );
  if (!entry) return null;
  const next = tokens[first.end];
  // "Jordan Bardella", "Victoria Nuland": a one-word place followed by a name is a name.
  const swallowed =
    first.end - i === 1 &&
    entry.kind !== 'org' &&
    !(entry.kind === 'state' && entry.form === 'demonym') &&
    isWord(next) &&
    !g.notPlaces.has(next!.fold) &&
    !c.lookup(first.end) &&
    c.proper(first.end) &&
    // "the Security Council of Uzbekistan Anvar Tursunov": after "of", or before a whole
    // name of its own, the state is the state.
    tokens[i - 1]?.fold !== 'of' &&
    nameEnd(c, first.end) - first.end < 2;
  if (swallowed) return null;
  // "Rome-based", "Kenyan-led": an adjective made of a name, no actor of its own.
  if (next?.text === '-' && /^(?:based|born|owned|made)$/.test(tokens[first.end + 1]?.fold ?? ''))
    return first.end + 2;
  // "Mozambican National Resistance (Renamo)", "South Sudan United Opposition Front": a
  // state's name or adjective opening a longer name is part of it.
  // "Tigray People's Liberation Front": so is a region's.
  // "UN Support Mission in Libya": and a body's, after a body's short name.
  if (
    ((entry.kind === 'state' && (entry.form === 'demonym' || entry.form === 'name')) ||
      entry.kind === 'place' ||
      (entry.kind === 'org' && next?.upper)) &&
    isWord(next) &&
    !c.lookup(first.end)
  ) {
    const org = namedOrg(c, i);
    if (org !== null) return org;
  }
  const span = {
    start: t.start,
    end: tokens[first.end - 1]!.end,
    locative: isLocative(c, i) || (entry.kind === 'state' && afterLocativePlace(c, i)),
  };
  if (entry.kind === 'state') {
    const asPlace = span.locative && (entry.form === 'capital' || entry.form === 'seat');
    const place =
      entry.form === 'capital' ? (entry.place ?? g.capitalPlace.get(entry.id)) : undefined;
    if (asPlace) {
      const name = place?.name ?? textOf(c, i, first.end).replace(/^the /i, '');
      c.mentions.push({ kind: 'place', id: place?.id ?? entityId('Place', name), name, ...span });
    } else {
      // ("the Federal Government of Somalia (FGS)": the bracket is the state's short name.)
      // (Not the end of a longer name: "Tehrik-i-Taliban Pakistan (TTP)" is a body.)
      const short =
        entry.form === 'name' && !tokens[i - 1]?.upper ? shortOfState(c, first.end) : null;
      c.mentions.push({
        kind: 'state',
        id: entry.id,
        form: entry.form,
        place: place?.id,
        ...(short ? { short: short.text } : {}),
        ...span,
      });
      if (short) return short.end;
    }
  } else if (entry.kind === 'org')
    c.mentions.push({ kind: 'org', id: entry.id, name: entry.name, ...span });
  else if (entry.kind === 'place')
    c.mentions.push({ kind: 'place', id: entry.id, name: entry.name, ...span });
  return first.end;
}

/** Whether a line is written in title case, as headlines often are: then capitals prove nothing. */
export function isTitleCase(text: string): boolean {
  // Body sentences end with a stop; headlines do not.
  if (/[.!?"”’]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.8;
}
