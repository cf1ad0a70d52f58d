import { applySchema, createDriver, type Driver } from '../ingest/write/index.ts';
import { start, stop } from '../platform/local-neo4j/instance.ts';
import { instanceSettings } from '../platform/local-neo4j/settings.ts';
import type { Neo4jTarget } from '../platform/neo4j-target.ts';

/** The bench's own instance: its own port and data folder, wiped freely, never the app's or the tests'. */
export const BENCH_SETTINGS = instanceSettings('bench', { boltPort: 7691, heap: '4g', pageCache: '4g' });

export interface BenchNeo4j {
  target: Neo4jTarget;
  driver: Driver;
  close: () => Promise<void>;
}

export async function openBenchNeo4j(): Promise<BenchNeo4j> {
  const handle = await start(BENCH_SETTINGS);
  const target: Neo4jTarget = {
    uri: handle.uri,
    user: handle.user,
    password: handle.password,
    database: 'neo4j',
    local: { settings: BENCH_SETTINGS, startedHere: handle.started },
  };
  const driver = createDriver(target);
  return {
    target,
    driver,
    close: async () => {
      await driver.close();
      // Leave an instance someone else started running; stop only our own.
      if (handle.started) await stop(BENCH_SETTINGS);
    },
  };
}

/** Empties the database and applies the schema, so every measured ingest starts from nothing. */
export async function wipe(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver, 'neo4j');
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: 'neo4j' });
}

export async function countNodes(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: 'neo4j' },
  );
  return {
    nodes: Number(records[0]?.get('nodes') ?? 0),
    relationships: Number(records[0]?.get('rels') ?? 0),
  };
}
