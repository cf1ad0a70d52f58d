import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../platform/local-neo4j/settings.ts';
import { readAndExtract } from '../read-page.ts';
import { PageTimeoutError } from '../read/errors.ts';
import { ExtractPool } from './extract-pool.ts';

const SAMPLE = join(REPO_ROOT, 'sample', 'pages', '2023-05-16_a01.txt');
const page = (name: string, bytes: Uint8Array) => ({ name, bytes });
const sample = () => page('2023-05-16_a01.txt', readFileSync(SAMPLE));
/** Megabytes of real articles: `copies` 1,000 take seconds to extract on any machine. */
const slowPage = (copies: number) =>
  page('slow.txt', Buffer.from(`${readFileSync(SAMPLE, 'utf8')}\n`.repeat(copies), 'utf8'));

const pools: ExtractPool[] = [];
const pool = (timeoutMs: number) => {
  const p = new ExtractPool({ timeoutMs });
  pools.push(p);
  return p;
};
after(() => Promise.all(pools.map((p) => p.close())));

const shared = pool(60_000);

void test('a worker extracts a page exactly as the main thread does', async () => {
  const p = shared;
  assert.deepEqual(await p.extract(sample(), null), readAndExtract(sample(), null));
  assert.deepEqual(await p.extract(sample(), '2024-01-02'), readAndExtract(sample(), '2024-01-02'));
});

void test('a page that cannot be read fails with the reader message naming it', async () => {
  const p = shared;
  await assert.rejects(
    p.extract(page('empty.txt', Buffer.from('  \n')), null),
    /Reading page empty\.txt: the file is empty/u,
  );
  await assert.rejects(
    p.extract({ name: 'big.txt', bytes: new Uint8Array(0), oversizeBytes: 11 * 1024 * 1024 }, null),
    /Reading page big\.txt: the file has/u,
  );
});

void test('a page over the time bound is refused by name, and the next page is read by a new worker', async () => {
  const p = pool(1500);
  const t0 = performance.now();
  await assert.rejects(p.extract(slowPage(1000), null), (err: unknown) => {
    assert.ok(err instanceof PageTimeoutError, String(err));
    assert.match(err.message, /Reading page slow\.txt: .*longer than 1500 ms/u);
    return true;
  });
  assert.ok(performance.now() - t0 < 4500, 'refused near the bound, not when the page was done');
  // Queued behind the slow page: it waits for the replacement worker, whose warm-up is not on its clock.
  const [next] = await Promise.all([p.extract(sample(), null)]);
  assert.ok(next.articles.length > 0);
});

void test('pages queue and come back in order while the event loop stays free', async () => {
  const p = shared;
  const ticks: number[] = [];
  const timer = setInterval(() => ticks.push(performance.now()), 20);
  const results = await Promise.all([slowPage(300), sample(), sample()].map((x) => p.extract(x, null)));
  clearInterval(timer);
  assert.equal(results.length, 3);
  const gaps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? t));
  assert.ok(Math.max(...gaps) < 1000, `the event loop stalled ${Math.max(...gaps).toFixed(0)} ms`);
});

void test('the worker starts under the tsx command too, as npm start and the Docker image run the server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-pool-'));
  try {
    const script = join(dir, 'run.mts');
    const poolUrl = pathToFileURL(join(REPO_ROOT, 'ingest', 'worker', 'extract-pool.ts')).href;
    writeFileSync(
      script,
      [
        `import { ExtractPool } from ${JSON.stringify(poolUrl)};`,
        'const pool = new ExtractPool({ timeoutMs: 60_000 });',
        "const out = await pool.extract({ name: 'a.txt', bytes: Buffer.from('区委书记沈启航到湖塘镇调研。') }, null);",
        'console.log(JSON.stringify({ articles: out.articles.length }));',
        'await pool.close();',
      ].join('\n'),
    );
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, [script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout.trim()), { articles: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
