import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchResponseSchema } from '../../../model/api.ts';
import { ApiError, ContractError } from './errors.ts';
import { requestJson, routeWith, withQuery } from './request.ts';

const respond = (status: number, body: unknown) => {
  globalThis.fetch = () => Promise.resolve(new Response(JSON.stringify(body), { status }));
};

void test('query strings drop empty values and join lists with commas', () => {
  assert.equal(
    withQuery('/api/search', { q: '武进', labels: ['Person', 'Place'], limit: undefined, x: '' }),
    '/api/search?q=%E6%AD%A6%E8%BF%9B&labels=Person%2CPlace',
  );
  assert.equal(withQuery('/a', { labels: [] }), '/a');
  assert.equal(
    routeWith('/api/entities/:id/neighbourhood', { id: 'per-1/x' }),
    '/api/entities/per-1%2Fx/neighbourhood',
  );
});

void test('a valid response is parsed with the shared schema', async () => {
  respond(200, {
    hits: [{ id: 'per-1', label: 'Person', name: '张伟', aliases: [], score: 1, detail: null }],
  });
  const res = await requestJson('/api/search?q=x', SearchResponseSchema);
  assert.equal(res.hits[0]?.name, '张伟');
});

void test('the server error envelope becomes an ApiError with code, message and status', async () => {
  respond(403, { error: { code: 'WRITE_REFUSED', message: 'read-only' } });
  const err = await requestJson('/api/cypher', SearchResponseSchema).catch((e: unknown) => e);
  assert.ok(err instanceof ApiError);
  assert.equal(err.code, 'WRITE_REFUSED');
  assert.equal(err.message, 'read-only');
  assert.equal(err.refused, true);
});

void test('a response that breaks the contract fails loudly', async () => {
  respond(200, { hits: [{ id: 1 }] });
  await assert.rejects(requestJson('/api/search?q=x', SearchResponseSchema), ContractError);
});
