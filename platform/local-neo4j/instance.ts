import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { boltAnswers } from './bolt-probe.ts';
import { LocalNeo4jError } from './errors.ts';
import { ensureFreeSpace, ensureWritableFolder } from './preflight.ts';
import { checkJava, ensureJars } from './provision.ts';
import { NEO4J_ADMIN_ENTRY_POINT, NEO4J_ENTRY_POINT, type LocalNeo4jSettings } from './settings.ts';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

// Neo4j's own launcher passes these so its off-heap code may use the JDK internals it needs.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Dfile.encoding=UTF-8',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
];

export interface LocalNeo4jHandle {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Whether this call started the server (false: it was already running). */
  started: boolean;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  boltPort: number;
  homeDir: string;
}

const paths = (s: LocalNeo4jSettings) => ({
  conf: join(s.homeDir, 'conf'),
  data: join(s.homeDir, 'data'),
  logs: join(s.homeDir, 'logs'),
  run: join(s.homeDir, 'run'),
  plugins: join(s.homeDir, 'plugins'),
  pidFile: join(s.homeDir, 'run', 'neo4j.pid'),
  passwordFile: join(s.homeDir, 'password'),
  consoleLog: join(s.homeDir, 'logs', 'console.log'),
});

function neo4jConf(s: LocalNeo4jSettings): string {
  const p = paths(s);
  const settings: Record<string, string> = {
    'server.directories.data': p.data,
    'server.directories.logs': p.logs,
    'server.directories.run': p.run,
    'server.directories.plugins': p.plugins,
    'server.default_listen_address': '127.0.0.1',
    'server.bolt.listen_address': `127.0.0.1:${s.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${s.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'server.memory.heap.initial_size': s.heap,
    'server.memory.heap.max_size': s.heap,
    'server.memory.pagecache.size': s.pageCache,
    'db.logs.query.enabled': 'OFF',
    'dbms.usage_report.enabled': 'false',
    // Neo4j's default, pinned: a log file whose space is reserved up front cannot be torn by a full
    // disk. Without it, a full disk cut a commit in half and recovery refused the log
    // (test/hardening/disk-full.test.ts).
    'db.tx_log.preallocate': 'true',
    ...s.extraConfig,
  };
  return [
    '# Written by the project at every start; edit LOCAL_NEO4J_* in the environment instead.',
    ...Object.entries(settings).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

function readPid(s: LocalNeo4jSettings): number | null {
  const file = paths(s).pidFile;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The password of this instance: made at first start, kept beside its data. */
export function localPassword(s: LocalNeo4jSettings): string | null {
  const file = paths(s).passwordFile;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

export function status(s: LocalNeo4jSettings): LocalNeo4jStatus {
  const pid = readPid(s);
  const running = pid !== null && alive(pid);
  return { running, pid: running ? pid : null, boltPort: s.boltPort, homeDir: s.homeDir };
}

function logTail(s: LocalNeo4jSettings): string {
  const p = paths(s);
  const parts: string[] = [];
  for (const file of [p.consoleLog, join(p.logs, 'neo4j.log')]) {
    if (existsSync(file)) parts.push(readFileSync(file, 'utf8').split('\n').slice(-15).join('\n'));
  }
  return parts.join('\n');
}

function setInitialPassword(java: string, lib: string, s: LocalNeo4jSettings): string {
  const p = paths(s);
  const password = randomBytes(18).toString('hex');
  const result = spawnSync(
    java,
    ['-cp', `${lib}/*`, NEO4J_ADMIN_ENTRY_POINT, 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: s.homeDir, NEO4J_CONF: p.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Could not set the local Neo4j password: ${result.stderr || result.stdout}`);
  }
  writeFileSync(p.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Starts the instance unless it already runs, and waits until Bolt answers. */
export async function start(s: LocalNeo4jSettings): Promise<LocalNeo4jHandle> {
  const p = paths(s);
  const uri = `bolt://127.0.0.1:${s.boltPort}`;
  const current = status(s);
  if (current.running && current.pid !== null) {
    const password = localPassword(s);
    if (!password)
      throw new LocalNeo4jError(`Neo4j runs (pid ${current.pid}) but ${p.passwordFile} is missing`);
    if (!(await waitForBolt(s, current.pid)))
      throw new LocalNeo4jError(`Neo4j (pid ${current.pid}) does not answer on ${uri}`);
    return { uri, user: 'neo4j', password, pid: current.pid, started: false };
  }
  if (await boltAnswers(s.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${s.boltPort} already answers Bolt but not from this project's Neo4j in ${s.homeDir}. ` +
        'Stop that server, choose another LOCAL_NEO4J_BOLT_PORT, or set NEO4J_URI to use it.',
    );
  }
  const { command: java } = checkJava();
  // Before anything is written: a full disk or a blocked folder is refused with its name, not met mid-start.
  for (const dir of [s.homeDir, p.conf, p.data, p.logs, p.run, p.plugins]) ensureWritableFolder(dir);
  ensureFreeSpace(p.data, s.minFreeBytes);
  const lib = await ensureJars(s.cacheDir);
  writeFileSync(join(p.conf, 'neo4j.conf'), neo4jConf(s));
  // Neo4j takes the initial password only before its first start.
  const password =
    localPassword(s) && existsSync(join(p.data, 'databases'))
      ? (localPassword(s) as string)
      : setInitialPassword(java, lib, s);
  const out = openSync(p.consoleLog, 'a');
  const child = spawn(
    java,
    [
      `-Xms${s.heap}`,
      `-Xmx${s.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${lib}/*`,
      NEO4J_ENTRY_POINT,
      `--home-dir=${s.homeDir}`,
      `--config-dir=${p.conf}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: s.homeDir, NEO4J_CONF: p.conf },
    },
  );
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java for the local Neo4j');
  writeFileSync(p.pidFile, `${child.pid}\n`);
  child.unref();
  if (!(await waitForBolt(s, child.pid))) {
    if (alive(child.pid)) process.kill(child.pid, 'SIGKILL');
    rmSync(p.pidFile, { force: true });
    throw new LocalNeo4jError(
      `The local Neo4j did not start within ${START_TIMEOUT_MS / 1000} s. Last log lines:\n${logTail(s)}`,
    );
  }
  return { uri, user: 'neo4j', password, pid: child.pid, started: true };
}

async function waitForBolt(s: LocalNeo4jSettings, pid: number): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) return false;
    if (await boltAnswers(s.boltPort)) return true;
    await sleep(200);
  }
  return false;
}

/** Stops the instance: SIGTERM lets Neo4j flush and close its stores; SIGKILL only after a minute. */
export async function stop(s: LocalNeo4jSettings): Promise<boolean> {
  const pid = readPid(s);
  if (pid === null || !alive(pid)) {
    rmSync(paths(s).pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(paths(s).pidFile, { force: true });
  return true;
}
