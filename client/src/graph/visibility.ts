import type { PropValue } from '../../../model/graph.ts';
import type { AppState } from '../state/types.ts';
import type { ExplorerGraph } from './types.ts';

/** Which nodes and edges pass the filters. Pure reads of graph + state, used by the reducers and exports. */

const DATE_KEYS = ['date', 'publishedAt', 'firstSeen'] as const;

/** The ISO day of an item, from the first date-like property it has; null when undated. */
export function itemDate(props: Record<string, PropValue>): string | null {
  for (const key of DATE_KEYS) {
    const v = props[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/u.test(v)) return v.slice(0, 10);
  }
  return null;
}

/** Undated items always pass: hiding them would hide most entities, which carry no date of their own. */
export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (date === null) return true;
  if (from && date < from) return false;
  if (to && date > to) return false;
  return true;
}

interface StateIndex {
  hidden: Set<string>;
  labels: Set<string>;
  rels: Set<string>;
  /** Nothing hidden and no filter: every item is visible without reading it. */
  all: boolean;
}
// Reducers run per node per frame; turn the state's lists into sets once per state object.
const indexes = new WeakMap<AppState, StateIndex>();
function indexOf(state: AppState): StateIndex {
  let index = indexes.get(state);
  if (!index) {
    index = {
      hidden: new Set(state.hidden),
      labels: new Set(state.filters.hiddenLabels),
      rels: new Set(state.filters.hiddenRels),
      all:
        state.hidden.length === 0 &&
        state.filters.hiddenLabels.length === 0 &&
        state.filters.hiddenRels.length === 0 &&
        !hasDateRange(state),
    };
    indexes.set(state, index);
  }
  return index;
}

// Reducers call these for every item on every refresh; without a date range no date is read.
const hasDateRange = (state: AppState) => Boolean(state.filters.from || state.filters.to);

export function isNodeVisible(graph: ExplorerGraph, node: string, state: AppState): boolean {
  const index = indexOf(state);
  if (index.all) return true;
  if (index.hidden.has(node)) return false;
  const attrs = graph.getNodeAttributes(node);
  if (index.labels.has(attrs.kind)) return false;
  return !hasDateRange(state) || inDateRange(itemDate(attrs.props), state.filters.from, state.filters.to);
}

export function isEdgeVisible(graph: ExplorerGraph, edge: string, state: AppState): boolean {
  const index = indexOf(state);
  if (index.all) return true;
  const attrs = graph.getEdgeAttributes(edge);
  if (index.rels.has(attrs.relType)) return false;
  if (hasDateRange(state) && !inDateRange(itemDate(attrs.props), state.filters.from, state.filters.to))
    return false;
  return isNodeVisible(graph, graph.source(edge), state) && isNodeVisible(graph, graph.target(edge), state);
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Node ids and consecutive node pairs of the found paths, for highlighting. */
export function pathMembers(paths: readonly string[][]): { nodes: Set<string>; pairs: Set<string> } {
  const nodes = new Set<string>();
  const pairs = new Set<string>();
  for (const path of paths) {
    path.forEach((id, i) => {
      nodes.add(id);
      const next = path[i + 1];
      if (next !== undefined) pairs.add(pairKey(id, next));
    });
  }
  return { nodes, pairs };
}

export const isPathEdge = (pairs: Set<string>, source: string, target: string): boolean =>
  pairs.has(pairKey(source, target));

/** The visible part of the graph, e.g. for exporting what is on screen. */
export function visibleSubgraph(graph: ExplorerGraph, state: AppState): { nodes: string[]; edges: string[] } {
  const nodes = graph.filterNodes((n) => isNodeVisible(graph, n, state));
  const edges = graph.filterEdges((e) => isEdgeVisible(graph, e, state));
  return { nodes, edges };
}
