import Graph from 'graphology';
import type { Evidence, GraphPayload } from '../../../model/graph.ts';
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
/** Shared by every edge without evidence; never changed. */
const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];
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

/** The payload's edges that will be added, and how many of them end at each node. */
interface EdgePlan {
  edges: GraphPayload['edges'];
  degree: Map<string, number>;
  skipped: number;
}

/**
 * Which of the payload's edges are new and have both ends, counted at each end so new nodes are
 * added at their final size. One map lookup per endpoint: this runs over every edge of results of
 * 100k edges, and the edges are then added without looking anything up again.
 */
function planEdges(graph: ExplorerGraph, payload: GraphPayload): EdgePlan {
  const degree = new Map<string, number>();
  for (const n of payload.nodes) degree.set(n.id, 0);
  // Into an empty graph (a new result) only the payload's own nodes and edges count.
  const empty = graph.order === 0;
  const seen = new Set<string>();
  const edges: GraphPayload['edges'] = [];
  let skipped = 0;
  for (const e of payload.edges) {
    const s = degree.get(e.source) ?? (empty || !graph.hasNode(e.source) ? undefined : 0);
    const t = degree.get(e.target) ?? (empty || !graph.hasNode(e.target) ? undefined : 0);
    if (s === undefined || t === undefined) {
      skipped++;
      continue;
    }
    if (seen.has(e.id) || (!empty && graph.hasEdge(e.id))) continue;
    seen.add(e.id);
    edges.push(e);
    degree.set(e.source, s + 1);
    degree.set(e.target, (e.source === e.target ? s + 1 : t) + 1);
  }
  return { edges, degree, skipped };
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
  const fresh = payload.nodes.filter((n) => n.id !== anchor && !graph.hasNode(n.id));
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

  const plan = planEdges(graph, payload);
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
      size: sizeForDegree(plan.degree.get(n.id) ?? 0),
      color: colorForLabel(n.label),
    });
    addedNodes.push(n.id);
  }

  // Both ends are in the graph now and each edge is new: the plan checked.
  const addedEdges: string[] = [];
  for (const e of plan.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      relType: e.type,
      props: e.props,
      evidence: e.evidence ?? NO_EVIDENCE,
      size: 1,
      color: EDGE_COLOR,
    });
    addedEdges.push(e.id);
  }

  applyDegreeSizes(graph);
  return { addedNodes, addedEdges, skippedEdges: plan.skipped };
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
