/**
 * Corrections on the generated graph of 10,000 elements (tests/e2e/large-graph.ts), in
 * Chromium: what corrections.test.ts does on the seeded graph, done where the view is the whole
 * graph, is read again after every correction, and folds each state's office holders into it.
 * An analyst rejects a mediation drawn in the whole view, sees it go and come back greyed, and
 * undoes it; rejects an office holder's mediation in a focused view and finds it greyed on the
 * whole view, drawn to the folded state and to the person once the state is opened; and merges
 * one generated person into another, and undoes that. Which facts and people are acted on is
 * read from the API. Screenshots go to test-artifacts/e2e/.
 */
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, noteWithoutChromium } from '../helpers/chromium.ts';
import type { TestServer } from '../helpers/parley-server.ts';
import { asAnalyst, auditSays, viewCorrected } from './analyst-page.ts';
import { ARTIFACTS, clickElement, onCy, openExplorer } from './explorer-page.ts';
import { held, holderOf, withAnalystSession, wholeView } from './large-graph.ts';

const KEY = 'test-key-0123456789abcdef';
/** After a correction the whole view is read and laid out again, on two shared cores. */
const RELOAD = 90_000;
noteWithoutChromium();

let server: TestServer;
let page: Page;
let foreign: string[];
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  asAnalyst<T>(server.parley.url, KEY, query, variables);

interface Graph {
  nodes: { id: string; label: string; type: string; degree: number }[];
  edges: { id: string; type: string; source: string; target: string }[];
}
/** The whole graph as the API gives it, asked as the explorer asks: what the tests choose from. */
const wholeGraph = () =>
  api<{ overview: Graph }>(
    `query($first: Int) { overview(first: $first) {
      nodes { id label type degree } edges { id type source target } } }`,
    { first: 5000 },
  ).then((d) => d.overview);

const everything = (h: { drawn: string[]; folded: string[] }) => [...h.drawn, ...h.folded].sort();
/** The ends of the greyed line drawn for a rejected fact, or null while there is none. */
const greyedEnds = (fact: string) =>
  page.evaluate((id) => {
    const e = (window as unknown as { cy: Core }).cy.getElementById(`rejected:${id}`);
    return e.empty() ? null : [e.source().id(), e.target().id()];
  }, fact);
const undoNewest = async () => {
  await page.click('#audit li:first-child button[data-undo]');
  await viewCorrected(page, { title: 'Correction undone', timeout: RELOAD });
  expect(await page.getAttribute('#audit li:first-child', 'class')).toContain('undone');
};

describe.skipIf(!haveChromium)(
  'corrections in Chromium, on a generated graph of 10,000 elements',
  { timeout: 300_000 },
  () => {
    withAnalystSession(KEY, (s) => ({ server, page, foreign } = s));

    it('when a mediation drawn in the whole view is rejected, then the view read again holds all but it, it shows greyed when asked, and its Undo brings it back', async () => {
      const mediations = (await wholeGraph()).edges.filter((e) => e.type === 'MEDIATED');
      await openExplorer(page, wholeView(server));
      const before = everything(await held(page));
      const fact = await clickElement(
        page,
        mediations.map((e) => e.id),
      );
      const { source, target } = mediations.find((e) => e.id === fact)!;
      await page.waitForSelector('#panel [data-correct="reject"]');
      await page.fill('#panel [data-correct-why]', 'The digest misread the talks');
      await page.click('#panel [data-correct="reject"]');
      await auditSays(page, 'Rejected MEDIATED');
      await viewCorrected(page, { timeout: RELOAD });
      expect(await page.textContent('#audit li')).toContain('The digest misread the talks');
      // Read again from the server, the view lost that one fact and nothing else.
      expect(everything(await held(page))).toEqual(before.filter((id) => id !== fact));
      expect((await wholeGraph()).edges.map((e) => e.id)).not.toContain(fact);

      await page.check('#show-rejected');
      await page.waitForFunction(
        (id) => (window as unknown as { cy: Core }).cy.getElementById(`rejected:${id}`).nonempty(),
        fact,
      );
      expect(await greyedEnds(fact)).toEqual([source, target]);
      // Both ends are drawn: no stand-in is drawn for either.
      expect(await onCy(page, (cy) => cy.nodes('.rejected-end').length)).toBe(0);
      await shot('large-correction-rejected-greyed');
      // (A click on the greyed line answers with its correction in the seeded suite: here a
      // fresh layout of thousands of nodes can leave a short line under its neighbours.)
      await undoNewest();
      expect(everything(await held(page))).toEqual(before);
      expect(await greyedEnds(fact)).toBeNull();
    });

    it("when an office holder's mediation is rejected in a focused view, then on the whole view it is greyed to the folded state, to the person once the state opens, and the person is never drawn twice", async () => {
      const graph = await wholeGraph();
      const holders = new Set(graph.edges.filter((e) => e.type === 'LEADS').map((e) => e.source));
      const candidates = graph.edges
        .filter((e) => e.type === 'MEDIATED' && holders.has(e.target))
        .map((e) => ({ fact: e.id, person: e.target, other: e.source }));
      // The whole view says which office holders it folds, and which mediators it draws.
      await openExplorer(page, wholeView(server));
      const chosen = await page.evaluate((list) => {
        const w = window as unknown as {
          cy: Core;
          parley: { groups: { holderOf(id: string): string | null } };
        };
        const drawn = (id: string) => w.cy.getElementById(id).nonempty();
        const c = list.find((x) => w.parley.groups.holderOf(x.person) && drawn(x.other));
        return c ? { ...c, group: w.parley.groups.holderOf(c.person)! } : null;
      }, candidates);
      expect(chosen).not.toBeNull();
      const { fact, person, other, group } = chosen!;

      await openExplorer(page, `${server.parley.url}/?focus=${encodeURIComponent(person)}`);
      await clickElement(page, [fact]);
      await page.waitForSelector('#panel [data-correct="reject"]');
      await page.fill('#panel [data-correct-why]', 'Another person of that name');
      await page.click('#panel [data-correct="reject"]');
      await auditSays(page, 'Rejected MEDIATED');
      await viewCorrected(page, { timeout: RELOAD });
      expect(await onCy(page, (cy) => cy.edges().map((e) => e.id()))).not.toContain(fact);

      await openExplorer(page, wholeView(server));
      await page.check('#show-rejected');
      // The state stands for its folded people, for a greyed fact as for any other tie.
      await page.waitForFunction(
        (id) => (window as unknown as { cy: Core }).cy.getElementById(`rejected:${id}`).nonempty(),
        fact,
      );
      expect(await greyedEnds(fact)).toEqual([other, group]);
      expect(await onCy(page, (cy) => cy.nodes('.rejected-end').length)).toBe(0);
      expect(await holderOf(page, person)).toBe(group);

      await clickElement(page, [group]);
      const folded = await page.evaluate(
        (g) => (window as unknown as { cy: Core }).cy.getElementById(g).position(),
        group,
      );
      await page.keyboard.press('g');
      await page.waitForFunction(
        ([id, p]) => {
          const e = (window as unknown as { cy: Core }).cy.getElementById(`rejected:${id}`);
          return e.nonempty() && e.target().id() === p;
        },
        [fact, person] as const,
      );
      // The line runs to the person the state let out, with the person's other ties; the
      // state's people come out apart, where the folded state stood.
      const out = await page.evaluate(
        ([g, p]) => {
          const cy = (window as unknown as { cy: Core }).cy;
          const n = cy.getElementById(p!);
          const people = cy.getElementById(g!).children();
          const box = people.boundingBox({ includeLabels: false });
          return {
            parent: n.parent().first().id(),
            standIn: n.hasClass('rejected-end'),
            ties: n.connectedEdges().not('.rejected').length,
            people: people.length,
            places: new Set(people.map((m) => `${m.position('x')},${m.position('y')}`)).size,
            middle: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
          };
        },
        [group, person] as const,
      );
      expect(out).toMatchObject({ parent: group, standIn: false });
      expect(out.ties).toBeGreaterThan(0);
      expect(out.places).toBe(out.people);
      expect(Math.hypot(out.middle.x - folded.x, out.middle.y - folded.y)).toBeLessThan(60);
      await shot('large-correction-greyed-in-group');

      // Folded again, the state keeps its people and their facts, not the greyed line.
      await page.keyboard.press('g');
      await page.waitForFunction(
        ([id, g]) => {
          const e = (window as unknown as { cy: Core }).cy.getElementById(`rejected:${id}`);
          return e.nonempty() && e.target().id() === g;
        },
        [fact, group] as const,
      );
      expect((await held(page)).folded.filter((id) => id.startsWith('rejected:'))).toEqual([]);
      expect(await holderOf(page, person)).toBe(group);

      await undoNewest();
      expect(await greyedEnds(fact)).toBeNull();
      // The fact is back, folded with the person.
      expect((await held(page)).folded).toContain(fact);
    });

    it('when a generated person is merged into another from the whole view, then the first leaves the view and the graph, the other answers to both names, and Undo brings the first back', async () => {
      const graph = await wholeGraph();
      const people = graph.nodes.filter((n) => n.type === 'PERSON' && n.degree > 0);
      // The quietest first: a merge rewrites every article naming the one merged away.
      const quiet = [...people].sort((a, b) => a.degree - b.degree);
      await openExplorer(page, wholeView(server));
      const before = everything(await held(page));
      const fromId = await clickElement(
        page,
        quiet.slice(0, 200).map((n) => n.id),
      );
      const from = people.find((n) => n.id === fromId)!;
      const ties = new Set(
        graph.edges.flatMap((e) =>
          [e.source, e.target].includes(from.id) ? [e.source, e.target] : [],
        ),
      );
      // Into someone it has no tie with: every relation of the two then stays one relation.
      const into = people.find((n) => n.id !== from.id && !ties.has(n.id))!;
      const relations = async (id: string) =>
        (
          await api<{ entity: { relationCounts: { count: number }[] } }>(
            'query($id: ID!) { entity(id: $id) { relationCounts { count } } }',
            { id },
          )
        ).entity.relationCounts.reduce((sum, c) => sum + c.count, 0);
      const [fromRelations, intoRelations] = [await relations(from.id), await relations(into.id)];

      await page.click('#panel details.correct summary');
      await page.fill('#panel [data-correct-input="into"]', into.id);
      await page.click('#panel [data-correct="merge"]');
      await auditSays(page, `Merged ${from.label} into ${into.label}`);
      await viewCorrected(page, { timeout: RELOAD });
      const merged = everything(await held(page));
      expect(merged).not.toContain(from.id);
      // Only the person and the ids of its relations (now the other's) went.
      expect(before.filter((id) => !merged.includes(id))).toContain(from.id);
      expect(merged.filter((id) => !before.includes(id)).every((id) => id.includes(into.id))).toBe(
        true,
      );
      const gone = await server.gql(`{ entity(id: "${from.id}") { id } }`);
      expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const aliases = await api<{ entity: { aliases: string[] } }>(
        'query($id: ID!) { entity(id: $id) { aliases } }',
        { id: into.id },
      );
      expect(aliases.entity.aliases).toContain(from.label);
      expect(await relations(into.id)).toBe(intoRelations + fromRelations);
      await shot('large-correction-merged');

      await undoNewest();
      expect(everything(await held(page))).toEqual(before);
      expect(await relations(from.id)).toBe(fromRelations);
      expect(await relations(into.id)).toBe(intoRelations);
    });

    it('when the corrections have run, then the page never asked anything of another origin', () => {
      expect(foreign).toEqual([]);
    });
  },
);
