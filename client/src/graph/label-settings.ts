import type { LabelDensity } from '../state/types.ts';

/** The sigma settings that decide which node labels are drawn. */
export interface LabelSettings {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
}

/** Presets behind the toolbar's density switch; grid cell size and threshold keep CJK labels from piling up. */
export const LABEL_DENSITY_PRESETS: Record<LabelDensity, LabelSettings> = {
  low: { labelDensity: 0.4, labelGridCellSize: 160, labelRenderedSizeThreshold: 9 },
  medium: { labelDensity: 1, labelGridCellSize: 100, labelRenderedSizeThreshold: 5 },
  high: { labelDensity: 2.5, labelGridCellSize: 60, labelRenderedSizeThreshold: 2 },
};

/**
 * Up to this many nodes every node may carry a label: query results are often unconnected nodes
 * at the minimum size, below any size threshold. The label grid still keeps labels apart, with
 * finer cells, since there is room for more labels than the preset's grid lets through.
 */
export const SMALL_GRAPH_ORDER = 300;
const SMALL_GRAPH_CELL_FACTOR = 0.5;
/** From this many nodes on, only larger nodes are labelled, and fewer per grid cell. */
export const LARGE_GRAPH_ORDER = 3000;

/** Label settings for a density preset and a graph of `order` nodes. Pure. */
export function resolveLabelSettings(density: LabelDensity, order: number): LabelSettings {
  const preset = LABEL_DENSITY_PRESETS[density];
  if (order <= SMALL_GRAPH_ORDER) {
    return {
      ...preset,
      labelGridCellSize: Math.round(preset.labelGridCellSize * SMALL_GRAPH_CELL_FACTOR),
      labelRenderedSizeThreshold: 0,
    };
  }
  if (order >= LARGE_GRAPH_ORDER) {
    return {
      ...preset,
      labelDensity: preset.labelDensity / 2,
      labelRenderedSizeThreshold: preset.labelRenderedSizeThreshold + 3,
    };
  }
  return preset;
}

export const sameLabelSettings = (a: LabelSettings, b: LabelSettings): boolean =>
  a.labelDensity === b.labelDensity &&
  a.labelGridCellSize === b.labelGridCellSize &&
  a.labelRenderedSizeThreshold === b.labelRenderedSizeThreshold;
