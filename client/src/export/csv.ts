/**
 * CSV for spreadsheets and pandas: one file of nodes, one of edges, from the export model.
 * Fields are quoted as RFC 4180 has it, and a cell that a spreadsheet would run as a formula
 * (one starting with =, +, - or @) is written with a leading apostrophe: evidence comes from
 * the news, and the news is not to run code on an analyst's machine.
 */
import type { ViewModel } from './view-model.ts';

const NODE_COLUMNS = ['id', 'label', 'type', 'degree', 'sources', 'date', 'status', 'group'];
const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'role', 'date', 'sources', 'directed'];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rows = (columns: string[], records: Record<string, unknown>[]) =>
  [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].join(
    '\r\n',
  ) + '\r\n';

export function toCsv(model: ViewModel): { nodes: string; edges: string } {
  return {
    nodes: rows(
      NODE_COLUMNS,
      model.nodes.map((n) => ({ ...n.data, group: n.data.parent ?? null })),
    ),
    edges: rows(
      EDGE_COLUMNS,
      model.edges.map((e) => e.data),
    ),
  };
}
