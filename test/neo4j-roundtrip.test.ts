import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { openTestDriver, resetDatabase } from './support/graph.ts';

let driver: Driver;
before(async () => {
  driver = await openTestDriver();
  await resetDatabase(driver);
});
after(async () => {
  await driver.close();
});

test('the project-started Neo4j is 5.26 Community and answers over Bolt', async () => {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  assert.match(String(records[0]?.get('version')), /^5\.26\./u);
  assert.equal(records[0]?.get('edition'), 'community');
});

test('a node written through the driver reads back with its Chinese name intact', async () => {
  await driver.executeQuery('MERGE (p:Person {id: $id}) SET p.name = $name', {
    id: 'per-00000000000000aa',
    name: '测试人员',
  });
  const { records } = await driver.executeQuery('MATCH (p:Person {id: $id}) RETURN p.name AS name', {
    id: 'per-00000000000000aa',
  });
  assert.equal(records.length, 1);
  assert.equal(records[0]?.get('name'), '测试人员');
});

test('the schema gives every label a unique id and the cjk full-text index', async () => {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type');
  const unique = constraints.records
    .filter((r) => String(r.get('type')).includes('UNIQUENESS'))
    .map((r) => (r.get('labelsOrTypes') as string[])[0])
    .sort();
  assert.deepEqual(unique, ['Article', 'Event', 'Organization', 'Person', 'Place', 'Project']);
  const indexes = await driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
  );
  assert.equal(indexes.records[0]?.get('analyzer'), 'cjk');
  await assert.rejects(
    driver.executeQuery('CREATE (:Person {id: $id})', { id: 'per-00000000000000aa' }),
    /already exists/u,
  );
});
