import neo4j, {
  Neo4jError,
  type Driver,
  type Node,
  type Path,
  type Plan,
  type ProfiledPlan,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import pLimit, { type LimitFunction } from 'p-limit';
import { DatabaseUnavailableError, HttpError, QueryTimeoutError, ServerBusyError } from '../errors.ts';
import type { Neo4jTarget } from '../../platform/neo4j-target.ts';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

/** Driver types the services may name; everything else of the driver stays in this folder. */
export type { Node as DbNode, Path as DbPath };

export interface PlanSummary {
  /** r, w, rw or s, as Neo4j classifies the query. */
  queryType: string;
  operators: { name: string; details: string }[];
}

function operators(plan: Plan | ProfiledPlan | false | undefined): { name: string; details: string }[] {
  if (!plan) return [];
  const raw = (plan.arguments as Record<string, unknown>).Details;
  return [
    { name: plan.operatorType, details: typeof raw === 'string' ? raw : '' },
    ...plan.children.flatMap((c) => operators(c)),
  ];
}

/** Maps the driver's failures to the API's: unreachable → 503, timed out → 408; others pass through. */
export function mapDriverError(err: unknown): unknown {
  if (err instanceof HttpError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new DatabaseUnavailableError('Neo4j is not reachable right now; try again shortly');
    }
    if (
      err.code.includes('TransactionTimedOut') ||
      err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
    ) {
      return new QueryTimeoutError('The query ran past its time limit and was stopped');
    }
  }
  const text = err instanceof Error ? err.message : '';
  if (/connect|ECONNREFUSED|Pool is closed|acquisition timed out/iu.test(text)) {
    return new DatabaseUnavailableError('Neo4j is not reachable right now; try again shortly');
  }
  return err;
}

// JSON has one number type; whole numbers go to Neo4j as integers, as LIMIT and SKIP require.
function withIntegers(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(withIntegers);
  if (v !== null && typeof v === 'object' && v.constructor === Object) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withIntegers(x)]));
  }
  return v;
}

export const toNeo4jParams = (params: Record<string, unknown>) =>
  withIntegers(params) as Record<string, unknown>;

export interface ReadGate {
  /** Reads running in Neo4j at once; the rest wait their turn in the server. */
  concurrency: number;
  /** Reads that may wait; one more is refused at once with 503. */
  queue: number;
}

/**
 * The server's only handle on Neo4j. Reads go to readers (`routing: READ`) with a time limit.
 *
 * Reads pass a gate: only `gate.concurrency` run in Neo4j at once and the others wait in order.
 * Neo4j's time limit starts when a transaction begins, so without the gate a burst of requests
 * would share the CPU so thinly that ordinary reads ran past it; with the gate, a read's time in
 * Neo4j is its own work, and the wait is in the server, where it costs nothing.
 */
export class GraphDb {
  readonly driver: Driver;
  private readonly limit: LimitFunction;
  private downUntil = 0;

  constructor(
    target: Neo4jTarget,
    readonly database: string,
    readonly timeoutMs: number,
    private readonly gate: ReadGate = { concurrency: 4, queue: 1000 },
  ) {
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      // One retry, about a second later: enough for a pooled connection that went stale when
      // Neo4j restarted, short enough that an outage is answered with 503 quickly.
      maxTransactionRetryTime: 500,
    });
    this.limit = pLimit(gate.concurrency);
  }

  /**
   * Runs `work` when the gate lets it; refuses it with 503 when the queue is full. While Neo4j is
   * known to be unreachable (a read failed so less than a second ago), waiting reads are answered
   * 503 at once instead of each trying in turn; the health check and the next read after that
   * second find out when it is back.
   */
  private gated<T>(work: () => Promise<T>): Promise<T> {
    const full = this.limit.activeCount + this.limit.pendingCount >= this.gate.concurrency + this.gate.queue;
    if (full) {
      return Promise.reject(new ServerBusyError('The server is busy with other queries; try again shortly'));
    }
    return this.limit(async () => {
      if (performance.now() < this.downUntil) {
        throw new DatabaseUnavailableError('Neo4j is not reachable right now; try again shortly');
      }
      try {
        const result = await work();
        this.downUntil = 0;
        return result;
      } catch (err) {
        if (mapDriverError(err) instanceof DatabaseUnavailableError)
          this.downUntil = performance.now() + 1_000;
        throw err;
      }
    });
  }

  /** A read through the gate: what the endpoints use. */
  read<R extends RecordShape = RecordShape>(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    return this.gated(() => this.readNow<R>(query, params));
  }

  /**
   * A read that skips the gate, for small fixed queries that must not wait behind the users'
   * (the health check, the cache's look at the counts).
   */
  async readNow<R extends RecordShape = RecordShape>(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    try {
      return await this.driver.executeQuery<QueryResult<R>>(query, toNeo4jParams(params), {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.timeoutMs },
        // The server only reads, and what it reads was written by other processes (the ingest
        // CLI) that share no bookmarks with it: bookmark bookkeeping would only add latency.
        bookmarkManager: null,
      });
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string; address: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const { records } = await this.readNow(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
      );
      return {
        version: String(records[0]?.get('v') ?? info.agent ?? 'unknown'),
        edition: String(records[0]?.get('edition') ?? 'unknown'),
        address: info.address ?? 'unknown',
      };
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  /** EXPLAIN: what Neo4j's planner says the query would do, without running it. */
  async explain(query: string, params: Record<string, unknown>): Promise<PlanSummary> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { summary } = await session.run(`EXPLAIN ${query}`, toNeo4jParams(params));
      return { queryType: summary.queryType, operators: operators(summary.plan) };
    } finally {
      await session.close();
    }
  }

  /**
   * Streams a query in a read transaction with the time limit, handing each row's raw values to
   * `visit` and stopping after `rowCap` rows; the transaction is always rolled back.
   */
  async streamRead(
    query: string,
    params: Record<string, unknown>,
    rowCap: number,
    visit: (values: unknown[]) => void,
  ): Promise<{ columns: string[]; truncated: boolean }> {
    return this.gated(() => this.streamNow(query, params, rowCap, visit));
  }

  private async streamNow(
    query: string,
    params: Record<string, unknown>,
    rowCap: number,
    visit: (values: unknown[]) => void,
  ): Promise<{ columns: string[]; truncated: boolean }> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: Math.min(rowCap + 1, 1000),
    });
    try {
      const tx = await session.beginTransaction({ timeout: this.timeoutMs });
      try {
        const result = tx.run(query, toNeo4jParams(params));
        const columns = (await result.keys()).map(String);
        let rows = 0;
        for await (const record of result) {
          if (rows >= rowCap) return { columns, truncated: true };
          visit(columns.map((c) => record.get(c) as unknown));
          rows += 1;
        }
        return { columns, truncated: false };
      } finally {
        await tx.rollback().catch(() => undefined);
      }
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
