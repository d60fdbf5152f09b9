/**
 * The layout worker: a headless Cytoscape that runs the registry's layouts (layouts.ts) on the
 * structure the page sends and answers with positions, so that a layout of thousands of
 * elements never holds the page.
 */
import cytoscape, { type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LAYOUTS, spreads } from '../graph/layouts.ts';
import { spreadNodes } from '../graph/spread.ts';
import type { LayoutRequest, LayoutResponse } from './protocol.ts';

cytoscape.use(fcose);

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const { id, name, ctx, box, nodes, edges } = message.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: [
        ...nodes.map(([nodeId, parent, w, h]) => ({
          group: 'nodes' as const,
          data: { id: nodeId, parent: parent ?? undefined, w, h },
        })),
        ...edges.map(([edgeId, source, target]) => ({
          group: 'edges' as const,
          data: { id: edgeId, source, target },
        })),
      ],
    });
    const options = {
      ...LAYOUTS[name].options(ctx),
      // The page fits the view once the positions land; here there is no viewport to fit.
      fit: false,
      boundingBox: { x1: 0, y1: 0, w: box.w, h: box.h },
    };
    cy.layout(options as never).run();
    if (spreads(name)) spreadNodes(cy.nodes().toArray() as never);
    const positions = cy
      .nodes()
      .filter((n) => !n.isParent())
      .map((n): [string, number, number] => {
        const p = (n as NodeSingular).position();
        return [n.id(), p.x, p.y];
      });
    cy.destroy();
    const reply: LayoutResponse = { id, positions, ms: performance.now() - started };
    self.postMessage(reply);
  } catch (error) {
    const reply: LayoutResponse = { id, error: String((error as Error)?.message ?? error) };
    self.postMessage(reply);
  }
};
