import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full collection before reading heapUsed, so a heap figure means live memory. The test runner
 * starts node without --expose-gc; turning the flag on at run time and fetching `gc` from a fresh
 * context is V8's documented way to get it anyway.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function liveHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
