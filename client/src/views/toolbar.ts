import { run, type ViewContext } from '../app/context.ts';
import { downloadBlob, downloadText, sigmaToPngBlob } from '../graph/export-image.ts';
import { edgesToCsv, nodesToCsv, toGexf } from '../graph/export-tabular.ts';
import { visibleSubgraph } from '../graph/visibility.ts';
import {
  openView,
  setLabelDensity,
  setLang,
  showAllNodes,
  type AppState,
  type LabelDensity,
} from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { t, type MessageKey } from './i18n.ts';

const DENSITY_KEYS: Record<LabelDensity, MessageKey> = {
  low: 'densityLow',
  medium: 'densityMedium',
  high: 'densityHigh',
};

/** Graph-wide commands: undo, layout, exports of what is on screen, density, language, views. */
export function mountToolbar(root: HTMLElement, ctx: ViewContext): void {
  const bar = h('div', { class: 'toolbar', role: 'toolbar' });
  root.append(bar);

  const exportTabular = (kind: 'gexf' | 'csv') => {
    const { nodes, edges } = visibleSubgraph(ctx.graph, ctx.store.get());
    if (kind === 'gexf') downloadText(toGexf(ctx.graph, nodes, edges), 'wujin-graph.gexf', 'application/xml');
    else {
      downloadText(nodesToCsv(ctx.graph, nodes), 'wujin-nodes.csv', 'text/csv;charset=utf-8');
      downloadText(edgesToCsv(ctx.graph, edges), 'wujin-edges.csv', 'text/csv;charset=utf-8');
    }
  };

  const render = (s: AppState) => {
    const b = (key: MessageKey, testid: string, onclick: () => void, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', 'data-testid': testid, onclick, ...extra }, t(s.lang, key));
    replaceContent(
      bar,
      b('undo', 'undo-button', () => ctx.actions.undo(), { title: 'Ctrl+Z' }),
      b(s.layoutRunning ? 'layoutStop' : 'layoutStart', 'layout-toggle', () =>
        ctx.layout.isRunning() ? ctx.layout.stop() : ctx.layout.start(),
      ),
      s.hidden.length ? b('showHidden', 'show-hidden-button', () => ctx.store.apply(showAllNodes())) : null,
      h(
        'label',
        { class: 'density' },
        t(s.lang, 'labelDensity'),
        ' ',
        h(
          'select',
          {
            'data-testid': 'label-density',
            onchange: (e: Event) =>
              ctx.store.apply(setLabelDensity((e.target as HTMLSelectElement).value as LabelDensity)),
          },
          (Object.keys(DENSITY_KEYS) as LabelDensity[]).map((d) =>
            h('option', { value: d, selected: d === s.labelDensity }, t(s.lang, DENSITY_KEYS[d])),
          ),
        ),
      ),
      h('span', { class: 'sep' }),
      b('pathFinder', 'open-paths', () => ctx.store.apply(openView({ kind: 'paths' }))),
      b('savedQueries', 'open-queries', () =>
        ctx.store.apply(openView({ kind: 'queries', name: null, params: {} })),
      ),
      b('console', 'open-console', () => ctx.store.apply(openView({ kind: 'console', text: '' }))),
      h('span', { class: 'sep' }),
      b('exportPng', 'export-png', () =>
        run(ctx, async () => downloadBlob(await sigmaToPngBlob(ctx.renderer.sigma), 'wujin-graph.png')),
      ),
      b('exportGexf', 'export-gexf', () => exportTabular('gexf')),
      b('exportCsv', 'export-csv', () => exportTabular('csv')),
      h('span', { class: 'sep' }),
      b('language', 'lang-toggle', () => ctx.store.apply(setLang(s.lang === 'zh' ? 'en' : 'zh')), {
        lang: s.lang === 'zh' ? 'en' : 'zh',
      }),
    );
  };
  ctx.store.subscribe((s, p) => {
    if (
      s.lang !== p.lang ||
      s.layoutRunning !== p.layoutRunning ||
      s.hidden !== p.hidden ||
      s.labelDensity !== p.labelDensity
    )
      render(s);
  });
  render(ctx.store.get());
}
