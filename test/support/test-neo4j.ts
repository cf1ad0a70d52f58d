import { instanceSettings } from '../../platform/local-neo4j/settings.ts';
import { start, stop } from '../../platform/local-neo4j/instance.ts';
import type { Neo4jTarget } from '../../platform/neo4j-target.ts';

/**
 * The tests' own Neo4j: a separate data folder and port, so a test run never touches the data of
 * `npm start`. Tests read it from TEST_NEO4J_* (set by scripts/run-tests.ts); a single test file
 * run on its own starts it here. NEO4J_URI is deliberately ignored: tests wipe their database.
 */
const TEST_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688);

// Another port is another instance with its own data folder, so parallel runs never share a database.
export const TEST_SETTINGS = instanceSettings(TEST_PORT === 7688 ? 'test' : `test-${TEST_PORT}`, {
  boltPort: TEST_PORT,
  heap: '1g',
  pageCache: '512m',
});

export async function testTarget(): Promise<Neo4jTarget> {
  const { TEST_NEO4J_URI: uri, TEST_NEO4J_PASSWORD: password } = process.env;
  if (uri && password) {
    return { uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password, database: 'neo4j', local: null };
  }
  const handle = await start(TEST_SETTINGS);
  process.env.TEST_NEO4J_URI = handle.uri;
  process.env.TEST_NEO4J_PASSWORD = handle.password;
  return {
    uri: handle.uri,
    user: handle.user,
    password: handle.password,
    database: 'neo4j',
    local: { settings: TEST_SETTINGS, startedHere: handle.started },
  };
}

export const stopTestNeo4j = () => stop(TEST_SETTINGS);
