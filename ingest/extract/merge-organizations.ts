import type { OrganizationExtraction } from '../../model/extraction.ts';
import type { OrgHit } from './organizations.ts';
import { companyShortName } from './project-owner.ts';

const COMPANY_FORM = /(?:股份)?有限(?:责任)?公司$/;
/** `区十八届人大常委会` is `区人大常委会` in one of its terms. */
const SESSION = /第?[一二三四五六七八九十百]+届/;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** The short forms a reader would take as the same body. */
function sameBody(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 4) return false;
  if (long.endsWith(short)) return true;
  if (long.replace(COMPANY_FORM, '') === short) return true;
  return (
    short.slice(0, 2) === long.slice(0, 2) && short.slice(-2) === long.slice(-2) && isSubsequence(short, long)
  );
}

/** Keeps the smallest index seen for each key. */
function keepFirst<K>(map: Map<K, number>, key: K, index: number): void {
  const seen = map.get(key);
  if (seen === undefined || index < seen) map.set(key, index);
}

/**
 * The merged bodies so far, indexed so each name finds the first body it belongs to without trying
 * every body (pages can hold tens of thousands of organizations). Bodies arrive longest name first.
 */
class Bodies {
  readonly list: OrganizationExtraction[] = [];
  private readonly aliasSets: Set<string>[] = [];
  private readonly byAlias = new Map<string, number>();
  /** Every proper suffix of 4+ characters of each body's name. */
  private readonly bySuffix = new Map<string, number>();
  private readonly byBareName = new Map<string, number>();
  /** Bodies by first two and last two characters, in order: longest names first. */
  private readonly byEnds = new Map<string, number[]>();

  add(org: OrganizationExtraction): void {
    const k = this.list.length;
    this.list.push(org);
    this.aliasSets.push(new Set(org.aliases));
    for (const a of org.aliases) keepFirst(this.byAlias, a, k);
    const name = org.name;
    for (let from = 1; name.length - from >= 4; from++) keepFirst(this.bySuffix, name.slice(from), k);
    const bare = name.replace(COMPANY_FORM, '');
    if (bare !== name) keepFirst(this.byBareName, bare, k);
    // `某润（集团）有限公司` is written `某润集团` too, and `某天钢铁集团（常州）有限公司` `某天钢铁集团`.
    const unbracketed = bare.replace(/[（(]([^）)]*)[）)]/g, '$1');
    if (unbracketed !== bare) keepFirst(this.byBareName, unbracketed, k);
    const placeless = bare.replace(/[（(][^）)]*[）)]/g, '');
    if (placeless !== bare) keepFirst(this.byBareName, placeless, k);
    const short = companyShortName(name);
    if (short) keepFirst(this.byBareName, short, k);
    const timeless = name.replace(SESSION, '');
    if (timeless !== name) keepFirst(this.byBareName, timeless, k);
    const ends = `${name.slice(0, 2)}|${name.slice(-2)}`;
    const bucket = this.byEnds.get(ends) ?? [];
    bucket.push(k);
    this.byEnds.set(ends, bucket);
  }

  addAlias(k: number, alias: string): void {
    const set = this.aliasSets[k];
    if (!set || set.has(alias)) return;
    set.add(alias);
    this.list[k]?.aliases.push(alias);
    keepFirst(this.byAlias, alias, k);
  }

  /** The index of the first body that has `name` as an alias or is the same body by sameBody. */
  parentOf(name: string): number | undefined {
    const found = [this.byAlias.get(name)];
    if (name.length >= 4) {
      found.push(this.bySuffix.get(name), this.byBareName.get(name));
      // Longest first: only the bucket's head is longer than `name`, and sameBody needs longer.
      for (const k of this.byEnds.get(`${name.slice(0, 2)}|${name.slice(-2)}`) ?? []) {
        const long = this.list[k]?.name ?? '';
        if (long.length <= name.length) break;
        if (sameBody(name, long)) {
          found.push(k);
          break;
        }
      }
    }
    const hits = found.filter((k): k is number => k !== undefined);
    return hits.length > 0 ? Math.min(...hits) : undefined;
  }
}

/** One entry per body: the fullest written name, shorter forms as aliases. */
export function mergeOrganizations(hits: readonly OrgHit[]): OrganizationExtraction[] {
  const byName = new Map<string, { org: OrganizationExtraction; aliases: Set<string> }>();
  for (const h of hits) {
    const entry = byName.get(h.name) ?? {
      org: { name: h.name, aliases: [], kind: h.kind },
      aliases: new Set(),
    };
    for (const alias of h.aliases) {
      if (entry.aliases.has(alias)) continue;
      entry.aliases.add(alias);
      entry.org.aliases.push(alias);
    }
    byName.set(h.name, entry);
  }
  // `区十八届人大常委会第十九次会议` names a term of the body also written `区人大常委会`: the body
  // keeps the name without the term.
  for (const [name, entry] of byName) {
    const timeless = byName.get(name.replace(SESSION, ''));
    if (!timeless || timeless === entry) continue;
    for (const alias of [name, ...entry.org.aliases])
      if (!timeless.aliases.has(alias)) {
        timeless.aliases.add(alias);
        timeless.org.aliases.push(alias);
      }
    byName.delete(name);
  }
  const orgs = [...byName.values()].map((e) => e.org).sort((a, b) => b.name.length - a.name.length);
  const bodies = new Bodies();
  for (const org of orgs) {
    const parent = bodies.parentOf(org.name);
    if (parent === undefined) bodies.add(org);
    else for (const n of [org.name, ...org.aliases]) bodies.addAlias(parent, n);
  }
  return bodies.list;
}
