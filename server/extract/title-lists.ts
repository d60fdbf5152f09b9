/**
 * One title for several people. "Presidents A of X, B of Y and C of Z": after the first name,
 * each name with its own state holds the plural title too. "The presidents of X and Y, A and
 * B, respectively": the names hold the title in the order of the states. Both put the leaders
 * in the graph with their states where the list alone would leave bare names.
 */
import type { Title } from './mentions.ts';
import { nameEnd, nameText, type Context } from './mention-context.ts';
import { stateAt } from './org-names.ts';
import type { TitleMatch } from './titles.ts';

/**
 * "Presidents A of X, B of Y and C of Z": after the first, each name with its own state holds
 * the plural title too. Returns the token after the last.
 */
export function sharedTitle(c: Context, title: Title, from: number): number {
  const { tokens } = c;
  let at = from;
  for (;;) {
    let n = at;
    if (tokens[n]?.text === ',') n++;
    if (tokens[n]?.fold === 'and') n++;
    if (n === at || !tokens[n]?.upper || c.lookup(n)) return at;
    const end = nameEnd(c, n, true);
    const state = end > n && tokens[end]?.fold === 'of' ? stateAt(c, end + 1) : null;
    if (!state) return at;
    c.mentions.push({
      kind: 'person',
      name: nameText(c, n, end),
      title: { ...title, of: state.id },
      start: tokens[n]!.start,
      end: tokens[state.end - 1]!.end,
      locative: false,
    });
    at = state.end;
  }
}

/**
 * "the presidents of Ecuador and Peru, A and B": as many names after the comma as states
 * after "of", each person holding the title of the state in the same place. Pushes the
 * states and the people; returns the token after the last name, or null.
 */
export function respectiveTitles(c: Context, title: TitleMatch, demoted: boolean): number | null {
  const { tokens } = c;
  if (!title.of?.startsWith('state:')) return null;
  // The states: the title's own, then more after commas and "and".
  const first = tokens.findIndex((t) => t.start >= title.words.end);
  const at = tokens[first]?.fold === 'of' ? first + 1 : -1;
  const states: { id: string; from: number; end: number }[] = [];
  for (let n = at; n >= 0;) {
    if (tokens[n]?.fold === 'the') n++;
    const state = stateAt(c, n);
    if (!state) break;
    states.push({ ...state, from: n });
    n = state.end;
    if (tokens[n]?.text === ',') n++;
    if (tokens[n]?.fold === 'and') n++;
    if (n === state.end) break;
  }
  const last = states.at(-1);
  if (states.length < 2 || tokens[last!.end]?.text !== ',') return null;
  // The names, as many as the states.
  const names: { from: number; end: number }[] = [];
  let n = last!.end + 1;
  while (names.length < states.length) {
    if (!tokens[n]?.upper || c.lookup(n)) return null;
    const end = nameEnd(c, n, true);
    if (end <= n) return null;
    names.push({ from: n, end });
    n = end;
    if (names.length === states.length) break;
    if (tokens[n]?.text === ',') n++;
    if (tokens[n]?.fold === 'and') n++;
  }
  for (const s of states)
    c.mentions.push({
      kind: 'state',
      id: s.id,
      form: 'name',
      start: tokens[s.from]!.start,
      end: tokens[s.end - 1]!.end,
      locative: false,
    });
  names.forEach((name, k) => {
    const held: Title = {
      role: title.role,
      leads: title.leads && !demoted,
      of: states[k]!.id,
      words: title.words,
      former: title.former,
      ofUnknown: false,
    };
    c.mentions.push({
      kind: 'person',
      name: nameText(c, name.from, name.end),
      title: held,
      start: tokens[name.from]!.start,
      end: tokens[name.end - 1]!.end,
      locative: false,
    });
  });
  return n;
}
