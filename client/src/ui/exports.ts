/**
 * Exports of the view: a PNG of the whole drawing (capped at a size every browser can
 * encode), the Cytoscape JSON of what is drawn (shown elements, style, viewport: it loads back into
 * Cytoscape.js or Cytoscape desktop), and GraphML with the first evidence sentence of every
 * relation, asked for in batches when the file is made. Members folded into a collapsed
 * group are part of the view and go into the GraphML; markers and meta-edges are drawing
 * aids and do not.
 */
import type { ElementDefinition } from 'cytoscape';
import { api } from '../api.ts';
import { ROLE } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { META } from '../graph/groups.ts';
import { toGraphML } from '../export/graphml.ts';
import type { Explorer } from '../explorer.ts';
import { $ } from './dom.ts';

/** Chromium refuses canvases much past 16,384 px a side; stay well inside. */
const PNG_MAX = 6000;

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

export async function graphmlOf(explorer: Explorer): Promise<string> {
  const drawn = explorer.cy
    .elements(':visible')
    .not('.rejected')
    .jsons() as unknown as ElementDefinition[];
  const all = [...drawn, ...explorer.groups.keptElements()].filter(
    (e) => e.data.type !== MORE && e.data.type !== META,
  );
  const nodes = all.filter((e) => e.group === 'nodes').map((e) => e.data);
  const edges = all.filter((e) => e.group === 'edges').map((e) => e.data);
  const relations = edges.filter((e) => e.type !== ROLE).map((e) => e.id!);
  const evidence = new Map(
    (await api.evidence(relations)).map((r) => [r.relation, r.citations[0]?.sentence ?? null]),
  );
  return toGraphML(
    nodes.map((n) => ({
      id: n.id!,
      label: n.label,
      type: n.type,
      degree: n.degree,
      sources: n.sources,
      date: n.date,
      parent: n.parent ?? null,
    })),
    edges.map((e) => ({
      id: e.id!,
      source: e.source!,
      target: e.target!,
      type: e.type,
      role: e.role,
      date: e.date ?? null,
      sources: e.sources ?? 1,
      directed: Boolean(e.directed),
      evidence: evidence.get(e.id!) ?? null,
    })),
  );
}

export function exportButtons(explorer: Explorer, report: (message: string) => void): void {
  const cy = explorer.cy;
  $('export-png').addEventListener('click', () => {
    const blob = cy.png({
      output: 'blob',
      full: true,
      bg: '#ffffff',
      scale: 2,
      maxWidth: PNG_MAX,
      maxHeight: PNG_MAX,
    }) as unknown as Blob;
    download('parley.png', blob);
  });
  $('export-json').addEventListener('click', () => {
    // What the view shows, as the GraphML does: filtered-out elements stay out, members folded
    // into a group stay in.
    const shown = cy.elements().not('.hidden, .rejected, .rejected-end');
    const json = {
      ...(cy.json() as object),
      elements: { nodes: shown.nodes().jsons(), edges: shown.edges().jsons() },
    };
    download('parley.cyjs', new Blob([JSON.stringify(json)], { type: 'application/json' }));
  });
  $('export-graphml').addEventListener('click', async () => {
    report('Gathering evidence for the GraphML file…');
    try {
      const text = await graphmlOf(explorer);
      download('parley.graphml', new Blob([text], { type: 'application/graphml+xml' }));
      report('');
    } catch (error) {
      report(`GraphML export failed: ${(error as Error).message}`);
    }
  });
}
