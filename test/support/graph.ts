import type { Driver } from 'neo4j-driver';
import { applySchema, createDriver } from '../../ingest/write/index.ts';
import { testTarget } from './test-neo4j.ts';

export async function openTestDriver(): Promise<Driver> {
  return createDriver(await testTarget());
}

/** Empties the test database and applies the schema: each test file starts from nothing. */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver, 'neo4j');
}

/** Every node count by label and relationship count by type: a fingerprint of the graph. */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c ORDER BY label',
    {},
    { database: 'neo4j' },
  );
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS c ORDER BY label',
    {},
    { database: 'neo4j' },
  );
  const out: Record<string, number> = {};
  for (const r of [...nodes.records, ...rels.records]) out[r.get('label') as string] = Number(r.get('c'));
  return out;
}
