import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../platform/config.ts';
import { NEO4J_VERSION } from '../platform/local-neo4j/settings.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

// Only the part of the compose format this project relies on; anything else passes through.
const HealthcheckSchema = z.object({ test: z.array(z.string()).min(2) });
const ServiceSchema = z.object({
  image: z.string().optional(),
  build: z.unknown().optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  ports: z.array(z.string()).default([]),
  volumes: z.array(z.string()).default([]),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: HealthcheckSchema.optional(),
});
const ComposeSchema = z.object({
  services: z.object({ neo4j: ServiceSchema, app: ServiceSchema }),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

const compose = ComposeSchema.parse(parse(read('docker-compose.yml')));
const { neo4j, app } = compose.services;

/** `${NAME:-default}` → default: what a variable falls back to when the shell leaves it unset. */
function composeDefault(value: unknown, name: string): string | undefined {
  return new RegExp(`\\$\\{${name}:-([^}]*)\\}`, 'u').exec(String(value))?.[1];
}

void test('neo4j runs the Community release of the line the project pins', () => {
  const [major, minor] = NEO4J_VERSION.split('.');
  assert.match(neo4j.image ?? '', new RegExp(`^neo4j:${major}\\.${minor}(\\.\\d+)?-community$`, 'u'));
});

void test('neo4j keeps its data in a named volume and answers its health check through cypher-shell', () => {
  const data = neo4j.volumes.find((v) => v.endsWith(':/data'));
  assert.ok(data, 'a volume mounted at /data');
  const volume = data.split(':')[0] ?? '';
  assert.ok(volume in compose.volumes, `${volume} is a named volume, not a host folder`);
  const check = neo4j.healthcheck?.test.join(' ') ?? '';
  assert.match(check, /cypher-shell/u);
  assert.match(check, /RETURN 1/u);
});

void test('Bolt is published on the loopback interface only, and HTTP 7474 not beyond it', () => {
  assert.ok(neo4j.ports.includes('127.0.0.1:7687:7687'), `ports: ${neo4j.ports.join(', ')}`);
  for (const p of neo4j.ports) assert.match(p, /^127\.0\.0\.1:/u, `${p} is reachable from other machines`);
});

void test('the password comes from NEO4J_PASSWORD, with one local default Neo4j accepts', () => {
  const auth = composeDefault(neo4j.environment.NEO4J_AUTH, 'NEO4J_PASSWORD');
  const appDefault = composeDefault(app.environment.NEO4J_PASSWORD, 'NEO4J_PASSWORD');
  assert.match(String(neo4j.environment.NEO4J_AUTH), /^neo4j\/\$\{NEO4J_PASSWORD:-/u);
  assert.ok(auth, 'NEO4J_AUTH falls back to a default password');
  assert.equal(appDefault, auth, 'the app and Neo4j fall back to the same password');
  // Neo4j 5 refuses an initial password shorter than 8 characters.
  assert.ok(auth.length >= 8);
});

void test('the app is built here, waits for a healthy Neo4j and reaches it by service name', () => {
  assert.ok(app.build, 'app is built from the Dockerfile');
  assert.deepEqual(app.depends_on, { neo4j: { condition: 'service_healthy' } });
  assert.equal(app.environment.NEO4J_URI, 'bolt://neo4j:7687');
  assert.equal(app.environment.NEO4J_USER, 'neo4j');
  assert.equal(String(app.environment.PORT), '3000');
  assert.equal(app.environment.HOST, '0.0.0.0');
  assert.ok(app.ports.includes('3000:3000'));
  assert.match(app.healthcheck?.test.join(' ') ?? '', /http:\/\/localhost:3000\/api\/health/u);
});

void test('the app environment passes the configuration check', () => {
  const env = Object.fromEntries(
    Object.entries(app.environment).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/gu, '$1')]),
  );
  const config = loadConfig(env);
  assert.equal(config.NEO4J_URI, 'bolt://neo4j:7687');
  assert.equal(config.PORT, 3000);
  assert.equal(config.INGEST_TOKEN, undefined, 'ingest stays off unless a token is given');
});

void test('the Dockerfile installs from the lockfile, builds the client and starts with npm start', () => {
  const lines = read('Dockerfile')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  assert.match(lines[0] ?? '', /^FROM node:20-bookworm-slim$/u);
  const install = at(/^RUN npm ci\b/u);
  const copyAll = at(/^COPY\b.*\s\.\s+\.$/u);
  const build = at(/^RUN npm run build:client$/u);
  assert.ok(install > 0 && copyAll > install && build > copyAll, 'npm ci, then the sources, then the build');
  assert.equal(lines.at(-1), 'CMD ["npm", "start"]');
  const ignored = read('.dockerignore').split('\n');
  for (const entry of ['node_modules', '.data', 'client/dist', '.git']) {
    assert.ok(ignored.includes(entry), `.dockerignore lists ${entry}`);
  }
});

void test('npm start runs under tsx from the dependencies: the upload worker registers that loader', () => {
  const pkg = z
    .object({ scripts: z.record(z.string(), z.string()), dependencies: z.record(z.string(), z.string()) })
    .parse(JSON.parse(read('package.json')));
  assert.match(pkg.scripts.start ?? '', /^tsx /u);
  assert.ok(pkg.dependencies.tsx, 'tsx is a runtime dependency, not only a dev one');
});

void test('.env.example documents every variable of platform/config.ts with its default', () => {
  const keys = [...read('platform/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]*): z/gmu)].map((m) => m[1]);
  const lines = read('.env.example').split('\n');
  const example = new Map<string, string>();
  lines.forEach((line, i) => {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/u.exec(line);
    if (!m?.[1]) return;
    example.set(m[1], m[2] ?? '');
    assert.match(lines[i - 1] ?? '', /^# \S/u, `${m[1]} has a comment line above it`);
  });
  assert.ok(keys.length > 10, 'variables found in platform/config.ts');
  assert.deepEqual([...example.keys()].sort(), [...keys].sort());
  // Copied as is, the example configures exactly the defaults.
  assert.deepEqual(loadConfig(Object.fromEntries(example)), loadConfig({}));
});
