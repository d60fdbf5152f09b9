/**
 * Exports of the view, all from one model (export/view-model.ts) of what the view shows:
 * Cytoscape JSON (loads back into Cytoscape.js or Cytoscape desktop), GraphML with the first
 * evidence sentence of every relation (asked for in batches when the file is made), CSV of
 * nodes and of edges; and the drawing as PNG (capped at a size every browser can encode) or
 * SVG, each with the legend of the model when "with legend" is ticked.
 */
import type { NodeSingular } from 'cytoscape';
import { api } from '../api.ts';
import { ROLE } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { toCsv } from '../export/csv.ts';
import { toGraphML } from '../export/graphml.ts';
import { toSvg } from '../export/svg.ts';
import {
  legendEntries,
  viewModel,
  type LegendEntry,
  type ModelElement,
  type ViewModel,
} from '../export/view-model.ts';
import type { Explorer } from '../explorer.ts';
import { $ } from './dom.ts';

/** Chromium refuses canvases much past 16,384 px a side; stay well inside. */
const PNG_MAX = 6000;
const PNG_SCALE = 2;

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/**
 * What the view shows: drawn elements and those folded into collapsed groups, filtered;
 * rejected facts, drawn greyed when asked, are never exported.
 */
export function modelOf(explorer: Explorer): ViewModel {
  return viewModel(
    explorer.cy.elements().not('.rejected, .rejected-end').jsons() as unknown as ModelElement[],
    explorer.groups.keptElements() as unknown as ModelElement[],
    explorer.filters,
    new Set(explorer.cy.nodes('.user-hidden').map((n) => n.id())),
  );
}

export async function graphmlOf(explorer: Explorer): Promise<string> {
  const { nodes, edges } = modelOf(explorer);
  const relations = edges.filter((e) => e.data.type !== ROLE).map((e) => e.data.id);
  const evidence = new Map(
    (await api.evidence(relations)).map((r) => [r.relation, r.citations[0]?.sentence ?? null]),
  );
  const num = (v: unknown) => (v === undefined || v === null ? undefined : Number(v));
  return toGraphML(
    nodes.map(({ data }) => ({
      id: data.id,
      label: String(data.label ?? ''),
      type: data.type,
      degree: num(data.degree),
      sources: num(data.sources),
      date: (data.date as string | null | undefined) ?? null,
      parent: (data.parent as string | undefined) ?? null,
    })),
    edges.map(({ data }) => ({
      id: data.id,
      source: String(data.source),
      target: String(data.target),
      type: data.type,
      role: data.role as string | undefined,
      date: (data.date as string | null) ?? null,
      sources: Number(data.sources ?? 1),
      directed: Boolean(data.directed),
      evidence: evidence.get(data.id) ?? null,
    })),
  );
}

/** The drawing's PNG, the legend painted beside it when asked. */
async function pngOf(explorer: Explorer, entries: LegendEntry[] | null): Promise<Blob> {
  const options = {
    full: true,
    bg: '#ffffff',
    scale: PNG_SCALE,
    maxWidth: PNG_MAX,
    maxHeight: PNG_MAX,
  };
  if (!entries?.length) return explorer.cy.png({ ...options, output: 'blob' }) as unknown as Blob;
  const image = new Image();
  image.src = explorer.cy.png({ ...options, output: 'base64uri' });
  await image.decode();
  const row = 18 * PNG_SCALE;
  const box = { width: 200 * PNG_SCALE, height: (34 + entries.length * 18) * PNG_SCALE };
  const canvas = document.createElement('canvas');
  canvas.width = image.width + box.width + 20 * PNG_SCALE;
  canvas.height = Math.max(image.height, box.height + 20 * PNG_SCALE);
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0);
  const x = image.width + 10 * PNG_SCALE;
  const y = 10 * PNG_SCALE;
  g.strokeStyle = '#ccc';
  g.strokeRect(x, y, box.width, box.height);
  g.font = `bold ${12 * PNG_SCALE}px sans-serif`;
  g.fillStyle = '#222';
  g.fillText('Legend', x + 8 * PNG_SCALE, y + 18 * PNG_SCALE);
  g.font = `${12 * PNG_SCALE}px sans-serif`;
  entries.forEach((e, i) => {
    const top = y + 24 * PNG_SCALE + (i + 1) * row;
    g.fillStyle = e.color;
    g.strokeStyle = e.color;
    if (e.kind === 'node') {
      g.beginPath();
      g.arc(x + 14 * PNG_SCALE, top - 4 * PNG_SCALE, 5 * PNG_SCALE, 0, 2 * Math.PI);
      g.fill();
    } else {
      g.lineWidth = 3 * PNG_SCALE;
      g.beginPath();
      g.moveTo(x + 6 * PNG_SCALE, top - 4 * PNG_SCALE);
      g.lineTo(x + 22 * PNG_SCALE, top - 4 * PNG_SCALE);
      g.stroke();
    }
    g.fillStyle = '#222';
    g.fillText(`${e.label} (${e.count})`, x + 30 * PNG_SCALE, top);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed')))),
  );
}

/** The drawing as SVG: drawn nodes (open groups are drawn as their members) and edges. */
export function svgOf(explorer: Explorer, entries: LegendEntry[] | null): string {
  const cy = explorer.cy;
  const drawn = cy
    .nodes(':visible')
    .filter((n) => !n.isParent() && n.data('type') !== MORE) as unknown as NodeSingular[];
  const nodes = drawn.map((n) => ({
    id: n.id(),
    label: String(n.data('label') ?? ''),
    type: String(n.data('type')),
    ...n.position(),
    size: n.width(),
  }));
  const edges = cy.edges(':visible').map((e) => ({
    source: e.source().id(),
    target: e.target().id(),
    type: String(e.data('type')),
    role: e.data('role') as string | undefined,
    directed: Boolean(e.data('directed')),
  }));
  return toSvg(nodes, edges, entries);
}

export function exportButtons(explorer: Explorer, report: (message: string) => void): void {
  const cy = explorer.cy;
  const withLegend = () =>
    $<HTMLInputElement>('export-legend').checked ? legendEntries(modelOf(explorer)) : null;
  $('export-png').addEventListener('click', async () => {
    try {
      download('parley.png', await pngOf(explorer, withLegend()));
    } catch (error) {
      report(`PNG export failed: ${(error as Error).message}`);
    }
  });
  $('export-svg').addEventListener('click', () => {
    download('parley.svg', new Blob([svgOf(explorer, withLegend())], { type: 'image/svg+xml' }));
  });
  $('export-json').addEventListener('click', () => {
    const { nodes, edges } = modelOf(explorer);
    const json = { ...(cy.json() as object), elements: { nodes, edges } };
    download('parley.cyjs', new Blob([JSON.stringify(json)], { type: 'application/json' }));
  });
  $('export-csv').addEventListener('click', () => {
    const csv = toCsv(modelOf(explorer));
    download('parley-nodes.csv', new Blob([csv.nodes], { type: 'text/csv' }));
    download('parley-edges.csv', new Blob([csv.edges], { type: 'text/csv' }));
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
