import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { PageExtraction } from '../model/extraction.ts';
import { MAX_PAGE_BYTES } from './read/decode-page.ts';
import { readAndExtract, type PageInput } from './read-page.ts';
import { OrganizationIndex } from './resolve/organization-index.ts';
import { pageGraphs, type ArticleGraph } from './resolve/article-graph.ts';
import { loadOrganizations, writeArticles, type Driver } from './write/index.ts';

export { readAndExtract, type PageInput };

/** Turns a page into its extraction: in this thread by default, or elsewhere (the server's worker). */
export type PageExtractor = (
  page: PageInput,
  date: string | null,
) => PageExtraction | Promise<PageExtraction>;

export interface FileResult {
  file: string;
  ok: boolean;
  articles: number;
  entities: number;
  error: string | null;
}

export interface IngestProgress {
  pages: number;
  articles: number;
  entities: number;
  failed: number;
}

export interface IngestOptions {
  /** `--date`: the publication date of every page in this run. */
  date?: string | null;
  dryRun?: boolean;
  /** Articles per write transaction. */
  batchArticles?: number;
  onPage?: (result: FileResult, progress: IngestProgress) => void;
}

/** Files given directly are taken as they are; folders are walked for `.txt` pages. */
export async function collectPageFiles(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(full);
    }
  };
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`Ingest: no such file or folder: ${input}`);
    if (info.isDirectory()) await walk(path);
    else out.push(path);
  }
  return [...new Set(out)];
}

const entityCount = (g: ArticleGraph) =>
  g.persons.length + g.organizations.length + g.places.length + g.projects.length;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Reads, extracts and writes pages. A page that cannot be read is reported and skipped; the others
 * go on. Writes go in transactions of whole pages, so no article is ever half-stored, and every
 * write is a MERGE on a deterministic id, so running the same pages again changes nothing.
 */
export class Ingestor {
  private readonly orgIndex = new OrganizationIndex();
  private ready = false;

  constructor(
    private readonly driver: Driver | null,
    private readonly database: string,
    private readonly extract: PageExtractor = readAndExtract,
  ) {}

  private async init(): Promise<void> {
    if (this.ready) return;
    if (this.driver) {
      for (const org of await loadOrganizations(this.driver, this.database)) {
        this.orgIndex.add(org.name, org.aliases, org.id);
      }
    }
    this.ready = true;
  }

  async ingest(
    pages: AsyncIterable<PageInput> | Iterable<PageInput>,
    options: IngestOptions = {},
  ): Promise<FileResult[]> {
    await this.init();
    const batchLimit = options.batchArticles ?? 1000;
    const results: FileResult[] = [];
    const progress: IngestProgress = { pages: 0, articles: 0, entities: 0, failed: 0 };
    let batch: { graphs: ArticleGraph[]; results: FileResult[] } = { graphs: [], results: [] };
    // One batch is written while the next is extracted: Neo4j works on one core, extraction on
    // the other. Writes stay one at a time and in order, and a page is reported only once written.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const current = batch;
      batch = { graphs: [], results: [] };
      await writing;
      writing = (async () => {
        if (current.graphs.length > 0 && this.driver && !options.dryRun) {
          await writeArticles(this.driver, this.database, current.graphs);
        }
        for (const r of current.results) {
          progress.pages += 1;
          progress.articles += r.articles;
          progress.entities += r.entities;
          options.onPage?.(r, progress);
        }
      })();
      // A failed write is raised by the next `await writing`; this only keeps it from being unhandled meanwhile.
      writing.catch(() => undefined);
    };
    for await (const page of pages) {
      let graphs: ArticleGraph[];
      try {
        graphs = pageGraphs(
          await this.extract(page, options.date ?? null),
          basename(page.name),
          this.orgIndex,
        );
      } catch (err) {
        const failed: FileResult = {
          file: page.name,
          ok: false,
          articles: 0,
          entities: 0,
          error: message(err),
        };
        results.push(failed);
        progress.failed += 1;
        options.onPage?.(failed, progress);
        continue;
      }
      const result: FileResult = {
        file: page.name,
        ok: true,
        articles: graphs.length,
        entities: graphs.reduce((n, g) => n + entityCount(g), 0),
        error: null,
      };
      results.push(result);
      batch.graphs.push(...graphs);
      batch.results.push(result);
      if (batch.graphs.length >= batchLimit) await flush();
    }
    await flush();
    await writing;
    return results;
  }
}

/** Lazily reads files so a large run never holds every page in memory. */
export async function* readPages(files: readonly string[]): AsyncGenerator<PageInput> {
  for (const file of files) {
    const info = await stat(file);
    if (info.size > MAX_PAGE_BYTES) {
      // Never read a huge file into memory just to refuse it.
      yield { name: file, bytes: new Uint8Array(0), oversizeBytes: info.size };
      continue;
    }
    yield { name: file, bytes: await readFile(file) };
  }
}
