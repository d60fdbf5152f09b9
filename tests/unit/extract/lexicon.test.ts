/**
 * The trigger lexicon is data, so nothing but a test checks it: every verb and noun that states
 * an event carries a CAMEO code that fits its kind, a kind of event the evaluation knows, and
 * roles the engine knows; every role noun names such a role. Each test lists the entries at
 * fault, so a failure says which line of triggers.json to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES } from '../../../server/domain/index.ts';
import {
  NOUNS,
  ROLE_NOUNS,
  VERBS,
  type Kind,
  type Role,
} from '../../../server/extract/lexicon/index.ts';
import triggers from '../../../server/extract/lexicon/triggers.json' with { type: 'json' };

/** The CAMEO codes of diplomatic events (CAMEO codebook 1.1b3), with what each means. */
const CAMEO: Record<string, string> = {
  '036': 'express intent to meet or negotiate',
  '039': 'express intent to mediate',
  '040': 'consult',
  '041': 'discuss by telephone',
  '042': 'make a visit',
  '043': 'host a visit',
  '044': 'meet at a third location',
  '045': 'mediate',
  '046': 'engage in negotiation',
  '051': 'praise or endorse',
  '057': 'sign formal agreement',
  '0871': 'declare truce, ceasefire',
  '190': 'use conventional military force',
  '193': 'fight with small arms and light weapons',
  '194': 'fight with artillery and tanks',
  '195': 'employ aerial weapons',
};

/** The event kinds of ../shared/eval/README.md; typed so the list and the engine cannot drift. */
const KINDS: Record<Kind, string[]> = {
  talks: ['036', '039', '040', '043', '044', '045', '046', '051'],
  summit: ['036', '040', '043', '044', '046'],
  call: ['041'],
  visit: ['042', '043'],
  ceasefire: ['0871', '045'],
  agreement: ['057', '045'],
  clash: ['190', '193', '194', '195'],
  war: ['190', '193', '194', '195'],
};

/** Every role a trigger may give an actor; typed so that no role is missing or invented. */
const ROLES: Record<Role, true> = {
  mediator: true,
  host: true,
  party: true,
  guest: true,
  visitor: true,
  attendee: true,
  destination: true,
};
const isRole = (r: string) => Object.hasOwn(ROLES, r);

const entries = [
  ...[...VERBS.values()].map((v) => ({ word: `verb "${v.lemma}"`, ...v })),
  ...[...NOUNS.values()].map((n) => ({ word: `noun "${n.lemma}"`, ...n })),
];

describe('the trigger lexicon', () => {
  it('when the lexicon is loaded, then every verb and noun of triggers.json is in it', () => {
    const listed = new Set(Object.keys(triggers.verbs));
    expect([...VERBS.keys()].filter((v) => listed.has(v)).sort()).toEqual([...listed].sort());
    expect([...NOUNS.keys()].sort()).toEqual(Object.keys(triggers.nouns).sort());
  });

  it('when a go-between\'s verb is not listed with "co-", then its "co-" form is the same verb', () => {
    const derived = [...VERBS.keys()].filter((v) => !Object.hasOwn(triggers.verbs, v));
    expect(derived.length).toBeGreaterThan(0);
    for (const v of derived) {
      expect(v).toMatch(/^co-/);
      const stem = VERBS.get(v.slice(3))!;
      expect({ ...VERBS.get(v), lemma: stem.lemma }).toEqual(stem);
      expect(stem.agent).toMatch(/^(?:mediator|host)$/);
    }
    expect(VERBS.get('co-mediate')?.agent).toBe('mediator');
    // A listed form keeps its own entry.
    expect(VERBS.get('co-sign')?.agent).toBe(triggers.verbs['co-sign'].agent);
  });

  it('when any trigger is read, then its CAMEO code is a 3- or 4-digit string', () => {
    const bad = entries.filter((e) => typeof e.cameo !== 'string' || !/^\d{3,4}$/.test(e.cameo));
    expect(bad.map((e) => `${e.word}: ${String(e.cameo)}`)).toEqual([]);
  });

  it('when any trigger is read, then its CAMEO code is a code of the CAMEO codebook', () => {
    const bad = entries.filter((e) => !Object.hasOwn(CAMEO, e.cameo));
    expect(bad.map((e) => `${e.word}: ${e.cameo}`)).toEqual([]);
  });

  it("when any trigger is read, then its kind is one of the evaluation's event kinds", () => {
    const bad = entries.filter((e) => !Object.hasOwn(KINDS, e.kind));
    expect(bad.map((e) => `${e.word}: ${e.kind}`)).toEqual([]);
  });

  it('when any trigger is read, then its CAMEO code fits its kind (a call is 041, a visit 042 or 043 ...)', () => {
    const bad = entries.filter((e) => !KINDS[e.kind]?.includes(e.cameo));
    expect(bad.map((e) => `${e.word}: ${e.kind} with ${e.cameo}`)).toEqual([]);
  });

  it('when a verb names the roles of its subject, object and prepositions, then each is a role the engine knows', () => {
    const bad: string[] = [];
    for (const v of VERBS.values()) {
      if (!isRole(v.agent)) bad.push(`verb "${v.lemma}" agent: ${v.agent}`);
      const slots = { object: v.object, ...v.preps };
      for (const [slot, value] of Object.entries(slots))
        for (const role of value?.split('|') ?? [])
          if (role !== 'event' && !isRole(role)) bad.push(`verb "${v.lemma}" ${slot}: ${role}`);
    }
    expect(bad).toEqual([]);
  });

  it('when a noun names the role of its possessor or modifier, then it is a role the engine knows', () => {
    const bad = [...NOUNS.values()].filter((n) => n.agent !== undefined && !isRole(n.agent));
    expect(bad.map((n) => `noun "${n.lemma}" agent: ${n.agent}`)).toEqual([]);
  });

  it('when a trigger says what became of its event, then that is a status of the domain', () => {
    const statuses: readonly string[] = EVENT_STATUSES;
    const bad = entries.filter((e) => e.status !== undefined && !statuses.includes(e.status));
    expect(bad.map((e) => `${e.word}: ${e.status}`)).toEqual([]);
  });
});

describe('role nouns', () => {
  it('when a role noun is read ("mediator", "go-between", "venue"), then it maps to a role the engine knows', () => {
    expect(ROLE_NOUNS.size).toBeGreaterThan(0);
    const bad = [...ROLE_NOUNS].filter(([, role]) => !isRole(role));
    expect(bad.map(([noun, role]) => `${noun}: ${role}`)).toEqual([]);
  });

  it('when every role noun of triggers.json is counted, then none was lost on loading', () => {
    const listed = Object.keys(triggers.roleNouns).filter((k) => k !== 'about');
    expect([...ROLE_NOUNS.keys()].sort()).toEqual(listed.sort());
  });
});

describe('data files', () => {
  // JSON.parse keeps the last of two equal keys, so a second entry silently replaces the first.
  const duplicates = (text: string): string[] => {
    const found: string[] = [];
    const stack: Set<string>[] = [];
    for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:|[{}]/g)) {
      if (m[0] === '{') stack.push(new Set());
      else if (m[0] === '}') stack.pop();
      else {
        const keys = stack.at(-1)!;
        if (keys.has(m[1]!)) found.push(m[1]!);
        keys.add(m[1]!);
      }
    }
    return found;
  };

  it('when a lexicon or gazetteer file is read, then no key is written twice in one object', () => {
    const dir = fileURLToPath(new URL('../../../server/extract/', import.meta.url));
    const files = ['lexicon', 'gazetteer'].flatMap((d) =>
      readdirSync(path.join(dir, d))
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(dir, d, f)),
    );
    expect(files.length).toBeGreaterThan(5);
    const bad = files.flatMap((f) =>
      duplicates(readFileSync(f, 'utf8')).map((k) => `${path.basename(f)}: ${k}`),
    );
    expect(bad).toEqual([]);
    expect(duplicates('{"a": {"b": 1, "b": 2}}')).toEqual(['b']);
  });
});
