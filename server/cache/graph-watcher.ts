import type { GraphDb } from '../neo4j/graph-db.ts';
import type { ResponseCache } from './response-cache.ts';

// Both counts come from Neo4j's count store: constant time at any graph size.
const COUNTS = `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels`;

/**
 * Tells the response cache when the graph may have changed. The ingest (CLI, watch mode or
 * upload) only ever adds: every new article adds nodes and relationships, so a change in the
 * counts is a change in the graph. Property-only edits made by hand in another tool are caught by
 * `maxAgeMs`, after which the cache is emptied anyway.
 */
export class GraphWatcher {
  private timer: NodeJS.Timeout | null = null;
  private last: string | null = null;
  private lastClear = Date.now();
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: GraphDb,
    private readonly cache: ResponseCache,
    private readonly intervalMs: number,
    private readonly maxAgeMs: number,
  ) {}

  /** Starts watching; resolves after the first look (nothing is cached before it). */
  start(): Promise<void> {
    if (this.timer || !this.cache.enabled) return Promise.resolve();
    this.cache.setTrusted(false);
    this.timer = setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
    return this.check();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One look at the counts; never two at once. */
  private check(): Promise<void> {
    this.running ??= this.look().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async look(): Promise<void> {
    try {
      const { records } = await this.db.readNow(COUNTS);
      const seen = `${String(records[0]?.get('nodes'))}/${String(records[0]?.get('rels'))}`;
      if (seen !== this.last || Date.now() - this.lastClear > this.maxAgeMs) {
        this.cache.clear();
        this.lastClear = Date.now();
        this.last = seen;
      }
      this.cache.setTrusted(true);
    } catch {
      // Neo4j is unreachable or failing: serve nothing from memory until it answers again.
      this.cache.setTrusted(false);
      this.last = null;
    }
  }
}
