import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../../model/graph.ts';
import { DEFAULT_STATE, type AppState, type LabelDensity, type View } from './types.ts';

/**
 * Deep links: the part of the state worth sharing goes into the URL hash as query-string pairs,
 * so a reload (or a link sent to a colleague) restores the same view. Hover, layout and
 * transient notices stay out.
 */

const QUERY_PARAM_PREFIX = 'qp.';
const DENSITIES: readonly LabelDensity[] = ['low', 'medium', 'high'];

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const isLabel = (x: string): x is NodeLabel => (NODE_LABELS as readonly string[]).includes(x);
const isRel = (x: string): x is RelType => (REL_TYPES as readonly string[]).includes(x);
const isDate = (x: string | null): x is string => x !== null && /^\d{4}-\d{2}-\d{2}$/u.test(x);

function encodeView(view: View, p: URLSearchParams): void {
  switch (view.kind) {
    case 'none':
      return;
    case 'timeline':
    case 'projects':
    case 'place':
      p.set('view', `${view.kind}:${view.id}`);
      return;
    case 'queries':
      p.set('view', 'queries');
      if (view.name) p.set('q', view.name);
      for (const [k, v] of Object.entries(view.params)) p.set(QUERY_PARAM_PREFIX + k, v);
      return;
    case 'console':
      p.set('view', 'console');
      if (view.text) p.set('cy', view.text);
      return;
    case 'paths':
      p.set('view', 'paths');
      return;
  }
}

function decodeView(p: URLSearchParams): View {
  const raw = p.get('view') ?? '';
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon);
  const id = colon < 0 ? '' : raw.slice(colon + 1);
  switch (kind) {
    case 'timeline':
    case 'projects':
    case 'place':
      return id ? { kind, id } : { kind: 'none' };
    case 'queries': {
      const params: Record<string, string> = {};
      for (const [k, v] of p)
        if (k.startsWith(QUERY_PARAM_PREFIX)) params[k.slice(QUERY_PARAM_PREFIX.length)] = v;
      return { kind: 'queries', name: p.get('q'), params };
    }
    case 'console':
      return { kind: 'console', text: p.get('cy') ?? '' };
    case 'paths':
      return { kind: 'paths' };
    default:
      return { kind: 'none' };
  }
}

/** The hash (without '#') that describes the shareable part of the state. */
export function encodeState(s: AppState): string {
  const p = new URLSearchParams();
  if (s.lang !== DEFAULT_STATE.lang) p.set('lang', s.lang);
  if (s.focus) p.set('focus', s.focus);
  if (s.selected) p.set('sel', s.selected);
  encodeView(s.view, p);
  if (s.filters.hiddenLabels.length) p.set('hl', s.filters.hiddenLabels.join(','));
  if (s.filters.hiddenRels.length) p.set('hr', s.filters.hiddenRels.join(','));
  if (s.filters.from) p.set('from', s.filters.from);
  if (s.filters.to) p.set('to', s.filters.to);
  if (s.path.from) p.set('pf', s.path.from);
  if (s.path.to) p.set('pt', s.path.to);
  if (s.labelDensity !== DEFAULT_STATE.labelDensity) p.set('dens', s.labelDensity);
  return p.toString();
}

/** Reads a hash (with or without '#'); unknown or malformed values fall back to the defaults. */
export function decodeState(hash: string, base: AppState = DEFAULT_STATE): AppState {
  const p = new URLSearchParams(hash.replace(/^#/u, ''));
  const dens = p.get('dens');
  return {
    ...base,
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
    focus: p.get('focus'),
    selected: p.get('sel'),
    view: decodeView(p),
    filters: {
      hiddenLabels: list(p.get('hl')).filter(isLabel),
      hiddenRels: list(p.get('hr')).filter(isRel),
      from: isDate(p.get('from')) ? p.get('from') : null,
      to: isDate(p.get('to')) ? p.get('to') : null,
    },
    path: { from: p.get('pf'), to: p.get('pt'), paths: [] },
    labelDensity: DENSITIES.find((d) => d === dens) ?? base.labelDensity,
  };
}
