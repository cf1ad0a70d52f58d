import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { boltAnswers } from '../../platform/local-neo4j/bolt-probe.ts';
import { LocalNeo4jError } from '../../platform/local-neo4j/errors.ts';
import { start, status, stop } from '../../platform/local-neo4j/instance.ts';
import { instanceSettings } from '../../platform/local-neo4j/settings.ts';
import { openTestDriver, resetDatabase } from '../support/graph.ts';
import { startStack } from '../support/stack.ts';
import { TEST_SETTINGS } from '../support/test-neo4j.ts';
import { buildCorpus, fingerprint, relsPerArticle, spawnIngest } from './support/ingest-cli.ts';
import { percentile } from './support/random.ts';

const QUERY_TIMEOUT_MS = 3000;
// A request still open this long after it was sent counts as hung.
const HANG_MS = QUERY_TIMEOUT_MS + 8000;

interface Sample {
  phase: 'up' | 'stopping' | 'down' | 'starting' | 'back';
  /** The phase its answer came in: a request sent during the outage may be served after the restart. */
  endedIn: Sample['phase'];
  path: string;
  status: number;
  ms: number;
}

describe('Neo4j stopped under load', () => {
  let s: Awaited<ReturnType<typeof startStack>>;
  before(async () => {
    s = await startStack({ QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  });
  after(async () => {
    await start(TEST_SETTINGS);
    await s.server.close();
    await s.driver.close();
  });

  test('every request answers 200 or a quick 503, and health recovers by itself', async () => {
    const paths = [
      '/api/health',
      `/api/search?q=${encodeURIComponent('沈启航')}`,
      '/api/schema',
      '/api/queries',
    ];
    const samples: Sample[] = [];
    let phase: Sample['phase'] = 'up';
    let running = true;
    const loop = async (n: number) => {
      for (let i = n; running; i += 1) {
        const path = paths[i % paths.length] ?? '/api/health';
        // The phase a request was sent in: one answered 200 just before the stop still counts as 'up'.
        const sentIn = phase;
        const t0 = performance.now();
        const res = await fetch(`${s.server.url}${path}`, { signal: AbortSignal.timeout(HANG_MS) }).catch(
          () => null,
        );
        await res?.arrayBuffer();
        samples.push({
          phase: sentIn,
          endedIn: phase,
          path,
          status: res?.status ?? 0,
          ms: performance.now() - t0,
        });
        // A small pause bounds the request count while every answer is a fast 503.
        await sleep(25);
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    await sleep(1500);
    phase = 'stopping';
    await stop(TEST_SETTINGS);
    phase = 'down';
    await sleep(5000);
    phase = 'starting';
    await start(TEST_SETTINGS);
    phase = 'back';
    const back = performance.now();
    let recovered = Infinity;
    while (performance.now() - back < 20_000) {
      if ((await s.get('/api/health')).status === 200) {
        recovered = performance.now() - back;
        break;
      }
      await sleep(100);
    }
    running = false;
    await Promise.all(loops);

    const hung = samples.filter((x) => x.status === 0);
    // 408: the first queries on a cold restarted Neo4j may pass the query timeout; that is still an answer in time.
    const odd = samples.filter((x) => ![200, 408, 503, 0].includes(x.status));
    // /api/queries answers from memory (the saved queries are read at start-up): 200 during an outage is right.
    const down = samples.filter((x) => x.phase === 'down' && x.path !== '/api/queries');
    const downMax = Math.max(...down.map((x) => x.ms));
    console.log(
      `hardening: neo4j stop under load: ${samples.length} requests, ${hung.length} hung, ${odd.length} other statuses, ` +
        `${down.filter((x) => x.status === 503).length}/${down.length} 503 while down (p99 ${percentile(
          down.map((x) => x.ms),
          99,
        ).toFixed(0)} ms, ` +
        `max ${downMax.toFixed(0)} ms), health 200 again ${recovered.toFixed(0)} ms after start`,
    );
    assert.deepEqual(hung, [], 'requests hung past the timeout');
    assert.deepEqual(odd, [], 'only 200, 408 or 503 expected');
    // A request sent late in the outage may wait for a connection until Neo4j is back, then time out on the cold start.
    assert.ok(
      down.some((x) => x.status === 503),
      'requests while Neo4j is down are 503s',
    );
    assert.ok(
      down.every((x) => x.status === 503 || x.status === 408 || (x.status === 200 && x.endedIn !== 'down')),
      `every request while Neo4j is down is a 503 or 408: ${JSON.stringify(down.filter((x) => x.status !== 503))}`,
    );
    assert.ok(downMax < 8000, `503s took up to ${downMax.toFixed(0)} ms`);
    assert.ok(samples.some((x) => x.phase === 'up' && x.status === 200));
    assert.ok(recovered < 10_000, `health did not come back within 10 s (${recovered} ms)`);
    assert.ok(s.server.server.listening, 'the server still listens');
    assert.equal((await s.get(paths[1] ?? '')).status, 200);
  });
});

describe('Neo4j stopped during an ingest', () => {
  let driver: Driver;
  let corpus: string;
  before(async () => {
    driver = await openTestDriver();
    corpus = buildCorpus(2);
  });
  after(async () => {
    await start(TEST_SETTINGS);
    await driver.close();
    rmSync(corpus, { recursive: true, force: true });
  });

  test('the CLI stops with a clear message, no article is half-written, a re-run completes the graph', async () => {
    await resetDatabase(driver);
    const clean = await (await spawnIngest(corpus)).done;
    assert.equal(clean.code, 0, clean.stderr);
    const cleanPrint = await fingerprint(driver);
    const cleanRels = await relsPerArticle(driver);

    await resetDatabase(driver);
    const run = await spawnIngest(corpus);
    let exited = false;
    void run.done.then(() => (exited = true));
    // Stop Neo4j once some batches are in, so the cut falls mid-run.
    while (!exited && (await relsPerArticle(driver)).size < 6) await sleep(100);
    assert.equal(exited, false, 'the ingest finished before Neo4j could be stopped');
    await stop(TEST_SETTINGS);
    const stoppedAt = performance.now();
    const result = await Promise.race([run.done, sleep(150_000).then(() => null)]);
    if (!result) run.child.kill('SIGKILL');
    assert.ok(result, 'the CLI did not exit within 150 s of Neo4j stopping');
    await start(TEST_SETTINGS);
    const exitAfter = ((performance.now() - stoppedAt) / 1000).toFixed(1);
    // The CLI's closing message: what failed, then what to do (a line each).
    const message = result.stderr.trim().split('\n').slice(-3).join(' | ');
    console.log(`hardening: ingest with Neo4j stopped: exit ${result.code} after ${exitAfter} s: ${message}`);
    if (result.code !== 0) {
      assert.match(message, /neo4j|connect|unavailable|refused/iu, 'the message says what failed');
      assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/u, 'no stack trace for an expected failure');
    }

    const partial = await relsPerArticle(driver);
    for (const [id, rels] of partial) assert.equal(rels, cleanRels.get(id), `article ${id} is half-written`);
    const loose = await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.articleId IS NULL OR r.evidence IS NULL RETURN count(r) AS c',
      {},
      { database: 'neo4j' },
    );
    assert.equal(Number(loose.records[0]?.get('c')), 0, 'relationships without articleId or evidence');
    const news = await driver.executeQuery(
      "MATCH (a:Article {kind: 'news'}) WHERE NOT (a)<-[:REPORTED_IN]-(:Event) RETURN collect(a.id) AS ids",
      {},
      { database: 'neo4j' },
    );
    const eventless = (news.records[0]?.get('ids') as string[]).filter((id) => cleanRels.has(id));
    console.log(
      `hardening: ${partial.size}/${cleanRels.size} articles stored whole at the cut; news articles without event: ${eventless.length}`,
    );

    const rerun = await (await spawnIngest(corpus)).done;
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(await fingerprint(driver), cleanPrint);
  });
});

describe('an unwritable folder for a local Neo4j', () => {
  const base = mkdtempSync(join(tmpdir(), 'hardening-ro-'));
  after(() => rmSync(base, { recursive: true, force: true }));
  // Tests run as root, so permissions block nothing: a path under a regular file does. (A path under
  // /proc would too, but Node's recursive mkdir can spin there without ever returning.)
  const blocked = [join(base, 'file.txt', 'neo4j')];
  for (const dir of blocked) {
    test(`start refuses ${dir} with LocalNeo4jError naming it, and nothing runs`, async () => {
      writeFileSync(join(base, 'file.txt'), 'not a folder');
      const settings = instanceSettings('hardening-ro', { dir, boltPort: 7693 });
      await assert.rejects(start(settings), (err: unknown) => {
        assert.ok(err instanceof LocalNeo4jError, String(err));
        assert.ok(err.message.includes(dir), err.message);
        return true;
      });
      assert.equal(status(settings).running, false);
      assert.equal(await boltAnswers(7693), false);
    });
  }
});
