/** Projects named by their suffix (`…项目`, `…工程`, `…枢纽`), with their investment figures. */
import { CUT_WORDS } from './lexicon/cut-words.ts';
import { gazetteerAt } from './gazetteer/gazetteer.ts';
import { findPlaces } from './places.ts';
import { tokenize } from './segmenter.ts';
import { isCommonWord, wordTag } from './words.ts';

export interface ProjectHit {
  name: string;
  start: number;
  end: number;
}

const SUFFIX = /工程项目|项目|工程|枢纽/g;
const NAME_CHAR = /[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9（）()·]/;
const STOP_CHARS = new Set('的在是了为与和将把对由等个该本这此各其项并从到向还地两就因');
const STOP_WORDS = [
  '随着',
  '包括',
  '发布',
  '打造',
  '启动',
  '推进',
  '位于',
  '用于',
  // `台资企业某某增资扩产项目`: the kind of firm, not the project's name.
  '资企业',
  '来到',
  '实施',
  '开展',
  '完成',
  '加快',
  '签约',
  '推动',
  '作为',
  '首个',
  '紧抓',
  '抓好',
  '聚焦',
  '总投资',
  '参观',
  '查看',
  '了解',
  '考察',
  '调研',
  '督查',
  '今年',
  '目前',
  '发挥',
  '组织',
  '提升',
  '多次',
  '不断',
  '加强',
  '统筹',
  '做好',
  '确保',
  '建成',
  '单位',
  '离不开',
  '离不了',
  '依靠',
  // `与某某签订项目…协议`, `某某负责项目融资`, `已依法作出某某项目房屋征收决定`.
  '签订',
  '签署',
  '负责',
  '作出',
  ...CUT_WORDS,
];
/** Stop words that may end a name right before its suffix (`某河生态景观提升工程`). */
const NAMING_VERBS = ['提升'];
/** Words that make the phrase a category, not a name (`重点项目`, `民生工程`, `采购项目`). */
const GENERIC_START =
  /^(?:首批|首个|这个|这批|此类|该|重点|重大|在建|相关|有关|各类|各项|示范|民生|基建|此次|本次|这些|部分|其他|一批|多个|全市|全区|我区|市级|省级|新建|企业|公司|老旧|背街小巷|棚户区|城中村|高标准|高质量)/;
const GENERIC_END =
  /(?:采购|书记|示范|民生|建设|重点|重大|在建|基建|招投标|试点|类|等|实事|惠民|改造|配套|提升)$/;
const MIN_PREFIX = 5;
const BUILT_AT = /(?:[区园镇村城]建设|投资建设)$/;
const LEADING_VERB = /^(?:建设|实施|投建|兴建)/;
/**
 * A suffix followed by these is part of another word (`工程师`, `项目部`, `项目经理`, `项目名录`) or
 * counts a kind (`项目9个`).
 */
const NOT_AFTER = /^(?:[师咨部机库]|经理|名录|名单|[\d一二两三四五六七八九十几多]+[个项])/;
const JOINT_EVENT = /^集中(?:签约|开工|竣工|投产|开业|落户|揭牌)/;

/** Tags of words that make a phrase specific: place, person and other proper names, abbreviations. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'j', 'x', 'eng']);
/** `某某镇文旅项目`: a place and one category word name a group of projects, not one. */
const SPECIFIC_LENGTH = 10;
const PLACE_AND_CATEGORY = /^[^省市区县镇乡村]{2,8}(?:(?<!社)[省市区县镇乡村]|街道).{0,2}$/;

/** `地` ends a name as a particle (`积极地`) but not inside a word (`基地`, `营地`, `地板`). */
function stopsName(text: string, i: number): boolean {
  const ch = text.charAt(i - 1);
  if (!NAME_CHAR.test(ch)) return true;
  if (ch === '地') return !isCommonWord(text.slice(i - 2, i)) && !isCommonWord(text.slice(i - 1, i + 1));
  // `退役军人就业创业孵化基地`: 就 opening a word inside the name.
  if (ch === '就' && isCommonWord(text.slice(i - 1, i + 1))) return false;
  // `退圩还湖`, `退耕还林`: 还 inside the name of a restoration work.
  if (ch === '还' && text.charAt(i - 3) === '退') return false;
  return STOP_CHARS.has(ch);
}

/**
 * A project name needs a proper part, a place, company, brand or product name
 * (`某某储能电池模组`), or figures (`年产5万吨`); `首批产学研合作项目` names none.
 */
export function hasProperPart(prefix: string, known: readonly string[] = []): boolean {
  if (/[\d\p{Script=Latin}“”"]/u.test(prefix) || known.some((k) => prefix.startsWith(k))) return true;
  // A long descriptive name is specific even when every word is common.
  if (prefix.length >= SPECIFIC_LENGTH) return true;
  const tokens = tokenize(prefix);
  if (tokens.some((t) => PROPER_TAGS.has(t.tag))) return true;
  // An unknown brand the segmenter broke into bound characters (`晟/g 麟/ng`) is a name too, and
  // so are two content characters opening the name (`星/n 铂/n 动力电池…`).
  const [a, b] = tokens;
  // `启衡/v 氢能装备…`: a word the segmenter made up (in no dictionary) opening the name is a brand.
  if (a && a.word.length === 2 && /^\p{Script=Han}+$/u.test(a.word) && wordTag(a.word) === undefined)
    return true;
  if (
    a &&
    b &&
    a.word.length === 1 &&
    b.word.length === 1 &&
    OPENING_TAGS.test(a.tag) &&
    OPENING_TAGS.test(b.tag)
  )
    return true;
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    return (
      next !== undefined &&
      t.word.length === 1 &&
      next.word.length === 1 &&
      (MORPHEME_TAGS.has(t.tag) || MORPHEME_TAGS.has(next.tag))
    );
  });
}

/** Tags of single characters that can open a brand: nouns, verbs, adjectives. */
const OPENING_TAGS = /^(?:n|ng|v|vg|a|ag|nr|ns|nz|g)$/;

/** Tags the segmenter gives a character it could not make a word of. */
const MORPHEME_TAGS = new Set(['g', 'ng', 'zg', 'vg', 'ag', 'tg', 'dg']);

/** A short form declared right before a name (`（以下简称“绿穗农业”）`), which then opens it. */
const DECLARED_BEFORE =
  /(?:有限公司|有限责任公司|股份公司|集团)[（(](?:以下)?简称[“"]([^”"]{2,12})[”"][）)]$/;

/** `某某科技有限公司年产…项目`: the company's full name ends where its project's begins. */
const COMPANY_END = /(?:有限公司|有限责任公司|股份公司|集团)$/;

function nameStart(text: string, suffixStart: number): number {
  let i = suffixStart;
  while (i > 0 && suffixStart - i < 40) {
    if (stopsName(text, i)) break;
    const before = text.slice(Math.max(0, i - 3), i);
    // `生态景观提升工程`, `某某公园提升改造项目`: a work is named for the upgrade it makes.
    const ownWord =
      /^(?:改造)?$/.test(text.slice(i, suffixStart)) && NAMING_VERBS.some((w) => before.endsWith(w));
    if (!ownWord && STOP_WORDS.some((w) => before.endsWith(w))) break;
    if (COMPANY_END.test(text.slice(Math.max(0, i - 6), i))) break;
    // `在某某高新区建设某某中心项目`: the verb of building between a place and a long name.
    if (suffixStart - i >= MIN_PREFIX && BUILT_AT.test(text.slice(Math.max(0, i - 4), i))) break;
    // `计划投资8亿元建设某某项目`: an amount is never inside a name.
    if (
      /[万亿]?(?:元|美元|欧元|日元|港元)(?:建设|打造|兴建|新建|实施)?$/.test(
        text.slice(Math.max(0, i - 7), i),
      ) &&
      /\d|[万亿]元/.test(text.slice(Math.max(0, i - 8), i))
    )
      break;
    i--;
  }
  return i;
}

function acceptable(
  name: string,
  suffix: string,
  known: readonly string[],
  specific = false,
  paidFor = false,
): boolean {
  const prefix = name.slice(0, name.length - suffix.length);
  if (prefix.length < MIN_PREFIX || GENERIC_START.test(name) || PLACE_AND_CATEGORY.test(prefix)) return false;
  if (PERIOD_AND_CATEGORY.test(prefix) || placeAndCategories(prefix)) return false;
  // `某某路快速化改造工程` is named by its road; `老旧小区改造工程` by nothing; `投资6.8亿元实施的
  // 超低排放改造项目` by what it costs.
  // `区中医医院新院区建设项目`: a body of the article opening the name names it too.
  if (
    GENERIC_END.test(prefix) &&
    !paidFor &&
    findPlaces(prefix).length === 0 &&
    !known.some((k) => prefix.startsWith(k)) &&
    !namedHead(prefix, known)
  )
    return false;
  // `某某储能二期项目`: a phase is of one named project.
  return specific || PHASE.test(prefix) || hasProperPart(prefix, known);
}

/** Words of the kind of work a name may end with (`更新改造`, `智能化改造`, `一体化示范`). */
const KIND_OF_WORK_END =
  /(?:(?:更新|提升|智能化|数字化|技术|节能|绿色化)?改造|提升|一体化示范|示范|配套|建设)+$/;
/**
 * `崔桥老粮站更新改造`, `恒锐数控智能化改造`: a kind of work after a name of its own (a brand, a
 * place, a building) names one work; `老旧小区改造`, `城市道路提升改造` name a category.
 */
function namedHead(prefix: string, known: readonly string[]): boolean {
  const head = prefix.replace(KIND_OF_WORK_END, '');
  // A long head of common words (`基层医疗机构服务能力`) is a category still.
  return (
    head.length >= 4 &&
    head.length < SPECIFIC_LENGTH &&
    head.length < prefix.length &&
    hasProperPart(head, known)
  );
}

/** `武进国家高新区重点外资项目`: places followed only by words of category name a group of projects. */
const CATEGORY_WORDS =
  /^(?:重点|重大|外资|内资|产业|招商|工业|在建|新建|新开工|开工|竣工|签约|民生|实事|省级|市级|区级|示范|制造业|服务业|文旅|基建)+$/;
function placeAndCategories(prefix: string): boolean {
  let at = 0;
  for (const pl of findPlaces(prefix)) if (pl.start === at) at = pl.end;
  return at > 0 && at < prefix.length && CATEGORY_WORDS.test(prefix.slice(at));
}

const PHASE = /.{2,}[一二三四五六七八九十\d]期$/;
const PHASE_AFTER = /^[（(][一二三四五六七八九十\d]期[）)]/;
/**
 * `某某区2026年一季度重大产业项目`, `第三批重点项目`: a period or batch followed only by category
 * words names the projects of a signing or a list, not one project.
 */
const PERIOD_AND_CATEGORY =
  /(?:\d{4}年度?|[一二三四1-4]季度|上半年|下半年|第[一二三四五六七八九十\d]+批)(?:重大|重点|产业|招商|签约|集中|新开工|开工|竣工|民生|实事|省级|市级|区级|省|市|区)*$/;
/** `某某项目，总投资6亿元`: a project given its own amount is one project, not a category. */
const FUNDED = /^[，,]?(?:总投资|计划总投资|计划投资|预计总投资|投资总额)/;
/** `某公司投资15亿元的某某项目`: an amount just before the name funds that one project. */
const FUNDED_BEFORE =
  /投资(?:约|超|近)?[\d.一二三四五六七八九十百千]+(?:余|多)?[万亿]?(?:元|美元|欧元|日元|港元)(?:实施|建设|打造|兴建|新建)?的?$/;
/**
 * `投资8亿元建设某某生产基地`, `计划投资6000万元，建设某某检测认证中心`: a base or centre built
 * with an amount of its own is a project even without the word; one named any other way
 * (`实践基地`) is not.
 */
const FUNDED_BASE =
  /投资(?:约|超|近)?[\d.一二三四五六七八九十百千]+(?:余|多)?[万亿]?(?:元|美元|欧元|日元|港元)[，,]?(?:建设|打造|兴建|新建)([^，。；、,;]{3,20}?(?:基地|中心))(?![\u4e00-\u9fff])/g;

/** Project names, longest spans only; a name in quotes (`“某某新建工程”项目`) is taken as quoted. */
export function findProjects(text: string, known: readonly string[] = []): ProjectHit[] {
  const hits: ProjectHit[] = [];
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    if (NOT_AFTER.test(text.slice(end))) continue;
    // `某园区项目集中签约仪式`: the projects of a joint signing, not one project.
    if (JOINT_EVENT.test(text.slice(end, end + 4))) continue;
    if (text.charAt(m.index - 1) === '”') {
      const open = text.lastIndexOf('“', m.index);
      const quoted = text.slice(open + 1, m.index - 1);
      const inner = /(?:工程项目|项目|工程|枢纽)$/.exec(quoted);
      if (open >= 0 && inner && quoted.length - inner[0].length >= 4 && !GENERIC_START.test(quoted))
        hits.push({ name: quoted, start: open + 1, end: m.index - 1 });
      continue;
    }
    let start = nameStart(text, m.index);
    // `丰和精机精密轴承项目` of `日本丰和精机株式会社`: a conjunction inside a company's name.
    if (
      /[和与]/.test(text.charAt(start - 1)) &&
      start - 2 >= 0 &&
      known.some((k) => k.includes(text.slice(start - 2, start + 2)))
    )
      start = nameStart(text, start - 1);
    // A closing bracket opens no name: it ends what stands before (`某某公司（以下简称“某某”）`).
    while (/[）)]/.test(text.charAt(start)) && start < m.index) start++;
    // `某某有限公司（以下简称“某某农业”）智慧稻米产业园项目`: named with the company's short form.
    const declared = DECLARED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    // `加快建设年产…项目`: the verb of building opens the clause, not the name.
    const verb = LEADING_VERB.exec(text.slice(start, m.index))?.[0];
    if (verb && m.index - start - verb.length >= MIN_PREFIX) start += verb.length;
    // `某某有限公司增资扩产项目`: a kind of work too short to name it is named with its company.
    const company = m.index - start < MIN_PREFIX ? knownBefore(text, start, known) : undefined;
    if (company && COMPANY_END.test(company) && m.index - start >= 2) start -= company.length;
    // `横山桥镇芙蓉湾田园综合体项目`: the town is where the project is, not part of its name. A
    // town's programme of a year (`某镇2024年度高标准农田建设项目`) is named by its town.
    // When the rest names nothing by itself (`湟里镇医养融合服务中心项目`), the town stays in.
    const town = declared ? undefined : gazetteerAt(text, start);
    const starts =
      town?.kind === 'town' &&
      /(?:镇|乡|街道)$/.test(town.name) &&
      m.index - start - town.name.length >= MIN_PREFIX &&
      ownName(text.slice(start + town.name.length, m.index), town.name, known)
        ? [start + town.name.length]
        : [start];
    for (const from of starts) {
      const name = (declared?.[1] ?? '') + text.slice(from, end);
      // Named right after its company (`某某有限公司新能源汽车部件项目`), a project is specific.
      const afterCompany = declared !== null || COMPANY_END.test(text.slice(Math.max(0, from - 6), from));
      const paidFor = FUNDED_BEFORE.test(text.slice(Math.max(0, from - 20), from));
      // `某某清淤工程（二期）`: a phase in brackets after the name is part of it.
      const phase = PHASE_AFTER.exec(text.slice(end))?.[0] ?? '';
      const funded = FUNDED.test(text.slice(end + phase.length, end + phase.length + 8)) || paidFor;
      // A company's own project may be named by its kind (`某某有限公司智能化改造项目`).
      if (acceptable(name, m[0], known, afterCompany || funded, paidFor || afterCompany)) {
        hits.push({ name: name + phase, start: from, end: end + phase.length });
        break;
      }
    }
  }
  for (const m of text.matchAll(FUNDED_BASE)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (!GENERIC_START.test(name)) hits.push({ name, start, end: start + name.length });
  }
  const spans = new Set<string>();
  const unique = hits.filter((h) => {
    const span = `${h.start}:${h.end}`;
    if (spans.has(span)) return false;
    spans.add(span);
    return true;
  });
  const held = heldByLonger(unique);
  return unique.filter((h) => !held.has(h));
}

/**
 * Whether what follows a town in a project's name names it by itself: a place (`芙蓉湾田园综合体`)
 * or a body or brand of the article (`恒朗新材年产…`) opens it. A programme of a year
 * (`2024年度高标准农田建设`) or a kind of work (`农村公路提档升级`) is the town's.
 */
function ownName(rest: string, town: string, known: readonly string[]): boolean {
  if (/^\d{4}年/.test(rest)) return false;
  if (findPlaces(rest).some((pl) => pl.start === 0)) return true;
  // A body named with the town itself (`某镇医养融合服务中心`) is no brand of the rest.
  const head = rest.slice(0, 2);
  return known.some((k) => k.includes(head) && !k.startsWith(town));
}

/** The longest known name written right before `at`. */
function knownBefore(text: string, at: number, known: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const k of known) if (k.length > (best?.length ?? 0) && text.startsWith(k, at - k.length)) best = k;
  return best;
}

/** Where a shortened mention may start: after a possessive, a determiner or a clause's opening. */
const SHORT_MENTION_BEFORE = /(?:的|此次|本次|该|这一|这个|其中[，,]|[，,；;。：:])$/;
const SHORT_MENTION_MIN = 4;

/**
 * `此次签约的增资扩产项目由该公司投资建设`: a project named earlier in full may come back under the
 * end of its name. Each such mention is a hit of the full name, when only one project ends so.
 */
export function findShortMentions(
  text: string,
  names: readonly string[],
  taken: readonly ProjectHit[],
): ProjectHit[] {
  const owners = new Map<string, string | null>();
  const lengths = new Set<number>();
  for (const name of names) {
    const suffix = /(?:工程项目|项目|工程|枢纽)$/.exec(name)?.[0] ?? '';
    for (let k = 2; name.length - k - suffix.length >= SHORT_MENTION_MIN; k++) {
      const tail = name.slice(k);
      owners.set(tail, owners.has(tail) && owners.get(tail) !== name ? null : name);
      lengths.add(tail.length);
    }
  }
  if (owners.size === 0) return [];
  // Characters already inside a project's name; each end of a suffix is looked up once per length.
  const covered = new Uint8Array(text.length);
  for (const h of taken) covered.fill(1, h.start, h.end);
  const byLength = [...lengths].sort((a, b) => b - a);
  const hits: ProjectHit[] = [];
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    if (covered[m.index]) continue;
    for (const len of byLength) {
      const at = end - len;
      if (at < 0) continue;
      const name = owners.get(text.slice(at, end));
      if (!name || covered.subarray(at, end).includes(1)) continue;
      if (at > 0 && !SHORT_MENTION_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
      hits.push({ name, start: at, end });
      covered.fill(1, at, end);
      break;
    }
  }
  return hits;
}

/**
 * The hits another, longer hit holds. Sorted by start and longest first, with no span twice,
 * whatever holds a hit comes before it, so the furthest end so far tells (no pairwise scan).
 */
function heldByLonger(hits: readonly ProjectHit[]): Set<ProjectHit> {
  const held = new Set<ProjectHit>();
  let furthest = -1;
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (furthest >= h.end) held.add(h);
    furthest = Math.max(furthest, h.end);
  }
  return held;
}

/** Installed capacity or output as written (`年产…4亿只`, `设计处理能力为10吨/天`). */
export function findCapacity(sentence: string): string | null {
  return (
    /(?:年产|年处理|日处理|设计处理能力为?|处理能力为?|装机容量为?|产能为?)[^，。；,;]{1,30}/.exec(
      sentence,
    )?.[0] ?? null
  );
}
