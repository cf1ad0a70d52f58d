/** The results table: each figure beside its same-run baseline and the target. */

export interface Row {
  metric: string;
  value: string;
  baseline: string;
  target: string;
  met: boolean | null;
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
export const ms = (x: number) => `${fmt(x)} ms`;
export const rate = (x: number, unit: string) => `${fmt(x, 0)} ${unit}`;

export function renderTable(rows: readonly Row[]): string {
  const head: Row = {
    metric: 'metric',
    value: 'value',
    baseline: 'baseline (same run)',
    target: 'target',
    met: null,
  };
  const cells = (r: Row) => [
    r.metric,
    r.value,
    r.baseline,
    r.target,
    r.met === null ? '' : r.met ? 'met' : 'MISSED',
  ];
  const all = [head, ...rows].map(cells);
  const widths = all[0]?.map((_, i) => Math.max(...all.map((c) => [...(c[i] ?? '')].length))) ?? [];
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(all[0] ?? []), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join('\n');
}
