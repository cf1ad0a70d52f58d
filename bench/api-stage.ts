import neo4j from 'neo4j-driver';
import type { NeighbourhoodQuery, PathsQuery } from '../model/api.ts';
import type { Driver } from '../ingest/write/index.ts';
import { GraphDb, toNeo4jParams } from '../server/neo4j/graph-db.ts';
import { neighbourhood, paths } from '../server/services/neighbourhood.ts';
import { search } from '../server/services/search.ts';
import type { Neo4jTarget } from '../platform/neo4j-target.ts';
import type { RealEntity } from './bulk.ts';
import { Rng } from './gen/prng.ts';
import { runLoad, type LoadOptions, type LoadResult } from './load.ts';

interface Captured {
  query: string;
  params: Record<string, unknown>;
}

/** Records the Cypher a service sends, so the baseline runs exactly the same statements. */
class RecordingDb extends GraphDb {
  log: Captured[] = [];
  override read(query: string, params: Record<string, unknown> = {}) {
    this.log.push({ query, params });
    return super.read(query, params);
  }
}

export interface ApiCase {
  name: string;
  /** Path and query string of the API request. */
  url: string;
  statements: Captured[];
}

export interface CaseResult {
  name: string;
  /** Through the server as configured by default, answers cached. */
  api: LoadResult;
  /** Through a server with CACHE_MAX_MB=0: every request reaches Neo4j. */
  apiUncached: LoadResult;
  driver: LoadResult;
}

/** Requests of each kind over entities of the ingested graph, with the Cypher each one runs. */
export async function buildCases(
  target: Neo4jTarget,
  entities: readonly RealEntity[],
  names: readonly string[],
  perKind: number,
) {
  const db = new RecordingDb(target, 'neo4j', 30_000);
  const rng = new Rng(0xa91);
  const kinds: Record<string, ApiCase[]> = {
    'neighbourhood d1': [],
    'neighbourhood d2': [],
    'path ≤6': [],
    search: [],
  };
  const capture = async (kind: string, url: string, call: () => Promise<unknown>) => {
    db.log = [];
    await call();
    kinds[kind]?.push({ name: kind, url, statements: db.log });
  };
  try {
    for (let i = 0; i < perKind; i++) {
      const e = rng.pick(entities);
      const d1: NeighbourhoodQuery = { depth: 1, limit: 200, rels: [], labels: [] };
      await capture('neighbourhood d1', `/api/entities/${e.id}/neighbourhood?depth=1&limit=200`, () =>
        neighbourhood(db, e.id, d1),
      );
      const d2: NeighbourhoodQuery = { depth: 2, limit: 2000, rels: [], labels: [] };
      await capture('neighbourhood d2', `/api/entities/${e.id}/neighbourhood?depth=2&limit=2000`, () =>
        neighbourhood(db, e.id, d2),
      );
      const to = rng.pick(entities);
      const pq: PathsQuery = { from: e.id, to: to.id, maxHops: 6, limit: 5 };
      await capture('path ≤6', `/api/paths?from=${e.id}&to=${to.id}&maxHops=6`, () => paths(db, pq));
      const name = rng.pick(names);
      const q = [...name].slice(0, 2).join('');
      await capture('search', `/api/search?q=${encodeURIComponent(q)}`, () =>
        search(db, { q, labels: [], limit: 20 }),
      );
    }
  } finally {
    await db.close();
  }
  return kinds;
}

async function fetchOk(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${res.status} from ${url}`);
}

/** The same request through the API, cached and not, and its statements straight through the driver. */
export async function measureCase(
  urls: { cached: string; uncached: string },
  driver: Driver,
  cases: readonly ApiCase[],
  load: LoadOptions,
): Promise<CaseResult> {
  const pick = (i: number) => cases[i % cases.length] as ApiCase;
  const apiUncached = await runLoad(load, (i) => fetchOk(urls.uncached + pick(i).url));
  const api = await runLoad(load, (i) => fetchOk(urls.cached + pick(i).url));
  const direct = await runLoad(load, async (i) => {
    for (const s of pick(i).statements) {
      await driver.executeQuery(s.query, toNeo4jParams(s.params), {
        database: 'neo4j',
        routing: neo4j.routing.READ,
      });
    }
  });
  return { name: cases[0]?.name ?? '?', api, apiUncached, driver: direct };
}

export async function measureThroughput(
  baseUrl: string,
  cases: readonly ApiCase[],
  load: LoadOptions,
): Promise<LoadResult> {
  return runLoad(load, (i) => fetchOk(baseUrl + (cases[i % cases.length] as ApiCase).url));
}
