import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  Node,
  Path,
  Relationship,
} from 'neo4j-driver';
import type { Evidence, GraphEdge, GraphNode, PropValue } from '../../model/graph.ts';

/**
 * The one boundary where driver types become our DTOs. Integers stay exact (a string past 2^53),
 * temporal values become ISO strings, points become {srid, x, y, z}.
 */
export function toValue(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === 'bigint')
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(v)
      : v.toString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v))
    return v.toString();
  if (isPoint(v)) {
    const p: Record<string, PropValue> = { srid: toValue(v.srid), x: v.x, y: v.y };
    if (v.z !== undefined) p.z = v.z;
    return p;
  }
  if (v instanceof Node) return { node: nodeDto(v as Node) as unknown as PropValue };
  if (v instanceof Relationship) {
    const r = v as Relationship;
    return { relationship: { id: r.elementId, type: r.type } };
  }
  if (v instanceof Path) {
    const end = (n: Node) => (typeof n.properties.id === 'string' ? n.properties.id : n.elementId);
    return { path: (v as Path).segments.map((s) => [end(s.start), s.relationship.type, end(s.end)]) };
  }
  if (Array.isArray(v)) return v.map(toValue);
  if (typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toValue(x)]));
  }
  return null;
}

const HIDDEN_PROPS = new Set(['text', 'aliasText']);

/** What nodeDto reads of a node: a driver Node, or a row made by NODE_ROW below. */
export type NodeLike = Pick<Node, 'elementId' | 'labels' | 'properties'>;
/** What edgeDto reads of a relationship: a driver Relationship, or a row made by REL_ROW below. */
export type RelLike = Pick<
  Relationship,
  'elementId' | 'type' | 'startNodeElementId' | 'endNodeElementId' | 'properties'
>;

/**
 * Cypher for a node as a map without its long text, so an article's body never crosses the wire
 * when only the graph is wanted. `x` is a variable name of the query, never user input.
 */
export const NODE_ROW = (x: string) =>
  `{elementId: elementId(${x}), labels: labels(${x}), properties: ${x} {.*, text: null, aliasText: null}}`;
export const REL_ROW = (r: string) =>
  `{elementId: elementId(${r}), type: type(${r}), startNodeElementId: elementId(startNode(${r})), ` +
  `endNodeElementId: elementId(endNode(${r})), properties: properties(${r})}`;

/**
 * The same as lists, for results of thousands of rows: no map keys to decode, and our short ids
 * in place of element ids (a node's `id` is its key; element ids are kept only where no id is).
 * A node row has 3 items. A relationship row stands for all the relationships of one type between
 * the same two nodes (one per article that states the fact), which become one edge anyway: the
 * first one whole, the others' evidence as [articleId, sentence] pairs. `rels` is a list
 * expression over variables the caller imports into the subquery (`vars`).
 */
const ID_OF = (x: string) => `coalesce(${x}.id, elementId(${x}))`;
export const NODE_LIST = (x: string) => `[${ID_OF(x)}, labels(${x}), ${x} {.*, text: null, aliasText: null}]`;
export const REL_GROUPS = (vars: string, rels: string, out: string) => `
CALL (${vars}) {
  UNWIND ${rels} AS r
  WITH DISTINCT r
  WITH type(r) AS type, startNode(r) AS a, endNode(r) AS b, collect(r) AS rs
  RETURN collect([elementId(head(rs)), type, ${ID_OF('a')}, ${ID_OF('b')}, properties(head(rs)),
                  [x IN tail(rs) | [x.articleId, x.evidence]]]) AS ${out}
}`;

export interface RelGroup {
  rel: RelLike;
  /** Evidence of the group's other relationships, in the order Neo4j gave them. */
  moreEvidence: Evidence[];
}

/** A NODE_LIST or REL_GROUPS row as the shapes nodeDto and edgeDto read. */
export function readRow(row: unknown[]): NodeLike | RelGroup {
  if (row.length === 3) {
    const [elementId, labels, properties] = row as [string, string[], Record<string, unknown>];
    return { elementId, labels, properties };
  }
  const [elementId, type, startNodeElementId, endNodeElementId, properties, more] = row as [
    string,
    string,
    string,
    string,
    Record<string, unknown>,
    [unknown, unknown][],
  ];
  const moreEvidence: Evidence[] = [];
  for (const [articleId, sentence] of more) {
    if (typeof articleId === 'string' && typeof sentence === 'string')
      moreEvidence.push({ articleId, sentence });
  }
  return { rel: { elementId, type, startNodeElementId, endNodeElementId, properties }, moreEvidence };
}

export function nodeDto(n: NodeLike): GraphNode {
  const props: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(n.properties)) {
    if (!HIDDEN_PROPS.has(k) && v !== null) props[k] = toValue(v);
  }
  const id = typeof n.properties.id === 'string' ? n.properties.id : n.elementId;
  const name =
    [n.properties.name, n.properties.headline].find((x): x is string => typeof x === 'string') ?? id;
  return { id, label: n.labels[0] ?? 'Node', name, props };
}

/** Relationship → edge; endpoints are mapped to our ids through the nodes seen with it. */
export function edgeDto(r: RelLike, idOfElement: ReadonlyMap<string, string>): GraphEdge {
  const props: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(r.properties)) props[k] = toValue(v);
  const edge: GraphEdge = {
    id: r.elementId,
    type: r.type,
    source: idOfElement.get(r.startNodeElementId) ?? r.startNodeElementId,
    target: idOfElement.get(r.endNodeElementId) ?? r.endNodeElementId,
    props,
  };
  if (typeof r.properties.evidence === 'string' && typeof r.properties.articleId === 'string') {
    edge.evidence = [{ articleId: r.properties.articleId, sentence: r.properties.evidence }];
  }
  return edge;
}
