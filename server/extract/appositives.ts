/**
 * Appositives: a name and a role set side by side with commas are one person. "Emmanuel Macron,
 * the French president," gives the name its title; "the head of its military council, General
 * X" and "the AU's special envoy for the Great Lakes, X" give the role its holder. The mentions
 * are read once per sentence, after every name and role in it has been found.
 */
import { foldText } from '../domain/index.ts';
import { gazetteer } from './gazetteer.ts';
import type { Mention } from './mentions.ts';

/** "Emmanuel Macron, the French president," : the role is the name's title. */
export function withAppositives(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // Mentions inside this one ("the Council" in "the head of the Council") come after it.
    let n = k + 1;
    while (mentions[n] && mentions[n]!.start < m.end) n++;
    // "the President of the Democratic Republic of Congo (DRC), X": past the short name.
    const bracket = mentions[n];
    if (
      m.kind === 'role' &&
      bracket &&
      /^\s*\($/.test(text.slice(m.end, bracket.start)) &&
      /^\)/.test(text.slice(bracket.end))
    )
      n++;
    const next = mentions[n];
    // "General X" after a role: a rank says nothing the role does not.
    // ("The UN envoy, former Ghanaian foreign minister X": a past office yields to the role.)
    const untitled = (x: Mention): x is Extract<Mention, { kind: 'name' | 'person' }> =>
      x.kind === 'name' ||
      (x.kind === 'person' &&
        (!x.title || (!x.title.leads && !x.title.of) || Boolean(x.title.former)));
    const gap = next ? text.slice(m.end, next.start).replace(/^\s*\([^)]*\)/, '') : '';
    if (
      // ("In Sanaa, the head of X, Y, said": a place after "in" is no one's name.)
      // ("Prince X, Crown Prince and Prime Minister,": a rank yields to the office after it.)
      ((m.kind === 'name' && !m.locative) ||
        (m.kind === 'person' &&
          (!m.title || (untitled(m) && next?.kind === 'role' && next.title.leads)))) &&
      next?.kind === 'role' &&
      !speaksAfter(text, next.end) &&
      !joinedToNext(mentions, n, text) &&
      /^\s*,\s*(?:the\s+|an?\s+|his\s+|her\s+|who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+(?:the\s+|both\s+)?)?$/i.test(
        gap,
      )
    ) {
      // The appositive is part of the noun group: "X, president of A, and Y, president of B,
      // held talks" is a list of two (when the role runs to the appositive's end).
      const whole = !/^\s*(?:of|for|on|in|at|['’]s)\b/.test(text.slice(next.end));
      out.push({
        kind: 'person',
        name: m.name,
        title: next.title,
        ...(next.also ? { also: next.also } : {}),
        start: m.start,
        end: whole ? next.end : m.end,
        locative: false,
      });
      for (let x = k + 1; x < n; x++) out.push(mentions[x]!);
      k = n;
    } else if (
      m.kind === 'role' &&
      m.title.role === 'Counterpart' &&
      counterpartNamed(mentions, n, text, m.end)
    ) {
      // "A and his counterpart (in Kuala Lumpur), Malaysian Prime Minister X,": X, by X's own
      // office (where the counterpart is says nothing more of X).
      const at = mentions[n]!.kind === 'person' ? n : n + 1;
      out.push({ ...(mentions[at] as Extract<Mention, { kind: 'person' }>), start: m.start });
      k = at;
    } else if (
      m.kind === 'role' &&
      next &&
      untitled(next) &&
      // "deputy prime minister for reintegration, X": a short lower-case complement may close
      // the role before its comma.
      // "Commissioner for the environment, oceans and fisheries, X": a list inside it too.
      // ("the Prime Minister of Dominica, the Honourable X": a style after the comma.)
      /^(?:\s+(?:for|of|on)(?:,?\s+[a-z][\w-]*){1,8}|\s+at\s+the\s+time)?\s*,\s*(?:the\s+)?$/.test(
        gap,
      )
    ) {
      // "the head of its military council, General X": the role names the person after it,
      // and the two are one noun group. ("the Secretary General at the time, X": then, no
      // longer.)
      const then = /^\s+at\s+the\s+time\b/.test(gap);
      out.push({
        kind: 'person',
        name: next.name,
        title: then ? { ...m.title, former: true, leads: false } : m.title,
        ...(m.also ? { also: m.also } : {}),
        start: m.start,
        end: next.end,
        locative: false,
      });
      for (let x = k + 1; x < n; x++) out.push(mentions[x]!);
      k = n;
    } else if (m.kind === 'role' && briefThenName(mentions, n, text, m.end)) {
      // "The AU's special envoy for the Great Lakes, X, met": the brief names a region, and
      // the name after it holds the role.
      const brief = mentions[n]!;
      const holder = mentions[n + 1] as Extract<Mention, { kind: 'name' | 'person' }>;
      out.push({
        kind: 'person',
        name: holder.name,
        title: m.title,
        start: m.start,
        end: holder.end,
        locative: false,
      });
      for (let x = k + 1; x <= n; x++) out.push(x === n ? brief : mentions[x]!);
      k = n + 1;
    } else out.push(m);
  }
  return sharedDownList(secondTitles(titlesJoined(out, text), text), text);
}

/**
 * "After a meeting with Mr X, the party's president said": a role that speaks at once, with no
 * comma to close it, opens the clause as its subject; it is no appositive of the name before.
 */
const speaksAfter = (text: string, end: number) =>
  /^\s+(?:said|says|told|tells|added|replied|stressed|noted|insisted|warned|explained|declared|announced)\b/.test(
    text.slice(end),
  );

/**
 * "Peruvian President, A, Prime Minister, B, and Deputy Prime Minister for X, C": the state of
 * the first office is every office's after it down the list (one team, as without commas).
 */
function sharedDownList(mentions: Mention[], text: string): Mention[] {
  let state: string | null = null;
  let end = -1;
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.title) continue;
    const listed = state !== null && /^\s*,\s*(?:and\s+)?$/.test(text.slice(end, m.start));
    if (listed && !m.title.of && !m.title.shared && !m.title.former)
      m.title = { ...m.title, shared: state! };
    else state = m.title.of?.startsWith('state:') && !m.title.former ? m.title.of : null;
    end = m.end;
  }
  return mentions;
}

/**
 * "X, President of the CNSP, Head of State of Niger,": a second office in apposition after the
 * first is the same person's too (an "and" between would make it a list of two people).
 */
function secondTitles(mentions: Mention[], text: string): Mention[] {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'person' || !m.title || m.also) continue;
    let n = k + 1;
    while (mentions[n] && mentions[n]!.start < m.end) n++;
    const next = mentions[n];
    if (
      next?.kind === 'role' &&
      next.title.leads &&
      next.title.of &&
      !next.title.former &&
      next.title.role !== m.title.role &&
      // ("X, Tanzanian President and AU Chairman Y": the next person's titles, not X's.)
      !joinedToNext(mentions, n, text) &&
      // ("X, acting president of the Forum, who is also the prime minister of Y,")
      /^\s*(?:\([^)]*\))?\s*,\s*(?:who\s+is\s+(?:also\s+)?(?:the\s+)?)?$/.test(
        text.slice(m.end, next.start),
      )
    ) {
      m.also = next.title;
      m.end = next.end;
      mentions.splice(n, 1);
    }
  }
  return mentions;
}

/** Whether the role at mention `n` is joined by "and" to the titled person after it. */
function joinedToNext(mentions: Mention[], n: number, text: string): boolean {
  const role = mentions[n];
  const held = mentions[n + 1];
  // ("between the UN SG and President X": a role with its article is someone of its own.)
  return (
    role !== undefined &&
    !/\b(?:the|a|an|his|her|its|their)\s+$/i.test(text.slice(0, role.start)) &&
    !/^(?:the|a|an)\s/i.test(text.slice(role.start, role.end)) &&
    held?.kind === 'person' &&
    Boolean(held.title) &&
    /^\s+and\s+$/.test(text.slice(role.end, held.start))
  );
}

/**
 * "Tanzanian President and AU Chairman Jakaya Kikwete": two offices joined by "and" before one
 * name are both that person's; the first leads its state.
 */
function titlesJoined(mentions: Mention[], text: string): Mention[] {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const role = mentions[k]!;
    const held = mentions[k + 1]!;
    if (
      role.kind === 'role' &&
      role.title.leads &&
      role.title.of &&
      !role.title.former &&
      held.kind === 'person' &&
      !held.also &&
      joinedToNext(mentions, k, text)
    ) {
      held.also = role.title;
      held.start = role.start;
      mentions.splice(k, 1);
    }
  }
  return mentions;
}

/** Whether a role's brief ("for the Great Lakes") at mention `n` is followed by ", Name". */
function briefThenName(mentions: Mention[], n: number, text: string, roleEnd: number): boolean {
  const brief = mentions[n];
  const holder = mentions[n + 1];
  if (!brief || !holder || brief.kind === 'person' || brief.kind === 'role') return false;
  const untitled = holder.kind === 'name' || (holder.kind === 'person' && !holder.title);
  return (
    untitled &&
    (/^\s+(?:for|on|to)\s+(?:the\s+)?$/i.test(text.slice(roleEnd, brief.start)) ||
      // "Minister of Foreign Affairs and European Integration, X": the portfolio goes on.
      (/^\s+and\s+$/.test(text.slice(roleEnd, brief.start)) &&
        brief.kind === 'name' &&
        brief.name.split(/\s+/).every((w) => gazetteer().portfolios.has(foldText(w))))) &&
    /^\s*,\s*$/.test(text.slice(brief.end, holder.start))
  );
}

/** Whether ", Malaysian Prime Minister X" (perhaps after "in Kuala Lumpur") names a counterpart. */
function counterpartNamed(mentions: Mention[], n: number, text: string, roleEnd: number): boolean {
  const next = mentions[n];
  const place = next?.kind === 'place' && /^\s+in\s+$/.test(text.slice(roleEnd, next.start));
  const person = place ? mentions[n + 1] : next;
  const from = place ? next!.end : roleEnd;
  return (
    person?.kind === 'person' &&
    Boolean(person.title) &&
    /^\s*,\s*$/.test(text.slice(from, person.start))
  );
}
