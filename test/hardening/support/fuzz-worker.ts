import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type Shard } from './fuzz-run.ts';

/** One shard of a parallel fuzz run (FUZZ_WORKERS > 1), in its own thread with its own heap. */
parentPort?.postMessage(runShard(workerData as Shard));
