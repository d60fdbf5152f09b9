/**
 * The explorer in a real browser (Debian's Chromium through playwright-core) on a server
 * seeded from seeds/: each thing an analyst does, checked on the page and on the graph the
 * page holds (`window.cy`), once on each engine. Screenshots go to test-artifacts/e2e/<engine>/
 * for a person to look at. Without /usr/bin/chromium the suite is skipped with the reason
 * printed.
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
  clickElement,
  doubleClickUntil,
  foreignRequests,
  onCy,
  openExplorer,
  openSeededExplorer,
  readGraph,
  saveDownload,
  SEEDS,
  settle,
  viewChanged,
  waitVisible,
  type SeededExplorer,
} from './explorer-page.ts';

noteWithoutChromium();

const PUTIN = 'person:vladimir-putin';
const ALIYEV = 'person:ilham-aliyev';
const MEDIATION_WORDS = /mediat|brokered|hosted|talks between|host|brought together|convened/i;

let server: TestServer;
let page: Page;
let opened: SeededExplorer | undefined;
let foreign: string[];
/** Each engine's screenshots and downloads go to a folder of its own. */
let artifacts: string;
const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
const cyEval = <T>(fn: (cy: Core) => T) => onCy(page, fn);

// Both engines' suites share the variables above: one runs after the other, each from its
// own beforeAll to its own afterAll.
const noChromium = haveChromium ? null : 'no Chromium';
forEachEngine('the explorer in Chromium, on the seeded graph', noChromium, (engine) => {
  beforeAll(async () => {
    opened = await openSeededExplorer(engine, SEEDS, ARTIFACTS);
    ({ server, page, artifacts } = opened);
    foreign = foreignRequests(page, server.parley.url);
  });
  afterAll(() => opened?.close());

  it('when the page opens, then the seeded graph is drawn at 1280x800 with events, and nothing is fetched elsewhere', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const g = await readGraph(page);
    expect(g.nodes).toContain(PUTIN);
    expect(g.visibleEdges.some((e) => e.type === 'MEDIATED')).toBe(true);
    expect(g.nodes.some((id) => id.startsWith('event:'))).toBe(true);
    // Nothing spills past the window: no sideways scrolling at 1280 wide.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1280);
    expect(await page.textContent('#status')).toMatch(/\d+ nodes, \d+ edges shown/);
    expect(foreign).toEqual([]);
    await shot('overview');
  });

  it('when GraphiQL opens, then the bundled editor loads from this origin alone', async () => {
    await page.goto(`${server.parley.url}/graphiql`);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(foreign).toEqual([]);
    await shot('graphiql');
  });

  it('when typing "Puti", then suggestions with type icons appear, and Enter focuses him with his neighbourhood', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.fill('#search', 'Puti');
    await page.waitForSelector('.search .suggestions li');
    const first = page.locator('.search .suggestions li').first();
    expect(await first.textContent()).toContain('Vladimir Putin');
    expect(await first.locator('.icon').getAttribute('title')).toBe('Person');
    await page.press('#search', 'Enter');
    await page.waitForFunction(
      (id) => (window as unknown as { cy: Core }).cy.$(':selected').id() === id,
      PUTIN,
    );
    await settle(page);
    const g = await readGraph(page);
    expect(g.selected).toEqual([PUTIN]);
    const mediated = g.visibleEdges.filter((e) => e.type === 'MEDIATED' && e.source === PUTIN);
    expect(mediated.length).toBeGreaterThan(0);
    // Every node of the view is Putin or within one relation of him.
    const near = new Set([PUTIN, ...g.visibleEdges.flatMap((e) => [e.source, e.target])]);
    expect(g.visibleNodes.every((id) => near.has(id))).toBe(true);
    expect(page.url()).toContain(`focus=${PUTIN}`);
    await shot('focus-putin');
  });

  it('when a node is double-clicked, then its neighbours join the view around it, and undo takes them back', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=person:emmanuel-macron`);
    const before = (await readGraph(page)).nodes;
    const target = await cyEval((cy) =>
      cy
        .nodes('[type = "PERSON"]')
        .filter((n) => n.id() !== 'person:emmanuel-macron')
        .max((n) => n.data('degree'))
        .ele.id(),
    );
    await clickElement(page, [target], 2);
    await page.waitForFunction(
      (n) => (window as unknown as { cy: Core }).cy.nodes().length > n,
      before.length,
    );
    const after = (await readGraph(page)).nodes;
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(await page.getAttribute('#undo', 'title')).toMatch(/Undo: Expand/);
    await page.click('#undo');
    expect((await readGraph(page)).nodes.sort()).toEqual([...before].sort());
    await page.click('#redo');
    expect((await readGraph(page)).nodes.length).toBe(after.length);
  });

  it('when people are grouped into the states they lead, then a double-click folds a state into one node and opens it again', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.check('#group');
    await page.waitForFunction(() => window.location.search.includes('group=1'));
    await settle(page);
    const russia = await cyEval((cy) => ({
      members: cy
        .$id('state:russia')
        .children()
        .map((n) => n.id()),
      leadsHidden:
        cy.edges('[type = "LEADS"][target = "state:russia"]').length ===
        cy.edges('[type = "LEADS"][target = "state:russia"].contained').length,
    }));
    expect(russia.members).toContain(PUTIN);
    expect(russia.leadsHidden).toBe(true);
    await doubleClickUntil(page, 'state:russia', () =>
      (window as unknown as { cy: Core }).cy.$id('state:russia').hasClass('collapsed'),
    );
    const folded = await cyEval((cy) => ({
      putin: cy.$id('person:vladimir-putin').length,
      label: cy.$id('state:russia').data('collapsedLabel') as string,
      meta: cy
        .edges('.meta[source = "state:russia"], .meta[target = "state:russia"]')
        .map((e) => e.data('count') as number),
    }));
    expect(folded.putin).toBe(0);
    expect(folded.label).toMatch(/^Russia \(\+1\)$/);
    expect(folded.meta.length).toBeGreaterThan(0);
    expect(folded.meta.every((n) => n >= 1)).toBe(true);
    await shot('grouped');
    await doubleClickUntil(page, 'state:russia', () =>
      (window as unknown as { cy: Core }).cy.$id('person:vladimir-putin').nonempty(),
    );
    expect(await cyEval((cy) => cy.edges('.meta').length)).toBe(0);
  });

  it('when nodes are hidden and pinned by key, then they hide, a pinned one keeps its place through a layout, and Ctrl+Z brings the hidden back', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await clickElement(page, ['state:turkey']);
    await page.keyboard.press('h');
    await waitVisible(page, 'state:turkey', false);
    await clickElement(page, ['state:russia']);
    await page.keyboard.press('p');
    const pinned = await cyEval((cy) => cy.$id('state:russia').position());
    await page.keyboard.press('l');
    await settle(page);
    const after = await cyEval((cy) => ({
      at: cy.$id('state:russia').position(),
      locked: cy.$id('state:russia').locked(),
    }));
    expect(after.locked).toBe(true);
    expect(after.at.x).toBeCloseTo(pinned.x, 0);
    expect(after.at.y).toBeCloseTo(pinned.y, 0);
    await page.keyboard.press('Control+z'); // the pin
    await page.keyboard.press('Control+z'); // the hide
    await waitVisible(page, 'state:turkey', true);
    expect(await cyEval((cy) => cy.$id('state:russia').locked())).toBe(false);
  });

  it('when the legend is used as a filter, then unticked types vanish and the choice is in the URL', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const shapes = await cyEval((cy) => ({
      person: cy.nodes('[type = "PERSON"]').first().style('shape'),
      state: cy.nodes('[type = "STATE"]').first().style('shape'),
      event: cy.nodes('[type = "EVENT"]').first().style('shape'),
      metArrow: cy.edges('[type = "MET_WITH"]').first().style('target-arrow-shape'),
      mediatedArrow: cy.edges('[type = "MEDIATED"]').first().style('target-arrow-shape'),
    }));
    expect(shapes).toEqual({
      person: 'ellipse',
      state: 'round-rectangle',
      event: 'round-diamond',
      metArrow: 'none',
      mediatedArrow: 'triangle',
    });
    await page.uncheck('#legend input[data-type="MET_WITH"]');
    await page.uncheck('#legend input[data-type="EVENT"]');
    await viewChanged(page, 'entities=');
    const g = await readGraph(page);
    expect(g.visibleEdges.some((e) => e.type === 'MET_WITH')).toBe(false);
    expect(g.visibleEdges.some((e) => e.type === 'MEDIATED')).toBe(true);
    expect(g.visibleNodes.some((id) => id.startsWith('event:'))).toBe(false);
    expect(page.url()).toMatch(/types=[A-Z_,]*MEDIATED/);
    expect(page.url()).not.toMatch(/types=[A-Z_,]*MET_WITH/);
    await shot('legend-filter');
  });

  it('when nodes are sized by sources, then size follows the number of articles instead of relations', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const sizes = () =>
      cyEval((cy) =>
        cy
          .nodes('[type != "EVENT"]')
          .map((n) => ({ degree: n.data('degree'), sources: n.data('sources'), w: n.width() })),
      );
    const byDegree = await sizes();
    await page.selectOption('#size-by', 'sources');
    const bySources = await sizes();
    const agrees = (list: typeof byDegree, key: 'degree' | 'sources') =>
      list.every((a) => list.every((b) => a[key] <= b[key] || a.w >= b.w));
    expect(agrees(byDegree, 'degree')).toBe(true);
    expect(agrees(bySources, 'sources')).toBe(true);
    expect(bySources.map((n) => n.w)).not.toEqual(byDegree.map((n) => n.w));
    expect(page.url()).toContain('size=sources');
  });

  it('when a minimum of two sources is set, then only relations reported by two articles or more stay', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.fill('#min-sources', '2');
    await page.press('#min-sources', 'Enter');
    await viewChanged(page, 'min=2');
    const counts = await cyEval((cy) =>
      cy
        .edges(':visible')
        .filter((e) => e.data('type') !== 'ROLE')
        .map((e) => e.data('sources') as number),
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n >= 2)).toBe(true);
  });

  it('when a MEDIATED edge is clicked, then the panel shows each sentence with its phrase marked, its article and the count of sources', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=${PUTIN}`);
    const edge = await clickElement(page, 'edge[type = "MEDIATED"]');
    expect(await cyEval((cy) => cy.edges(':selected').map((e) => e.id()))).toEqual([edge]);
    await page.waitForSelector('#panel blockquote');
    expect(await page.textContent('#panel .relation')).toMatch(/mediated/);
    const phrase = await page.locator('#panel mark.phrase').first().textContent();
    expect(phrase).toMatch(MEDIATION_WORDS);
    expect(await page.textContent('#panel .count')).toMatch(/^\d+ sources?, \d+ sentences?/);
    const cite = page.locator('#panel cite').first();
    expect((await cite.textContent())!.length).toBeGreaterThan(10);
    // Each seed article has a title and a date; the link opens the article where it has one.
    expect(await cite.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await shot('evidence');
  });

  it('when "offered" is ticked under events that did not happen, then the offers appear hollow and say so, and only then', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const unrealised = () =>
      cyEval((cy) =>
        cy
          .nodes('[type = "EVENT"]:visible')
          .filter((n) => n.data('status') !== 'HAPPENED')
          .map((n) => ({
            id: n.id(),
            status: n.data('status') as string,
            label: n.data('label') as string,
            border: n.style('border-style'),
          })),
      );
    expect(await unrealised()).toEqual([]);
    const box = '#legend input[data-kind="status"][data-type="OFFERED"]';
    expect(await page.isChecked(box)).toBe(false);
    await page.check(box);
    await viewChanged(page, 'statuses=OFFERED');
    const offers = await unrealised();
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      expect(offer.status).toBe('OFFERED');
      expect(offer.label).toMatch(/\(offered\)$/);
      expect(offer.border).toBe('dashed');
    }
    await clickElement(
      page,
      offers.map((o) => o.id),
    );
    await page.waitForSelector('#panel .status');
    expect(await page.textContent('#panel .status')).toBe('offered');
    await shot('offered-events');
  });

  it('when an event is clicked, then the panel lists its participants by role and every report', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const mediated = await cyEval((cy) =>
      cy
        .nodes('[type = "EVENT"]')
        .filter((n) => n.connectedEdges('[role = "mediator"]').nonempty())
        .map((n) => n.id()),
    );
    await clickElement(page, mediated);
    await page.waitForSelector('#panel dl.roles');
    expect(await page.textContent('#panel dl.roles')).toMatch(/mediator/);
    expect(await page.locator('#panel blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel mark.phrase').count()).toBeGreaterThan(0);
    await shot('event');
  });

  it('when the time slider moves back, then later edges and actors not yet met disappear, and the date is in the URL', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=${PUTIN}`);
    const before = await readGraph(page);
    await page.$eval('#time', (el) => {
      const input = el as HTMLInputElement;
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await viewChanged(page, 'to=');
    const asOf = (await page.textContent('#time-label'))!.replace('as of ', '');
    const after = await readGraph(page);
    expect(after.visibleEdges.length).toBeLessThan(before.visibleEdges.length);
    expect(
      after.visibleEdges.every(
        (e) => !e.date || e.date.slice(0, asOf.length) <= asOf.slice(0, e.date.length),
      ),
    ).toBe(true);
    expect(after.visibleNodes.length).toBeLessThan(before.visibleNodes.length);
    expect(page.url()).toContain(`to=${asOf}`);
    await shot('time-slider');
  });

  it('when Play is pressed, then the view runs forward through the dates and ends showing them all', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const seen = new Set<string>();
    await page.click('#play');
    const started = Date.now();
    while (Date.now() - started < 20_000) {
      seen.add((await page.textContent('#time-label'))!);
      if ((await page.textContent('#play')) === 'Play') break;
      await page.waitForTimeout(150);
    }
    expect([...seen].filter((l) => l.startsWith('as of')).length).toBeGreaterThan(2);
    expect(await page.textContent('#time-label')).toMatch(/^all dates/);
  });

  it('when asking who mediated between Aliyev and Pashinyan, then Putin, Michel and Macron are listed and highlighted', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await addParties(page, ['Aliyev', 'Pashinyan']);
    expect(await page.locator('#parties .chip').count()).toBe(2);
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li b');
    const listed = await page.locator('#mediators li b').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Charles Michel', 'Emmanuel Macron']),
    );
    const g = await readGraph(page);
    expect(g.highlighted).toEqual(
      expect.arrayContaining([PUTIN, 'person:charles-michel', 'person:emmanuel-macron']),
    );
    expect(g.highlighted.some((id) => id.startsWith('MEDIATED:'))).toBe(true);
    // The talks at which they mediated light up too.
    expect(g.highlighted).toContain('event:talks-2022-08-brussels');
    await page.locator('#mediators button', { hasText: 'Vladimir Putin' }).click();
    await page.waitForSelector('#panel blockquote');
    expect(await page.textContent('#panel')).toMatch(/Putin/);
    await shot('who-mediated');
  });

  it('when asking at state level between Armenia and Azerbaijan, then Russia is listed', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await addParties(page, ['Armenia', 'Azerbaijan']);
    await page.check('#state-level');
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li b');
    expect(await page.locator('#mediators li b').allTextContents()).toContain('Russia');
  });

  it('when a path from Macron to Putin is asked, then it is drawn highlighted and its steps listed', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.fill('#path-from', 'Macron');
    await page.fill('#path-to', 'Putin');
    await page.click('#path-form button[type=submit]');
    await page.waitForSelector('#path-result ol.steps li');
    const g = await readGraph(page);
    expect(g.highlighted).toEqual(expect.arrayContaining(['person:emmanuel-macron', PUTIN]));
    const steps = await page.locator('#path-result ol.steps li').allTextContents();
    // Each step reads in its relation's own direction (e2e/answers), so the ends may be
    // either side of a step's verb.
    expect(steps[0]).toMatch(/Emmanuel Macron/);
    expect(steps.at(-1)).toMatch(/Vladimir Putin/);
    await page.locator('#path-result ol.steps button').first().click();
    await page.waitForSelector('#panel blockquote');
    await shot('path');
  });

  it('when each layout is chosen, then nodes move, and the timeline puts events in date order left to right', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const positions = () =>
      cyEval((cy) => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
    let last = await positions();
    for (const layout of ['concentric', 'breadthfirst', 'timeline', 'fcose']) {
      await page.selectOption('#layout', layout);
      await page.waitForFunction(
        (l) => window.location.search.includes(`layout=${l}`) || l === 'fcose',
        layout,
      );
      await settle(page);
      const now = await positions();
      const moved = Object.keys(now).filter(
        (id) => Math.hypot(now[id]!.x - last[id]!.x, now[id]!.y - last[id]!.y) > 1,
      );
      expect(moved.length, layout).toBeGreaterThan(Object.keys(now).length / 2);
      if (layout === 'timeline') {
        const events = await cyEval((cy) =>
          cy
            .nodes('[type = "EVENT"][?date]:visible')
            .map((n) => ({ date: n.data('date') as string, x: n.position('x') }))
            .sort((a, b) => a.date.localeCompare(b.date)),
        );
        expect(events.length).toBeGreaterThan(2);
        // "2020-11" spans "2020-11-02": only dates that do not overlap have an order.
        for (const a of events)
          for (const b of events)
            if (a.date < b.date && !b.date.startsWith(a.date)) expect(a.x).toBeLessThan(b.x);
        // The marks follow the viewport on the next animation frame: wait for it, not longer.
        await page.waitForSelector('#time-axis .tick', { state: 'visible', timeout: 5000 });
        expect(await page.isVisible('#time-axis .tick')).toBe(true);
        await shot('timeline');
      }
      last = now;
    }
  });

  it('when the view is exported, then the PNG is an image, the JSON holds the elements and the GraphML the graph with evidence', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    const save = (button: string, file: string) => saveDownload(page, button, artifacts, file);
    const png = await save('#export-png', 'export.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBeGreaterThan(200); // IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(200); // IHDR height
    // What the view shows, hidden elements (events that did not happen, say) left out.
    const counts = await cyEval((cy) => ({
      nodes: cy.nodes().not('.hidden').length,
      edges: cy.edges().not('.hidden').length,
    }));
    expect(counts.nodes).toBeLessThan(await cyEval((cy) => cy.nodes().length));
    const json = JSON.parse((await save('#export-json', 'export.cyjs')).toString());
    expect(json.elements.nodes).toHaveLength(counts.nodes);
    expect(json.elements.edges).toHaveLength(counts.edges);
    const graphml = (await save('#export-graphml', 'export.graphml')).toString();
    expect(graphml.match(/<node /g)).toHaveLength(counts.nodes);
    expect(graphml.match(/<edge /g)).toHaveLength(counts.edges);
    expect(graphml).toMatch(/<data key="e_evidence">[^<]{20,}<\/data>/);
    expect(graphml).toContain('<data key="e_role">mediator</data>');
  });

  it('when a URL carries the whole view, then the page obeys it, changes go into the URL, and back returns', async () => {
    await openExplorer(
      page,
      `${server.parley.url}/?focus=${ALIYEV}&types=MEDIATED,LEADS&entities=PERSON,STATE&layout=concentric&size=sources&min=1&from=2021`,
    );
    const g = await readGraph(page);
    expect(g.selected).toEqual([ALIYEV]);
    expect(new Set(g.visibleEdges.map((e) => e.type))).toEqual(new Set(['MEDIATED', 'LEADS']));
    expect(g.visibleEdges.every((e) => !e.date || e.date >= '2021')).toBe(true);
    expect(await page.inputValue('#layout')).toBe('concentric');
    expect(await page.inputValue('#size-by')).toBe('sources');
    expect(await page.inputValue('#time-from')).toBe('2021');
    expect(await page.isChecked('#legend input[data-type="EVENT"]')).toBe(false);
    await page.selectOption('#layout', 'breadthfirst');
    await page.waitForFunction(() => window.location.search.includes('layout=breadthfirst'));
    await page.goBack();
    await page.waitForFunction(() => window.location.search.includes('layout=concentric'));
    expect(await page.inputValue('#layout')).toBe('concentric');
    await page.goForward();
    await page.waitForFunction(() => window.location.search.includes('layout=breadthfirst'));
    expect(await page.inputValue('#layout')).toBe('breadthfirst');
  });

  it('when used from the keyboard alone, then / searches, arrows walk neighbours and relations with their evidence, and ? shows the keys', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=${PUTIN}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('ArrowRight');
    const first = (await readGraph(page)).selected;
    expect(first).toHaveLength(1);
    await page.keyboard.press('ArrowRight');
    const second = (await readGraph(page)).selected;
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#panel blockquote, #panel dl.roles');
    expect(await cyEval((cy) => cy.edges(':selected').length)).toBe(1);
    await page.keyboard.press('?');
    expect(await page.isVisible('#help')).toBe(true);
    expect(await page.textContent('#help')).toMatch(/Undo/);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#help')).toBe(false);
    await shot('keyboard');
  });

  it('when the whole suite has run, then the page never asked anything of another origin', () => {
    expect(foreign).toEqual([]);
  });
});
