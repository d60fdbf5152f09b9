/**
 * What the end-to-end suites do to the explorer page, in an analyst's words: open a view and
 * wait for it to settle, read the graph the page holds (`window.cy`), click an element where
 * it is drawn, and notice any request that leaves the page's own origin; and the seeded
 * server and browser each suite opens.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { launchChromium } from '../helpers/chromium.ts';
import type { EngineKind } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

/** The seed articles every explorer suite starts from, and where screenshots go. */
export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/e2e/', import.meta.url));

export interface SeededExplorer {
  server: TestServer;
  browser: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  /** This engine's folder of screenshots and downloads. */
  artifacts: string;
  close(): Promise<void>;
}

/** A server seeded from `seeds` on `engine`, and Chromium with one page to drive it. */
export async function openSeededExplorer(
  engine: EngineKind,
  seeds: string,
  artifactsRoot: string,
): Promise<SeededExplorer> {
  const server = await startTestServer(path.resolve(seeds), engine);
  const artifacts = path.join(artifactsRoot, engine);
  mkdirSync(artifacts, { recursive: true });
  const browser = await launchChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    server,
    browser,
    page,
    artifacts,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

type Win = { cy: Core; parley: { idle(): Promise<void>; lastLayout: unknown } };

/** Opens a URL of the explorer and waits until its graph is drawn and laid out. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settle(page);
}

/** Waits for a graph to be on the page and every layout asked for to have landed. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as Partial<Win>;
    return w.cy !== undefined && w.cy.nodes().length > 0 && w.parley?.lastLayout != null;
  });
  await page.evaluate(() => (window as unknown as Win).parley.idle());
}

/**
 * Waits for the URL to hold `part`, then for the next frame: the explorer writes the URL at
 * once and applies filters on the following animation frame.
 */
export async function viewChanged(page: Page, part: string): Promise<void> {
  await page.waitForFunction((p) => window.location.search.includes(p), part);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

export interface PageGraph {
  nodes: string[];
  selected: string[];
  highlighted: string[];
  visibleNodes: string[];
  visibleEdges: { id: string; type: string; source: string; target: string; date: string | null }[];
}

export const readGraph = (page: Page): Promise<PageGraph> =>
  page.evaluate(() => {
    const cy = (window as unknown as Win).cy;
    return {
      nodes: cy.nodes().map((n) => n.id()),
      selected: cy.nodes(':selected').map((n) => n.id()),
      highlighted: cy.elements('.highlight').map((e) => e.id()),
      visibleNodes: cy.nodes(':visible').map((n) => n.id()),
      visibleEdges: cy.edges(':visible').map((e) => ({
        id: e.id(),
        type: e.data('type') as string,
        source: e.data('source') as string,
        target: e.data('target') as string,
        date: e.data('date') as string | null,
      })),
    };
  });

/**
 * The first element among `candidates` (a selector or ids) that the mouse can reach, and
 * where on the page to click it: a point Cytoscape itself resolves to that element, not to a
 * node or crossing edge on top of it. The view closes in on it first, so that parallel edges
 * and nearby nodes stand apart; a group is clicked inside its border, clear of its members.
 */
export async function locate(
  page: Page,
  candidates: string | string[],
  skip: string[] = [],
  avoid: { x: number; y: number }[] = [],
): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate(
    async ([sel, skipped, avoided]) => {
      const cy = (window as unknown as Win).cy;
      type Hit = {
        findNearestElement(
          x: number,
          y: number,
          interactive: boolean,
          touch: boolean,
        ): { id(): string } | null;
      };
      const renderer = (cy as unknown as { renderer(): Hit }).renderer();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // A view still gliding (a keyboard step centres its choice) would carry the point away.
      cy.stop(true, true);
      const list = Array.isArray(sel)
        ? sel.reduce((all, i) => all.union(cy.getElementById(i)), cy.collection())
        : cy.elements(sel);
      const tried = list.filter((e) => e.visible() && !(skipped as string[]).includes(e.id()));
      for (const ele of tried.slice(0, 25)) {
        cy.fit(ele, ele.isEdge() ? 180 : 250);
        if (cy.zoom() > 2.5)
          cy.zoom({ level: 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        // Edge geometry is worked out when an edge is drawn: let frames pass, so that what
        // may lie on top is known too.
        await frame();
        await frame();
        const node = ele as unknown as {
          isParent(): boolean;
          position(): { x: number; y: number };
        };
        let points: { x: number; y: number }[];
        if (ele.isEdge()) {
          // Along the drawn curve, from the middle outwards: where edges to an event sit almost
          // on top of one another, the middle alone can be a pixel from the other line.
          const pts = (ele as unknown as { _private: { rscratch: { allpts?: number[] } } })._private
            .rscratch.allpts;
          const at = (t: number) => {
            if (!pts || pts.length < 4) return ele.midpoint();
            const segs = pts.length === 4 ? 1 : (pts.length - 2) / 4;
            const k = Math.min(segs - 1, Math.floor(t * segs));
            const u = t * segs - k;
            if (pts.length === 4)
              return { x: pts[0]! + (pts[2]! - pts[0]!) * u, y: pts[1]! + (pts[3]! - pts[1]!) * u };
            const [x0, y0, cx, cy2, x1, y1] = pts.slice(k * 4, k * 4 + 6) as number[];
            const q = (a: number, c: number, b: number) =>
              (1 - u) * (1 - u) * a + 2 * (1 - u) * u * c + u * u * b;
            return { x: q(x0!, cx!, x1!), y: q(y0!, cy2!, y1!) };
          };
          points = [ele.midpoint(), ...[0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(at)];
        } else if (node.isParent()) {
          // Inside the border, clear of the members: try each side's middle.
          const b = (
            ele as unknown as {
              boundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
            }
          ).boundingBox({ includeLabels: false });
          const inset = 5 / cy.zoom();
          // Each side at its middle, then at its quarters and corners: an edge crossing the
          // border to a member can cover any one of them.
          const along = [0.5, 0.25, 0.75, 0.1, 0.9];
          const [x1, x2, y1, y2] = [b.x1 + inset, b.x2 - inset, b.y1 + inset, b.y2 - inset];
          points = along.flatMap((t) => [
            { x: x1 + (x2 - x1) * t, y: y1 },
            { x: x1 + (x2 - x1) * t, y: y2 },
            { x: x1, y: y1 + (y2 - y1) * t },
            { x: x2, y: y1 + (y2 - y1) * t },
          ]);
        } else points = [node.position()];
        const reaches = (x: number, y: number) => {
          // A click on an event's own tie opens the event too: that counts as reaching it.
          const hit = renderer.findNearestElement(x, y, true, false) as {
            id(): string;
            data(key: string): unknown;
          } | null;
          return hit?.id() === ele.id() || hit?.data('eventId') === ele.id();
        };
        // A point the element keeps a pixel and a half around: the mouse lands on whole
        // pixels, so a point that holds only exactly can still reach the neighbour.
        const d = 1.5 / cy.zoom();
        const firm = (p: { x: number; y: number }) =>
          [
            [0, 0],
            [d, 0],
            [-d, 0],
            [0, d],
            [0, -d],
          ].every(([dx, dy]) => reaches(p.x + dx!, p.y + dy!));
        const box = cy.container()!.getBoundingClientRect();
        const onPage = (p: { x: number; y: number }) => ({
          x: box.left + p.x * cy.zoom() + cy.pan().x,
          y: box.top + p.y * cy.zoom() + cy.pan().y,
        });
        // A point where a click has already missed is not tried again: the page knows better
        // than the hit test there, so another point along the element is.
        const fresh = (p: { x: number; y: number }) =>
          (avoided as { x: number; y: number }[]).every(
            (a) => Math.hypot(onPage(p).x - a.x, onPage(p).y - a.y) > 4,
          );
        const usable = points.filter(
          (p) => p.x != null && p.y != null && !Number.isNaN(p.x) && fresh(p),
        );
        const at = usable.find(firm) ?? usable.find((p) => reaches(p.x, p.y));
        if (!at) continue;
        return { id: ele.id(), ...onPage(at) };
      }
      return null;
    },
    [candidates, skip, avoid] as const,
  );
  if (!found)
    throw new Error(`No element of ${String(candidates)} can be clicked: all are covered`);
  return found;
}

/**
 * How many clicks a person would try: on a loaded machine the page can still be settling when
 * the first lands, and where edges share a node the next point along one may be the clear one.
 */
const CLICK_TRIES = 5;

/**
 * Clicks (or double-clicks) the first reachable element among `candidates`, where it is
 * drawn, and checks that Cytoscape's tap reached it. On a 10,000-element view a frame can
 * take long enough for a click to be read as the start of a pan, so a missed click is tried
 * again, from a fresh look at where the element is and at another point of it, as a person
 * would.
 */
export async function clickElement(
  page: Page,
  candidates: string | string[],
  clicks = 1,
): Promise<string> {
  const misses: string[] = [];
  const missed: string[] = [];
  const missedAt: { x: number; y: number }[] = [];
  for (let attempt = 0; attempt < CLICK_TRIES; attempt++) {
    // After a miss, another candidate where there is one; the same one again where not.
    const skip = Array.isArray(candidates) && candidates.length <= missed.length ? [] : missed;
    const { id, x, y } = await locate(page, candidates, skip, missedAt);
    await page.evaluate(() => {
      const w = window as unknown as Win & { lastTap?: string | null };
      w.lastTap = null;
      // Only this helper's own listener goes: the page's tap handlers must stay.
      const previous = w.cy.scratch('_testTap');
      if (previous) w.cy.removeListener('tap', previous);
      const listener = (e: { target: unknown }) => {
        w.lastTap = e.target === w.cy ? 'the background' : (e.target as { id(): string }).id();
      };
      w.cy.scratch('_testTap', listener);
      w.cy.one('tap', listener as never);
    });
    await page.mouse.click(x, y, { clickCount: clicks, delay: 20 });
    const reached = await page
      .waitForFunction(
        () => (window as unknown as { lastTap?: string | null }).lastTap ?? null,
        null,
        {
          timeout: 5000,
        },
      )
      .then((h) => h.jsonValue() as Promise<string>)
      .catch(() => 'nothing');
    // A tap on an event's own tie opens the event too.
    if (reached === id || reached.startsWith(`role:${id}|`)) return id;
    misses.push(`${id} at ${x.toFixed(0)},${y.toFixed(0)} reached ${reached}`);
    missed.push(id);
    missedAt.push({ x, y });
  }
  throw new Error(`${CLICK_TRIES} clicks missed: ${misses.join('; ')}`);
}

/** Collects requests to anywhere but `origin` (data: and blob: URLs are the page's own). */
export function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(?:data|blob):/.test(url)) foreign.push(url);
  });
  return foreign;
}

/** Waits for an element to be drawn or not: filters land on the next frame. */
export function waitVisible(page: Page, id: string, visible: boolean): Promise<unknown> {
  return page.waitForFunction(
    ([elementId, want]) =>
      (window as unknown as Win).cy.getElementById(elementId as string).visible() === want,
    [id, visible] as const,
  );
}

/** Clicks an export button and keeps the file it downloads in `folder`; returns its bytes. */
export async function saveDownload(
  page: Page,
  button: string,
  folder: string,
  file: string,
): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(button),
  ]);
  const target = path.join(folder, file);
  await download.saveAs(target);
  return readFileSync(target);
}

/** Adds parties to the who-mediated question, each picked from its suggestions by Enter. */
export async function addParties(page: Page, names: string[], waitForSuggestions = true) {
  for (const name of names) {
    await page.fill('#party-input', name);
    if (waitForSuggestions) await page.waitForSelector('#mediation-form .suggestions li');
    await page.press('#party-input', 'Enter');
  }
}

/**
 * Runs `fn` on the page's Cytoscape core and returns what it returns. `fn` crosses as source
 * text, so it may use only its argument.
 */
export function onCy<T>(page: Page, fn: (cy: Core) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.cy)`) as Promise<T>;
}

/**
 * Double-clicks an element until `done` holds in the page, at most three times: on a loaded
 * machine the two clicks can land far enough apart for Cytoscape to read two single taps, and
 * a person would simply double-click again.
 */
export async function doubleClickUntil(page: Page, id: string, done: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickElement(page, [id], 2);
    const ok = await page
      .waitForFunction(done, null, { timeout: 4000 })
      .then(() => true)
      .catch(() => false);
    if (ok) return;
  }
  throw new Error(`Three double-clicks on ${id} did not do what they should`);
}
