import type { NeighbourhoodQuery, PathsQuery, PathsResponse } from '../../model/api.ts';
import type { GraphPayload } from '../../model/graph.ts';
import { NotFoundError } from '../errors.ts';
import { GraphCollector } from '../neo4j/graph-collector.ts';
import type { DbNode as Node, GraphDb } from '../neo4j/graph-db.ts';
import { toValue } from '../neo4j/to-dto.ts';
import { labelOfId } from './labels.ts';

// A node passes the filters when its label is wanted and it has no date of its own (people,
// places…) or its date falls in the range.
const nodeOk = (x: string) => `(size($labels) = 0 OR labels(${x})[0] IN $labels)
  AND ($from IS NULL OR coalesce(${x}.date, ${x}.published) IS NULL OR coalesce(${x}.date, ${x}.published) >= $from)
  AND ($to IS NULL OR coalesce(${x}.date, ${x}.published) IS NULL OR coalesce(${x}.date, ${x}.published) <= $to)`;
const REL_OK = '(size($rels) = 0 OR type(r) IN $rels)';

/*
 * Every expansion streams into a LIMIT, so a hub with tens of thousands of relationships costs no
 * more than the cap. Edges between neighbours are looked up only from nodes of modest degree: a
 * hub's full relationship list is never walked to find them.
 */
const RING_1 = `
MATCH (c:$LABEL {id: $id})
CALL (c) {
  MATCH (c)-[r]-(n) WHERE n <> c AND ${REL_OK} AND ${nodeOk('n')}
  RETURN DISTINCT n LIMIT $fetch
}
WITH c, collect(n) AS ring1
CALL (c, ring1) {
  UNWIND ring1 AS n
  MATCH (c)-[r]-(n) WHERE ${REL_OK}
  RETURN collect(r) AS spokes
}`;

const INNER_EDGES = `
CALL (everyone) {
  UNWIND everyone AS a
  WITH a, everyone WHERE COUNT { (a)--() } <= $innerDegree
  MATCH (a)-[r]->(b) WHERE b IN everyone AND ${REL_OK}
  RETURN collect(r) AS inner
}`;

const DEPTH_1 = `${RING_1}
WITH c, ring1, spokes, ring1 AS everyone
${INNER_EDGES}
RETURN c, ring1 AS ns, spokes + inner AS rels, 0 AS ring2Rows`;

const DEPTH_2 = `${RING_1}
CALL (c, ring1) {
  UNWIND ring1 AS n
  MATCH (n)-[r]-(m) WHERE m <> c AND NOT m IN ring1 AND ${REL_OK} AND ${nodeOk('m')}
  RETURN m, r LIMIT $fetch2
}
WITH c, ring1, spokes, collect(m) AS ring2, collect(r) AS outward
WITH c, ring1, spokes, outward, ring1 + ring2 AS everyone
${INNER_EDGES}
RETURN c, everyone AS ns, spokes + outward + inner AS rels, size(outward) AS ring2Rows`;

const INNER_DEGREE_CAP = 200;

/** An entity and its neighbours to depth 1 or 2, filtered, capped at `limit` neighbours. */
export async function neighbourhood(db: GraphDb, id: string, q: NeighbourhoodQuery): Promise<GraphPayload> {
  const label = labelOfId(id);
  if (!label) throw new NotFoundError(`No entity with id ${id}`);
  // The label comes from the allow-list of labelOfId, never from the request.
  const query = (q.depth === 2 ? DEPTH_2 : DEPTH_1).replace('$LABEL', label);
  const { records } = await db.read(query, {
    id,
    innerDegree: INNER_DEGREE_CAP,
    fetch2: q.limit * 3,
    rels: q.rels,
    labels: q.labels,
    from: q.from ?? null,
    to: q.to ?? null,
    fetch: q.limit + 1,
  });
  const row = records[0];
  if (!row) throw new NotFoundError(`No entity with id ${id}`);
  // Ring 2 comes as (node, relationship) rows, so a node may repeat; ring 1 is listed first.
  const seen = new Map<string, Node>();
  for (const n of row.get('ns') as Node[]) if (!seen.has(n.elementId)) seen.set(n.elementId, n);
  const neighbours = [...seen.values()];
  const truncated = neighbours.length > q.limit || Number(toValue(row.get('ring2Rows'))) >= q.limit * 3;
  const graph = new GraphCollector();
  graph.add(row.get('c'));
  graph.add(neighbours.slice(0, q.limit));
  graph.add(row.get('rels'));
  return graph.payload(truncated);
}

/** The shortest paths between two entities, up to `maxHops` relationships long. */
export async function paths(db: GraphDb, q: PathsQuery): Promise<PathsResponse> {
  const from = labelOfId(q.from);
  const to = labelOfId(q.to);
  if (!from) throw new NotFoundError(`No entity with id ${q.from}`);
  if (!to) throw new NotFoundError(`No entity with id ${q.to}`);
  const ends = await db.read(
    `OPTIONAL MATCH (a:${from} {id: $from}) OPTIONAL MATCH (b:${to} {id: $to}) RETURN a IS NOT NULL AS a, b IS NOT NULL AS b`,
    { from: q.from, to: q.to },
  );
  if (!ends.records[0]?.get('a')) throw new NotFoundError(`No entity with id ${q.from}`);
  if (!ends.records[0]?.get('b')) throw new NotFoundError(`No entity with id ${q.to}`);
  if (q.from === q.to) return { nodes: [], edges: [], truncated: false, paths: [] };
  const { records } = await db.read(
    `MATCH (a:${from} {id: $from}), (b:${to} {id: $to})
     MATCH p = allShortestPaths((a)-[*..${q.maxHops}]-(b))
     RETURN p LIMIT $limit`,
    { from: q.from, to: q.to, limit: q.limit },
  );
  const graph = new GraphCollector();
  const found: string[][] = [];
  for (const r of records) {
    const p = r.get('p') as import('../neo4j/graph-db.ts').DbPath;
    graph.add(p);
    found.push([graph.idOf(p.start), ...p.segments.map((s) => graph.idOf(s.end))]);
  }
  return { ...graph.payload(false), paths: found };
}
