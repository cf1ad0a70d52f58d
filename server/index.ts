import type { Server } from 'node:http';
import { Ingestor } from '../ingest/pipeline.ts';
import { ExtractPool } from '../ingest/worker/extract-pool.ts';
import { applySchema, createDriver } from '../ingest/write/index.ts';
import { loadConfig, type AppConfig } from '../platform/config.ts';
import { stop as stopLocalNeo4j } from '../platform/local-neo4j/instance.ts';
import { resolveNeo4jTarget, type Neo4jTarget } from '../platform/neo4j-target.ts';
import { createApp } from './app.ts';
import { GraphWatcher } from './cache/graph-watcher.ts';
import { ResponseCache } from './cache/response-cache.ts';
import { GraphDb } from './neo4j/graph-db.ts';
import { loadSavedQueries } from './services/saved-queries.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** Builds the app on a Neo4j target and listens; `close` finishes in-flight requests, then closes the driver. */
export async function startServer(
  config: AppConfig,
  target: Neo4jTarget,
  port = config.PORT,
): Promise<RunningServer> {
  const db = new GraphDb(target, target.database, config.QUERY_TIMEOUT_MS, {
    concurrency: config.DB_READ_CONCURRENCY,
    queue: config.DB_READ_QUEUE,
  });
  const ingestDriver = config.INGEST_TOKEN ? createDriver(target) : null;
  // Uploaded pages are read in a worker thread: a pathological page must not stall other requests.
  const pool = ingestDriver ? new ExtractPool({ timeoutMs: config.UPLOAD_PAGE_TIMEOUT_MS }) : null;
  const ingestor = ingestDriver && pool ? new Ingestor(ingestDriver, target.database, pool.extract) : null;
  const cache = new ResponseCache(config.CACHE_MAX_MB * 1024 * 1024);
  const watcher = new GraphWatcher(db, cache, config.CACHE_CHECK_MS, config.CACHE_MAX_AGE_MS);
  await watcher.start();
  const app = createApp({ db, config, savedQueries: loadSavedQueries(), ingestor, cache });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${actualPort}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await watcher.stop();
      await db.close();
      await pool?.close();
      await ingestDriver?.close();
    },
  };
}

/** Stops on SIGINT/SIGTERM: no new connections, in-flight requests finish, driver closed. */
export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await resolveNeo4jTarget(config);
  const driver = createDriver(target);
  await applySchema(driver, target.database);
  await driver.close();
  const running = await startServer(config, target);
  console.log(`Explorer on ${running.url}`);
  onShutdown(async () => {
    await running.close();
    if (target.local?.startedHere) await stopLocalNeo4j(target.local.settings);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
