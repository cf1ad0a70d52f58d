import { test } from 'node:test';
import assert from 'node:assert/strict';
import { samplePayload } from '../graph/fixtures.test-helpers.ts';
import { cellText, describeCell, indexResultGraph } from './result-cell.ts';

const index = indexResultGraph(samplePayload());
const personNode = { id: 'per-0000000000000001', label: 'Person', name: '张伟', props: { title: '区长' } };

void test('a node cell is its name and label, not a dump of its properties', () => {
  const view = describeCell({ node: personNode }, index);
  assert.deepEqual(view, {
    kind: 'node',
    node: { id: 'per-0000000000000001', kind: 'Person', name: '张伟' },
  });
  assert.equal(cellText(view), '张伟');
});

void test('a relationship cell is its type between its endpoints when the result graph has them', () => {
  const view = describeCell({ relationship: { id: 'e1', type: 'ATTENDED' } }, index);
  assert.equal(view.kind, 'relationship');
  assert.equal(cellText(view), '张伟 -[ATTENDED]-> 项目签约仪式');
  assert.equal(
    cellText(describeCell({ relationship: { id: 'elsewhere', type: 'MENTIONS' } }, index)),
    'MENTIONS',
  );
});

void test('a path cell reads A → B → C with names looked up, unknown ids kept as they are', () => {
  const view = describeCell(
    {
      path: [
        ['per-0000000000000001', 'ATTENDED', 'evt-0000000000000001'],
        ['evt-0000000000000001', 'LOCATED_IN', 'plc-9999999999999999'],
      ],
    },
    index,
  );
  assert.equal(view.kind, 'path');
  assert.equal(cellText(view), '张伟 → 项目签约仪式 → plc-9999999999999999');
  if (view.kind === 'path') assert.deepEqual(view.types, ['ATTENDED', 'LOCATED_IN']);
});

void test('plain values stay as they are; other objects and lists are compact JSON', () => {
  assert.deepEqual(describeCell('武进区', index), { kind: 'text', text: '武进区' });
  assert.deepEqual(describeCell(3, index), { kind: 'text', text: '3' });
  assert.deepEqual(describeCell(null, index), { kind: 'text', text: '' });
  assert.deepEqual(describeCell([1, 2], index), { kind: 'text', text: '[1,2]' });
  assert.deepEqual(describeCell({ k: 'v' }, index), { kind: 'text', text: '{"k":"v"}' });
  // A map that merely has a `node` key is not a node.
  assert.equal(describeCell({ node: 'x' }, index).kind, 'text');
  assert.equal(describeCell({ node: personNode, extra: 1 }, index).kind, 'text');
});

void test('a list of nodes (collect) lists each node', () => {
  const view = describeCell([{ node: personNode }, 'x'], index);
  assert.equal(view.kind, 'list');
  assert.equal(cellText(view), '张伟, x');
});
