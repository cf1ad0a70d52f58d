/**
 * Deterministic initial positions, so a large result draws at once (before any layout)
 * and the same data always starts from the same picture.
 */
import { hashString, seededRandom } from '../../../model/random.ts';

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
