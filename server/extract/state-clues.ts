/**
 * What a sentence tells of whose leader a person with a bare title is ("President X"): the
 * states it names, less those someone else there leads or faces abroad for, less states named
 * only as a topic ("the Syrian crisis"), a destination ("her first trip to Bolivia") or a
 * government speaking through its seat ("according to the White House"), less, where two sides
 * meet, the states of other people's offices ("met Japanese Trade Minister Y", "met the King
 * of Bahrain"); and whether another
 * person leads a state anywhere in the article. leads.ts decides from these clues.
 */
import { insideQuotes } from './disputes.ts';
import { gazetteer } from './gazetteer.ts';
import type { LeadsContext } from './leads.ts';
import { REPRESENTATIVES, ROLE_NOUNS, TEAMS } from './lexicon/index.ts';
import type { Person, Ref } from './resolve.ts';
import type { Sentence, Word } from './sentences.ts';

export function stateClues(
  people: Person[],
  refs: Ref[][],
  sentences: Sentence[],
): Pick<LeadsContext, 'statesIn' | 'ledElsewhere' | 'namesNoState'> {
  // Every title once, with whose it is and whether it heads what it is of ("his counterpart
  // from Malawi, X": the counterpart's state is X's).
  const titles = people.flatMap((p) =>
    p.titles.map(({ title, sentence }) => ({
      person: p.id,
      title,
      sentence,
      heads: (title.leads || title.role === 'Counterpart') && !title.former,
    })),
  );
  // The states and bodies other people lead or, in sentence `s`, face abroad for ("PM X met
  // US envoy Y" says nothing of X's state).
  const heldByOthers = (person: string, s: number) =>
    new Set(
      titles
        .filter(
          (t) =>
            t.person !== person &&
            t.sentence === s &&
            (t.heads || gazetteer().foreignFacing.test(t.title.role)),
        )
        .map((t) => t.title.of),
    );
  return {
    // "Russian President Putin and PM Modi": Modi is not Russia's.
    statesIn: (s, person) => {
      const ledByOthers = heldByOthers(person, s);
      const own = titles.find((t) => t.person === person && t.sentence === s);
      const joined = (end: number) =>
        own !== undefined &&
        /^\s*(?:,|and)\s*$/.test(sentences[s]!.text.slice(end, own.title.words.start));
      // "President X met Japanese Trade Minister Y", "PM X met the King of Bahrain": at an
      // encounter, a state that is someone else's is the other side's, not X's.
      const sentence = sentences[s]!;
      if (ENCOUNTER.test(sentence.text)) {
        for (const t of titles)
          if (t.person !== person && t.sentence === s && t.title.of) ledByOthers.add(t.title.of);
        for (const r of refs[s]!)
          if (
            r.type === 'State' &&
            (officeOf(sentence.text.slice(0, r.start)) ||
              officeOf(r.surface.replace(/\S+$/, '')) ||
              // "President X received the Togolese envoy": the state of people met.
              /\s\p{Ll}+$/u.test(r.surface) ||
              // "A New Zealand delegation met with Prime Minister X": its people, met.
              peopleAfter(sentence.words, r.end))
          )
            ledByOthers.add(r.id);
      }
      const named = refs[s]!.filter(
        (r) =>
          r.type === 'State' &&
          !r.locative &&
          !r.seat &&
          !r.capital &&
          !(r.demonym && topicOnly(sentences[s]!.words, r.end)) &&
          // "ahead of the India-Pacific Islands Cooperation meeting": a state inside a
          // compound name is the forum's word, no clue to anyone's office.
          !/^-\s*\p{Lu}/u.test(sentence.text.slice(r.end)) &&
          !/\p{L}\s*-\s*$/u.test(sentence.text.slice(0, r.start)) &&
          // "talks hosted by Mexico between his delegation and that of President X": an agent
          // after "by" acts on the others; it is no clue to whose they are (unless the person
          // is of the agent: "brokered by Malaysia and Prime Minister X").
          !(/\bby\s+(?:the\s+)?$/i.test(sentence.text.slice(0, r.start)) && !joined(r.end)) &&
          // "Prime Minister X visited Venezuela", "left for Venezuela": where one goes is
          // not whose one is.
          !DESTINATION.test(sentence.text.slice(0, r.start)) &&
          // ("The moderator from New Zealand said": where someone else comes from.)
          !origin(sentence.text.slice(0, r.start)) &&
          // ('PM X thanked "brotherly Qatar"': words quoted are someone's words, no clue.)
          !insideQuotes(sentence.text, r.start) &&
          // ("the Vatican's secretary of state": the state of someone else's office abroad,
          // named by the office or before it.)
          !OFFICE_ABROAD.test(r.surface) &&
          !officeAbroadAfter(sentence.text.slice(r.end)),
      ).map((r) => r.id);
      // "former New Zealand governor-general X": a past office is no clue to anyone's state.
      const here = titles.filter((t) => t.sentence === s);
      const titled = here
        .filter((t) => t.title.of?.startsWith('state:') && !t.title.former)
        .map((t) => t.title.of!);
      const formerly = new Set(here.filter((t) => t.title.former).map((t) => t.title.of));
      const found = [...new Set([...named.filter((id) => !formerly.has(id)), ...titled])].filter(
        (id) => !ledByOthers.has(id),
      );
      return found.length ? found : hostsIn(refs[s]!, sentence.text, person, ledByOthers);
    },
    // "former New Zealand governor-general X" names a state of no one's present office.
    namesNoState: (s) => {
      const formerly = new Set(
        titles.filter((t) => t.sentence === s && t.title.former).map((t) => t.title.of),
      );
      return refs[s]!.every((r) => r.type !== 'State' || formerly.has(r.id));
    },
    // "Russian President M ... President O thanked President M for Russia's efforts".
    // A president and a prime minister both head a state: only the same office is taken.
    ledElsewhere: (state, person, role) =>
      titles.some(
        (t) => t.person !== person && t.heads && t.title.of === state && t.title.role === role,
      ),
  };
}

/**
 * "He flew on to Caracas, where President X received him", "President Y brought the two
 * together in Ankara", "flew to Algiers and met President Z": a head who receives in a capital
 * (or is met there) is that capital's state's.
 */
function hostsIn(refs: Ref[], text: string, person: string, others: Set<string | null>): string[] {
  const me = refs.find((r) => r.id === person);
  if (!me) return [];
  // ("He then flew to Algiers, and on Wednesday met President X": met where the visitor went.)
  const before = text.slice(0, me.start);
  const visited = TRAVELLED.test(before) && /\bmet\s+$/i.test(before);
  if (!HOSTING.test(text.slice(me.end)) && !visited) return [];
  const { capitalOf } = gazetteer();
  const capitals = new Set(
    refs
      .map((r) => (r.type === 'State' && r.capital ? r.id : capitalOf.get(r.id)))
      .filter((id): id is string => id !== undefined && !others.has(id)),
  );
  return capitals.size === 1 ? [...capitals] : [];
}

/** A trip to a place before the person ("flew to Algiers and met"). */
const TRAVELLED = /\b(?:flew|travell?ed|went|arrived|headed)\b[^.;]*?\b(?:to|in)\b/i;

/** A host's verb right after the person ("X received", "X, Crown Prince, on Monday hosted"). */
const HOSTING =
  /^\s*(?:,[^,.;]*)?,?\s*(?:[^\s,.;]+\s+){0,3}?(?:received|receives|hosted|hosts|welcomed|welcomes|brought|brings)\b/;

/** A nationality adjective before a thing, not its people ("Syrian crisis", not "officials"). */
function topicOnly(words: Word[], end: number): boolean {
  const next = words.find((w) => w.start >= end);
  return Boolean(
    next &&
    /^\p{Ll}/u.test(next.text) &&
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    !REPRESENTATIVES.has(next.lemma),
  );
}

/** "The moderator from", "envoys from": a person's word before "from" ends the text. */
function origin(before: string): boolean {
  const word = /\b(\p{Ll}+)\s+from\s+(?:the\s+)?$/u.exec(before)?.[1];
  if (!word) return false;
  const one = word.replace(/s$/, '');
  return [word, one].some((w) => REPRESENTATIVES.has(w) || ROLE_NOUNS.has(w));
}

/** The words before a state that is where someone went. */
const DESTINATION =
  /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|(?:left|leaves|leaving|departed|headed|set off|sets off) for|(?:trip|visit|travel(?:l?ed|s)?|flew|flies|went|goes|headed|heads) to|arrived in)\s+(?:the\s+)?$/i;

/** Words that bring two sides together in one sentence. */
const ENCOUNTER =
  /\b(?:met|meets|meeting|received|receives|hosted|hosts|welcomed|welcomes|held talks|talks with|spoke|speaks|phoned|visited|visits)\b/i;

/** Whether the text before a state's name ends in an office "of" it ("the King of", "Prime Minister of"). */
function officeOf(before: string): boolean {
  const m = /(\p{L}+)\s+of\s+(?:the\s+)?$/iu.exec(before);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // The last word of a leader's title ("prime minister", "king"), or an office beside them.
  return (
    /^(?:minister|head|ruler|prince)$/.test(word) ||
    gazetteer().leaderWords.some((l) => l.split(' ').at(-1) === word)
  );
}

/** "'s secretary of state", "'s foreign minister": a possessive owning an office abroad. */
function officeAbroadAfter(after: string): boolean {
  const owned = /^(?:['’]s?)?\s+([^,.;:]{0,40})/u.exec(after);
  return owned !== null && OFFICE_ABROAD.test(owned[1]!);
}

/** One person's office for dealing abroad (a delegation or a negotiator may be anyone's own). */
const OFFICE_ABROAD = /\b(?:secretary of state|foreign minister|ambassador|envoy)\b/i;

/** "a New Zealand delegation", "Kenyan negotiators": a state's team at talks after its name. */
function peopleAfter(words: Word[], end: number): boolean {
  const next = words.find((w) => w.start >= end);
  return next !== undefined && TEAMS.has(next.lemma);
}
