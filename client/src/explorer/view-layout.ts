/**
 * One layout of what the view shows, with the view's layout: the timeline computed here on
 * the page, every other layout handed to the layout runner (which may send it to the worker,
 * and may supersede it with a newer one). What the layout did is kept on the Explorer for the
 * status line, the time axis and the benchmark. Part of the Explorer (explorer.ts), whose
 * `relayout` runs it.
 */
import type { Explorer, ExplorerInternals } from '../explorer.ts';

export async function layOut(explorer: Explorer, internals: ExplorerInternals): Promise<void> {
  const cy = explorer.cy;
  const name = explorer.view.layout;
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  // The timeline's names are larger and its event labels shorter: style before measuring.
  explorer.restyle();
  if (name === 'timeline') {
    const started = performance.now();
    explorer.timeScale = await explorer.layouts.timeline(visible);
    explorer.lastLayout = {
      name,
      runner: 'main',
      ms: performance.now() - started,
      superseded: false,
    };
  } else {
    explorer.timeScale = null;
    explorer.setStatus(`Laying out ${visible.length} elements…`);
    const pinned = visible.nodes('.pinned');
    const outcome = await explorer.layouts.run(name, visible, {
      elements: visible.length,
      roots: cy.nodes(':selected').map((n) => n.id()),
      fixed: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    });
    if (outcome.superseded) return;
    explorer.lastLayout = outcome;
    explorer.setStatus('');
  }
  explorer.layoutsDone += 1;
  internals.emit('layout');
}
