import type { SerializedGraph } from 'graphology-types';
import type { GraphPayload } from '../../../model/graph.ts';
import { ExplorerApiError, getNeighbourhood, getPaths } from '../api/index.ts';
import type { LayoutController } from '../graph/layout.ts';
import { mergePayload, replaceWithPayload } from '../graph/merge.ts';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../graph/types.ts';
import {
  emptyHistory,
  hideNode,
  popHistory,
  pruneMissing,
  pushHistory,
  setFocus,
  setNotice,
  setPaths,
  togglePin,
  type AppState,
  type History,
  type Store,
} from '../state/index.ts';
import { t } from '../views/i18n.ts';

/** How many neighbours one "expand" brings in; the server says `truncated` when there were more. */
export const EXPAND_LIMIT = 100;
export const LOAD_LIMIT = 200;
const LAYOUT_AFTER_LOAD_MS = 2000;

interface Snapshot {
  graph: SerializedGraph<NodeAttrs, EdgeAttrs>;
  state: Pick<AppState, 'focus' | 'selected' | 'hidden' | 'pinned' | 'path'>;
}

export interface Actions {
  loadEntity(id: string, select?: string | null): Promise<void>;
  expand(id: string): Promise<void>;
  hide(id: string): void;
  togglePin(id: string): void;
  undo(): void;
  canUndo(): boolean;
  findPaths(): Promise<void>;
  showPayload(payload: GraphPayload): void;
  reportError(err: unknown): void;
}

/** The app's side effects: fetch, change the graph, then describe the change as a state transition. */
export function createActions(store: Store, graph: ExplorerGraph, layout: LayoutController): Actions {
  let history: History<Snapshot> = emptyHistory();

  const snapshot = () => {
    const { focus, selected, hidden, pinned, path } = store.get();
    history = pushHistory<Snapshot>({
      graph: graph.export(),
      state: { focus, selected, hidden, pinned, path },
    })(history);
  };

  const noteTruncated = (truncated: boolean) =>
    store.apply(setNotice(truncated ? t(store.get().lang, 'truncated') : null));

  const reportError = (err: unknown) => {
    const message = err instanceof ExplorerApiError || err instanceof Error ? err.message : String(err);
    store.apply(setNotice(`${t(store.get().lang, 'error')}: ${message}`));
  };

  return {
    async loadEntity(id, select = id) {
      const payload = await getNeighbourhood(id, { limit: LOAD_LIMIT });
      snapshot();
      layout.stop();
      replaceWithPayload(graph, payload, id);
      store.apply((s) => ({ ...setFocus(id)(s), selected: select && graph.hasNode(select) ? select : id }));
      noteTruncated(payload.truncated);
      layout.startAfterFrame(LAYOUT_AFTER_LOAD_MS);
    },
    async expand(id) {
      const payload = await getNeighbourhood(id, { limit: EXPAND_LIMIT });
      snapshot();
      const { addedNodes } = mergePayload(graph, payload, id);
      noteTruncated(payload.truncated);
      if (addedNodes.length) layout.startAfterFrame(LAYOUT_AFTER_LOAD_MS);
    },
    hide(id) {
      snapshot();
      store.apply(hideNode(id));
    },
    togglePin(id) {
      snapshot();
      store.apply(togglePin(id));
      // ForceAtlas2 reads `fixed` from the graph, so a pin must reach the data too.
      if (graph.hasNode(id)) graph.setNodeAttribute(id, 'fixed', store.get().pinned.includes(id));
    },
    undo() {
      const { history: rest, entry } = popHistory(history);
      history = rest;
      if (!entry) {
        store.apply(setNotice(t(store.get().lang, 'nothingToUndo')));
        return;
      }
      layout.stop();
      graph.clear();
      graph.import(entry.graph);
      store.apply((s) => pruneMissing((n) => graph.hasNode(n))({ ...s, ...entry.state, notice: null }));
    },
    canUndo: () => history.past.length > 0,
    async findPaths() {
      const { from, to } = store.get().path;
      if (!from || !to) return;
      const res = await getPaths(from, to);
      snapshot();
      mergePayload(graph, res, from);
      store.apply(setPaths(res.paths));
      store.apply(
        setNotice(t(store.get().lang, res.paths.length ? 'pathsFound' : 'noPaths', { n: res.paths.length })),
      );
      if (res.nodes.length) layout.startAfterFrame(LAYOUT_AFTER_LOAD_MS);
    },
    showPayload(payload) {
      snapshot();
      layout.stop();
      replaceWithPayload(graph, payload);
      store.apply((s) => ({
        ...s,
        focus: null,
        selected: null,
        hidden: [],
        path: { from: null, to: null, paths: [] },
      }));
      noteTruncated(payload.truncated);
      layout.startAfterFrame(LAYOUT_AFTER_LOAD_MS);
    },
    reportError,
  };
}
