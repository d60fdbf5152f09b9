/**
 * Mentions: the spans of a sentence that name an actor or a place, found by one pass over its
 * tokens. In order of preference at each token: a person introduced by a title ("Azerbaijani
 * President Ilham Aliyev", "the Prime Minister of the Republic of Armenia Nikol Pashinyan",
 * "Sheikh Tamim bin Hamad"), a role without a name ("the Russian leader"), a gazetteer entry
 * (state, demonym, seat of government, capital, organisation, region), and otherwise a run of
 * capitalised proper nouns, left for `people.ts` to resolve to a person, an organisation or a
 * place. A capital is its state when it acts ("Baku said") and a place after "in", "at", "to".
 */
import { entityId, foldText } from '../domain/index.ts';
import { gazetteer, type Entry } from './gazetteer.ts';
import type { Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Title {
  role: string;
  leads: boolean;
  /** The state or organisation the title is of ("French President" -> state:france). */
  of: string | null;
  /** Offsets in the sentence of the title's own words ("Prime Minister"): what states LEADS. */
  words: { start: number; end: number };
}

export type Mention =
  | (Span & { kind: 'state'; id: string; form: 'name' | 'demonym' | 'seat' | 'capital' })
  | (Span & { kind: 'org'; id: string; name: string })
  | (Span & { kind: 'place'; id: string; name: string })
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

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'into',
  'via',
  'inside',
  'across',
]);
const DATELINE =
  /^([A-Z][A-Z .'-]{2,40})(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?::|\(\w[^)]{0,30}\)\s*[-–—:]|[-–—]\s)/;

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
  const mentions: Mention[] = [];
  const lookup = (i: number) =>
    i < tokens.length ? g.trie.longest(tokens, i, (e, end) => accepts(e, tokens, i, end)) : null;
  const of = (values: Entry[], kinds: Entry['kind'][]) =>
    values.find((v) => kinds.includes(v.kind));
  const isLocative = (i: number) => i > 0 && LOCATIVE.has(tokens[i - 1]!.fold);
  const proper = (i: number) => {
    const tag = sentence.pos.get(tokens[i]!.start);
    return tag === 'PROPN' || tag === undefined;
  };

  /** A name: capitalised tokens, with particles ("bin", "al", "de") inside it. */
  const nameEnd = (i: number, knownFirst = false): number => {
    let j = i;
    while (j < tokens.length && j - i < 6) {
      const t = tokens[j]!;
      if (t.upper && /^\p{L}/u.test(t.text) && !g.notPlaces.has(t.fold)) {
        const hit = lookup(j);
        if (
          hit &&
          j > i &&
          hit.values.some(
            (v) =>
              v.kind === 'title' ||
              (v.kind === 'state' && v.form !== 'capital') ||
              v.kind === 'org',
          )
        )
          break;
        if (
          j === i &&
          !knownFirst &&
          hit &&
          hit.values.some((v) => v.kind !== 'honorific' && v.kind !== 'title')
        )
          break;
        j++;
      } else if (j > i && g.nameParticles.has(t.fold) && tokens[j + 1]?.upper) j++;
      else if (
        j > i &&
        g.nameParticles.has(t.fold) &&
        tokens[j + 1]?.text === '-' &&
        tokens[j + 2]?.upper
      )
        j += 2;
      else if (j > i && t.text === '-' && tokens[j + 1]?.upper && tokens[j - 1]!.end === t.start)
        j++;
      else break;
    }
    while (j > i && !tokens[j - 1]!.upper) j--;
    return j;
  };
  const textOf = (from: number, to: number) =>
    sentence.text.slice(tokens[from]!.start, tokens[to - 1]!.end);

  const dateline = DATELINE.exec(sentence.text);
  let i = 0;
  if (dateline) {
    const end = tokens.findIndex((t) => t.start >= dateline[1]!.trimEnd().length);
    const name = dateline[1]!.trim();
    const hit = lookup(0);
    const capital = hit?.values.find((v) => v.kind === 'state' && v.form === 'capital');
    const place = capital && capital.kind === 'state' ? g.capitalPlace.get(capital.id) : undefined;
    const placeName =
      place?.name ?? name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    mentions.push({
      kind: 'place',
      id: place?.id ?? entityId('Place', placeName),
      name: placeName,
      start: 0,
      end: name.length,
      locative: true,
    });
    i = end < 0 ? tokens.length : end;
  }

  while (i < tokens.length) {
    const t = tokens[i]!;
    // 1. A title, perhaps after its state or organisation, perhaps before a name.
    let j = i;
    let affiliation: string | null = null;
    const first = lookup(i);
    const firstActor = first && of(first.values, ['state', 'org']);
    if (
      firstActor &&
      (firstActor.kind === 'org' || (firstActor.kind === 'state' && firstActor.form !== 'capital'))
    ) {
      j = first.end;
      if (tokens[j]?.fold === "'s") j++;
      affiliation = firstActor.id;
    } else if (
      !first &&
      t.upper &&
      /^\p{L}/u.test(t.text) &&
      lookup(i + 1)?.values.some((v) => v.kind === 'title')
    ) {
      // An adjective the gazetteer lacks ("Philippine President X") still belongs to the title.
      j = i + 1;
    }
    const titleHit = lookup(j);
    const title = titleHit && of(titleHit.values, ['title']);
    const honorific = titleHit && of(titleHit.values, ['honorific']);
    if (title || (honorific && j === i)) {
      let k = titleHit!.end;
      if (title && tokens[k]?.fold === 'of') {
        let m = k + 1;
        if (tokens[m]?.fold === 'the') m++;
        const ofHit = lookup(m);
        const ofActor = ofHit && of(ofHit.values, ['state', 'org']);
        if (ofActor && (ofActor.kind === 'state' || ofActor.kind === 'org')) {
          affiliation ??= ofActor.id;
          k = ofHit.end;
        }
      }
      // "Emir Sheikh Tamim": honorifics after the title are not part of the name.
      while (k < tokens.length && lookup(k)?.values.some((v) => v.kind === 'honorific')) k++;
      const end = tokens[k]?.upper ? nameEnd(k) : k;
      const titled: Title | null =
        title && title.kind === 'title'
          ? {
              role: title.role,
              leads: title.leads,
              of: affiliation,
              words: { start: tokens[j]!.start, end: tokens[titleHit!.end - 1]!.end },
            }
          : null;
      if (end > k) {
        mentions.push({
          kind: 'person',
          name: textOf(k, end),
          title: titled,
          start: t.start,
          end: tokens[end - 1]!.end,
          locative: false,
        });
        i = end;
        continue;
      }
      const before = tokens[i - 1]?.fold;
      if (titled && (before === 'the' || before === ',')) {
        const start = before === 'the' ? tokens[i - 1]!.start : t.start;
        mentions.push({
          kind: 'role',
          title: titled,
          start,
          end: tokens[k - 1]!.end,
          locative: false,
        });
        i = k;
        continue;
      }
    }
    // 2. A gazetteer entry.
    if (first && t.upper) {
      const entry = of(first.values, ['state', 'org', 'place']);
      const next = tokens[first.end];
      // "Jordan Bardella", "Victoria Nuland": a one-word place followed by a name is a name.
      const swallowed =
        entry &&
        first.end - i === 1 &&
        entry.kind !== 'org' &&
        !(entry.kind === 'state' && entry.form === 'demonym') &&
        next?.upper &&
        /^\p{L}/u.test(next.text) &&
        !g.notPlaces.has(next.fold) &&
        !lookup(first.end) &&
        proper(first.end);
      if (entry && !swallowed) {
        const span = { start: t.start, end: tokens[first.end - 1]!.end, locative: isLocative(i) };
        if (entry.kind === 'state') {
          const asPlace = span.locative && (entry.form === 'capital' || entry.form === 'seat');
          const place = entry.form === 'capital' ? g.capitalPlace.get(entry.id) : undefined;
          if (asPlace) {
            const name = place?.name ?? textOf(i, first.end).replace(/^the /i, '');
            mentions.push({
              kind: 'place',
              id: place?.id ?? entityId('Place', name),
              name,
              ...span,
            });
          } else mentions.push({ kind: 'state', id: entry.id, form: entry.form, ...span });
        } else if (entry.kind === 'org') {
          mentions.push({ kind: 'org', id: entry.id, name: entry.name, ...span });
        } else if (entry.kind === 'place') {
          mentions.push({ kind: 'place', id: entry.id, name: entry.name, ...span });
        }
        i = first.end;
        continue;
      }
    }
    // 3. A run of capitalised words: a name, an organisation, or a place.
    const tag = sentence.pos.get(t.start);
    const functionWord = tag !== undefined && !['PROPN', 'NOUN', 'ADJ', 'X'].includes(tag);
    if (t.upper && /^\p{L}/u.test(t.text) && !g.notPlaces.has(t.fold) && !functionWord) {
      const end = nameEnd(i, first !== null);
      if (end > i) {
        const words = tokens.slice(i, end);
        const name = textOf(i, end);
        const last = words[words.length - 1]!.fold;
        const acronym =
          words.length === 1 &&
          /^\p{Lu}{2,6}$/u.test(t.text) &&
          !/^[\p{Lu}\W\d]+$/u.test(sentence.text);
        if ((words.length > 1 && g.orgHeads.has(last)) || acronym) {
          mentions.push({
            kind: 'org',
            id: entityId('Organization', name),
            name,
            start: t.start,
            end: tokens[end - 1]!.end,
            locative: isLocative(i),
          });
        } else {
          const anyProper = words.some((_, n) => proper(i + n));
          const atStart = i === 0 || (dateline && tokens[i - 1]!.text === ':');
          mentions.push({
            kind: 'name',
            name,
            // Capitalised mid-sentence is proof enough; wink tags unknown names as nouns.
            proper:
              (anyProper || !atStart) &&
              !titleCase &&
              !(atStart && words.length === 1 && !proper(i)),
            start: t.start,
            end: tokens[end - 1]!.end,
            locative: isLocative(i),
          });
        }
        i = end;
        continue;
      }
    }
    i++;
  }
  return withAppositives(mentions, sentence.text);
}

/** "Emmanuel Macron, the French president," : the role is the name's title. */
function withAppositives(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (
      (m.kind === 'name' || (m.kind === 'person' && !m.title)) &&
      next?.kind === 'role' &&
      /^\s*,\s*(?:the\s+)?$/i.test(text.slice(m.end, next.start))
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
