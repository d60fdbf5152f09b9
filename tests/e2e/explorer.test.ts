/**
 * The explorer in a real browser (Debian's Chromium through playwright-core) on a server
 * seeded from seeds/: what an analyst does first, checked on the page and on the graph the
 * page holds (`window.cy`). Screenshots go to test-artifacts/e2e/ for a person to look at.
 * Without /usr/bin/chromium the suite is skipped with the reason printed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, launchChromium } from '../helpers/chromium.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/e2e/', import.meta.url));
if (!haveChromium)
  console.warn(`[e2e] skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let server: TestServer;
let context: BrowserContext;
let page: Page;
let browser: Awaited<ReturnType<typeof launchChromium>>;

/** Reads the graph the page holds. */
const graph = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return {
      nodes: cy.nodes().map((n) => n.id()),
      selected: cy.nodes(':selected').map((n) => n.id()),
      visibleEdges: cy
        .edges()
        .filter((e) => !e.hasClass('hidden'))
        .map((e) => ({
          type: e.data('type') as string,
          source: e.data('source') as string,
          date: e.data('date') as string | null,
        })),
    };
  });

async function open(url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: import('cytoscape').Core }).cy;
    return cy !== undefined && cy.nodes().length > 0;
  });
}

describe.skipIf(!haveChromium)('the explorer in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer(path.resolve(SEEDS));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('when the page opens, then the seeded graph is drawn without requests elsewhere', async () => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (
        !r.url().startsWith(server.parley.url) &&
        !r.url().startsWith('data:') &&
        !r.url().startsWith('blob:')
      )
        foreign.push(r.url());
    });
    await open(`${server.parley.url}/`);
    const g = await graph(page);
    expect(g.nodes).toContain('person:vladimir-putin');
    expect(g.visibleEdges.some((e) => e.type === 'MEDIATED')).toBe(true);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png') });
  });

  it('when GraphiQL opens, then the bundled editor loads from this origin alone', async () => {
    const foreign: string[] = [];
    const listener = (r: { url(): string }) => {
      if (!/^(?:data|blob):/.test(r.url()) && !r.url().startsWith(server.parley.url))
        foreign.push(r.url());
    };
    page.on('request', listener);
    await page.goto(`${server.parley.url}/graphiql`);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    page.off('request', listener);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
  });

  it('when searching "Putin" and pressing Enter, then he is focused with his MEDIATED edges', async () => {
    await open(`${server.parley.url}/`);
    await page.fill('#search', 'Putin');
    await page.waitForSelector('#suggestions li');
    expect(await page.textContent('#suggestions')).toContain('Vladimir Putin');
    await page.press('#search', 'Enter');
    await page.waitForFunction(
      () => (window as unknown as { cy: import('cytoscape').Core }).cy.$(':selected').length > 0,
    );
    const g = await graph(page);
    expect(g.selected).toEqual(['person:vladimir-putin']);
    expect(
      g.visibleEdges.filter((e) => e.type === 'MEDIATED' && e.source === 'person:vladimir-putin')
        .length,
    ).toBeGreaterThan(0);
    expect(page.url()).toContain('focus=person:vladimir-putin');
    await page.screenshot({ path: path.join(ARTIFACTS, 'focus-putin.png') });
  });

  it('when a MEDIATED edge is clicked, then the panel shows its sentence and article', async () => {
    await open(`${server.parley.url}/?focus=person:vladimir-putin`);
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const edge = cy.edges('[type = "MEDIATED"]').first();
      const box = cy.container()!.getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#panel blockquote');
    const text = await page.textContent('#panel');
    expect(text).toMatch(/mediated/);
    expect(await page.locator('#panel mark').count()).toBeGreaterThan(0);
    expect(text).toMatch(/source/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'evidence.png') });
  });

  it('when the time slider moves back, then later edges disappear', async () => {
    await open(`${server.parley.url}/?focus=person:vladimir-putin`);
    const before = (await graph(page)).visibleEdges;
    await page.$eval('#time', (el) => {
      const input = el as HTMLInputElement;
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const label = await page.textContent('#time-label');
    const asOf = label!.replace('as of ', '');
    const after = (await graph(page)).visibleEdges;
    expect(after.length).toBeLessThan(before.length);
    expect(
      after.every((e) => !e.date || e.date.slice(0, asOf.length) <= asOf.slice(0, e.date.length)),
    ).toBe(true);
    expect(page.url()).toContain(`to=${asOf}`);
  });

  it('when a URL carries focus and types, then the view obeys it, and back returns', async () => {
    await open(`${server.parley.url}/?focus=person:vladimir-putin&types=MEDIATED`);
    const g = await graph(page);
    expect(g.selected).toEqual(['person:vladimir-putin']);
    expect(new Set(g.visibleEdges.map((e) => e.type))).toEqual(new Set(['MEDIATED']));
    await page.selectOption('#layout', 'concentric');
    expect(page.url()).toContain('layout=concentric');
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('layout='));
    expect(await page.inputValue('#layout')).toBe('fcose');
  });

  it('when PNG export is clicked, then a non-empty PNG is downloaded', async () => {
    await open(`${server.parley.url}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-png'),
    ]);
    const file = path.join(ARTIFACTS, 'export.png');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('when asking who mediated between Aliyev and Pashinyan, then Putin, Michel and Macron are listed', async () => {
    await open(`${server.parley.url}/`);
    await page.fill('#party-a', 'Aliyev');
    await page.fill('#party-b', 'Pashinyan');
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li b');
    const listed = await page.locator('#mediators li b').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Charles Michel', 'Emmanuel Macron']),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'who-mediated.png') });
  });

  it('when a path from Macron to Putin is asked, then it is drawn highlighted', async () => {
    await open(`${server.parley.url}/`);
    await page.fill('#path-from', 'Macron');
    await page.fill('#path-to', 'Putin');
    await page.click('#path-form button[type=submit]');
    await page.waitForFunction(() =>
      /step/.test(document.getElementById('path-result')!.textContent ?? ''),
    );
    const highlighted = await page.evaluate(() =>
      (window as unknown as { cy: import('cytoscape').Core }).cy
        .nodes('.highlight')
        .map((n) => n.id()),
    );
    expect(highlighted).toEqual(
      expect.arrayContaining(['person:emmanuel-macron', 'person:vladimir-putin']),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'path.png') });
  });
});
