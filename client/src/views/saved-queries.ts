import type { QueryParamSpec, SavedQuery } from '../../../model/api.ts';
import { ApiError, listSavedQueries, runSavedQuery } from '../api/index.ts';
import type { ViewContext } from '../app/context.ts';
import { setQueryParams } from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { t } from './i18n.ts';
import { errorBox, resultTable } from './result-table.ts';

type ParamValue = string | number | boolean;

/** Form text → the typed value the param spec asks for; empty optional params are left out. */
export function coerceParam(spec: QueryParamSpec, raw: string | undefined): ParamValue | undefined {
  const text = (raw ?? '').trim();
  if (spec.type === 'boolean') return text === 'true';
  if (text === '') return spec.default ?? undefined;
  if (spec.type === 'integer') return Number.parseInt(text, 10);
  if (spec.type === 'float') return Number.parseFloat(text);
  return text;
}

const initialText = (spec: QueryParamSpec): string => (spec.default === null ? '' : String(spec.default));

/** Saved queries: list, a form built from each query's param spec, run → table + graph. */
export function mountSavedQueries(root: HTMLElement, ctx: ViewContext, autoRun: boolean): void {
  const lang = () => ctx.store.get().lang;
  const list = h('ul', { class: 'query-list', 'data-testid': 'saved-query-list' });
  const form = h('form', { class: 'query-form', 'data-testid': 'saved-query-form' });
  const output = h('div', { class: 'query-output' });
  root.append(
    h('h2', {}, t(lang(), 'savedQueries')),
    h('div', { class: 'queries' }, list, h('div', {}, form, output)),
  );
  let queries: SavedQuery[] = [];

  const current = () => {
    const v = ctx.store.get().view;
    return v.kind === 'queries' ? v : null;
  };

  const runCurrent = async (q: SavedQuery) => {
    const params: Record<string, ParamValue> = {};
    const raw = current()?.params ?? {};
    for (const spec of q.params) {
      const v = coerceParam(spec, raw[spec.name]);
      if (v !== undefined) params[spec.name] = v;
    }
    replaceContent(output, h('p', { class: 'muted' }, t(lang(), 'loading')));
    try {
      const result = await runSavedQuery(q.name, params);
      replaceContent(output, resultTable(ctx, result, lang(), 'query-result-table'));
      ctx.actions.showPayload(result.graph);
    } catch (err) {
      const msg = err instanceof ApiError ? `${err.code}: ${err.message}` : String(err);
      replaceContent(output, errorBox(msg, 'query-error'));
    }
  };

  const renderForm = () => {
    const v = current();
    const q = queries.find((x) => x.name === v?.name);
    if (!q || !v) return form.replaceChildren();
    const setParam = (name: string, value: string) =>
      ctx.store.apply(setQueryParams(q.name, { ...(current()?.params ?? {}), [name]: value }));
    replaceContent(
      form,
      h('h3', {}, q.name),
      h('p', { class: 'muted' }, q.description),
      q.params.map((spec) => {
        const value = v.params[spec.name] ?? initialText(spec);
        const input =
          spec.type === 'boolean'
            ? h('input', {
                type: 'checkbox',
                checked: value === 'true',
                'data-testid': `query-param-${spec.name}`,
                onchange: (e: Event) => setParam(spec.name, String((e.target as HTMLInputElement).checked)),
              })
            : h('input', {
                type: spec.type === 'integer' || spec.type === 'float' ? 'number' : 'text',
                step: spec.type === 'float' ? 'any' : spec.type === 'integer' ? '1' : null,
                value,
                required: spec.default === null,
                'data-testid': `query-param-${spec.name}`,
                oninput: (e: Event) => setParam(spec.name, (e.target as HTMLInputElement).value),
              });
        return h(
          'label',
          { class: 'param' },
          h('span', {}, spec.name),
          input,
          h('small', { class: 'muted' }, spec.description),
        );
      }),
      h('button', { type: 'submit', 'data-testid': 'saved-query-run' }, t(lang(), 'run')),
    );
    form.onsubmit = (e) => {
      e.preventDefault();
      void runCurrent(q);
    };
  };

  const renderList = () => {
    const v = current();
    replaceContent(
      list,
      queries.map((q) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: q.name === v?.name ? 'active' : '',
              'data-testid': 'saved-query-item',
              'data-name': q.name,
              title: q.description,
              onclick: () => {
                ctx.store.apply(setQueryParams(q.name, {}));
                output.replaceChildren();
                renderList();
                renderForm();
              },
            },
            q.name,
          ),
        ),
      ),
    );
  };

  listSavedQueries()
    .then((res) => {
      queries = res.queries;
      renderList();
      renderForm();
      const q = queries.find((x) => x.name === current()?.name);
      if (autoRun && q) void runCurrent(q);
    })
    .catch((err: unknown) =>
      replaceContent(output, errorBox(err instanceof Error ? err.message : String(err), 'query-error')),
    );
}
