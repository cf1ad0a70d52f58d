import neo4j, { Neo4jError, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, HttpError, QueryTimeoutError } from '../errors.ts';
import type { Neo4jTarget } from '../../platform/neo4j-target.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired']);

/** Maps the driver's failures to the API's: unreachable → 503, timed out → 408; others pass through. */
export function mapDriverError(err: unknown): unknown {
  if (err instanceof HttpError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new DatabaseUnavailableError('Neo4j is not reachable right now; try again shortly');
    }
    if (err.code.includes('TransactionTimedOut') || err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
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

export const toNeo4jParams = (params: Record<string, unknown>) => withIntegers(params) as Record<string, unknown>;

/** The server's only handle on Neo4j. Reads go to readers (`routing: READ`) with a time limit. */
export class GraphDb {
  readonly driver: Driver;

  constructor(
    target: Neo4jTarget,
    readonly database: string,
    readonly timeoutMs: number,
  ) {
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 2_000,
    });
  }

  async read<R extends RecordShape = RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    try {
      return await this.driver.executeQuery<QueryResult<R>>(query, toNeo4jParams(params), {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.timeoutMs },
      });
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string; address: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const { records } = await this.read('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition');
      return {
        version: String(records[0]?.get('v') ?? info.agent ?? 'unknown'),
        edition: String(records[0]?.get('edition') ?? 'unknown'),
        address: info.address ?? 'unknown',
      };
    } catch (err) {
      throw mapDriverError(err);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
