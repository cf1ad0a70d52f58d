import type { Store } from '../state/index.ts';
import { h, replaceContent } from '../views/dom.ts';
import { mountDrawer } from '../views/drawer.ts';
import { mountFiltersPanel } from '../views/filters-panel.ts';
import { t } from '../views/i18n.ts';
import { mountSearchBox } from '../views/search-box.ts';
import { mountSidePanel } from '../views/side-panel.ts';
import { mountStartPanel } from '../views/start-panel.ts';
import { mountToolbar } from '../views/toolbar.ts';
import type { ViewContext } from './context.ts';

/** The page frame: header (title, search, toolbar), filters, canvas, side panel, drawer, notice bar. */
export function mountShell(app: HTMLElement, store: Store) {
  const title = h('h1', { class: 'title' });
  const searchHost = h('div', { class: 'search' });
  const toolbarHost = h('div', { class: 'toolbar-host' });
  const filtersHost = h('nav', { class: 'left' });
  const canvas = h('div', { class: 'canvas', 'data-testid': 'graph-canvas' });
  const sideHost = h('div', { class: 'right' });
  const drawerHost = h('div', { class: 'drawer-host' });
  const startHost = h('div', { class: 'start-host' });
  const notice = h('div', {
    class: 'notice',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'notice',
  });
  app.append(
    h('header', { class: 'top' }, title, searchHost, toolbarHost),
    h(
      'main',
      { class: 'body' },
      filtersHost,
      h('div', { class: 'centre' }, canvas, startHost, drawerHost, notice),
      sideHost,
    ),
  );

  const applyChrome = () => {
    const s = store.get();
    document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
    title.textContent = t(s.lang, 'title');
    document.title = t(s.lang, 'title');
    replaceContent(notice, s.notice ?? '');
    notice.hidden = !s.notice;
  };
  store.subscribe((s, p) => {
    if (s.lang !== p.lang || s.notice !== p.notice) applyChrome();
  });
  applyChrome();

  return {
    canvas,
    mountViews: (ctx: ViewContext, restoring: boolean) => {
      mountSearchBox(searchHost, ctx);
      mountToolbar(toolbarHost, ctx);
      mountFiltersPanel(filtersHost, ctx);
      mountSidePanel(sideHost, ctx);
      mountDrawer(drawerHost, ctx, restoring);
      mountStartPanel(startHost, ctx);
    },
  };
}
