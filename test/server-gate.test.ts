import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../platform/config.ts';
import { DatabaseUnavailableError } from '../server/errors.ts';
import { startServer, type RunningServer } from '../server/index.ts';
import { GraphDb } from '../server/neo4j/graph-db.ts';
import { startStack } from './support/stack.ts';
import { testTarget } from './support/test-neo4j.ts';

/** The read gate: reads past DB_READ_CONCURRENCY wait in the server; past DB_READ_QUEUE they get 503. */
let s: Awaited<ReturnType<typeof startStack>>;
before(async () => {
  s = await startStack();
});
after(async () => {
  await s.server.close();
  await s.driver.close();
});

// A read that keeps Neo4j busy for a while and writes nothing.
// About 3 s on an idle machine; the gated servers allow it a minute.
const SLOW = {
  query: 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c',
  params: { n: 40_000_000 },
};

async function gatedServer(env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig({
    RATE_LIMIT_PER_MINUTE: '100000',
    CACHE_MAX_MB: '0',
    QUERY_TIMEOUT_MS: '60000',
    ...env,
  });
  return startServer(config, await testTarget(), 0);
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/**
 * Waits until the slow console read has reached Neo4j through the gate. The console first asks
 * for the query's plan (EXPLAIN, outside the gate), which shows in the list too and does not count:
 * taking it for the read let a request slip through the gate before the read took it.
 */
async function untilRunning(): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { records } = await s.driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery
       WHERE currentQuery CONTAINS $marker AND NOT trim(currentQuery) STARTS WITH 'EXPLAIN'
       RETURN count(*) > 0 AS running`,
      { marker: 'x % 7 = 3' },
    );
    if (records[0]?.get('running') === true) return;
    await sleep(25);
  }
  assert.fail('the slow read never reached Neo4j');
}

test('with the gate full and no queue, a read is refused at once with 503 busy and Retry-After', async () => {
  const server = await gatedServer({ DB_READ_CONCURRENCY: '1', DB_READ_QUEUE: '0' });
  try {
    const slow = post(server.url, SLOW);
    await untilRunning();
    const t0 = performance.now();
    const refused = await fetch(`${server.url}/api/search?q=${encodeURIComponent('沈启航')}`);
    const ms = performance.now() - t0;
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '1');
    const body = (await refused.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'busy');
    assert.ok(ms < 1000, `refused after ${ms.toFixed(0)} ms`);
    // The health check does not wait behind users' reads.
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    assert.equal((await slow).status, 200);
    // Once the slow read is done, the same request goes through.
    const again = await fetch(`${server.url}/api/search?q=${encodeURIComponent('沈启航')}`);
    assert.equal(again.status, 200);
  } finally {
    await server.close();
  }
});

test('with a queue, reads past the gate wait their turn and all succeed', async () => {
  const server = await gatedServer({ DB_READ_CONCURRENCY: '1', DB_READ_QUEUE: '10' });
  try {
    const slow = post(server.url, SLOW);
    await untilRunning();
    const waiting = await Promise.all(
      ['沈启航', '钱立群', '礼嘉镇'].map((q) => fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`)),
    );
    assert.deepEqual(
      waiting.map((r) => r.status),
      [200, 200, 200],
    );
    assert.equal((await slow).status, 200);
  } finally {
    await server.close();
  }
});

test('while Neo4j is unreachable, waiting reads are answered 503 at once rather than each in turn', async () => {
  // A port nobody listens on: connections are refused, as when Neo4j is down.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const target = { ...(await testTarget()), uri: `bolt://127.0.0.1:${port}`, local: null };
  const db = new GraphDb(target, 'neo4j', 5_000, { concurrency: 1, queue: 100 });
  try {
    const t0 = performance.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => db.read('RETURN 1 AS x')));
    const ms = performance.now() - t0;
    assert.ok(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof DatabaseUnavailableError));
    // One read tries (with its one retry, about a second later); the 19 behind it do not each try.
    assert.ok(ms < 5_000, `20 reads took ${ms.toFixed(0)} ms`);
  } finally {
    await db.close();
  }
});
