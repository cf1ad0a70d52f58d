import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { graphCounts } from '../support/graph.ts';
import { startStack } from '../support/stack.ts';
import { HOSTILE_QUERIES } from './support/hostile-queries.ts';

/** The console takes any Cypher: every hostile form is refused or stopped, and the graph stays as it was. */
const ROW_CAP = 50;
const TIMEOUT_MS = 2000;
let s: Awaited<ReturnType<typeof startStack>>;

before(async () => {
  s = await startStack({ QUERY_TIMEOUT_MS: String(TIMEOUT_MS), QUERY_ROW_CAP: String(ROW_CAP) });
});
after(async () => {
  await s.server.close();
  await s.driver.close();
});

const schemaOf = async () => {
  const { body } = await s.get('/api/schema');
  const users = await s.driver.executeQuery(
    'SHOW USERS YIELD user RETURN collect(user) AS u',
    {},
    { database: 'system' },
  );
  const indexes = await s.driver.executeQuery(
    'SHOW INDEXES YIELD name RETURN collect(name) AS n',
    {},
    { database: 'neo4j' },
  );
  return {
    body,
    users: users.records[0]?.get('u') as unknown,
    indexes: indexes.records[0]?.get('n') as unknown,
  };
};

test(`${HOSTILE_QUERIES.length} hostile console queries are refused or bounded and change nothing`, async () => {
  const countsBefore = await graphCounts(s.driver);
  const schemaBefore = await schemaOf();
  const failures: string[] = [];
  let refused = 0;
  let bounded = 0;
  const refusals = HOSTILE_QUERIES.filter((q) => q.expect === 'refuse').length;
  for (const { query, params, expect } of HOSTILE_QUERIES) {
    const t0 = Date.now();
    const { status, body } = await s.post('/api/cypher', { query, params: params ?? {} });
    const ms = Date.now() - t0;
    const text = JSON.stringify(body);
    if (expect === 'refuse') {
      if ((status === 403 || status === 400) && /"code":"(query_refused|bad_request)"/u.test(text))
        refused += 1;
      else failures.push(`${status} ${query}: ${text.slice(0, 200)}`);
    } else {
      const r = body as { rows?: unknown[]; truncated?: boolean };
      const capped = status === 200 && (r.rows?.length ?? Infinity) <= ROW_CAP;
      if ((status === 408 || capped) && ms < TIMEOUT_MS + 8000) bounded += 1;
      else failures.push(`${status} in ${ms} ms ${query}: ${text.slice(0, 200)}`);
    }
    if (/root:x:0|neo4j-password|\bat .+\.(ts|js):\d+/u.test(text))
      failures.push(`leak in answer to ${query}: ${text.slice(0, 200)}`);
  }
  console.log(
    `hardening: hostile queries refused ${refused}/${refusals}, heavy reads bounded ${bounded}/${HOSTILE_QUERIES.length - refusals}`,
  );
  assert.deepEqual(failures, []);
  assert.deepEqual(await graphCounts(s.driver), countsBefore);
  assert.deepEqual(await schemaOf(), schemaBefore);
  assert.equal((await s.get('/api/health')).status, 200, 'Neo4j is still up after the heavy reads');
});
