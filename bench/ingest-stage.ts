import { basename } from 'node:path';
import { Ingestor, readAndExtract, readPages } from '../ingest/pipeline.ts';
import { OrganizationIndex } from '../ingest/resolve/organization-index.ts';
import { pageGraphs, type ArticleGraph } from '../ingest/resolve/article-graph.ts';
import { writeArticles, type Driver } from '../ingest/write/index.ts';
import { wipe } from './bench-neo4j.ts';

// The CLI's default, so the bench measures the ingest as shipped.
const BATCH_ARTICLES = 1000;
const WARM_UP_PAGES = 50;

export interface IngestResult {
  articles: number;
  pages: number;
  ingest: { seconds: number; perSecond: number };
  replay: { seconds: number; perSecond: number };
}

/** The batches the Ingestor would write, made ahead of time so the replay measures only the writes. */
async function prepareBatches(files: readonly string[]): Promise<ArticleGraph[][]> {
  const index = new OrganizationIndex();
  const batches: ArticleGraph[][] = [];
  let batch: ArticleGraph[] = [];
  for await (const page of readPages(files)) {
    batch.push(...pageGraphs(readAndExtract(page), basename(page.name), index));
    if (batch.length >= BATCH_ARTICLES) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * End-to-end ingest (read, extract, resolve, write) against the same batches written straight
 * into Neo4j. Both start from an empty database; the replayed graph stays for the API stage.
 */
export async function measureIngest(
  driver: Driver,
  files: readonly string[],
  log: (s: string) => void,
): Promise<IngestResult> {
  // A first ingest of a few pages compiles the write queries in Neo4j and warms both JITs, so
  // neither measured run pays for that; it is wiped before the measured ingest.
  await wipe(driver);
  await new Ingestor(driver, 'neo4j').ingest(readPages(files.slice(0, WARM_UP_PAGES)));
  await wipe(driver);
  let t0 = performance.now();
  const results = await new Ingestor(driver, 'neo4j').ingest(readPages(files), {
    batchArticles: BATCH_ARTICLES,
  });
  const ingestSeconds = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0)
    throw new Error(`bench: ${failed.length} pages failed to ingest, e.g. ${failed[0]?.error}`);
  const articles = results.reduce((n, r) => n + r.articles, 0);
  log(`  ingest: ${articles} articles in ${ingestSeconds.toFixed(1)} s`);

  const batches = await prepareBatches(files);
  await wipe(driver);
  t0 = performance.now();
  for (const b of batches) await writeArticles(driver, 'neo4j', b);
  const replaySeconds = (performance.now() - t0) / 1000;
  log(`  replay: ${batches.length} batches in ${replaySeconds.toFixed(1)} s`);
  return {
    articles,
    pages: files.length,
    ingest: { seconds: ingestSeconds, perSecond: articles / ingestSeconds },
    replay: { seconds: replaySeconds, perSecond: articles / replaySeconds },
  };
}
