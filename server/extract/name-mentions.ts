/**
 * Names: a run of capitalised words the gazetteer does not know, read as an organisation by
 * its head noun ("the Renamo movement"), a short name in capitals, or a name that resolve.ts
 * makes a person, a place or nothing. Whether the run is proper (not a capitalised common word
 * opening the sentence) and whether it is its clause's subject decide how much it is trusted.
 */
import { entityId } from '../domain/index.ts';
import {
  isLocative,
  isWord,
  nameEnd,
  nameText,
  ownsPlace,
  type Context,
} from './mention-context.ts';
import { NOUNS } from './lexicon/index.ts';
import { namedOrg } from './org-mentions.ts';
import { afterDateline } from './sentences.ts';
import { isShortName } from './tokens.ts';

/** A run of capitalised words: an organisation, a place, or a name for resolve.ts. */
export function nameAt(c: Context, i: number, titleCase: boolean): number | null {
  const { tokens, g } = c;
  const t = tokens[i]!;
  const tag = c.sentence.pos.get(t.start);
  // "the US envoy, Grant Whitcomb,": a capitalised verb mid-sentence before a name is a
  // given name ("Grant", "Will", "Hope"), as wink cannot know.
  const given =
    !titleCase &&
    i > 0 &&
    /^(?:VERB|AUX)$/.test(tag ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !/^[:"“]$/.test(tokens[i - 1]!.text) &&
    Boolean(tokens[i + 1]?.upper) &&
    c.sentence.pos.get(tokens[i + 1]!.start) === 'PROPN';
  // "the Three Brotherhood Alliance": a number word written as part of a name.
  const numbered =
    tag === 'NUM' && i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && Boolean(tokens[i + 1]?.upper);
  const functionWord =
    tag !== undefined && !['PROPN', 'NOUN', 'ADJ', 'X'].includes(tag) && !given && !numbered;
  if (!isWord(t) || functionWord || g.postnominals.has(t.text)) return null;
  // "a Declaration of Commitment", "the Agreement on Cessation": a document's own words.
  const doc = tokens[i - 2];
  if (/^(?:of|on)$/.test(tokens[i - 1]?.fold ?? '') && doc?.upper && g.notNames.has(doc.fold))
    return null;
  // ("the Shia Houthi group": a creed describes the body the gazetteer knows by the next word.)
  if (g.creeds.has(t.fold) && c.lookup(i + 1)?.values.some((v) => v.kind === 'org')) return i + 1;
  // "Office of the UN Special Envoy": an organisation may open with a common word.
  const named = namedOrg(c, i);
  if (named !== null) return named;
  // A short name in capitals, in a sentence that is not all capitals.
  const short = isShortName(t.text) && !/^[\p{Lu}\W\d]+$/u.test(c.sentence.text);
  // "the FACT rebels": a common word in capitals mid-sentence is a name, not the word.
  const common = g.notPlaces.has(t.fold);
  if (common && !(short && i > 0)) return null;
  const end = short && common ? i + 1 : nameEnd(c, i, c.lookup(i) !== null);
  const words = tokens.slice(i, end);
  // "the East African neighbours", "Southeast Asian ministers": a region's adjective, no name.
  if (end <= i || words.every((w) => g.notNames.has(w.fold))) return null;
  // "his Japanese and Korean counterparts": one word after a demonym's "and", before a plural
  // title, describes the people like a demonym the gazetteer does not know; it names no one
  // ("Chadian government and Tibesti negotiators" do have a name).
  const demonym = c.mentions[c.mentions.length - 1];
  if (
    words.length === 1 &&
    tokens[i - 1]?.fold === 'and' &&
    demonym?.kind === 'state' &&
    demonym.form === 'demonym' &&
    demonym.end === tokens[i - 2]?.end &&
    !tokens[end]?.upper &&
    c.lookup(end)?.values.some((v) => v.kind === 'title' && v.plural)
  )
    return null;
  // "mediated by al-Busaidi": a surname with its lower-case particle glued before it.
  const dash = tokens[i - 1];
  const particle = tokens[i - 2];
  const from =
    dash?.text === '-' &&
    particle &&
    !particle.upper &&
    g.nameParticles.has(particle.fold) &&
    particle.end === dash.start &&
    dash.end === t.start
      ? i - 2
      : i;
  const name = nameText(c, from, end);
  const org = () =>
    c.mentions.push({
      kind: 'org',
      id: entityId('Organization', name),
      name,
      start: t.start,
      end: tokens[end - 1]!.end,
      locative: isLocative(c, i),
    });
  // "the Renamo movement", "the Houthi rebels' group": a name before a lower-case head noun.
  // ("the Democratic Unity opposition coalition": past a word or two of what kind of body.)
  let h = end;
  while (h < end + 2 && tokens[h] && !tokens[h]!.upper && KIND_OF_BODY.test(tokens[h]!.fold)) h++;
  const head = tokens[h];
  if (head && !head.upper && g.orgHeads.has(head.fold)) {
    org();
    return h + 1;
  }
  // ("Ethiopian PM leaves for Juba", a headline: a title's letters name no body.)
  const title = c.lookup(i)?.values.some((v) => v.kind === 'title');
  if (words.length === 1 && short && !title) {
    org();
    return end;
  }
  // "the 7th Ministerial Meeting", "the G20 Summit": an event by its capitalised name is an
  // event noun for the chunker, not an actor (unless its head names a body: "Conference").
  const last = tokens[end - 1]!.fold;
  if (!g.orgHeads.has(last) && (NOUNS.has(last) || NOUNS.has(last.replace(/s$/, '')))) return null;
  // "a five-day State visit": a body's head noun alone names no one ("the Commission" may be
  // a body named before, by its head).
  if (words.length === 1 && g.orgHeads.has(last) && tokens[i - 1]?.fold !== 'the') return null;
  const anyProper = words.some((_, n) => c.proper(i + n));
  // "ISTANBUL - Peace talks": the lede's first word opens its sentence as much as the first.
  const lede =
    /^[-—–]$/.test(tokens[i - 1]?.text ?? '') &&
    afterDateline(
      tokens.map((x) => x.text),
      0,
      i,
    );
  const atStart =
    i === 0 || tokens[i - 1]!.text === ':' || /^["“‘']$/.test(tokens[i - 1]!.text) || lede;
  // ("Families gather outside ...": a plural common noun opening the sentence, which wink
  // tags a name but reads back to its singular.)
  const word = c.sentence.words.find((w) => w.start === t.start);
  const plural =
    atStart &&
    words.length === 1 &&
    word !== undefined &&
    word.lemma !== word.lower &&
    /s$/.test(word.lower);
  c.mentions.push({
    kind: 'name',
    name,
    // Capitalised mid-sentence is proof enough; wink tags unknown names as nouns.
    proper:
      (anyProper || !atStart) &&
      !titleCase &&
      !plural &&
      !(atStart && words.length === 1 && !c.proper(i)),
    start: tokens[from]!.start,
    end: tokens[end - 1]!.end,
    subject: subjectAfter(c, end),
    // (So does one after an opening quotation mark: "‘Exploratory contacts’: inside ...".)
    ...(lede || (atStart && i > 0) ? { lede: true } : {}),
    ...(words.length === 1 && from === i && tokens[i - 1]?.fold === 'the'
      ? { definite: true }
      : {}),
    // ("the breakaway Nakhchivan region" is a side all the same.)
    ...(regionAfter(tokens, end) &&
    !tokens
      .slice(Math.max(0, i - 3), i)
      .some((t) => /^(?:breakaway|separatist|rebel|autonomous|self-proclaimed)$/.test(t.fold))
      ? { region: true }
      : {}),
    // "at Putin-mediated talks": the first half of a compound is no place, nor is the owner
    // of a home or an invitation.
    locative:
      isLocative(c, i) &&
      !(tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end) &&
      !ownsPlace(c, end),
  });
  return end;
}

/**
 * Whether a name ending before token `end` is its clause's subject: right before a verb, or
 * before the verb past a day ("Andrade on Monday spoke with ...") or a relative clause
 * ("Andrade, who met ..."). A plural ("Mediators on Monday said") names no one.
 */
function subjectAfter(c: Context, end: number): boolean {
  const verb = (k: number) => /^(?:VERB|AUX)$/.test(c.tag?.(k) ?? '');
  if (verb(end)) return true;
  const { tokens } = c;
  const last = c.sentence.words.find((w) => w.end === tokens[end - 1]!.end);
  if (last && last.lemma !== last.lower) return false;
  if (tokens[end]?.text === ',' && /^(?:who|whose)$/.test(tokens[end + 1]?.fold ?? '')) return true;
  // ("Ruto and Museveni spoke by phone": two names, then their verb.)
  if (tokens[end]?.fold === 'and' && tokens[end + 1]?.upper) {
    let k = end + 1;
    while (k < end + 4 && tokens[k]?.upper) k++;
    if (verb(k)) return true;
  }
  if (tokens[end]?.fold !== 'on') return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
    if (verb(k)) return k > end + 1;
    if (!/^(?:PROPN|NUM)$/.test(c.tag?.(k) ?? '')) return false;
  }
  return false;
}

/**
 * "the North-West and South-West regions", "Kunar province": a lower-case word for a region
 * after the name, or after "and" and a second name that has one.
 */
function regionAfter(tokens: Context['tokens'], end: number): boolean {
  const region = (t: Context['tokens'][number] | undefined) =>
    Boolean(t && !t.upper && REGIONS.test(t.fold));
  if (region(tokens[end])) return true;
  if (tokens[end]?.fold !== 'and') return false;
  let k = end + 1;
  while (tokens[k]?.upper || tokens[k]?.text === '-') k++;
  return k > end + 1 && region(tokens[k]);
}

const REGIONS =
  /^(?:regions?|provinces?|districts?|count(?:y|ies)|governorates?|prefectures?|departments?)$/;

/** Lower-case words between a body's name and its head noun: "the X opposition coalition". */
const KIND_OF_BODY =
  /^(?:opposition|rebel|armed|political|ruling|militant|separatist|insurgent|umbrella|main|islamist|leftist)$/;
