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

const fade = (out: Partial<NodeDisplayData>): Partial<NodeDisplayData> =>
  Object.assign(out, { color: FADED_COLOR, label: '', zIndex: 0 });

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

  // Sigma hands each reducer its own shallow copy of the attributes and keeps what is returned,
  // so the copy is changed in place: no second object per node and edge on every refresh (100k
  // edges on a big result). The graph's attributes are never touched.
  const nodeReducer = (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const s = getState();
    const out: Partial<NodeDisplayData> = data;
    if (!isNodeVisible(graph, node, s)) {
      out.hidden = true;
      return out;
    }
    out.label = displayLabel(data);
    if (s.pinned.length > 0 && s.pinned.includes(node)) out.label = `📌 ${out.label}`;
    if (s.hovered) {
      const near = node === s.hovered || graph.areNeighbors(node, s.hovered);
      if (!near) return fade(out);
      out.forceLabel = true;
      out.zIndex = 2;
    } else if (pathsOf(s).nodes.size > 0) {
      if (!pathsOf(s).nodes.has(node)) return fade(out);
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
    const out: Partial<EdgeDisplayData> = data;
    if (!isEdgeVisible(graph, edge, s)) {
      out.hidden = true;
      return out;
    }
    if (!s.hovered && pathsOf(s).nodes.size === 0) return out;
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (s.hovered) {
      if (source !== s.hovered && target !== s.hovered) out.color = FADED_COLOR;
      else Object.assign(out, { color: HIGHLIGHT_EDGE_COLOR, size: 2, zIndex: 1 });
    } else if (isPathEdge(pathsOf(s).pairs, source, target))
      Object.assign(out, { color: PATH_COLOR, size: 3, zIndex: 2 });
    else out.color = FADED_COLOR;
    return out;
  };

  return { nodeReducer, edgeReducer };
}
