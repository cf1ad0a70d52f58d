import type { NodeLabel, RelType } from '../../../model/graph.ts';
import type { Filters, Lang, LabelDensity, Transition, View } from './types.ts';

/** Pure state changes, `(args) => (state) => state`, so they compose and test without a DOM. */

const toggleIn = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const setLang =
  (lang: Lang): Transition =>
  (s) => ({ ...s, lang });

export const selectNode =
  (id: string | null): Transition =>
  (s) => ({ ...s, selected: id });

export const hoverNode =
  (id: string | null): Transition =>
  (s) =>
    s.hovered === id ? s : { ...s, hovered: id };

/** A new focus keeps the chosen path ends, so two entities can be picked one search at a time. */
export const setFocus =
  (id: string | null): Transition =>
  (s) => ({ ...s, focus: id, selected: id, hidden: [], path: { ...s.path, paths: [] } });

/** Hiding the selected node also closes its panel: a hidden node cannot stay selected. */
export const hideNode =
  (id: string): Transition =>
  (s) => ({
    ...s,
    hidden: s.hidden.includes(id) ? s.hidden : [...s.hidden, id],
    selected: s.selected === id ? null : s.selected,
    hovered: s.hovered === id ? null : s.hovered,
  });

export const showAllNodes = (): Transition => (s) => ({ ...s, hidden: [] });

export const togglePin =
  (id: string): Transition =>
  (s) => ({ ...s, pinned: toggleIn(s.pinned, id) });

export const toggleLabelFilter =
  (label: NodeLabel): Transition =>
  (s) => ({ ...s, filters: { ...s.filters, hiddenLabels: toggleIn(s.filters.hiddenLabels, label) } });

export const toggleRelFilter =
  (rel: RelType): Transition =>
  (s) => ({ ...s, filters: { ...s.filters, hiddenRels: toggleIn(s.filters.hiddenRels, rel) } });

export const setDateRange =
  (from: string | null, to: string | null): Transition =>
  (s) => ({ ...s, filters: { ...s.filters, from: from || null, to: to || null } });

export const setFilters =
  (filters: Filters): Transition =>
  (s) => ({ ...s, filters });

export const setPathEnd =
  (end: 'from' | 'to', id: string | null): Transition =>
  (s) => ({ ...s, path: { ...s.path, [end]: id, paths: [] } });

export const setPaths =
  (paths: string[][]): Transition =>
  (s) => ({ ...s, path: { ...s.path, paths } });

export const clearPaths = (): Transition => (s) => ({ ...s, path: { from: null, to: null, paths: [] } });

export const openView =
  (view: View): Transition =>
  (s) => ({ ...s, view });

export const closeView = (): Transition => (s) => ({ ...s, view: { kind: 'none' } });

/** Closes the innermost open thing: the drawer view first, then the side panel. */
export const closeTopmost = (): Transition => (s) =>
  s.view.kind !== 'none' ? { ...s, view: { kind: 'none' } } : { ...s, selected: null };

export const setConsoleText =
  (text: string): Transition =>
  (s) =>
    s.view.kind === 'console' ? { ...s, view: { kind: 'console', text } } : s;

export const setQueryParams =
  (name: string | null, params: Record<string, string>): Transition =>
  (s) => ({ ...s, view: { kind: 'queries', name, params } });

export const setLabelDensity =
  (density: LabelDensity): Transition =>
  (s) => ({ ...s, labelDensity: density });

export const setLayoutRunning =
  (running: boolean): Transition =>
  (s) => ({ ...s, layoutRunning: running });

export const setNotice =
  (notice: string | null): Transition =>
  (s) => ({ ...s, notice });

/** Drops ids that are no longer in the graph, e.g. after an undo or a new result. */
export const pruneMissing =
  (hasNode: (id: string) => boolean): Transition =>
  (s) => ({
    ...s,
    selected: s.selected && hasNode(s.selected) ? s.selected : null,
    hovered: s.hovered && hasNode(s.hovered) ? s.hovered : null,
    hidden: s.hidden.filter(hasNode),
    pinned: s.pinned.filter(hasNode),
  });
