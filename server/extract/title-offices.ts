/**
 * Where a title's own words end when an office runs on after it: a brief before a comma ("for
 * Political Affairs, X"), portfolios listed between commas ("of Foreign Affairs, Regional
 * Integration and Expatriates, Mr X"), and an office of another office's holder ("Personal
 * Envoy of the Secretary-General for Western Sahara"). titles.ts reads titles with these.
 */
import type { TitleContext } from './titles.ts';
import type { Token } from './tokens.ts';

/**
 * "High Representative for Foreign Policy and Security, X": capitalised words (joined by
 * "and", "of", "the") that run to a comma before a name are the office's; where they end, or -1.
 */
export function officeBeforeComma(tokens: Token[], at: number): number {
  let m = at;
  while (
    m < tokens.length &&
    (tokens[m]!.upper ||
      (/^(?:and|of|the|&)$/.test(tokens[m]!.fold) && Boolean(tokens[m + 1]?.upper)))
  )
    m++;
  // ... and a name after the comma: "Undersecretary for Political Affairs X, who" names X.
  return m > at && tokens[m]?.text === ',' && Boolean(tokens[m + 1]?.upper) ? m : -1;
}

/**
 * "special envoy for the Belgrade-Pristina dialogue, X", "envoy for the Great Lakes region, Y":
 * a brief with its article, names and the one noun of what it is for, up to the comma before
 * the name; where it ends, or -1.
 */
export function briefBeforeComma(tokens: Token[], at: number): number {
  if (tokens[at]?.fold !== 'the') return -1;
  let m = at + 1;
  let named = false;
  while (m < at + 8 && (tokens[m]?.upper || tokens[m]?.text === '-')) {
    named ||= Boolean(tokens[m]!.upper);
    m++;
  }
  // ("the Belgrade-Pristina Dialogue": the brief's noun may be capitalised with its name.)
  if (!BRIEFS.test(tokens[m]?.fold ?? '') && m > at + 2 && BRIEFS.test(tokens[m - 1]!.fold)) m--;
  if (!named || !BRIEFS.test(tokens[m]?.fold ?? '')) return -1;
  // ("for the Belgrade-Pristina Dialogue and other Western Balkan regional issues, X": a
  // second brief after "and other", up to the comma.)
  if (tokens[m + 1]?.fold === 'and' && tokens[m + 2]?.fold === 'other')
    for (let k = m + 3; k < m + 10 && tokens[k]; k++)
      if (tokens[k]!.text === ',') return tokens[k + 1]?.upper ? k : -1;
  return tokens[m + 1]?.text === ',' && tokens[m + 2]?.upper ? m + 1 : -1;
}

const BRIEFS =
  /^(?:dialogue|dialog|talks|process|negotiations|conflict|crisis|region|question|issue|file)$/;

/** "Minister of Water and Energy X": where a portfolio's words end before the name, or -1. */
export function portfolioBeforeName(c: TitleContext, at: number): number {
  const { tokens, g } = c;
  let m = at;
  while (
    g.portfolios.has(tokens[m]?.fold ?? '') ||
    (m > at && /^(?:and|of|for|&)$/.test(tokens[m]?.fold ?? ''))
  )
    m++;
  return m > at && tokens[m]?.upper && g.portfolios.has(tokens[m - 1]!.fold) ? m : -1;
}

/**
 * "Presidential Adviser on Peace, Reconciliation and Unity Sec. X": capitalised portfolios
 * listed with commas and "and" after "on"; where the list ends, or -1.
 */
export function portfolioList(c: TitleContext, at: number): number {
  const end = portfolioRun(c, at, /^(?:,|and)$/);
  return end > at ? end : -1;
}

/** "State Minister for Foreign Affairs, and": a portfolio after "for", closed by punctuation. */
export function portfolioAfter(c: TitleContext, at: number): number {
  const end = portfolioRun(c, at, /^(?:and|&)$/);
  return end > at && /^[,.;)]$/.test(c.tokens[end]?.text ?? '') ? end : -1;
}

/**
 * Past the capitalised portfolio words from `at`, joined by what `joiner` matches: where the
 * last ends. (Capitalised, as an office is: "Commissioner for trade, customs and competition,
 * X" lists its brief in lower case and names the holder after it.)
 */
function portfolioRun(c: TitleContext, at: number, joiner: RegExp): number {
  const { tokens, g } = c;
  let m = at;
  let end = at;
  while (tokens[m]?.upper && g.portfolios.has(tokens[m]!.fold)) {
    end = ++m;
    if (joiner.test(tokens[m]?.fold ?? '') && g.portfolios.has(tokens[m + 1]?.fold ?? '')) m++;
  }
  return end;
}

/**
 * "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr X": the
 * portfolios a title lists between commas are the title's, up to the comma before the name
 * (or, after the name, up to the punctuation closing the list).
 */
export function morePortfolios(c: TitleContext, end: number): number {
  const { tokens, g } = c;
  // ("Minister of Foreign Affairs and National Community Abroad, Mr X" too.)
  if (tokens[end]?.text !== ',' && tokens[end]?.fold !== 'and') return end;
  let m = end + 1;
  while (m < tokens.length) {
    const state = c.lookup(m)?.values.some((v) => v.kind === 'state') ? c.lookup(m)!.end : 0;
    if (state) m = state;
    else if (g.portfolios.has(tokens[m]!.fold) || /^(?:and|of|the|&)$/.test(tokens[m]!.fold)) m++;
    else break;
  }
  const list = m > end + 1 && g.portfolios.has(tokens[m - 1]!.fold);
  // ("X, Minister of Interior, Federal Affairs and Reconciliation, and ...": after its holder's
  // name, a list closed by "and" ends at its punctuation.)
  const closed =
    /^[,.;)]$/.test(tokens[m]?.text ?? '') &&
    tokens.slice(end + 1, m).some((t) => t.fold === 'and');
  return list && ((tokens[m]?.text === ',' && tokens[m + 1]?.upper) || closed) ? m : end;
}

/** After a title, "of the Secretary-General (for X)": where that office's words end, or -1. */
export function officeOfOffice(c: TitleContext, end: number): number {
  const { tokens } = c;
  if (tokens[end]?.fold !== 'of') return -1;
  let at = tokens[end + 1]?.fold === 'the' ? end + 2 : end + 1;
  // ("of the United Nations Secretary-General": the office's body before it.)
  const body = c.lookup(at);
  if (
    body?.values.some((v) => v.kind === 'org') &&
    c.lookup(body.end)?.values.some((v) => v.kind === 'title')
  )
    at = body.end;
  const office = c.lookup(at);
  if (
    !office?.values.some((v) => v.kind === 'title') ||
    !office.values.some((v) => v.kind === 'title' && v.leads)
  )
    return -1;
  let past = office.end;
  // ... and a name right after it is the holder's, not this title's ("Envoy of President X").
  if (tokens[past]?.upper) return -1;
  const the = tokens[past + 1]?.fold === 'the' ? 1 : 0;
  if (/^(?:for|on)$/.test(tokens[past]?.fold ?? '') && tokens[past + 1 + the]?.upper) {
    const brief = c.lookup(past + 1 + the);
    const where = brief?.values.some((v) => v.kind === 'place' || v.kind === 'state');
    const words = officeBeforeComma(tokens, past + 1 + the);
    past = where && brief ? brief.end : words > 0 ? words : past;
  }
  return past;
}

/**
 * What an office is for, after its title word at `end` (the title started at `k`): "Special
 * Envoy for Yemen X", "Undersecretary for Political Affairs X", "Minister for the Americas and
 * the Caribbean, X". Where the title ends: the name is the run's last words (or starts before
 * its "bin").
 */
export function officeFor(c: TitleContext, k: number, start: number): number {
  const { tokens, g } = c;
  let end = start;
  // "Undersecretary for Political Affairs X", "Special Envoy for Yemen X": what the office is
  // for belongs to the title; the name is the run's last words (or starts before its "bin").
  // "under secretary for political affairs Allison Hooker": a title written in lower case
  // has its office in lower case too, up to the name.
  if (tokens[end]?.fold === 'for' && !tokens[k]!.upper) {
    let m = end + 1;
    const office = (t: Token | undefined) =>
      Boolean(t && !t.upper && /^\p{Ll}+$/u.test(t.text) && !/^(?:the|a|an)$/.test(t.fold));
    while (m < end + 4 && office(tokens[m])) m++;
    if (m > end + 1 && tokens[m]?.upper && !c.lookup(m)) end = m;
  }
  // "Minister for the Americas and the Caribbean, X": regions the gazetteer knows, then the name.
  const region =
    tokens[end]?.fold === 'for' && tokens[end + 1]?.fold === 'the' ? c.lookup(end + 2) : null;
  // (Not "for the Nairobi-Kampala dialogue": the region ends at a comma or an "and".)
  if (
    region?.values.some((v) => v.kind === 'place') &&
    /^(?:,|and)$/.test(tokens[region.end]?.fold ?? '')
  ) {
    end = andRegion(c, region.end);
  }
  if (tokens[end]?.fold === 'for' && tokens[end + 1]?.upper) {
    const known = c.lookup(end + 1);
    const office = officeBeforeComma(tokens, end + 1);
    // "Minister of State for Foreign Affairs and Cabinet Member X": a portfolio, then "and".
    let portfolio = end + 1;
    // ("High Representative for Foreign Affairs and Security Policy and Vice-President": a
    // portfolio of two, then the second office.)
    // ("... Foreign Affairs and Cabinet Member X": a title after "and" is the second office.)
    const titleAt = (k: number) => c.lookup(k)?.values.some((v) => v.kind === 'title') ?? false;
    while (
      g.portfolios.has(tokens[portfolio]?.fold ?? '') ||
      (tokens[portfolio]?.fold === 'and' &&
        g.portfolios.has(tokens[portfolio + 1]?.fold ?? '') &&
        tokens[portfolio + 1]!.upper &&
        !titleAt(portfolio + 1))
    )
      portfolio++;
    if (known?.values.some((v) => v.kind === 'state' || v.kind === 'org' || v.kind === 'place')) {
      end = known.end;
      // ("Special Envoy for Afghan Affairs, X": the demonym's portfolio is the office's too.)
      while (g.portfolios.has(tokens[end]?.fold ?? '') && tokens[end]!.upper) end++;
      // ("Minister for the Americas and the Caribbean, X": a brief of two regions.)
      end = andRegion(c, end);
    } else if (office > 0) end = office;
    else if (portfolio > end + 1 && tokens[portfolio]?.fold === 'and') end = portfolio;
    // "X, Director-General for Bilateral Political Affairs, and": the office closes the
    // appositive, with no name in it.
    else if (portfolio > end + 1 && /^[,.;)]$/.test(tokens[portfolio]?.text ?? '')) end = portfolio;
    // "Minister for Security Affairs Abdul Wahid X": the portfolio's words, then all the name
    // ("... Affairs Sheikh X": an honorific opens it).
    else if (
      portfolio > end + 1 &&
      tokens[portfolio]?.upper &&
      (c.lookup(portfolio)?.values.every((v) => v.kind === 'honorific') ?? true)
    )
      end = portfolio;
    else {
      let m = end + 1;
      let particle = -1;
      while (
        m < tokens.length &&
        (tokens[m]!.upper || g.nameParticles.has(tokens[m]!.fold) || tokens[m]!.text === '-')
      ) {
        if (particle < 0 && g.nameParticles.has(tokens[m]!.fold)) particle = m;
        m++;
      }
      const nameStart = particle > end + 2 ? particle - 1 : m - 2;
      if (nameStart > end + 1) end = nameStart;
    }
  }
  return end;
}

/** "... and the Caribbean": past a second region or state after "and", else `end`. */
function andRegion(c: TitleContext, end: number): number {
  const second =
    c.tokens[end]?.fold === 'and'
      ? c.lookup(end + (c.tokens[end + 1]?.fold === 'the' ? 2 : 1))
      : null;
  return second?.values.some((v) => v.kind === 'place' || v.kind === 'state') ? second.end : end;
}
