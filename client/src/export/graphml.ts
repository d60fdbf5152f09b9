/**
 * GraphML for Gephi and yEd users: every node with its label, type, number of relations and
 * sources, group and date (events); every edge with its relation (or event role), date,
 * number of sources, first evidence sentence and whether it has a direction; each attribute
 * declared as a typed key, as both tools expect.
 */

export interface GraphmlNode {
  id: string;
  label: string;
  type: string;
  degree?: number;
  sources?: number;
  date?: string | null;
  parent?: string | null;
}

export interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role?: string;
  date: string | null;
  sources: number;
  directed: boolean;
  evidence?: string | null;
}

const escape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const KEYS: [id: string, on: 'node' | 'edge', type: 'string' | 'int'][] = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['degree', 'node', 'int'],
  ['sources', 'node', 'int'],
  ['date', 'node', 'string'],
  ['group', 'node', 'string'],
  ['relation', 'edge', 'string'],
  ['role', 'edge', 'string'],
  ['date', 'edge', 'string'],
  ['sources', 'edge', 'int'],
  ['evidence', 'edge', 'string'],
];

function data(key: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === ''
    ? ''
    : `<data key="${key}">${escape(String(value))}</data>`;
}

export function toGraphML(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      ([id, on, type]) =>
        `  <key id="${on === 'node' ? 'n' : 'e'}_${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`,
    ),
    '  <graph id="parley" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(
      `    <node id="${escape(n.id)}">${data('n_label', n.label)}${data('n_type', n.type)}${data('n_degree', n.degree)}${data('n_sources', n.sources)}${data('n_date', n.date)}${data('n_group', n.parent)}</node>`,
    );
  }
  for (const e of edges) {
    lines.push(
      `    <edge id="${escape(e.id)}" source="${escape(e.source)}" target="${escape(e.target)}" directed="${e.directed}">` +
        `${data('e_relation', e.type)}${data('e_role', e.role)}${data('e_date', e.date)}${data('e_sources', e.sources)}${data('e_evidence', e.evidence)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
