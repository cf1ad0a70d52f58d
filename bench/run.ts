/**
 * `npm run bench [-- --quick]`: extraction, ingest, API latency and throughput, and client
 * rendering, each against a baseline measured in the same run, on the bench's own Neo4j
 * (port 7691, wiped freely). Writes bench/results/latest.json and prints a table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { collectPageFiles } from '../ingest/pipeline.ts';
import { loadConfig } from '../platform/config.ts';
import { REPO_ROOT } from '../platform/local-neo4j/settings.ts';
import { startServer } from '../server/index.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';
import { buildCases, measureCase, measureThroughput, type CaseResult } from './api-stage.ts';
import { countNodes, openBenchNeo4j } from './bench-neo4j.ts';
import { addBulkNodes, realEntities } from './bulk.ts';
import { measureClient, type ClientResult } from './client-stage.ts';
import { measureExtraction, readArticles } from './extract.ts';
import { writeCorpus } from './gen-corpus.ts';
import { measureIngest } from './ingest-stage.ts';
import type { LoadResult } from './load.ts';
import { ms, rate, renderTable, type Row } from './report.ts';

const quick = process.argv.includes('--quick');
const skipClient = process.argv.includes('--no-client');
// Only the client stage: it needs the server, not a graph.
const clientOnly = process.argv.includes('--client-only');
// Stages c–e again on the graph the last run of the same mode left, with its a–b figures carried
// over: for re-measuring the API after a change without ingesting again.
const reuse = process.argv.includes('--reuse');
const RESULTS = join(REPO_ROOT, 'bench', 'results', 'latest.json');
const PLAN = quick
  ? {
      articles: 5_000,
      graphNodes: 60_000,
      extractMs: 3_000,
      perKind: 40,
      requests: 300,
      maxMs: 15_000,
      tputRequests: 1_500,
    }
  : {
      articles: 100_000,
      graphNodes: 1_000_000,
      extractMs: 10_000,
      perKind: 200,
      requests: 1_500,
      maxMs: 60_000,
      tputRequests: 10_000,
    };
const SEED = 6;
const log = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const started = new Date().toISOString();
  // Other work on the machine inflates every figure: the load average is kept with the results.
  const load: { stage: string; loadavg1m: number }[] = [];
  const noteLoad = (stage: string) => load.push({ stage, loadavg1m: Number(loadavg()[0]?.toFixed(2)) });
  noteLoad('start');
  const corpus = join(REPO_ROOT, '.data', 'bench-corpus', `s${SEED}-n${PLAN.articles}`);
  if (!existsSync(join(corpus, 'gold'))) {
    log(`corpus: generating ${PLAN.articles} articles in ${corpus}`);
    writeCorpus({ articles: PLAN.articles, seed: SEED }, corpus);
  }
  const pagesDir = join(corpus, 'pages');
  const previous = reuse ? previousRun() : null;
  if (reuse && !previous)
    throw new Error(`bench: --reuse needs a ${quick ? 'quick' : 'full'} run in ${RESULTS}`);
  let extraction: ReturnType<typeof measureExtraction>;
  if (previous) {
    extraction = previous.extraction;
    log(`a–b. carried over from the run of ${previous.started}`);
  } else {
    log('a. extraction');
    noteLoad('extraction');
    extraction = measureExtraction(readArticles(pagesDir, 100), PLAN.extractMs);
    log(
      `  extract ${extraction.extract.perSecond.toFixed(0)} art/s, jieba ${extraction.jieba.perSecond.toFixed(0)} art/s`,
    );
  }

  const neo = await openBenchNeo4j();
  if (clientOnly) {
    const s = await startServer(loadConfig({}), neo.target, 0);
    await measureClient(
      s.url,
      [
        [5_000, 20_000],
        [50_000, 100_000],
      ],
      log,
    ).finally(() => s.close().then(() => neo.close()));
    return;
  }
  const servers: ServerProcess[] = [];
  try {
    let ingest: Awaited<ReturnType<typeof measureIngest>>;
    let afterIngest: Awaited<ReturnType<typeof countNodes>>;
    if (previous) {
      ingest = previous.ingest;
      afterIngest = previous.graph.afterIngest;
    } else {
      log('b. ingest');
      noteLoad('ingest');
      ingest = await measureIngest(neo.driver, await collectPageFiles([pagesDir]), log);
      afterIngest = await countNodes(neo.driver);
    }
    const entities = await realEntities(neo.driver);
    const current = await countNodes(neo.driver);
    log(`c. graph: ${current.nodes} nodes, growing to ${PLAN.graphNodes}`);
    await addBulkNodes(neo.driver, current.nodes, PLAN.graphNodes, entities, log);
    const graph = await countNodes(neo.driver);
    const serverEnv = { RATE_LIMIT_PER_MINUTE: '100000000', QUERY_TIMEOUT_MS: '30000' };
    const server = await spawnServer(neo.target, serverEnv);
    servers.push(server);
    const uncached = await spawnServer(neo.target, { ...serverEnv, CACHE_MAX_MB: '0' });
    servers.push(uncached);
    const urls = { cached: server.url, uncached: uncached.url };
    const names = (
      await neo.driver.executeQuery(
        'MATCH (p:Person) WHERE NOT p.id STARTS WITH "per-f" RETURN p.name AS n LIMIT 2000',
        {},
        { database: 'neo4j' },
      )
    ).records.map((r) => String(r.get('n')));
    const kinds = await buildCases(neo.target, entities, names, PLAN.perKind);
    const latency: CaseResult[] = [];
    noteLoad('latency');
    for (const cases of Object.values(kinds)) {
      const r = await measureCase(urls, neo.driver, cases, {
        concurrency: 8,
        requests: PLAN.requests,
        maxMs: PLAN.maxMs,
      });
      log(
        `  ${r.name}: API p50 ${r.api.p50.toFixed(1)} p95 ${r.api.p95.toFixed(1)} ms; ` +
          `uncached p50 ${r.apiUncached.p50.toFixed(1)} p95 ${r.apiUncached.p95.toFixed(1)} ms; ` +
          `driver p50 ${r.driver.p50.toFixed(1)} p95 ${r.driver.p95.toFixed(1)} ms`,
      );
      latency.push(r);
    }
    log('d. throughput');
    noteLoad('throughput');
    const d1 = kinds['neighbourhood d1'] ?? [];
    const tput = { concurrency: 16, requests: PLAN.tputRequests, maxMs: PLAN.maxMs };
    const throughput = await measureThroughput(server.url, d1, tput);
    const throughputUncached = await measureThroughput(uncached.url, d1, tput);
    const throughputDriver = await measureCase(urls, neo.driver, d1, {
      concurrency: 16,
      requests: PLAN.tputRequests,
      maxMs: PLAN.maxMs,
    });
    log(
      `  ${throughput.perSecond.toFixed(0)} req/s, uncached ${throughputUncached.perSecond.toFixed(0)} req/s ` +
        `(driver ${throughputDriver.driver.perSecond.toFixed(0)}/s)`,
    );
    let client: ClientResult[] = [];
    if (!skipClient) {
      log('e. client');
      noteLoad('client');
      client = await measureClient(
        server.url,
        [
          [5_000, 20_000],
          [50_000, 100_000],
        ],
        log,
      ).catch((err: unknown) => {
        log(`  client stage failed: ${err instanceof Error ? err.message : String(err)}`);
        return [];
      });
    }
    noteLoad('end');
    const results = {
      started,
      reusedFrom: previous?.started ?? null,
      load,
      mode: quick ? 'quick' : 'full',
      machine: {
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        cpu: cpus()[0]?.model ?? '?',
      },
      corpus: { dir: corpus, seed: SEED, articles: PLAN.articles },
      extraction,
      ingest,
      graph: { afterIngest, final: graph },
      latency,
      throughput: { api: throughput, apiUncached: throughputUncached, driver: throughputDriver.driver },
      client,
    };
    mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    log(
      `\n${quick ? 'quick' : 'full'} run, graph ${graph.nodes} nodes / ${graph.relationships} relationships, ` +
        `load average ${load.map((l) => `${l.stage} ${l.loadavg1m}`).join(', ')}\n`,
    );
    log(renderTable(rowsOf(results)));
  } finally {
    for (const s of servers) await s.close();
    await neo.close();
  }
}

interface PreviousRun {
  started: string;
  mode: string;
  extraction: ReturnType<typeof measureExtraction>;
  ingest: Awaited<ReturnType<typeof measureIngest>>;
  graph: { afterIngest: { nodes: number; relationships: number } };
}

function previousRun(): PreviousRun | null {
  if (!existsSync(RESULTS)) return null;
  const r = JSON.parse(readFileSync(RESULTS, 'utf8')) as PreviousRun;
  return r.mode === (quick ? 'quick' : 'full') ? r : null;
}

const P95_TARGET: Record<string, number> = {
  'neighbourhood d1': 30,
  'neighbourhood d2': 100,
  'path ≤6': 100,
  search: 20,
};

function rowsOf(r: {
  extraction: ReturnType<typeof measureExtraction>;
  ingest: Awaited<ReturnType<typeof measureIngest>>;
  latency: CaseResult[];
  throughput: { api: LoadResult; apiUncached: LoadResult; driver: LoadResult };
  client: ClientResult[];
}): Row[] {
  const rows: Row[] = [
    {
      metric: 'extraction (1 core)',
      value: rate(r.extraction.extract.perSecond, 'art/s'),
      baseline: `jieba tag ${rate(r.extraction.jieba.perSecond, 'art/s')}`,
      target: '≥ 1000 art/s/core',
      met: r.extraction.extract.perSecond >= 1000,
    },
    {
      metric: `ingest ${r.ingest.articles} art`,
      value: rate(r.ingest.ingest.perSecond, 'art/s'),
      baseline: `writeArticles replay ${rate(r.ingest.replay.perSecond, 'art/s')}`,
      target: '≥ 200 art/s',
      met: r.ingest.ingest.perSecond >= 200,
    },
  ];
  for (const c of r.latency) {
    const target = P95_TARGET[c.name] ?? NaN;
    for (const [how, api] of [
      ['cached', c.api],
      ['no cache', c.apiUncached],
    ] as const) {
      rows.push({
        metric: `${c.name} p50/p95/p99 (c=8, ${how})`,
        value: `${ms(api.p50)} / ${ms(api.p95)} / ${ms(api.p99)}`,
        baseline: `driver ${ms(c.driver.p50)} / ${ms(c.driver.p95)} / ${ms(c.driver.p99)}`,
        target: `p95 ≤ ${target} ms; p50 ≤ 1.3× driver`,
        met: api.p95 <= target && api.p50 <= 1.3 * c.driver.p50 && api.errors === 0,
      });
    }
  }
  for (const [how, api] of [
    ['cached', r.throughput.api],
    ['no cache', r.throughput.apiUncached],
  ] as const) {
    rows.push({
      metric: `neighbourhood d1 throughput (c=16, ${how})`,
      value: rate(api.perSecond, 'req/s'),
      baseline: `driver ${rate(r.throughput.driver.perSecond, 'q/s')}`,
      target: '≥ 1000 req/s',
      met: api.perSecond >= 1000 && api.errors === 0,
    });
  }
  for (const c of r.client) {
    rows.push({
      metric: `client ${c.nodes / 1000}k nodes / ${c.edges / 1000}k edges`,
      value: `${ms(c.firstFrameMs)}, heap ${c.heapMb.toFixed(0)} MB`,
      baseline: `empty page heap ${c.emptyHeapMb.toFixed(0)} MB`,
      target: c.nodes >= 50_000 ? 'first frame ≤ 1500 ms' : '',
      met: c.nodes >= 50_000 ? c.firstFrameMs <= 1500 : null,
    });
  }
  return rows;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
