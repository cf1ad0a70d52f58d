import { applySchema, createDriver } from '../ingest/write/index.ts';
import { loadConfig } from '../platform/config.ts';
import { resolveNeo4jTarget } from '../platform/neo4j-target.ts';

/** `npm run db:migrate`: applies cypher/schema; safe to run any number of times. */
const target = await resolveNeo4jTarget(loadConfig());
const driver = createDriver(target);
try {
  const n = await applySchema(driver, target.database);
  console.log(`Schema applied on ${target.uri}: ${n} statement(s), all IF NOT EXISTS`);
} finally {
  await driver.close();
}
