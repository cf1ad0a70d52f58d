import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { QueryParamSpec, QueryResult, SavedQuery } from '../../model/api.ts';
import { EntityIdSchema } from '../../model/graph.ts';
import { CYPHER_DIR } from '../../platform/cypher-files.ts';
import { BadRequestError, NotFoundError, zodMessage } from '../errors.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { parseQueryFile } from '../saved-queries/parse-query-file.ts';
import { runReadQuery } from './console.ts';

/** Every cypher/queries/*.cypher file, parsed once at start-up; a malformed file stops the server. */
export function loadSavedQueries(dir = join(CYPHER_DIR, 'queries')): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQueryFile(f, readFileSync(join(dir, f), 'utf8')));
}

function baseSchema(type: QueryParamSpec['type']): z.ZodType {
  switch (type) {
    case 'string':
      return z.string().max(1000);
    case 'id':
      return EntityIdSchema;
    case 'integer':
      return z.coerce.number().int();
    case 'float':
      return z.coerce.number();
    case 'boolean':
      return z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
  }
}

function paramSchema(p: QueryParamSpec): z.ZodType {
  const base = baseSchema(p.type);
  return p.default === null ? base : base.optional().transform((v) => v ?? p.default);
}

/** Runs a saved query with its declared parameters validated and typed; unknown parameters are refused. */
export async function runSavedQuery(
  db: GraphDb,
  queries: readonly SavedQuery[],
  name: string,
  raw: Record<string, unknown>,
  rowCap: number,
): Promise<QueryResult> {
  const query = queries.find((q) => q.name === name);
  if (!query) throw new NotFoundError(`No saved query named ${name}`);
  const schema = z.strictObject(Object.fromEntries(query.params.map((p) => [p.name, paramSchema(p)])));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BadRequestError(zodMessage('params', parsed.error));
  return runReadQuery(db, query.cypher, parsed.data, rowCap);
}
