import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../platform/local-neo4j/settings.ts';
import { start, stop } from '../platform/local-neo4j/instance.ts';
import { TEST_SETTINGS } from '../test/support/test-neo4j.ts';

/**
 * `npm test`: starts the tests' own Neo4j, runs every `*.test.ts` with node's test runner one file
 * at a time (they share that database), then stops it. Pass file paths to run only those.
 */
const SKIP = new Set(['node_modules', '.git', '.data', 'dist', 'bench']);

function findTests(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) findTests(full, out);
    else if (e.name.endsWith('.test.ts')) out.push(relative(REPO_ROOT, full));
  }
  return out;
}

// Pure tests first: a failing unit shows before the slower integration runs.
const order = (f: string) => (f.startsWith('test/e2e') ? 3 : f.startsWith('test/') ? 2 : 1);
// `--hardening` runs the fault, fuzz and abuse suite of test/hardening, which plain `npm test` leaves out.
const hardening = process.argv.includes('--hardening');
const named = process.argv.slice(2).filter((a) => a !== '--hardening');
const files =
  named.length > 0
    ? named
    : findTests(REPO_ROOT)
        .filter((f) => f.startsWith('test/hardening/') === hardening)
        .sort((a, b) => order(a) - order(b) || a.localeCompare(b));

const t0 = performance.now();
const handle = await start(TEST_SETTINGS);
console.log(`test Neo4j ready on ${handle.uri} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      // A file whose tests are done is ended even if a stray handle would keep it alive.
      '--test-force-exit',
      '--test-reporter=spec',
      ...files,
    ],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        TEST_NEO4J_URI: handle.uri,
        TEST_NEO4J_USER: handle.user,
        TEST_NEO4J_PASSWORD: handle.password,
      },
    },
  );
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});

if (process.env.KEEP_TEST_NEO4J !== '1') await stop(TEST_SETTINGS);
process.exit(code);
