import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { openTestDriver, resetDatabase } from '../support/graph.ts';
import { buildCorpus, fingerprint, spawnIngest } from './support/ingest-cli.ts';
import { seededRandom, seedFromEnv } from './support/random.ts';

/**
 * SIGKILL the real ingest CLI at random moments, run it again to the end, and the graph must be
 * the one a single clean run gives: batches are whole transactions and every write is a MERGE.
 */
const KILL_POINTS = Number(process.env.KILL_POINTS ?? 10);
const SEED = seedFromEnv(7);

let driver: Driver;
let corpus: string;

before(async () => {
  driver = await openTestDriver();
  corpus = buildCorpus(2);
});
after(async () => {
  await driver.close();
  rmSync(corpus, { recursive: true, force: true });
});

async function runToEnd(): Promise<number> {
  const { done } = await spawnIngest(corpus);
  const r = await done;
  assert.equal(r.code, 0, `ingest failed: ${r.stderr}`);
  return r.ms;
}

const articleCount = async () => {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) RETURN count(a) AS c',
    {},
    { database: 'neo4j' },
  );
  return Number(records[0]?.get('c'));
};

/** Milliseconds from spawning the CLI until at least `articles` are stored (null: it exited first). */
async function stored(articles: number, done: Promise<unknown>, t0: number): Promise<number | null> {
  let exited = false;
  void done.then(() => (exited = true));
  while (!exited) {
    if ((await articleCount()) >= articles) return performance.now() - t0;
    await sleep(20);
  }
  return null;
}

test(`the graph after ${KILL_POINTS} SIGKILLs and re-runs equals one clean run`, async () => {
  await resetDatabase(driver);
  const t0 = performance.now();
  const cleanRun = await spawnIngest(corpus);
  const firstMs = (await stored(1, cleanRun.done, t0)) ?? 0;
  assert.equal((await cleanRun.done).code, 0);
  const clean = await fingerprint(driver);
  const total = clean.counts.Article ?? 0;
  assert.ok(total > 50, `corpus too small: ${JSON.stringify(clean.counts)}`);
  // The same pages again on the full graph: nothing may change.
  await runToEnd();
  assert.deepEqual(await fingerprint(driver), clean, 'a second run over the same pages changed the graph');

  const rand = seededRandom(SEED);
  let survived = 0;
  const storedAtKill: number[] = [];
  for (let i = 0; i < KILL_POINTS; i += 1) {
    await resetDatabase(driver);
    const started = performance.now();
    const run = await spawnIngest(corpus);
    // One kill in four lands during start-up (schema, organization index); the rest once a random
    // number of articles is stored, so they fall between or inside batch transactions.
    let killAt: string;
    if (i % 4 === 0) {
      const ms = Math.round(rand() * firstMs);
      await sleep(ms);
      killAt = `${ms} ms`;
    } else {
      const target = 1 + Math.floor(rand() * (total - 2));
      await stored(target, run.done, started);
      killAt = `${target} articles`;
    }
    run.child.kill('SIGKILL');
    const killed = await run.done;
    const partial = await fingerprint(driver);
    storedAtKill.push(partial.counts.Article ?? 0);
    await runToEnd();
    const resumed = await fingerprint(driver);
    const where = `kill ${i + 1} at ${killAt} (${killed.signal ?? `exit ${killed.code}`}, ${partial.counts.Article ?? 0} articles stored)`;
    assert.deepEqual(resumed.counts, clean.counts, where);
    assert.deepEqual(resumed.ids, clean.ids, where);
    survived += 1;
  }
  const midRun = storedAtKill.filter((n) => n > 0 && n < total).length;
  console.log(
    `hardening: kill points survived ${survived}/${KILL_POINTS} (seed ${SEED}, first write after ${(firstMs / 1000).toFixed(1)} s, ` +
      `${midRun} kills mid-write, articles stored at kill: ${storedAtKill.join(',')} of ${total})`,
  );
  assert.ok(midRun >= KILL_POINTS / 2, `too few kills landed mid-write: ${storedAtKill.join(',')}`);
});
