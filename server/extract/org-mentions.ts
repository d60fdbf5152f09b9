/**
 * Organisations the gazetteer does not know. Mediating bodies, rebel fronts and missions are
 * often named once in full and then by a short name in brackets, so an organisation found by
 * its head noun keeps that short name (and a "Community of X" its "X") as aliases that later
 * mentions resolve to.
 */
import { entityId } from '../domain/index.ts';
import { isLocative, isWord, nameEnd, textOf, type Context } from './mention-context.ts';
import { orgName } from './org-names.ts';

/** An organisation by head noun or by a bracketed short name after it; the next token. */
export function namedOrg(c: Context, i: number): number | null {
  const { tokens } = c;
  const byHead = orgName(c, i);
  let end = byHead ? byHead.endToken : nameEnd(c, i, true);
  if (end <= i) return null;
  const alias = bracketed(c, end);
  if (!byHead && !alias) return null;
  const full = byHead?.name ?? textOf(c, i, end);
  // "the Mozambican National Resistance (Renamo)": a short name written as a word, not an
  // acronym, is what the body is called from then on; "(ELN)" stays an alias.
  const called = alias && /^\p{Lu}\p{Ll}{3,}$/u.test(alias.text) ? alias.text : null;
  const name = called ?? full;
  // "Community of Sant'Egidio" is "Sant'Egidio" later on.
  const tail = /^\S+ of (?:the )?(\S+)$/.exec(full)?.[1];
  const aliases = [
    ...(called ? [full] : alias ? [alias.text] : []),
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
export function bracketed(c: Context, at: number): { text: string; end: number } | null {
  const { tokens } = c;
  if (tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')' || !isWord(tokens[at + 1]))
    return null;
  return { text: tokens[at + 1]!.text, end: at + 3 };
}
