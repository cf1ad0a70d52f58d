import { getOrganizationProjects, getPersonTimeline, getPlaceSummary } from '../api/index.ts';
import { run, type ViewContext } from '../app/context.ts';
import type { Lang } from '../state/types.ts';
import { h, table } from './dom.ts';
import { formatAmount } from './format.ts';
import { t } from './i18n.ts';

/** Person timeline, organization projects and place summary: read-only tables in the drawer. */

const linkTo = (ctx: ViewContext, id: string, name: string) =>
  h(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-id': id,
      onclick: () => run(ctx, () => ctx.actions.loadEntity(id)),
    },
    name,
  );

const joinNodes = (nodes: Node[]): Node => {
  const span = h('span', {});
  nodes.forEach((n, i) => span.append(...(i ? [document.createTextNode('、'), n] : [n])));
  return span;
};

const propText = (props: Record<string, unknown>, key: string): string => {
  const v = props[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

export async function timelineView(ctx: ViewContext, id: string, lang: Lang): Promise<HTMLElement> {
  const tl = await getPersonTimeline(id);
  return h(
    'div',
    { 'data-testid': 'timeline-view' },
    h('h2', {}, `${tl.person.name} · ${t(lang, 'timeline')}`),
    table(
      [t(lang, 'date'), t(lang, 'events'), t(lang, 'role'), t(lang, 'titles'), t(lang, 'coAttendees')],
      tl.events.map((e) => [
        propText(e.event.props, 'date'),
        h(
          'span',
          {},
          linkTo(ctx, e.event.id, e.event.name),
          e.headline ? h('div', { class: 'muted' }, e.headline) : null,
        ),
        e.role ?? '',
        e.titles.join('、'),
        joinNodes(e.coAttendees.map((c) => linkTo(ctx, c.id, c.name))),
      ]),
      'timeline-table',
    ),
    h('h3', {}, t(lang, 'coAttendees')),
    table(
      [t(lang, 'name'), t(lang, 'count')],
      tl.coAttendance.map((c) => [linkTo(ctx, c.id, c.name), String(c.count)]),
      'co-attendance-table',
    ),
  );
}

export async function projectsView(ctx: ViewContext, id: string, lang: Lang): Promise<HTMLElement> {
  const op = await getOrganizationProjects(id);
  return h(
    'div',
    { 'data-testid': 'projects-view' },
    h('h2', {}, `${op.organization.name} · ${t(lang, 'projects')}`),
    table(
      [t(lang, 'projects'), t(lang, 'investment'), t(lang, 'places')],
      op.projects.map((p) => [
        linkTo(ctx, p.project.id, p.project.name),
        p.investmentText ?? formatAmount(p.investment, p.currency),
        joinNodes(p.places.map((pl) => linkTo(ctx, pl.id, pl.name))),
      ]),
      'projects-table',
    ),
  );
}

export async function placeView(ctx: ViewContext, id: string, lang: Lang): Promise<HTMLElement> {
  const ps = await getPlaceSummary(id);
  return h(
    'div',
    { 'data-testid': 'place-view' },
    h('h2', {}, `${ps.place.name} · ${t(lang, 'placeSummary')}`),
    h(
      'p',
      { 'data-testid': 'investment-total' },
      `${t(lang, 'investmentTotal')}: `,
      ps.investmentTotal.length
        ? ps.investmentTotal.map((x) => formatAmount(x.amount, x.currency)).join('；')
        : '—',
    ),
    h('h3', {}, t(lang, 'events')),
    table(
      [t(lang, 'date'), t(lang, 'name')],
      ps.events.map((e) => [e.date ?? '', linkTo(ctx, e.id, e.name)]),
      'place-events-table',
    ),
    h('h3', {}, t(lang, 'organizations')),
    h('p', {}, joinNodes(ps.organizations.map((o) => linkTo(ctx, o.id, o.name)))),
    h('h3', {}, t(lang, 'projects')),
    table(
      [t(lang, 'name'), t(lang, 'investment')],
      ps.projects.map((p) => [linkTo(ctx, p.id, p.name), formatAmount(p.investment)]),
      'place-projects-table',
    ),
  );
}
