import { NODE_LABELS, REL_TYPES } from '../../../model/graph.ts';
import type { ViewContext } from '../app/context.ts';
import { LABEL_COLORS } from '../graph/colors.ts';
import { setDateRange, toggleLabelFilter, toggleRelFilter, type AppState } from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { labelName, relName, t } from './i18n.ts';

/**
 * Legend and filters in one place: each label row is its colour swatch and its on/off switch.
 * Filters only change state; the reducers hide things, nothing is reloaded.
 */
export function mountFiltersPanel(root: HTMLElement, ctx: ViewContext): void {
  const panel = h('section', { class: 'filters', 'data-testid': 'filters' });
  root.append(panel);

  const render = (s: AppState) => {
    const counts = new Map<string, number>();
    ctx.graph.forEachNode((_n, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
    const dateInput = (which: 'from' | 'to') =>
      h('input', {
        type: 'date',
        'data-testid': `filter-date-${which}`,
        value: s.filters[which] ?? '',
        'aria-label': t(s.lang, which),
        onchange: (e: Event) => {
          const value = (e.target as HTMLInputElement).value || null;
          const f = ctx.store.get().filters;
          ctx.store.apply(setDateRange(which === 'from' ? value : f.from, which === 'to' ? value : f.to));
        },
      });
    replaceContent(
      panel,
      h('h3', {}, t(s.lang, 'legend'), ' / ', t(s.lang, 'labels')),
      h(
        'ul',
        { class: 'legend', 'data-testid': 'legend' },
        NODE_LABELS.map((label) =>
          h(
            'li',
            {},
            h(
              'label',
              {},
              h('input', {
                type: 'checkbox',
                'data-testid': `filter-label-${label}`,
                checked: !s.filters.hiddenLabels.includes(label),
                onchange: () => ctx.store.apply(toggleLabelFilter(label)),
              }),
              h('span', { class: 'swatch', style: `background:${LABEL_COLORS[label]}` }),
              labelName(s.lang, label),
              h('span', { class: 'muted' }, ` ${counts.get(label) ?? 0}`),
            ),
          ),
        ),
      ),
      h('h3', {}, t(s.lang, 'relationships')),
      h(
        'ul',
        { class: 'rels' },
        REL_TYPES.map((rel) =>
          h(
            'li',
            {},
            h(
              'label',
              {},
              h('input', {
                type: 'checkbox',
                'data-testid': `filter-rel-${rel}`,
                checked: !s.filters.hiddenRels.includes(rel),
                onchange: () => ctx.store.apply(toggleRelFilter(rel)),
              }),
              relName(s.lang, rel),
            ),
          ),
        ),
      ),
      h('h3', {}, t(s.lang, 'dateRange')),
      h(
        'div',
        { class: 'dates' },
        h('label', {}, t(s.lang, 'from'), ' ', dateInput('from')),
        h('label', {}, t(s.lang, 'to'), ' ', dateInput('to')),
      ),
    );
  };

  let pending = false;
  // Node counts follow the graph; batch a burst of graph events into one re-render.
  const scheduleRender = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      render(ctx.store.get());
    });
  };
  ctx.store.subscribe((s, p) => {
    if (s.filters !== p.filters || s.lang !== p.lang) render(s);
  });
  for (const ev of ['nodeAdded', 'nodeDropped', 'cleared'] as const) ctx.graph.on(ev, scheduleRender);
  render(ctx.store.get());
}
