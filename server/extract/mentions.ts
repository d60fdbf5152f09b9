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
import type { Sentence } from './sentences.ts';
import { orgName, titleAt, type TitleContext } from './titles.ts';
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
}

export type Mention =
  | (Span & {
      kind: 'state';
      id: string;
      form: 'name' | 'demonym' | 'seat' | 'capital';
      /** For a capital: its own place id. */
      place?: string;
    })
  | (Span & { kind: 'org'; id: string; name: string; aliases?: string[] })
  | (Span & { kind: 'place'; id: string; name: string; dateline?: boolean })
  /** A person named in the text; `name` is the name without title or honorific. */
  | (Span & { kind: 'person'; name: string; title: Title | null })
  /** A run of capitalised words that may be a person's name, a place or nothing. */
  | (Span & { kind: 'name'; name: string; proper: boolean })
  /** "the Russian leader": whoever holds the title in this article. */
  | (Span & { kind: 'role'; title: Title });

export interface Span {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** After "in", "at", "to": where something happened rather than who did it. */
  locative: boolean;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'near', 'outside', 'into', 'via', 'inside', 'across']);
const DATELINE =
  /^(\p{Lu}[\p{Lu} .'-]{2,40})(?:,\s*\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2})?\s*(?::|\(\w[^)]{0,30}\)\s*[-–—:]|[-–—]\s)/u;
const NAME_TOKENS = 12;

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

interface Context extends TitleContext {
  sentence: Sentence;
  mentions: Mention[];
  proper(i: number): boolean;
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
  };
  let i = dateline(c);
  while (i < tokens.length) {
    const next = personAt(c, i) ?? entryAt(c, i) ?? nameAt(c, i, titleCase);
    i = next ?? i + 1;
  }
  c.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return withAppositives(c.mentions, sentence.text);
}

const isLocative = (c: Context, i: number) => i > 0 && LOCATIVE.has(c.tokens[i - 1]!.fold);
const isWord = (t: Token | undefined) => Boolean(t && t.upper && /^\p{L}/u.test(t.text));

/** "MOSCOW:", "NAIROBI, March 3 (Wire) -": the place the report is filed from. */
function dateline(c: Context): number {
  const m = DATELINE.exec(c.sentence.text);
  if (!m) return 0;
  const name = m[1]!.trim();
  const hit = c.lookup(0);
  const capital = hit?.values.find((v) => v.kind === 'state' && v.form === 'capital');
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

/** A name: capitalised tokens, with particles ("bin", "al", "de") and hyphens inside it. */
function nameEnd(c: Context, i: number, knownFirst = false): number {
  const { tokens, g } = c;
  let j = i;
  while (j < tokens.length && j - i < NAME_TOKENS) {
    const t = tokens[j]!;
    if (isWord(t) && !g.notPlaces.has(t.fold)) {
      const hit = c.lookup(j);
      const stops = hit?.values.some(
        (v) =>
          v.kind === 'title' || (v.kind === 'state' && v.form !== 'capital') || v.kind === 'org',
      );
      if (hit && j > i && stops && !g.nameParticles.has(tokens[j - 1]!.fold)) break;
      if (
        j === i &&
        !knownFirst &&
        hit?.values.some((v) => v.kind !== 'honorific' && v.kind !== 'title')
      )
        break;
      j++;
    } else if (
      j > i &&
      g.nameParticles.has(t.fold) &&
      (tokens[j + 1]?.upper ||
        tokens[j + 1]?.text === '-' ||
        // "de la Garza", "van der Berg": particles in a row before the surname.
        (g.nameParticles.has(tokens[j + 1]?.fold ?? '') && tokens[j + 2]?.upper))
    )
      j++;
    else if (j > i && t.text === '-' && tokens[j + 1]?.upper && tokens[j - 1]!.end === t.start) j++;
    // "Seong-ho", "Ji-won": a given name joined to a lower-case syllable.
    else if (
      j > i &&
      t.text === '-' &&
      tokens[j - 1]!.end === t.start &&
      tokens[j + 1]?.start === t.end &&
      /^\p{Ll}{1,4}$/u.test(tokens[j + 1]!.text)
    )
      j += 2;
    else break;
  }
  while (j > i && !tokens[j - 1]!.upper && tokens[j - 2]?.text !== '-') j--;
  return j;
}

const textOf = (c: Context, from: number, to: number) =>
  c.sentence.text.slice(c.tokens[from]!.start, c.tokens[to - 1]!.end);

/**
 * [former] [state or organisation ('s)] [title [of X]] [honorifics] NAME [of STATE]; or, with
 * no name after it, a role ("the Russian leader", ", the mediator"). Returns the next token.
 */
function personAt(c: Context, i: number): number | null {
  const { tokens, g } = c;
  let j = i;
  let former = false;
  while (g.titleModifiers.former.has(tokens[j]?.fold ?? '') || tokens[j]?.text === '-') {
    former ||= tokens[j]!.text !== '-';
    j++;
  }
  let affiliation: string | null = null;
  const first = c.lookup(j);
  const actor = first?.values.find((v) => v.kind === 'state' || v.kind === 'org');
  if (
    first &&
    actor &&
    (actor.kind === 'org' || (actor.kind === 'state' && actor.form !== 'capital'))
  ) {
    const after = tokens[first.end]?.fold === "'s" ? first.end + 1 : first.end;
    if (titleAt(c, after)) {
      affiliation = actor.id;
      j = after;
    }
  } else if (!first && /^\p{Lu}{2,6}$/u.test(tokens[j]?.text ?? '') && titleAt(c, j + 1)) {
    // "NLF chairman X": an acronym the gazetteer lacks is the organisation the title is of.
    const acronym = tokens[j]!;
    affiliation = entityId('Organization', acronym.text);
    c.mentions.push({
      kind: 'org',
      id: affiliation,
      name: acronym.text,
      start: acronym.start,
      end: acronym.end,
      locative: false,
    });
    j++;
  }
  const title = titleAt(c, j);
  const honorific = c.lookup(j)?.values.some((v) => v.kind === 'honorific');
  if (!title && !(honorific && j === i)) return null;
  let k = title ? title.end : j;
  while (k < tokens.length && c.lookup(k)?.values.some((v) => v.kind === 'honorific')) k++;
  const end = isWord(tokens[k]) ? nameEnd(c, k, true) : k;
  let of = title?.of ?? affiliation;
  let last = end;
  // "President Kofi Boateng of Ghana"
  if (end > k && !of && tokens[end]?.fold === 'of') {
    const ofHit = c.lookup(end + 1);
    const state = ofHit?.values.find((v) => v.kind === 'state' && v.form !== 'demonym');
    if (ofHit && state && state.kind === 'state') {
      of = state.id;
      last = ofHit.end;
    }
  }
  const titled: Title | null = title
    ? {
        role: title.role,
        leads: title.leads && !former,
        of,
        words: title.words,
        former: title.former || former,
        ofUnknown: title.ofUnknown,
      }
    : null;
  // "head of the UN Support Mission in Libya (UNSMIL)": the bracket is the office's short name.
  const short = title?.org ? bracketed(c, title.end) : null;
  const orgOfTitle = () => {
    if (title?.org)
      c.mentions.push({
        kind: 'org',
        id: title.org.id,
        name: title.org.name,
        aliases: short ? [short.text] : undefined,
        start: title.org.start,
        end: title.org.end,
        locative: false,
      });
  };
  if (end > k) {
    orgOfTitle();
    c.mentions.push({
      kind: 'person',
      name: textOf(c, k, end),
      title: titled,
      // "President X of Ghana": the state is the title's, inside the person's mention.
      start: tokens[i]!.start,
      end: tokens[last - 1]!.end,
      locative: false,
    });
    return last;
  }
  // "the leaders of A and B", "the Foreign Ministers": several people, left to the chunker;
  // a capitalised plural title is no one's name, so its words are passed over.
  if (title?.plural) {
    const after = tokens.findIndex((t) => t.start >= title.words.end);
    const bare =
      tokens[j]!.start === title.words.start && c.lookup(j)?.values.some((v) => v.kind === 'title');
    return bare && tokens[j]!.upper ? (after < 0 ? tokens.length : after) : null;
  }
  const before = tokens[i - 1]?.fold;
  // "X, who has been Bolivia's interim president since March": a role after a copula.
  const copula =
    /^(?:is|was|been|became|as)$/.test(before ?? '') &&
    tokens.slice(Math.max(0, i - 4), i).some((t) => t.fold === 'who');
  if (
    titled &&
    (before === 'the' ||
      before === ',' ||
      before === "'s" ||
      before === 'his' ||
      before === 'her' ||
      before === 'its' ||
      copula)
  ) {
    const start = before === 'the' ? tokens[i - 1]!.start : tokens[i]!.start;
    // "the front's chairman": the organisation a later step finds by its head noun.
    if (before === "'s" && !titled.of && tokens[i - 3]?.fold === 'the')
      titled.ofHead = tokens[i - 2]!.fold;
    const after = short && k === title!.end ? short.end : k;
    c.mentions.push({
      kind: 'role',
      title: titled,
      start,
      end: tokens[after - 1]!.end,
      locative: false,
    });
    orgOfTitle();
    return after;
  }
  return null;
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
    c.proper(first.end);
  if (swallowed) return null;
  // "Rome-based", "Kenyan-led": an adjective made of a name, no actor of its own.
  if (next?.text === '-' && /^(?:based|born|owned|made)$/.test(tokens[first.end + 1]?.fold ?? ''))
    return first.end + 2;
  // "Mozambican National Resistance (Renamo)", "South Sudan United Opposition Front": a
  // state's name or adjective opening a longer name is part of it.
  if (
    entry.kind === 'state' &&
    (entry.form === 'demonym' || entry.form === 'name') &&
    isWord(next) &&
    !c.lookup(first.end)
  ) {
    const org = namedOrg(c, i);
    if (org !== null) return org;
  }
  const span = { start: t.start, end: tokens[first.end - 1]!.end, locative: isLocative(c, i) };
  if (entry.kind === 'state') {
    const asPlace = span.locative && (entry.form === 'capital' || entry.form === 'seat');
    const place =
      entry.form === 'capital' ? (entry.place ?? g.capitalPlace.get(entry.id)) : undefined;
    if (asPlace) {
      const name = place?.name ?? textOf(c, i, first.end).replace(/^the /i, '');
      c.mentions.push({ kind: 'place', id: place?.id ?? entityId('Place', name), name, ...span });
    } else
      c.mentions.push({ kind: 'state', id: entry.id, form: entry.form, place: place?.id, ...span });
  } else if (entry.kind === 'org')
    c.mentions.push({ kind: 'org', id: entry.id, name: entry.name, ...span });
  else if (entry.kind === 'place')
    c.mentions.push({ kind: 'place', id: entry.id, name: entry.name, ...span });
  return first.end;
}

/** An organisation by head noun or by a bracketed short name after it; the next token. */
function namedOrg(c: Context, i: number): number | null {
  const { tokens } = c;
  const byHead = orgName(c, i);
  let end = byHead ? byHead.endToken : nameEnd(c, i, true);
  if (end <= i) return null;
  const alias = bracketed(c, end);
  if (!byHead && !alias) return null;
  const name = byHead?.name ?? textOf(c, i, end);
  // "Community of Sant'Egidio" is "Sant'Egidio" later on.
  const tail = /^\S+ of (?:the )?(\S+)$/.exec(name)?.[1];
  const aliases = [
    ...(alias ? [alias.text] : []),
    ...(tail && /^\p{Lu}/u.test(tail) ? [tail] : []),
  ];
  c.mentions.push({
    kind: 'org',
    id: entityId('Organization', name),
    name,
    aliases: aliases.length ? aliases : undefined,
    start: tokens[i]!.start,
    end: tokens[end - 1]!.end,
    locative: isLocative(c, i),
  });
  if (alias) end = alias.end;
  return end;
}

/** "(Renamo)", "(SSUOF)": a short name in brackets right after a name. */
function bracketed(c: Context, at: number): { text: string; end: number } | null {
  const { tokens } = c;
  if (tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')' || !isWord(tokens[at + 1]))
    return null;
  return { text: tokens[at + 1]!.text, end: at + 3 };
}

/** A run of capitalised words: an organisation, a place, or a name for resolve.ts. */
function nameAt(c: Context, i: number, titleCase: boolean): number | null {
  const { tokens, g } = c;
  const t = tokens[i]!;
  const tag = c.sentence.pos.get(t.start);
  const functionWord = tag !== undefined && !['PROPN', 'NOUN', 'ADJ', 'X'].includes(tag);
  if (!isWord(t) || functionWord) return null;
  // "Office of the UN Special Envoy": an organisation may open with a common word.
  const org = namedOrg(c, i);
  if (org !== null) return org;
  if (g.notPlaces.has(t.fold)) return null;
  const end = nameEnd(c, i, c.lookup(i) !== null);
  if (end <= i || (end === i + 1 && g.notNames.has(t.fold))) return null;
  const words = tokens.slice(i, end);
  const name = textOf(c, i, end);
  // "the Renamo movement", "the Houthi rebels' group": a name before a lower-case head noun.
  const head = tokens[end];
  if (head && !head.upper && g.orgHeads.has(head.fold)) {
    c.mentions.push({
      kind: 'org',
      id: entityId('Organization', name),
      name,
      start: t.start,
      end: tokens[end - 1]!.end,
      locative: isLocative(c, i),
    });
    return end + 1;
  }
  const acronym =
    words.length === 1 &&
    /^\p{Lu}{2,6}$/u.test(t.text) &&
    !/^[\p{Lu}\W\d]+$/u.test(c.sentence.text);
  if (acronym) {
    c.mentions.push({
      kind: 'org',
      id: entityId('Organization', name),
      name,
      start: t.start,
      end: tokens[end - 1]!.end,
      locative: isLocative(c, i),
    });
    return end;
  }
  const anyProper = words.some((_, n) => c.proper(i + n));
  const atStart =
    i === 0 ||
    tokens[i - 1]!.text === ':' ||
    tokens[i - 1]!.text === '"' ||
    tokens[i - 1]!.text === '“';
  c.mentions.push({
    kind: 'name',
    name,
    // Capitalised mid-sentence is proof enough; wink tags unknown names as nouns.
    proper:
      (anyProper || !atStart) && !titleCase && !(atStart && words.length === 1 && !c.proper(i)),
    start: t.start,
    end: tokens[end - 1]!.end,
    locative: isLocative(c, i),
  });
  return end;
}

/** "Emmanuel Macron, the French president," : the role is the name's title. */
function withAppositives(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    if (
      (m.kind === 'name' || (m.kind === 'person' && !m.title)) &&
      next?.kind === 'role' &&
      /^\s*,\s*(?:the\s+|his\s+|her\s+|who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+(?:the\s+)?)?$/i.test(
        gap,
      )
    ) {
      out.push({
        kind: 'person',
        name: m.name,
        title: next.title,
        start: m.start,
        end: m.end,
        locative: false,
      });
      k++;
    } else if (
      m.kind === 'role' &&
      next &&
      (next.kind === 'name' || (next.kind === 'person' && !next.title)) &&
      /^\s*,\s*$/.test(gap)
    ) {
      // "the head of its military council, General X": the role names the person after it,
      // and the two are one noun group.
      out.push({
        kind: 'person',
        name: next.name,
        title: m.title,
        start: process.env.OLDAPP ? next.start : m.start,
        end: next.end,
        locative: false,
      });
      k++;
    } else out.push(m);
  }
  return out;
}

/** Whether a line is written in title case, as headlines often are: then capitals prove nothing. */
export function isTitleCase(text: string): boolean {
  // Body sentences end with a stop; headlines do not.
  if (/[.!?"”’]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.8;
}
