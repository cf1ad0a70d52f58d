/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and a Zipf sampler. The corpus must be
 * byte-identical for a seed on every machine, so nothing here touches Math.random or the clock.
 */

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    // sfc32's first outputs still echo the seed; a short warm-up decorrelates nearby seeds.
    for (let i = 0; i < 12; i++) this.next32();
  }

  next32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.next32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('Rng.pick: empty list');
    return item;
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0] as T);
    return out;
  }

  /** A child stream: parts of the corpus drawn from forks stay stable when another part changes. */
  fork(salt: number): Rng {
    return new Rng((this.next32() ^ Math.imul(salt, 0x27d4eb2d)) >>> 0);
  }
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s: a few names recur often, most rarely. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    s = 1.05,
  ) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = total;
    }
  }

  draw(rng: Rng): number {
    const target = rng.next() * (this.cumulative[this.n - 1] ?? 0);
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
