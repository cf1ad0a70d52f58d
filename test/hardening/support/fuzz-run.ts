import { extractPage } from '../../../ingest/extract/extract-page.ts';
import { decodePage } from '../../../ingest/read/decode-page.ts';
import { PageReadError } from '../../../ingest/read/errors.ts';
import { smallInput, warmUpInput, type FuzzInput } from './fuzz-inputs.ts';
import { liveHeap } from './gc.ts';
import { seededRandom } from './random.ts';

/** Every page must end within this: a constant plus a share that grows with its size. */
export const boundMs = (bytes: number) => 2000 + (4000 * bytes) / (1024 * 1024);

export interface Outcome {
  ok: number;
  refused: number;
  crashCount: number;
  slowest: { kind: string; ms: number; bytes: number };
  /** The first few crashes and slow pages, with what is needed to replay them. */
  crashes: string[];
  slow: string[];
}

export const newOutcome = (): Outcome => ({
  ok: 0,
  refused: 0,
  crashCount: 0,
  slowest: { kind: '', ms: 0, bytes: 0 },
  crashes: [],
  slow: [],
});

export const slowest = (o: Outcome) =>
  `slowest ${o.slowest.ms.toFixed(0)} ms (${o.slowest.kind}, ${o.slowest.bytes} bytes)`;

/** decodePage + extractPage on one input: the only error allowed is the typed PageReadError. */
export function tryPage(input: FuzzInput, label: string, out: Outcome): void {
  const t0 = performance.now();
  try {
    const text = decodePage(input.bytes, `${label}.txt`);
    extractPage(text, { file: `${label}.txt`, published: '2023-05-16' });
    out.ok += 1;
  } catch (err) {
    if (err instanceof PageReadError) out.refused += 1;
    else {
      out.crashCount += 1;
      if (out.crashes.length < 10)
        out.crashes.push(`${label} ${input.kind}: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  const ms = performance.now() - t0;
  if (ms > out.slowest.ms) out.slowest = { kind: `${label} ${input.kind}`, ms, bytes: input.bytes.length };
  if (ms > boundMs(input.bytes.length) && out.slow.length < 10)
    out.slow.push(`${label} ${input.kind}: ${ms.toFixed(0)} ms for ${input.bytes.length} bytes`);
}

export interface Shard {
  seed: number;
  /** 0 for a run in one thread; shard k of a parallel run draws its own stream (seed, k). */
  shard: number;
  count: number;
}

export interface ShardResult {
  shard: number;
  count: number;
  outcome: Outcome;
  heapStart: number;
  heapEnd: number;
  seconds: number;
}

/** `count` small inputs from the seeded stream of `shard`, with the live heap before and after. */
export function runShard({ seed, shard, count }: Shard): ShardResult {
  // The first extraction loads the segmenter's dictionary; that one-off cost is not the page's.
  tryPage(warmUpInput(), 'warm-up', newOutcome());
  const out = newOutcome();
  const heapStart = liveHeap();
  const t0 = performance.now();
  const rand = seededRandom(shard === 0 ? seed : seed * 1_000 + shard);
  for (let i = 0; i < count; i += 1) {
    tryPage(smallInput(rand), `fuzz-${seed}-${shard}-${i}`, out);
    if (i > 0 && i % 100_000 === 0)
      console.log(`fuzz shard ${shard}: ${i} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { shard, count, outcome: out, heapStart, heapEnd: liveHeap(), seconds };
}
