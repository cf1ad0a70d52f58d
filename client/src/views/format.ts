import type { PropValue } from '../../../model/graph.ts';

/** Plain-text rendering of an API value for tables and property lists. */
export function formatValue(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export const formatSpan = (from: string | null, to: string | null): string =>
  from || to ? `${from ?? '?'} – ${to ?? '?'}` : '';

export function formatAmount(amount: number | null, currency?: string | null): string {
  if (amount === null) return '';
  return `${amount.toLocaleString('zh-CN')}${currency ? ` ${currency}` : ''}`;
}
