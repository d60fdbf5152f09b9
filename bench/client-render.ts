/**
 * `npm run bench:client [SIZES...]`: how the explorer copes with graph size, measured the way
 * an analyst meets it, in headless Debian Chromium with software rendering. For each size
 * (default 500, 2,000 and 10,000 elements of the synthetic diplomacy graph) a fresh server is
 * filled with that graph and the explorer opened on all of it (`/?top=5000`), so the figures
 * include the API, the level of detail and the layout worker. It prints:
 *   - first render: navigation to the first frame with the graph drawn;
 *   - layout: the default layout (fcose), where it ran, and the longest the page was held
 *     meanwhile (long tasks);
 *   - frames while the view is dragged and wheel-zoomed with the mouse: mean, p50, p95, fps.
 * At 10,000 it measures the view twice: as it opens (states folded, level of detail on) and
 * with every group open. Prints figures; asserts nothing.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { startTestServer } from '../tests/helpers/parley-server.ts';
import { syntheticExtractions } from './synthetic-graph.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [500, 2000, 10_000];
const GESTURE_MS = 4000;

type Win = {
  cy: import('cytoscape').Core;
  parley: {
    idle(): Promise<void>;
    lastLayout: { name: string; runner: string; ms: number } | null;
    layoutsDone: number;
    setGrouping(on: boolean): void;
    groups: { keptElements(): unknown[] };
  };
  longTasks: number[];
  frameGaps: number[] | null;
};

/** Frame gaps while the mouse drags and wheel-zooms the canvas for a few seconds. */
async function gesture(page: Page): Promise<{ mean: number; p50: number; p95: number }> {
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.frameGaps = [];
    let last = performance.now();
    const tick = (now: number) => {
      if (!w.frameGaps) return;
      w.frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('#cy').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  let i = 0;
  while (Date.now() - started < GESTURE_MS) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let s = 1; s <= 10; s++) {
      await page.mouse.move(cx + Math.sin((i + s) / 3) * 120, cy + Math.cos((i + s) / 4) * 80);
    }
    await page.mouse.up();
    await page.mouse.wheel(0, i % 2 ? 150 : -150);
    i += 1;
  }
  const gaps = await page.evaluate(() => {
    const w = window as unknown as Win;
    const list = w.frameGaps ?? [];
    w.frameGaps = null;
    return list;
  });
  // The first half second warms caches up; what follows is the steady state.
  let elapsed = 0;
  const steady = gaps.filter((g) => (elapsed += g) > 500).sort((a, b) => a - b);
  const mean = steady.reduce((s, g) => s + g, 0) / Math.max(1, steady.length);
  return {
    mean,
    p50: steady[Math.floor(steady.length / 2)] ?? 0,
    p95: steady[Math.floor(steady.length * 0.95)] ?? 0,
  };
}

const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
const WIDTHS = [9, 7, 7, 8, 13, 22, 12, 24, 4];
console.log(
  row(
    [
      'elements',
      'drawn',
      'folded',
      'first ms',
      'layout',
      'ran / page held (ms)',
      'view',
      'frame mean/p50/p95 ms',
      'fps',
    ],
    WIDTHS,
  ),
);

for (const size of SIZES) {
  const server = await startTestServer(null);
  const browser = await launchChromium();
  try {
    for (const extraction of syntheticExtractions(size)) {
      await server.parley.store.writeExtraction(extraction);
    }
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(() => {
      const w = window as unknown as Win;
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.parley.url}/?top=5000`);
    // First render: the graph is in the core and a frame has been drawn since.
    const firstFrame = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = () => {
            const w = window as unknown as Partial<Win>;
            if (w.cy && w.cy.nodes().length > 0) {
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
            } else setTimeout(check, 10);
          };
          check();
        }),
    );
    // Long tasks from here on belong to the layout.
    await page.evaluate(() => {
      (window as unknown as Win).longTasks = [];
    });
    await page.waitForFunction(() => (window as unknown as Win).parley.lastLayout !== null, null, {
      timeout: 600_000,
    });
    await page.evaluate(() => (window as unknown as Win).parley.idle());
    const layout = await page.evaluate(() => {
      const w = window as unknown as Win;
      return { ...w.parley.lastLayout!, held: Math.max(0, ...w.longTasks) };
    });
    const counts = () =>
      page.evaluate(() => {
        const w = window as unknown as Win;
        return {
          drawn: w.cy.elements().length,
          folded: w.parley.groups.keptElements().length,
        };
      });
    const views: { label: string; counts: { drawn: number; folded: number } }[] = [
      { label: 'as opened', counts: await counts() },
    ];
    const frames = [await gesture(page)];
    if (views[0]!.counts.folded > 0) {
      await page.evaluate(() => (window as unknown as Win).parley.setGrouping(false));
      await page.evaluate(() => (window as unknown as Win).parley.idle());
      views.push({ label: 'groups open', counts: await counts() });
      frames.push(await gesture(page));
    }
    views.forEach((view, i) => {
      const f = frames[i]!;
      console.log(
        row(
          [
            i === 0 ? size : '',
            view.counts.drawn,
            view.counts.folded,
            i === 0 ? firstFrame.toFixed(0) : '',
            i === 0 ? layout.name : '',
            i === 0 ? `${layout.runner} ${layout.ms.toFixed(0)} / ${layout.held.toFixed(0)}` : '',
            view.label,
            `${f.mean.toFixed(1)}/${f.p50.toFixed(1)}/${f.p95.toFixed(1)}`,
            (1000 / f.mean).toFixed(0),
          ],
          WIDTHS,
        ),
      );
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
