import type { ViewContext } from '../app/context.ts';
import { closeView, type AppState, type View } from '../state/index.ts';
import { mountCypherConsole } from './cypher-console.ts';
import { h, replaceContent } from './dom.ts';
import { placeView, projectsView, timelineView } from './entity-views.ts';
import { t } from './i18n.ts';
import { mountPathFinder } from './path-finder.ts';
import { errorBox } from './result-table.ts';
import { mountSavedQueries } from './saved-queries.ts';

/** Identity of a view: the drawer remounts only when this changes, so typing in a form keeps focus. */
const viewKey = (v: View): string => ('id' in v ? `${v.kind}:${v.id}` : v.kind);

/** The drawer hosts one view at a time (timeline, projects, place, queries, console, paths). */
export function mountDrawer(root: HTMLElement, ctx: ViewContext, restoring: boolean): void {
  const drawer = h('section', { class: 'drawer', 'data-testid': 'drawer', hidden: true });
  const body = h('div', { class: 'drawer-body' });
  const closeBtn = h('button', {
    type: 'button',
    class: 'close',
    'data-testid': 'drawer-close',
    onclick: () => ctx.store.apply(closeView()),
  });
  drawer.append(closeBtn, body);
  root.append(drawer);
  let key = '';
  let cleanup: (() => void) | null = null;
  let firstMount = restoring;

  const mount = (s: AppState) => {
    cleanup?.();
    cleanup = null;
    body.replaceChildren();
    const v = s.view;
    drawer.hidden = v.kind === 'none';
    const autoRun = firstMount;
    firstMount = false;
    const lang = s.lang;
    const load = (task: () => Promise<HTMLElement>) => {
      replaceContent(body, h('p', { class: 'muted' }, t(lang, 'loading')));
      const mine = key;
      task()
        .then((el) => mine === key && replaceContent(body, el))
        .catch(
          (err: unknown) =>
            mine === key &&
            replaceContent(body, errorBox(err instanceof Error ? err.message : String(err), 'view-error')),
        );
    };
    switch (v.kind) {
      case 'none':
        return;
      case 'timeline':
        return load(() => timelineView(ctx, v.id, lang));
      case 'projects':
        return load(() => projectsView(ctx, v.id, lang));
      case 'place':
        return load(() => placeView(ctx, v.id, lang));
      case 'queries':
        return mountSavedQueries(body, ctx, autoRun);
      case 'console':
        return mountCypherConsole(body, ctx, v.text);
      case 'paths':
        cleanup = mountPathFinder(body, ctx);
        return;
    }
  };

  const update = (s: AppState, force: boolean) => {
    closeBtn.textContent = '×';
    closeBtn.setAttribute('aria-label', t(s.lang, 'close'));
    const next = viewKey(s.view);
    if (next === key && !force) return;
    key = next;
    mount(s);
  };
  ctx.store.subscribe((s, p) =>
    update(s, s.lang !== p.lang && s.view.kind !== 'console' && s.view.kind !== 'queries'),
  );
  update(ctx.store.get(), true);
}
