/** Seeded randomness: a failing hardening run can be replayed exactly from the printed seed. */
export { seededRandom } from '../../../model/random.ts';

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
