import { test } from 'node:test';
import assert from 'node:assert/strict';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { csvCell, edgesToCsv, nodesToCsv, toGexf } from './export-tabular.ts';
import { createExplorerGraph, mergePayload } from './merge.ts';
import { samplePayload } from './fixtures.test-helpers.ts';

void test('CSV cells quote commas, quotes and newlines, and defuse formulas', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('他说"好"'), '"他说""好"""');
  assert.equal(csvCell('line1\nline2'), '"line1\nline2"');
  assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvCell(null), '');
  assert.equal(csvCell({ a: 1 }), '"{""a"":1}"');
});

void test('node and edge CSVs have a header and one line per item', () => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload());
  const nodes = nodesToCsv(g, g.nodes()).trimEnd().split('\r\n');
  assert.equal(nodes[0], 'id,label,name,degree,props');
  assert.equal(nodes.length, 5);
  assert.ok(nodes.some((l) => l.startsWith('evt-0000000000000001,Event,项目签约仪式,3,')));
  const edges = edgesToCsv(g, ['e1']).trimEnd().split('\r\n');
  assert.deepEqual(edges, [
    'id,type,source,target,props',
    'e1,ATTENDED,per-0000000000000001,evt-0000000000000001,{}',
  ]);
});

void test('GEXF export is well-formed XML holding exactly the given nodes and edges', () => {
  const g = createExplorerGraph();
  mergePayload(g, samplePayload());
  const xml = toGexf(g, ['per-0000000000000001', 'evt-0000000000000001'], ['e1', 'e2']);
  assert.match(xml, /^<\?xml/u);
  const back = parse(Graph, xml);
  assert.deepEqual(back.mapNodes((_n, a) => a.label as string).sort(), ['张伟', '项目签约仪式'].sort());
  // e2 leads to a node outside the export and must be left out.
  assert.equal(back.size, 1);
});
