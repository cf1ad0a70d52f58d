/**
 * Deterministic initial positions, so a large result draws at once (before any layout)
 * and the same data always starts from the same picture.
 */

/** FNV-1a: a small stable string hash to seed per-node randomness. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Places `ids` on a ring around a centre, with a little seeded jitter so rings do not overlap exactly. */
export function ringPositions(
  ids: readonly string[],
  centre: { x: number; y: number },
  radius: number,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const n = ids.length;
  ids.forEach((id, i) => {
    const rand = seededRandom(hashString(id));
    const angle = (2 * Math.PI * i) / Math.max(n, 1) + (rand() - 0.5) * 0.2;
    const r = radius * (0.85 + rand() * 0.3);
    out.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  return out;
}
