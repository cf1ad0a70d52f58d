import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectPageFiles, Ingestor, readPages } from '../ingest/pipeline.ts';
import { applySchema, createDriver } from '../ingest/write/index.ts';
import { loadConfig } from '../platform/config.ts';
import { stop as stopLocalNeo4j } from '../platform/local-neo4j/instance.ts';
import { REPO_ROOT } from '../platform/local-neo4j/settings.ts';
import { resolveNeo4jTarget } from '../platform/neo4j-target.ts';
import { CLIENT_DIST } from '../server/app.ts';
import { onShutdown, startServer } from '../server/index.ts';

/**
 * `npm start`: the main job. Neo4j (configured, or the project's own), schema, the sample corpus
 * on first run, the client built if it is not, and the explorer served.
 */
async function main(): Promise<void> {
  const t0 = performance.now();
  const config = loadConfig();
  const target = await resolveNeo4jTarget(config);
  console.log(
    `Neo4j ${target.local ? `(local, ${target.local.startedHere ? 'started' : 'already running'})` : ''} on ${target.uri}`,
  );
  const driver = createDriver(target);
  try {
    await applySchema(driver, target.database);
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS n',
      {},
      { database: target.database },
    );
    if (config.SEED_SAMPLE && Number(records[0]?.get('n') ?? 0) === 0) {
      const files = await collectPageFiles([join(REPO_ROOT, 'sample', 'pages')]);
      const results = await new Ingestor(driver, target.database).ingest(readPages(files));
      const articles = results.reduce((n, r) => n + r.articles, 0);
      console.log(`Ingested the sample corpus: ${results.length} pages, ${articles} articles`);
    }
  } finally {
    await driver.close();
  }
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    console.log('Building the client (first run only)…');
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) throw new Error('The client build failed');
  }
  const running = await startServer(config, target);
  console.log(`Explorer ready on ${running.url} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  onShutdown(async () => {
    await running.close();
    if (target.local?.startedHere) await stopLocalNeo4j(target.local.settings);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
