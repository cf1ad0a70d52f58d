import type { SearchHit, SearchQuery } from '../../model/api.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { toValue } from '../neo4j/to-dto.ts';
import { postOf } from './overview.ts';

// Lucene's query syntax; a user's text is matched as words, never as operators.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/gu;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR labels(node)[0] IN $labels
RETURN node.id AS id, labels(node)[0] AS label, node.name AS name, coalesce(node.aliases, []) AS aliases,
       score + CASE WHEN node.name = $q THEN 10.0 WHEN node.name STARTS WITH $q THEN 2.0 ELSE 0.0 END AS score,
       coalesce(${postOf('node')}, node.kind, node.type) AS detail
ORDER BY score DESC LIMIT $limit`;

// Bigram full-text cannot match a single character; text indexes answer CONTAINS for each label.
const CONTAINS = `
CALL () {
  MATCH (n:Person) WHERE n.name CONTAINS $q RETURN n
  UNION MATCH (n:Organization) WHERE n.name CONTAINS $q RETURN n
  UNION MATCH (n:Place) WHERE n.name CONTAINS $q RETURN n
  UNION MATCH (n:Project) WHERE n.name CONTAINS $q RETURN n
}
WITH n WHERE size($labels) = 0 OR labels(n)[0] IN $labels
WITH n, COUNT { (n)--() } AS degree
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
       toFloat(degree) / (degree + 1) + CASE WHEN n.name STARTS WITH $q THEN 1.0 ELSE 0.0 END AS score,
       coalesce(${postOf('n')}, n.kind) AS detail
ORDER BY score DESC, size(name) LIMIT $limit`;

export async function search(db: GraphDb, q: SearchQuery): Promise<SearchHit[]> {
  const chars = [...q.q.replace(/\s+/gu, '')];
  const params = { q: q.q, labels: q.labels, limit: q.limit, fetch: q.limit * 5 };
  const query = chars.length <= 1 ? CONTAINS : FULLTEXT;
  const lucene = q.q.replace(LUCENE_SPECIAL, ' ').trim();
  if (chars.length > 1 && lucene === '') return [];
  const { records } = await db.read(query, { ...params, lucene });
  return records.map((r) => ({
    id: String(r.get('id')),
    label: String(r.get('label')),
    name: String(r.get('name')),
    aliases: (r.get('aliases') as string[]).map(String),
    score: Number(toValue(r.get('score'))),
    detail: r.get('detail') === null ? null : String(r.get('detail')),
  }));
}
