import { LRUCache } from 'lru-cache';

/** How a response was answered, sent as the X-Cache header so users and the bench can tell. */
export type CacheOutcome = 'hit' | 'miss' | 'shared' | 'off';

export interface CachedBody {
  body: string;
  outcome: CacheOutcome;
}

/**
 * Serialized JSON answers of the read endpoints, kept while the graph is unchanged. Concurrent
 * requests for the same key share one computation. `clear()` is called by the GraphWatcher when
 * the graph changes, and the cache is bypassed while the watcher cannot vouch for the graph
 * (Neo4j unreachable), so an outage answers 503 as before, not stale 200s.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, string> | null;
  private readonly inFlight = new Map<string, Promise<string>>();
  private epoch = 0;
  private trusted = true;

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, string>({
            maxSize: maxBytes,
            sizeCalculation: (body) => Math.max(1, body.length),
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** Drops every entry; answers being computed at the time are not stored. */
  clear(): void {
    this.epoch += 1;
    this.entries?.clear();
    this.inFlight.clear();
  }

  /** While false, every request is computed afresh and nothing is stored. */
  setTrusted(trusted: boolean): void {
    if (!trusted && this.trusted) this.clear();
    this.trusted = trusted;
  }

  async get(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    if (!this.entries || !this.trusted) return { body: JSON.stringify(await compute()), outcome: 'off' };
    const stored = this.entries.get(key);
    if (stored !== undefined) return { body: stored, outcome: 'hit' };
    const pending = this.inFlight.get(key);
    if (pending) return { body: await pending, outcome: 'shared' };
    const epoch = this.epoch;
    const work = compute().then((value) => JSON.stringify(value));
    this.inFlight.set(key, work);
    try {
      const body = await work;
      if (epoch === this.epoch) this.entries.set(key, body);
      return { body, outcome: 'miss' };
    } finally {
      if (this.inFlight.get(key) === work) this.inFlight.delete(key);
    }
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }
}
