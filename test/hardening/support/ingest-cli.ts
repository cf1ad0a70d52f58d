import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../../../platform/local-neo4j/settings.ts';
import { SAMPLE_PAGES } from '../../support/stack.ts';
import { testTarget } from '../../support/test-neo4j.ts';
import { graphCounts } from '../../support/graph.ts';

/**
 * A folder of the sample pages plus `variants` copies of each under other dates: the date in the
 * file name is the strongest publication date, so every copy's articles get new ids and the run
 * writes many batches.
 */
export function buildCorpus(variants: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardening-corpus-'));
  const pages = readdirSync(SAMPLE_PAGES).filter((f) => f.endsWith('.txt'));
  for (const page of pages) {
    copyFileSync(join(SAMPLE_PAGES, page), join(dir, page));
    const stem = page.replace(/^\d{4}-\d{2}-\d{2}_/u, '');
    for (let v = 1; v <= variants; v += 1) {
      copyFileSync(join(SAMPLE_PAGES, page), join(dir, `2024-${String(v).padStart(2, '0')}-15_${stem}`));
    }
  }
  return dir;
}

let snapshot: string | null = null;

/**
 * A copy of the code the CLI runs, taken once per test file: other work in the same tree may edit
 * the extractor while the test runs, and a clean run and a resumed one must use the same code.
 */
function codeSnapshot(): string {
  if (snapshot) return snapshot;
  const dir = mkdtempSync(join(tmpdir(), 'hardening-code-'));
  for (const part of ['ingest', 'model', 'platform', 'cypher', 'package.json', 'tsconfig.json']) {
    cpSync(join(REPO_ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  snapshot = dir;
  return dir;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    ms: number;
  }>;
}

/** Environment that points the CLI at the tests' Neo4j. */
async function testNeo4jEnv(): Promise<Record<string, string>> {
  const target = await testTarget();
  return {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: 'neo4j',
  };
}

/** The real ingest CLI in its own process, pointed at the tests' Neo4j unless `neo4jEnv` says otherwise. */
export async function spawnIngest(
  folder: string,
  batch = 3,
  neo4jEnv?: Record<string, string>,
): Promise<CliRun> {
  const env = neo4jEnv ?? (await testNeo4jEnv());
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'ingest/cli.ts', '--batch', String(batch), folder],
    {
      cwd: codeSnapshot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    ms: number;
  }>((resolve) => {
    child.on('exit', (code, signal) =>
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started }),
    );
  });
  return { child, done };
}

/** Counts by label and type plus every node id, sorted: two graphs with equal fingerprints hold the same facts. */
export async function fingerprint(
  driver: Driver,
): Promise<{ counts: Record<string, number>; ids: string[] }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN n.id AS id ORDER BY id',
    {},
    { database: 'neo4j' },
  );
  return { counts: await graphCounts(driver), ids: records.map((r) => String(r.get('id'))) };
}

/** Relationships of each stored article: an article present after a failure must have all of them. */
export async function relsPerArticle(driver: Driver): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id RETURN a.id AS id, count(r) AS rels',
    {},
    { database: 'neo4j' },
  );
  return new Map(records.map((r) => [String(r.get('id')), Number(r.get('rels'))]));
}
