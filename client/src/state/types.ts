import type { NodeLabel, RelType } from '../../../model/graph.ts';

export type Lang = 'zh' | 'en';

/** The view shown in the drawer beside the canvas. */
export type View =
  | { kind: 'none' }
  | { kind: 'timeline'; id: string }
  | { kind: 'projects'; id: string }
  | { kind: 'place'; id: string }
  | { kind: 'queries'; name: string | null; params: Record<string, string> }
  | { kind: 'console'; text: string }
  | { kind: 'paths' };

export interface Filters {
  /** Labels and relationship types switched off; empty means everything shows. */
  hiddenLabels: NodeLabel[];
  hiddenRels: RelType[];
  /** Inclusive ISO dates (YYYY-MM-DD); items without a date always show. */
  from: string | null;
  to: string | null;
}

export interface PathState {
  from: string | null;
  to: string | null;
  /** Each found path as node ids in order. */
  paths: string[][];
}

export type LabelDensity = 'low' | 'medium' | 'high';

/** Everything about the display that is not graph data. The graphology graph holds the data. */
export interface AppState {
  lang: Lang;
  /** The entity whose neighbourhood was loaded first; a deep link reloads it. */
  focus: string | null;
  selected: string | null;
  hovered: string | null;
  hidden: string[];
  pinned: string[];
  filters: Filters;
  path: PathState;
  view: View;
  labelDensity: LabelDensity;
  layoutRunning: boolean;
  /** A short message for the user, e.g. that a result was truncated. */
  notice: string | null;
}

export const DEFAULT_FILTERS: Filters = { hiddenLabels: [], hiddenRels: [], from: null, to: null };

export const DEFAULT_STATE: AppState = {
  lang: 'zh',
  focus: null,
  selected: null,
  hovered: null,
  hidden: [],
  pinned: [],
  filters: DEFAULT_FILTERS,
  path: { from: null, to: null, paths: [] },
  view: { kind: 'none' },
  labelDensity: 'medium',
  layoutRunning: false,
  notice: null,
};

export type Transition = (state: AppState) => AppState;
