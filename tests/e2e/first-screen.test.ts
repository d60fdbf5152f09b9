/**
 * What an analyst sees on a 1280x800 screen, in Chromium on the seeded graph, on each engine:
 * a timeline whose names read at the size it opens at, whose event labels never cover one
 * another (the full label on hover and selection) and which marks every year from the first;
 * both questions with their answers above the fold; a right panel that follows the newest
 * question instead of keeping what came before; and a focused entity's profile. The
 * timeline's screenshot is saved, and its path printed, to be looked at.
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
  onCy,
  openExplorer,
  openSeededExplorer,
  SEEDS,
  settle,
  type SeededExplorer,
} from './explorer-page.ts';

noteWithoutChromium();

/** The smallest name, in screen pixels, that reads without leaning in. */
const LEGIBLE_PX = 11;
const SCREEN = { width: 1280, height: 800 };
const PUTIN = 'person:vladimir-putin';

let server: TestServer;
let page: Page;
let opened: SeededExplorer | undefined;
const cyEval = <T>(fn: (cy: Core) => T) => onCy(page, fn);

type Rect = { x1: number; x2: number; y1: number; y2: number };
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Where each element's box is on the page, and whether anything scrolled to show it. */
const onScreen = (selectors: string[]) =>
  page.evaluate((list) => {
    const scrolled = [
      window.scrollY,
      ...[...document.querySelectorAll('.side')].map((s) => s.scrollTop),
    ];
    return {
      scrolled,
      boxes: list.map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { selector: s, top: r.top, bottom: r.bottom, height: r.height };
      }),
    };
  }, selectors);

const panelHeading = () => page.textContent('#panel h2');

const noChromium = haveChromium ? null : 'no Chromium';
forEachEngine('the first screen at 1280x800, on the seeded graph', noChromium, (engine) => {
  beforeAll(async () => {
    opened = await openSeededExplorer(engine, SEEDS, ARTIFACTS);
    ({ server, page } = opened);
    await page.setViewportSize(SCREEN);
  });
  afterAll(() => opened?.close());

  it('when the timeline opens, then every name reads at 11 px or more, no event label covers another, and the years have their ticks from the first', async () => {
    await openExplorer(page, `${server.parley.url}/?layout=timeline`);
    await page.waitForSelector('#time-axis .tick');
    const drawn = await cyEval((cy) => {
      const zoom = cy.zoom();
      const labelBox = (n: import('cytoscape').NodeSingular) =>
        n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
      return {
        names: cy
          .nodes(':visible')
          .filter((n) => !n.isParent())
          .map((n) => ({ id: n.id(), px: parseFloat(n.style('font-size')) * zoom })),
        events: cy.nodes('[type = "EVENT"]:visible').map((n) => ({
          id: n.id(),
          date: n.data('date') as string | null,
          x: n.renderedPosition().x,
          label: labelBox(n),
        })),
        dates: cy
          .elements(':visible')
          .map((e) => e.data('date') as string | null)
          .filter((d): d is string => !!d),
      };
    });
    expect(drawn.events.length).toBeGreaterThan(5);
    const small = drawn.names.filter((n) => n.px < LEGIBLE_PX);
    expect(small, 'names drawn smaller than 11 px').toEqual([]);

    const covered: string[] = [];
    drawn.events.forEach((a, i) =>
      drawn.events.slice(i + 1).forEach((b) => {
        if (overlap(a.label, b.label)) covered.push(`${a.id} / ${b.id}`);
      }),
    );
    expect(covered, 'event labels that cover each other').toEqual([]);

    const ticks = await page.$$eval('#time-axis .tick', (spans) =>
      spans.map((s) => ({
        year: Number(s.textContent),
        left: parseFloat((s as HTMLElement).style.left),
      })),
    );
    const years = drawn.dates.map((d) => Number(d.slice(0, 4)));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    // Every year when they fit; over decades, every few years at one step, always from the
    // first year, with no label touching the next.
    const step = ticks.length > 1 ? ticks[1]!.year - ticks[0]!.year : 1;
    expect(step).toBeGreaterThanOrEqual(1);
    expect(ticks.map((t) => t.year)).toEqual(
      Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => first + i * step),
    );
    ticks.slice(1).forEach((t, i) => expect(t.left - ticks[i]!.left).toBeGreaterThanOrEqual(44));
    // Each dated event stands between the tick at or before its year and the next one.
    for (const event of drawn.events.filter((e) => e.date)) {
      const year = Number(event.date!.slice(0, 4));
      const at = ticks.findLast((t) => t.year <= year)!;
      const next = ticks.find((t) => t.year > year);
      expect(event.x, event.id).toBeGreaterThanOrEqual(at.left - 1);
      if (next) expect(event.x, event.id).toBeLessThan(next.left);
    }

    const shot = path.join(opened!.artifacts, 'timeline-1280x800.png');
    await page.screenshot({ path: shot });
    console.log(`[e2e] the timeline at 1280x800 (${engine}): ${shot}`);
  });

  it('when an event on the timeline is hovered or selected, then its full label shows, and only then', async () => {
    await openExplorer(page, `${server.parley.url}/?layout=timeline`);
    const event = 'event:talks-2022-08-brussels';
    const label = () =>
      page.evaluate(
        (id) => (window as unknown as { cy: Core }).cy.getElementById(id).style('label') as string,
        event,
      );
    expect(await label()).toBe('talks');
    const at = await cyEval((cy) => {
      const n = cy.getElementById('event:talks-2022-08-brussels');
      const box = cy.container()!.getBoundingClientRect();
      return {
        x: box.left + n.renderedPosition().x,
        y: box.top + n.renderedPosition().y,
        corner: { x: box.left + 5, y: box.top + 5 },
      };
    });
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.waitForFunction(
      (id) => (window as unknown as { cy: Core }).cy.getElementById(id).hasClass('hover'),
      event,
    );
    expect(await label()).toBe('talks 2022-08');
    // Off the event, onto the canvas's empty top corner under the axis.
    await page.mouse.move(at.corner.x, at.corner.y, { steps: 4 });
    await page.waitForFunction(
      (id) => !(window as unknown as { cy: Core }).cy.getElementById(id).hasClass('hover'),
      event,
    );
    expect(await label()).toBe('talks');
    await clickElement(page, [event]);
    expect(await label()).toBe('talks 2022-08');
  });

  it('when both questions are asked, then their forms and answers are on the first screen, with nothing scrolled', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await addParties(page, ['Aliyev', 'Pashinyan']);
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li button.mediator');
    await page.fill('#path-from', 'Macron');
    await page.fill('#path-to', 'Putin');
    await page.click('#path-form button[type=submit]');
    await page.waitForSelector('#path-result ol.steps li');
    const { scrolled, boxes } = await onScreen([
      '#mediation-form',
      '#mediators',
      '#path-form',
      '#path-result',
    ]);
    expect(scrolled.every((y) => y === 0)).toBe(true);
    for (const box of boxes) {
      expect(box.height, box.selector).toBeGreaterThan(0);
      expect(box.top, box.selector).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.selector).toBeLessThanOrEqual(SCREEN.height);
    }
    await page.screenshot({ path: path.join(opened!.artifacts, 'questions-1280x800.png') });
  });

  it('when a new question is asked, then the right panel no longer shows what it showed before', async () => {
    await openExplorer(page, `${server.parley.url}/?focus=${PUTIN}`);
    await clickElement(page, `edge[type = "MEDIATED"][source = "${PUTIN}"]`);
    await page.waitForSelector('#panel blockquote');
    const before = await page.textContent('#panel blockquote');

    await addParties(page, ['Aliyev', 'Pashinyan']);
    await page.click('#mediation-form button[type=submit]');
    await page.waitForSelector('#mediators li button.mediator');
    await page.waitForFunction(() =>
      document.querySelector('#panel h2')?.textContent?.startsWith('Who mediated between'),
    );
    expect(await panelHeading()).toBe('Who mediated between Ilham Aliyev, Nikol Pashinyan');
    expect(await page.locator('#panel blockquote').count()).toBe(0);
    expect(await page.textContent('#panel')).not.toContain(before!);

    // A mediator's sentences, then the next question: the panel moves on again.
    await page.locator('#mediators button.mediator').first().click();
    await page.waitForSelector('#panel blockquote');
    await page.fill('#path-from', 'Macron');
    await page.fill('#path-to', 'Putin');
    await page.click('#path-form button[type=submit]');
    await page.waitForSelector('#path-result ol.steps li');
    await page.waitForFunction(
      () =>
        document.querySelector('#panel h2')?.textContent ===
        'Path from Emmanuel Macron to Vladimir Putin',
    );
    expect(await page.locator('#panel blockquote').count()).toBe(0);
    expect(await page.textContent('#panel')).toMatch(/\d+ steps?, listed on the left/);
  });

  it('when an entity is focused, from the search or from the panel, then its profile opens in the right panel', async () => {
    await openExplorer(page, `${server.parley.url}/`);
    await page.fill('#search', 'Pashinyan');
    await page.waitForSelector('.search .suggestions li');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('focus'));
    await settle(page);
    await page.waitForFunction(
      () => document.querySelector('#panel h2')?.textContent === 'Nikol Pashinyan',
    );
    expect(await page.textContent('#panel .relation')).toMatch(/^Person/);
    expect(await page.locator('#panel h3', { hasText: 'Relations' }).count()).toBe(1);

    // Another entity's profile, then its Focus button: the view moves, and the profile is
    // drawn anew for the focus (the heading it had is marked, to tell it from a new one).
    await clickElement(page, [PUTIN]);
    await page.waitForFunction(
      () => document.querySelector('#panel h2')?.textContent === 'Vladimir Putin',
    );
    await page.$eval('#panel h2', (h) => ((h as HTMLElement).dataset.before = 'yes'));
    await page.click('#panel button[data-action="focus"]');
    await page.waitForFunction((id) => window.location.search.includes(`focus=${id}`), PUTIN);
    await settle(page);
    await page.waitForFunction(() => {
      const h = document.querySelector<HTMLElement>('#panel h2');
      return h?.textContent === 'Vladimir Putin' && h.dataset.before === undefined;
    });
    expect(await page.textContent('#panel .relation')).toMatch(/^Person/);

    // Back to the earlier focus: its profile comes back with it.
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelector('#panel h2')?.textContent === 'Nikol Pashinyan',
    );
    expect(new URL(page.url()).searchParams.get('focus')).toBe('person:nikol-pashinyan');
  });
});
