/**
 * GraphML for Gephi and yEd users: nodes with label and type, edges with relation type, date,
 * number of sources and the first evidence sentence, each declared as a typed key.
 */

interface GraphmlNode {
  id: string;
  label: string;
  type: string;
}
interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  date: string | null;
  sources: number;
  evidence: string[];
  directed: boolean;
}

const escape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function toGraphML(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="date" for="edge" attr.name="date" attr.type="string"/>',
    '  <key id="sources" for="edge" attr.name="sources" attr.type="int"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <graph id="parley" edgedefault="undirected">',
  ];
  for (const n of nodes) {
    lines.push(
      `    <node id="${escape(n.id)}"><data key="label">${escape(n.label)}</data><data key="type">${escape(n.type)}</data></node>`,
    );
  }
  for (const e of edges) {
    const data = [
      `<data key="relation">${escape(e.type)}</data>`,
      e.date ? `<data key="date">${escape(e.date)}</data>` : '',
      `<data key="sources">${e.sources}</data>`,
      e.evidence[0] ? `<data key="evidence">${escape(e.evidence[0])}</data>` : '',
    ].join('');
    lines.push(
      `    <edge id="${escape(e.id)}" source="${escape(e.source)}" target="${escape(e.target)}" directed="${e.directed}">${data}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
