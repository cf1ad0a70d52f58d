import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { AppState } from '../state/types.ts';
import { FADED_COLOR, HIGHLIGHT_EDGE_COLOR, PATH_COLOR } from './colors.ts';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.ts';
import { isEdgeVisible, isNodeVisible, isPathEdge, pathMembers } from './visibility.ts';

type NodeData = Partial<NodeDisplayData> & NodeAttrs;

/**
 * Articles and the events reported in them often share one headline; the canvas marks the
 * article's label so the two are not confused. Display only: the graph keeps the plain name.
 */
export const ARTICLE_LABEL_MARK = '「文」';

export const displayLabel = (data: Pick<NodeAttrs, 'kind' | 'label'>): string =>
  data.kind === 'Article' ? `${ARTICLE_LABEL_MARK}${data.label}` : data.label;
type EdgeData = Partial<EdgeDisplayData> & EdgeAttrs;

/**
 * Display state (filters, hover, selection, paths) reaches sigma only through these reducers:
 * the graph data is never rewritten for display. Path membership is cached per state object.
 */
export function createReducers(graph: ExplorerGraph, getState: () => AppState) {
  let cachedFor: AppState | null = null;
  let members = pathMembers([]);
  const pathsOf = (s: AppState) => {
    if (cachedFor !== s) {
      members = pathMembers(s.path.paths);
      cachedFor = s;
    }
    return members;
  };

  const nodeReducer = (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const s = getState();
    if (!isNodeVisible(graph, node, s)) return { ...data, hidden: true };
    const out: Partial<NodeDisplayData> = { ...data, label: displayLabel(data) };
    if (s.pinned.includes(node)) out.label = `📌 ${out.label}`;
    const { nodes: onPath } = pathsOf(s);
    if (s.hovered) {
      const near = node === s.hovered || graph.areNeighbors(node, s.hovered);
      if (!near) return { ...out, color: FADED_COLOR, label: '', zIndex: 0 };
      out.forceLabel = true;
      out.zIndex = 2;
    } else if (onPath.size > 0) {
      if (!onPath.has(node)) return { ...out, color: FADED_COLOR, label: '', zIndex: 0 };
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (node === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    return out;
  };

  const edgeReducer = (edge: string, data: EdgeData): Partial<EdgeDisplayData> => {
    const s = getState();
    if (!isEdgeVisible(graph, edge, s)) return { ...data, hidden: true };
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (s.hovered) {
      const touches = source === s.hovered || target === s.hovered;
      return touches
        ? { ...data, color: HIGHLIGHT_EDGE_COLOR, size: 2, zIndex: 1 }
        : { ...data, color: FADED_COLOR };
    }
    const { nodes: onPath, pairs } = pathsOf(s);
    if (onPath.size > 0) {
      return isPathEdge(pairs, source, target)
        ? { ...data, color: PATH_COLOR, size: 3, zIndex: 2 }
        : { ...data, color: FADED_COLOR };
    }
    return data;
  };

  return { nodeReducer, edgeReducer };
}
