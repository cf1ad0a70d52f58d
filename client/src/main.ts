import './styles.css';
import type { GraphPayload } from '../../model/graph.ts';
import { createActions } from './app/actions.ts';
import type { ViewContext } from './app/context.ts';
import { mountShell } from './app/shell.ts';
import { startUrlSync } from './app/url-sync.ts';
import { createLayoutController } from './graph/layout.ts';
import { createExplorerGraph } from './graph/merge.ts';
import { createRenderer } from './graph/renderer.ts';
import { closeTopmost, createStore, decodeState, setLayoutRunning, type AppState } from './state/index.ts';

/** Test hook: read-only access for end-to-end tests and benchmarks. */
declare global {
  interface Window {
    __explorer?: {
      graph: ViewContext['graph'];
      sigma: ViewContext['renderer']['sigma'];
      state: () => AppState;
      /** Shows a payload through the same path as a query result (tests and benchmarks of big graphs). */
      loadPayload: (payload: GraphPayload) => void;
    };
  }
}

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) throw new Error('Explorer: #app element missing from index.html');
  const initial = decodeState(window.location.hash);
  const store = createStore({ ...initial, selected: null });
  const graph = createExplorerGraph();
  const layout = createLayoutController(graph);
  layout.onChange((running) => store.apply(setLayoutRunning(running)));
  const actions = createActions(store, graph, layout);

  const { canvas, mountViews } = mountShell(app, store);
  const renderer = createRenderer(canvas, graph, store);
  const ctx: ViewContext = { store, graph, actions, layout, renderer };
  window.__explorer = {
    graph,
    sigma: renderer.sigma,
    state: store.get,
    loadPayload: (p) => actions.showPayload(p),
  };
  mountViews(ctx, initial.view.kind !== 'none');

  document.addEventListener('keydown', (e) => {
    const inEditor =
      e.target instanceof HTMLElement && e.target.closest('input, textarea, select, .cm-editor');
    // Widgets that use Esc themselves (search hits, editor completion) mark the event handled.
    if (e.key === 'Escape' && !e.defaultPrevented) store.apply(closeTopmost());
    else if (!inEditor && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      actions.undo();
    }
  });

  // Deep link: reload the focused entity's neighbourhood, then reselect what was selected.
  if (initial.focus) {
    try {
      await actions.loadEntity(initial.focus, initial.selected);
    } catch (err) {
      actions.reportError(err);
    }
  }
  startUrlSync(store);
  renderer.sigma.refresh();
  document.body.dataset.ready = '1';
}

start().catch((err: unknown) => {
  document.body.dataset.ready = 'error';
  document.body.textContent = err instanceof Error ? err.message : String(err);
});
