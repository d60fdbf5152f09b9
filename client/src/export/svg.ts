/**
 * SVG of the drawing: each drawn node in its shape and colour at its place, each edge in its
 * relation's colour and line, with an arrow where the relation has a direction, labels under
 * the nodes, and optionally the legend in a corner. Written from the export model and the
 * positions on the canvas, so it scales without blur and opens in any editor.
 */
import { EDGE_STYLES, NODE_STYLES, ROLE_STYLES } from '../graph/style.ts';
import type { LegendEntry } from './view-model.ts';

export interface SvgNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  size: number;
}

export interface SvgEdge {
  source: string;
  target: string;
  type: string;
  role?: string;
  directed: boolean;
}

const DASH = { solid: '', dashed: '6 4', dotted: '2 3' } as const;

const escape = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function shape(n: SvgNode): string {
  const s = NODE_STYLES[n.type] ?? { color: '#888', shape: 'ellipse' };
  const r = n.size / 2;
  const at = (points: [number, number][]) =>
    points.map(([dx, dy]) => `${(n.x + dx * r).toFixed(1)},${(n.y + dy * r).toFixed(1)}`).join(' ');
  switch (s.shape) {
    case 'round-rectangle':
      return `<rect x="${n.x - r}" y="${n.y - r * 0.8}" width="${2 * r}" height="${1.6 * r}" rx="${r / 3}" fill="${s.color}"/>`;
    case 'hexagon':
      return `<polygon points="${at([
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
        [-1, 0],
      ])}" fill="${s.color}"/>`;
    case 'triangle':
      return `<polygon points="${at([
        [0, -1],
        [1, 1],
        [-1, 1],
      ])}" fill="${s.color}"/>`;
    case 'round-diamond':
      return `<polygon points="${at([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ])}" fill="${s.color}"/>`;
    default:
      return `<circle cx="${n.x}" cy="${n.y}" r="${r}" fill="${s.color}"/>`;
  }
}

function legend(entries: LegendEntry[], x: number, y: number): string {
  const rows = entries.map((e, i) => {
    const top = y + 24 + i * 18;
    const swatch =
      e.kind === 'node'
        ? `<circle cx="${x + 14}" cy="${top - 4}" r="5" fill="${e.color}"/>`
        : `<line x1="${x + 6}" y1="${top - 4}" x2="${x + 22}" y2="${top - 4}" stroke="${e.color}" stroke-width="3"/>`;
    return `${swatch}<text x="${x + 30}" y="${top}">${escape(`${e.label} (${e.count})`)}</text>`;
  });
  const height = 30 + entries.length * 18;
  return (
    `<g class="legend" font-size="12" font-family="sans-serif">` +
    `<rect x="${x}" y="${y}" width="190" height="${height}" fill="#fff" stroke="#ccc"/>` +
    `<text x="${x + 8}" y="${y + 16}" font-weight="bold">Legend</text>${rows.join('')}</g>`
  );
}

export function toSvg(nodes: SvgNode[], edges: SvgEdge[], entries: LegendEntry[] | null): string {
  const pad = 40;
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 16]);
  const [x0, x1] = [Math.min(0, ...xs) - pad, Math.max(0, ...xs) + pad];
  const [y0, y1] = [Math.min(0, ...ys) - pad, Math.max(0, ...ys) + pad];
  const legendHeight = entries?.length ? 30 + entries.length * 18 : 0;
  const width = x1 - x0 + (legendHeight ? 210 : 0);
  const height = Math.max(y1 - y0, legendHeight + 20);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const lines = edges.flatMap((e) => {
    const [a, b] = [at.get(e.source), at.get(e.target)];
    if (!a || !b) return [];
    const style = EDGE_STYLES[e.type];
    const color = style?.color ?? ROLE_STYLES[e.role ?? '']?.color ?? '#b0bec5';
    const dash = style ? DASH[style.line] : '';
    const arrow = e.directed ? ` marker-end="url(#arrow-${e.type.replace(/\W/g, '')})"` : '';
    return [
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${color}" stroke-width="${style ? 2 : 1}"${dash ? ` stroke-dasharray="${dash}"` : ''}${arrow}/>`,
    ];
  });
  const markers = [...new Set(edges.filter((e) => e.directed).map((e) => e.type))].map((type) => {
    const color = EDGE_STYLES[type]?.color ?? '#b0bec5';
    return `<marker id="arrow-${type.replace(/\W/g, '')}" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="${color}"/></marker>`;
  });
  const labels = nodes.map(
    (n) =>
      `<text x="${n.x}" y="${n.y + n.size / 2 + 12}" text-anchor="middle">${escape(n.label)}</text>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height.toFixed(0)}" viewBox="${x0.toFixed(1)} ${y0.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}">`,
    `<rect x="${x0}" y="${y0}" width="${width}" height="${height}" fill="#fff"/>`,
    `<defs>${markers.join('')}</defs>`,
    `<g class="edges">${lines.join('')}</g>`,
    `<g class="nodes">${nodes.map(shape).join('')}</g>`,
    `<g class="labels" font-size="10" font-family="sans-serif" fill="#222">${labels.join('')}</g>`,
    entries?.length ? legend(entries, x1 + 10, y0 + 10) : '',
    `</svg>`,
    '',
  ].join('\n');
}
