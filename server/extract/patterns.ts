/**
 * Relation patterns. A sentence is rewritten with every actor as ⟦n⟧ and every place as ⟪n⟫,
 * so a pattern is a regular expression over the words around them: an anchor (the verb or
 * noun that states the fact), a subject found to its left, and parties found to its right.
 * The subject is the nearest actor before the anchor unless a verb of another clause stands
 * between them; then it is the sentence's own subject ("Aliyev ..., something Armenia
 * rejects, and held a parade with ..."). Plans, hopes, denials and quotes state no fact.
 */
import type { RelationType } from '../domain/index.ts';
import type { Ref } from './resolve.ts';

export type FactKind =
  'talks' | 'call' | 'visit' | 'ceasefire' | 'agreement' | 'summit' | 'clash' | 'war' | null;

export interface Fact {
  type: RelationType;
  sources: number[];
  targets: number[];
  /** Event kind, when the fact is an event. */
  kind: FactKind;
  /** The mediator met the parties in person: derive MET_WITH. */
  inPerson: boolean;
  /** Generic "held talks with": dropped where the same pair spoke by phone. */
  weak: boolean;
  /** Offsets in the sentence of the whole match, parties included: what dates are near. */
  start: number;
  end: number;
  /** Offsets in the sentence of the words that state the fact (the rule's `a` group). */
  phrase: Phrase | null;
  cameo: string;
  /** "the leaders of A and B": parties are the states' leaders where the article names them. */
  leadersOf: boolean;
}

const A = '⟦\\d+⟧';
const FILLER_BEFORE =
  '(?:(?:the|both|ethnic|rival|neighbouring|neighboring|warring|its|their)\\s+)*';
const FILLER_AFTER =
  '(?:\\s+(?:forces|troops|sides|separatists|rebels|governments?|officials|delegations?|leaders?|authorities|counterparts?|militias?|army|armies|military|negotiators|representatives|nationals))?';
const ITEM = `${FILLER_BEFORE}${A}${FILLER_AFTER}`;
const LIST = `${ITEM}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${ITEM})*`;
const LEADERS_OF =
  '(?:(?:the\\s+)?(?:leaders|heads of state|heads of government|presidents|heads)\\s+(?:of\\s+)?(?:both\\s+)?)';
const TALK_NOUN =
  '(?:talks|negotiations|meetings?|summit|discussions|dialogue|consultations|peace process)';
const DEAL_NOUN =
  '(?:ceasefire|cease-fire|cease fire|truce|deal|agreement|accord|peace deal|settlement|armistice|prisoner swap|exchange)';

const MODAL =
  /\b(?:will|would|could|may|might|shall|must|should|to|plans?|planning|planned|hopes?|hoping|hoped|expected|set|going|wants?|wanted|intends?|intended|aims?|seeks?|sought|tries|tried|trying|ready|willing|prepared|agreed|failed|refused|declined|not|never|no|n['’]t|cannot|denied|denies|deny|whether|if|unless|until)\s+(?:\w+\s+){0,2}$/i;

export interface Phrase {
  start: number;
  end: number;
}

export interface Masked {
  text: string;
  /** Original sentence offset of each masked offset. */
  origin: number[];
}

/** Replaces refs with placeholders: ⟦i⟧ for actors, ⟪i⟫ for places. */
export function mask(sentence: string, refs: Ref[]): Masked {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  refs.forEach((ref, i) => {
    if (ref.start < at) return;
    for (let k = at; k < ref.start; k++) {
      text += sentence[k];
      origin.push(k);
    }
    const isPlace = ref.type === 'Place' || (ref.locative && ref.type === 'State');
    const token = isPlace ? `⟪${i}⟫` : `⟦${i}⟧`;
    for (const ch of token) {
      text += ch;
      origin.push(ref.start);
    }
    at = ref.end;
  });
  for (let k = at; k < sentence.length; k++) {
    text += sentence[k];
    origin.push(k);
  }
  origin.push(sentence.length);
  return { text, origin };
}

const indices = (text: string) => [...text.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));

/** Whether masked offset `at` is inside a quotation. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}

interface Context {
  sentence: string;
  masked: string;
  refs: Ref[];
  /** Part-of-speech tag by original offset. */
  pos: Map<number, string>;
  origin: number[];
}

/** The actor list ending nearest before `at`, or the sentence's subject when a clause intervenes. */
function subjectBefore(c: Context, at: number): number[] {
  // "X, who had offered to meet Y, met Z": the relative clause is not where the subject is.
  const left = c.masked
    .slice(0, at)
    .replace(/,\s*(?:who|which|whose|whom)\b[^,]*,/gi, (clause) => ' '.repeat(clause.length));
  const lists = [...left.matchAll(new RegExp(`${LIST}`, 'g'))];
  const last = lists[lists.length - 1];
  if (last) {
    const gapStart = last.index + last[0].length;
    const gap = left.slice(gapStart);
    const clause =
      /\b(?:that|which|who|whom|whose|because|while|whereas|although|though|when|where|as)\b|[;:"“”]/i.test(
        gap,
      );
    const verbInGap = hasVerb(
      c,
      gapStart + (gap.length - gap.trimStart().length),
      at,
      /^(?:has|have|had|was|were|is|are|been|also|reportedly|personally|jointly|then|on|said|says|told|added|wrote|announced|stated)$/i,
    );
    const possessive = /^['’]s\s/.test(gap);
    if (possessive || (!clause && !verbInGap && gap.length <= 120 && !/,\s*and\s*$/.test(gap))) {
      return actorsOf(c, last[0]);
    }
  }
  return sentenceSubject(c);
}

/** The actors a sentence opens with ("MOSCOW: X and Y ...", "On Monday, X ..."). */
function sentenceSubject(c: Context): number[] {
  const m = new RegExp(
    `^(?:⟪\\d+⟫\\s*[:(][^⟦]*?)?(?:(?:In|On|During|After|At|Following|Earlier|Later|Meanwhile)\\b[^⟦,]{0,80},\\s*)?(${LIST})`,
  ).exec(c.masked);
  return m ? actorsOf(c, m[1]!) : [];
}

function hasVerb(c: Context, from: number, to: number, allowed: RegExp): boolean {
  const start = c.origin[from]!;
  const end = c.origin[to]!;
  for (const [offset, tag] of c.pos) {
    if (offset < start || offset >= end || (tag !== 'VERB' && tag !== 'AUX')) continue;
    const word = /^[\p{L}'’-]+/u.exec(c.sentence.slice(offset))?.[0] ?? '';
    if (!allowed.test(word)) return true;
  }
  return false;
}

/** Actor refs in a matched list, demonyms only where `demonyms` allows. */
function actorsOf(c: Context, text: string, demonyms = false): number[] {
  return indices(text).filter((i) => demonyms || !c.refs[i]!.demonym);
}

interface Rule {
  type: RelationType;
  /**
   * Matched against the masked sentence; named groups: s (subject list), p (party list), l
   * (leaders-of), a or a2 (the anchor: the words that state the fact, shown to the analyst;
   * "Putin's visit to" is anchored on "visit to", not on the possessive's "s visit to").
   */
  pattern: RegExp;
  kind: FactKind | ((match: string) => FactKind);
  cameo: string;
  /** Subject: from the group, from the left of the anchor, or each listed party with each other. */
  subject: 'group' | 'left' | 'mutual';
  minParties?: number;
  inPerson?: boolean | ((match: string) => boolean);
  weak?: boolean;
  /** Parties may be demonyms ("between Azeri and Armenian forces"). */
  demonymParties?: boolean;
  demonymSubject?: boolean;
  /** Only people as parties ("X called Y"). */
  peopleOnly?: boolean;
  /** Second type emitted for the same subject and parties (HOSTED beside MEDIATED). */
  also?: RelationType;
  /** Emit this type instead when the match mentions a phone or video. */
  phone?: boolean;
}

// `d`: the anchor group's offsets are the phrase an analyst sees highlighted.
const r = (source: string) => new RegExp(source, 'gid');
const dealKind = (m: string): FactKind =>
  /cease|truce|armistice/i.test(m)
    ? 'ceasefire'
    : /deal|agreement|accord|settlement|swap|exchange/i.test(m)
      ? 'agreement'
      : /summit/i.test(m)
        ? 'summit'
        : 'talks';

export const RULES: Rule[] = [
  // "X offered to mediate between A and B", "X's offer to mediate talks between A and B"
  {
    type: 'OFFERED_MEDIATION',
    pattern: r(
      `\\b(?<a>(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing)|volunteer(?:ed|s)?|(?:is|was|are|were|stands?|stood)\\s+(?:ready|willing|prepared)|readiness)\\s+(?:to\\s+(?:mediate|broker|facilitate|host)(?:\\s+(?:the\\s+|a\\s+|an\\s+|new\\s+|peace\\s+|direct\\s+)*(?:${TALK_NOUN}|${DEAL_NOUN}|peace))?|(?:its|his|her|their)\\s+(?:good offices|mediation|services as (?:a\\s+)?mediator)|mediation)\\s*(?:(?:between|with|for)\\s+)?)(?<p>${LEADERS_OF}?${LIST})`,
    ),
    kind: null,
    cameo: '039',
    subject: 'left',
  },
  // "X mediated talks between A and B", "X hosted talks between the leaders of A and B"
  {
    type: 'MEDIATED',
    pattern: r(
      `\\b(?<a>(?<v>(?:has|have|had|is|are|was|were)\\s+(?:been\\s+)?mediating|mediated|mediates|brokered|brokers|facilitated|facilitates|hosted|hosts|convened|convenes|organi[sz]ed|organi[sz]es|arranged|chaired|chairs|sponsored|oversaw|presided over)\\s+(?:(?:the|a|an|new|first|fresh|direct|peace|high-level|[\\w]+-[\\w]+|two|three|several|rounds? of)\\s+)*(?<n>${TALK_NOUN}|${DEAL_NOUN})?\\s*between)\\s+(?<l>${LEADERS_OF})?(?<p>${LIST})`,
    ),
    kind: dealKind,
    cameo: '045',
    subject: 'left',
    minParties: 2,
    demonymParties: true,
    // Only a host or convener sat with the parties; a mediator may have shuttled between them.
    inPerson: (m) =>
      /hosted|hosts|convened|convenes|organi[sz]|chaired|chairs|arranged|presided/i.test(m),
    also: undefined,
  },
  // "X hosted the leaders of A and B", "X brought together A and B for talks"
  {
    type: 'MEDIATED',
    pattern: r(
      `\\b(?<a>hosted|hosts|brought together|brings together|convened|convenes|gathered)\\s+(?<l>${LEADERS_OF})?(?<p>${LIST})`,
    ),
    kind: 'talks',
    cameo: '045',
    subject: 'left',
    minParties: 2,
    inPerson: true,
    also: 'HOSTED',
  },
  // "talks between A and B mediated by X", "between A and B under the auspices of X"
  {
    type: 'MEDIATED',
    pattern: r(
      `\\b(?<n>${TALK_NOUN}|${DEAL_NOUN})\\s+between\\s+(?<l>${LEADERS_OF})?(?<p>${LIST})[^⟦.;]{0,60}?(?<a>\\b(?:mediated|brokered|hosted|facilitated|organi[sz]ed|convened|chaired|sponsored)\\s+by|\\b(?:with|under)\\s+(?:the\\s+)?(?:mediation|auspices|facilitation|sponsorship)\\s+of)\\s+(?<s>${LIST})`,
    ),
    kind: dealKind,
    cameo: '045',
    subject: 'group',
    minParties: 2,
    demonymParties: true,
    inPerson: (m) => !/cease|truce|deal|agreement|accord|settlement/i.test(m),
  },
  // "X-mediated A and B talks", "a X-brokered ceasefire ... between A and B"
  {
    type: 'MEDIATED',
    pattern: r(
      `(?<s>${A})\\s*-\\s*(?<a>mediated|brokered|hosted|sponsored|facilitated)\\s+(?:(?<p>${LIST})\\s+(?<n>${TALK_NOUN}|${DEAL_NOUN})|(?<n2>(?:[\\w-]+\\s+){0,3}?(?:${TALK_NOUN}|${DEAL_NOUN}))\\b[^⟦.;]{0,90}?\\bbetween\\s+(?<p2>${LIST}))`,
    ),
    kind: dealKind,
    cameo: '045',
    subject: 'group',
    minParties: 2,
    demonymParties: true,
    demonymSubject: true,
    inPerson: (m) => /talks|negotiations|meeting|summit/i.test(m) && !/between/i.test(m),
  },
  // "A and B delegations held talks in X, in a meeting hosted by Y"
  {
    type: 'MEDIATED',
    pattern: r(
      `(?<p>${LIST})\\s+(?:held|began|opened|resumed|concluded|wrapped up)\\s+[^⟦.;]{0,80}?\\b(?:talks|negotiations|meeting|summit)\\b[^⟦.;]{0,80}?\\b(?<a>(?:hosted|mediated|brokered|facilitated|organi[sz]ed|convened|chaired)\\s+by)\\s+(?<s>${LIST})`,
    ),
    kind: 'talks',
    cameo: '045',
    subject: 'group',
    minParties: 2,
    demonymParties: true,
    inPerson: (m) => /hosted|convened|organi[sz]ed|chaired/i.test(m),
  },
  // "A and B delegations held talks": the parties met
  {
    type: 'MET_WITH',
    pattern: r(
      `(?<p>${LIST})\\s+(?<a>(?:held|began|opened|resumed)\\s+(?:(?:their|a|an|the|first|direct|new|fresh|peace|face-to-face|[\\w-]+)\\s+){0,4}?(?:talks|negotiations|meeting))\\b`,
    ),
    kind: 'talks',
    cameo: '046',
    subject: 'mutual',
    minParties: 2,
    demonymParties: true,
  },
  // "X acted as mediator between A and B"
  {
    type: 'MEDIATED',
    pattern: r(
      `\\b(?<a>(?:acted|acting|served|serving)\\s+as\\s+(?:a\\s+|the\\s+)?(?:mediator|intermediary|go-between|broker|facilitator)\\s+(?:between|for))\\s+(?<p>${LIST})`,
    ),
    kind: 'talks',
    cameo: '045',
    subject: 'left',
    minParties: 2,
    demonymParties: true,
  },
  // "X had telephone conversations with A and B", "X spoke by phone with A"
  {
    type: 'SPOKE_WITH',
    pattern: r(
      `\\b(?<a>(?:(?:had|held|holds|has had|made)\\s+(?:a\\s+|an\\s+|separate\\s+|two\\s+)*(?:[\\w-]+\\s+)?(?:tele)?phone\\s+(?:conversations?|calls?|talks|discussions?|conference)|(?:had|held)\\s+(?:a\\s+)?(?:video\\s+(?:call|conference|link|talks)|virtual\\s+(?:meeting|talks|summit))|(?:spoke|speaks|talked|spoken)\\s+(?:by\\s+(?:tele)?phone|on\\s+the\\s+(?:tele)?phone|over\\s+the\\s+(?:tele)?phone|by\\s+video\\s+link))\\s+(?:with|to))\\s+(?<p>${LIST})`,
    ),
    kind: 'call',
    cameo: '041',
    subject: 'left',
  },
  {
    type: 'SPOKE_WITH',
    pattern: r(
      `\\b(?<a>(?:spoke|talked|spoken)\\s+(?:with|to))\\s+(?<p>${LIST})[^⟦.;]{0,30}?\\b(?:by|on the|over the|in a)\\s+(?:tele)?phone`,
    ),
    kind: 'call',
    cameo: '041',
    subject: 'left',
  },
  {
    type: 'SPOKE_WITH',
    pattern: r(`\\b(?<a>phoned|telephoned|rang)\\s+(?<p>${LIST})`),
    kind: 'call',
    cameo: '041',
    subject: 'left',
    peopleOnly: true,
  },
  {
    type: 'SPOKE_WITH',
    pattern: r(
      `(?<p>${LIST})\\s+(?<a>(?:spoke|talked|held\\s+(?:a\\s+)?(?:tele)?phone\\s+(?:call|talks|conversation))\\s+(?:by|on the|over the)?\\s*(?:tele)?phone)`,
    ),
    kind: 'call',
    cameo: '041',
    subject: 'mutual',
    minParties: 2,
  },
  // "X met (with) A", "X held talks/a parade/a summit with A"
  {
    type: 'MET_WITH',
    pattern: r(`\\b(?<a>(?:met|meets)\\s+(?:with\\s+)?)(?<p>${LIST})`),
    kind: 'talks',
    cameo: '040',
    subject: 'left',
  },
  {
    type: 'MET_WITH',
    pattern: r(
      `\\b(?<a>(?:held|holds|hold|had|conducted)\\s+(?:(?:a|an|the|joint|separate|bilateral|direct|face-to-face|[\\w-]+)\\s+){0,3}?(?:talks|meetings?|discussions|negotiations|summit|parade|ceremony|press conference|news conference|dinner|lunch|consultations|conversations?))\\b[^⟦.;]{0,40}?\\bwith\\s+(?<p>${LIST})`,
    ),
    kind: 'talks',
    cameo: '046',
    subject: 'left',
    weak: true,
    phone: true,
  },
  {
    type: 'MET_WITH',
    pattern: r(
      `\\b(?<a>joint\\s+(?:remarks|press conference|news conference|appearance|press briefing|visit)\\s+with)\\s+(?<p>${LIST})`,
    ),
    kind: 'talks',
    cameo: '040',
    subject: 'left',
  },
  {
    type: 'MET_WITH',
    pattern: r(
      `(?<s>${A})['’]s\\s+(?<a>(?:(?:face-to-face|bilateral|first|direct|separate)\\s+)?(?:talks|meetings?|summit|discussions|negotiations)\\s+with)\\s+(?<p>${LIST})`,
    ),
    kind: 'talks',
    cameo: '046',
    subject: 'group',
    phone: true,
  },
  {
    type: 'MET_WITH',
    pattern: r(
      `^(?:[^⟦]{0,20}?)(?:after|following|during|at|in)\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|their\\s+|separate\\s+)*(?<a>(?:(?:tele)?phone\\s+|video\\s+)?(?:meetings?|talks|calls?|conversations?)\\s+with)\\s+(?<p>${LIST})\\s*,\\s*(?<s>${A})`,
    ),
    kind: 'talks',
    cameo: '046',
    subject: 'group',
    phone: true,
  },
  {
    type: 'MET_WITH',
    pattern: r(
      `(?<p>${LIST})\\s+(?<a>met|held talks|sat down|shook hands|held a meeting|have met|had met)\\b`,
    ),
    kind: 'talks',
    cameo: '040',
    subject: 'mutual',
    minParties: 2,
  },
  // "X hosted A", "X received A": a visit seen from the host
  {
    type: 'HOSTED',
    pattern: r(
      `\\b(?<a>hosted|hosts|received|receives|welcomed|welcomes)\\s+(?<p>${A})(?!\\s*(?:,|and)\\s*${A})`,
    ),
    kind: 'talks',
    cameo: '043',
    subject: 'left',
    peopleOnly: true,
    inPerson: true,
  },
  // "X visited Y", "X's visit to Y", "X was in Y on a two-day visit"
  {
    type: 'VISITED',
    pattern: r(
      `\\b(?:(?<a>visited|visits|arrived in|arrives in|landed in|travelled to|traveled to|flew to)|(?:a|an|his|her|their|first|official|state|two-day|three-day|[\\w-]+)\\s+(?<a2>(?:visit|trip)\\s+to))\\s+(?:the\\s+)?(?<p>⟪\\d+⟫|${A})`,
    ),
    kind: 'visit',
    cameo: '042',
    subject: 'left',
  },
  {
    type: 'VISITED',
    pattern: r(
      `\\b(?:was|were|is|are)\\s+in\\s+(?<p>⟪\\d+⟫|${A})\\s+(?<a>(?:on|for)\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}(?:visit|trip))`,
    ),
    kind: 'visit',
    cameo: '042',
    subject: 'left',
  },
  // "clashes between A and B", "the A-B conflict"
  {
    type: 'CLASHED_WITH',
    pattern: r(
      `\\b(?<a>(?<n>clashes|clashed|fighting|war|conflict|hostilities|skirmishes|border clashes)\\s+between)\\s+(?<p>${LIST})`,
    ),
    kind: (m) => (/war/i.test(m) ? 'war' : /conflict/i.test(m) ? null : 'clash'),
    cameo: '190',
    subject: 'mutual',
    minParties: 2,
    demonymParties: true,
  },
  {
    type: 'CLASHED_WITH',
    pattern: r(`(?<p>${A}\\s*-\\s*${A})\\s+(?<a>conflict|war|border clashes|clashes|hostilities)`),
    kind: null,
    cameo: '190',
    subject: 'mutual',
    minParties: 2,
  },
  // "Azeri ally Turkey", "Yerevan and its traditional ally Moscow"
  {
    type: 'ALLY_OF',
    pattern: r(
      `(?<s>${A})\\s+(?:and\\s+(?:its|their)\\s+)?(?<a>(?:(?:traditional|close|key|longtime|long-time|main|old|strategic)\\s+)?ally)\\s+(?<p>${A})`,
    ),
    kind: null,
    cameo: '',
    subject: 'group',
    demonymSubject: true,
  },
];

/** The anchor group's span in the sentence, without the spaces a rule's group may take in. */
function phraseOf(match: RegExpExecArray, masked: string, origin: number[]): Phrase | null {
  const span = match.indices?.groups?.a ?? match.indices?.groups?.a2;
  if (!span) return null;
  let [from, to] = span;
  while (from < to && /\s/.test(masked[from]!)) from++;
  while (to > from && /\s/.test(masked[to - 1]!)) to--;
  // An anchor holds no placeholder, so its last character maps to one character of the sentence.
  return from < to ? { start: origin[from]!, end: origin[to - 1]! + 1 } : null;
}

/** Every fact the rules find in one sentence. */
export function findFacts(sentence: string, refs: Ref[], pos: Map<number, string>): Fact[] {
  const { text: masked, origin } = mask(sentence, refs);
  const c: Context = { sentence, masked, refs, pos, origin };
  const facts: Fact[] = [];
  for (const rule of RULES) {
    for (const match of masked.matchAll(rule.pattern)) {
      const groups = match.groups ?? {};
      const at = match.index;
      if (quoted(masked, at) || MODAL.test(masked.slice(Math.max(0, at - 40), at))) continue;
      if (/\b(?:did not|didn['’]t|do not|does not|never|not)\s+$/i.test(masked.slice(0, at)))
        continue;
      const partyText = groups.p ?? groups.p2 ?? '';
      let targets = actorsOf(c, partyText, rule.demonymParties).concat(
        [...partyText.matchAll(/⟪(\d+)⟫/g)].map((m) => Number(m[1])),
      );
      if (rule.peopleOnly) targets = targets.filter((i) => refs[i]!.type === 'Person');
      let sources: number[];
      if (rule.subject === 'mutual') sources = [];
      else if (rule.subject === 'group') sources = actorsOf(c, groups.s ?? '', rule.demonymSubject);
      else {
        const anchor = at + (match[0].search(/\S/) || 0);
        sources = subjectBefore(c, anchor);
      }
      targets = targets.filter((t) => !sources.includes(t));
      if (targets.length < (rule.minParties ?? 1)) continue;
      if (rule.subject !== 'mutual' && sources.length === 0) continue;
      const text = match[0];
      const phone = rule.phone && /\b(?:tele)?phone|video|virtual/i.test(text);
      const fact: Fact = {
        type: phone ? 'SPOKE_WITH' : rule.type,
        sources,
        targets,
        kind: phone ? 'call' : typeof rule.kind === 'function' ? rule.kind(text) : rule.kind,
        inPerson:
          typeof rule.inPerson === 'function' ? rule.inPerson(text) : (rule.inPerson ?? false),
        weak: rule.weak ?? false,
        start: origin[at]!,
        end: origin[at + text.length]!,
        phrase: phraseOf(match, masked, origin),
        cameo: phone ? '041' : rule.cameo,
        leadersOf: Boolean(groups.l),
      };
      facts.push(fact);
      if (rule.also) facts.push({ ...fact, type: rule.also, cameo: '043' });
    }
  }
  return facts;
}
