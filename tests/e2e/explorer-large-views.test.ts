/**
 * Saved investigations and expand by relation type on the generated graph of 10,000 elements
 * (tests/e2e/large-graph.ts), in Chromium; corrections.test.ts and answers.test.ts do the same
 * on the seeded graph. The whole view is saved under a name with its filters, a node moved and
 * pinned, and notes; it is listed, opened by id as it was, and the file it exports holds all of
 * that. The busiest actor's neighbourhood is saved with its focus and time window and opened
 * from a link. And the busiest actor is expanded by its commonest relation type from its menu:
 * the counts are the API's, and "+N more" brings only that type. Which actors are read from
 * the API. Screenshots and exported files go to test-artifacts/e2e/.
 */
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveChromium, noteWithoutChromium } from '../helpers/chromium.ts';
import type { TestServer } from '../helpers/parley-server.ts';
import { asAnalyst, dragNode, investigationOpened, saveInvestigation } from './analyst-page.ts';
import {
  ARTIFACTS,
  clickElement,
  openExplorer,
  readGraph,
  saveDownload,
  settle,
} from './explorer-page.ts';
import { wholeView, withAnalystSession } from './large-graph.ts';

const KEY = 'test-key-0123456789abcdef';
noteWithoutChromium();

let server: TestServer;
let page: Page;
let foreign: string[];
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  asAnalyst<T>(server.parley.url, KEY, query, variables);
type Cy = { cy: Core };

/** Every drawn node where it stands, to the unit, and which are pinned. */
const canvas = () =>
  page.evaluate(() => {
    const cy = (window as unknown as Cy).cy;
    return {
      at: Object.fromEntries(
        cy.nodes().map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]]),
      ),
      pinned: cy.nodes('.pinned').map((n) => n.id()),
    };
  });

interface CyFile {
  data?: { investigation?: { id: string; name: string; notes: string | null } };
  elements: {
    nodes: {
      data: { id: string };
      position: { x: number; y: number };
      locked: boolean;
      classes: string;
    }[];
    edges: { data: { id: string; type: string; date: string | null } }[];
  };
}
const exported = async (file: string): Promise<CyFile> =>
  JSON.parse((await saveDownload(page, '#export-json', ARTIFACTS, file)).toString());
/** A file's elements as comparable lists: nodes where they stand, edges by id. */
const content = (f: CyFile) => ({
  nodes: f.elements.nodes
    .map((n) => `${n.data.id} ${Math.round(n.position.x)},${Math.round(n.position.y)}`)
    .sort(),
  edges: f.elements.edges.map((e) => e.data.id).sort(),
});

describe.skipIf(!haveChromium)(
  'saved investigations and expand by type in Chromium, on a generated graph of 10,000 elements',
  { timeout: 300_000 },
  () => {
    withAnalystSession(KEY, (s) => ({ server, page, foreign } = s));

    it('when the whole view is saved with filters, a node moved and pinned, and notes, then it is listed, opens by id as it was, and the file it exports holds all of it', async () => {
      const filtered = `${wholeView(server)}&types=MEDIATED,MET_WITH&to=2020`;
      await openExplorer(page, filtered);
      // The filters hide something of this view: other relations, and later ones.
      const filteredOut = await page.evaluate(() => {
        const cy = (window as unknown as Cy).cy;
        const hidden = (list: import('cytoscape').EdgeCollection) =>
          list.map((e) => e.hasClass('hidden'));
        return {
          types: hidden(cy.edges('[type = "SPOKE_WITH"], [type = "OFFERED_MEDIATION"]')),
          later: hidden(cy.edges('[type = "MEDIATED"]').filter((e) => e.data('date') > '2020-12')),
        };
      });
      for (const flags of [filteredOut.types, filteredOut.later]) {
        expect(flags.length).toBeGreaterThan(0);
        expect(flags.every(Boolean)).toBe(true);
      }
      const { data } = await server.gql<{ overview: { nodes: { id: string; type: string }[] } }>(
        '{ overview(first: 200) { nodes { id type } } }',
      );
      const people = data!.overview.nodes.filter((n) => n.type === 'PERSON').map((n) => n.id);
      const moved = await clickElement(page, people);
      await dragNode(page, moved, 90, 70);
      await page.keyboard.press('p');
      const saved = await canvas();
      expect(saved.pinned).toEqual([moved]);
      const before = await exported('large-investigation-saved.cyjs');
      await saveInvestigation(page, 'The whole graph to 2020', 'Mediations and meetings only');
      await shot('large-investigation-saved');

      // Elsewhere, a fresh layout of the unfiltered view: nothing of the saved one is left.
      await openExplorer(page, wholeView(server));
      expect((await canvas()).at[moved]).not.toEqual(saved.at[moved]);
      const id = await page.getAttribute(
        '#investigations button[data-open]:has-text("The whole graph to 2020")',
        'data-open',
      );
      await page.click(`#investigations button[data-open="${id}"]`);
      await investigationOpened(page, 'The whole graph to 2020');
      const params = new URL(page.url()).searchParams;
      expect([params.get('types'), params.get('to')]).toEqual(['MEDIATED,MET_WITH', '2020']);
      expect(await canvas()).toEqual(saved);
      expect(await page.inputValue('#investigation-notes')).toBe('Mediations and meetings only');
      const visible = (await readGraph(page)).visibleEdges;
      expect(
        visible.filter((e) => !['MEDIATED', 'MET_WITH', 'ROLE', 'META'].includes(e.type)),
      ).toEqual([]);

      const file = await exported('large-investigation-opened.cyjs');
      expect(file.data?.investigation).toEqual({
        id,
        name: 'The whole graph to 2020',
        notes: 'Mediations and meetings only',
      });
      // The opened view exports what the saved one did, node for node where it stood.
      expect(content(file)).toEqual(content(before));
      const pin = file.elements.nodes.find((n) => n.data.id === moved)!;
      expect(pin.locked).toBe(true);
      expect(pin.classes).toContain('pinned');
      expect([Math.round(pin.position.x), Math.round(pin.position.y)]).toEqual(saved.at[moved]);
      expect(new Set(file.elements.edges.map((e) => e.data.type))).toEqual(
        new Set(['MEDIATED', 'MET_WITH', 'ROLE']),
      );
      expect(file.elements.edges.filter((e) => e.data.date && e.data.date > '2020-12')).toEqual([]);
    });

    it("when the busiest actor's neighbourhood is saved with its focus, a time window and a pin, then a link to it opens it so, in the view and in its exported file", async () => {
      const { data } = await server.gql<{ overview: { nodes: { id: string }[] } }>(
        '{ overview(first: 1) { nodes { id } } }',
      );
      const hub = data!.overview.nodes[0]!.id;
      await openExplorer(page, `${server.parley.url}/?focus=${hub}&from=2010`);
      // Focusing selected it: P pins it.
      await page.keyboard.press('p');
      const saved = await canvas();
      expect(saved.pinned).toEqual([hub]);
      const earlier = (await readGraph(page)).visibleEdges.length;
      // The window hides something: the hub's ties before 2010 are in the view, not drawn.
      const before2010 = await page.evaluate(() =>
        (window as unknown as Cy).cy
          .edges()
          .filter((e) => e.data('date') && e.data('date') < '2010')
          .map((e) => e.hasClass('hidden')),
      );
      expect(before2010.length).toBeGreaterThan(0);
      expect(before2010.every(Boolean)).toBe(true);
      await saveInvestigation(page, 'The busiest since 2010', 'Who keeps coming back?');

      const listed = await api<{ investigations: { id: string; name: string }[] }>(
        '{ investigations { id name } }',
      );
      expect(listed.investigations.map((i) => i.name).sort()).toEqual([
        'The busiest since 2010',
        'The whole graph to 2020',
      ]);
      const { id } = listed.investigations.find((i) => i.name === 'The busiest since 2010')!;
      await openExplorer(page, wholeView(server));
      await page.goto(`${server.parley.url}/?investigation=${encodeURIComponent(id)}`);
      await investigationOpened(page, 'The busiest since 2010');
      await settle(page);
      const params = new URL(page.url()).searchParams;
      expect([params.get('focus'), params.get('from')]).toEqual([hub, '2010']);
      expect(await canvas()).toEqual(saved);
      expect((await readGraph(page)).visibleEdges.length).toBe(earlier);
      expect(await page.inputValue('#investigation-name')).toBe('The busiest since 2010');
      const file = await exported('large-investigation-focus.cyjs');
      expect(file.data?.investigation?.notes).toBe('Who keeps coming back?');
      expect(file.elements.nodes.find((n) => n.data.id === hub)?.locked).toBe(true);
      const dated = file.elements.edges.filter((e) => e.data.date);
      expect(dated.length).toBeGreaterThan(0);
      expect(dated.filter((e) => e.data.date! < '2010')).toEqual([]);
    });

    it('when X is pressed on the busiest actor, then its menu counts relations by type as the API does, its commonest type draws 25 of only those neighbours, and "+N more" brings only those too', async () => {
      const { data } = await server.gql<{ overview: { nodes: { id: string; label: string }[] } }>(
        '{ overview(first: 1) { nodes { id label } } }',
      );
      const hub = data!.overview.nodes[0]!;
      const { entity } = await api<{
        entity: { relationCounts: { type: string; count: number }[] };
      }>('query($id: ID!) { entity(id: $id) { relationCounts { type count } } }', { id: hub.id });
      const counts = entity.relationCounts;
      const commonest = [...counts].sort((a, b) => b.count - a.count)[0]!;
      // More of that type than one expansion draws, and ties of other types besides.
      expect(commonest.count).toBeGreaterThan(25);
      expect(counts.length).toBeGreaterThan(1);
      const neighbours = async (types: string[] | null) =>
        (
          await api<{ neighborhood: { nodes: { id: string; degree: number }[] } }>(
            'query($id: ID!, $t: [RelationType!]) { neighborhood(id: $id, types: $t) { nodes { id degree } } }',
            { id: hub.id, t: types },
          )
        ).neighborhood.nodes.filter((n) => n.id !== hub.id);
      const typed = new Set((await neighbours([commonest.type])).map((n) => n.id));
      // From its quietest neighbour, most of the hub's circle is still to come.
      const start = (await neighbours(null)).sort((a, b) => a.degree - b.degree)[0]!;
      await openExplorer(page, `${server.parley.url}/?focus=${start.id}`);
      const actors = (ids: string[]) => ids.filter((i) => !/^(event|more):/.test(i));
      const before = new Set((await readGraph(page)).nodes);
      await clickElement(page, [hub.id]);
      await page.keyboard.press('x');
      await page.waitForSelector(`#expand-menu button[data-type="${commonest.type}"]`);
      const menu = await page
        .locator('#expand-menu button')
        .evaluateAll((list) =>
          list.map((b) => [(b as HTMLElement).dataset.type, b.querySelector('b')?.textContent]),
        );
      const total = counts.reduce((sum, c) => sum + c.count, 0);
      expect(menu).toEqual([['', String(total)], ...counts.map((c) => [c.type, String(c.count)])]);
      await shot('large-expand-menu');
      const at = menu.findIndex(([type]) => type === commonest.type);
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const label = `Expand ${hub.label} by ${commonest.type}`;
      const nextUndo = () =>
        page.evaluate(
          () =>
            (window as unknown as { parley: { history: { nextUndo: string | null } } }).parley
              .history.nextUndo,
        );
      await page.waitForFunction(
        (n) => (window as unknown as Cy).cy.getElementById(`more:${n}`).nonempty(),
        hub.id,
      );
      expect(await nextUndo()).toBe(label);
      const first = actors((await readGraph(page)).nodes).filter((i) => !before.has(i));
      expect(first).toHaveLength(25);
      expect(first.filter((i) => !typed.has(i))).toEqual([]);
      const waiting = [...typed].filter((i) => !before.has(i)).length - 25;
      const marker = () =>
        page.evaluate(
          (id) => (window as unknown as Cy).cy.getElementById(`more:${id}`).data('label') as string,
          hub.id,
        );
      expect(await marker()).toBe(`+${waiting} more`);

      // The marker stands for the rest of that type: expanding it brings those, none other.
      const shown = new Set((await readGraph(page)).nodes);
      await clickElement(page, [`more:${hub.id}`]);
      await page.keyboard.press('e');
      await page.waitForFunction(
        (n) => (window as unknown as Cy).cy.nodes().length > n,
        shown.size,
      );
      expect(await nextUndo()).toBe(label);
      const next = actors((await readGraph(page)).nodes).filter((i) => !shown.has(i));
      expect(next).toHaveLength(Math.min(25, waiting));
      expect(next.filter((i) => !typed.has(i))).toEqual([]);
      if (waiting > 25) expect(await marker()).toBe(`+${waiting - 25} more`);
      await shot('large-expand-by-type');
    });

    it('when the suite has run, then the page never asked anything of another origin', () => {
      expect(foreign).toEqual([]);
    });
  },
);
