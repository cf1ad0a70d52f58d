import type { Driver } from '../ingest/write/index.ts';
import { Rng, Zipf } from './gen/prng.ts';

const BATCH = 5_000;
const PERSONS_PER_ARTICLE = 4;

// Synthetic ids keep the API's id shape (`per-` + 16 hex) but start with `f`, apart from sha1 ones.
const syntheticId = (prefix: 'art' | 'per', i: number) => `${prefix}-f${i.toString(16).padStart(15, '0')}`;

const CREATE_PERSONS = `
UNWIND $rows AS row
CREATE (:Person {id: row.id, name: row.name, titles: ['区领导']})`;

const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id, headline: row.name, name: row.name, kind: 'news', published: row.published, text: ''})
WITH a, row
UNWIND row.persons AS pid
MATCH (p:Person {id: pid})
CREATE (a)-[:MENTIONS {evidence: row.name, articleId: row.id}]->(p)`;

const LINK_REAL = (label: string) => `
UNWIND $rows AS row
MATCH (a:Article {id: row.a})
MATCH (x:${label} {id: row.x})
CREATE (a)-[:MENTIONS {evidence: '', articleId: row.a}]->(x)`;

export interface RealEntity {
  id: string;
  label: 'Person' | 'Organization' | 'Place' | 'Project';
}

/**
 * Grows the graph to about `targetNodes` with synthetic articles, each mentioning four synthetic
 * people (Zipf-drawn, so some become hubs) and one entity of the real ingested graph, so the
 * queried neighbourhoods sit inside a graph of the target size rather than beside it.
 */
export async function addBulkNodes(
  driver: Driver,
  current: number,
  targetNodes: number,
  real: readonly RealEntity[],
  log: (s: string) => void,
): Promise<number> {
  const toAdd = targetNodes - current;
  if (toAdd <= 0 || real.length === 0) return 0;
  const persons = Math.floor(toAdd / 5);
  const articles = toAdd - persons;
  const rng = new Rng(0xb01c);
  const t0 = performance.now();
  const run = (query: string, rows: unknown[]) => driver.executeQuery(query, { rows }, { database: 'neo4j' });
  for (let i = 0; i < persons; i += BATCH) {
    const rows = [];
    for (let k = i; k < Math.min(persons, i + BATCH); k++)
      rows.push({ id: syntheticId('per', k), name: `合成${k}` });
    await run(CREATE_PERSONS, rows);
  }
  const zipf = new Zipf(persons);
  const realZipf = new Zipf(real.length, 0.8);
  for (let i = 0; i < articles; i += BATCH) {
    const rows = [];
    const links = new Map<string, { a: string; x: string }[]>();
    for (let k = i; k < Math.min(articles, i + BATCH); k++) {
      const id = syntheticId('art', k);
      const ps = new Set<string>();
      for (let j = 0; j < PERSONS_PER_ARTICLE; j++) ps.add(syntheticId('per', zipf.draw(rng)));
      rows.push({ id, name: `合成报道${k}`, published: '2021-06-01', persons: [...ps] });
      const r = real[realZipf.draw(rng)] as RealEntity;
      links.set(r.label, [...(links.get(r.label) ?? []), { a: id, x: r.id }]);
    }
    await run(CREATE_ARTICLES, rows);
    for (const [label, ls] of links) await run(LINK_REAL(label), ls);
    if ((i / BATCH) % 20 === 0) log(`  bulk: ${i + rows.length}/${articles} articles`);
  }
  log(`  bulk: ${toAdd} nodes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return toAdd;
}

export async function realEntities(driver: Driver): Promise<RealEntity[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE (n:Person OR n:Organization OR n:Place OR n:Project) AND NOT n.id STARTS WITH 'per-f'
     RETURN n.id AS id, labels(n)[0] AS label ORDER BY id`,
    {},
    { database: 'neo4j' },
  );
  return records.map((r) => ({ id: r.get('id') as string, label: r.get('label') as RealEntity['label'] }));
}
