import { existsSync, mkdirSync, rmSync, statfsSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors.ts';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.floor(bytes / MB)} MB`;
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Makes `dir` if needed and proves it takes a new file, by writing and removing one. A regular file
 * where the folder should be, or anywhere on its path, gets its own message.
 */
export function ensureWritableFolder(dir: string): void {
  let existing: Stats | undefined;
  try {
    existing = statSync(dir, { throwIfNoEntry: false });
  } catch {
    // ENOTDIR and the like: mkdir below fails the same way and names the cause.
  }
  if (existing && !existing.isDirectory()) {
    throw new LocalNeo4jError(
      `The local Neo4j folder ${dir} exists but is a file, not a folder. Move the file away or choose another LOCAL_NEO4J_DIR.`,
    );
  }
  const probe = join(dir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, 'ok');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const hint =
      code === 'ENOTDIR' || code === 'EEXIST'
        ? 'a part of its path is a file, not a folder'
        : code === 'ENOSPC'
          ? 'its disk is full'
          : 'fix its permissions or choose another LOCAL_NEO4J_DIR';
    throw new LocalNeo4jError(`The local Neo4j folder ${dir} is not writable (${reason(err)}): ${hint}.`);
  } finally {
    // A full disk still takes the empty file: it goes too. (No file was made if the path is blocked.)
    if (existsSync(probe)) rmSync(probe);
  }
}

/** Free bytes for an unprivileged writer on the file system that holds `dir`. */
export function freeBytes(dir: string): number {
  const fs = statfsSync(dir);
  return fs.bavail * fs.bsize;
}

/**
 * Refuses to start Neo4j on a disk with less than `minFreeBytes` free: a store that fills its disk
 * mid-transaction stops every write until restarted, so it is better never to start on one.
 */
export function ensureFreeSpace(dir: string, minFreeBytes: number): void {
  const free = freeBytes(dir);
  if (free < minFreeBytes) {
    throw new LocalNeo4jError(
      `The disk of the local Neo4j data folder ${dir} has ${mb(free)} free; at least ${mb(minFreeBytes)} is needed. ` +
        'Free disk space, move LOCAL_NEO4J_DIR to a bigger disk, or lower LOCAL_NEO4J_MIN_FREE.',
    );
  }
}
