import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../platform/config.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { SAMPLE_PAGES, startStack } from '../support/stack.ts';
import { testTarget } from '../support/test-neo4j.ts';

/**
 * Uploaded pages are read in a worker thread with a time bound: a page that takes seconds to
 * extract must neither stall the requests served meanwhile nor be stored past its bound, and the
 * other files of its upload are stored all the same.
 */
const TOKEN = 'hardening-token-0123456789';
/**
 * Were the page read on the event loop, a health check sent meanwhile would wait for all of it. So
 * the slowest may take a quarter of the upload at most, and never more than 2 s (a loaded 2-core
 * machine answers in a few hundred ms).
 */
const MAX_STALL_MS = 2000;
const MIN_UPLOAD_MS = 2500;
const PAGE_BOUND_MS = 1500;

/** Megabytes of a place list: seconds of extraction (every character is a gazetteer lookup), few entities. */
const slowPage = () => Buffer.from(`武进区湖塘镇、`.repeat(150_000), 'utf8');
const samplePage = (file: string) => readFileSync(join(SAMPLE_PAGES, file));

let s: Awaited<ReturnType<typeof startStack>>;
let bounded: RunningServer;
before(async () => {
  s = await startStack({ INGEST_TOKEN: TOKEN, UPLOAD_PAGE_TIMEOUT_MS: '120000' });
  bounded = await startServer(
    loadConfig({
      INGEST_TOKEN: TOKEN,
      UPLOAD_PAGE_TIMEOUT_MS: String(PAGE_BOUND_MS),
      RATE_LIMIT_PER_MINUTE: '100000',
    }),
    await testTarget(),
    0,
  );
});
after(async () => {
  await bounded.close();
  await s.server.close();
  await s.driver.close();
});

interface UploadAnswer {
  status: number;
  files: { file: string; ok: boolean; articles: number; error: string | null }[];
  ms: number;
}

async function upload(url: string, files: [string, Uint8Array][]): Promise<UploadAnswer> {
  const form = new FormData();
  for (const [name, bytes] of files) form.append('pages', new Blob([Buffer.from(bytes)]), name);
  const t0 = performance.now();
  const res = await fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  const body = (await res.json()) as { files: UploadAnswer['files'] };
  return { status: res.status, files: body.files, ms: performance.now() - t0 };
}

/** Health latencies, sampled every 25 ms until `until` settles. */
async function healthWhile(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    assert.equal(res.status, 200);
    latencies.push(performance.now() - t0);
    // Room for the upload itself on a 2-core machine: the point is latency, not load.
    await sleep(25);
  }
  return latencies;
}

test('a page that takes seconds to read does not stall the requests served meanwhile', async () => {
  const uploading = upload(s.server.url, [['2024-02-01_places.txt', slowPage()]]);
  const latencies = await healthWhile(s.server.url, uploading);
  const answer = await uploading;
  const worst = Math.max(...latencies);
  console.log(
    `hardening: upload of a slow page took ${answer.ms.toFixed(0)} ms; ${latencies.length} health checks meanwhile, slowest ${worst.toFixed(0)} ms`,
  );
  assert.equal(answer.status, 200, JSON.stringify(answer.files));
  assert.equal(answer.files[0]?.ok, true);
  // Only meaningful if the page kept a worker busy for a good while.
  assert.ok(answer.ms > MIN_UPLOAD_MS, `the page was read in ${answer.ms.toFixed(0)} ms: too fast to tell`);
  assert.ok(latencies.length >= 5, `only ${latencies.length} health checks were answered meanwhile`);
  const bound = Math.min(MAX_STALL_MS, answer.ms / 4);
  assert.ok(worst < bound, `a health check waited ${worst.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`);
});

test('a page over the time bound is refused by name; the other files of the upload are stored', async () => {
  const files: [string, Uint8Array][] = [
    ['2024-03-01_first.txt', samplePage('2023-05-16_a01.txt')],
    ['2024-03-01_slow.txt', slowPage()],
    ['2024-03-01_last.txt', samplePage('a04.txt')],
  ];
  const answer = await upload(bounded.url, files);
  console.log(
    `hardening: upload with a page over the ${PAGE_BOUND_MS} ms bound: ${answer.status} in ${answer.ms.toFixed(0)} ms; ` +
      answer.files.map((f) => `${f.file} ${f.ok ? `ok ${f.articles}` : f.error}`).join('; '),
  );
  assert.equal(answer.status, 207);
  const [first, slow, last] = answer.files;
  assert.equal(slow?.ok, false);
  assert.match(slow?.error ?? '', /2024-03-01_slow\.txt.*longer than 1500 ms.*refused/u);
  for (const good of [first, last]) {
    assert.equal(good?.ok, true, JSON.stringify(good));
    assert.ok((good?.articles ?? 0) > 0);
    const { records } = await s.driver.executeQuery(
      'MATCH (a:Article {file: $file}) RETURN count(a) AS n',
      { file: good?.file },
      { database: 'neo4j' },
    );
    assert.equal(Number(records[0]?.get('n')), good?.articles, `${good?.file} is stored`);
  }
  const { records } = await s.driver.executeQuery(
    "MATCH (a:Article {file: '2024-03-01_slow.txt'}) RETURN count(a) AS n",
    {},
    { database: 'neo4j' },
  );
  assert.equal(Number(records[0]?.get('n')), 0, 'nothing of the refused page is stored');
});
