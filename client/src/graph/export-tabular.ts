import write from 'graphology-gexf/common/writer.js';
import type { PropValue } from '../../../model/graph.ts';
import type { ExplorerGraph } from './types.ts';

/** Exports of the visible part of the graph. Pure string builders, so they run under Node tests. */

/** RFC 4180 quoting; cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas. */
export function csvCell(value: PropValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: (PropValue | undefined)[]): string => cells.map(csvCell).join(',');

export function nodesToCsv(graph: ExplorerGraph, nodes: readonly string[]): string {
  const lines = [csvLine(['id', 'label', 'name', 'degree', 'props'])];
  for (const n of nodes) {
    const a = graph.getNodeAttributes(n);
    lines.push(csvLine([n, a.kind, a.label, graph.degree(n), a.props]));
  }
  return lines.join('\r\n') + '\r\n';
}

export function edgesToCsv(graph: ExplorerGraph, edges: readonly string[]): string {
  const lines = [csvLine(['id', 'type', 'source', 'target', 'props'])];
  for (const e of edges) {
    const a = graph.getEdgeAttributes(e);
    lines.push(csvLine([e, a.relType, graph.source(e), graph.target(e), a.props]));
  }
  return lines.join('\r\n') + '\r\n';
}

/** GEXF of the given nodes and edges, with flat attributes (nested props become JSON strings). */
export function toGexf(graph: ExplorerGraph, nodes: readonly string[], edges: readonly string[]): string {
  const sub = graph.emptyCopy();
  const keep = new Set(nodes);
  sub.forEachNode((n) => {
    if (!keep.has(n)) sub.dropNode(n);
  });

  for (const e of edges) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (keep.has(s) && keep.has(t)) sub.addDirectedEdgeWithKey(e, s, t, { ...graph.getEdgeAttributes(e) });
  }
  return write(sub, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, props: JSON.stringify(a.props) },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (key, a) => ({
      label: a.relType,
      attributes: { type: a.relType, props: JSON.stringify(a.props) },
    }),
  });
}
