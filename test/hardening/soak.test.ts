import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { loadConfig } from '../../platform/config.ts';
import { startServer } from '../../server/index.ts';
import { SearchResponseSchema } from '../../model/api.ts';
import { startStack } from '../support/stack.ts';
import { testTarget } from '../support/test-neo4j.ts';
import { liveHeap } from './support/gc.ts';
import { buildCorpus, spawnIngest } from './support/ingest-cli.ts';
import { mb, percentile, pick, seededRandom } from './support/random.ts';

/**
 * Mixed reads at concurrency 32 while the CLI writes: only 200 (or 429) answers, a printed p99,
 * and the server's live heap at the end close to the start. SOAK_SECONDS=600 is the run.
 */
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const CONCURRENCY = 32;
const NAMES = [
  '沈启航',
  '钱立群',
  '邵文澜',
  '吕晟',
  '恒朗',
  '武进国家高新区',
  '礼嘉镇',
  '澜',
  '区委',
  '新材料',
];

let s: Awaited<ReturnType<typeof startStack>>;
let corpus: string;
before(async () => {
  s = await startStack({ RATE_LIMIT_PER_MINUTE: '10000000', QUERY_TIMEOUT_MS: '10000' });
  corpus = buildCorpus(2);
});
after(async () => {
  await s.server.close();
  await s.driver.close();
  rmSync(corpus, { recursive: true, force: true });
});

async function entityIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const name of NAMES) {
    const { body } = await s.get(`/api/search?q=${encodeURIComponent(name)}&limit=5`);
    ids.push(...SearchResponseSchema.parse(body).hits.map((h) => h.id));
  }
  return [...new Set(ids)];
}

test(`${SOAK_SECONDS} s of mixed load at concurrency ${CONCURRENCY} during an ingest`, async () => {
  const ids = await entityIds();
  assert.ok(ids.length >= 10);
  const rand = seededRandom(3);
  const requests: (() => Promise<Response>)[] = [
    () => fetch(`${s.server.url}/api/search?q=${encodeURIComponent(pick(rand, NAMES))}`),
    () =>
      fetch(`${s.server.url}/api/entities/${pick(rand, ids)}/neighbourhood?depth=${rand() < 0.3 ? 2 : 1}`),
    () => fetch(`${s.server.url}/api/entities/${pick(rand, ids)}`),
    () => fetch(`${s.server.url}/api/paths?from=${pick(rand, ids)}&to=${pick(rand, ids)}&maxHops=4`),
    () =>
      fetch(`${s.server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'MATCH (p:Person)-[r:ATTENDED]->(e:Event) RETURN p, r, e LIMIT $n',
          params: { n: 25 },
        }),
      }),
  ];
  // Warm the server and the page cache, so the start figure is not the cold one.
  for (const r of requests) await (await r()).arrayBuffer();
  const heapStart = liveHeap();
  const rssStart = process.memoryUsage().rss;

  const deadline = performance.now() + SOAK_SECONDS * 1000;
  let ingests = 0;
  const ingestFailures: string[] = [];
  const ingestLoop = (async () => {
    while (performance.now() < deadline) {
      const r = await (await spawnIngest(corpus, 20)).done;
      ingests += 1;
      if (r.code !== 0) ingestFailures.push(r.stderr.slice(0, 300));
    }
  })();
  const latencies: number[] = [];
  // Per kind of request, so a high p99 names the endpoint it comes from.
  const kinds = ['search', 'depth=1', 'depth=2', 'entities', 'paths', 'cypher'];
  const kindOf = (url: string) =>
    Math.max(
      0,
      kinds.findIndex((k) => url.includes(k)),
    );
  const byKind = kinds.map(() => [] as number[]);
  let slowest = { ms: 0, url: '' };
  const bad: string[] = [];
  let limited = 0;
  const worker = async (n: number) => {
    for (let i = n; performance.now() < deadline; i += 1) {
      const t0 = performance.now();
      const res = await requests[i % requests.length]!();
      const text = await res.text();
      const ms = performance.now() - t0;
      latencies.push(ms);
      byKind[kindOf(res.url)]!.push(ms);
      if (ms > slowest.ms) slowest = { ms, url: res.url };
      if (res.status === 429) limited += 1;
      else if (res.status !== 200 && bad.length < 20)
        bad.push(`${res.status} ${res.url} ${text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => worker(n)));
  await ingestLoop;
  const heapEnd = liveHeap();
  const rssEnd = process.memoryUsage().rss;
  console.log(
    `hardening: soak ${SOAK_SECONDS} s, ${latencies.length} requests (${(latencies.length / SOAK_SECONDS).toFixed(0)}/s), ` +
      `${ingests} ingest runs, ${bad.length} errors, ${limited} 429; p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${slowest.ms.toFixed(0)} ms; ` +
      `heap start ${mb(heapStart)} MB end ${mb(heapEnd)} MB, rss ${mb(rssStart)} → ${mb(rssEnd)} MB`,
  );
  const perKind = kinds.map(
    (k, j) =>
      `${k} p50 ${percentile(byKind[j]!, 50).toFixed(0)} p99 ${percentile(byKind[j]!, 99).toFixed(0)} ms`,
  );
  console.log(
    `hardening: soak by endpoint: ${perKind.join('; ')}; slowest ${slowest.ms.toFixed(0)} ms ${slowest.url}`,
  );
  assert.deepEqual(bad, []);
  assert.deepEqual(ingestFailures, []);
  assert.ok(ingests >= 1);
  // Flat: what is left after a full collection may not grow with the number of requests served.
  assert.ok(heapEnd - heapStart < 48 * 1024 * 1024, `heap grew ${mb(heapEnd - heapStart)} MB`);
});

test('a burst past a low rate limit gets 429s, and only 200 or 429', async () => {
  const limited = await startServer(loadConfig({ RATE_LIMIT_PER_MINUTE: '20' }), await testTarget(), 0);
  try {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const res = await fetch(`${limited.url}/api/search?q=${encodeURIComponent('沈启航')}`);
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const count = (code: number) => statuses.filter((x) => x === code).length;
    console.log(`hardening: burst of 60 past a limit of 20/min: ${count(200)} × 200, ${count(429)} × 429`);
    assert.equal(count(200), 20);
    assert.equal(count(429), 40);
  } finally {
    await limited.close();
  }
});
