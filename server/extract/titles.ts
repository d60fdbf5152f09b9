/**
 * Titles as news text writes them: modifiers ("acting", "first deputy", "former"), perhaps a
 * capitalised word the gazetteer does not know ("Trade Commissioner", "Presidential Affairs
 * Minister"), the title itself, and what it is of ("President of Ghana", "chairman of the
 * Nordic Development Fund Group") or to ("ambassador to Chad"). A deputy heads nothing, and a
 * former holder no longer does: only a leading title that is neither gives LEADS.
 */
import { entityId } from '../domain/index.ts';
import type { Entry, Gazetteer } from './gazetteer.ts';
import { NOUNS, TEAMS } from './lexicon/index.ts';
import { headedOrg, organOf, orgName, stateAt } from './org-names.ts';
import { hyphenGlued, isShortName, type Token } from './tokens.ts';
import {
  briefBeforeComma,
  morePortfolios,
  officeBeforeComma,
  officeFor,
  officeOfOffice,
  portfolioAfter,
  portfolioBeforeName,
  portfolioList,
} from './title-offices.ts';

export interface TitleMatch {
  role: string;
  leads: boolean;
  former: boolean;
  /** The state or organisation the title is of, when the title names it. */
  of: string | null;
  /** An organisation named only here ("of the Nordic Development Fund Group"): its mention. */
  org: { id: string; name: string; start: number; end: number } | null;
  /** Offsets in the sentence of the title's words. */
  words: { start: number; end: number };
  /** The title is of something the text names without a name ("of its military council"). */
  ofUnknown: boolean;
  /** "counterparts", "ministers": names several people, never a role on its own. */
  plural: boolean;
  /** "The Forum secretary general": of the body named before by this head noun. */
  ofHead?: string;
  /** Token index after the title (and its "of ..."). */
  end: number;
}

export interface TitleContext {
  tokens: Token[];
  g: Gazetteer;
  lookup(i: number): { values: Entry[]; end: number } | null;
  /** wink's tag for a token ("ADJ"), when known. */
  tag?(i: number): string | undefined;
}

const UNKNOWN_WORDS = 3;

/** Whose "then" office it is: "the then president", "Somaliland's then president". */
const THEN_OWNERS = /^(?:the|his|her|its|'s|’s|their|met|with|by|to|of|under|for|when)$/;

export function titleAt(c: TitleContext, i: number): TitleMatch | null {
  const { tokens, g } = c;
  let k = i;
  let leads = true;
  let former = false;
  const mods: string[] = [];
  // "the then EU Special Representative", "met X and then South Korean president Y": an
  // office held then, whatever body or state the title names first ("…, and then President Y
  // flew home" opens a clause).
  let b = i - 1;
  while (b > i - 4 && tokens[b]?.upper) b--;
  const listed = tokens[b - 1]?.fold === 'and' && tokens[b - 2]?.text !== ',';
  const owned = THEN_OWNERS.test(tokens[b - 1]?.fold ?? '');
  if (tokens[b]?.fold === 'then' && (listed || owned)) former = true;
  // Modifiers and unknown capitalised words, as long as a title follows within reach.
  for (let n = 0; n < UNKNOWN_WORDS + 3 && k < tokens.length; n++) {
    const t = tokens[k]!;
    if (c.lookup(k)?.values.some((v) => v.kind === 'title')) break;
    const fold = t.fold;
    // "The chairperson of ...", "Its president": an article or an owner is no modifier,
    // capitalised or not.
    if (/^(?:the|a|an|its|his|her|their)$/.test(fold)) return null;
    if (g.titleModifiers.former.has(fold)) former = true;
    // "Somaliland's then president", "the then-chairman": an office held then, not now.
    else if (
      fold === 'then' &&
      (THEN_OWNERS.test(tokens[k - 1]?.fold ?? '') || tokens[k + 1]?.text === '-')
    )
      former = true;
    else if (g.titleModifiers.subordinate.has(fold)) leads = false;
    // "intelligence chief X", "army chief X": a noun right before the title names the body it
    // heads, a part of the state and not the state.
    // ("after meeting President X": an event word is no body).
    else if (
      !t.upper &&
      c.tag?.(k) === 'NOUN' &&
      !NOUNS.has(fold) &&
      // ("junta leader X", "government chief Y": the body that rules heads the state.)
      !/^(?:junta|government|regime)$/.test(fold) &&
      !/ing$/.test(fold) &&
      c.lookup(k + 1)?.values.some((v) => v.kind === 'title')
    )
      leads = false;
    else if (
      !g.titleModifiers.keep.has(fold) &&
      // "government panel chair X", "rebel team leader Y": whose side, before the title's noun.
      !(!t.upper && g.titleModifiers.body.has(fold)) &&
      !(t.upper && /^\p{L}/u.test(t.text) && !c.lookup(k)) &&
      // "presidential adviser", "senior negotiator": a lower-case adjective before a title.
      !(!t.upper && c.tag?.(k) === 'ADJ')
    )
      if (t.text !== '-') return null;
    if (t.text !== '-') mods.push(t.text);
    k++;
  }
  const hit = c.lookup(k);
  const title = hit?.values.find((v) => v.kind === 'title');
  if (!hit || !title || title.kind !== 'title') return null;
  // "Hossein Amir-Abdollahian": a title word glued to a hyphen is part of a surname.
  if (hyphenGlued(tokens, hit.end - 1)) return null;
  // "the chief foreign policy adviser": a lower-case "chief" before the office's own nouns.
  const after = tokens[hit.end];
  if (
    title.role === 'Chief' &&
    !tokens[hit.end - 1]!.upper &&
    after &&
    !after.upper &&
    /^(?:NOUN|ADJ)$/.test(c.tag?.(hit.end) ?? '')
  )
    return null;
  // Unknown capitalised words before a title only when they are few and written like one.
  if (mods.length > UNKNOWN_WORDS) return null;
  let end = hit.end;
  end = officeFor(c, k, end);
  const brief =
    tokens[end]?.fold === 'for'
      ? Math.max(briefBeforeComma(tokens, end + 1), portfolioAfter(c, end + 1))
      : tokens[end]?.fold === 'on'
        ? portfolioList(c, end + 1)
        : -1;
  if (brief > 0) end = brief;
  let of: string | null = null;
  let org: TitleMatch['org'] = null;
  let heads = true;
  // "chairman of the movement's executive bureau": of something, just not a name we know.
  // "Rebel leader X", "opposition chief X": the head of a body the text does not name here.
  let ofUnknown = mods.some((m) => g.titleModifiers.body.has(m.toLowerCase()));
  // "his counterpart from the DRC" says whose, as "of" does.
  const from = tokens[end]?.fold === 'from' && title.role === 'Counterpart';
  // "the Personal Envoy of the Secretary-General for Western Sahara, Mr X": an office of
  // another office's holder is the title, whole with its brief, and of no body.
  const ofOffice = title.leads ? -1 : officeOfOffice(c, end);
  // "a director general at North Korea's Foreign Ministry": where one works, of a body named.
  const atBody = end + (tokens[end + 1]?.fold === 'the' ? 2 : 1);
  const at =
    tokens[end]?.fold === 'at' &&
    (Boolean(c.lookup(atBody)?.values.some((v) => v.kind === 'state' || v.kind === 'org')) ||
      Boolean(tokens[atBody]?.upper && orgName(c, atBody)));
  // "a legal adviser of South African President X", "an adviser to Saudi King Y": whose
  // adviser, who holds an office of their own; this title ends before them.
  let whose = end + (tokens[end + 1]?.fold === 'the' ? 2 : 1);
  const state = c.lookup(whose);
  if (state?.values.some((v) => v.kind === 'state')) whose = state.end;
  const principal =
    !title.leads && /^(?:of|to)$/.test(tokens[end]?.fold ?? '') ? titleAt(c, whose) : null;
  if (ofOffice > end) end = ofOffice;
  else if (principal?.leads) ofUnknown = true;
  else if (tokens[end]?.fold === 'of' || tokens[end]?.fold === 'to' || from || at) {
    const to = tokens[end]!.fold === 'to';
    // Whether the body is one the text names, not the gazetteer's or a ministry.
    let named = false;
    let m = end + 1;
    if (tokens[m]?.fold === 'the') m++;
    // "president of the self-declared Turkish Republic of Northern Cyprus": of it all the same.
    let skip = 0;
    if (
      tokens[m]?.fold === 'self' &&
      /^(?:declared|proclaimed|styled)$/.test(tokens[m + 2]?.fold ?? '')
    )
      skip = 3;
    else if (/^(?:breakaway|unrecognised|unrecognized)$/.test(tokens[m]?.fold ?? '')) skip = 1;
    // "leader of the Russian-backed breakaway region of Abkhazia": its backer is not it.
    else if (
      tokens[m + 1]?.text === '-' &&
      /^(?:backed|supported|allied|controlled)$/.test(tokens[m + 2]?.fold ?? '')
    ) {
      skip = 3;
      if (/^(?:breakaway|separatist)$/.test(tokens[m + 3]?.fold ?? '')) skip++;
      if (/^(?:region|republic|province|territory)$/.test(tokens[m + skip]?.fold ?? ''))
        skip += tokens[m + skip + 1]?.fold === 'of' ? 2 : 1;
    }
    if (skip && c.lookup(m + skip)) m += skip;
    const ofHit = c.lookup(m);
    const actor = ofHit?.values.find((v) => v.kind === 'state' || v.kind === 'org');
    // "the President of the Republic": the home state's, named by its constitution's word.
    const home =
      !ofHit &&
      tokens[m - 1]?.fold === 'the' &&
      /^(?:republic|nation|federation|kingdom)$/.test(tokens[m]?.fold ?? '') &&
      tokens[m + 1]?.fold !== 'of';
    // "head of the UN Support Mission": a longer name that starts with a known one is another.
    const longer = home ? null : orgName(c, m);
    // ("head of the Houthis' Supreme Political Council", "of the CMA's council": a body's
    // body, likewise.)
    const owner = ofHit && actor ? ofHit.end : isShortName(tokens[m]?.text) ? m + 1 : -1;
    const owned =
      owner > 0 && /^['’]s?$/.test(tokens[owner]?.text ?? '') ? bodyAt(c, owner + 1) : null;
    // ("of the Japanese Foreign Ministry's Asian Affairs Bureau": the body's own body.)
    const within =
      longer && /^['’]s?$/.test(tokens[longer.endToken]?.text ?? '')
        ? bodyAt(c, longer.endToken + 1)
        : null;
    // "the head of the Council Abdel X": a body named by its head noun alone, then the holder.
    const bare =
      !ofHit &&
      !longer &&
      !within &&
      tokens[m - 1]?.fold === 'the' &&
      tokens[m]?.upper &&
      g.orgHeads.has(tokens[m]!.fold) &&
      tokens[m + 1]?.upper &&
      !c.lookup(m + 1) &&
      tokens[m + 1]?.fold !== 'of';
    if (home) end = m + 1;
    else if (bare) {
      end = m + 1;
      ofUnknown = true;
    } else if (within) {
      // (A state's ministry's bureau is the state's: its director stands for the state.)
      of = actor?.kind === 'state' && ofHit!.end <= longer!.endToken ? actor.id : within.id;
      org = within.org;
      heads = false;
      end = within.end;
    } else if (longer && (!ofHit || longer.endToken > ofHit.end)) {
      // "head of the Ministry of Foreign Affairs of Bolivia": of the state, heading none of it.
      const organ = organOf(c, m, longer.endToken);
      // ("Qatar's Minister of State at the Ministry of Foreign Affairs": of the state before it.)
      const unnamed = at && !organ && g.organHeads.has(tokens[m]!.fold);
      named = !organ && !unnamed;
      of = to || unnamed ? null : (organ ?? longer.id);
      org = organ ? null : longer;
      if (organ) heads = false;
      end = longer.endToken;
    } else if (owned) {
      // "the head of Chad's Transitional Military Council": of the state's body, not the state;
      // but "a director general of North Korea's Foreign Ministry" stands for the state, as
      // its organ, and heads none of it.
      // ("the secretary of Iran's Supreme National Security Council": an office of a state's
      // body that heads none of it stands for the state too.)
      const organ =
        actor?.kind === 'state' &&
        (g.organHeads.has(tokens[owned.end - 1]?.fold ?? '') || !title.leads);
      of = organ ? actor.id : owned.id;
      org = owned.org;
      end = owned.end;
      if (organ) heads = false;
    } else if (ofHit && actor && (actor.kind === 'state' || actor.kind === 'org')) {
      if (!to) of = actor.id;
      end = ofHit.end;
      // ("her counterpart from the Niger Republic, X": the state's style after its name.)
      if (/^(?:republic|kingdom)$/.test(tokens[end]?.fold ?? '') && tokens[end]!.upper) end++;
      // "the Permanent Representative of Belize to the OAS": where the state posted them.
      const posted =
        !to && tokens[end]?.fold === 'to'
          ? c.lookup(end + (tokens[end + 1]?.fold === 'the' ? 2 : 1))
          : null;
      if (posted?.values.some((v) => v.kind === 'org' || v.kind === 'state')) end = posted.end;
      // "head of the Ghanaian delegation": of the state's team, so it leads no state.
      const team = tokens[end]?.fold.replace(/s$/, '') ?? '';
      if (TEAMS.has(team)) {
        heads = false;
        end++;
      }
    } else if (!to) {
      // "leader of the SPLM-IO": a body known by its letters alone, else by its head noun.
      const named = orgName(c, m) ?? acronymOrg(tokens, m) ?? headedOrg(c, m);
      if (named) {
        of = named.id;
        org = named;
        end = named.endToken;
      } else {
        // "the President of the Transition of Burkina Faso": a period of the state's own.
        const period = tokens[m]?.upper && tokens[m + 1]?.fold === 'of' ? stateAt(c, m + 2) : null;
        // "the minister of National Defence, X": an office the gazetteer lacks, then the name.
        const office = officeBeforeComma(tokens, m);
        const portfolio = portfolioBeforeName(c, m);
        if (period && !to) {
          of = period.id;
          end = period.end;
        } else if (office > 0) end = office;
        else if (portfolio > 0) end = portfolio;
        ofUnknown = !of;
      }
    }
    // "the chairman of the Security Council of Kyrgyzstan", "head of the State Security
    // Service of Uzbekistan": a body of the state's own (not one the gazetteer knows by that
    // name), whose head heads no state.
    const state = of?.startsWith('organization:') && tokens[end]?.fold === 'of';
    const organ = state && !to ? stateAt(c, end + 1) : null;
    // ("the president of the Supreme Political Council of Yemen": a body the text names in
    // full, which its head heads; the state only says whose it is.)
    if (organ && named && title.leads) end = organ.end;
    else if (organ) {
      of = organ.id;
      org = null;
      heads = false;
      end = organ.end;
    }
  }
  // "the Special Representative of the EU for Dialogue, X": the office's brief after its body.
  if (of && tokens[end]?.fold === 'for' && tokens[end + 1]?.upper) {
    const office = officeBeforeComma(tokens, end + 1);
    if (office > 0) end = office;
  }
  // ("the Special Representative of the OSCE Chairperson-in-Office for the Transdniestrian
  // Settlement Process, X": the brief after the office it represents.)
  if (tokens[end]?.fold === 'for') {
    const brief = briefBeforeComma(tokens, end + 1);
    if (brief > 0) end = brief;
  }
  // (A brief whose demonym the gazetteer took for a state: "for the Transdniestrian
  // Settlement Process, X" ends at its comma all the same.)
  const rest = tokens[end - 2]?.fold === 'the' ? briefBeforeComma(tokens, end - 2) : -1;
  if (rest > end) end = rest;
  // "the Ambassador of Portugal to Azerbaijan, X", "the head of the OSCE mission to Moldova":
  // where the office is posted belongs to the title, not to the clause.
  if (of && tokens[end]?.fold === 'to') {
    const posted = c.lookup(end + 1);
    if (posted?.values.some((v) => v.kind === 'state' || v.kind === 'place')) end = posted.end;
  }
  // "both prime minister and foreign minister of Sweden": the second title's "of" is both's.
  if (!of && !ofUnknown && tokens[end]?.fold === 'and' && !tokens[end + 1]?.upper) {
    const second = titleAt(c, end + 1);
    if (second?.of) {
      of = second.of;
      end = second.end;
    }
  }
  // "Foreign Policy chief X", "Security Council head Y": a chief of a field or of a body the
  // gazetteer lacks heads no state the sentence names.
  // "Hamas Gaza chief X": of a branch, not of the whole body.
  // ("Ogaden Front chief X": a body by its head noun, which the chief heads).
  // "Bosnian Serb leader X", "Iraqi Kurdish President Y": a community's head, not the state's.
  const named = mods.filter((m) => /^\p{Lu}/u.test(m));
  const byHead = named.length > 0 && g.orgHeads.has(named.at(-1)!.toLowerCase());
  const { keep, body } = g.titleModifiers;
  const community = named.some((m) => !keep.has(m.toLowerCase()) && !body.has(m.toLowerCase()));
  if (community && !byHead) heads = false;
  let role = [...mods.filter((m) => !g.titleModifiers.former.has(m.toLowerCase())), title.role];
  // "senior Ogaden Front official X": lower-case words, then the body, then the title.
  const tail = mods.slice(mods.length - named.length);
  // ("The Forum secretary general X": a head noun alone is the body named before by it.)
  const alone =
    byHead &&
    named.length === 1 &&
    !of &&
    (!tokens[k - 2]?.upper || tokens[k - 2]!.fold === 'the') &&
    tail.every((m, n) => m === named[n]);
  if (byHead && !alone && !of && tail.every((m, n) => m === named[n])) {
    const name = named.join(' ');
    of = entityId('Organization', name);
    org = { id: of, name, start: tokens[k - named.length]!.start, end: tokens[k - 1]!.end };
    role = [...mods.slice(0, mods.length - named.length), title.role];
  }
  if (alone) role = [...mods.slice(0, mods.length - 1), title.role];
  end = morePortfolios(c, end);
  const first = tokens[i]!;
  const last = tokens[hit.end - 1]!;
  return {
    role: role.join(' '),
    leads: title.leads && leads && heads && !former && !at,
    former,
    of,
    ofUnknown,
    ...(alone ? { ofHead: named[0]!.toLowerCase() } : {}),
    plural: Boolean(title.plural),
    org: org ? { id: org.id, name: org.name, start: org.start, end: org.end } : null,
    words: { start: first.start, end: last.end },
    end,
  };
}

/** The body named at `at`, by its head noun or as the gazetteer knows it, and where it ends. */
function bodyAt(
  c: TitleContext,
  at: number,
): { id: string; org: ReturnType<typeof orgName>; end: number } | null {
  const known = c.lookup(at);
  const entry = known?.values.find((v) => v.kind === 'org');
  const byHead = orgName(c, at);
  if (byHead && (!known || byHead.endToken >= known.end))
    return { id: byHead.id, org: byHead, end: byHead.endToken };
  if (known && entry?.kind === 'org') return { id: entry.id, org: null, end: known.end };
  return null;
}

/** "the SPLM-IO", "the FDLR", "UNSMIL": a body the text names by its letters alone. */
function acronymOrg(tokens: Token[], at: number): ReturnType<typeof orgName> {
  const letters = (t: Token | undefined) => Boolean(t && /^[A-Z][A-Z0-9]+$/.test(t.text));
  // ("head of UNSMIL": a short name of three letters or more needs no article.)
  if (!letters(tokens[at]) || (tokens[at - 1]?.fold !== 'the' && tokens[at]!.text.length < 3))
    return null;
  let k = at + 1;
  while (
    hyphenGlued(tokens, k - 1) &&
    letters(tokens[k + 1]) &&
    tokens[k + 1]!.start === tokens[k]!.end
  )
    k += 2;
  const name = tokens
    .slice(at, k)
    .map((t) => t.text)
    .join('');
  const id = entityId('Organization', name);
  return { id, name, start: tokens[at]!.start, end: tokens[k - 1]!.end, endToken: k };
}
