import type { EntityResponse } from '../../../model/api.ts';
import { ID_PATTERN } from '../../../model/graph.ts';
import { getEntity } from '../api/index.ts';
import { run, type ViewContext } from '../app/context.ts';
import { colorForLabel } from '../graph/colors.ts';
import { openView, selectNode, setPathEnd, type AppState } from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { highlightedFragment } from './highlight.ts';
import { labelName, t, type MessageKey } from './i18n.ts';
import { formatSpan, formatValue } from './format.ts';

/** The view each entity label opens in the drawer. */
const VIEW_FOR_LABEL: Record<string, { kind: 'timeline' | 'projects' | 'place'; key: MessageKey }> = {
  Person: { kind: 'timeline', key: 'timeline' },
  Organization: { kind: 'projects', key: 'projects' },
  Place: { kind: 'place', key: 'placeSummary' },
};

/** Details of the selected node: properties, aliases, titles over time, evidence, and node actions. */
export function mountSidePanel(root: HTMLElement, ctx: ViewContext): void {
  const panel = h('aside', {
    class: 'side-panel',
    'data-testid': 'side-panel',
    hidden: true,
    tabindex: '-1',
  });
  root.append(panel);
  const cache = new Map<string, EntityResponse>();
  let shownFor: string | null = null;

  const render = (s: AppState, detail: EntityResponse | null, loading: boolean) => {
    const id = s.selected;
    if (!id || !ctx.graph.hasNode(id)) {
      panel.hidden = true;
      return;
    }
    const lang = s.lang;
    const attrs = ctx.graph.getNodeAttributes(id);
    const names = [attrs.label, ...(detail?.aliases ?? [])];
    const viewFor = VIEW_FOR_LABEL[attrs.kind];
    const btn = (key: MessageKey, testid: string, onclick: () => void) =>
      h('button', { type: 'button', 'data-testid': testid, onclick }, t(lang, key));
    const props = Object.entries(detail?.node.props ?? attrs.props);

    replaceContent(
      panel,
      h(
        'header',
        {},
        h('span', { class: 'swatch', style: `background:${colorForLabel(attrs.kind)}` }),
        h('h2', { 'data-testid': 'side-panel-title' }, attrs.label),
        h('span', { class: 'chip' }, labelName(lang, attrs.kind)),
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': t(lang, 'close'),
            'data-testid': 'side-panel-close',
            onclick: () => ctx.store.apply(selectNode(null)),
          },
          '×',
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        btn('expand', 'expand-button', () => run(ctx, () => ctx.actions.expand(id))),
        btn('hide', 'hide-button', () => ctx.actions.hide(id)),
        btn(s.pinned.includes(id) ? 'unpin' : 'pin', 'pin-button', () => ctx.actions.togglePin(id)),
        btn('pathFrom', 'path-from-button', () =>
          ctx.store.apply((st) => openView({ kind: 'paths' })(setPathEnd('from', id)(st))),
        ),
        btn('pathTo', 'path-to-button', () =>
          ctx.store.apply((st) => openView({ kind: 'paths' })(setPathEnd('to', id)(st))),
        ),
        viewFor
          ? btn(viewFor.key, 'open-view-button', () => ctx.store.apply(openView({ kind: viewFor.kind, id })))
          : null,
      ),
      loading ? h('p', { class: 'muted' }, t(lang, 'loading')) : null,
      detail ? h('p', { class: 'muted' }, `${t(lang, 'degree')}: ${detail.degree}`) : null,
      detail?.aliases.length
        ? h(
            'section',
            {},
            h('h3', {}, t(lang, 'aliases')),
            h('p', { 'data-testid': 'aliases' }, detail.aliases.join('、')),
          )
        : null,
      detail?.titles.length
        ? h(
            'section',
            {},
            h('h3', {}, t(lang, 'titles')),
            h(
              'ul',
              { class: 'titles', 'data-testid': 'titles' },
              detail.titles.map((ti) =>
                h(
                  'li',
                  {},
                  h('strong', {}, ti.title),
                  ' ',
                  h('span', { class: 'muted' }, formatSpan(ti.firstSeen, ti.lastSeen)),
                  ` ×${ti.count}`,
                ),
              ),
            ),
          )
        : null,
      props.length
        ? h(
            'section',
            {},
            h('h3', {}, t(lang, 'properties')),
            h(
              'dl',
              { class: 'props', 'data-testid': 'properties' },
              props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, formatValue(v))]),
            ),
          )
        : null,
      detail?.evidence.length
        ? h(
            'section',
            {},
            h('h3', {}, `${t(lang, 'evidence')} (${detail.evidence.length})`),
            h(
              'ol',
              { class: 'evidence', 'data-testid': 'evidence-list' },
              detail.evidence.map((ev) =>
                h(
                  'li',
                  { 'data-testid': 'evidence-item', 'data-article-id': ev.articleId },
                  h(
                    'div',
                    { class: 'ev-head' },
                    h('strong', {}, ev.headline ?? ev.articleId),
                    ' ',
                    h('span', { class: 'muted' }, ev.date ?? ''),
                  ),
                  h(
                    'p',
                    { class: 'ev-sentence' },
                    highlightedFragment(
                      ev.sentence,
                      [...names, ev.otherName ?? ''].filter((n) => n !== ''),
                    ),
                  ),
                  h('div', { class: 'muted' }, ev.relation, ev.otherName ? ` · ${ev.otherName}` : ''),
                ),
              ),
            ),
          )
        : null,
    );
    panel.hidden = false;
  };

  const load = (s: AppState) => {
    const id = s.selected;
    shownFor = id;
    if (!id) return render(s, null, false);
    const cached = cache.get(id);
    // Only API entity ids have an entity endpoint; Cypher results may carry other ids.
    if (cached || !ID_PATTERN.test(id)) return render(s, cached ?? null, false);
    render(s, null, true);
    getEntity(id)
      .then((detail) => {
        cache.set(id, detail);
        if (shownFor === id) render(ctx.store.get(), detail, false);
      })
      .catch((err: unknown) => {
        if (shownFor === id) render(ctx.store.get(), null, false);
        ctx.actions.reportError(err);
      });
  };

  ctx.store.subscribe((s, p) => {
    if (s.selected !== p.selected) load(s);
    else if (s.lang !== p.lang || s.pinned !== p.pinned)
      render(s, s.selected ? (cache.get(s.selected) ?? null) : null, false);
  });
  ctx.graph.on('cleared', () => cache.clear());
  load(ctx.store.get());
}
