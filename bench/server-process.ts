import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../platform/local-neo4j/settings.ts';
import type { Neo4jTarget } from '../platform/neo4j-target.ts';

export interface ServerProcess {
  url: string;
  pid: number;
  close: () => Promise<void>;
}

/**
 * The API server in its own Node process, as it runs in production, so the load generator and
 * the server do not share an event loop. `env` adds settings (e.g. CACHE_MAX_MB=0).
 */
export function spawnServer(target: Neo4jTarget, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: the server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Explorer on (http:\/\/\S+)/u.exec(output);
      if (!m?.[1]) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      // Keep draining the pipes so a chatty server never blocks on a full pipe.
      child.stdout.resume();
      resolve({
        url: m[1],
        pid: child.pid ?? 0,
        close: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: the server exited with ${String(code)}:\n${output}`));
    });
  });
}
