import type { Overview, StartItem } from '../../model/api.ts';
import { NodeLabelSchema } from '../../model/graph.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { toValue } from '../neo4j/to-dto.ts';

/** How many starting points each list of the first screen offers. */
export const START_ITEMS = 8;

/**
 * A person's latest post, passing over the group the paper files them under (`区领导`, `市、区领导`)
 * when it also names a post.
 */
export const postOf = (v: string): string =>
  `coalesce(last([t IN coalesce(${v}.titles, []) WHERE NOT t ENDS WITH '领导']), last(${v}.titles))`;

// One round trip. Counts come from Neo4j's count store; the dated ends and the latest articles
// from the index on Article.published, the biggest projects from the one on Project.investment.
// Each list is ranked by how many articles mention the entity (a degree, not a scan of articles).
const OVERVIEW = `
RETURN
  COUNT { (:Article) } AS articles,
  COUNT { (:Event) } AS events,
  COUNT { (:Person) } AS people,
  COUNT { (:Organization) } AS organizations,
  COUNT { (:Place) } AS places,
  COUNT { (:Project) } AS projects,
  COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL
            RETURN a.published ORDER BY a.published LIMIT 1 } AS first,
  COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL
            RETURN a.published ORDER BY a.published DESC LIMIT 1 } AS last,
  COLLECT { MATCH (p:Person) WHERE size(coalesce(p.titles, [])) > 0
            WITH p, COUNT { (p)<-[:MENTIONS]-() } AS n ORDER BY n DESC, p.name LIMIT $limit
            RETURN {id: p.id, label: 'Person', name: p.name, detail: ${postOf('p')}, count: n} } AS officials,
  COLLECT { MATCH (o:Organization)
            WITH o, COUNT { (o)<-[:MENTIONS]-() } AS n ORDER BY n DESC, o.name LIMIT $limit
            RETURN {id: o.id, label: 'Organization', name: o.name, detail: o.kind, count: n} } AS organizations_,
  COLLECT { MATCH (p:Project) WHERE p.investment IS NOT NULL AND coalesce(p.currency, 'CNY') = 'CNY'
            WITH p ORDER BY p.investment DESC, p.name LIMIT $limit
            RETURN {id: p.id, label: 'Project', name: p.name, detail: p.investmentText,
                    count: COUNT { (p)<-[:MENTIONS]-() }} } AS projects_,
  COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL
            WITH a ORDER BY a.published DESC, a.position, a.headline LIMIT $limit
            RETURN {id: a.id, label: 'Article', name: coalesce(a.headline, a.file, a.id), detail: a.published,
                    count: COUNT { (a)-[:MENTIONS]->() }} } AS articles_`;

const int = (v: unknown): number => Number(toValue(v) ?? 0);
const text = (v: unknown): string | null => {
  const x = toValue(v);
  return x === null ? null : typeof x === 'string' ? x : JSON.stringify(x);
};

function items(rows: unknown): StartItem[] {
  return (rows as Record<string, unknown>[]).map((r) => ({
    id: String(r.id),
    label: NodeLabelSchema.parse(r.label),
    name: String(r.name),
    detail: text(r.detail),
    count: int(r.count),
  }));
}

/** The first screen: what the database holds and where to start (most reported, biggest, latest). */
export async function overview(db: GraphDb, limit = START_ITEMS): Promise<Overview> {
  const { records } = await db.read(OVERVIEW, { limit });
  const r = records[0];
  if (!r) throw new Error('Overview query returned no row');
  const first = r.get('first') as unknown[];
  const last = r.get('last') as unknown[];
  return {
    counts: {
      articles: int(r.get('articles')),
      events: int(r.get('events')),
      people: int(r.get('people')),
      organizations: int(r.get('organizations')),
      places: int(r.get('places')),
      projects: int(r.get('projects')),
    },
    published: { first: text(first[0]), last: text(last[0]) },
    officials: items(r.get('officials')),
    organizations: items(r.get('organizations_')),
    projects: items(r.get('projects_')),
    articles: items(r.get('articles_')),
  };
}
