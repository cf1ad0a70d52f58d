import type { Overview, StartItem } from '../../../model/api.ts';
import { getOverview } from '../api/index.ts';
import { run, type ViewContext } from '../app/context.ts';
import type { Lang } from '../state/types.ts';
import { h, replaceContent } from './dom.ts';
import { kindName, t, type MessageKey } from './i18n.ts';

/** The lists of the first screen, in the order they are shown. */
const LISTS: {
  key: keyof Pick<Overview, 'officials' | 'organizations' | 'projects' | 'articles'>;
  title: MessageKey;
}[] = [
  { key: 'officials', title: 'startOfficials' },
  { key: 'organizations', title: 'startOrganizations' },
  { key: 'projects', title: 'startProjects' },
  { key: 'articles', title: 'startArticles' },
];

function itemDetail(lang: Lang, item: StartItem): string {
  const detail = item.label === 'Organization' && item.detail ? kindName(lang, item.detail) : item.detail;
  const count =
    item.label === 'Article'
      ? t(lang, 'startMentionCount', { n: item.count })
      : t(lang, 'startArticleCount', { n: item.count });
  return detail ? `${detail} · ${count}` : count;
}

/**
 * What an empty canvas shows: what the database holds and where to start reading it (the most
 * reported officials and bodies, the biggest projects, the latest articles). Picking one loads its
 * neighbourhood, as a search hit does. Hidden while the graph has nodes or a view is open.
 */
export function mountStartPanel(host: HTMLElement, ctx: ViewContext): void {
  const panel = h('section', { class: 'start-panel', 'data-testid': 'start-panel', hidden: true });
  host.append(panel);
  let overview: Overview | null = null;
  let failed: string | null = null;
  let loading = false;

  const render = () => {
    const lang = ctx.store.get().lang;
    if (failed !== null) {
      replaceContent(panel, h('p', { class: 'muted' }, `${t(lang, 'error')}: ${failed}`));
      return;
    }
    if (!overview) {
      replaceContent(panel, h('p', { class: 'muted' }, t(lang, 'loading')));
      return;
    }
    const { counts, published } = overview;
    if (counts.articles === 0) {
      replaceContent(panel, h('h2', {}, t(lang, 'startTitle')), h('p', {}, t(lang, 'startEmpty')));
      return;
    }
    const holdings = t(lang, 'startHoldings', {
      ...counts,
      first: published.first ?? '?',
      last: published.last ?? '?',
    });
    const lists = LISTS.filter(({ key }) => overview?.[key].length).map(({ key, title }) =>
      h(
        'section',
        { class: 'start-list', 'data-testid': `start-${key}` },
        h('h3', {}, t(lang, title)),
        h(
          'ol',
          {},
          (overview?.[key] ?? []).map((item) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'link node-ref',
                  'data-id': item.id,
                  onclick: () => run(ctx, () => ctx.actions.loadEntity(item.id)),
                },
                h('span', { class: 'node-ref-name' }, item.name),
              ),
              h('span', { class: 'muted start-detail' }, itemDetail(lang, item)),
            ),
          ),
        ),
      ),
    );
    replaceContent(
      panel,
      h('h2', {}, t(lang, 'startTitle')),
      h('p', { 'data-testid': 'start-holdings' }, holdings),
      h('p', { class: 'muted' }, t(lang, 'startHint')),
      h('div', { class: 'start-lists' }, lists),
    );
  };

  const load = () => {
    if (loading) return;
    loading = true;
    getOverview()
      .then((o) => {
        overview = o;
        failed = null;
      })
      .catch((err: unknown) => {
        failed = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        loading = false;
        render();
      });
  };

  // Checked on every node added while shown, so it must stay cheap: one comparison.
  const update = () => {
    const show = ctx.graph.order === 0 && ctx.store.get().view.kind === 'none';
    if (show === !panel.hidden) return;
    panel.hidden = !show;
    // Shown again (after undo, or after a query with no nodes): the database may have grown.
    if (show) load();
  };
  // A new result clears the graph and fills it in one task: decide once that task is done, so
  // the panel does not flash (or fetch) in between.
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      update();
    });
  };
  ctx.graph.on('nodeAdded', () => {
    if (!panel.hidden) schedule();
  });
  ctx.graph.on('nodeDropped', schedule);
  ctx.graph.on('cleared', schedule);
  ctx.store.subscribe((s, p) => {
    if (s.lang !== p.lang) render();
    if (s.view !== p.view) schedule();
  });
  render();
  update();
}
