import type { QueryResult } from '../../../model/api.ts';
import { h } from './dom.ts';
import { formatValue } from './format.ts';
import { t } from './i18n.ts';
import type { Lang } from '../state/types.ts';

/** Rows of a query result as a plain table (text only), with a summary line. */
export function resultTable(result: QueryResult, lang: Lang, testid: string): HTMLElement {
  return h(
    'div',
    { class: 'result' },
    h(
      'p',
      { class: 'muted', 'data-testid': `${testid}-summary` },
      `${result.rows.length} ${t(lang, 'rows')} · ${t(lang, 'elapsed', { ms: Math.round(result.elapsedMs) })}`,
      result.truncated ? ` · ${t(lang, 'truncated')}` : '',
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-testid': testid },
        h('thead', {}, h('tr', {}, result.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          result.rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, formatValue(cell))))),
        ),
      ),
    ),
  );
}

/** A plain error box: the server's code and message, or the refusal text for a 403. */
export function errorBox(message: string, testid: string): HTMLElement {
  return h('div', { class: 'error-box', role: 'alert', 'data-testid': testid }, message);
}
