import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './types.ts';

/**
 * ForceAtlas2 in a Web Worker. A fresh supervisor per run: it copes with nodes added while
 * running, but not with `graph.clear()`, which a new result does.
 */
export interface LayoutController {
  start(autoStopMs?: number): void;
  stop(): void;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
  dispose(): void;
}

export function createLayoutController(graph: ExplorerGraph): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = (running: boolean) => listeners.forEach((l) => l(running));

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!supervisor) return;
    supervisor.kill();
    supervisor = null;
    notify(false);
  };

  const start = (autoStopMs?: number) => {
    stop();
    if (graph.order < 2) return;
    supervisor = new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
    supervisor.start();
    notify(true);
    if (autoStopMs) timer = setTimeout(stop, autoStopMs);
  };

  return {
    start,
    stop,
    isRunning: () => supervisor?.isRunning() ?? false,
    onChange: (l) => listeners.push(l),
    dispose: stop,
  };
}
