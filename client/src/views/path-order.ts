/**
 * Order of found paths in the list: paths through an Event first, then the others, then those
 * through an Article (an article and the event it reports often share one headline, and the
 * event is the more telling link). Stable within a rank, so the API's order is kept otherwise. Pure.
 */
export function pathRank(path: readonly string[], kindOf: (id: string) => string): number {
  const inner = path.slice(1, -1).map(kindOf);
  if (inner.includes('Article')) return 2;
  if (inner.includes('Event')) return 0;
  return 1;
}

export function orderPaths(paths: readonly string[][], kindOf: (id: string) => string): string[][] {
  return paths
    .map((path, i) => ({ path, i, rank: pathRank(path, kindOf) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.path);
}
