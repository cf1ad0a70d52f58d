import type { EntityResponse } from '../../model/api.ts';
import { NotFoundError } from '../errors.ts';
import type { DbNode as Node, GraphDb } from '../neo4j/graph-db.ts';
import { nodeDto, toValue } from '../neo4j/to-dto.ts';
import { labelOfId } from './labels.ts';

const EVIDENCE_CAP = 500;

// Titles over time come from the relationships that carry them, dated by their article.
const TITLES = `
MATCH (p:Person {id: $id})-[r:ATTENDED|MENTIONS]-(x)
WITH r, CASE WHEN x:Event THEN x.date ELSE NULL END AS eventDate
OPTIONAL MATCH (a:Article {id: r.articleId})
WITH coalesce(eventDate, a.published) AS date, r.titles AS titles
UNWIND titles AS title
WITH title, min(date) AS firstSeen, max(date) AS lastSeen, count(*) AS n
RETURN title, firstSeen, lastSeen, n ORDER BY coalesce(firstSeen, '9999'), title`;

/** An entity with its evidence: every relationship that carries a sentence, with its article. */
export async function entity(db: GraphDb, id: string): Promise<EntityResponse> {
  const label = labelOfId(id);
  if (!label) throw new NotFoundError(`No entity with id ${id}`);
  const { records } = await db.read(
    `MATCH (n:${label} {id: $id})
     OPTIONAL MATCH (n)-[r]-(other) WHERE r.evidence IS NOT NULL
     WITH n, r, other LIMIT $cap
     OPTIONAL MATCH (a:Article {id: r.articleId})
     WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE {
       relation: type(r), sentence: r.evidence, articleId: r.articleId,
       headline: a.headline, date: a.published, otherId: other.id, otherName: coalesce(other.name, other.headline)
     } END) AS evidence
     RETURN n, evidence, COUNT { (n)--() } AS degree`,
    { id, cap: EVIDENCE_CAP },
  );
  const row = records[0];
  if (!row) throw new NotFoundError(`No entity with id ${id}`);
  const node = row.get('n') as Node;
  const titles =
    label === 'Person'
      ? (await db.read(TITLES, { id })).records.map((t) => ({
          title: String(t.get('title')),
          firstSeen: (t.get('firstSeen') as string | null) ?? null,
          lastSeen: (t.get('lastSeen') as string | null) ?? null,
          count: Number(toValue(t.get('n'))),
        }))
      : [];
  const evidence = (row.get('evidence') as Record<string, unknown>[]).map((e) => ({
    relation: String(e.relation),
    sentence: String(e.sentence),
    articleId: String(e.articleId),
    headline: (e.headline as string | null) ?? null,
    date: (e.date as string | null) ?? null,
    otherId: (e.otherId as string | null) ?? null,
    otherName: (e.otherName as string | null) ?? null,
  }));
  const aliases = Array.isArray(node.properties.aliases)
    ? (node.properties.aliases as unknown[]).map(String)
    : [];
  return { node: nodeDto(node), aliases, titles, evidence, degree: Number(toValue(row.get('degree'))) };
}
