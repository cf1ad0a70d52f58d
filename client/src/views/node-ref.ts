import { ID_PATTERN } from '../../../model/graph.ts';
import { run, type ViewContext } from '../app/context.ts';
import { colorForLabel } from '../graph/colors.ts';
import { selectNode } from '../state/index.ts';
import type { Lang } from '../state/types.ts';
import { h } from './dom.ts';
import { labelName } from './i18n.ts';
import type { NodeRef } from './result-cell.ts';

/** A small tag naming a node's label (文章, 活动…), tinted with the legend's colour for it. */
export const nodeTag = (lang: Lang, kind: string): HTMLElement =>
  h('span', { class: 'node-tag', style: `--tag-color:${colorForLabel(kind)}` }, labelName(lang, kind));

/** Selects a node and brings it into view; a node the canvas lacks is loaded with its neighbourhood. */
export function revealNode(ctx: ViewContext, id: string): void {
  if (ctx.graph.hasNode(id)) {
    ctx.store.apply(selectNode(id));
    ctx.renderer.focusNode(id);
  } else if (ID_PATTERN.test(id)) run(ctx, () => ctx.actions.loadEntity(id));
}

/** A node as a link: its name, then its label tag; clicking selects it on the canvas. */
export const nodeRefButton = (ctx: ViewContext, lang: Lang, ref: NodeRef): HTMLElement =>
  h(
    'button',
    {
      type: 'button',
      class: 'link node-ref',
      'data-id': ref.id,
      title: ref.id,
      onclick: () => revealNode(ctx, ref.id),
    },
    h('span', { class: 'node-ref-name' }, ref.name),
    ref.kind ? nodeTag(lang, ref.kind) : null,
  );
