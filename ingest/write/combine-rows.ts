import type { ArticleGraph } from '../resolve/article-graph.ts';

type Rows<K extends keyof ArticleGraph> = ArticleGraph[K];

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

function byId<T extends { id: string }>(rows: readonly T[], merge: (into: T, row: T) => T): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const seen = out.get(row.id);
    out.set(row.id, seen ? merge(seen, row) : { ...row });
  }
  return [...out.values()];
}

/**
 * One row per node id for the node statements. Within one UNWIND, Neo4j may read every row's old
 * value before it writes any (an Eager step), so two rows for the same person in one batch would
 * each start from the stored titles and the last would win. Combining them first keeps titles,
 * aliases and dates accumulating inside a batch exactly as they do across batches.
 */
export function combineNodeRows(graphs: readonly ArticleGraph[]): {
  persons: Rows<'persons'>;
  organizations: Rows<'organizations'>;
  places: Rows<'places'>;
  projects: Rows<'projects'>;
} {
  return {
    persons: byId(
      graphs.flatMap((g) => g.persons),
      (a, b) => ({
        ...a,
        titles: union(a.titles, b.titles),
        date: maxDate(a.date, b.date),
        firstDate: minDate(a.firstDate ?? a.date, b.firstDate ?? b.date),
      }),
    ),
    organizations: byId(
      graphs.flatMap((g) => g.organizations),
      (a, b) => ({
        ...a,
        // The fullest written form names the organization; the shorter ones are aliases.
        name: b.name.length > a.name.length ? b.name : a.name,
        kind: a.kind === 'other' ? b.kind : a.kind,
        aliases: union(a.aliases, b.aliases).filter(
          (x) => x !== (b.name.length > a.name.length ? b.name : a.name),
        ),
      }),
    ),
    places: byId(
      graphs.flatMap((g) => g.places),
      (a, b) => ({ ...a, kind: a.kind === 'other' ? b.kind : a.kind }),
    ),
    projects: byId(
      graphs.flatMap((g) => g.projects),
      (a, b) => ({
        ...a,
        investment: a.investment ?? b.investment,
        currency: a.currency ?? b.currency,
        investmentText: a.investmentText ?? b.investmentText,
        capacity: a.capacity ?? b.capacity,
      }),
    ),
  };
}
