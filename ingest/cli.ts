import { parseArgs } from 'node:util';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { watch } from 'chokidar';
import { join } from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { freeBytes } from '../platform/local-neo4j/preflight.ts';
import { resolveNeo4jTarget, type Neo4jTarget } from '../platform/neo4j-target.ts';
import { collectPageFiles, Ingestor, readPages, type FileResult, type IngestProgress } from './pipeline.ts';
import { applySchema, createDriver, StoreWriteError, type Driver } from './write/index.ts';

const USAGE = `usage: npm run ingest -- [--date YYYY-MM-DD] [--dry-run] [--batch N] <files|folders...>
       npm run ingest -- --watch <folder> [--date YYYY-MM-DD]`;

interface Cli {
  inputs: string[];
  date: string | null;
  dryRun: boolean;
  watch: string | null;
  batch: number;
}

function parseCli(argv: string[]): Cli {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      watch: { type: 'string' },
      batch: { type: 'string', default: '1000' },
      help: { type: 'boolean', default: false },
    },
  });
  const batch = Number(values.batch);
  if (values.help || (positionals.length === 0 && !values.watch) || !Number.isInteger(batch) || batch < 1) {
    throw new Error(USAGE);
  }
  return {
    inputs: positionals,
    date: values.date ?? null,
    dryRun: values['dry-run'],
    watch: values.watch ?? null,
    batch,
  };
}

function progressReporter(total: number) {
  const started = performance.now();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format:
            'pages {bar} {value}/{total} | articles {articles} | entities {entities} | {rate} entities/s | failed {failed}',
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { articles: 0, entities: 0, rate: 0, failed: 0 });
  return {
    onPage(result: FileResult, p: IngestProgress) {
      const seconds = (performance.now() - started) / 1000;
      bar?.update(p.pages + p.failed, {
        articles: p.articles,
        entities: p.entities,
        rate: Math.round(p.entities / Math.max(seconds, 0.001)),
        failed: p.failed,
      });
      if (!result.ok) {
        process.stderr.write(`${bar ? '\n' : ''}failed: ${result.error}\n`);
      }
    },
    stop: () => bar?.stop(),
    seconds: () => (performance.now() - started) / 1000,
  };
}

function summary(results: FileResult[], seconds: number, dryRun: boolean): string {
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const articles = ok.reduce((n, r) => n + r.articles, 0);
  const entities = ok.reduce((n, r) => n + r.entities, 0);
  const lines = [
    `${dryRun ? 'Dry run (nothing stored): ' : ''}${ok.length} page(s), ${articles} article(s), ${entities} entity mention(s) in ${seconds.toFixed(1)} s (${(articles / Math.max(seconds, 0.001)).toFixed(0)} articles/s)`,
  ];
  // A page of adverts or a wrong file reads as no article; what earlier runs stored from it is kept.
  const empty = ok.filter((r) => r.articles === 0);
  if (empty.length > 0) {
    lines.push(`${empty.length} page(s) gave no article; anything stored from them before is kept:`);
    for (const f of empty) lines.push(`  ${basename(f.file)}`);
  }
  if (failed.length > 0) {
    lines.push(`${failed.length} file(s) failed:`);
    for (const f of failed) lines.push(`  ${f.error}`);
  }
  return lines.join('\n');
}

async function runOnce(ingestor: Ingestor, cli: Cli): Promise<number> {
  const files = await collectPageFiles(cli.inputs);
  const reporter = progressReporter(files.length);
  const results = await ingestor.ingest(readPages(files), {
    date: cli.date,
    dryRun: cli.dryRun,
    batchArticles: cli.batch,
    onPage: (result, progress) => reporter.onPage(result, progress),
  });
  reporter.stop();
  console.log(summary(results, reporter.seconds(), cli.dryRun));
  return results.some((r) => !r.ok) ? 1 : 0;
}

/** Keeps running; each page that arrives (or changes) in the folder is ingested once it is fully written. */
async function runWatch(ingestor: Ingestor, cli: Cli, folder: string): Promise<void> {
  let queue = Promise.resolve();
  const watcher = watch(folder, {
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: 500, pollInterval: 100 },
    ignored: (path, stats) => Boolean(stats?.isFile() && !path.endsWith('.txt')),
  });
  const handle = (path: string) => {
    queue = queue.then(async () => {
      const info = await stat(path);
      const [result] = await ingestor.ingest([{ name: path, bytes: await readFile(path) }], {
        date: cli.date,
        dryRun: cli.dryRun,
      });
      if (result) {
        const text = result.ok
          ? `ingested ${basename(path)}: ${result.articles} article(s), ${info.size} bytes${result.articles === 0 ? ' (no article; anything stored from it before is kept)' : ''}`
          : `failed: ${result.error}`;
        console.log(text);
      }
    });
  };
  watcher.on('add', handle).on('change', handle);
  console.log(`Watching ${folder} for pages (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void watcher
        .close()
        .then(() => queue)
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * What to do after Neo4j refused a batch. For the project's own Neo4j the likely cause, a full disk,
 * can be checked here; a database fault stops every later write until Neo4j restarts.
 */
function afterStoreFailure(err: StoreWriteError, target: Neo4jTarget | null): string {
  const rerun = 'Run the same ingest again afterwards: pages already stored are not duplicated.';
  if (!err.databaseFault) return `${err.message}\n${rerun}`;
  const local = target?.local?.settings;
  const dataDir = local ? join(local.homeDir, 'data') : null;
  const free = dataDir ? freeBytes(dataDir) : null;
  const disk =
    dataDir && free !== null && local && free < local.minFreeBytes
      ? `The disk of the local Neo4j data folder ${dataDir} is full (${Math.floor(free / 1024 / 1024)} MB free). Free space there, then `
      : 'Neo4j reported a fault of the database itself (often a full disk; its debug.log says). Fix it, then ';
  return `${err.message}\n${disk}restart Neo4j (npm run neo4j -- stop, then start): it recovers its committed transactions. ${rerun}`;
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  const config = loadConfig();
  let driver: Driver | null = null;
  let database = config.NEO4J_DATABASE;
  let target: Neo4jTarget | null = null;
  if (!cli.dryRun) {
    target = await resolveNeo4jTarget(config);
    if (target.local?.startedHere) {
      console.error(`Started the local Neo4j on ${target.uri} (it keeps running: npm run neo4j -- stop)`);
    }
    driver = createDriver(target);
    database = target.database;
    await applySchema(driver, database);
  }
  try {
    const ingestor = new Ingestor(driver, database);
    if (cli.watch) await runWatch(ingestor, cli, cli.watch);
    else process.exitCode = await runOnce(ingestor, cli);
  } catch (err) {
    if (err instanceof StoreWriteError) throw new Error(afterStoreFailure(err, target), { cause: err });
    throw err;
  } finally {
    await driver?.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = process.exitCode || 1;
});
