/**
 * Who owns a project: the company that invests in it or builds it. Read from the
 * agent of `由…投资建设` / `由…负责实施`, from `某公司投资建设的…项目`, and from the
 * company's short name or brand written at the head of the project name
 * (`某朗新材年产…项目`).
 */
import type { OrganizationExtraction } from '../../model/extraction.ts';
import { gazetteerAt } from './gazetteer/gazetteer.ts';
import { NAMED_REGIONS } from './lexicon/regions.ts';
import { isCommonWord } from './words.ts';

/** Verbs that make the agent of `由…` the one who pays for or carries out the work. */
const AGENT_VERB =
  /^(?:[（(](?:以下)?简称[“"][^”"]{2,12}[”"][）)])?(?:负责|牵头|出资|独资|合资)?(?:投资|出资)?(?:建设|实施|投资|承建|开发|打造|兴建)/;
/** An organization before a project, joined by investing or building (`某集团耗资10亿元打造的`). */
const OWNER_VERB = /(?:耗资|投资|投建|打造|实施|建设|启动|推进)/;
const OWNER_GAP = 20;
/** `某公司的…项目`: a possessive joins a short gap only. */
const POSSESSIVE_GAP = 12;
/** A short name written as `由某某城建负责实施` names a company no suffix rule would find. */
const SHORT_AGENT = /由([\u4e00-\u9fff]{3,8}?)(?:负责|牵头)?(?:投资)?(?:建设|实施|承建)/g;
const NOT_IN_NAME = /[的在与和及等为对是将把从向到了并或]/;
const PLACE_OPENING_MAX = 4;

/** The agent named right after `由`, when a verb of investing or building follows it. */
export function isAgent(text: string, start: number, end: number): boolean {
  return text.charAt(start - 1) === '由' && AGENT_VERB.test(text.slice(end));
}

/** An organization written before a project and joined to it by an owner verb or `的`. */
export function ownsByPosition(text: string, orgEnd: number, projectStart: number): boolean {
  if (orgEnd > projectStart) return false;
  const gap = text.slice(orgEnd, projectStart);
  if (/[，,。；;：:]/.test(gap)) return false;
  if (gap.length <= OWNER_GAP && OWNER_VERB.test(gap)) return true;
  return gap.length <= POSSESSIVE_GAP && gap.endsWith('的');
}

/** Short company names in the agent slot: `由滨湖某建负责实施` → `滨湖某建`. */
export function shortAgents(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SHORT_AGENT)) {
    const name = m[1] ?? '';
    if (NOT_IN_NAME.test(name) || isCommonWord(name) || gazetteerAt(name, 0)?.name === name) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function placeLength(name: string, at: number): number {
  const region = NAMED_REGIONS.find(([r]) => name.startsWith(r, at));
  if (region) return region[0].length;
  return gazetteerAt(name, at)?.name.length ?? 0;
}

/** A company's name without the place names that open it (`常州某禾智能装备有限公司` → `某禾智能…`). */
function withoutPlaces(name: string): string {
  let at = 0;
  for (let len = placeLength(name, at); len > 0 && len <= PLACE_OPENING_MAX; len = placeLength(name, at))
    at += len;
  return name.slice(at).replace(/^[（(][^）)]*[）)]/, '');
}

/**
 * Whether a project name opens with the company's brand: the first four characters of
 * its name after the place names (`某航光电…项目` of `江苏某航光电股份有限公司`), or
 * the first two when they are no common word or place (`某禾精密…项目`).
 */
export function carriesBrand(project: string, company: string): boolean {
  const rest = withoutPlaces(company);
  if (rest.length < 6 || !/^[\u3400-\u4dbf\u4e00-\u9fff]{4}/.test(rest)) return false;
  if (project.startsWith(rest.slice(0, 4))) return true;
  const brand = rest.slice(0, 2);
  return project.startsWith(brand) && !isCommonWord(brand) && !gazetteerAt(brand, 0);
}

/** The organization whose short name, full name or brand opens the project name. */
export function ownerByName(project: string, orgs: readonly OrganizationExtraction[]): string | null {
  let best: { name: string; len: number } | null = null;
  for (const org of orgs) {
    for (const n of [org.name, ...org.aliases]) {
      if (n.length >= 3 && project.startsWith(n) && n.length > (best?.len ?? 0))
        best = { name: org.name, len: n.length };
    }
  }
  if (best) return best.name;
  const byBrand = orgs.filter((o) => carriesBrand(project, o.name));
  return byBrand.length === 1 ? (byBrand[0]?.name ?? null) : null;
}
