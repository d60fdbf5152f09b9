/**
 * Answers an analyst can trust, in Chromium on the seeded graph, on each engine: search that
 * forgives spelling, expand by relation type from the node's menu and the keyboard, "as of" a
 * date before Brussels, the same window in the canvas and in "who mediated", path steps in
 * each relation's direction, and every export from one model (PNG with its legend, SVG, CSV).
 * Screenshots go to test-artifacts/e2e/<engine>/ to be looked at.
 */
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { haveChromium, noteWithoutChromium } from '../helpers/chromium.ts';
import { forEachEngine } from '../helpers/engines.ts';
import type { TestServer } from '../helpers/parley-server.ts';
import {
  addParties,
  ARTIFACTS,
  onCy,
  openExplorer,
  openSeededExplorer,
  readGraph,
  saveDownload,
  SEEDS,
  settle,
  viewChanged,
  type SeededExplorer,
} from './explorer-page.ts';

noteWithoutChromium();

const PUTIN = 'person:vladimir-putin';

let server: TestServer;
let page: Page;
let opened: SeededExplorer | undefined;
const shot = (name: string) =>
  page.screenshot({ path: path.join(opened!.artifacts, `${name}.png`) });
const cyEval = <T>(fn: (cy: Core) => T) => onCy(page, fn);

const noChromium = haveChromium ? null : 'no Chromium';
forEachEngine('answers in the explorer, on the seeded graph', noChromium, (engine) => {
  beforeAll(async () => {
    opened = await openSeededExplorer(engine, SEEDS, ARTIFACTS);
    ({ server, page } = opened);
  });
  afterAll(() => opened?.close());

  it('when "Aliev" and "Putim" are typed, then the people they misspell are suggested first', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    for (const [typed, name] of [
      ['Aliev', 'Ilham Aliyev'],
      ['Putim', 'Vladimir Putin'],
      ['Pashinian', 'Nikol Pashinyan'],
    ]) {
      await page.fill('#search', typed!);
      // The list of the letter typed before may still show: wait for this one's answer.
      await page.waitForFunction(
        (want) => document.querySelector('.suggestions li')?.textContent?.includes(want),
        name!,
      );
    }
    await shot('fuzzy-search');
    await page.press('#search', 'Enter');
    await viewChanged(page, 'focus=person:nikol-pashinyan');
    await settle(page);
    await page.waitForFunction(() =>
      (window as unknown as { cy: Core }).cy.getElementById('person:nikol-pashinyan').selected(),
    );
    expect((await readGraph(page)).selected).toEqual(['person:nikol-pashinyan']);
  });

  it('when X is pressed on a node, then its menu counts relations by type, and choosing one draws only those neighbours', async () => {
    // Erdogan's neighbourhood holds Aliyev, but not all of Aliyev's own neighbours.
    await openExplorer(page, `${server.parley.url}/?focus=person:tayyip-erdogan`);
    await cyEval((cy) => {
      cy.$(':selected').unselect();
      cy.getElementById('person:ilham-aliyev').select();
    });
    const before = new Set((await readGraph(page)).nodes);
    await page.keyboard.press('x');
    await page.waitForSelector('#expand-menu button[data-type="LEADS"]');
    const items = await page.locator('#expand-menu button').allTextContents();
    expect(items[0]).toMatch(/^all relations\s*\d+$/);
    expect(items.some((t) => /^mediated\s*\d+$/.test(t))).toBe(true);
    await shot('expand-menu');
    // Down to "leads" and Enter.
    const leadsAt = items.findIndex((t) => t.startsWith('leads'));
    for (let i = 0; i < leadsAt; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The expansion lands as one step to undo, named after the type chosen.
    await page.waitForFunction(
      () =>
        (window as unknown as { parley: { history: { nextUndo: string | null } } }).parley.history
          .nextUndo === 'Expand Ilham Aliyev by LEADS',
    );
    expect(await page.isHidden('#expand-menu')).toBe(true);
    const led = await cyEval((cy) =>
      cy
        .getElementById('person:ilham-aliyev')
        .connectedEdges('[type = "LEADS"]')
        .connectedNodes()
        .map((n) => n.id()),
    );
    const joined = (await readGraph(page)).nodes.filter(
      (id) => !before.has(id) && !id.startsWith('event:'),
    );
    // Only what he leads joined: none of his other ties came along.
    expect(joined).toEqual(['state:azerbaijan']);
    expect(led).toContain('state:azerbaijan');
  });

  it('when a node is right-clicked, then the same menu opens beside it and Escape closes it', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=${PUTIN}`);
    const at = await cyEval((cy) => {
      const n = cy.getElementById('person:vladimir-putin');
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.waitForSelector('#expand-menu button[data-type="MEDIATED"]');
    expect(await page.textContent('#expand-menu .title')).toBe('Expand Vladimir Putin by');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#expand-menu')).toBe(true);
  });

  it('when the view is as of 2020-11-02, then Michel, Macron and Erdogan are not drawn; from August 2022 Michel and Macron are', async () => {
    await openExplorer(page, `${server.parley.url}/?to=2020-11-02`);
    const early = await readGraph(page);
    for (const id of ['person:charles-michel', 'person:emmanuel-macron', 'person:tayyip-erdogan'])
      expect(early.visibleNodes).not.toContain(id);
    await shot('as-of-2020-11-02');
    await openExplorer(page, `${server.parley.url}/?to=2022-08`);
    const later = await readGraph(page);
    expect(later.visibleNodes).toEqual(
      expect.arrayContaining(['person:charles-michel', 'person:emmanuel-macron']),
    );
  });

  it('when the window ends with 2022, then "who mediated" lists the Brussels talks the canvas draws, the main mediator first', async () => {
    await openExplorer(page, `${server.parley.url}/?to=2022`);
    expect((await readGraph(page)).visibleNodes).toContain('event:talks-2022-08-brussels');
    await addParties(page, ['Aliyev', 'Pashinyan']);
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li b');
    const listed = await page.locator('#mediators li b').allTextContents();
    expect(listed[0]).toBe('Vladimir Putin');
    expect(listed).toEqual(expect.arrayContaining(['Charles Michel', 'Emmanuel Macron']));
    expect(await page.textContent('#mediators')).toMatch(/talks 2022-08/);
  });

  it("when a path is listed, then every step reads in its relation's own direction", async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.fill('#path-from', 'Aliyev');
    await page.fill('#path-to', 'Erdogan');
    await page.click('#path-form button[type=submit]');
    await page.waitForSelector('#path-result ol.steps li');
    const steps = await page
      .locator('#path-result ol.steps button')
      .evaluateAll((buttons) =>
        buttons.map((b) => ({ edge: (b as HTMLElement).dataset.edge!, text: b.textContent! })),
      );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const edge = await page.evaluate((id) => {
        const e = (window as unknown as { cy: Core }).cy.getElementById(id);
        return {
          directed: Boolean(e.data('directed')),
          source: String(e.source().data('label')),
          target: String(e.target().data('label')),
        };
      }, step.edge);
      if (edge.directed) {
        expect(step.text.startsWith(edge.source), step.text).toBe(true);
        expect(step.text.endsWith(edge.target), step.text).toBe(true);
      }
    }
  });

  it('when GraphiQL opens, then it holds the five example questions, one tab each, runs the first, and links back to the explorer', async () => {
    // A fresh browser profile: GraphiQL has no tabs of its own yet and opens on the defaults.
    await page.goto(`${server.parley.url}/graphiql`);
    // Monaco is large: on a loaded machine the editor takes a while to come up.
    await page.waitForSelector('.graphiql-tab', { timeout: 45_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(5);
    // The editors mount only once Monaco has loaded, after the tabs; GraphiQL drops a run asked
    // before both are there. The operation editor shows the first example when it is.
    await page.waitForFunction(
      () =>
        Boolean(
          document
            .querySelector('.graphiql-query-editor .view-lines')
            ?.textContent?.includes('WhoMediated'),
        ) && document.querySelector('.result-window .monaco-editor') !== null,
      null,
      { timeout: 45_000 },
    );
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.body.innerText.includes('state:russia'), null, {
      timeout: 45_000,
    });
    await shot('graphiql-examples');
    expect(await page.getAttribute('#to-explorer', 'href')).toBe('/');
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('#to-explorer')]);
    await settle(page);
    expect(await page.isVisible('#cy')).toBe(true);
  }, 120_000);

  it('when the view is exported, then CSV, SVG and the PNG with its legend hold what the view shows', async () => {
    await openExplorer(page, `${server.parley.url}/?types=MEDIATED,MET_WITH`);
    const save = (button: string, file: string) =>
      saveDownload(page, button, opened!.artifacts, file);
    const shown = await cyEval((cy) => ({
      nodes: cy
        .nodes()
        .not('.hidden')
        .filter((n) => n.data('type') !== 'MORE').length,
      edges: cy.edges().not('.hidden').length,
      all: cy.edges().length,
    }));
    expect(shown.edges).toBeLessThan(shown.all);
    const json = JSON.parse((await save('#export-json', 'answers.cyjs')).toString());
    expect(json.elements.edges).toHaveLength(shown.edges);
    // Two files, one download each: nodes, then edges.
    const files: string[] = [];
    const collect = (d: import('playwright-core').Download) => files.push(d.suggestedFilename());
    page.on('download', collect);
    await page.click('#export-csv');
    for (let i = 0; i < 50 && files.length < 2; i++) await page.waitForTimeout(100);
    page.off('download', collect);
    expect(files).toEqual(['parley-nodes.csv', 'parley-edges.csv']);
    const svg = (await save('#export-svg', 'answers.svg')).toString();
    expect(svg).toMatch(/<svg xmlns/);
    expect(svg).not.toContain('class="legend"');
    const plain = await save('#export-png', 'answers.png');
    await page.check('#export-legend');
    const legendPng = await save('#export-png', 'answers-legend.png');
    // IHDR width: the legend is painted beside the drawing.
    expect(legendPng.readUInt32BE(16)).toBeGreaterThan(plain.readUInt32BE(16));
    const legendSvg = (await save('#export-svg', 'answers-legend.svg')).toString();
    expect(legendSvg).toContain('class="legend"');
    expect(legendSvg).toMatch(/>mediated \(\d+\)<\/text>/);
    expect(legendSvg).not.toMatch(/>leads \(/);
  });
});
