import type { NodeLabel } from '../../../model/graph.ts';

/** One colour per node label; chosen to stay apart for common colour-vision deficiencies. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Article: '#9e9e9e',
  Event: '#e69f00',
  Person: '#0072b2',
  Organization: '#009e73',
  Place: '#cc79a7',
  Project: '#d55e00',
};

export const UNKNOWN_COLOR = '#607d8b';
export const FADED_COLOR = '#e4e4e4';
export const EDGE_COLOR = '#c8c8c8';
export const HIGHLIGHT_EDGE_COLOR = '#444444';
export const PATH_COLOR = '#d62728';

export const colorForLabel = (label: string): string =>
  (LABEL_COLORS as Record<string, string | undefined>)[label] ?? UNKNOWN_COLOR;
