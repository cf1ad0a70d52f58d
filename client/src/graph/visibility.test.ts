import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeDisplayData } from 'sigma/types';
import { DEFAULT_STATE, type AppState } from '../state/types.ts';
import { FADED_COLOR, PATH_COLOR } from './colors.ts';
import { createExplorerGraph, mergePayload } from './merge.ts';
import { createReducers } from './reducers.ts';
import { samplePayload } from './fixtures.test-helpers.ts';
import { visibleSubgraph } from './visibility.ts';

const setup = (state: AppState) => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload(), 'per-0000000000000001');
  let s = state;
  const reducers = createReducers(g, () => s);
  // Sigma passes each reducer a shallow copy of the attributes, which the reducer may change.
  const node = (id: string): Partial<NodeDisplayData> =>
    reducers.nodeReducer(id, { ...g.getNodeAttributes(id) });
  const edge = (id: string) => reducers.edgeReducer(id, { ...g.getEdgeAttributes(id) });
  return { g, node, edge, set: (next: AppState) => (s = next) };
};

void test('label filter hides nodes of that label and their edges', () => {
  const { node, edge } = setup({
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters, hiddenLabels: ['Article'] },
  });
  assert.equal(node('art-0000000000000001').hidden, true);
  assert.notEqual(node('evt-0000000000000001').hidden, true);
  assert.equal(edge('e3').hidden, true);
  assert.notEqual(edge('e1').hidden, true);
});

void test('relationship filter hides edges only', () => {
  const { node, edge } = setup({
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters, hiddenRels: ['ATTENDED'] },
  });
  assert.equal(edge('e1').hidden, true);
  assert.notEqual(node('per-0000000000000001').hidden, true);
});

void test('date range hides dated items outside it and keeps undated ones', () => {
  const state = {
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters, from: '2024-01-01', to: '2024-12-31' },
  };
  const { g, node, edge } = setup(state);
  assert.equal(node('art-0000000000000001').hidden, true);
  assert.notEqual(node('evt-0000000000000001').hidden, true);
  assert.notEqual(node('plc-0000000000000001').hidden, true);
  assert.equal(edge('e3').hidden, true);
  assert.deepEqual(visibleSubgraph(g, state).nodes.sort(), [
    'evt-0000000000000001',
    'per-0000000000000001',
    'plc-0000000000000001',
  ]);
});

void test('hidden nodes are hidden; hovering fades non-neighbours', () => {
  const { node, set } = setup({ ...DEFAULT_STATE, hidden: ['plc-0000000000000001'] });
  assert.equal(node('plc-0000000000000001').hidden, true);
  set({ ...DEFAULT_STATE, hovered: 'per-0000000000000001' });
  assert.equal(node('evt-0000000000000001').forceLabel, true);
  assert.equal(node('plc-0000000000000001').color, FADED_COLOR);
});

void test('found paths are highlighted, the rest faded; the graph data is untouched', () => {
  const path = ['per-0000000000000001', 'evt-0000000000000001', 'plc-0000000000000001'];
  const { g, node, edge } = setup({
    ...DEFAULT_STATE,
    path: { from: path[0]!, to: path[2]!, paths: [path] },
  });
  const before = g.getNodeAttribute('art-0000000000000001', 'color');
  assert.equal(edge('e2').color, PATH_COLOR);
  assert.equal(edge('e3').color, FADED_COLOR);
  assert.equal(node('art-0000000000000001').color, FADED_COLOR);
  assert.equal(g.getNodeAttribute('art-0000000000000001', 'color'), before);
});

void test('the selected node is highlighted and pinned nodes are marked', () => {
  const { node } = setup({
    ...DEFAULT_STATE,
    selected: 'evt-0000000000000001',
    pinned: ['plc-0000000000000001'],
  });
  assert.equal(node('evt-0000000000000001').highlighted, true);
  assert.match(String(node('plc-0000000000000001').label), /📌/u);
});
