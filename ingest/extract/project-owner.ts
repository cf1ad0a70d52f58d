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

const FIRM_KIND_AFTER_BY = /由[\u4e00-\u9fff]{0,6}(?:合资|独资|外资|民营|国有|龙头)企业$/;
/** `由某集团旗下的`, `由某集团控股的`: a parent before the firm that does the work. */
const HELD_BY_PARENT = /由[^，,。；;由]{2,60}(?:旗下|下属|控股)的?$/;
/** Verbs that make the agent of `由…` the one who pays for or carries out the work. */
const AGENT_VERB =
  /^(?:[（(](?:以下)?简称[“"][^”"]{2,12}[”"][）)])?(?:负责|牵头|组织|出资|独资|合资)?(?:投资|出资)?(?:建设|实施|投资|承建|开发|打造|兴建)/;
/** `投资方为某公司`, `建设单位为某公司`: the owner named by its role. */
const OWNER_ROLE = /(?:投资方|投资主体|建设单位|业主单位|实施主体|建设主体)(?:为|是)$/;
/** An organization before a project, joined by investing or building (`某集团耗资10亿元打造的`). */
const OWNER_VERB = /(?:耗资|投资|投建|打造|实施|建设|启动|推进)/;
const OWNER_GAP = 20;
/** `某公司的…项目`: a possessive joins a short gap only. */
const POSSESSIVE_GAP = 12;
/**
 * Figures describing the project between its owner and its name (`总投资20亿元、占地150亩的`):
 * they do not count towards the gap.
 */
export const PROJECT_FIGURES =
  /(?:计划总投资|总投资|投资)?(?:约|超|近)?[\d.]+(?:余|多)?[万亿]?(?:元|美元|欧元|日元|港元)|(?:占地|用地)(?:面积)?(?:约|近|超)?[\d.]+(?:余|多)?万?(?:亩|平方米)|、/g;
const FIGURES_REACH = 24;
/** Farthest an organization's end may lie before a project it owns by position. */
export const OWNER_REACH = Math.max(OWNER_GAP, POSSESSIVE_GAP) + FIGURES_REACH;
/** A short name written as `由某某城建负责实施` names a company no suffix rule would find. */
const SHORT_AGENT = /由([\u4e00-\u9fff]{3,8}?)(?:负责|牵头|组织)?(?:投资)?(?:建设|实施|承建)/g;
const NOT_IN_NAME = /[的在与和及等为对是将把从向到了并或]/;
const PLACE_OPENING_MAX = 4;
const REFERRING = /^[该此其这那本各]/;

/** The agent named right after `由`, when a verb of investing or building follows it. */
export function isAgent(text: string, start: number, end: number): boolean {
  if (OWNER_ROLE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // `由中德合资企业某某有限公司投资建设`: the kind of firm may stand between.
  // `由某集团（以下简称“某集团”）旗下的某某置业有限公司开发建设`: the parent's firm is the agent.
  const agentSlot =
    text.charAt(start - 1) === '由' ||
    FIRM_KIND_AFTER_BY.test(text.slice(Math.max(0, start - 10), start)) ||
    HELD_BY_PARENT.test(text.slice(Math.max(0, start - 64), start));
  return agentSlot && AGENT_VERB.test(text.slice(end));
}

/** An organization written before a project and joined to it by an owner verb or `的`. */
export function ownsByPosition(text: string, orgEnd: number, projectStart: number): boolean {
  if (orgEnd > projectStart) return false;
  const gap = text.slice(orgEnd, projectStart);
  // `某某科技有限公司年产…项目`: the company's name runs straight into its project's.
  if (gap === '') return true;
  const words = gap.replace(PROJECT_FIGURES, '');
  // `某公司计划投资6000万元，建设某某中心`: the amount's clause and the verb's.
  if (gap.length - words.length > 0 && /^(?:计划|拟|将|预计)?[，,](?:建设|打造|兴建|新建|实施)$/.test(words))
    return true;
  if (/[，,。；;：:]/.test(gap)) return false;
  if (gap.length - words.length > FIGURES_REACH) return false;
  if (words.length <= OWNER_GAP && OWNER_VERB.test(gap)) return true;
  return words.length <= POSSESSIVE_GAP && gap.endsWith('的');
}

/** Short company names in the agent slot: `由滨湖某建负责实施` → `滨湖某建`. */
export function shortAgents(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(SHORT_AGENT)) {
    const name = m[1] ?? '';
    if (NOT_IN_NAME.test(name) || isCommonWord(name) || gazetteerAt(name, 0)?.name === name) continue;
    // `由该公司投资建设`: a body referred back to, not named.
    if (REFERRING.test(name)) continue;
    out.add(name);
  }
  return [...out];
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

/** Words of trade and legal form a company's short name drops (`某润电力控股有限公司` → `某润电力`). */
const FORM_TAIL = /(?:(?:集团)?(?:股份)?有限(?:责任)?公司|[（(]集团[）)]有限公司|集团)$/;
const TRADE_TAIL = /(?:控股|股份|科技|实业)$/;
/** Openings that make a phrase a line of business, not a brand (`智能装备`, `城市建设`). */
const TRADE_OPENING =
  /^(?:智能|智慧|科技|新能源|能源|电力|电子|机械|装备|新材料|材料|建设|城市|城建|环保|医疗|医药|生物|交通|水务|文旅|旅游|农业|物流|信息|数字|网络|通信|汽车|化工|纺织|建材|投资|发展|产业|实业|国际|中国|工业|商贸|贸易|金融|置业|地产|房地产|园林|市政|工程|设计|咨询|服务|管理|食品|电气|光电|精密|新型|绿色|高新|现代|先进|江苏|常州)/;

/**
 * The short name a report uses for a company after naming it in full: the name without its
 * opening place names, legal form and trade words (`江苏某立精工股份有限公司` → `某立精工`).
 * Null when too little is left or what is left reads as a line of business.
 */
export function companyShortName(company: string): string | null {
  if (!/(?:公司|集团)$/.test(company)) return null;
  const cached = shortNameCache.get(company);
  if (cached !== undefined) return cached;
  if (shortNameCache.size >= SHORT_NAME_CACHE_MAX) shortNameCache.clear();
  const short = deriveShortName(company);
  shortNameCache.set(company, short);
  return short;
}

/** Companies recur across the articles of an archive; their short names are worked out once. */
const shortNameCache = new Map<string, string | null>();
const SHORT_NAME_CACHE_MAX = 50_000;

function deriveShortName(company: string): string | null {
  let rest = withoutPlaces(company)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(FORM_TAIL, '');
  for (let m = TRADE_TAIL.exec(rest); m && rest.length - m[0].length >= 4; m = TRADE_TAIL.exec(rest))
    rest = rest.slice(0, -m[0].length);
  if (rest.length < 4 || rest.length > 6 || !/^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(rest)) return null;
  if (TRADE_OPENING.test(rest) || isCommonWord(rest)) return null;
  return rest;
}

/** The first four characters of a company's name after its opening place names, when it has a brand there. */
function brandOf(company: string): string | null {
  const rest = withoutPlaces(company);
  return rest.length >= 6 && /^[\u3400-\u4dbf\u4e00-\u9fff]{4}/.test(rest) ? rest.slice(0, 4) : null;
}

/** `坂上村…项目` of `坂上葡萄专业合作社`: two characters that open a village's name are the village's. */
const opensWithPlace = (project: string) => /^[村镇乡街区县市]/.test(project.slice(2));
const isBrandWord = (two: string) => !isCommonWord(two) && !gazetteerAt(two, 0);

/**
 * Whether a project name opens with the company's brand: the first four characters of
 * its name after the place names (`某航光电…项目` of `江苏某航光电股份有限公司`), or
 * the first two when they are no common word or place (`某禾精密…项目`).
 */
export function carriesBrand(project: string, company: string): boolean {
  const brand = brandOf(company);
  if (!brand) return false;
  return (
    project.startsWith(brand) ||
    (project.startsWith(brand.slice(0, 2)) && isBrandWord(brand.slice(0, 2)) && !opensWithPlace(project))
  );
}

/** Kinds of body that invest in projects named after them: firms, cooperatives, associations. */
const OWNING_KINDS = new Set(['company', 'other', 'association']);
/** Schools, hospitals, libraries and museums: what a project named after them builds. */
const PUBLIC_BODY =
  /(?:学校|小学|中学|幼儿园|学院|大学|医院|卫生院|图书馆|博物馆|文化馆|美术馆|纪念馆|档案馆|科技馆|颐养院|养老院|敬老院)$/;

/**
 * ownerByName for many projects over the same organizations: names and brands are looked up by
 * the project's prefixes instead of trying every organization for every project (a page may list
 * thousands of both).
 */
export function ownerIndex(orgs: readonly OrganizationExtraction[]): (project: string) => string | null {
  // The first organization (in order) writing each name; a later one with the same name never wins.
  const byName = new Map<string, string>();
  const byBrand4 = new Map<string, OrganizationExtraction[]>();
  const byBrand2 = new Map<string, OrganizationExtraction[]>();
  for (const org of orgs) {
    // `区图书馆新馆项目`, `某某幼儿园新建工程`: a public body a work builds for is not its investor.
    if (!OWNING_KINDS.has(org.kind) || PUBLIC_BODY.test(org.name)) continue;
    for (const n of [org.name, ...org.aliases]) if (n.length >= 3 && !byName.has(n)) byName.set(n, org.name);
    const brand = brandOf(org.name);
    if (!brand) continue;
    for (const [map, key] of [
      [byBrand4, brand],
      [byBrand2, brand.slice(0, 2)],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(org);
      map.set(key, list);
    }
  }
  // The longest name opening the project wins: try each length names come in, longest first.
  const lengths = [...new Set([...byName.keys()].map((n) => n.length))].sort((a, b) => b - a);
  return (project) => {
    for (const len of lengths) {
      const owner = len <= project.length ? byName.get(project.slice(0, len)) : undefined;
      if (owner) return owner;
    }
    // A four-character brand that only one company has settles it, whatever shares the first two.
    const four = new Set(byBrand4.get(project.slice(0, 4)) ?? []);
    if (four.size === 1) return [...four][0]?.name ?? null;
    const two = project.slice(0, 2);
    const matches = new Set([
      ...four,
      ...(isBrandWord(two) && !opensWithPlace(project) ? (byBrand2.get(two) ?? []) : []),
    ]);
    return matches.size === 1 ? ([...matches][0]?.name ?? null) : null;
  };
}

/** The organization whose short name, full name or brand opens the project name. */
export function ownerByName(project: string, orgs: readonly OrganizationExtraction[]): string | null {
  return ownerIndex(orgs)(project);
}
