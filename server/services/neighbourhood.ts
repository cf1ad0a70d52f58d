import type { NeighbourhoodQuery, PathsQuery, PathsResponse } from '../../model/api.ts';
import type { GraphPayload } from '../../model/graph.ts';
import { NotFoundError } from '../errors.ts';
import { GraphCollector } from '../neo4j/graph-collector.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { labelOfId } from './labels.ts';

// A node passes the date filter when it has no date of its own (people, places…) or it falls in range.
const NODE_OK = `(size($labels) = 0 OR labels(x)[0] IN $labels)
  AND ($from IS NULL OR coalesce(x.date, x.published) IS NULL OR coalesce(x.date, x.published) >= $from)
  AND ($to IS NULL OR coalesce(x.date, x.published) IS NULL OR coalesce(x.date, x.published) <= $to)`;

const neighbourhoodQuery = (label: string, depth: 1 | 2) => `
MATCH (c:${label} {id: $id})
CALL (c) {
  MATCH p = (c)-[rs*1..${depth}]-(n)
  WHERE n <> c
    AND all(r IN rs WHERE size($rels) = 0 OR type(r) IN $rels)
    AND all(x IN nodes(p)[1..] WHERE ${NODE_OK})
  RETURN DISTINCT n LIMIT $fetch
}
WITH c, collect(n) AS ns
WITH c, ns, c + ns AS everyone
UNWIND everyone AS a
OPTIONAL MATCH (a)-[r]->(b) WHERE b IN everyone AND (size($rels) = 0 OR type(r) IN $rels)
RETURN c, ns, collect(r) AS rels`;

/** An entity and its neighbours to depth 1 or 2, filtered, capped at `limit` neighbours. */
export async function neighbourhood(db: GraphDb, id: string, q: NeighbourhoodQuery): Promise<GraphPayload> {
  const label = labelOfId(id);
  if (!label) throw new NotFoundError(`No entity with id ${id}`);
  const { records } = await db.read(neighbourhoodQuery(label, q.depth === 2 ? 2 : 1), {
    id,
    rels: q.rels,
    labels: q.labels,
    from: q.from ?? null,
    to: q.to ?? null,
    fetch: q.limit + 1,
  });
  const row = records[0];
  if (!row) throw new NotFoundError(`No entity with id ${id}`);
  const neighbours = row.get('ns') as unknown[];
  const truncated = neighbours.length > q.limit;
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
    const p = r.get('p') as import('neo4j-driver').Path;
    graph.add(p);
    found.push([graph.idOf(p.start), ...p.segments.map((s) => graph.idOf(s.end))]);
  }
  return { ...graph.payload(false), paths: found };
}
