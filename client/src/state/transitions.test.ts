import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeTopmost,
  DEFAULT_STATE,
  emptyHistory,
  hideNode,
  openView,
  popHistory,
  pruneMissing,
  pushHistory,
  selectNode,
  setDateRange,
  setFocus,
  toggleLabelFilter,
  togglePin,
  toggleRelFilter,
} from './index.ts';

void test('hiding the selected node deselects it and does not duplicate', () => {
  const s = hideNode('per-1')(hideNode('per-1')(selectNode('per-1')(DEFAULT_STATE)));
  assert.deepEqual(s.hidden, ['per-1']);
  assert.equal(s.selected, null);
});

void test('transitions do not mutate their input', () => {
  const before = structuredClone(DEFAULT_STATE);
  toggleLabelFilter('Person')(DEFAULT_STATE);
  togglePin('x')(DEFAULT_STATE);
  assert.deepEqual(DEFAULT_STATE, before);
});

void test('label and relationship filters toggle on and off', () => {
  const once = toggleRelFilter('ATTENDED')(toggleLabelFilter('Event')(DEFAULT_STATE));
  assert.deepEqual(once.filters.hiddenLabels, ['Event']);
  assert.deepEqual(once.filters.hiddenRels, ['ATTENDED']);
  const twice = toggleRelFilter('ATTENDED')(toggleLabelFilter('Event')(once));
  assert.deepEqual(twice.filters, DEFAULT_STATE.filters);
});

void test('empty date strings clear the range', () => {
  const s = setDateRange('', '2024-05-01')(DEFAULT_STATE);
  assert.equal(s.filters.from, null);
  assert.equal(s.filters.to, '2024-05-01');
});

void test('setFocus selects the entity, resets hidden nodes and found paths, keeps path ends', () => {
  const s = setFocus('per-2')({
    ...DEFAULT_STATE,
    hidden: ['a'],
    path: { from: 'a', to: 'b', paths: [['a', 'b']] },
  });
  assert.equal(s.selected, 'per-2');
  assert.deepEqual(s.hidden, []);
  assert.deepEqual(s.path, { from: 'a', to: 'b', paths: [] });
});

void test('Esc closes the drawer first, then the side panel', () => {
  const s = openView({ kind: 'paths' })(selectNode('per-1')(DEFAULT_STATE));
  const once = closeTopmost()(s);
  assert.equal(once.view.kind, 'none');
  assert.equal(once.selected, 'per-1');
  assert.equal(closeTopmost()(once).selected, null);
});

void test('pruneMissing drops ids no longer in the graph', () => {
  const s = pruneMissing((id) => id === 'keep')({
    ...DEFAULT_STATE,
    selected: 'gone',
    hidden: ['keep', 'gone'],
    pinned: ['gone'],
  });
  assert.equal(s.selected, null);
  assert.deepEqual(s.hidden, ['keep']);
  assert.deepEqual(s.pinned, []);
});

void test('undo history pops in reverse order and is bounded', () => {
  let h = emptyHistory<number>(3);
  for (const n of [1, 2, 3, 4]) h = pushHistory(n)(h);
  assert.deepEqual(h.past, [2, 3, 4]);
  const a = popHistory(h);
  assert.equal(a.entry, 4);
  const b = popHistory(a.history);
  assert.equal(b.entry, 3);
  const empty = popHistory(emptyHistory<number>());
  assert.equal(empty.entry, null);
});
