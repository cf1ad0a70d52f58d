import Sigma from 'sigma';
import type { AppState, Filters, Store } from '../state/index.ts';
import { hoverNode, selectNode } from '../state/index.ts';
import { nodeLabelBox, panToContain } from './keep-in-view.ts';
import { resolveLabelSettings, sameLabelSettings, type LabelSettings } from './label-settings.ts';
import { createReducers } from './reducers.ts';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.ts';

export const CJK_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const LABEL_SIZE = 13;
const LABEL_WEIGHT = '500';
/** Room kept between the selected node's label and the canvas edge. */
const VIEW_MARGIN = 24;
const CAMERA_MS = 300;

export interface Renderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** How many frames sigma has drawn; tests and benchmarks wait on it. */
  renderCount(): number;
  fit(): void;
  /** Centres the camera on a node (e.g. picked from a result table). */
  focusNode(id: string): void;
  dispose(): void;
}

const sameItems = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const sameFilters = (a: Filters, b: Filters): boolean =>
  a === b ||
  (a.from === b.from &&
    a.to === b.to &&
    sameItems(a.hiddenLabels, b.hiddenLabels) &&
    sameItems(a.hiddenRels, b.hiddenRels));
const samePaths = (a: readonly string[][], b: readonly string[][]): boolean =>
  a === b || (a.length === b.length && a.every((p, i) => sameItems(p, b[i] ?? [])));

/** Render-less controller: binds sigma to the store (reducers read state, events write transitions). */
export function createRenderer(container: HTMLElement, graph: ExplorerGraph, store: Store): Renderer {
  const { nodeReducer, edgeReducer } = createReducers(graph, store.get);
  let labels: LabelSettings = resolveLabelSettings(store.get().labelDensity, graph.order);
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeReducer,
    edgeReducer,
    labelFont: CJK_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    // The canvas may be laid out after sigma starts (e.g. fonts, hidden drawer); sigma resizes itself.
    allowInvalidContainer: true,
    // Room for CJK labels of nodes on the rim.
    stagePadding: 50,
    ...labels,
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

  // Which labels show depends on the density preset and on how big the graph is.
  const updateLabelSettings = () => {
    const next = resolveLabelSettings(store.get().labelDensity, graph.order);
    if (sameLabelSettings(next, labels)) return;
    labels = next;
    sigma.setSettings(next);
  };
  graph.on('nodeAdded', updateLabelSettings);
  graph.on('nodeDropped', updateLabelSettings);
  graph.on('cleared', updateLabelSettings);

  const measure = document.createElement('canvas').getContext('2d');
  const labelWidth = (text: string): number => {
    if (!measure || !text) return 0;
    measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${CJK_FONT}`;
    return measure.measureText(text).width;
  };

  /** Pans just enough for the node and its whole label to sit inside the (possibly narrowed) canvas. */
  const keepInView = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { width, height } = sigma.getDimensions();
    const { x, y } = sigma.framedGraphToViewport(data);
    const box = nodeLabelBox(x, y, sigma.scaleSize(data.size), labelWidth(data.label ?? ''), LABEL_SIZE);
    const { dx, dy } = panToContain(box, { width, height }, VIEW_MARGIN);
    if (dx === 0 && dy === 0) return;
    const centre = sigma.viewportToFramedGraph({ x: width / 2 + dx, y: height / 2 + dy });
    void sigma.getCamera().animate(centre, { duration: CAMERA_MS });
  };
  // Run after the frame in which the side panel (or drawer) has taken its space.
  const keepSelectedInView = () =>
    requestAnimationFrame(() => {
      const selected = store.get().selected;
      if (!selected || !graph.hasNode(selected)) return;
      sigma.refresh();
      keepInView(selected);
    });

  // The canvas narrows when the side panel opens and shortens when the drawer does: redraw at
  // the new size at once (sigma alone only notices window resizes), then keep the selection visible.
  const resizeObserver = new ResizeObserver(() => {
    sigma.refresh();
    keepSelectedInView();
  });
  resizeObserver.observe(container);

  // A change the reducers of every node and edge depend on: all of them run again. Compared by
  // value, so a new result that resets an empty list to an empty list costs nothing.
  const displayChanged = (s: AppState, p: AppState) =>
    s.hovered !== p.hovered ||
    !sameItems(s.hidden, p.hidden) ||
    !sameItems(s.pinned, p.pinned) ||
    !sameFilters(s.filters, p.filters) ||
    !samePaths(s.path.paths, p.path.paths);
  // Several such changes in one frame (leave one node, enter the next) cost one pass, run as the
  // next frame begins to draw rather than inside the event that made them.
  let displayDirty = false;
  sigma.on('beforeRender', () => {
    if (!displayDirty) return;
    displayDirty = false;
    sigma.refresh({ schedule: true });
  });
  const unsubscribe = store.subscribe((s, p) => {
    if (s.labelDensity !== p.labelDensity) updateLabelSettings();
    if (displayChanged(s, p)) {
      displayDirty = true;
      sigma.scheduleRender();
    } else if (s.selected !== p.selected) {
      // Selection changes only the two nodes' own display.
      const nodes = [p.selected, s.selected].filter((n): n is string => n !== null && graph.hasNode(n));
      sigma.refresh({ partialGraph: { nodes }, schedule: true });
    }
    if (s.selected && s.selected !== p.selected) keepSelectedInView();
  });
  return {
    sigma,
    renderCount: () => count,
    fit: () => void sigma.getCamera().animatedReset({ duration: CAMERA_MS }),
    focusNode(id) {
      const data = sigma.getNodeDisplayData(id);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: CAMERA_MS });
    },
    dispose() {
      unsubscribe();
      resizeObserver.disconnect();
      graph.removeListener('nodeAdded', updateLabelSettings);
      graph.removeListener('nodeDropped', updateLabelSettings);
      graph.removeListener('cleared', updateLabelSettings);
      sigma.kill();
    },
  };
}
