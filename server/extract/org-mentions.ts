/**
 * Organisations the gazetteer does not know. Mediating bodies, rebel fronts and missions are
 * often named once in full and then by a short name in brackets, so an organisation found by
 * its head noun keeps that short name (and a "Community of X" its "X") as aliases that later
 * mentions resolve to; two names of one body across a slash ("AFC/M23") are that body.
 */
import { entityId } from '../domain/index.ts';
import { NOUNS } from './lexicon/index.ts';
import type { Mention } from './mentions.ts';
import { isLocative, isWord, nameEnd, textOf, type Context } from './mention-context.ts';
import { orgName, stateAt } from './org-names.ts';

/** An organisation by head noun or by a bracketed short name after it; the next token. */
export function namedOrg(c: Context, i: number): number | null {
  const { tokens } = c;
  // ("the Forum Secretary General": a head noun alone is the body named before by it, which
  // resolve.ts finds; no body of its own.)
  const found = orgName(c, i);
  const byHead = found && found.endToken - i === 1 && !bracketed(c, found.endToken) ? null : found;
  // "the Transitional Government of Chad": a state's government, whatever it is called, is
  // the state acting.
  const state = byHead ? governed(c, i, byHead.endToken) : null;
  if (state) {
    // ("the Federal Government of Somalia (FGS)": the bracket is the state's short name.)
    const short = shortOfState(c, state.end);
    c.mentions.push({
      kind: 'state',
      id: state.id,
      form: 'name',
      ...(short ? { short: short.text } : {}),
      start: tokens[i]!.start,
      end: tokens[state.end - 1]!.end,
      locative: isLocative(c, i),
    });
    return short?.end ?? state.end;
  }
  let end = byHead ? byHead.endToken : nameEnd(c, i, true);
  if (end <= i) return null;
  const alias = bracketed(c, end);
  if (!byHead && !alias) return null;
  // "the Geneva International Discussions (GID)": talks by their name, no body, and the
  // short name in brackets is theirs.
  const last = tokens[end - 1]!.fold;
  if (!byHead && (NOUNS.has(last) || NOUNS.has(last.replace(/s$/, '')))) return alias!.end;
  const full = byHead?.name ?? textOf(c, i, end);
  // "the Mozambican National Resistance (Renamo)": a short name written as a word, not an
  // acronym, is what the body is called from then on; "(ELN)" stays an alias.
  const called = alias && /^\p{Lu}\p{Ll}{3,}$/u.test(alias.text) ? alias.text : null;
  const name = called ?? full;
  // "Community of Sant'Egidio" is "Sant'Egidio" later on.
  const tail = /^\S+ of (?:the )?(\S+)$/.exec(full)?.[1];
  // "the Jubaland State of Somalia" is "Jubaland" later on: a name before its head noun.
  const words = full.split(' ');
  const bare =
    byHead && words.length === 2 && !c.lookup(i) && !c.g.notNames.has(tokens[i]!.fold)
      ? words[0]
      : undefined;
  const aliases = [
    ...(called ? [full] : alias ? [alias.text] : []),
    ...(tail && /^\p{Lu}/u.test(tail) ? [tail] : []),
    ...(bare && /^\p{Lu}\p{Ll}{3,}$/u.test(bare) ? [bare] : []),
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

/**
 * "the Transitional Government of Chad", "the Government of the Philippines (GPH)": a state's
 * government, whatever it is called, named from token `i` to about `end`; the state and the
 * token after it.
 */
function governed(c: Context, i: number, end: number): { id: string; end: number } | null {
  const { tokens } = c;
  for (let k = i; k < end; k++) {
    if (!/^(?:government|administration)$/.test(tokens[k]!.fold)) continue;
    // "the Royal Norwegian Government": the state's adjective before it.
    if (k === end - 1)
      for (let m = i; m < k; m++) {
        const state = stateAt(c, m);
        if (state) return { id: state.id, end };
      }
    if (tokens[k + 1]?.fold !== 'of') continue;
    const state = stateAt(c, tokens[k + 2]?.fold === 'the' ? k + 3 : k + 2);
    return state && state.end >= end ? state : null;
  }
  return null;
}

/** "(FGS)" after a state's name: letters the text calls the state by, not a body of its own. */
export function shortOfState(c: Context, at: number): { text: string; end: number } | null {
  const short = bracketed(c, at);
  return short && /^\p{Lu}{2,6}$/u.test(short.text) && !c.lookup(at + 1) ? short : null;
}

/** "(Renamo)", "(SSUOF)": a short name in brackets right after a name. */
export function bracketed(c: Context, at: number): { text: string; end: number } | null {
  const { tokens } = c;
  if (tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')' || !isWord(tokens[at + 1]))
    return null;
  return { text: tokens[at + 1]!.text, end: at + 3 };
}

/**
 * "Alliance Fleuve Congo (AFC)/M23", "the Congo River Alliance/March 23 Movement": two names of
 * one body joined by a slash are that body, known by the second, with the first as an alias.
 */
export function slashNames(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (
      m.kind === 'org' &&
      prev?.kind === 'org' &&
      /^\s*(?:\(\p{Lu}{2,6}\))?\/$/u.test(text.slice(prev.end, m.start))
    ) {
      out[out.length - 1] = {
        ...m,
        start: prev.start,
        aliases: [...(m.aliases ?? []), prev.name, ...(prev.aliases ?? [])],
      };
      continue;
    }
    out.push(m);
  }
  return out;
}
