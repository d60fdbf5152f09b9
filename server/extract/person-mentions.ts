/**
 * People as news names them: with a title, an affiliation and honorifics before the name, or
 * only a role ("the Russian leader") that later sentences and appositives attach to a name.
 * Titles decide who leads what and who speaks for whom, so a person's mention keeps its title
 * together with its name even when a comma stands between them.
 */
import { entityId } from '../domain/index.ts';
import type { Title } from './mentions.ts';
import { articled, isWord, nameEnd, nameText, type Context } from './mention-context.ts';
import { bracketed } from './org-mentions.ts';
import { orgName } from './org-names.ts';
import { respectiveTitles, sharedTitle } from './title-lists.ts';
import { titleAt, type TitleMatch } from './titles.ts';
import { isShortName } from './tokens.ts';

/**
 * [former] [state or organisation ('s)] [title [of X]] [honorifics] NAME [of STATE]; or, with
 * no name after it, a role ("the Russian leader", ", the mediator"). Returns the next token.
 */
export function personAt(c: Context, i: number): number | null {
  const { tokens, g } = c;
  let j = i;
  let former = false;
  // "deputy Hamas Gaza chief X": a deputy's title, whatever body it names first.
  const deputy = g.titleModifiers.subordinate.has(tokens[i - 1]?.fold ?? '');
  // "Turkish Cypriot leader X": a demonym after another names a community, which no state's
  // title heads.
  const prior = c.mentions.at(-1);
  const community =
    prior?.kind === 'state' && prior.form === 'demonym' && prior.end === tokens[i - 1]?.end;
  while (g.titleModifiers.former.has(tokens[j]?.fold ?? '') || tokens[j]?.text === '-') {
    former ||= tokens[j]!.text !== '-';
    j++;
  }
  let affiliation: string | null = null;
  const first = c.lookup(j);
  const actor = first?.values.find((v) => v.kind === 'state' || v.kind === 'org');
  // "Pristina's PM X": a capital's possessive speaks for its state, as "Kosovo's" does.
  const owned = tokens[first?.end ?? -1]?.fold === "'s";
  if (
    first &&
    actor &&
    (actor.kind === 'org' || (actor.kind === 'state' && (actor.form !== 'capital' || owned)))
  ) {
    let after = tokens[first.end]?.fold === "'s" ? first.end + 1 : first.end;
    // ("former African Union (AU) Commission Chairman X": past the body's short name.)
    if (tokens[after]?.text === '(' && tokens[after + 2]?.text === ')') after += 3;
    // "the Taliban government's deputy minister X": the actor's ruling body, then its owner's.
    if (
      after === first.end &&
      /^(?:government|administration|junta|regime|leadership)$/.test(tokens[after]?.fold ?? '') &&
      tokens[after + 1]?.fold === "'s"
    )
      after += 2;
    // "US Middle East envoy X", "UN Horn of Africa envoy Y": the region is the title's brief.
    const region = titleAt(c, after) ? null : c.lookup(after);
    if (region?.values.some((v) => v.kind === 'place') && titleAt(c, region.end))
      after = region.end;
    if (titleAt(c, after)) {
      affiliation = actor.id;
      j = after;
    }
  } else if (
    !first &&
    isShortName(tokens[j]?.text) &&
    titleAt(c, j + (tokens[j + 1]?.fold === "'s" ? 2 : 1))
  ) {
    // "NLF chairman X", "the FARC's leader X": an acronym the gazetteer lacks is the
    // organisation the title is of.
    const acronym = tokens[j]!;
    affiliation = entityId('Organization', acronym.text);
    pushOrg(c, affiliation, acronym.text, j, j + 1);
    j += tokens[j + 1]?.fold === "'s" ? 2 : 1;
  } else if (!first && tokens[j]?.upper && tokens[j - 1]?.fold === 'the') {
    // "the Polisario Front's chief negotiator, X": a body known by its head noun, owning the
    // title.
    const body = orgName(c, j);
    if (body && tokens[body.endToken]?.fold === "'s" && titleAt(c, body.endToken + 1)) {
      affiliation = body.id;
      pushOrg(c, body.id, body.name, j, body.endToken);
      j = body.endToken + 1;
    }
  }
  const found = afterAffiliation(c, titleAt(c, j), affiliation, i, j);
  // "X, who chairs ECOWAS": a plural title right after "who" is its verb.
  const title = found?.plural && tokens[i - 1]?.fold === 'who' ? null : found;
  const honorific = c.lookup(j)?.values.some((v) => v.kind === 'honorific');
  if (!title && !(honorific && j === i)) return null;
  // "HE Prime Minister and Minister of Foreign Affairs X": a style before a title is no
  // name's; the title after it is read on its own.
  if (!title && titleAt(c, c.lookup(j)!.end)) return c.lookup(j)!.end;
  let k = title ? title.end : j;
  // "Director-General of the World Health Organization (WHO) Tedros X": past the body's short
  // name in brackets to the holder.
  // ("Secretary General of the United Nations (UN SG) Antonio X": two short words.)
  const shorts = isShortName(tokens[k + 2]?.text) ? 2 : 1;
  if (
    title &&
    tokens[k]?.text === '(' &&
    isShortName(tokens[k + 1]?.text) &&
    tokens[k + 1 + shorts]?.text === ')' &&
    isWord(tokens[k + 2 + shorts])
  )
    k += 2 + shorts;
  for (let hit = c.lookup(k); hit?.values.some((v) => v.kind === 'honorific'); hit = c.lookup(k)) {
    k = hit.end;
    // "Mr. Erdogan": the abbreviation's full stop is the honorific's.
    if (tokens[k]?.text === '.' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  }
  // "HE the Chadian President": a style before a state's title, read from the state on.
  const owner = title ? null : c.lookup(k);
  if (owner?.values.some((v) => v.kind === 'state') && titleAt(c, owner.end)) return k;
  // "panel chair Undersecretary X", "envoy Ambassador Y": a rank after the office is the
  // holder's style, not the start of the name.
  const rank = title && c.lookup(k)?.values.some((v) => v.kind === 'title') ? titleAt(c, k) : null;
  if (rank && !rank.of && tokens[rank.end]?.upper && !c.lookup(rank.end)) k = rank.end;
  // "Chief Philippine negotiator X": a state's word after a title, with no name after it,
  // opens the next title ("President Jordan Bardella" is a name).
  const state = c.lookup(k);
  const opensTitle = state?.values.some((v) => v.kind === 'state') && !tokens[state.end]?.upper;
  // ("General al-Tayeb": a name may open with its article.)
  let end = (isWord(tokens[k]) || articled(tokens, k)) && !opensTitle ? nameEnd(c, k, true) : k;
  // "CELAC chairman SVG Prime Minister X": a short name in capitals before another title is
  // the next title's body, not this one's holder.
  if (end === k + 1 && isShortName(tokens[k]!.text) && titleAt(c, end)) end = k;
  // "King George Island", "Prince Edward Island": a title opening a place's name.
  if (end > k && c.g.placeHeads.has(tokens[end - 1]!.fold)) return null;
  // "Chairperson of the SADC Organ": one capitalised word after "the" and a short name is
  // the body's own name, no person.
  if (end === k + 1 && isShortName(tokens[k - 1]?.text) && tokens[k - 2]?.fold === 'the')
    return null;
  // "Special Envoy of the United Nations Secretary-General": a title word is no one's name.
  if (
    end === k + 1 &&
    tokens[end]?.text === '-' &&
    c.lookup(k)?.values.some((v) => v.kind === 'title')
  )
    return null;
  // "leader of the Mozambican National Resistance": a body's name after a title, no person.
  if (end > k && c.g.orgHeads.has(tokens[end - 1]!.fold) && tokens[end - 1]!.upper) return null;
  // "High Council of State chairman X": a body named right before the title is its body.
  const body = c.mentions.at(-1);
  // ("Collective Security Treaty Organization (CSTO) Secretary General X": past its short name.)
  const ends =
    tokens[i - 1]?.text === ')' ? [tokens[i - 2]?.end, tokens[i - 4]?.end] : [tokens[i - 1]?.end];
  const bodyBefore = body?.kind === 'org' && ends.includes(body.end) ? body.id : null;
  let of = title?.of ?? affiliation ?? (title && !deputy ? bodyBefore : null) ?? whose(c, i);
  let last = end;
  // "President Kofi Boateng of Ghana"
  if (end > k && !of && tokens[end]?.fold === 'of') {
    // "Secretary of State X of the United States": a state named with its article.
    const ofHit = c.lookup(end + 1) ?? (tokens[end + 1]?.fold === 'the' ? c.lookup(end + 2) : null);
    const state = ofHit?.values.find((v) => v.kind === 'state' && v.form !== 'demonym');
    if (ofHit && state && state.kind === 'state') {
      of = state.id;
      last = ofHit.end;
    }
    // "Rebel leader X of the People's Liberation Army": an organisation, known or by its head.
    const at = tokens[end + 1]?.fold === 'the' ? end + 2 : end + 1;
    const known = c.lookup(at);
    const org = known?.values.find((v) => v.kind === 'org');
    const byHead = !of && !known ? orgName(c, at) : null;
    if (!of && known && org) {
      of = org.id;
      last = known.end;
    } else if (byHead) {
      of = byHead.id;
      last = byHead.endToken;
      pushOrg(c, byHead.id, byHead.name, at, byHead.endToken);
    }
  }
  const titled: Title | null = title
    ? {
        role: title.role,
        leads: title.leads && !former && !deputy && !community,
        of,
        words: title.words,
        former: title.former || former,
        ofUnknown: title.ofUnknown,
        ...(!of && c.carry?.at === i ? { shared: c.carry.of } : {}),
        ...(!of && tokens[i - 1]?.fold === 'its' ? { owned: true } : {}),
        ...(!of && title.ofHead ? { ofHead: title.ofHead } : {}),
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
      name: nameText(c, k, end),
      title: titled,
      // "President X of Ghana": the state is the title's, inside the person's mention; so is
      // the body before the title it heads.
      start: of && of === bodyBefore ? body!.start : tokens[i]!.start,
      end: tokens[last - 1]!.end,
      locative: false,
    });
    const state = of ?? titled?.shared;
    // ("Peruvian President A, Prime Minister B, and Deputy Prime Minister C": a list too.)
    const comma = tokens[last]?.text === ',';
    const next = comma && tokens[last + 1]?.fold === 'and' ? last + 2 : last + 1;
    const listed = tokens[last]?.fold === 'and' || comma;
    if (state?.startsWith('state:') && listed && titleAt(c, next))
      c.carry = { at: next, of: state };
    return title?.plural && titled && of ? sharedTitle(c, titled, last) : last;
  }
  // "the presidents of A and B, X and Y, respectively": each the title of their own state.
  const respective = title?.plural ? respectiveTitles(c, title, former || deputy) : null;
  if (respective) return respective;
  // "the leaders of A and B", "the Foreign Ministers": several people, left to the chunker;
  // a capitalised plural title is no one's name, so its words are passed over.
  if (title?.plural) {
    const after = tokens.findIndex((t) => t.start >= title.words.end);
    const bare =
      tokens[j]!.start === title.words.start && c.lookup(j)?.values.some((v) => v.kind === 'title');
    return bare && tokens[j]!.upper ? (after < 0 ? tokens.length : after) : null;
  }
  // "X, who has been Bolivia's interim president since March": a role after a copula
  // ("who serves as both prime minister and ...").
  const back = tokens[i - 1]?.fold === 'both' ? i - 1 : i;
  const before = tokens[back - 1]?.fold;
  // ("X, who is also interim Chief Minister of Y": past the "also".)
  const verb = before === 'also' ? tokens[back - 2]?.fold : before;
  const copula =
    /^(?:is|was|been|became|as)$/.test(verb ?? '') &&
    tokens.slice(Math.max(0, back - 4), back).some((t) => t.fold === 'who');
  // "received Saudi Minister for Foreign Affairs, Prince F, and ...": a title whose name
  // follows its comma.
  const named = tokens[k]?.text === ',' && Boolean(tokens[k + 1]?.upper) && k > j;
  // "X, a director general of North Korea's Foreign Ministry,": one of its officials, whose
  // side the role says; one of several heads nothing.
  // (Only a present role that ends the appositive: "a former commander of Kenyan troops in
  // Somalia" says nothing of a side.)
  const indefinite =
    (before === 'a' || before === 'an') &&
    tokens[i - 2]?.text === ',' &&
    Boolean(titled?.of && !titled.former) &&
    /^[,.;)]$/.test(tokens[k]?.text ?? '.');
  if (indefinite) titled!.leads = false;
  if (
    titled &&
    (named ||
      indefinite ||
      before === 'the' ||
      before === ',' ||
      before === "'s" ||
      // "the rebels' chief negotiator"
      ((before === "'" || before === '’') && /s$/i.test(tokens[i - 2]?.text ?? '')) ||
      before === 'his' ||
      before === 'her' ||
      before === 'its' ||
      // "the Somali president and Ethiopian prime minister": the article is both roles'.
      (before === 'and' &&
        c.mentions.at(-1)?.kind === 'role' &&
        c.mentions.at(-1)!.end === tokens[back - 2]?.end) ||
      copula)
  ) {
    const start = before === 'the' || indefinite ? tokens[i - 1]!.start : tokens[i]!.start;
    // "the front's chairman": the organisation a later step finds by its head noun.
    if (before === "'s" && !titled.of && tokens[i - 3]?.fold === 'the')
      titled.ofHead = tokens[i - 2]!.fold;
    // "ASEAN's chief": the body named right before the possessive.
    const owner = before === "'s" ? c.mentions.at(-1) : undefined;
    if (!titled.of && owner?.kind === 'org' && owner.end === tokens[i - 2]?.end)
      titled.of = owner.id;
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

/**
 * A title whose own words name a body ("Commission President") after an affiliation (at `i`,
 * the title at `j`): "ECOWAS Commission President X" heads the body both name together;
 * "Sudan's Sovereign Council Chairman X", a state's organ, heads the state.
 */
function afterAffiliation(
  c: Context,
  title: TitleMatch | null,
  affiliation: string | null,
  i: number,
  j: number,
): TitleMatch | null {
  const own = title?.org;
  if (!title || !own || !affiliation || own.start !== c.tokens[j]!.start) return title;
  if (affiliation.startsWith('state:')) return { ...title, of: null, org: null };
  const name = c.sentence.text.slice(c.tokens[i]!.start, own.end);
  const id = entityId('Organization', name);
  return { ...title, of: id, org: { ...own, id, name, start: c.tokens[i]!.start } };
}

/** A body named in a person's words (tokens `from` to `to`), mentioned in its own right. */
function pushOrg(c: Context, id: string, name: string, from: number, to: number): void {
  const { tokens } = c;
  c.mentions.push({
    kind: 'org',
    id,
    name,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    locative: false,
  });
}

/** "The UN mission (Unama), whose head, X, said": the body or state the "whose" is of. */
function whose(c: Context, i: number): string | null {
  if (c.tokens[i - 1]?.fold !== 'whose') return null;
  let j = c.tokens[i - 2]?.text === ',' ? i - 3 : i - 2;
  // (Past its short name in brackets: "the mission (Unama), whose head".)
  if (c.tokens[j]?.text === ')') while (j > 0 && c.tokens[j]!.text !== '(') j--;
  if (c.tokens[j]?.text === '(') j--;
  const owner = c.mentions.findLast((m) => m.end === c.tokens[j]?.end);
  return owner?.kind === 'org' || owner?.kind === 'state' ? owner.id : null;
}
