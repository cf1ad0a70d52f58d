import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { MAVEN_FALLBACK_VERSION, MIN_JAVA_MAJOR, NEO4J_VERSION } from './settings.ts';

const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';

/** Java 17+ must be there; without it, say what the user can do instead. */
export function checkJava(): { major: number; command: string } {
  const command = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(command, ['-version'], { encoding: 'utf8' });
  const out = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const match = /version "(\d+)(?:\.(\d+))?/u.exec(out);
  const first = match ? Number(match[1]) : NaN;
  // Java 8 and older report "1.8"; the major is then the second number.
  const major = first === 1 && match?.[2] ? Number(match[2]) : first;
  if (probe.error || !Number.isFinite(major) || major < MIN_JAVA_MAJOR) {
    const found = probe.error
      ? 'no java command was found'
      : `found ${out.split('\n')[0] ?? 'an unknown Java'}`;
    throw new LocalNeo4jError(
      `Local Neo4j needs Java ${MIN_JAVA_MAJOR} or newer (${found}). Install a JDK 17+ (e.g. apt-get install openjdk-17-jre-headless), ` +
        'or run everything in containers with `docker compose up`, or point NEO4J_URI/NEO4J_PASSWORD at a Neo4j you already have.',
    );
  }
  return { major, command };
}

function pom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.wujin-kg</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${NEO4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;
}

function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Maven from Maven Central, for machines with Java but no `mvn`. */
async function fallbackMaven(cacheDir: string): Promise<string> {
  const root = join(cacheDir, '..', `apache-maven-${MAVEN_FALLBACK_VERSION}`);
  const bin = join(root, 'bin', 'mvn');
  if (existsSync(bin)) return bin;
  const url = `${MAVEN_CENTRAL}/org/apache/maven/apache-maven/${MAVEN_FALLBACK_VERSION}/apache-maven-${MAVEN_FALLBACK_VERSION}-bin.tar.gz`;
  process.stderr.write(
    `local-neo4j: mvn not found; fetching Maven ${MAVEN_FALLBACK_VERSION} from Maven Central\n`,
  );
  const response = await fetch(url);
  if (!response.ok)
    throw new LocalNeo4jError(`Could not download Maven from ${url}: HTTP ${response.status}`);
  const archive = join(cacheDir, '..', 'maven.tar.gz');
  mkdirSync(join(cacheDir, '..'), { recursive: true });
  writeFileSync(archive, Buffer.from(await response.arrayBuffer()));
  const untar = spawnSync('tar', ['-xzf', archive, '-C', join(cacheDir, '..')], { stdio: 'inherit' });
  rmSync(archive, { force: true });
  if (untar.status !== 0 || !existsSync(bin)) throw new LocalNeo4jError(`Could not unpack Maven from ${url}`);
  return bin;
}

/**
 * Resolves org.neo4j:neo4j and its runtime dependencies into `<cacheDir>/lib`. The jars land in a
 * temporary folder first and are renamed into place, so an interrupted download never leaves a
 * half-filled lib folder that would look complete.
 */
export async function ensureJars(cacheDir: string): Promise<string> {
  const lib = join(cacheDir, 'lib');
  if (existsSync(join(lib, `neo4j-${NEO4J_VERSION}.jar`))) return lib;
  mkdirSync(cacheDir, { recursive: true });
  const staging = join(cacheDir, `lib.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(join(cacheDir, 'pom.xml'), pom());
  const mvn = hasCommand('mvn') ? 'mvn' : await fallbackMaven(cacheDir);
  process.stderr.write(`local-neo4j: resolving Neo4j ${NEO4J_VERSION} from Maven Central (first run only)\n`);
  const result = spawnSync(
    mvn,
    [
      '-q',
      '-B',
      '-f',
      join(cacheDir, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
      '-DincludeScope=runtime',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0 || !existsSync(join(staging, `neo4j-${NEO4J_VERSION}.jar`))) {
    rmSync(staging, { recursive: true, force: true });
    throw new LocalNeo4jError(
      `Maven could not resolve org.neo4j:neo4j:${NEO4J_VERSION} (exit ${result.status ?? 'signal'})`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  return lib;
}

export function jarCount(lib: string): number {
  return readdirSync(lib).filter((f) => f.endsWith('.jar')).length;
}
