/**
 * Console queries that must never change the graph or run unbounded. `refuse`: answered 400/403
 * before running. `bound`: may run, but must stop at the timeout (408) or the row cap.
 */
export interface HostileQuery {
  query: string;
  params?: Record<string, unknown>;
  expect: 'refuse' | 'bound';
}

const refuse = (query: string, params?: Record<string, unknown>): HostileQuery => ({
  query,
  params,
  expect: 'refuse',
});
const bound = (query: string): HostileQuery => ({ query, expect: 'bound' });

export const HOSTILE_QUERIES: HostileQuery[] = [
  // Every write clause.
  refuse('CREATE (n:Person {id: "hostile"})'),
  refuse('CREATE (n:Person {id: "hostile"}) RETURN n'),
  refuse('MERGE (n:Person {id: "hostile"}) RETURN n'),
  refuse('MATCH (n:Person) WITH n LIMIT 1 SET n.name = "pwned"'),
  refuse('MATCH (n:Person) SET n:Pwned RETURN count(n)'),
  refuse('MATCH (n:Person) SET n += {name: "x"} RETURN n'),
  refuse('MATCH (n:Person) REMOVE n.name'),
  refuse('MATCH (n:Person) REMOVE n:Person'),
  refuse('MATCH (n) DELETE n'),
  refuse('MATCH ()-[r]->() DELETE r'),
  refuse('MATCH (n) DETACH DELETE n'),
  refuse('FOREACH (x IN range(1, 3) | CREATE (:Person {id: toString(x)}))'),
  refuse('MATCH (n) FOREACH (x IN [1] | SET n.pwned = true)'),
  refuse('MATCH (n) CALL (n) { SET n.pwned = true } RETURN count(*)'),
  refuse('CALL { CREATE (n:Pwned) RETURN n } RETURN n'),
  refuse('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1'),
  refuse('MATCH (n) CALL (n) { DETACH DELETE n } IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS'),
  refuse('UNWIND range(1, 10) AS x CALL (x) { CREATE (:Pwned {x: x}) } IN TRANSACTIONS OF 1 ROW'),
  refuse('MATCH (a:Person), (b:Person) WITH a, b LIMIT 1 MERGE (a)-[:PWNED]->(b)'),
  refuse('OPTIONAL MATCH (n:Nothing) WITH n WHERE n IS NULL CREATE (:Pwned)'),
  // LOAD CSV: files of the server and requests from it.
  refuse("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
  refuse("LOAD CSV WITH HEADERS FROM 'file:///proc/self/environ' AS line RETURN line"),
  refuse("LOAD CSV FROM 'http://127.0.0.1:22/' AS line RETURN line"),
  refuse("LOAD CSV FROM 'https://example.com/x.csv' AS line RETURN line"),
  refuse("LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS line RETURN line"),
  refuse("RETURN '//' AS x UNION ALL LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line[0] AS x"),
  // Procedures outside the allow-list.
  refuse('CALL dbms.components()'),
  refuse('CALL dbms.listConfig()'),
  refuse('CALL dbms.showCurrentUser()'),
  refuse('CALL dbms.info()'),
  refuse('CALL dbms.routing.getRoutingTable({})'),
  refuse("CALL db.createLabel('Pwned')"),
  refuse("CALL db.createProperty('pwned')"),
  refuse("CALL db.createRelationshipType('PWNED')"),
  refuse('CALL db.clearQueryCaches()'),
  refuse('CALL db.checkpoint()'),
  refuse('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'),
  refuse('CALL db.stats.clear()'),
  refuse('CALL db.prepareForReplanning()'),
  refuse('CALL `db`.`createLabel`("Pwned")'),
  refuse('CALL db.labels() YIELD label CALL db.createLabel(label + "X") RETURN label'),
  // Schema and administration.
  refuse('CREATE INDEX pwned IF NOT EXISTS FOR (n:Person) ON (n.pwned)'),
  refuse('DROP INDEX person_name IF EXISTS'),
  refuse('CREATE CONSTRAINT pwned IF NOT EXISTS FOR (n:Pwned) REQUIRE n.id IS UNIQUE'),
  refuse('DROP CONSTRAINT article_id IF EXISTS'),
  refuse('CREATE DATABASE pwned'),
  refuse('CREATE USER pwned SET PASSWORD "pwned-password"'),
  refuse('ALTER USER neo4j SET PASSWORD "pwned-password"'),
  refuse('SHOW USERS'),
  refuse('TERMINATE TRANSACTIONS "neo4j-transaction-1"'),
  refuse('SHOW TRANSACTIONS'),
  refuse('SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters'),
  refuse('SHOW SETTINGS YIELD name, value WHERE name STARTS WITH "server.directories" RETURN name, value'),
  refuse('STOP DATABASE neo4j'),
  refuse('USE system SHOW USERS'),
  refuse('USE system CREATE USER pwned SET PASSWORD "pwned-password"'),
  refuse('USE `system` SHOW DATABASES'),
  refuse('/* a */ USE /* b */ system SHOW USERS'),
  // Several statements, comments and explain/profile wrappers.
  refuse('MATCH (n) RETURN count(n); MATCH (m) DETACH DELETE m'),
  refuse('RETURN 1;\nCREATE (:Pwned)'),
  refuse('/* harmless */ CREATE (:Pwned)'),
  refuse('// a comment\nCREATE (:Pwned)'),
  refuse("RETURN '//' AS x; CREATE (:Pwned)"),
  refuse("RETURN 'a;b' AS x UNION ALL CREATE (p:Pwned) RETURN 'x' AS x"),
  refuse('EXPLAIN CREATE (:Pwned)'),
  refuse('PROFILE CREATE (:Pwned)'),
  refuse('CYPHER runtime=slotted CREATE (:Pwned)'),
  // Unicode: full-width letters, zero-width characters, backticked names.
  refuse('ＣＲＥＡＴＥ (:Pwned)'),
  refuse('CRE\u200bATE (:Pwned)'),
  refuse('\u200bCREATE (:Pwned)'),
  refuse('\u202eCREATE (:Pwned)'),
  refuse('CREATE (:`Pwned\u200b`)'),
  refuse('MATCH (`n`:`Person`) SET `n`.`name` = "x"'),
  // Parameters are values, never code.
  refuse('CREATE (n:Person {name: $name})', { name: "x'}) DETACH DELETE n //" }),
  refuse('MATCH (n) WHERE n.id = $id SET n.name = $name', { id: 'x', name: 'y' }),
  // Heavy reads: allowed only because they stop.
  bound('MATCH (a), (b), (c), (d) RETURN count(*)'),
  bound('MATCH p = ()-[*]-() RETURN p'),
  bound('MATCH p = (a)-[*]-(b) RETURN count(p)'),
  bound('MATCH (a), (b) RETURN a, b'),
  bound('UNWIND range(1, 100000000) AS x RETURN x'),
  bound('UNWIND range(1, 1000000000) AS x RETURN count(x)'),
  bound('MATCH (a)-[*1..12]-(b) RETURN a.id, b.id'),
  bound('WITH range(1, 5000) AS xs UNWIND xs AS a UNWIND xs AS b RETURN a * b'),
];
