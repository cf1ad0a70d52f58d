import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EntityResponseSchema,
  GraphPayloadSchema,
  HealthResponseSchema,
  OrganizationProjectsSchema,
  OverviewSchema,
  PathsResponseSchema,
  PersonTimelineSchema,
  PlaceSummarySchema,
  QueryResultSchema,
  SavedQueriesResponseSchema,
  SearchResponseSchema,
} from '../model/api.ts';
import { graphCounts } from './support/graph.ts';
import { startStack } from './support/stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
let s: Stack;

before(async () => {
  s = await startStack({ QUERY_TIMEOUT_MS: '5000', QUERY_ROW_CAP: '50' });
});
after(async () => {
  await s.server.close();
  await s.driver.close();
});

async function findId(name: string, label: string): Promise<string> {
  const { body } = await s.get(`/api/search?q=${encodeURIComponent(name)}&labels=${label}`);
  const hit = SearchResponseSchema.parse(body).hits.find((h) => h.name === name);
  assert.ok(hit, `${name} should be found as a ${label}`);
  return hit.id;
}

describe('health and docs', () => {
  test('health answers ok with the Neo4j version', async () => {
    const { status, body } = await s.get('/api/health');
    assert.equal(status, 200);
    assert.match(HealthResponseSchema.parse(body).neo4j.version, /^5\.26\./u);
  });
  test('the OpenAPI document lists every route and the docs page renders', async () => {
    const { body } = await s.get('/api/openapi.json');
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths);
    assert.ok(paths.includes('/api/entities/{id}/neighbourhood'));
    assert.ok(paths.includes('/api/cypher'));
    assert.ok(paths.includes('/api/overview'));
    const docs = await s.get('/api/docs');
    assert.match(String(docs.body), /Wujin KG explorer API/u);
  });
});

describe('search and entities', () => {
  test("a search for an official's name returns that person first", async () => {
    const { body } = await s.get(`/api/search?q=${encodeURIComponent('沈启航')}`);
    const hits = SearchResponseSchema.parse(body).hits;
    assert.equal(hits[0]?.name, '沈启航');
    assert.equal(hits[0]?.label, 'Person');
  });
  test('a one-character query still finds names containing it', async () => {
    const { body } = await s.get(`/api/search?q=${encodeURIComponent('澜')}&labels=Person`);
    assert.ok(SearchResponseSchema.parse(body).hits.some((h) => h.name === '邵文澜'));
  });
  test("an entity carries a person's titles over time and the evidence sentences", async () => {
    const id = await findId('钱立群', 'Person');
    const { status, body } = await s.get(`/api/entities/${id}`);
    assert.equal(status, 200);
    const e = EntityResponseSchema.parse(body);
    const titles = e.titles.map((t) => t.title);
    assert.ok(titles.includes('副区长'), `titles: ${titles.join(',')}`);
    assert.ok(titles.includes('常务副区长'), `titles: ${titles.join(',')}`);
    assert.ok(e.evidence.length >= 3);
    assert.ok(e.evidence.every((x) => x.sentence.length > 0 && x.articleId.startsWith('art-')));
    assert.ok(e.evidence.some((x) => x.sentence.includes('钱立群')));
  });
  test('the neighbourhood of an official includes the events they attended', async () => {
    const id = await findId('沈启航', 'Person');
    const { body } = await s.get(`/api/entities/${id}/neighbourhood?depth=1&rels=ATTENDED`);
    const g = GraphPayloadSchema.parse(body);
    const events = g.nodes.filter((n) => n.label === 'Event');
    assert.ok(events.length >= 4, `events: ${events.map((e) => e.name).join(' / ')}`);
    const attended = g.edges.filter((e) => e.type === 'ATTENDED' && e.source === id);
    assert.equal(attended.length, events.length);
    assert.ok(attended.every((e) => (e.evidence?.length ?? 0) > 0));
  });
  test('depth 1 holds exactly the neighbours the database has, edges between them included', async () => {
    const id = await findId('钱立群', 'Person');
    const g = GraphPayloadSchema.parse(
      (await s.get(`/api/entities/${id}/neighbourhood?depth=1&limit=500`)).body,
    );
    const { records } = await s.driver.executeQuery(
      'MATCH (:Person {id: $id})--(n) RETURN collect(DISTINCT n.id) AS ids',
      { id },
    );
    const expected = (records[0]?.get('ids') as string[]).sort();
    assert.deepEqual(
      g.nodes
        .map((n) => n.id)
        .filter((x) => x !== id)
        .sort(),
      expected,
    );
    assert.equal(g.truncated, false);
    assert.ok(
      g.edges.some((e) => e.type === 'REPORTED_IN'),
      'event-article edges between neighbours are drawn',
    );
  });
  test('parallel relationships (one per article stating the fact) are one edge with all their evidence', async () => {
    // The sample corpus states no such fact twice; a company and its project are made for this test.
    const [org, prj] = ['org-00000000feed0001', 'prj-00000000feed0001'];
    const sentences = ['甲公司投资建设乙项目。', '乙项目由甲公司承建。', '甲公司的乙项目开工。'];
    await s.driver.executeQuery(
      `CREATE (o:Organization {id: $org, name: '甲公司'}), (p:Project {id: $prj, name: '乙项目'})
       WITH o, p UNWIND range(0, size($sentences) - 1) AS i
       CREATE (o)-[:DEVELOPS {articleId: 'art-00000000feed000' + i, evidence: $sentences[i]}]->(p)`,
      { org, prj, sentences },
    );
    try {
      for (const depth of [1, 2]) {
        const g = GraphPayloadSchema.parse(
          (await s.get(`/api/entities/${org}/neighbourhood?depth=${depth}`)).body,
        );
        const edges = g.edges.filter((e) => e.type === 'DEVELOPS');
        assert.equal(edges.length, 1, `depth ${depth}`);
        assert.deepEqual(edges[0]?.evidence?.map((x) => x.sentence).sort(), [...sentences].sort());
        assert.deepEqual(edges[0]?.evidence?.map((x) => x.articleId).sort(), [
          'art-00000000feed0000',
          'art-00000000feed0001',
          'art-00000000feed0002',
        ]);
      }
    } finally {
      await s.driver.executeQuery('MATCH (n) WHERE n.id IN [$org, $prj] DETACH DELETE n', { org, prj });
    }
  });
  test('depth 2 is capped and says so', async () => {
    const id = await findId('沈启航', 'Person');
    const { body } = await s.get(`/api/entities/${id}/neighbourhood?depth=2&limit=5`);
    const g = GraphPayloadSchema.parse(body);
    assert.equal(g.truncated, true);
    assert.equal(g.nodes.length, 6);
  });
  test('depth 2 under its limit holds exactly the nodes within two hops, each drawn with an edge', async () => {
    const id = await findId('钱立群', 'Person');
    const g = GraphPayloadSchema.parse(
      (await s.get(`/api/entities/${id}/neighbourhood?depth=2&limit=2000`)).body,
    );
    const { records } = await s.driver.executeQuery(
      'MATCH (c:Person {id: $id})-[*1..2]-(n) WHERE n <> c RETURN collect(DISTINCT n.id) AS ids',
      { id },
    );
    const expected = (records[0]?.get('ids') as string[]).sort();
    assert.ok(expected.length > 20, 'the sample gives this official a real second ring');
    assert.deepEqual(
      g.nodes
        .map((n) => n.id)
        .filter((x) => x !== id)
        .sort(),
      expected,
    );
    assert.equal(g.truncated, false);
    const touched = new Set(g.edges.flatMap((e) => [e.source, e.target]));
    assert.deepEqual(
      g.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id),
      [],
    );
  });
  test('an entity with nothing two hops away still has its depth-2 graph', async () => {
    const person = 'per-00000000dee2a001';
    const org = 'org-00000000dee2a001';
    await s.driver.executeQuery(
      `CREATE (p:Person {id: $person, name: '孤立测试人'})-[:MENTIONS {articleId: 'art-none'}]->(:Organization {id: $org, name: '孤立测试单位'})`,
      { person, org },
    );
    try {
      const res = await s.get(`/api/entities/${person}/neighbourhood?depth=2`);
      assert.equal(res.status, 200);
      const g = GraphPayloadSchema.parse(res.body);
      assert.deepEqual(g.nodes.map((n) => n.id).sort(), [org, person]);
      assert.equal(g.edges.length, 1);
    } finally {
      await s.driver.executeQuery('MATCH (n) WHERE n.id IN [$person, $org] DETACH DELETE n', { person, org });
    }
  });
  test('a date range filters dated neighbours out', async () => {
    const id = await findId('沈启航', 'Person');
    const { body } = await s.get(`/api/entities/${id}/neighbourhood?labels=Event&from=2099-01-01`);
    const g = GraphPayloadSchema.parse(body);
    assert.ok(
      g.nodes
        .filter((n) => n.label === 'Event')
        .every((n) => n.props.date === null || n.props.date === undefined),
    );
  });
  test('shortest paths link two officials', async () => {
    const a = await findId('沈启航', 'Person');
    const b = await findId('邵文澜', 'Person');
    const { body } = await s.get(`/api/paths?from=${a}&to=${b}&maxHops=4`);
    const p = PathsResponseSchema.parse(body);
    assert.ok(p.paths.length >= 1);
    for (const path of p.paths) {
      assert.equal(path[0], a);
      assert.equal(path.at(-1), b);
    }
  });
  test('views: a timeline with co-attendees, a company with projects, a place with its total', async () => {
    const person = await findId('邵文澜', 'Person');
    const t = PersonTimelineSchema.parse((await s.get(`/api/people/${person}/timeline`)).body);
    assert.ok(t.events.length >= 3);
    assert.ok(t.coAttendance.some((c) => c.name === '钱立群'));
    const orgs = await s.get(`/api/search?q=${encodeURIComponent('恒朗')}&labels=Organization`);
    const org = SearchResponseSchema.parse(orgs.body).hits[0];
    assert.ok(org);
    const projects = OrganizationProjectsSchema.parse(
      (await s.get(`/api/organizations/${org.id}/projects`)).body,
    );
    assert.ok(projects.projects.length >= 1);
    assert.ok(projects.projects.some((p) => p.investment !== null && p.investment > 0));
    const places = await s.get(`/api/search?q=${encodeURIComponent('武进国家高新区')}&labels=Place`);
    const place = SearchResponseSchema.parse(places.body).hits[0];
    assert.ok(place);
    const summary = PlaceSummarySchema.parse((await s.get(`/api/places/${place.id}/summary`)).body);
    assert.ok(summary.events.length + summary.projects.length > 0);
  });
});

describe('overview', () => {
  const byCountThenName = (a: { count: number; name: string }, b: { count: number; name: string }) =>
    b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const rows = async (cypher: string) =>
    (await s.driver.executeQuery(cypher)).records.map((r) => r.toObject() as Record<string, unknown>);

  test('the first screen counts what Neo4j holds and ranks its starting points', async () => {
    const { status, body } = await s.get('/api/overview');
    assert.equal(status, 200);
    const o = OverviewSchema.parse(body);
    const counts = await graphCounts(s.driver);
    assert.deepEqual(o.counts, {
      articles: counts.Article ?? 0,
      events: counts.Event ?? 0,
      people: counts.Person ?? 0,
      organizations: counts.Organization ?? 0,
      places: counts.Place ?? 0,
      projects: counts.Project ?? 0,
    });
    assert.ok(o.counts.articles > 0, 'the sample corpus is loaded');

    const dates = (await rows('MATCH (a:Article) RETURN a.published AS d'))
      .map((r) => r.d)
      .filter((d): d is string => typeof d === 'string')
      .sort();
    assert.deepEqual(o.published, { first: dates[0], last: dates.at(-1) });

    // The same rankings, computed here from every node and its articles.
    const people = (
      await rows(
        `MATCH (p:Person) WHERE size(coalesce(p.titles, [])) > 0
         OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
         RETURN p.id AS id, p.name AS name, p.titles AS titles, count(DISTINCT a) AS count`,
      )
    ).map((r) => ({
      id: String(r.id),
      name: String(r.name),
      titles: (r.titles as string[]).map(String),
      count: Number(r.count),
    }));
    people.sort(byCountThenName);
    const top = people.slice(0, 8);
    assert.deepEqual(
      o.officials.map((x) => [x.id, x.count]),
      top.map((x) => [x.id, x.count]),
    );
    // The detail is the latest post; a group (`区领导`) only when no post is known.
    o.officials.forEach((x, i) => {
      const posts = top[i]!.titles.filter((t) => !t.endsWith('领导'));
      assert.equal(x.detail, posts.at(-1) ?? top[i]!.titles.at(-1));
    });

    const orgs = (
      await rows(
        `MATCH (o:Organization) OPTIONAL MATCH (a:Article)-[:MENTIONS]->(o)
         RETURN o.id AS id, o.name AS name, count(DISTINCT a) AS count`,
      )
    ).map((r) => ({ id: String(r.id), name: String(r.name), count: Number(r.count) }));
    orgs.sort(byCountThenName);
    assert.deepEqual(
      o.organizations.map((x) => x.id),
      orgs.slice(0, 8).map((x) => x.id),
    );

    const amounts = new Map(
      (await rows('MATCH (p:Project) RETURN p.id AS id, p.investment AS v, p.currency AS c')).map((r) => [
        String(r.id),
        { v: r.v === null ? null : Number(r.v), c: r.c },
      ]),
    );
    const listed = o.projects.map((x) => amounts.get(x.id));
    assert.ok(listed.length > 0 && listed.every((a) => a?.v !== null && a?.c === 'CNY'));
    const yuan = [...amounts.values()].filter((a) => a.v !== null && a.c === 'CNY').map((a) => a.v!);
    assert.deepEqual(
      listed.map((a) => a?.v),
      yuan.sort((a, b) => b - a).slice(0, 8),
      'the biggest amounts in yuan, biggest first',
    );

    assert.equal(o.articles.length, Math.min(8, dates.length));
    assert.deepEqual(
      o.articles.map((x) => x.detail),
      [...dates].reverse().slice(0, 8),
      'the latest articles, newest first',
    );
  });
});

describe('input validation', () => {
  test('a 400 names the field', async () => {
    const { status, body } = await s.get('/api/entities/per-0000000000000000/neighbourhood?depth=7');
    assert.equal(status, 400);
    assert.match(JSON.stringify(body), /query\.depth/u);
    const bad = await s.get('/api/entities/..%2F..%2Fetc%2Fpasswd');
    assert.equal(bad.status, 400);
  });
  test('an unknown id is a 404', async () => {
    const { status } = await s.get('/api/entities/per-0000000000000000');
    assert.equal(status, 404);
  });
  test('malformed JSON is a 400 without internals', async () => {
    const res = await fetch(`${s.server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    assert.equal(res.status, 400);
    assert.doesNotMatch(await res.text(), /at .*\.ts|node_modules/u);
  });
});

describe('saved queries and the console', () => {
  test('saved queries are listed and one runs with validated parameters', async () => {
    const list = SavedQueriesResponseSchema.parse((await s.get('/api/queries')).body).queries;
    assert.ok(list.length >= 5);
    const noParams = list.find((q) => q.params.every((p) => p.default !== null));
    assert.ok(noParams);
    const { status, body } = await s.post(`/api/queries/${noParams.name}/run`, { params: {} });
    assert.equal(status, 200, JSON.stringify(body));
    assert.ok(QueryResultSchema.parse(body).columns.length > 0);
    const bad = await s.post(`/api/queries/${noParams.name}/run`, { params: { nonsense: 1 } });
    assert.equal(bad.status, 400);
  });
  test('a read query returns a table and a graph', async () => {
    const { status, body } = await s.post('/api/cypher', {
      query: 'MATCH (p:Person)-[r:ATTENDED]->(e:Event) RETURN p, r, e LIMIT $n',
      params: { n: 5 },
    });
    assert.equal(status, 200, JSON.stringify(body));
    const r = QueryResultSchema.parse(body);
    assert.deepEqual(r.columns, ['p', 'r', 'e']);
    assert.equal(r.rows.length, 5);
    assert.ok(r.graph.nodes.length >= 2 && r.graph.edges.length >= 1);
  });
  test('large integers and temporal values keep their types', async () => {
    const { body } = await s.post('/api/cypher', {
      query: 'RETURN 9007199254740993 AS big, date("2023-05-16") AS d',
    });
    const r = QueryResultSchema.parse(body);
    assert.deepEqual(r.rows[0], ['9007199254740993', '2023-05-16']);
  });
  test('the row cap truncates', async () => {
    const { body } = await s.post('/api/cypher', { query: 'UNWIND range(1, 1000) AS x RETURN x' });
    const r = QueryResultSchema.parse(body);
    assert.equal(r.rows.length, 50);
    assert.equal(r.truncated, true);
  });
  const refused = [
    'CREATE (n:Person {id: "x"})',
    'MERGE (n:Person {id: "x"}) RETURN n',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n:Person) SET n.name = "x"',
    'MATCH (n:Person) REMOVE n.name',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV FROM 'https://example.com/x.csv' AS line RETURN line",
    'CALL dbms.components()',
    'CALL db.clearQueryCaches()',
    'MATCH (n) CALL (n) { SET n.pwned = true } RETURN count(*)',
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1',
    'CREATE INDEX x IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'USE system SHOW USERS',
    'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
    'FOREACH (x IN [1] | CREATE (:Person))',
  ];
  test('write, LOAD CSV, admin and non-allow-listed procedure queries are refused and change nothing', async () => {
    const before = await graphCounts(s.driver);
    for (const query of refused) {
      const { status, body } = await s.post('/api/cypher', { query });
      assert.ok(status === 403 || status === 400, `${query} → ${status}`);
      assert.match(JSON.stringify(body), /"code":"(query_refused|bad_request)"/u, query);
    }
    assert.deepEqual(await graphCounts(s.driver), before);
  });
  test('allow-listed procedures run', async () => {
    const { status } = await s.post('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label' });
    assert.equal(status, 200);
  });
  test('a deliberately slow query is stopped by the timeout', async () => {
    const t0 = Date.now();
    const { status } = await s.post('/api/cypher', {
      query:
        'MATCH (a), (b), (c), (d) WITH a, b, c, d WHERE a.name + b.name + c.name + d.name = "x" RETURN count(*)',
    });
    assert.equal(status, 408);
    assert.ok(Date.now() - t0 < 20_000);
  });
});

describe('uploading pages', () => {
  test('the upload endpoint is off without a configured token', async () => {
    const form = new FormData();
    form.append('pages', new Blob(['x']), 'a.txt');
    const res = await fetch(`${s.server.url}/api/articles`, { method: 'POST', body: form });
    assert.equal(res.status, 404);
  });
});
