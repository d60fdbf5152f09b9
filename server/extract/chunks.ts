/**
 * The shallow chunker: a sentence's words become a short sequence of units the frame engine
 * reads like a parse. Actor mentions and their coordination become one actor unit ("Ghana's
 * Kofi Boateng and Togo's Esi Agbeko", "Peruvian and Bolivian negotiators", "the leaders of A
 * and B", "delegates from A and B"); auxiliaries, negation and a verb become one verb unit with
 * its form, voice and modal; an event noun becomes a noun unit holding what modifies it ("the
 * Senegal-brokered border accord", "Friday's meeting", "Peru-Bolivia talks", "Finnish
 * mediation"); prepositions, subordinators, punctuation, dates and places stay single units.
 * No dependency parser works offline, so this is the structure every later rule leans on.
 */

import type { DateMention } from './dates.ts';
import { ROLE_NOUNS, SUBORDINATORS, VERBS } from './lexicon/index.ts';
import { actorList } from './actor-lists.ts';
import { nounUnit, pastLemma } from './noun-units.ts';
import { cityCountry, isSubordinator, presentAt } from './chunk-context.ts';
import { semicolonLists } from './semicolon-lists.ts';
import { standIns } from './stand-ins.ts';
import {
  anaphorAt,
  isPossessive,
  nounAt,
  openQuoteBeforeVerb,
  SUBJECT_PRONOUN,
  verbGroup,
} from './word-groups.ts';
import { edStem, ingStem } from './verb-forms.ts';
import type { Ref } from './resolve.ts';
import type { Sentence, Word } from './sentences.ts';
import { STOP, type ActorUnit, type Unit, type UnitOf } from './units.ts';

// ("I", "we", "our": the speaker of a quotation, as pronouns.ts reads them.)
const PRONOUNS = /^(?:he|she|him|her|his|they|them|their|it|its|i|we|our|my|me|us)$/;
const STYLES = /^(?:royal highness|highness|excellency|majesty)\b/;
const styleText = (words: Word[], i: number) =>
  words
    .slice(i, i + 2)
    .map((w) => w.lower)
    .join(' ');

export function chunk(sentence: Sentence, refs: Ref[], dates: DateMention[]): Unit[] {
  const { words } = sentence;
  const refOf = new Int32Array(words.length).fill(-1);
  let r = 0;
  for (let i = 0; i < words.length; i++) {
    // Refs come in order of start; one inside another ("the head of the X Group") is passed over.
    while (r < refs.length && refs[r]!.end <= words[i]!.start) r++;
    if (r < refs.length && words[i]!.start >= refs[r]!.start && words[i]!.end <= refs[r]!.end)
      refOf[i] = r;
  }
  const dateOf = new Int32Array(words.length).fill(-1);
  let d = 0;
  for (let i = 0; i < words.length; i++) {
    while (d < dates.length && dates[d]!.end <= words[i]!.start) d++;
    if (
      d < dates.length &&
      (refOf[i] ?? -1) < 0 &&
      // ("mid-September": a word that holds the month after its own prefix.)
      (words[i]!.start >= dates[d]!.start || /^(?:mid|early|late)-/i.test(words[i]!.text)) &&
      words[i]!.end <= dates[d]!.end
    )
      dateOf[i] = d;
  }

  const units: Unit[] = [];
  const last = () => units[units.length - 1];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const ref = refOf[i] ?? -1;
    if (ref >= 0) {
      let end = i + 1;
      while (end < words.length && (refOf[end] ?? -1) === ref) end++;
      // "in Argyle, Saint Vincent and the Grenadines,": the city's country, a place.
      const country = cityCountry(units, refs[ref]!, words[end]?.text === ',');
      if (refs[ref]!.type !== 'Place' && !country) {
        const unit = actorList(words, refs, refOf, i, units);
        if (!unit.members.length) {
          // "the Palestinian militant group": an adjective for a body that is not its state.
          for (let k = i; k < unit.to; k++)
            units.push(wordUnit(words, k, k === i ? 'ADJ' : undefined));
          i = unit.to;
          continue;
        }
        units.push(unit);
        i = unit.to = pastAlias(words, refs, refOf, unit);
        continue;
      }
      const prep = country
        ? 'in'
        : last()?.kind === 'prep'
          ? (last() as UnitOf<'prep'>).lemma
          : null;
      units.push({ kind: 'place', id: refs[ref]!.id, ref, prep, from: i, to: end });
      i = end;
      continue;
    }
    if ((dateOf[i] ?? -1) >= 0) {
      let end = i + 1;
      while (end < words.length && (dateOf[end] ?? -1) === (dateOf[i] ?? -1)) end++;
      const owner = isPossessive(words[end]);
      // "the results of the 2019 referendum": a year inside a noun group dates that noun, as
      // "Monday's session" does, not the clause.
      // ("the country's 2023 state budget", "its 2015 accord": after an owner too.)
      const attributive =
        /^(?:the|['’]s|its|their|his|her|this)$/.test(words[i - 1]?.lower ?? '') &&
        /^(?:NOUN|ADJ)$/.test(words[end]?.pos ?? '') &&
        /^\d{4}$/.test(words[i]!.text);
      units.push({
        kind: 'date',
        date: dates[dateOf[i] ?? -1]!,
        possessive: owner || attributive,
        from: i,
        to: end + Number(owner),
      });
      i = end + Number(owner);
      continue;
    }
    // "playing a central mediating role": the two words are the role noun.
    const roleOf = words[i + 1]?.lemma === 'role' ? ROLE_NOUNS.get(`${w.lower} role`) : undefined;
    if (roleOf) {
      const det = last()?.kind === 'word' ? (last() as UnitOf<'word'>).lower : null;
      units.push({ kind: 'role', role: roleOf, det, from: i, to: i + 2 });
      i += 2;
      continue;
    }
    const anaphor = anaphorAt(words, i);
    if (anaphor) {
      units.push({ kind: 'anaphor', ...anaphor, from: i });
      i = anaphor.to;
      continue;
    }
    // "received in audience the delegation": the manner of receiving, no event of its own.
    if (w.lower === 'in' && words[i + 1]?.lower === 'audience') {
      i += 2;
      continue;
    }
    const noun = nounAt(words, i);
    if (noun) {
      units.push(nounUnit(units, i, noun.entry, noun.end));
      i = noun.end;
      continue;
    }
    // "go-between" is three tokens to wink.
    const hyphened =
      words[i + 1]?.text === '-' && words[i + 2] ? `${w.lower}-${words[i + 2]!.lower}` : null;
    const role =
      (hyphened && ROLE_NOUNS.get(hyphened)) ||
      ROLE_NOUNS.get(w.lemma) ||
      // ("co-facilitators": wink keeps a hyphened plural as it is.)
      (w.lower.includes('-') ? ROLE_NOUNS.get(w.lower.replace(/s$/, '')) : undefined) ||
      (presentAt(units, w) ? 'attendee' : undefined);
    // "X, who chairs the bloc": after a relative pronoun the word is the clause's verb; so is
    // "host" right after its subject ("Both countries host Russian bases").
    // ("the venue where the talks kicked off hosts the Prime Minister of X": a verb, as no
    // article or adjective says a plural noun.)
    const before = words[i - 1];
    const hostsVerb =
      w.lower === 'hosts' &&
      before !== undefined &&
      !/^(?:DET|ADJ|PRON|NUM|PROPN|CCONJ)$/.test(before.pos) &&
      !/^(?:['’]s?|the|as|of|for|with|by|to|from|and)$/.test(before.lower);
    // ("the venue where the talks kicked off": a place, told by what happened there.)
    const place = w.lemma === 'venue' && /^(?:where|in)$/.test(words[i + 1]?.lower ?? '');
    const relative =
      /^(?:who|which)$/.test(words[i - 1]?.lower ?? '') ||
      (w.lower === 'host' && /^(?:actor|anaphor)$/.test(last()?.kind ?? '')) ||
      hostsVerb ||
      place;
    if (
      role &&
      !relative &&
      (hyphened || w.pos === 'NOUN' || w.pos === 'PROPN' || role === 'attendee')
    ) {
      const det = last()?.kind === 'word' ? (last() as UnitOf<'word'>).lower : null;
      const to = hyphened && ROLE_NOUNS.get(hyphened) ? i + 3 : i + 1;
      units.push({ kind: 'role', role, det, from: i, to });
      i = to;
      continue;
    }
    // wink reads "mediated" as an adjective now and then: in "talks mediated by X" it is a
    // participle, in "X mediated talks" (after an actor, adverbs or a date between: "Oman on
    // Friday mediated") the verb of the clause, and in "X has successfully mediated" the verb
    // "has" began.
    let back = units.length - 1;
    while (back >= 0 && between(units[back]!)) back--;
    const after = units[back];
    const perfect = after?.kind === 'verb' && after.words.length === 1 && after.lemma === 'have';
    // ("mediated once again by X", "mediated jointly by X": adverbs before the agent.)
    let by = i + 1;
    while (by < i + 3 && (words[by]?.pos === 'ADV' || words[by]?.lower === 'once')) by++;
    if (
      w.pos === 'ADJ' &&
      /ed$/.test(w.lower) &&
      (words[by]?.lower === 'by' ||
        (after?.kind === 'actor' && !after.prep && !after.possessive) ||
        // "Kenya, along with Ethiopia, mediated": the sentence's subject and its insertion.
        (after?.kind === 'punct' &&
          after.text === ',' &&
          back === 1 &&
          units[0]?.kind === 'actor') ||
        perfect)
    ) {
      const lemma = pastLemma(w.lower);
      if (lemma) {
        const participle = words[by]?.lower === 'by';
        const start = perfect ? after.from : i;
        if (perfect) units.length = back;
        units.push({
          kind: 'verb',
          lemma,
          head: i,
          form: participle ? 'participle' : 'finite',
          passive: participle,
          negated: false,
          modal: null,
          perfect,
          words: perfect ? [after.words[0]!, w.lower] : [w.lower],
          from: start,
          to: i + 1,
        });
        i++;
        continue;
      }
    }
    // "the negotiating table", "its ruling party": a gerund after a determiner describes a noun;
    // "the Tripoli-based council": a participle joined to a word before it is an adjective.
    const attributive =
      (w.pos === 'VERB' &&
        /ing$/.test(w.lower) &&
        /^(?:DET|PRON)$/.test(words[i - 1]?.pos ?? '') &&
        words[i + 1]?.pos === 'NOUN') ||
      (words[i - 1]?.text === '-' && words[i - 1]!.end === w.start && !VERBS.has(w.lemma));
    // "received visiting Lao Prime Minister X": left out of the units, so the verb reaches the
    // holder as its object.
    if (describesHolder(words, i)) {
      i++;
      continue;
    }
    if (
      !attributive &&
      (w.pos === 'VERB' ||
        w.pos === 'AUX' ||
        ingStem(words, i) !== null ||
        (w.lower === 'to' && (words[i + 1]?.pos === 'VERB' || openQuoteBeforeVerb(words, i + 1))) ||
        (/^(?:ADJ|NOUN)$/.test(w.pos) && relative) ||
        // "said it mediated a deal": wink may tag the past form after a pronoun an adjective.
        (w.pos === 'ADJ' && SUBJECT_PRONOUN.test(words[i - 1]?.lower ?? '') && edStem(w)))
    ) {
      const verb = verbGroup(words, i);
      if (verb) {
        units.push({ kind: 'verb', ...verb, from: i });
        i = verb.to;
        continue;
      }
    }
    // "His Highness the Amir X", "Her Excellency Y": a style of address, no one of its own.
    const style = /^(?:his|her)$/.test(w.lower) ? STYLES.exec(styleText(words, i + 1)) : null;
    if (style) {
      i += 1 + style[0].split(' ').length;
      continue;
    }
    if (w.pos === 'PRON' && PRONOUNS.test(w.lower)) {
      const next = words[i + 1];
      const possessive =
        /^(?:his|their|its|our|my)$/.test(w.lower) ||
        (w.lower === 'her' && Boolean(next && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)));
      units.push({ kind: 'pronoun', lemma: w.lower, possessive, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (SUBORDINATORS.has(w.lower) && isSubordinator(words, i)) {
      units.push({ kind: 'sub', lemma: w.lower, from: i, to: i + 1 });
      i++;
      continue;
    }
    // ("a visit to French President X": a "to" wink took for an infinitive's is a
    // preposition before a name.)
    const toName = w.lower === 'to' && (refOf[i + 1] ?? -1) >= 0;
    if (
      w.pos === 'ADP' ||
      w.pos === 'SCONJ' ||
      toName ||
      /^(?:between|opposite|alongside)$/.test(w.lower)
    ) {
      units.push({ kind: 'prep', lemma: w.lower, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (w.pos === 'PUNCT' || w.pos === 'SYM') {
      units.push({ kind: 'punct', text: w.text, from: i, to: i + 1 });
      i++;
      continue;
    }
    units.push(wordUnit(words, i));
    i++;
  }
  return withNounActors(standIns(semicolonLists(units), words));
}

/**
 * The actors a noun took in ("Peru-Bolivia talks", "X's mediation") are appended after a stop,
 * so frames can name them by index while the sentence's own order stays as read.
 */
function withNounActors(units: Unit[]): Unit[] {
  const taken = units.flatMap((u) =>
    u.kind === 'noun'
      ? [u.owner, u.parties, u.agentBy?.actor].filter(
          (a): a is ActorUnit => a !== null && a !== undefined,
        )
      : [],
  );
  if (!taken.length) return units;
  const end = units.length ? units[units.length - 1]!.to : 0;
  return [...units, { kind: 'punct', text: STOP, from: end, to: end }, ...taken];
}

/** Word `i` as a plain word unit, perhaps with the tag the context gives it. */
function wordUnit(words: Word[], i: number, pos?: string): UnitOf<'word'> {
  const w = words[i]!;
  return { kind: 'word', lemma: w.lemma, pos: pos ?? w.pos, lower: w.lower, from: i, to: i + 1 };
}

/** An adverb or an unowned date between a subject and its verb ("Oman on Friday mediated"). */
const between = (u: Unit) =>
  (u.kind === 'word' && u.pos === 'ADV') || (u.kind === 'date' && !u.possessive);

/**
 * "received visiting Lao Prime Minister X", "the newly appointed Ambassador of Japan": a
 * participle between a verb, preposition or determiner and a title describes its holder.
 */
function describesHolder(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (!/^\p{Lu}/u.test(words[i + 1]?.text ?? '') || !prev) return false;
  if (/^(?:visiting|outgoing|incoming)$/.test(w.lower)) return /^(?:VERB|ADP|DET)$/.test(prev.pos);
  return w.pos === 'VERB' && /ed$/.test(w.lower) && /^(?:newly|recently|the)$/.test(prev.lower);
}

/**
 * "the Revolutionary Armed Forces of Colombia, or FARC, have been negotiating": the last name
 * said again by another name, set off by commas, is no second actor; past its closing comma.
 */
function pastAlias(words: Word[], refs: Ref[], refOf: Int32Array, unit: UnitOf<'actor'>): number {
  const k = unit.to;
  const again = refOf[k + 2] ?? -1;
  if (words[k]?.text !== ',' || words[k + 1]?.lower !== 'or' || again < 0) return k;
  if (refs[again]!.id !== unit.members.at(-1)?.id) return k;
  let end = k + 3;
  while (end < words.length && (refOf[end] ?? -1) === again) end++;
  return words[end]?.text === ',' ? end + 1 : k;
}
