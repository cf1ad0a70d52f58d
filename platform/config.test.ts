import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

test('defaults need no configuration at all', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.NEO4J_URI, undefined);
  assert.equal(c.NEO4J_DATABASE, 'neo4j');
});

test('bolt, neo4j and neo4j+s URIs are accepted', () => {
  for (const uri of ['bolt://localhost:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
    assert.equal(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).NEO4J_URI, uri);
  }
});

test('a bad value fails fast, naming the variable', () => {
  assert.throws(
    () => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /NEO4J_URI: must be a bolt/u);
      return true;
    },
  );
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/u);
  assert.throws(() => loadConfig({ NEO4J_URI: 'bolt://x:7687' }), /NEO4J_PASSWORD: required/u);
  assert.throws(() => loadConfig({ INGEST_TOKEN: 'short' }), /INGEST_TOKEN/u);
});

test('LOCAL_NEO4J_MIN_FREE is a size in bytes, 1 GB unless set', () => {
  assert.equal(loadConfig({}).LOCAL_NEO4J_MIN_FREE, 1024 ** 3);
  assert.equal(loadConfig({ LOCAL_NEO4J_MIN_FREE: '200m' }).LOCAL_NEO4J_MIN_FREE, 200 * 1024 ** 2);
  assert.throws(() => loadConfig({ LOCAL_NEO4J_MIN_FREE: '1TB' }), /LOCAL_NEO4J_MIN_FREE/u);
});
