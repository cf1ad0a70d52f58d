import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestResponseSchema } from '../model/api.ts';
import { start, stop } from '../platform/local-neo4j/instance.ts';
import { TEST_SETTINGS } from './support/test-neo4j.ts';
import { SAMPLE_PAGES, startStack } from './support/stack.ts';

const TOKEN = 'test-token-0123456789abcdef';
let s: Awaited<ReturnType<typeof startStack>>;

before(async () => {
  s = await startStack({ INGEST_TOKEN: TOKEN });
});
after(async () => {
  await s.server.close();
  await s.driver.close();
});

test('uploads need the bearer token, then go through the ingest pipeline', async () => {
  const page = readdirSync(SAMPLE_PAGES).find((f) => f.endsWith('.txt')) ?? '';
  const form = () => {
    const f = new FormData();
    f.append('pages', new Blob([readFileSync(join(SAMPLE_PAGES, page))]), page);
    f.append('pages', new Blob([new Uint8Array([0, 0, 1, 2, 0])]), '../../evil.txt');
    return f;
  };
  const none = await fetch(`${s.server.url}/api/articles`, { method: 'POST', body: form() });
  assert.equal(none.status, 401);
  const wrong = await fetch(`${s.server.url}/api/articles`, {
    method: 'POST',
    body: form(),
    headers: { authorization: 'Bearer wrong-token-0123456789abc' },
  });
  assert.equal(wrong.status, 401);
  const ok = await fetch(`${s.server.url}/api/articles`, {
    method: 'POST',
    body: form(),
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(ok.status, 207);
  const body = IngestResponseSchema.parse(await ok.json());
  assert.equal(body.files[0]?.ok, true);
  assert.ok((body.files[0]?.articles ?? 0) > 0);
  assert.equal(body.files[1]?.ok, false);
  assert.doesNotMatch(body.files[1]?.file ?? '', /\//u);
});

test('Neo4j stopped: 503 quickly; Neo4j back: 200 without restarting the server', async () => {
  assert.equal((await s.get('/api/health')).status, 200);
  await stop(TEST_SETTINGS);
  try {
    const t0 = Date.now();
    const health = await s.get('/api/health');
    assert.equal(health.status, 503);
    assert.match(JSON.stringify(health.body), /unavailable/u);
    const search = await s.get(`/api/search?q=${encodeURIComponent('沈启航')}`);
    assert.equal(search.status, 503);
    assert.ok(Date.now() - t0 < 15_000, `503s took ${Date.now() - t0} ms`);
  } finally {
    await start(TEST_SETTINGS);
  }
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i += 1) {
    status = (await s.get('/api/health')).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(status, 200);
  assert.equal((await s.get(`/api/search?q=${encodeURIComponent('沈启航')}`)).status, 200);
});

test('shutdown lets an in-flight request finish, then refuses new connections', async () => {
  const other = await startStack({ INGEST_TOKEN: TOKEN });
  const slow = fetch(`${other.server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'UNWIND range(1, 4000000) AS x WITH x WHERE x % 3 = 0 RETURN count(*) AS n',
    }),
  });
  await new Promise((r) => setTimeout(r, 300));
  const closing = other.server.close();
  const res = await slow;
  assert.equal(res.status, 200);
  assert.deepEqual(((await res.json()) as { rows: unknown[][] }).rows, [[1333333]]);
  await closing;
  await assert.rejects(fetch(`${other.server.url}/api/health`));
  await other.driver.close();
});
