import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from './response-cache.ts';

const later = <T>(value: T, ms = 20) => new Promise<T>((r) => setTimeout(() => r(value), ms));

test('a second request for a key is a hit with the same body; the value is computed once', async () => {
  const cache = new ResponseCache(1024 * 1024);
  let calls = 0;
  const compute = async () => {
    calls += 1;
    return later({ n: calls });
  };
  const a = await cache.get('k', compute);
  const b = await cache.get('k', compute);
  assert.deepEqual([a.outcome, b.outcome], ['miss', 'hit']);
  assert.equal(b.body, a.body);
  assert.equal(calls, 1);
});

test('concurrent requests for one key share one computation', async () => {
  const cache = new ResponseCache(1024 * 1024);
  let calls = 0;
  const compute = async () => {
    calls += 1;
    return later({ n: calls });
  };
  const all = await Promise.all([1, 2, 3].map(() => cache.get('k', compute)));
  assert.equal(calls, 1);
  assert.deepEqual(
    all.map((x) => x.outcome),
    ['miss', 'shared', 'shared'],
  );
  assert.ok(all.every((x) => x.body.toString() === '{"n":1}'));
});

test('an answer computed across a clear() is returned but not kept', async () => {
  const cache = new ResponseCache(1024 * 1024);
  const pending = cache.get('k', () => later({ old: true }, 50));
  cache.clear();
  assert.equal((await pending).body.toString(), '{"old":true}');
  const next = await cache.get('k', () => Promise.resolve({ old: false }));
  assert.deepEqual([next.outcome, next.body.toString()], ['miss', '{"old":false}']);
});

test('untrusted or turned off, every request is computed and nothing is kept', async () => {
  const off = new ResponseCache(0);
  assert.equal((await off.get('k', () => Promise.resolve(1))).outcome, 'off');
  assert.equal((await off.get('k', () => Promise.resolve(2))).body.toString(), '2');

  const cache = new ResponseCache(1024 * 1024);
  await cache.get('k', () => Promise.resolve(1));
  cache.setTrusted(false);
  assert.equal(cache.size, 0, 'distrust drops what was kept');
  assert.equal((await cache.get('k', () => Promise.resolve(2))).outcome, 'off');
  cache.setTrusted(true);
  const again = await cache.get('k', () => Promise.resolve(3));
  assert.deepEqual([again.outcome, again.body.toString()], ['miss', '3']);
});

test('a failed computation is not kept and the next request tries again', async () => {
  const cache = new ResponseCache(1024 * 1024);
  await assert.rejects(
    cache.get('k', () => Promise.reject(new Error('boom'))),
    /boom/u,
  );
  const retry = await cache.get('k', () => Promise.resolve('ok'));
  assert.deepEqual([retry.outcome, retry.body.toString()], ['miss', '"ok"']);
});

test('the memory bound evicts the least recently used answers', async () => {
  const cache = new ResponseCache(3000);
  for (let i = 0; i < 10; i += 1) await cache.get(`k${i}`, () => Promise.resolve('x'.repeat(1000)));
  assert.ok(cache.size <= 3, `${cache.size} answers kept in 3000 bytes`);
  assert.equal((await cache.get('k9', () => Promise.resolve('fresh'))).outcome, 'hit');
  assert.equal((await cache.get('k0', () => Promise.resolve('fresh'))).outcome, 'miss');
});

test('an answer keeps one ETag: the same for the same content, another for other content', async () => {
  const cache = new ResponseCache(1024 * 1024);
  const a = await cache.get('a', () => Promise.resolve({ name: '武进' }));
  const hit = await cache.get('a', () => Promise.resolve({ name: 'changed' }));
  const b = await cache.get('b', () => Promise.resolve({ name: '武进' }));
  const c = await cache.get('c', () => Promise.resolve({ name: '常州' }));
  assert.match(a.etag, /^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/u);
  assert.equal(hit.etag, a.etag);
  assert.equal(b.etag, a.etag);
  assert.notEqual(c.etag, a.etag);
  // The byte length is UTF-8's, not the string's.
  assert.equal(a.body.length, Buffer.byteLength('{"name":"武进"}'));
});
