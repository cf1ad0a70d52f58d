import type { QueryResult } from '../../model/api.ts';
import type { PropValue } from '../../model/graph.ts';
import { BadRequestError, HttpError, QueryRefusedError } from '../errors.ts';
import { GraphCollector } from '../neo4j/graph-collector.ts';
import { mapDriverError, type GraphDb } from '../neo4j/graph-db.ts';
import { toValue } from '../neo4j/to-dto.ts';

/** Procedures a read-only console may call: schema look-ups and full-text search. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

// Comments and string literals hold no clauses; they are blanked before the text checks.
function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//gu, ' ')
    .replace(/\/\/[^\n]*/gu, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/gu, "''");
}

/**
 * Decides whether a console query may run. The database's own planner says what the query does
 * (EXPLAIN: query type and operators); the text checks only add what the plan does not show.
 */
export async function vetQuery(db: GraphDb, query: string, params: Record<string, unknown>): Promise<void> {
  const code = codeOnly(query);
  if (/\bLOAD\s+CSV\b/iu.test(code)) throw new QueryRefusedError('LOAD CSV is not allowed in the console');
  if (/\bUSE\s+[`\w]/iu.test(code))
    throw new QueryRefusedError('USE of another database is not allowed in the console');
  if (/\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/iu.test(code)) {
    throw new QueryRefusedError('CALL { … } IN TRANSACTIONS is not allowed in the console');
  }
  if (/;\s*\S/u.test(code)) throw new QueryRefusedError('Only one statement at a time');
  let summary;
  try {
    summary = await db.explain(query, params);
  } catch (err) {
    const mapped = mapDriverError(err);
    if (mapped !== err) throw mapped;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new BadRequestError(`The query is not valid Cypher: ${message}`);
  }
  if (summary.queryType !== 'r') {
    const kind =
      { w: 'writes', rw: 'reads and writes', s: 'changes the schema' }[summary.queryType] ??
      summary.queryType;
    throw new QueryRefusedError(`The console runs read-only queries; this query ${kind}`);
  }
  for (const op of summary.operators) {
    if (/LoadCSV/iu.test(op.name)) throw new QueryRefusedError('LOAD CSV is not allowed in the console');
    // Planned as reads, but they stop other sessions' work or show their queries, parameters and the server's settings.
    if (/^(TerminateTransactions|ShowTransactions|ShowSettings)\b/u.test(op.name)) {
      throw new QueryRefusedError(`${op.name.split('@')[0]} is not allowed in the console`);
    }
    if (/ProcedureCall/iu.test(op.name)) {
      const name = /^([\w.]+)\s*\(/u.exec(op.details)?.[1]?.toLowerCase() ?? '(unknown)';
      if (!ALLOWED_PROCEDURES.has(name))
        throw new QueryRefusedError(`Procedure ${name} is not allowed in the console`);
    }
  }
}

/** Runs a vetted read query in a read transaction with a time limit, keeping at most `rowCap` rows. */
export async function runReadQuery(
  db: GraphDb,
  query: string,
  params: Record<string, unknown>,
  rowCap: number,
): Promise<QueryResult> {
  await vetQuery(db, query, params);
  const started = performance.now();
  const graph = new GraphCollector();
  const rows: PropValue[][] = [];
  let outcome;
  try {
    outcome = await db.streamRead(query, params, rowCap, (values) => {
      for (const v of values) graph.add(v);
      rows.push(values.map(toValue));
    });
  } catch (err) {
    const mapped = mapDriverError(err);
    if (mapped instanceof HttpError) throw mapped;
    throw new BadRequestError(
      `The query failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const { columns, truncated } = outcome;
  return {
    columns,
    rows,
    graph: graph.payload(truncated),
    truncated,
    elapsedMs: Math.round(performance.now() - started),
  };
}
