import type { QueryResult } from '../../../model/api.ts';
import type { ViewContext } from '../app/context.ts';
import type { Lang } from '../state/types.ts';
import { h, table } from './dom.ts';
import { t } from './i18n.ts';
import { nodeRefButton } from './node-ref.ts';
import { cellText, describeCell, indexResultGraph, type CellView } from './result-cell.ts';

/** One cell: nodes as name + label tag (click to select), relationships and paths by name. Text only. */
function cellContent(ctx: ViewContext, lang: Lang, view: CellView): Node | string {
  switch (view.kind) {
    case 'text':
      return view.text;
    case 'node':
      return nodeRefButton(ctx, lang, view.node);
    case 'relationship':
      return h(
        'span',
        { class: 'rel-ref' },
        view.source ? nodeRefButton(ctx, lang, view.source) : null,
        view.source ? ' —' : null,
        h('code', {}, view.type),
        view.target ? '→ ' : null,
        view.target ? nodeRefButton(ctx, lang, view.target) : null,
      );
    case 'path':
      return h(
        'span',
        { class: 'path-ref', title: cellText(view) },
        view.nodes.flatMap((n, i) =>
          i ? [' → ', nodeRefButton(ctx, lang, n)] : [nodeRefButton(ctx, lang, n)],
        ),
      );
    case 'list':
      return h(
        'span',
        { class: 'list-ref' },
        view.items.flatMap((item, i) =>
          i ? [', ', cellContent(ctx, lang, item)] : [cellContent(ctx, lang, item)],
        ),
      );
  }
}

/** Rows of a query result as a plain table (text only), with a summary line. */
export function resultTable(ctx: ViewContext, result: QueryResult, lang: Lang, testid: string): HTMLElement {
  const index = indexResultGraph(result.graph);
  return h(
    'div',
    { class: 'result' },
    h(
      'p',
      { class: 'muted', 'data-testid': `${testid}-summary` },
      `${result.rows.length} ${t(lang, 'rows')} · ${t(lang, 'elapsed', { ms: Math.round(result.elapsedMs) })}`,
      result.truncated ? ` · ${t(lang, 'truncated')}` : '',
    ),
    table(
      result.columns,
      result.rows.map((row) => row.map((cell) => cellContent(ctx, lang, describeCell(cell, index)))),
      testid,
    ),
  );
}

/** A plain error box: the server's code and message, or the refusal text for a 403. */
export function errorBox(message: string, testid: string): HTMLElement {
  return h('div', { class: 'error-box', role: 'alert', 'data-testid': testid }, message);
}
