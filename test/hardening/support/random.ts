/** Seeded randomness: a failing hardening run can be replayed exactly from the printed seed. */
export function seededRandom(seed: number): () => number {
  // mulberry32: tiny, fast and good enough to spread kill points and fuzz inputs.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const seedFromEnv = (fallback: number) => Number(process.env.HARDENING_SEED ?? fallback);

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick: no items');
  return item;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
