import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, DEFAULT_STATE, encodeState, type AppState } from './index.ts';

const roundTrip = (s: AppState) => decodeState(`#${encodeState(s)}`);

void test('default state encodes to an empty hash', () => {
  assert.equal(encodeState(DEFAULT_STATE), '');
  assert.deepEqual(decodeState(''), DEFAULT_STATE);
});

void test('selection, filters, paths and language survive a round trip', () => {
  const s: AppState = {
    ...DEFAULT_STATE,
    lang: 'en',
    focus: 'per-0123456789abcdef',
    selected: 'org-0123456789abcdef',
    filters: {
      hiddenLabels: ['Article', 'Event'],
      hiddenRels: ['MENTIONS'],
      from: '2024-01-01',
      to: '2024-12-31',
    },
    path: { from: 'per-0123456789abcdef', to: 'plc-0123456789abcdef', paths: [] },
    labelDensity: 'high',
    view: { kind: 'timeline', id: 'per-0123456789abcdef' },
  };
  assert.deepEqual(roundTrip(s), s);
});

void test('saved query name and params, and console text with CJK and symbols, round-trip', () => {
  const q: AppState = {
    ...DEFAULT_STATE,
    view: { kind: 'queries', name: 'officials-at-event', params: { name: '武进区', limit: '10' } },
  };
  assert.deepEqual(roundTrip(q), q);
  const text = "MATCH (p:Person {name: '张三'})-[:ATTENDED]->(e) RETURN p, e LIMIT 5 // a&b=c#d";
  const c: AppState = { ...DEFAULT_STATE, view: { kind: 'console', text } };
  assert.deepEqual(roundTrip(c), c);
});

void test('unknown labels, bad dates and unknown views fall back to defaults', () => {
  const s = decodeState('hl=Person,Bogus&hr=NOPE&from=yesterday&view=warp:1&dens=max');
  assert.deepEqual(s.filters.hiddenLabels, ['Person']);
  assert.deepEqual(s.filters.hiddenRels, []);
  assert.equal(s.filters.from, null);
  assert.equal(s.view.kind, 'none');
  assert.equal(s.labelDensity, 'medium');
});
