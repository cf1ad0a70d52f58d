import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { ensureFreeSpace, ensureWritableFolder, freeBytes } from './preflight.ts';

const base = mkdtempSync(join(tmpdir(), 'preflight-'));
after(() => rmSync(base, { recursive: true, force: true }));

const refusal = (path: string, pattern: RegExp) => (err: unknown) => {
  assert.ok(err instanceof LocalNeo4jError, String(err));
  assert.ok(err.message.includes(path), err.message);
  assert.match(err.message, pattern);
  return true;
};

test('a missing folder is made, and the probe file leaves nothing behind', () => {
  const dir = join(base, 'a', 'b');
  ensureWritableFolder(dir);
  assert.ok(existsSync(dir));
  assert.deepEqual(readdirSync(dir), []);
});

test('a regular file where the folder should be is refused by name', () => {
  const file = join(base, 'data');
  writeFileSync(file, 'not a folder');
  assert.throws(() => ensureWritableFolder(file), refusal(file, /is a file, not a folder/u));
});

test('a file on the way to the folder is refused by name', () => {
  writeFileSync(join(base, 'blocker'), 'x');
  const dir = join(base, 'blocker', 'neo4j', 'data');
  assert.throws(() => ensureWritableFolder(dir), refusal(dir, /part of its path is a file/u));
});

test('a disk with less free space than the minimum is refused, naming folder and figures', () => {
  assert.ok(freeBytes(base) > 0);
  ensureFreeSpace(base, 1);
  assert.throws(() => ensureFreeSpace(base, Number.MAX_SAFE_INTEGER), refusal(base, /MB free; at least/u));
});
