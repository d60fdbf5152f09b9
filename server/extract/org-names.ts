/**
 * Organisations named by their head noun ("Nordic Development Fund Group", "Union for the Total
 * Independence of Angola", "UN Support Mission in Libya"): capitalised words, with "of"/"for"
 * phrases and possessives inside, ending in a word the gazetteer knows for a body. Titles,
 * person mentions and organisation mentions all find unknown bodies this way.
 */
import { entityId } from '../domain/index.ts';
import type { TitleContext } from './titles.ts';
import { isShortName } from './tokens.ts';

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "Nordic Development Fund Group": capitalised words ending in an organisation's head noun. */
export function orgName(
  c: TitleContext,
  i: number,
): { id: string; name: string; start: number; end: number; endToken: number } | null {
  const { tokens, g } = c;
  // "on 2nd May 2024 the President of the ECOWAS Commission": a date opens no body's name.
  // ("the March 14 Forces": a day that names a body, right before its head noun, is its name.)
  // ("On March 3 Council members met": after a preposition of time, a date all the same.)
  const dated =
    !/^(?:on|since|by|until|from|after|before|in|of)$/.test(tokens[i - 1]?.fold ?? '') &&
    /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '') &&
    Boolean(tokens[i + 2]?.upper) &&
    g.orgHeads.has(tokens[i + 2]?.fold ?? '');
  if (MONTH.test(tokens[i]?.text ?? '') && !dated) return null;
  let k = MONTH.test(tokens[i]?.text ?? '') ? i + 2 : i;
  let lastHead = -1;
  while (k < tokens.length && k - i < 8) {
    const t = tokens[k]!;
    if (lastHead >= 0 && endsBody(c, k)) break;
    // ("received at Bayan Palace US Secretary of State X": a venue's name ends at its head.)
    if (k - 1 > i && g.placeHeads.has(tokens[k - 1]!.fold) && lastHead < 0) return null;
    if (t.upper && /^[\p{L}\d]/u.test(t.text)) {
      // "House of Representatives", "Chamber of Deputies": a body only with its "of" name.
      if (
        g.orgHeads.has(t.fold) ||
        (g.ofHeads.has(t.fold) && tokens[k + 1]?.fold === 'of' && tokens[k + 2]?.upper) ||
        // ("Frente POLISARIO": the head first, the name after it.)
        (k > i && g.headFirst.has(tokens[i]!.fold))
      )
        lastHead = k;
      k++;
    } else if (
      k > i &&
      // ("Front de Libération Nationale Kanak et Socialiste", "Frente de Liberación y ...")
      /^(?:of|for|and|the|on|de|du|des|la|et|pour|del|y)$/.test(t.fold) &&
      tokens[k + 1]?.upper
    )
      k++;
    // "Union for the Total Independence of Angola": "for the", "of the" inside the name.
    else if (
      k > i &&
      /^(?:of|for|on)$/.test(t.fold) &&
      tokens[k + 1]?.fold === 'the' &&
      tokens[k + 2]?.upper
    )
      k += 2;
    // "Lord's Resistance Army", "People's Liberation Army": a possessive inside the name.
    // ("Russia's Foreign Ministry" is the state's: the possessive right after its name).
    // ("the CMA's Supreme Council": after a short name in capitals, its owner's.)
    else if (
      k > i &&
      /^['’]s$/.test(t.text) &&
      tokens[k + 1]?.upper &&
      k > (c.lookup(i)?.end ?? i) &&
      !isShortName(tokens[k - 1]!.text) &&
      // ("the Foreign Ministry's Asian Affairs Bureau": a body's own body, two names.)
      !g.orgHeads.has(tokens[k - 1]!.fold)
    )
      k++;
    // "Sudan People's Liberation Movement/Army-in-Opposition": a slash or a hyphen goes on
    // with the name.
    else if (lastHead >= 0 && /^[/-]$/.test(t.text) && tokens[k + 1]?.upper) k++;
    else if (
      lastHead >= 0 &&
      t.text === '-' &&
      /^(?:in|of|and)$/.test(tokens[k + 1]?.fold ?? '') &&
      tokens[k + 2]?.text === '-' &&
      tokens[k + 3]?.upper
    ) {
      k += 3;
      lastHead = k;
    } else break;
  }
  if (lastHead < 0) return null;
  // A name its short form in brackets closes runs whole to the bracket.
  const closed = tokens[k]?.text === '(' && tokens[k + 2]?.text === ')';
  if (closed) lastHead = k - 1;
  // "Community of Sant'Egidio", "League of Arab States": the head's "of" phrase is the name.
  // "Office of the UN Special Envoy for Yemen" too, and "Front for Unity and Renewal".
  const the = tokens[lastHead + 2]?.fold === 'the' ? 1 : 0;
  if (
    /^(?:of|for)$/.test(tokens[lastHead + 1]?.fold ?? '') &&
    tokens[lastHead + 2 + the]?.upper &&
    !c.lookup(lastHead + 2 + the)?.values.some((v) => v.kind === 'state')
  ) {
    let m = lastHead + 2 + the;
    while (
      m < tokens.length &&
      m - lastHead < 8 &&
      (tokens[m]!.upper ||
        // ("of the National People's Congress": a possessive inside the name.)
        (/^(?:and|for|of|['’]s)$/.test(tokens[m]!.fold) && tokens[m + 1]?.upper)) &&
      !endsBody(c, m)
    ) {
      // "... Commission for Foreign Affairs Wang Yi": after its portfolio, the holder's name.
      if (
        g.portfolios.has(tokens[m - 1]!.fold) &&
        tokens[m]!.upper &&
        !g.portfolios.has(tokens[m]!.fold) &&
        !g.orgHeads.has(tokens[m]!.fold) &&
        !/^['’]s?$/.test(tokens[m + 1]?.text ?? '') &&
        !c.lookup(m)
      )
        break;
      // "Ministry of Foreign Affairs of Bolivia Ana Quispe": the state closes the name.
      const state = tokens[m]!.fold === 'of' ? stateAt(c, m + 1) : null;
      if (state) {
        // ("the Independence of Guinea and Cape Verde": two states the name joins.)
        const second = tokens[state.end]?.fold === 'and' ? stateAt(c, state.end + 1) : null;
        m = second && tokens[second.end]?.text === '(' ? second.end : state.end;
        break;
      }
      m++;
    }
    lastHead = m - 1;
  }
  // "UN Support Mission in Libya", "OSCE Mission to Moldova": a mission's name goes on with
  // where it works.
  if (
    g.locatedHeads.has(tokens[lastHead]!.fold) &&
    /^(?:in|to)$/.test(tokens[lastHead + 1]?.fold ?? '') &&
    c.lookup(lastHead + 2)?.values.some((v) => v.kind === 'state')
  )
    lastHead = c.lookup(lastHead + 2)!.end - 1;
  if (lastHead === i) return null;
  const start = tokens[i]!.start;
  const end = tokens[lastHead]!.end;
  const name = tokens
    .slice(i, lastHead + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([/-]) /g, '$1')
    .replace(/ (['’]s)\b/g, '$1');
  return { id: entityId('Organization', name), name, start, end, endToken: lastHead + 1 };
}

/**
 * The state a body named by `orgName` from token `first` is an organ of: "Ministry of Foreign
 * Affairs of Bolivia" is Bolivia's, as "Bolivia's Foreign Ministry" is.
 */
export function organOf(c: TitleContext, first: number, endToken: number): string | null {
  if (!c.g.organHeads.has(c.tokens[first]!.fold)) return null;
  for (let k = first + 1; k < endToken; k++) {
    const state = c.tokens[k]!.fold === 'of' ? stateAt(c, k + 1) : null;
    if (state?.end === endToken) return state.id;
  }
  return null;
}

/** The state whose name starts at token `i`, and the token after it. */
export function stateAt(c: TitleContext, i: number): { id: string; end: number } | null {
  const found = c.lookup(i);
  const state = found?.values.find((v) => v.kind === 'state');
  return state ? { id: state.id, end: found!.end } : null;
}

/**
 * Where a body's name has ended, past its head: at a title before a name ("House of
 * Representatives Speaker X") or at an "and" before another body's head ("House of Representatives and High Council of
 * State" are two).
 */
function endsBody(c: TitleContext, k: number): boolean {
  const { tokens, g } = c;
  // ("Council of Representatives": a title word right after "of" names the body; "Office of
  // the UN Special Envoy for Yemen": a title with no name after it is the office's.)
  const after = /^(?:of|for|the)$/.test(tokens[k - 1]?.fold ?? '');
  const title = after ? null : c.lookup(k);
  if (title?.values.some((v) => v.kind === 'title') && tokens[title.end]?.upper) return true;
  if (tokens[k]?.fold !== 'and') return false;
  for (let m = k + 1; m < k + 6 && tokens[m]?.upper; m++)
    if (g.orgHeads.has(tokens[m]!.fold)) return true;
  return false;
}

/**
 * "the leader of the Loyalists coalition, X": capitalised words before a lower-case head noun
 * name a body, as they do in running text ("the Renamo movement").
 */
export function headedOrg(c: TitleContext, i: number): ReturnType<typeof orgName> {
  const { tokens, g } = c;
  let k = i;
  while (k < tokens.length && k - i < 4 && tokens[k]!.upper && /^\p{L}/u.test(tokens[k]!.text)) k++;
  const head = tokens[k];
  if (k === i || !head || head.upper || !g.orgHeads.has(head.fold)) return null;
  if (c.lookup(i)?.values.some((v) => v.kind === 'state')) return null;
  const name = tokens
    .slice(i, k)
    .map((t) => t.text)
    .join(' ');
  const id = entityId('Organization', name);
  return { id, name, start: tokens[i]!.start, end: tokens[k - 1]!.end, endToken: k + 1 };
}
