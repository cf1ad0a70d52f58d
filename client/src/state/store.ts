import type { AppState, Transition } from './types.ts';

export type Listener = (state: AppState, previous: AppState) => void;

/** The one place the app state changes; views and the sigma controller subscribe to it. */
export interface Store {
  get: () => AppState;
  apply: (transition: Transition) => void;
  subscribe: (listener: Listener) => () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    apply(transition) {
      const previous = state;
      state = transition(state);
      if (state === previous) return;
      for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
