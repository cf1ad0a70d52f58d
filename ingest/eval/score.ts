/**
 * Scores extractions against gold pages with the matching rules of
 * ../shared/tools/score.py, so both report the same numbers. Pure: no I/O.
 */

type Json = Record<string, unknown>;
type Counts = [tpPrecision: number, system: number, tpRecall: number, gold: number];

export const CATEGORIES = [
  'persons',
  'organizations',
  'places',
  'projects',
  'investments',
  'owner_links',
  'attendance',
  'articles',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  system: number;
}

const QUOTES: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\uff08': '(',
  '\uff09': ')',
  '\u3000': '',
};

export function norm(s: unknown): string {
  if (s === null || s === undefined) return '';
  return (typeof s === 'string' ? s : JSON.stringify(s))
    .replace(/[\u201c\u201d\u2018\u2019\uff08\uff09\u3000]/g, (c) => QUOTES[c] ?? c)
    .replace(/\s+/g, '');
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out.size ? out : new Set([s]);
}

export function sameHeadline(a: unknown, b: unknown): boolean {
  const x = norm(a).replace(/^#+/, '');
  const y = norm(b).replace(/^#+/, '');
  if (!x || !y) return false;
  if (x === y || (x.length >= 6 && y.includes(x)) || (y.length >= 6 && x.includes(y))) return true;
  const bx = bigrams(x);
  const by = bigrams(y);
  let inter = 0;
  for (const g of bx) if (by.has(g)) inter++;
  return inter / (bx.size + by.size - inter) >= 0.5;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const articles = (page: Json): Json[] => arr(page.articles).map(obj);

function names(items: unknown): Set<string> {
  const out = new Set<string>();
  for (const it of arr(items)) {
    const n = typeof it === 'string' ? norm(it) : norm(obj(it).name);
    if (n) out.add(n);
  }
  return out;
}

function persons(page: Json): Set<string> {
  const out = new Set<string>();
  for (const a of articles(page)) {
    const b = obj(a.byline);
    for (const list of [b.reporters, b.contributors, b.photographers, a.attendees, a.personsMentioned]) {
      for (const n of names(list)) out.add(n);
    }
  }
  return out;
}

function orgs(page: Json): Set<string>[] {
  const out: Set<string>[] = [];
  for (const a of articles(page)) {
    for (const raw of arr(a.organizations)) {
      const o = typeof raw === 'string' ? { name: raw } : obj(raw);
      const s = new Set([norm(o.name), ...arr(o.aliases).map(norm)]);
      s.delete('');
      const same = (t: Set<string>): boolean => t.size === s.size && [...s].every((x) => t.has(x));
      if (s.size && !out.some(same)) out.push(s);
    }
  }
  return out;
}

function projects(page: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const a of articles(page)) {
    for (const raw of arr(a.projects)) {
      const p = typeof raw === 'string' ? { name: raw } : obj(raw);
      const n = norm(p.name);
      if (n && !out.has(n)) out.set(n, p);
    }
  }
  return out;
}

export function projectMatch(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));
}

function countSets<T>(
  gold: Iterable<T>,
  system: Iterable<T>,
  match: (g: T, s: T) => boolean = (g, s) => g === s,
): Counts {
  const g = [...gold];
  const s = [...system];
  return [
    s.filter((x) => g.some((y) => match(y, x))).length,
    s.length,
    g.filter((y) => s.some((x) => match(y, x))).length,
    g.length,
  ];
}

function investmentText(p: Json): string {
  const v = p.investment;
  return norm(v && typeof v === 'object' ? obj(v).text : v);
}

/** Raw counts of one page, per category. */
export function scorePage(gold: Json, system: Json): Record<Category, Counts> {
  const go = orgs(gold);
  const so = orgs(system);
  const gp = projects(gold);
  const sp = projects(system);
  const inv = [...gp].filter(([, p]) => p.investment).map(([n, p]) => [n, investmentText(p)] as const);
  const hit = inv.filter(([n, t]) =>
    [...sp].some(([m, q]) => projectMatch(n, m) && investmentText(q) === t),
  ).length;
  const withInvestment = [...sp.values()].filter((q) => q.investment).length;
  const links = (m: Map<string, Json>): [string, string][] =>
    [...m].filter(([, p]) => p.owner).map(([n, p]) => [n, norm(p.owner)]);
  const alias = new Map<string, Set<string>>();
  for (const o of go) for (const x of o) alias.set(x, o);
  const attendance = (page: Json): [unknown, string][] =>
    articles(page).flatMap((a) =>
      [...names(a.attendees)].map((n): [unknown, string] => [a.headline ?? '', n]),
    );
  return {
    persons: countSets(persons(gold), persons(system)),
    organizations: countSets(go, so, (x, y) => [...x].some((n) => y.has(n))),
    places: countSets(
      articles(gold)
        .flatMap((a) => [...names(a.places)])
        .filter((v, i, all) => all.indexOf(v) === i),
      articles(system)
        .flatMap((a) => [...names(a.places)])
        .filter((v, i, all) => all.indexOf(v) === i),
    ),
    projects: countSets(gp.keys(), sp.keys(), projectMatch),
    investments: [hit, Math.max(hit, withInvestment), hit, inv.length],
    owner_links: countSets(
      links(gp),
      links(sp),
      (a, b) => projectMatch(a[0], b[0]) && (a[1] === b[1] || (alias.get(a[1])?.has(b[1]) ?? false)),
    ),
    attendance: countSets(
      attendance(gold),
      attendance(system),
      (x, y) => x[1] === y[1] && sameHeadline(x[0], y[0]),
    ),
    articles: countSets(
      articles(gold).map((a) => a.headline),
      articles(system).map((a) => a.headline),
      sameHeadline,
    ),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Micro-averaged precision, recall and F1 over pages, as score.py prints them. */
export function scorePages(
  pairs: readonly { gold: unknown; system: unknown }[],
): Record<Category, CategoryScore> {
  const acc = Object.fromEntries(CATEGORIES.map((c) => [c, [0, 0, 0, 0]])) as Record<Category, Counts>;
  for (const { gold, system } of pairs) {
    const sys = Array.isArray(system) ? { articles: system } : obj(system);
    const page = scorePage(obj(gold), sys);
    for (const c of CATEGORIES) for (let i = 0; i < 4; i++) acc[c][i] = (acc[c][i] ?? 0) + (page[c][i] ?? 0);
  }
  const out = {} as Record<Category, CategoryScore>;
  for (const c of CATEGORIES) {
    const [tpp, ns, tpr, ng] = acc[c];
    const p = ns ? tpp / ns : ng === 0 ? 1 : 0;
    const r = ng ? tpr / ng : 1;
    out[c] = {
      precision: round(p),
      recall: round(r),
      f1: round(p + r ? (2 * p * r) / (p + r) : 0),
      gold: ng,
      system: ns,
    };
  }
  return out;
}
