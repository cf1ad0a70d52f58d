import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';

function output(err: unknown): string {
  const stderr = (err as { stderr?: Buffer | string }).stderr;
  return stderr?.toString().trim() || (err instanceof Error ? err.message : String(err));
}

/**
 * Mounts a tmpfs of `size` (e.g. "8m") on `dir`. Returns null when mounted, or why it could not be
 * (not root, no CAP_SYS_ADMIN, no `mount`), so a test can skip with that reason.
 */
export function mountTmpfs(dir: string, size: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `mounting a tmpfs is not permitted here (${output(err)}); the full-disk tests need root or CAP_SYS_ADMIN`;
  }
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Still busy (a process that was killed has not let go yet): detach it now, freed when unused.
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

const freeOn = (dir: string) => {
  const fs = statfsSync(dir);
  return fs.bavail * fs.bsize;
};

/** Writes `file` until the disk of `dir` has only `leaveBytes` free; returns the free bytes left. */
export function fillDisk(dir: string, file: string, leaveBytes: number): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  try {
    for (let free = freeOn(dir); free > leaveBytes; free = freeOn(dir)) {
      const n = Math.min(chunk.length, free - leaveBytes);
      try {
        writeSync(fd, chunk, 0, n);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
  return freeOn(dir);
}

export const freeDisk = (file: string) => rmSync(file, { force: true });

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
