import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STATE, type AppState } from '../state/types.ts';
import { createExplorerGraph, mergePayload } from './merge.ts';
import { ARTICLE_LABEL_MARK, createReducers, displayLabel } from './reducers.ts';
import { samplePayload } from './fixtures.test-helpers.ts';

const nodeLabel = (state: AppState, id: string) => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload());
  const { nodeReducer } = createReducers(g, () => state);
  // As sigma does: the reducer gets a shallow copy of the attributes and may change it.
  return { g, label: nodeReducer(id, { ...g.getNodeAttributes(id) }).label };
};

void test('article labels are marked on the canvas; events with the same headline are not', () => {
  assert.equal(displayLabel({ kind: 'Article', label: '项目签约仪式' }), `${ARTICLE_LABEL_MARK}项目签约仪式`);
  assert.equal(displayLabel({ kind: 'Event', label: '项目签约仪式' }), '项目签约仪式');
  assert.equal(nodeLabel(DEFAULT_STATE, 'evt-0000000000000001').label, '项目签约仪式');
});

void test('the mark is display only: the graph keeps the plain headline, pins stack in front', () => {
  const { g, label } = nodeLabel(
    { ...DEFAULT_STATE, pinned: ['art-0000000000000001'] },
    'art-0000000000000001',
  );
  assert.equal(label, `📌 ${ARTICLE_LABEL_MARK}武进日报`);
  assert.equal(g.getNodeAttribute('art-0000000000000001', 'label'), '武进日报');
});
