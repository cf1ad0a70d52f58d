import Sigma from 'sigma';
import type { AppState, LabelDensity, Store } from '../state/index.ts';
import { hoverNode, selectNode } from '../state/index.ts';
import { createReducers } from './reducers.ts';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.ts';

export const CJK_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Label density presets: grid cell size and rendered-size threshold keep CJK labels from piling up. */
const DENSITY: Record<LabelDensity, { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number }> =
  {
    low: { labelDensity: 0.4, labelGridCellSize: 160, labelRenderedSizeThreshold: 9 },
    medium: { labelDensity: 1, labelGridCellSize: 100, labelRenderedSizeThreshold: 5 },
    high: { labelDensity: 2.5, labelGridCellSize: 60, labelRenderedSizeThreshold: 2 },
  };

export interface Renderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** How many frames sigma has drawn; tests and benchmarks wait on it. */
  renderCount(): number;
  fit(): void;
  dispose(): void;
}

/** Render-less controller: binds sigma to the store (reducers read state, events write transitions). */
export function createRenderer(container: HTMLElement, graph: ExplorerGraph, store: Store): Renderer {
  const { nodeReducer, edgeReducer } = createReducers(graph, store.get);
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeReducer,
    edgeReducer,
    labelFont: CJK_FONT,
    labelSize: 13,
    labelWeight: '500',
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    // The canvas may be laid out after sigma starts (e.g. fonts, hidden drawer); sigma resizes itself.
    allowInvalidContainer: true,
    // Room for CJK labels of nodes on the rim.
    stagePadding: 50,
    ...DENSITY[store.get().labelDensity],
  });

  let count = 0;
  sigma.on('afterRender', () => {
    count++;
    document.body.dataset.renderCount = String(count);
    document.body.dataset.lastRender = String(Date.now());
  });
  sigma.on('enterNode', ({ node }) => store.apply(hoverNode(node)));
  sigma.on('leaveNode', () => store.apply(hoverNode(null)));
  sigma.on('clickNode', ({ node }) => store.apply(selectNode(node)));
  sigma.on('clickStage', () => store.apply(selectNode(null)));

  const displayChanged = (s: AppState, p: AppState) =>
    s.hovered !== p.hovered ||
    s.selected !== p.selected ||
    s.hidden !== p.hidden ||
    s.pinned !== p.pinned ||
    s.filters !== p.filters ||
    s.path !== p.path;

  const unsubscribe = store.subscribe((s, p) => {
    if (s.labelDensity !== p.labelDensity) {
      for (const [k, v] of Object.entries(DENSITY[s.labelDensity])) sigma.setSetting(k as 'labelDensity', v);
    }
    // Hover and selection do not move nodes, so the label grid and programs need no reindexing.
    if (displayChanged(s, p)) sigma.refresh({ schedule: true });
  });

  return {
    sigma,
    renderCount: () => count,
    fit: () => void sigma.getCamera().animatedReset({ duration: 300 }),
    dispose() {
      unsubscribe();
      sigma.kill();
    },
  };
}
