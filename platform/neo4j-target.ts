import type { AppConfig } from './config.ts';
import { start } from './local-neo4j/instance.ts';
import { instanceSettings, type LocalNeo4jSettings } from './local-neo4j/settings.ts';

/** Where to reach Neo4j: the configured server, or the project's own local one. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Set when the project runs the server itself. */
  local: { settings: LocalNeo4jSettings; startedHere: boolean } | null;
}

export function localSettings(config: AppConfig, name = 'main'): LocalNeo4jSettings {
  return instanceSettings(name, {
    dir: config.LOCAL_NEO4J_DIR,
    boltPort: config.LOCAL_NEO4J_BOLT_PORT,
    heap: config.LOCAL_NEO4J_HEAP,
    pageCache: config.LOCAL_NEO4J_PAGECACHE,
    minFreeBytes: config.LOCAL_NEO4J_MIN_FREE,
  });
}

/** With NEO4J_URI set, uses it as is; without, starts (or reuses) the local server. */
export async function resolveNeo4jTarget(config: AppConfig): Promise<Neo4jTarget> {
  if (config.NEO4J_URI && config.NEO4J_PASSWORD) {
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      local: null,
    };
  }
  const settings = localSettings(config);
  const handle = await start(settings);
  return {
    uri: handle.uri,
    user: handle.user,
    password: handle.password,
    database: 'neo4j',
    local: { settings, startedHere: handle.started },
  };
}
