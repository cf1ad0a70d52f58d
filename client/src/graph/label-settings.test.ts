import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_NODE_SIZE } from './merge.ts';
import {
  LABEL_DENSITY_PRESETS,
  LARGE_GRAPH_ORDER,
  resolveLabelSettings,
  sameLabelSettings,
  SMALL_GRAPH_ORDER,
} from './label-settings.ts';

void test('small graphs label even unconnected nodes of the minimum size, at every density', () => {
  for (const density of ['low', 'medium', 'high'] as const) {
    const s = resolveLabelSettings(density, 25);
    assert.ok(s.labelRenderedSizeThreshold < MIN_NODE_SIZE, `${density}: a lone node reaches the threshold`);
    // The grid still spaces labels, more finely than for a big graph.
    assert.ok(
      s.labelGridCellSize > 0 && s.labelGridCellSize < LABEL_DENSITY_PRESETS[density].labelGridCellSize,
    );
    assert.equal(s.labelDensity, LABEL_DENSITY_PRESETS[density].labelDensity);
  }
  assert.equal(resolveLabelSettings('medium', SMALL_GRAPH_ORDER).labelRenderedSizeThreshold, 0);
});

void test('medium graphs use the preset; large graphs label fewer, bigger nodes', () => {
  assert.deepEqual(resolveLabelSettings('medium', SMALL_GRAPH_ORDER + 1), LABEL_DENSITY_PRESETS.medium);
  const big = resolveLabelSettings('medium', LARGE_GRAPH_ORDER);
  assert.ok(big.labelRenderedSizeThreshold > LABEL_DENSITY_PRESETS.medium.labelRenderedSizeThreshold);
  assert.ok(big.labelDensity < LABEL_DENSITY_PRESETS.medium.labelDensity);
});

void test('a denser preset never shows fewer labels than a sparser one for the same graph', () => {
  for (const order of [10, 1000, 10_000]) {
    const [low, medium, high] = (['low', 'medium', 'high'] as const).map((d) =>
      resolveLabelSettings(d, order),
    );
    assert.ok(low!.labelDensity <= medium!.labelDensity && medium!.labelDensity <= high!.labelDensity);
    assert.ok(low!.labelRenderedSizeThreshold >= medium!.labelRenderedSizeThreshold);
    assert.ok(medium!.labelRenderedSizeThreshold >= high!.labelRenderedSizeThreshold);
    assert.ok(
      low!.labelGridCellSize >= medium!.labelGridCellSize &&
        medium!.labelGridCellSize >= high!.labelGridCellSize,
    );
  }
  assert.ok(sameLabelSettings(resolveLabelSettings('low', 5), resolveLabelSettings('low', 50)));
  assert.ok(!sameLabelSettings(resolveLabelSettings('low', 5), resolveLabelSettings('low', 5000)));
});
