import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderPaths, pathRank } from './path-order.ts';

const KINDS: Record<string, string> = {
  p1: 'Person',
  p2: 'Person',
  a1: 'Article',
  e1: 'Event',
  o1: 'Organization',
};
const kindOf = (id: string) => KINDS[id] ?? '';

void test('paths through an Event come before those through an Article with the same headline', () => {
  const viaArticle = ['p1', 'a1', 'p2'];
  const viaEvent = ['p1', 'e1', 'p2'];
  assert.deepEqual(orderPaths([viaArticle, viaEvent], kindOf), [viaEvent, viaArticle]);
});

void test('other paths sit between; the API order is kept within a rank; the ends do not count', () => {
  const paths = [
    ['p1', 'a1', 'p2'],
    ['p1', 'o1', 'p2'],
    ['p1', 'e1', 'o1', 'p2'],
    ['p1', 'e1', 'p2'],
    ['a1', 'p1'],
  ];
  assert.deepEqual(orderPaths(paths, kindOf), [
    ['p1', 'e1', 'o1', 'p2'],
    ['p1', 'e1', 'p2'],
    ['p1', 'o1', 'p2'],
    ['a1', 'p1'],
    ['p1', 'a1', 'p2'],
  ]);
  assert.equal(pathRank(['a1', 'p1'], kindOf), 1);
});
