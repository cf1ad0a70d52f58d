import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeLabelBox, panToContain } from './keep-in-view.ts';

const viewport = { width: 800, height: 600 };

void test('a node whose label runs past the right edge is brought in, by just enough', () => {
  const box = nodeLabelBox(700, 300, 5, 200, 13);
  assert.equal(box.right, 908);
  const { dx, dy } = panToContain(box, viewport, 20);
  assert.equal(dx, 908 - 780);
  assert.equal(dy, 0);
  const moved = { ...box, left: box.left - dx, right: box.right - dx };
  assert.deepEqual(panToContain(moved, viewport, 20), { dx: 0, dy: 0 });
});

void test('nothing moves when node and label are already visible', () => {
  assert.deepEqual(panToContain(nodeLabelBox(400, 300, 8, 120, 13), viewport, 20), { dx: 0, dy: 0 });
});

void test('nodes off the left or top edge are brought in the other way', () => {
  const { dx, dy } = panToContain(nodeLabelBox(5, 10, 5, 50, 13), viewport, 20);
  assert.equal(dx, 0 - 20);
  assert.ok(dy < 0);
});

void test('a label wider than the viewport keeps the node itself in view', () => {
  const box = nodeLabelBox(600, 300, 5, 2000, 13);
  const { dx } = panToContain(box, viewport, 20);
  assert.equal(box.left - dx, 20, 'the node lands at the left margin rather than off screen');
});
