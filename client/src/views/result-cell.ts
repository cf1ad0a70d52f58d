import { z } from 'zod';
import { GraphNodeSchema, type GraphPayload, type PropValue } from '../../../model/graph.ts';

/**
 * What a query result cell holds, recognised from the shapes the server gives graph values
 * (`server/neo4j/to-dto.ts`): `{node}`, `{relationship: {id, type}}`, `{path: [start, TYPE, end][]}`.
 * Pure, so the table's wording is tested without a DOM.
 */
export interface NodeRef {
  id: string;
  /** The node's label (Person, Event…); empty when the result graph does not hold the node. */
  kind: string;
  name: string;
}

export type CellView =
  | { kind: 'node'; node: NodeRef }
  | { kind: 'relationship'; type: string; source: NodeRef | null; target: NodeRef | null }
  | { kind: 'path'; nodes: NodeRef[]; types: string[] }
  | { kind: 'list'; items: CellView[] }
  | { kind: 'text'; text: string };

const NodeCellSchema = z.strictObject({ node: GraphNodeSchema });
const RelationshipCellSchema = z.strictObject({
  relationship: z.strictObject({ id: z.string(), type: z.string() }),
});
const PathCellSchema = z.strictObject({
  path: z.array(z.tuple([z.string(), z.string(), z.string()])).min(1),
});

/** Looks up nodes and relationships of the result's graph by id. */
export interface ResultIndex {
  node(id: string): NodeRef;
  edgeEnds(id: string): { source: NodeRef; target: NodeRef } | null;
}

export function indexResultGraph(graph: GraphPayload): ResultIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, { id: n.id, kind: n.label, name: n.name }]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const node = (id: string): NodeRef => nodes.get(id) ?? { id, kind: '', name: id };
  return {
    node,
    edgeEnds(id) {
      const e = edges.get(id);
      return e ? { source: node(e.source), target: node(e.target) } : null;
    },
  };
}

const isGraphValue = (v: CellView): boolean =>
  v.kind !== 'text' && (v.kind !== 'list' || v.items.some(isGraphValue));

export function describeCell(value: PropValue, index: ResultIndex): CellView {
  if (value === null) return { kind: 'text', text: '' };
  if (typeof value !== 'object') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) {
    const items = value.map((v) => describeCell(v, index));
    // Lists of plain values stay compact JSON; lists holding nodes, relationships or paths are listed.
    return items.some(isGraphValue) ? { kind: 'list', items } : { kind: 'text', text: JSON.stringify(value) };
  }
  const node = NodeCellSchema.safeParse(value);
  if (node.success) {
    const n = node.data.node;
    return { kind: 'node', node: { id: n.id, kind: n.label, name: n.name } };
  }
  const rel = RelationshipCellSchema.safeParse(value);
  if (rel.success) {
    const ends = index.edgeEnds(rel.data.relationship.id);
    return {
      kind: 'relationship',
      type: rel.data.relationship.type,
      source: ends?.source ?? null,
      target: ends?.target ?? null,
    };
  }
  const path = PathCellSchema.safeParse(value);
  if (path.success) {
    const segments = path.data.path;
    const ids = [segments[0]![0], ...segments.map((s) => s[2])];
    return { kind: 'path', nodes: ids.map((id) => index.node(id)), types: segments.map((s) => s[1]) };
  }
  return { kind: 'text', text: JSON.stringify(value) };
}

/** Plain text of a cell view, e.g. for a tooltip or a copy: `A → B → C`, `A -[TYPE]-> B`. */
export function cellText(view: CellView): string {
  switch (view.kind) {
    case 'text':
      return view.text;
    case 'node':
      return view.node.name;
    case 'relationship':
      return view.source && view.target
        ? `${view.source.name} -[${view.type}]-> ${view.target.name}`
        : view.type;
    case 'path':
      return view.nodes.map((n) => n.name).join(' → ');
    case 'list':
      return view.items.map(cellText).join(', ');
  }
}
