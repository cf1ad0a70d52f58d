import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './places.ts';

const places = (s: string): [string, string, string | null][] =>
  findPlaces(s).map((p) => [p.name, p.kind, p.partOf]);

void test('a town, village and natural village written together form a partOf chain', () => {
  assert.deepEqual(places('随后来到前黄镇寨桥村东塘自然村，查看污水处理设施。'), [
    ['前黄镇', 'town', null],
    ['寨桥村', 'village', '前黄镇'],
    ['东塘自然村', 'village', '寨桥村'],
  ]);
});

void test('rivers, lakes and roads by their type word', () => {
  const names = places('既要关注滆湖以及武宜运河等河道，也要关注延政路沿线。').map((p) => p[0]);
  assert.deepEqual(names, ['滆湖', '武宜运河', '延政路']);
});

void test('common words ending in a place word are not places', () => {
  assert.deepEqual(places('理清发展思路，疏通城市道路，加强河湖管理，守好责任河。'), []);
});

void test('a park keeps the town it belongs to', () => {
  assert.deepEqual(places('位于湖塘镇纺织工业园的企业'), [
    ['湖塘镇', 'town', null],
    ['湖塘镇纺织工业园', 'park', '湖塘镇'],
  ]);
});

void test('gazetteer names and their short forms', () => {
  assert.deepEqual(
    places('常州的发展，武进区境内').map((p) => [p[0], p[1]]),
    [
      ['常州', 'city'],
      ['武进区', 'district'],
    ],
  );
});
