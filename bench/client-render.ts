/**
 * `node bench/client-render.ts [SIZES...]`: how the explorer's canvas copes with graph size,
 * in headless Debian Chromium with software rendering. For each size (default 500, 2000 and
 * 10000 elements of the synthetic diplomacy graph, 40% nodes) it loads the elements into the
 * page's Cytoscape with the explorer's own stylesheet and level-of-detail settings, then
 * prints time to first frame, layout time (fcose; draft quality past 2,000 elements) and
 * frame times while panning and zooming. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startParley } from '../server/app.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { syntheticExtractions } from './synthetic-graph.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [500, 2000, 10_000];

function elementsOf(size: number) {
  const nodes = new Map<string, { id: string; label: string; type: string; degree: number }>();
  const edges = new Map<string, Record<string, unknown>>();
  for (const x of syntheticExtractions(size)) {
    for (const e of x.entities)
      nodes.set(e.id, { id: e.id, label: e.name, type: e.type.toUpperCase(), degree: 0 });
    for (const r of x.relations) {
      const id = `${r.type}|${r.source}|${r.target}`;
      edges.set(id, {
        id,
        source: r.source,
        target: r.target,
        type: r.type,
        date: r.date?.value ?? null,
        directed: r.type === 'MEDIATED',
        sources: 1,
      });
    }
  }
  for (const e of edges.values()) {
    nodes.get(e.source as string)!.degree++;
    nodes.get(e.target as string)!.degree++;
  }
  return [
    ...[...nodes.values()].map((data) => ({ group: 'nodes', data })),
    ...[...edges.values()].map((data) => ({ group: 'edges', data })),
  ];
}

const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
const parley = await startParley({
  port: 0,
  dataDir: path.join(dir, 'data'),
  env: { PARLEY_SEEDS: path.join(dir, 'none'), HOST: '127.0.0.1' },
});
console.log('elements  nodes  edges  first frame ms  layout ms  frame mean/p50/p95 ms  fps');
try {
  for (const size of SIZES) {
    const elements = elementsOf(size);
    const browser = await launchChromium();
    const context = browser.context;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${parley.url}/`);
    // Let the page's own first load (the overview) finish before the graph is replaced.
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => 'cy' in window);
    const result = await page.evaluate(async (els) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      cy.elements().remove();
      const t0 = performance.now();
      cy.add(els as never);
      cy.layout({ name: 'grid' } as never).run();
      await frame();
      await frame();
      const firstFrame = performance.now() - t0;
      const t1 = performance.now();
      await new Promise<void>((resolve) => {
        const layout = cy.layout({
          name: 'fcose',
          quality: els.length > 2000 ? 'draft' : 'default',
          animate: false,
          randomize: true,
        } as never);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      await frame();
      const layoutMs = performance.now() - t1;
      const gaps: number[] = [];
      const start = performance.now();
      let last = start;
      while (performance.now() - start < 4000) {
        const now = await frame();
        const t = now - start;
        cy.viewport({
          zoom: 0.6 + 0.3 * Math.sin(t / 700),
          pan: { x: 300 + 200 * Math.cos(t / 900), y: 200 + 150 * Math.sin(t / 800) },
        });
        if (t > 1000) gaps.push(now - last);
        last = now;
      }
      gaps.sort((a, b) => a - b);
      const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        firstFrame,
        layoutMs,
        mean,
        p50: gaps[Math.floor(gaps.length / 2)]!,
        p95: gaps[Math.floor(gaps.length * 0.95)]!,
      };
    }, elements);
    console.log(
      `${String(size).padStart(8)}  ${String(result.nodes).padStart(5)}  ${String(result.edges).padStart(5)}  ${result.firstFrame.toFixed(0).padStart(14)}  ${result.layoutMs.toFixed(0).padStart(9)}  ${`${result.mean.toFixed(1)}/${result.p50.toFixed(1)}/${result.p95.toFixed(1)}`.padStart(21)}  ${(1000 / result.mean).toFixed(0).padStart(3)}`,
    );
    await browser.close();
  }
} finally {
  await parley.close();
  rmSync(dir, { recursive: true, force: true });
}
