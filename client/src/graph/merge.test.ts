import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createExplorerGraph,
  mergePayload,
  replaceWithPayload,
  sizeForDegree,
  MIN_NODE_SIZE,
} from './merge.ts';
import { samplePayload } from './fixtures.test-helpers.ts';

void test('merging the same payload twice adds no duplicate nodes or edges', () => {
  const g = createExplorerGraph();
  const first = mergePayload(g, samplePayload(), 'per-0000000000000001');
  const second = mergePayload(g, samplePayload(), 'per-0000000000000001');
  assert.equal(g.order, 4);
  assert.equal(g.size, 3);
  assert.equal(first.addedNodes.length, 4);
  assert.equal(first.addedEdges.length, 3);
  assert.deepEqual(second.addedNodes, []);
  assert.deepEqual(second.addedEdges, []);
});

void test('nodes are sized by degree and coloured by label; the anchor sits at the centre', () => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload(), 'per-0000000000000001');
  const event = g.getNodeAttributes('evt-0000000000000001');
  assert.equal(event.size, sizeForDegree(3));
  assert.ok(event.size > g.getNodeAttribute('plc-0000000000000001', 'size'));
  assert.equal(event.kind, 'Event');
  assert.equal(event.label, '项目签约仪式');
  assert.equal(g.getNodeAttribute('per-0000000000000001', 'x'), 0);
  assert.notEqual(event.color, g.getNodeAttribute('per-0000000000000001', 'color'));
  assert.equal(sizeForDegree(0), MIN_NODE_SIZE);
});

void test('expanding merges new neighbours around the expanded node and keeps existing positions', () => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload(), 'per-0000000000000001');
  const before = g.getNodeAttributes('evt-0000000000000001');
  const { addedNodes, addedEdges } = mergePayload(
    g,
    {
      truncated: true,
      nodes: [
        { id: 'evt-0000000000000001', label: 'Event', name: '项目签约仪式', props: { date: '2024-03-15' } },
        { id: 'org-0000000000000001', label: 'Organization', name: '常州某公司', props: {} },
      ],
      edges: [
        {
          id: 'e4',
          type: 'ATTENDED',
          source: 'org-0000000000000001',
          target: 'evt-0000000000000001',
          props: {},
        },
        {
          id: 'e5',
          type: 'MENTIONS',
          source: 'art-0000000000000009',
          target: 'evt-0000000000000001',
          props: {},
        },
      ],
    },
    'evt-0000000000000001',
  );
  assert.deepEqual(addedNodes, ['org-0000000000000001']);
  assert.deepEqual(addedEdges, ['e4']);
  assert.equal(g.getNodeAttribute('evt-0000000000000001', 'x'), before.x);
  assert.equal(g.getNodeAttribute('evt-0000000000000001', 'size'), sizeForDegree(4));
});

void test('edges with unknown endpoints are skipped, not invented', () => {
  const g = createExplorerGraph();
  const p = samplePayload();
  p.edges.push({
    id: 'dangling',
    type: 'MENTIONS',
    source: 'nope',
    target: 'per-0000000000000001',
    props: {},
  });
  assert.equal(mergePayload(g, p).skippedEdges, 1);
  assert.equal(g.hasEdge('dangling'), false);
});

void test('replace clears what was there before', () => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload());
  replaceWithPayload(g, {
    truncated: false,
    nodes: [{ id: 'plc-1', label: 'Place', name: '湖塘镇', props: {} }],
    edges: [],
  });
  assert.deepEqual(g.nodes(), ['plc-1']);
});

void test('new nodes are added at their final size: no size rewrite per node, with repeats and self-loops', () => {
  const g = createExplorerGraph();
  const p = samplePayload();
  const [first] = p.edges;
  assert.ok(first);
  p.edges.push({ ...first }); // the same edge twice counts once
  p.edges.push({
    id: 'loop',
    type: 'SAME_AS',
    source: 'plc-0000000000000001',
    target: 'plc-0000000000000001',
    props: {},
  });
  p.edges.push({
    id: 'dangling',
    type: 'ATTENDED',
    source: 'per-0000000000000001',
    target: 'per-missing',
    props: {},
  });
  let updates = 0;
  g.on('nodeAttributesUpdated', () => updates++);
  mergePayload(g, p);
  assert.equal(updates, 0);
  g.forEachNode((n, a) => assert.equal(a.size, sizeForDegree(g.degree(n)), n));

  // Merging into a graph that has some of the nodes: only nodes already there change size.
  const more = samplePayload();
  more.nodes.push({ id: 'org-0000000000000001', label: 'Organization', name: '某公司', props: {} });
  more.edges.push({
    id: 'e4',
    type: 'LOCATED_IN',
    source: 'org-0000000000000001',
    target: 'plc-0000000000000001',
    props: {},
  });
  const changed = new Set<string>();
  g.on('nodeAttributesUpdated', (e) => {
    if (e.type === 'set' && e.name === 'size') changed.add(e.key);
  });
  mergePayload(g, more);
  assert.deepEqual([...changed], ['plc-0000000000000001']);
  g.forEachNode((n, a) => assert.equal(a.size, sizeForDegree(g.degree(n)), n));
});
