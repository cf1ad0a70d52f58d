import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Environment configuration, parsed once. Shared by the server, the ingest and the scripts;
 * lives outside server/ because nothing may import server/.
 */
const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/\S+$/u, {
      message: 'must be a bolt://, neo4j:// or neo4j+s:// URI',
    })
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Bearer token that turns on POST /api/articles; unset means the endpoint is off. */
  INGEST_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  /** An uploaded page still being read (decoded and extracted, in a worker thread) after this long is refused. */
  UPLOAD_PAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * Reads the server runs in Neo4j at once; more wait in the server, in order. Neo4j's time limit
   * counts only a read's own run, so this keeps a burst of requests from timing each other out.
   */
  DB_READ_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(Math.max(4, 2 * availableParallelism())),
  /** Reads that may wait for their turn; past this the API answers 503 with Retry-After. */
  DB_READ_QUEUE: z.coerce.number().int().min(0).max(100_000).default(1_000),
  QUERY_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(5_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  CORS_ORIGIN: z.string().optional(),
  /** Memory for cached answers of the read endpoints, in MB; 0 turns the cache off. */
  CACHE_MAX_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** How often the server looks at the graph's counts to drop cached answers after an ingest. */
  CACHE_CHECK_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /** Cached answers are dropped at least this often, whatever the counts say. */
  CACHE_MAX_AGE_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** Where the project keeps its own Neo4j (data, logs, config) when NEO4J_URI is not set. */
  LOCAL_NEO4J_DIR: z.string().optional(),
  LOCAL_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/u)
    .default('2g'),
  LOCAL_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/u)
    .default('2g'),
  /** The local Neo4j does not start when its data folder's disk has less free space than this. */
  LOCAL_NEO4J_MIN_FREE: z
    .string()
    .regex(/^\d+[mg]$/u, { message: 'must be <number>m or <number>g' })
    .default('1g')
    .transform((v) => Number(v.slice(0, -1)) * 1024 ** (v.endsWith('g') ? 3 : 2)),
  /** Ingest the sample corpus at start-up when the database holds no article. */
  SEED_SAMPLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type AppConfig = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means unset, as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  if (parsed.data.NEO4J_URI && !parsed.data.NEO4J_PASSWORD) {
    throw new ConfigError(
      'Invalid configuration in the environment:\n  NEO4J_PASSWORD: required when NEO4J_URI is set',
    );
  }
  return parsed.data;
}
