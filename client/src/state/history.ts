/** A bounded undo stack; pure, so it can hold any snapshot type and be tested alone. */
export interface History<T> {
  past: T[];
  limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 30;

export const emptyHistory = <T>(limit = DEFAULT_HISTORY_LIMIT): History<T> => ({ past: [], limit });

export const pushHistory =
  <T>(entry: T) =>
  (h: History<T>): History<T> => ({ ...h, past: [...h.past, entry].slice(-h.limit) });

/** Returns the stack without its last entry, and that entry (null when there is nothing to undo). */
export const popHistory = <T>(h: History<T>): { history: History<T>; entry: T | null } => {
  const entry = h.past.at(-1);
  return entry === undefined
    ? { history: h, entry: null }
    : { history: { ...h, past: h.past.slice(0, -1) }, entry };
};

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
