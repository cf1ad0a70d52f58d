import type { Renderer } from '../graph/renderer.ts';
import type { LayoutController } from '../graph/layout.ts';
import type { ExplorerGraph } from '../graph/types.ts';
import type { Store } from '../state/index.ts';
import type { Actions } from './actions.ts';

/** What every view receives: read state and the graph, act through actions and transitions. */
export interface ViewContext {
  store: Store;
  graph: ExplorerGraph;
  actions: Actions;
  layout: LayoutController;
  renderer: Renderer;
}

/** Runs an async action and routes its failure to the notice bar instead of an unhandled rejection. */
export const run = (ctx: ViewContext, task: () => Promise<void>): void => {
  task().catch((err: unknown) => ctx.actions.reportError(err));
};
