import { run, type ViewContext } from '../app/context.ts';
import { clearPaths, setPathEnd, type AppState } from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { t } from './i18n.ts';
import { nodeTag } from './node-ref.ts';
import { orderPaths } from './path-order.ts';

/** Two ends picked from the side panel ("path start/end"), then the paths endpoint, highlighted by reducers. */
export function mountPathFinder(root: HTMLElement, ctx: ViewContext): () => void {
  const box = h('div', { class: 'path-finder', 'data-testid': 'path-finder' });
  root.append(box);
  const nameOf = (id: string | null) =>
    id ? (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, 'label') : id) : '—';
  const kindOf = (id: string) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, 'kind') : '');
  // Each step shows its label, so a path through an article and one through its event differ at a glance.
  const step = (lang: AppState['lang'], id: string) =>
    h(
      'span',
      { class: 'path-node', 'data-id': id },
      kindOf(id) ? nodeTag(lang, kindOf(id)) : null,
      h('span', { class: 'path-node-name' }, nameOf(id)),
    );

  const render = (s: AppState) => {
    const lang = s.lang;
    const end = (which: 'from' | 'to') =>
      h(
        'div',
        { class: 'path-end' },
        h('span', { class: 'muted' }, t(lang, which === 'from' ? 'pathStart' : 'pathEnd'), ': '),
        h('strong', { 'data-testid': `path-${which}` }, nameOf(s.path[which])),
        s.path[which] || s.selected
          ? h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-testid': `path-${which}-use-selected`,
                disabled: !s.selected,
                onclick: () => ctx.store.apply(setPathEnd(which, ctx.store.get().selected)),
              },
              t(lang, which === 'from' ? 'pathFrom' : 'pathTo'),
            )
          : null,
      );
    replaceContent(
      box,
      h('h2', {}, t(lang, 'pathFinder')),
      end('from'),
      end('to'),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'path-find',
            disabled: !s.path.from || !s.path.to,
            onclick: () => run(ctx, () => ctx.actions.findPaths()),
          },
          t(lang, 'findPaths'),
        ),
        h(
          'button',
          { type: 'button', 'data-testid': 'path-clear', onclick: () => ctx.store.apply(clearPaths()) },
          t(lang, 'clearPaths'),
        ),
      ),
      h(
        'ol',
        { class: 'path-results', 'data-testid': 'path-results' },
        orderPaths(s.path.paths, kindOf).map((p) =>
          h(
            'li',
            { 'data-testid': 'path-item', 'data-ids': p.join(',') },
            p.flatMap((id, i) => (i ? [' → ', step(lang, id)] : [step(lang, id)])),
          ),
        ),
      ),
    );
  };
  render(ctx.store.get());
  return ctx.store.subscribe((s, p) => {
    if (s.path !== p.path || s.lang !== p.lang || s.selected !== p.selected) render(s);
  });
}
