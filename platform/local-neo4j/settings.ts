import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The exact Neo4j release the project runs; Docker and the local server use the same line. */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_ENTRY_POINT = 'org.neo4j.cli.AdminTool';
/** Used only when `mvn` is not on the PATH: Maven itself, from Maven Central. */
export const MAVEN_FALLBACK_VERSION = '3.9.9';
export const MIN_JAVA_MAJOR = 17;
/** Free space the data folder's disk must have before Neo4j starts on it: room for a tx log file and growth. */
export const DEFAULT_MIN_FREE_BYTES = 1024 * 1024 * 1024;

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface LocalNeo4jSettings {
  /** Jars, shared by every instance and every checkout: outside the repo's tracked files. */
  cacheDir: string;
  /** This instance's home: conf, data, logs, run (git-ignored). */
  homeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** `start` refuses when the data folder's disk has less free space than this. */
  minFreeBytes: number;
  /** More `neo4j.conf` lines (setting → value), after the project's own. */
  extraConfig: Readonly<Record<string, string>>;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'wujin-kg', `neo4j-${NEO4J_VERSION}`);
}

export function instanceSettings(
  name: string,
  overrides: Partial<Omit<LocalNeo4jSettings, 'cacheDir'>> & { dir?: string | undefined } = {},
): LocalNeo4jSettings {
  return {
    cacheDir: process.env.WUJIN_KG_CACHE_DIR ?? defaultCacheDir(),
    homeDir: overrides.dir ?? overrides.homeDir ?? join(REPO_ROOT, '.data', 'neo4j', name),
    boltPort: overrides.boltPort ?? 7687,
    heap: overrides.heap ?? '2g',
    pageCache: overrides.pageCache ?? '2g',
    minFreeBytes: overrides.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES,
    extraConfig: overrides.extraConfig ?? {},
  };
}
