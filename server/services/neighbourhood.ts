import type { NeighbourhoodQuery, PathsQuery, PathsResponse } from '../../model/api.ts';
import type { GraphPayload } from '../../model/graph.ts';
import { NotFoundError } from '../errors.ts';
import { GraphCollector } from '../neo4j/graph-collector.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import {
  NODE_LIST,
  NODE_ROW,
  readRow,
  REL_GROUPS,
  REL_ROW,
  toValue,
  type NodeLike,
  type RelLike,
} from '../neo4j/to-dto.ts';
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

/*
 * Nodes and relationship groups go back without article bodies, one row each rather than as two
 * long lists in one row: the driver decodes a string of a message that spans several Bolt chunks
 * by walking all of the message's chunks, so one big row costs time in the square of its size.
 * Rows are lists (NODE_LIST, REL_GROUPS), not maps, and parallel relationships come as one row:
 * a depth-2 answer had 2,500 rows, 1,800 of them relationships that made 1,000 edges, and
 * decoding them was most of the server's time.
 */
const ROWS = (nodes: string, vars: string, rels: string, ring2Rows: string) => `
${REL_GROUPS(vars, rels, 'relRows')}
UNWIND [${NODE_LIST('c')}] + [n IN ${nodes} | ${NODE_LIST('n')}] + relRows AS row
RETURN row, ${ring2Rows} AS ring2Rows`;

const DEPTH_1 = `${RING_1}
WITH c, ring1, spokes, ring1 AS everyone
${INNER_EDGES}
${ROWS('ring1', 'spokes, inner', 'spokes + inner', '0')}`;

/*
 * Ring 2 is looked for only while ring 1 leaves room under the limit, and only the first
 * neighbours that fit are kept, with the relationships that reach them: edges between neighbours
 * are then looked up among at most `limit` nodes, not among every row the expansion saw. The
 * expansion is aggregated inside its subquery, so an entity with no ring 2 still has its row.
 */
const DEPTH_2 = `${RING_1}
CALL (c, ring1) {
  UNWIND (CASE WHEN size(ring1) <= $limit THEN ring1 ELSE [] END) AS n
  MATCH (n)-[r]-(m) WHERE m <> c AND NOT m IN ring1 AND ${REL_OK} AND ${nodeOk('m')}
  WITH m, r LIMIT $fetch2
  RETURN collect(DISTINCT m) AS found2, collect({m: m, r: r}) AS seen
}
WITH c, ring1, spokes, seen, found2[0..($limit + 1 - size(ring1))] AS ring2
WITH c, ring1, spokes, size(seen) AS seenRows, ring1 + ring2 AS everyone,
     [x IN seen WHERE x.m IN ring2 | x.r] AS outward
${INNER_EDGES}
${ROWS('everyone', 'spokes, outward, inner', 'spokes + outward + inner', 'seenRows')}`;

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
    limit: q.limit,
    rels: q.rels,
    labels: q.labels,
    from: q.from ?? null,
    to: q.to ?? null,
    fetch: q.limit + 1,
  });
  if (records.length === 0) throw new NotFoundError(`No entity with id ${id}`);
  const graph = new GraphCollector();
  // The entity itself comes first, then ring 1, then ring 2, so the cap keeps the nearest.
  let nodes = -1;
  let truncated = Number(toValue(records[0]?.get('ring2Rows'))) >= q.limit * 3;
  for (const record of records) {
    const row = readRow(record.get('row') as unknown[]);
    if ('rel' in row) graph.addRel(row.rel, row.moreEvidence);
    else if (nodes < q.limit) {
      graph.addNode(row);
      nodes += 1;
    } else truncated = true;
  }
  return graph.payload(truncated);
}

/** The shortest paths between two entities, up to `maxHops` relationships long; one round trip. */
export async function paths(db: GraphDb, q: PathsQuery): Promise<PathsResponse> {
  const from = labelOfId(q.from);
  const to = labelOfId(q.to);
  if (!from) throw new NotFoundError(`No entity with id ${q.from}`);
  if (!to) throw new NotFoundError(`No entity with id ${q.to}`);
  // Labels come from the allow-list of labelOfId and maxHops is a validated integer.
  const { records } = await db.read(
    `OPTIONAL MATCH (a:${from} {id: $from})
     OPTIONAL MATCH (b:${to} {id: $to})
     CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH p = allShortestPaths((a)-[*..${q.maxHops}]-(b))
       WITH p LIMIT $limit
       RETURN collect({ns: [x IN nodes(p) | ${NODE_ROW('x')}], rs: [r IN relationships(p) | ${REL_ROW('r')}]}) AS found
     }
     RETURN a IS NOT NULL AS a, b IS NOT NULL AS b, found`,
    { from: q.from, to: q.to, limit: q.limit },
  );
  const row = records[0];
  if (!row?.get('a')) throw new NotFoundError(`No entity with id ${q.from}`);
  if (!row.get('b')) throw new NotFoundError(`No entity with id ${q.to}`);
  const graph = new GraphCollector();
  const found: string[][] = [];
  for (const p of row.get('found') as { ns: NodeLike[]; rs: RelLike[] }[]) {
    for (const n of p.ns) graph.addNode(n);
    for (const r of p.rs) graph.addRel(r);
    found.push(p.ns.map((n) => graph.idOf(n)));
  }
  return { ...graph.payload(false), paths: found };
}
