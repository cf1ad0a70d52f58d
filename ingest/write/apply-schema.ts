import type { Driver } from 'neo4j-driver';
import { loadCypherFolder } from '../../platform/cypher-files.ts';

/** Applies cypher/schema/*.cypher; every statement is IF NOT EXISTS, so this is safe at every start. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  let count = 0;
  for (const { statements } of loadCypherFolder('schema')) {
    for (const statement of statements) {
      await driver.executeQuery(statement, {}, { database });
      count += 1;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return count;
}
