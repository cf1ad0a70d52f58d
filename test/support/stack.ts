import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectPageFiles, Ingestor, readPages, type FileResult } from '../../ingest/pipeline.ts';
import { loadConfig, type AppConfig } from '../../platform/config.ts';
import { REPO_ROOT } from '../../platform/local-neo4j/settings.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { openTestDriver, resetDatabase } from './graph.ts';
import { testTarget } from './test-neo4j.ts';

export const SAMPLE_PAGES = join(REPO_ROOT, 'sample', 'pages');

export async function ingestSample(driver: Driver): Promise<FileResult[]> {
  return new Ingestor(driver, 'neo4j').ingest(readPages(await collectPageFiles([SAMPLE_PAGES])));
}

/** A real server on a free port over the tests' Neo4j, holding the sample corpus ingested by the real pipeline. */
export async function startStack(env: Record<string, string> = {}): Promise<{
  driver: Driver;
  server: RunningServer;
  config: AppConfig;
  get: (path: string) => Promise<{ status: number; body: unknown }>;
  post: (
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: unknown }>;
}> {
  const driver = await openTestDriver();
  await resetDatabase(driver);
  await ingestSample(driver);
  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '100000', ...env });
  const server = await startServer(config, await testTarget(), 0);
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${server.url}${path}`, init);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body };
  };
  return {
    driver,
    server,
    config,
    get: (path) => call(path),
    post: (path, body, headers = {}) =>
      call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
  };
}
