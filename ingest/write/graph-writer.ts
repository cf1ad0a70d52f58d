import type { Driver } from 'neo4j-driver';
import { loadCypherFolder } from '../../platform/cypher-files.ts';
import type { ArticleGraph } from '../resolve/article-graph.ts';
import { combineNodeRows } from './combine-rows.ts';
import { StoreWriteError } from './errors.ts';
import { pageKey, pageKeys, pageTexts, readFromSamePage } from './stale-articles.ts';

type RowKey = Exclude<keyof ArticleGraph, 'articleId' | 'headline'>;

// Which rows feed which write statement; the files run in name order, nodes before relationships.
const ROWS_OF_FILE: Record<string, RowKey> = {
  '010-articles.cypher': 'articles',
  '020-events.cypher': 'events',
  '030-persons.cypher': 'persons',
  '040-organizations.cypher': 'organizations',
  '050-places.cypher': 'places',
  '060-projects.cypher': 'projects',
  '100-attended.cypher': 'attended',
  '110-credited.cypher': 'credited',
  '120-mentions.cypher': 'mentions',
  '130-visited.cypher': 'visited',
  '140-develops.cypher': 'develops',
  '150-located-in.cypher': 'locatedIn',
  '160-part-of.cypher': 'partOf',
};

const STATEMENTS = loadCypherFolder('write').map(({ file, statements }) => {
  const key = ROWS_OF_FILE[file];
  if (!key || statements.length !== 1 || !statements[0]) {
    throw new Error(`cypher/write/${file}: expected one statement mapped in graph-writer.ts`);
  }
  return { file, key, statement: statements[0] };
});

const [FIND_STALE, DROP_STALE] = (() => {
  const [folder] = loadCypherFolder('replace');
  const [find, drop] = folder?.statements ?? [];
  if (!find || !drop) throw new Error('cypher/replace/010-stale-articles.cypher: expected two statements');
  return [find, drop];
})();

/**
 * Writes a batch of articles in one transaction: all of a batch's facts are stored, or none are.
 * A page read before (same file name and date, nearly the same text) is replaced: what the old
 * reading stored and the new one no longer has is removed in the same transaction.
 * The driver retries transient failures (deadlocks, leader changes) of the whole transaction.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  graphs: readonly ArticleGraph[],
): Promise<void> {
  if (graphs.length === 0) return;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const nodes: Partial<Record<RowKey, unknown[]>> = combineNodeRows(graphs);
    const pages = pageKeys(graphs);
    await session.executeWrite(async (tx) => {
      if (pages.length > 0) {
        const { records } = await tx.run(FIND_STALE, { pages });
        if (records.length > 0) {
          const texts = pageTexts(graphs);
          const ids = records
            .filter((r) => {
              const page = texts.get(pageKey(String(r.get('published')), String(r.get('file'))));
              return readFromSamePage(String(r.get('text') ?? ''), page ?? '');
            })
            .map((r) => String(r.get('id')));
          if (ids.length > 0) await tx.run(DROP_STALE, { ids });
        }
      }
      for (const { key, statement } of STATEMENTS) {
        const rows = nodes[key] ?? graphs.flatMap((g) => g[key] as unknown[]);
        if (rows.length > 0) await tx.run(statement, { rows });
      }
    });
  } catch (err) {
    throw new StoreWriteError(graphs.length, err);
  } finally {
    await session.close();
  }
}

/** Full names and aliases of the organizations already in the graph, to seed cross-run identity. */
export async function loadOrganizations(
  driver: Driver,
  database: string,
): Promise<{ id: string; name: string; aliases: string[] }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (o:Organization) RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases',
    {},
    { database, routing: 'READ' },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
  }));
}
