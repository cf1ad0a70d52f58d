import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { SearchResponseSchema } from '../model/api.ts';
import { loadConfig } from '../platform/config.ts';
import { startServer } from '../server/index.ts';
import { startStack } from './support/stack.ts';
import { testTarget } from './support/test-neo4j.ts';

const CHECK_MS = 300;
let s: Awaited<ReturnType<typeof startStack>>;
before(async () => {
  s = await startStack({ CACHE_CHECK_MS: String(CHECK_MS) });
});
after(async () => {
  await s.driver.executeQuery('MATCH (n:Person {id: $id}) DETACH DELETE n', { id: NEW_ID });
  await s.server.close();
  await s.driver.close();
});

const NEW_ID = 'per-00000000cac4e001';
const search = async (q: string) => {
  const res = await fetch(`${s.server.url}/api/search?q=${encodeURIComponent(q)}`);
  return { cache: res.headers.get('x-cache'), hits: SearchResponseSchema.parse(await res.json()).hits };
};

test('a repeated read is answered from the cache with the same body', async () => {
  const path = `/api/search?q=${encodeURIComponent('沈启航')}`;
  const first = await fetch(s.server.url + path);
  const second = await fetch(s.server.url + path);
  assert.equal(first.headers.get('x-cache'), 'miss');
  assert.equal(second.headers.get('x-cache'), 'hit');
  assert.equal(await second.text(), await first.text());
  assert.match(second.headers.get('content-type') ?? '', /application\/json/u);
  // Hits carry the ETag made when the answer was stored; a client holding it gets 304, no body.
  const etag = first.headers.get('etag');
  assert.ok(etag, 'no ETag');
  assert.equal(second.headers.get('etag'), etag);
  // Node's fetch adds `Cache-Control: no-cache` (an end-to-end reload) to a conditional request
  // unless the request says otherwise; a browser revalidating its cache does not.
  const conditional = { 'If-None-Match': etag, 'Cache-Control': 'max-age=0' };
  const again = await fetch(s.server.url + path, { headers: conditional });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const other = await fetch(`${s.server.url}/api/search?q=${encodeURIComponent('武进')}`, {
    headers: conditional,
  });
  assert.equal(other.status, 200);
});

test('a write made outside the server shows within the count check interval', async () => {
  const name = '缓存验证人';
  assert.deepEqual((await search(name)).hits, []);
  assert.equal((await search(name)).cache, 'hit');
  await s.driver.executeQuery('CREATE (:Person {id: $id, name: $name, titles: []})', { id: NEW_ID, name });
  const t0 = performance.now();
  let seen = false;
  while (!seen && performance.now() - t0 < CHECK_MS * 10) {
    seen = (await search(name)).hits.some((h) => h.id === NEW_ID);
    if (!seen) await sleep(50);
  }
  const waited = performance.now() - t0;
  assert.ok(seen, `the new person was not found ${waited.toFixed(0)} ms after the write`);
  assert.ok(waited < CHECK_MS * 5, `seen after ${waited.toFixed(0)} ms`);
});

test('errors are not cached and CACHE_MAX_MB=0 turns the cache off', async () => {
  const missing = '/api/entities/per-0000000000000000';
  for (let i = 0; i < 2; i += 1) {
    const res = await fetch(s.server.url + missing);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('x-cache'), null);
  }
  const off = await startServer(loadConfig({ CACHE_MAX_MB: '0' }), await testTarget(), 0);
  try {
    const path = `/api/search?q=${encodeURIComponent('沈启航')}`;
    await fetch(off.url + path);
    assert.equal((await fetch(off.url + path)).headers.get('x-cache'), 'off');
  } finally {
    await off.close();
  }
});
