import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './types.ts';

/**
 * ForceAtlas2 in a Web Worker. A fresh supervisor per run: it copes with nodes added while
 * running, but not with `graph.clear()`, which a new result does.
 */
export interface LayoutController {
  start(autoStopMs?: number): void;
  /**
   * Starts once the next frame has been drawn: copying a big graph into the worker takes tens of
   * milliseconds, which would otherwise hold back the first picture of a new result.
   */
  startAfterFrame(autoStopMs?: number): void;
  stop(): void;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
  dispose(): void;
}

export function createLayoutController(graph: ExplorerGraph): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { frame: number; timeout: ReturnType<typeof setTimeout> | null } | null = null;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = (running: boolean) => listeners.forEach((l) => l(running));

  const cancelPending = () => {
    if (!pending) return;
    cancelAnimationFrame(pending.frame);
    if (pending.timeout) clearTimeout(pending.timeout);
    pending = null;
  };

  const stop = () => {
    cancelPending();
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

  // The frame callback runs after sigma's own (scheduled earlier, while the graph changed); the
  // timeout lets that frame reach the screen before the copy.
  const startAfterFrame = (autoStopMs?: number) => {
    cancelPending();
    const next = {
      frame: requestAnimationFrame(() => {
        next.timeout = setTimeout(() => {
          pending = null;
          start(autoStopMs);
        }, 0);
      }),
      timeout: null as ReturnType<typeof setTimeout> | null,
    };
    pending = next;
  };

  return {
    start,
    startAfterFrame,
    stop,
    isRunning: () => supervisor?.isRunning() ?? false,
    onChange: (l) => listeners.push(l),
    dispose: stop,
  };
}
