import Graph from 'graphology';
import type { GraphPayload } from '../../../model/graph.ts';
import { colorForLabel, EDGE_COLOR } from './colors.ts';
import { ringPositions } from './positions.ts';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.ts';

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
  /** Edges whose endpoints were not in the payload nor the graph; kept out rather than invented. */
  skippedEdges: number;
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 24;

/** Size grows with the square root of degree so hubs stand out without swallowing the canvas. */
export const sizeForDegree = (degree: number): number =>
  Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 2 * Math.sqrt(Math.max(0, degree)));

export const createExplorerGraph = (): ExplorerGraph =>
  new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });

/** Sets each node's size from its degree; only changed sizes are written (each write is an event sigma handles). */
export function applyDegreeSizes(graph: ExplorerGraph): void {
  graph.forEachNode((node, attrs) => {
    const size = sizeForDegree(graph.degree(node));
    if (attrs.size !== size) graph.setNodeAttribute(node, 'size', size);
  });
}

/** How many of the payload's edges will be new at each end: new nodes are added at their final size. */
function newDegrees(graph: ExplorerGraph, payload: GraphPayload): Map<string, number> {
  const ids = new Set(payload.nodes.map((n) => n.id));
  // Into an empty graph (a new result) only the payload's own nodes and edges count.
  const empty = graph.order === 0;
  const present = (id: string) => ids.has(id) || (!empty && graph.hasNode(id));
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  for (const e of payload.edges) {
    if (seen.has(e.id) || (!empty && graph.hasEdge(e.id)) || !present(e.source) || !present(e.target))
      continue;
    seen.add(e.id);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Adds a payload to the graph: nodes and edges are keyed by their API ids, so merging the same
 * payload twice changes nothing. New nodes start on a ring around `anchor` (the expanded node)
 * or the origin, so the picture is readable before the layout runs.
 */
export function mergePayload(
  graph: ExplorerGraph,
  payload: GraphPayload,
  anchor?: string | null,
): MergeResult {
  const fresh = payload.nodes.filter((n) => !graph.hasNode(n.id) && n.id !== anchor);
  const centre =
    anchor && graph.hasNode(anchor)
      ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') }
      : { x: 0, y: 0 };
  const radius = 10 + 4 * Math.sqrt(fresh.length);
  const positions = ringPositions(
    fresh.map((n) => n.id),
    centre,
    radius,
  );

  const degree = newDegrees(graph, payload);
  const addedNodes: string[] = [];
  for (const n of payload.nodes) {
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, {
        label: n.name,
        kind: n.label,
        props: n.props,
        color: colorForLabel(n.label),
      });
      continue;
    }
    const pos = positions.get(n.id) ?? centre;
    graph.addNode(n.id, {
      label: n.name,
      kind: n.label,
      props: n.props,
      x: pos.x,
      y: pos.y,
      size: sizeForDegree(degree.get(n.id) ?? 0),
      color: colorForLabel(n.label),
    });
    addedNodes.push(n.id);
  }

  const addedEdges: string[] = [];
  let skippedEdges = 0;
  for (const e of payload.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) {
      skippedEdges++;
      continue;
    }
    if (graph.hasEdge(e.id)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      relType: e.type,
      props: e.props,
      evidence: e.evidence ?? [],
      size: 1,
      color: EDGE_COLOR,
    });
    addedEdges.push(e.id);
  }

  applyDegreeSizes(graph);
  return { addedNodes, addedEdges, skippedEdges };
}

/** Replaces the whole graph with a payload (a new search hit, query or console result). */
export function replaceWithPayload(
  graph: ExplorerGraph,
  payload: GraphPayload,
  anchor?: string | null,
): MergeResult {
  graph.clear();
  return mergePayload(graph, payload, anchor);
}
