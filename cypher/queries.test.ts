import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Driver, Node, Path } from 'neo4j-driver';
import type { QueryParamSpec, SavedQuery } from '../model/api.ts';
import { parseQueryFile } from '../server/saved-queries/parse-query-file.ts';
import { openTestDriver, resetDatabase } from '../test/support/graph.ts';

const QUERY_DIR = join(import.meta.dirname, 'queries');
const FILES = readdirSync(QUERY_DIR)
  .filter((f) => f.endsWith('.cypher'))
  .sort();
const QUERIES = new Map<string, SavedQuery>(
  FILES.map((file) => [file, parseQueryFile(file, readFileSync(join(QUERY_DIR, file), 'utf8'))]),
);

function query(name: string): SavedQuery {
  const q = QUERIES.get(`${name}.cypher`);
  assert.ok(q, `cypher/queries/${name}.cypher is missing`);
  return q;
}

/**
 * Values as the API receives them (JSON: integers are plain numbers, which the driver sends as
 * floats), so the queries are checked against what they will really get. A param without a
 * default gets a well-formed placeholder: EXPLAIN plans with it, nothing is matched.
 */
const PLACEHOLDER: Record<QueryParamSpec['type'], string | number | boolean> = {
  id: 'per-0000000000000000',
  string: 'x',
  integer: 1,
  float: 1.5,
  boolean: false,
};

function paramsOf(q: SavedQuery, given: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of q.params) {
    out[p.name] = p.name in given ? given[p.name] : (p.default ?? PLACEHOLDER[p.type]);
  }
  return out;
}

let driver: Driver;
before(async () => {
  driver = await openTestDriver();
  await resetDatabase(driver);
  await seed(driver);
});
after(async () => {
  await driver.close();
});

async function run(name: string, params: Record<string, unknown>) {
  const q = query(name);
  const { records } = await driver.executeQuery(q.cypher, paramsOf(q, params), {
    database: 'neo4j',
    routing: 'READ',
  });
  return records;
}

const idOf = (n: unknown) => (n as Node).properties.id as string;

void test('every saved query parses, with a unique name equal to its file name', () => {
  assert.ok(
    FILES.length >= 10 && FILES.length <= 12,
    `expected 10 to 12 saved queries, found ${FILES.length}`,
  );
  const names = new Set<string>();
  for (const [file, q] of QUERIES) {
    assert.equal(q.name, basename(file, '.cypher'), `${file}: the header's name differs from the file name`);
    assert.ok(!names.has(q.name), `${file}: duplicate name ${q.name}`);
    names.add(q.name);
    // The description carries an English text and a Chinese gloss after a slash.
    assert.match(
      q.description,
      /^[ -~]+ \/ .*\p{Script=Han}/u,
      `${file}: description wants "English / 中文"`,
    );
  }
});

void test('saved queries hold no write clause, LOAD CSV or procedure call beyond full-text search', () => {
  for (const [file, q] of QUERIES) {
    const code = q.cypher.replace(/\/\/.*$/gmu, '');
    assert.doesNotMatch(code, /\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|LOAD\s+CSV|FOREACH)\b/iu, file);
    for (const m of code.matchAll(/\bCALL\s+([\w.]+)/giu)) {
      assert.equal(m[1], 'db.index.fulltext.queryNodes', `${file}: calls procedure ${m[1]}`);
    }
  }
});

void test('Neo4j plans every saved query as read-only', async () => {
  for (const [file, q] of QUERIES) {
    const { summary } = await driver.executeQuery(`EXPLAIN ${q.cypher}`, paramsOf(q), { database: 'neo4j' });
    assert.equal(summary.queryType, 'r', `${file}: planned as "${summary.queryType}", not read-only`);
  }
});

// A tiny graph in the writer's shape: one article reporting one event with two attendees, and a
// company developing a project in a town that is part of a district.
const ID = {
  article: 'art-00000000000000a1',
  event: 'evt-00000000000000e1',
  mayor: 'per-00000000000000b1',
  director: 'per-00000000000000b2',
  company: 'org-00000000000000c1',
  project: 'prj-00000000000000d1',
  town: 'plc-00000000000000f1',
  district: 'plc-00000000000000f2',
};
const INVESTMENT = 150_000_000;

async function seed(db: Driver): Promise<void> {
  const evidence = '区委书记张伟、区长李强来到常州远航光电调研。';
  await db.executeQuery(
    `MERGE (a:Article {id: $ID.article})
       SET a.name = '调研企业', a.headline = '调研企业', a.published = '2023-05-16', a.kind = 'news', a.file = 'a01.txt', a.text = $evidence
     MERGE (e:Event {id: $ID.event})
       SET e.name = '调研企业', e.type = 'research', e.dateText = '5月15日', e.date = '2023-05-15'
     MERGE (e)-[r:REPORTED_IN]->(a) SET r.articleId = a.id, r.evidence = $evidence
     MERGE (m:Person {id: $ID.mayor}) SET m.name = '张伟', m.titles = ['区委书记']
     MERGE (d:Person {id: $ID.director}) SET d.name = '李强', d.titles = ['区长']
     MERGE (m)-[am:ATTENDED]->(e) SET am.role = 'lead', am.titles = ['区委书记'], am.order = 0, am.articleId = a.id, am.evidence = $evidence
     MERGE (d)-[ad:ATTENDED]->(e) SET ad.role = 'participant', ad.titles = ['区长'], ad.order = 1, ad.articleId = a.id, ad.evidence = $evidence
     MERGE (a)-[mm:MENTIONS]->(m) SET mm.titles = ['区委书记'], mm.articleId = a.id, mm.evidence = $evidence
     MERGE (a)-[md:MENTIONS]->(d) SET md.titles = ['区长'], md.articleId = a.id, md.evidence = $evidence
     MERGE (c:Organization {id: $ID.company}) SET c.name = '江苏远航光电股份有限公司', c.kind = 'company', c.aliases = ['远航光电'], c.aliasText = ' 远航光电'
     MERGE (p:Project {id: $ID.project})
       SET p.name = '激光雷达光学模组扩产项目', p.investment = $investment, p.currency = 'CNY', p.investmentText = '约1.5亿元'
     MERGE (t:Place {id: $ID.town}) SET t.name = '湖塘镇', t.kind = 'town'
     MERGE (w:Place {id: $ID.district}) SET w.name = '武进区', w.kind = 'district'
     MERGE (c)-[dv:DEVELOPS {articleId: a.id}]->(p) SET dv.evidence = $evidence
     MERGE (p)-[li:LOCATED_IN {articleId: a.id}]->(t) SET li.evidence = $evidence
     MERGE (t)-[po:PART_OF {articleId: a.id}]->(w) SET po.evidence = $evidence
     MERGE (e)-[v:VISITED]->(c) SET v.articleId = a.id, v.evidence = $evidence`,
    { ID, evidence, investment: INVESTMENT },
    { database: 'neo4j' },
  );
}

void test('every saved query runs on the seeded graph and finds something', async () => {
  // Filters keep their declared defaults, which mean "all", as when the journalist fills in nothing.
  const given = {
    personId: ID.mayor,
    fromId: ID.mayor,
    toId: ID.director,
    orgId: ID.company,
    placeId: ID.district,
    entityId: ID.mayor,
  };
  for (const q of QUERIES.values()) {
    const rows = await run(q.name, given);
    assert.ok(rows.length > 0, `${q.name}: no row`);
  }
});

void test('co-attendance returns the other attendee with one shared event', async () => {
  const rows = await run('co-attendance', { personId: ID.mayor });
  assert.deepEqual(
    rows.map((r) => [idOf(r.get('other')), Number(r.get('shared'))]),
    [[ID.director, 1]],
  );
});

void test('place-summary of the district counts the project of a town inside it', async () => {
  const rows = await run('place-summary', { placeId: ID.district });
  assert.equal(rows.length, 1);
  const row = rows[0];
  assert.ok(row);
  assert.deepEqual((row.get('parts') as Node[]).map(idOf), [ID.town]);
  assert.deepEqual((row.get('projects') as Node[]).map(idOf), [ID.project]);
  assert.deepEqual((row.get('organizations') as Node[]).map(idOf), [ID.company]);
  assert.deepEqual(row.get('investmentTotal'), [{ currency: 'CNY', amount: INVESTMENT }]);
});

void test('company-projects lists the project with its investment and town', async () => {
  const rows = await run('company-projects', { orgId: ID.company });
  assert.deepEqual(
    rows.map((r): unknown[] => [idOf(r.get('p')), r.get('investment'), r.get('placeNames')]),
    [[ID.project, INVESTMENT, ['湖塘镇']]],
  );
});

void test('connection-path links the two attendees through their event before their article', async () => {
  const rows = await run('connection-path', { fromId: ID.mayor, toId: ID.director });
  assert.equal(rows.length, 2);
  const path = rows[0]?.get('path') as Path;
  assert.deepEqual(
    path.segments.map((s) => [idOf(s.start), s.relationship.type, idOf(s.end)]),
    [
      [ID.mayor, 'ATTENDED', ID.event],
      [ID.event, 'ATTENDED', ID.director],
    ],
  );
});

void test('person-career dates each title from the event it was reported at', async () => {
  const rows = await run('person-career', { personId: ID.mayor });
  assert.deepEqual(
    rows.map((r): unknown[] => [
      r.get('title'),
      r.get('firstSeen'),
      r.get('lastSeen'),
      Number(r.get('articles')),
    ]),
    [['区委书记', '2023-05-15', '2023-05-15', 1]],
  );
});
