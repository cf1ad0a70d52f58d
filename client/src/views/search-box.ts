import type { SearchHit } from '../../../model/api.ts';
import { search } from '../api/index.ts';
import { run, type ViewContext } from '../app/context.ts';
import { colorForLabel } from '../graph/colors.ts';
import { h, replaceContent } from './dom.ts';
import { labelName, t } from './i18n.ts';

const DEBOUNCE_MS = 250;

/** Type-ahead search: debounced, cancels stale requests, arrow keys + Enter to pick, Esc to close. */
export function mountSearchBox(root: HTMLElement, ctx: ViewContext): void {
  const lang = () => ctx.store.get().lang;
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    'data-testid': 'search-input',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-hits',
  });
  const list = h('ul', {
    id: 'search-hits',
    class: 'search-hits',
    role: 'listbox',
    'data-testid': 'search-hits',
  });
  root.append(input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: AbortController | null = null;

  const close = () => {
    hits = [];
    active = -1;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
  };

  const pick = (hit: SearchHit) => {
    close();
    input.value = hit.name;
    run(ctx, () => ctx.actions.loadEntity(hit.id));
  };

  const renderHits = (status?: string) => {
    if (status) {
      replaceContent(list, h('li', { class: 'search-status' }, status));
      return;
    }
    input.setAttribute('aria-expanded', String(hits.length > 0));
    replaceContent(
      list,
      hits.length === 0
        ? h('li', { class: 'search-status' }, t(lang(), 'noHits'))
        : hits.map((hit, i) =>
            h(
              'li',
              {
                role: 'option',
                class: i === active ? 'hit active' : 'hit',
                'aria-selected': String(i === active),
                'data-testid': 'search-hit',
                'data-id': hit.id,
                tabindex: '-1',
                onmousedown: (e: Event) => e.preventDefault(),
                onclick: () => pick(hit),
              },
              h('span', { class: 'swatch', style: `background:${colorForLabel(hit.label)}` }),
              h('span', { class: 'hit-name' }, hit.name),
              h('span', { class: 'hit-label' }, labelName(lang(), hit.label)),
              hit.detail ? h('span', { class: 'hit-detail' }, hit.detail) : null,
            ),
          ),
    );
  };

  const query = async (q: string) => {
    inflight?.abort();
    inflight = new AbortController();
    renderHits(t(lang(), 'searching'));
    try {
      hits = (await search(q, { limit: 15 }, inflight.signal)).hits;
      active = hits.length ? 0 : -1;
      renderHits();
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      close();
      ctx.actions.reportError(err);
    }
  };

  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(() => void query(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      renderHits();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit) pick(hit);
      else if (input.value.trim()) {
        if (timer) clearTimeout(timer);
        void query(input.value.trim());
      }
    } else if (e.key === 'Escape' && hits.length) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  const applyLang = () => {
    input.placeholder = t(lang(), 'searchPlaceholder');
    input.setAttribute('aria-label', t(lang(), 'searchLabel'));
  };
  applyLang();
  ctx.store.subscribe((s, p) => {
    if (s.lang !== p.lang) applyLang();
  });
}
