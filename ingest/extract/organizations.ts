import type { OrganizationKind } from '../../model/extraction.ts';
import { NAMED_REGIONS } from './lexicon/regions.ts';
import { gazetteerAt, lookupPlace } from './gazetteer/gazetteer.ts';
import {
  ADMIN_OPENING,
  FACILITY_NAMES,
  NAME_WORDS_WITH_STOPS,
  NATIONAL_BODIES,
  ORG_STOP_CHARS,
  ORG_STOP_WORDS,
  ORG_SUFFIXES,
  SHORT_OPENING_SUFFIXES,
  SUB_UNIT_SUFFIXES,
  type SuffixRule,
} from './lexicon/org-suffixes.ts';
import { tokenize } from './segmenter.ts';
import { isCommonWord, wordTag } from './words.ts';

export interface OrgHit {
  name: string;
  kind: OrganizationKind;
  suffix: string;
  /** The suffix's rule: a `free` name (company, university) is a name even inside a title. */
  rule: SuffixRule;
  start: number;
  end: number;
  aliases: string[];
}

const MAX_NAME = 24;
const SUFFIX_RE = new RegExp(
  [...ORG_SUFFIXES]
    .map(([s]) => s)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const SUFFIX_INFO = new Map(ORG_SUFFIXES.map(([s, kind, rule]) => [s, { kind, rule }]));
/** A suffix directly followed by these is part of another word (`局长`, `厂房`, `办公`). */
const NOT_AFTER: Record<string, RegExp> = {
  局: /^[长面势限部]/,
  委: /^[员托屈婉会]/,
  厂: /^[房区长]/,
  办: /^[公理法好事学成]/,
  厅: /^[长]/,
  中心: /^[城区]/,
  机关: /^[干党]/,
  // `分会场`: a venue of a meeting.
  分会: /^场/,
  // `党组织`, `党组成员`: the party's cells in general, or a member of a branch.
  党组: /^[织成]/,
  中学: /^[生位]/,
  小学: /^[生位]/,
  // `“90后”大学生`: a student, not a university.
  大学: /^生/,
  // `家庭农场主`: the farmer, not the farm.
  家庭农场: /^主/,
  // `实行集团化办学`: run as a group, not a group.
  集团: /^化/,
  // `贡献政协力量`: what the conference gives, not the conference.
  政协: /^(?:力量|智慧|之力|声音)/,
  农场: /^主/,
};
/** A single-character suffix after these is the end of a verb (`举办`, `布局`); only that character is tested. */
/**
 * An honour a body is given (`获评省绿色工厂`, `被认定为市级企业技术中心`) names a rank, not an
 * organization, even when it ends like one.
 */
const CITY_KINDS = new Set(['province', 'city']);
/**
 * `牛塘镇常州某某有限公司`: a town written before a company registered under its city is where the
 * company is, not part of its name.
 */
function afterTownBeforeCity(text: string, start: number, suffixStart: number): number {
  const town = gazetteerAt(text, start);
  if (!town || town.kind !== 'town') return start;
  const after = start + town.name.length;
  const city = after < suffixStart ? gazetteerAt(text, after) : undefined;
  return city && CITY_KINDS.has(city.kind) ? after : start;
}

const PREPOSITION_BEFORE_PLACE = new Set('经由被向对据');
/** `常州某电镀`: a withheld name keeps only `某` and the line of business after it. */
function withheld(name: string): boolean {
  const at = name.lastIndexOf('某');
  // `嘉某农机`, `某某光电`: a placeholder inside a brand, not a withheld name.
  if (at < 0 || (at > 0 && !/[省市州区县镇]/.test(name.charAt(at - 1)))) return false;
  const rest = name.slice(at + 1);
  return rest === '' || (rest.length >= 2 && rest.length <= 4 && isCommonWord(rest));
}
/**
 * `为名骗取常州市某某有限公司`: a verb right before a city or province written in full ends the
 * clause; the company's name opens with the place.
 */
function afterVerbBeforePlace(text: string, start: number, suffixStart: number): number {
  // `首批入驻企业常州某某有限公司`: a kind of firm before a place is said of the firm, not its name.
  const kind = FIRM_KIND_BEFORE.exec(text.slice(start, Math.min(suffixStart, start + 8)));
  if (kind) {
    const at = start + kind[0].length;
    const place = gazetteerAt(text, at);
    if (place && CITY_KINDS.has(place.kind) && at + place.name.length < suffixStart) return at;
  }
  for (let at = start + 2; at < suffixStart - 3; at++) {
    const place = gazetteerAt(text, at);
    if (!place || !/[省市区县]$/.test(place.name)) continue;
    if (wordTag(text.slice(at - 2, at)) === 'v') return at;
    // `案件经常州市中级人民法院审理`: a preposition glued to the place, in no word with what is before.
    if (PREPOSITION_BEFORE_PLACE.has(text.charAt(at - 1)) && !isCommonWord(text.slice(at - 2, at))) return at;
  }
  return start;
}

const FIRM_KIND_BEFORE = /^[\u4e00-\u9fff]{0,4}?(?:企业|商户|厂商|单位)/;

/** `某某社会工作服务中心`, `某某青少年服务中心`: social organizations, not offices of government. */
const SOCIAL_WORK = /社会工作|社工|公益|志愿|青少年服务|养老服务|助残/;
const PARTY_OFFICE = /^(?:中共|[省市区县]委(?!员会))/;
const CHAMBER = /(?:政协|人大|人大常委会)$/;
const PRODUCT_AFTER = /^[”"]?\s*(?:APP|App|app|客户端|小程序)/;

/** `获评某某企业、省智能制造示范工厂`: honours listed after the verb, up to the clause's end. */
const AWARDED = /(?:获评|荣获|入选|评为|认定为|命名为|列为)[^，,。；;]{0,30}$/;
const RANKED = /^(?:国家级|省级|市级|区级|县级|国家|省|市|区|县)/;
const NOT_BEFORE = /^[举创承主协开督布格全大结当变出饭时终]$/;
// `·` joins the parts of a foreign name (`海因里希·莱默精密传动有限公司`).
const NAME_CHAR = /[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9（）()·]/;
const ADJACENT_UNITS = new Set(['中心', '办', '办公室', '执行局']);
/** Units that, named right after their parent body, join it (`某分局交通警察大队`). */
const PARENTED_UNITS = new Set(['大队', '办公室', '支队', '中队']);
const PARTY_UNITS = new Set(['党委', '党总支', '党支部', '党组']);
/**
 * `汤庄村党总支`, `城湾村代表队`, `某社区基层立法联系点`: a village's or community's own body, the village
 * named just before it.
 */
const VILLAGE_BEFORE = /^[\u4e00-\u9fff]{2,3}(?:村|社区)(?:人大|基层)?$/;
const VILLAGE_UNITS = new Set([...PARTY_UNITS, '代表队', '代表联络站', '立法联系点']);
const TEAM_SUFFIXES = new Set(['检查组', '督导组', '督查组', '指导组', '工作组']);
/** `区政府办成立工作组`: a body setting up or sending a team is not the team's name. */
const SENDING_VERB = /成立|组建|组织|派出|牵头|联合|会同|设立|抽调|委派|派驻|成|派/;
/** `某某集团（常州）有限公司`: a bracketed place may stand between. */
const LEGAL_FORM_NEXT =
  /^(?:[（(][\u4e00-\u9fff]{2,6}[）)])?(?:控股)?(?:股份有限公司|有限公司|有限责任公司|股份公司|集团)/;
const PARTY_COMMITTEE_BEFORE = /^[区市县镇省乡党工常编纪]$/;

/** Where in each name word its stop characters stand: `[word, offset]` pairs. */
const STOPS_IN_NAME_WORDS = NAME_WORDS_WITH_STOPS.flatMap((w) =>
  [...w].flatMap((ch, k): [string, number][] => (ORG_STOP_CHARS.has(ch) ? [[w, k]] : [])),
);
/** Whether the stop character at `at` is inside a name word (`住房和城乡建设`, `新的社会阶层`). */
function insideNameWord(text: string, at: number): boolean {
  return STOPS_IN_NAME_WORDS.some(([w, k]) => text.charAt(at) === w.charAt(k) && text.startsWith(w, at - k));
}

/** A one-character opening inside a word (`社区邻里中心`) opens nothing. */
function openingInsideWord(text: string, p: number, from: number): boolean {
  return p > from && /^[区市省县镇]/.test(text.slice(p)) && isCommonWord(text.slice(p - 1, p + 1));
}

/** The longest stop word: how far back from a position its words are looked for. */
const STOP_REACH = Math.max(...ORG_STOP_WORDS.map((w) => w.length));

function windowStart(text: string, suffixStart: number, floor: number): number {
  let i = suffixStart;
  while (i > floor && suffixStart - i < MAX_NAME) {
    const ch = text.charAt(i - 1);
    if (ch === '”' || ch === '"') {
      // A quoted name part (`“暖新小哥”志愿服务队`) belongs to the name; a short form declared in
      // brackets (`（以下简称“团区委”）联合…`) ends the phrase before it.
      const open = text.lastIndexOf('“', i - 1);
      if (open >= floor && i - open <= 12 && !/[）)]/.test(text.charAt(i))) {
        i = open;
        continue;
      }
      break;
    }
    // `某某分中心（以下简称“某某分中心”）`: a short form being declared is no part of the name before it.
    if (ch === '“' && /简称$/.test(text.slice(Math.max(floor, i - 3), i - 1))) break;
    // `（以下简称“某某”）精密…实验室`: the bracket closing a declared short form ends the phrase.
    if ((ch === '）' || ch === ')') && /[”"]/.test(text.charAt(i - 2))) break;
    // `的丰和精机（常州）有限公司`: a 和 one character after a stop joins nothing; it is in the name.
    // So is one after a country's or a city's name (`韩国晟和化学株式会社`, `常州晟和电子`).
    const lone =
      i - 2 <= floor ||
      !NAME_CHAR.test(text.charAt(i - 3)) ||
      ORG_STOP_CHARS.has(text.charAt(i - 3)) ||
      (placeEndsAt(text, i - 2, floor) && !/[省市区县镇村]/.test(text.charAt(i - 2)));
    if ((ORG_STOP_CHARS.has(ch) && insideNameWord(text, i - 1)) || (ch === '和' && lone && i - 2 >= floor)) {
      i--;
      continue;
    }
    // `常州 SGS 检测技术服务有限公司`: a space set around a Latin brand stays inside the name.
    if (ch === ' ' && (/[A-Za-z]/.test(text.charAt(i - 2)) || /[A-Za-z]/.test(text.charAt(i)))) {
      i--;
      continue;
    }
    // `资本管理有限公司`, `协同创新中心`: a stop character inside a common word is part of the name.
    const word = text.slice(i - 2, i);
    const inWord = WORD_STOP_CHARS.has(ch) && isCommonWord(word);
    if (!NAME_CHAR.test(ch) || (ORG_STOP_CHARS.has(ch) && !inWord)) break;
    const before = text.slice(Math.max(floor, i - STOP_REACH), i);
    // `某某再生资源回收利用有限公司`: a word of what a firm does, right before the suffix, ends its name.
    const trade = i === suffixStart && TRADE_STOP_WORDS.test(before);
    if ((!trade && ORG_STOP_WORDS.some((w) => before.endsWith(w))) || COUNTED.test(before)) break;
    i--;
  }
  return i;
}

/** Stop words that also say what a firm does (`回收利用`, `节能改造`). */
const TRADE_STOP_WORDS = /(?:利用|改造|改建)$/;
/** Stop characters that also end common words (`资本`, `共同`). */
const WORD_STOP_CHARS = new Set('本同');
const COUNTRY_NAMES = new Set(NAMED_REGIONS.filter(([, kind]) => kind === 'country').map(([name]) => name));

/** Whether a country or a city, named without its suffix (`韩国`, `常州`), ends at `end`. */
function placeEndsAt(text: string, end: number, floor: number): boolean {
  for (let len = 2; len <= 5 && end - len >= floor; len++) {
    const name = text.slice(end - len, end);
    if (COUNTRY_NAMES.has(name)) return true;
    const kind = lookupPlace(name)?.kind;
    if ((kind === 'city' || kind === 'province') && !/[省市]$/.test(name)) return true;
  }
  return false;
}
/** `联合周边14家家庭农场`, `80余名`: a count is no part of a name. */
const COUNTED = /\d(?:余|多)?[家名个户位所]$/;
/** Kinds of body that are named after what they do (`家庭农场`, `专业合作社`): a name needs its own words. */
const KIND_SUFFIXES = new Set([
  '专业合作社联合社',
  '合作社联合社',
  '专业合作社',
  '合作社',
  '家庭农场',
  '农场',
  '服务队',
  '志愿队',
]);
/** `共建产业学院`: a kind of college that firms and a school set up together, named by no one. */
const GENERIC_COLLEGE = /^(?:现代)?(?:产业|行业|企业)$/;
const GENERIC_KIND_OPENING = /^(?:农民|示范|联合|周边|全[区市镇村])/;

/** `中共某某市某某区委`, followed by a session, a document or a clause, not by one of its units. */
const PARTY_COMMITTEE =
  /中共[\u4e00-\u9fff]{1,10}?[省市区县镇]委(?=[十一二三四五六七八九\d（(《“"，,。、；;]|关于|召开|举行|印发|决定|和|与|及|$)/g;
/**
 * The democratic parties' bodies (`农工党常州市委会`, `民建武进区基层委员会`): the party's short name
 * opens the name of each of its committees.
 */
const DEMOCRATIC_BODY =
  /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)[\u4e00-\u9fff]{0,8}?(?:省委会|市委会|区委会|县委会|基层委员会|委员会|总支|支部)/g;
/** `共青团常州市武进区委员会`: the Youth League's committees, a wing of the party as `团区委` is. */
const YOUTH_LEAGUE = /共青团[\u4e00-\u9fff]{2,10}?委员会/g;
const ZONE_END =
  /(?:度假区|开发区|高新区|经开区|园区|景区|示范区|新区|片区|集中区|保护区|产业园|科技园|工业园|创业园)$/;

/** `园区设有…`: the zone word alone names no zone. */
const GENERIC_ZONE = /^(?:园区|景区|片区|新区|该园区|产业园区|产业园|科技园|工业园|创业园)$/;

function openingAt(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    // `太湖湾旅游度假区管委会`: the 区 ends the zone's own name, which opens the body's.
    if (
      (text.charAt(p) === '区' || text.charAt(p) === '园') &&
      ZONE_END.test(text.slice(from, p + 1)) &&
      !GENERIC_ZONE.test(text.slice(from, p + 1))
    )
      return from;
    if (ADMIN_OPENING.test(text.slice(p, to)) && !openingInsideWord(text, p, from)) return p;
    const g = gazetteerAt(text, p);
    if (g && p + g.name.length <= to) return p;
    // `丹麦某某公司`: a foreign country opens a company's name too.
    if (p === from && NAMED_REGIONS.some(([r, kind]) => kind === 'country' && text.startsWith(r, p)))
      return p;
  }
  return -1;
}

function startFor(text: string, rule: SuffixRule, from: number, suffixStart: number): number {
  if (rule === 'free') return from;
  if (rule === 'distinct' && FACILITY_CLAUSE.test(text.slice(from, suffixStart))) return -1;
  // `某医院在某镇某社区开设某某服务站`: what a body opens somewhere is named after the verb.
  const opened = rule === 'distinct' ? OPENING_VERB.exec(text.slice(from, suffixStart)) : null;
  if (opened) from += opened.index + opened[0].length;
  const opening = openingAt(text, from, suffixStart);
  // `国网常州市武进区供电公司`: a national group's short name stands before the place.
  const group = opening > from ? NATIONAL_GROUP_BEFORE.exec(text.slice(from, opening))?.[0] : undefined;
  if (group) return opening - group.length;
  // `省级区域医疗中心`: a rank names a kind of body, not one.
  if (opening >= 0)
    return rule === 'distinct' &&
      (RANK_OPENING.test(text.slice(opening)) || CHARGE.test(text.slice(opening, suffixStart)))
      ? -1
      : opening;
  if (rule !== 'distinct') return -1;
  // `要统筹推进城乡学校布局`, `希望武进用好母基金`: a charge to do something, not a name.
  if (CHARGE.test(text.slice(from, suffixStart))) return -1;
  // `将建设智能温室、农产品分拣加工中心`: an item of a list of things to build is a facility.
  if (text.charAt(from - 1) === '、' && BUILDING_LIST.test(clauseBefore(text, from))) return -1;
  // `改造农产品展销中心`: what a building is turned into is a facility too.
  if (CONVERTED_INTO.test(text.slice(Math.max(0, from - 3), from))) return -1;
  // `配套建设分子育种实验室`: what is built to go with a project is a facility; so is what a park
  // has (`设有跨境电商孵化中心`) or plans to build (`重点建设智能仓储分拨中心`).
  if (FACILITY_CLAUSE.test(text.slice(from, suffixStart))) return -1;
  if (PLANNED_BUILDING.test(text.slice(from, suffixStart))) return -1;
  // `辅导项目公司`: the company of a project, named by no one.
  if (text.slice(from, suffixStart).endsWith('项目')) return -1;
  // `建设某某检测认证中心`: a verb of founding opens the clause, not the name.
  const start = from + (FOUNDING_VERB.exec(text.slice(from, suffixStart))?.[0].length ?? 0);
  // `位于某某镇芙蓉村的芙蓉幼儿园`: a short name that is a village's or town's own, named nearby.
  if (suffixStart - start < 6 && placeStemNearby(text, start, suffixStart)) return start;
  // `淹城遗址博物馆`: a museum or memorial hall named after the site it keeps.
  if (
    SITE_KEPT.test(text.slice(start, suffixStart)) &&
    KEEPING.test(text.slice(suffixStart, suffixStart + 3))
  )
    return start;
  // `“剑湖书画院”揭牌`: a name quoted whole is a name, however short.
  // Not so a count of them (`“五大中心”`), nor a declared short form.
  if (
    suffixStart - start >= 2 &&
    text.charAt(start - 1) === '“' &&
    !/^[\d一二三四五六七八九十两百千万几多]/.test(text.charAt(start)) &&
    !/(?:简称|称为|下称)$/.test(text.slice(Math.max(0, start - 3), start - 1)) &&
    quotedWhole(text, suffixStart)
  )
    return start;
  if (suffixStart - start < 6 || CATEGORY_OPENING.test(text.slice(start))) return -1;
  // `接入二级以上医院`: a range of ranks counts bodies, it names none.
  if (/以上|以下|以内/.test(text.slice(start, suffixStart))) return -1;
  // `孩子在家门口就能上好学校`: an adverb or a pronoun makes a clause, not a name.
  return tokenize(text.slice(start, suffixStart)).some((t) => CLAUSE_TAGS.has(t.tag)) ? -1 : start;
}

/** Sites a museum or memorial hall is named after. */
const SITE_KEPT = /^[\u4e00-\u9fff]{2,6}(?:遗址|故居|旧址|古城|古镇)$/;
const KEEPING = /^(?:博物馆|纪念馆|陈列馆|展览馆)/;
/** Whether a body's suffix at `at` closes the quotation it is in (`“剑湖书画院”`). */
function quotedWhole(text: string, at: number): boolean {
  const close = text.slice(at, at + 5).indexOf('”');
  return close > 0;
}

/** How far around a short name its place is looked for. */
const STEM_REACH = 120;
/** Whether `text[start, end)` (two to four characters) is named as a village, community or town nearby. */
function placeStemNearby(text: string, start: number, end: number): boolean {
  const stem = text.slice(start, end);
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(stem)) return false;
  const around = text.slice(Math.max(0, start - STEM_REACH), end + STEM_REACH);
  return [`${stem}村`, `${stem}社区`, `${stem}镇`, `${stem}街道`].some((p) => around.includes(p));
}

const CLAUSE_TAGS = new Set(['d', 'r', 'ad']);
/** A modal opening a clause, or a verb of making good use of something (`用好`, `抓好`). */
const CHARGE = /^(?:要|应|须|需|必须|应当|希望|力争|努力)|[用做办抓管建]好|用活|盘活/;
const OPENING_VERB = /(?:开设|开办|新设|设立|建立|组建)(?!.*(?:开设|开办|新设|设立|建立|组建))/;
const FACILITY_CLAUSE = /配套|设有|建有|配有|配备/;
const PLANNED_BUILDING = /^(?:重点|将|还将|计划|加快|正在)(?:建设|新建|打造|兴建)/;
const CONVERTED_INTO = /(?:改造|改建|改成|改为|改造成|改建为)$/;
const FOUNDING_VERB = /^(?:同步|配套|同时)?(?:建设|打造|成立|组建|设立|新建|筹建|建成|创建|共建)/;
/** Verbs of building things (not of founding bodies) that open a list of what is built. */
const BUILDING_LIST = /(?:建设|新建|兴建|建成|配套建设|打造)/;

/** The clause before `at`, back to the last comma or full stop, or CLAUSE_REACH characters at most. */
const CLAUSE_REACH = 80;
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < CLAUSE_REACH && !/[，,。；;！？]/.test(text.charAt(i - 1))) i--;
  return text.slice(i, at);
}

/**
 * Short names of national groups whose local units are named `group + place + unit`, and the
 * police, whose district bureau is `公安某某分局`.
 */
const NATIONAL_GROUP_BEFORE =
  /(?:公安|武警|消防|国家电网|国网|南方电网|中国移动|中国电信|中国联通|中国铁塔|中国石化|中国石油|中石化|中石油|中国邮政|中国银行|工商银行|农业银行|建设银行|交通银行|邮储银行|中国人寿|中国平安|中国人保|中国建筑|中建|中铁|中交|中核|中广核|华能|大唐|华电|国家能源)$/;

/** `社区养老服务中心`, `农村…合作社`: a kind of body, named by no one. */
const CATEGORY_OPENING =
  /^(?:社区|村级|镇级|乡镇|农村|基层|城乡|各级|各类|新型|综合性|国家级|省级|市级|区级|园区|产业园|企业|\d{4}年|今年|明年|去年|第[一二三四五六七八九十\d]+[届批])/;
const RANK_OPENING = /^(?:国家级|省级|市级|区级|县级)/;

/** `农民专业合作社`, `省级示范家庭农场`: words that say which kind of farm or group, not which one. */
function genericKind(prefix: string): boolean {
  return (
    CATEGORY_OPENING.test(prefix) ||
    GENERIC_KIND_OPENING.test(prefix) ||
    // `公布2024年省级示范家庭农场名单`: a rank of farms, not one farm.
    /(?:示范|特色)$/.test(prefix) ||
    (prefix.length <= 4 && isCommonWord(prefix))
  );
}

const COUNT = /[\d一二两三四五六七八九十几]/;
const MEASURE = /[个家所座处]/;
/** A count right before a name (`3个`) or inside it (`两座`). */
function countedAt(text: string, start: number, suffixStart: number): boolean {
  if (MEASURE.test(text.charAt(start - 1)) && COUNT.test(text.charAt(start - 2))) return true;
  return /[\d一二两三四五六七八九十几][个家所座处]/.test(text.slice(start, suffixStart));
}

/** Organizations named by a suffix, with nested units joined to their parent. */
export function findOrganizations(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  let floor = 0;
  for (const m of text.matchAll(SUFFIX_RE)) {
    // `区投资促进中心组织…`: the centre organizes; no study group of the party.
    const suffix = m[0] === '中心组' && text.charAt(m.index + 3) === '织' ? '中心' : m[0];
    const info = SUFFIX_INFO.get(suffix);
    const end = m.index + suffix.length;
    if (!info || NOT_AFTER[suffix]?.test(text.slice(end))) continue;
    if (suffix.length === 1 && NOT_BEFORE.test(text.charAt(m.index - 1))) continue;
    // `专题协商会`: a consultation, not a chamber of commerce.
    if (suffix === '商会' && text.charAt(m.index - 1) === '协') continue;
    // `区委`, `党委`, `纪委`, `常委` are party committees and their members, named by other rules.
    if (suffix === '委' && PARTY_COMMITTEE_BEFORE.test(text.charAt(m.index - 1))) continue;
    if (FACILITY_NAMES.some((f) => text.startsWith(f, end - f.length))) continue;
    // `“国家反诈中心”APP`: an app named after a body is a product.
    if (PRODUCT_AFTER.test(text.slice(end, end + 8))) continue;
    // `某某银行股份有限公司`: a suffix followed by a legal form is inside the longer name.
    if (LEGAL_FORM_NEXT.test(text.slice(end, end + 14))) continue;
    // `某某（集团）有限公司`: a suffix in brackets is inside the name that goes on after it.
    if (/[（(]/.test(text.charAt(m.index - 1)) && /^[）)]\p{Script=Han}/u.test(text.slice(end))) continue;
    // `区政府办`, `区人大常委会办公室`: an office named by its parent's name alone; `省卫生健康委督导组`,
    // `区人大常委会执法检查组`: a team its parent sends out, named after it.
    const parent = hits[hits.length - 1];
    const unitGap =
      parent && m.index - parent.end <= 2 && m.index >= parent.end ? text.slice(parent.end, m.index) : null;
    const adjacent = ADJACENT_UNITS.has(suffix) && unitGap === '';
    const team =
      TEAM_SUFFIXES.has(suffix) &&
      unitGap !== null &&
      /^[\u4e00-\u9fff]*$/.test(unitGap) &&
      !SENDING_VERB.test(unitGap) &&
      ![...unitGap].some((c) => ORG_STOP_CHARS.has(c));
    // `区人民医院党委`, `区交通运输局机关党委`: a body's own party committee or branch.
    const partyUnit =
      PARTY_UNITS.has(suffix) && (unitGap === '' || unitGap === '机关') && parent?.kind !== 'party';
    if (parent && (adjacent || team || partyUnit)) {
      Object.assign(parent, {
        name: text.slice(parent.start, end),
        end,
        kind: info.kind,
        suffix,
        rule: info.rule,
      });
      floor = end;
      continue;
    }
    const from = windowStart(text, m.index, floor);
    let start = startFor(text, info.rule, from, m.index);
    if (start < 0 && VILLAGE_UNITS.has(suffix)) {
      const village = text.slice(from, m.index);
      if (VILLAGE_BEFORE.test(village) && !/^[各全该本每等有个]/.test(village)) start = from;
    }
    // `苏州大学附属某华医院`: a hospital or school attached to the university just named needs no more.
    const university = hits.at(-1);
    if (
      start < 0 &&
      university?.kind === 'university' &&
      university.end === from &&
      text.startsWith('附属', from) &&
      m.index - from >= 4
    )
      start = from + 2;
    // `常州市公安局武进分局交通警察大队`, `某某区人民政府征兵办公室`: a unit named straight after its
    // parent, with no place of its own.
    if (
      start < 0 &&
      PARENTED_UNITS.has(suffix) &&
      university?.end === from &&
      m.index - from >= 2 &&
      m.index - from <= 8 &&
      /^[\u4e00-\u9fff]+$/.test(text.slice(from, m.index)) &&
      !SENDING_VERB.test(text.slice(from, m.index))
    )
      start = from;
    if (start >= 0 && info.rule === 'free')
      start = afterVerbBeforePlace(text, afterTownBeforeCity(text, start, m.index), m.index);
    // `区金融监管局联合某某银行武进支行`, `某某产投联合深圳某某资本管理有限公司`: acting together with a
    // firm, not part of its name; `某某联合实验室` keeps its word.
    // Looked for inside the name's own span only, so a long list stays linear.
    const jointly = start >= 0 ? text.slice(start, m.index).lastIndexOf('联合') : -1;
    const partner = start + jointly + 2;
    if (
      jointly >= 0 &&
      (m.index - partner >= 6 || (info.rule !== 'distinct' && openingAt(text, partner, m.index) === partner))
    )
      start = partner;
    // `某某委员会（CNAS）精密轴承…实验室`: a bracket opening a name is an aside on what stands before it.
    if (start >= 0 && /[（(]/.test(text.charAt(start))) {
      const close = text.slice(start, m.index).search(/[）)]/);
      if (close > 0 && start + close + 1 < m.index) start += close + 1;
    }
    // `费某（常州某某职业技术学院）`: a bracket left open before the suffix holds the whole name.
    if (start >= 0) {
      const span = text.slice(start, m.index);
      const open = Math.max(span.lastIndexOf('（'), span.lastIndexOf('('));
      if (open >= 0 && !/[）)]/.test(span.slice(open))) start += open + 1;
    }
    // `扬州大学农学院`: a college of the university just named may have a one-character name.
    const college = suffix === '学院' && hits.at(-1)?.kind === 'university' && hits.at(-1)?.end === start;
    // `区政协社会和法制委员会`, `区人大常委会某某工作委员会`: a committee of the conference or congress.
    const chamber = hits.at(-1);
    const between = chamber ? text.slice(chamber.end, m.index) : '';
    if (
      chamber &&
      suffix === '委员会' &&
      CHAMBER.test(chamber.name) &&
      between.length >= 2 &&
      between.length <= 14 &&
      !/[，,。；;、：:“”]/.test(between) &&
      !ORG_STOP_CHARS.has(between.charAt(0)) &&
      !/召开|举行|组织|联合|邀请|会同|牵头|成立|设立/.test(between)
    ) {
      chamber.name = text.slice(chamber.start, end);
      chamber.end = end;
      floor = end;
      continue;
    }
    // `被告常州某电镀有限公司`, `某化工企业`: a body whose name a report withholds.
    if (start >= 0 && withheld(text.slice(start, m.index))) continue;
    // `3个“家门口”就业服务站`, `先后建成两座工厂`: bodies counted, not named.
    if (info.rule !== 'free' && start >= 0 && countedAt(text, start, m.index)) continue;
    const minPrefix = suffix.length >= 3 || SHORT_OPENING_SUFFIXES.has(suffix) || college ? 1 : 2;
    if (start < 0 || m.index - start < minPrefix) continue;
    if (KIND_SUFFIXES.has(suffix) && genericKind(text.slice(start, m.index))) continue;
    // `全国青少年校园足球特色学校`: a rank a school is given, not a school.
    if (info.rule === 'distinct' && /(?:特色|示范)$/.test(text.slice(start, m.index))) continue;
    if (suffix === '学院' && GENERIC_COLLEGE.test(text.slice(start, m.index))) continue;
    // `各镇代表队`: every town's team, no one team.
    if (suffix.endsWith('队') && /^[省市区县镇乡村]$/.test(text.slice(start, m.index))) continue;
    // `6家镇卫生院`, `村卫生室`: a town's or village's kind of body, no one body.
    if (info.rule === 'distinct' && /^[镇乡村](?:[（(]街道[）)])?$/.test(text.slice(start, m.index)))
      continue;
    // `区级政府`, `或镇（街道）统战部`: a level of government or every town's body, no one body.
    if (/^[省市区县镇乡]级|[（(]街道[）)]/.test(text.slice(start, m.index))) continue;
    if (RANKED.test(text.slice(start, end)) && AWARDED.test(text.slice(Math.max(0, start - 36), start)))
      continue;
    const prev = hits[hits.length - 1];
    // `南京师范大学附属武进初级中学`: a school or hospital attached to a university is named with it.
    const attached = prev?.kind === 'university' && text.slice(prev.end, start) === '附属';
    if (prev && attached) start = prev.end;
    const gap = prev ? text.slice(prev.end, start) : '';
    // `某某大学某某学院`, and a centre or office written straight after its parent (`某大学某某技术转移中心`,
    // `区政府办`, `区人大常委会办公室`).
    const subUnit =
      attached ||
      ((SUB_UNIT_SUFFIXES.has(suffix) || (PARENTED_UNITS.has(suffix) && gap === '')) &&
        gap.length <= 10 &&
        !/[，,。；;、：:（(“"]|联合|会同|协同|携手/.test(gap) &&
        !ORG_STOP_CHARS.has(gap.charAt(0))) ||
      (ADJACENT_UNITS.has(suffix) && gap === '' && prev?.end === start) ||
      // `国家税务总局常州市武进区税务局`: a national administration's local bureau.
      (prev?.name.endsWith('总局') === true && gap === '' && suffix.endsWith('局'));
    if (prev && subUnit) {
      prev.name = text.slice(prev.start, end);
      prev.end = end;
      prev.kind = info.kind;
      prev.suffix = suffix;
      prev.rule = info.rule;
      const alias = declaredAlias(text, end);
      if (alias && !prev.aliases.includes(alias)) prev.aliases.push(alias);
    } else {
      const alias = declaredAlias(text, end);
      const name = text.slice(start, end);
      hits.push({
        name,
        // `区委人才办`, `区委金融办`: offices of the party committee.
        kind:
          info.kind === 'government' && PARTY_OFFICE.test(name)
            ? 'party'
            : info.kind === 'government' && SOCIAL_WORK.test(name)
              ? 'other'
              : info.kind,
        suffix,
        rule: info.rule,
        start,
        end,
        aliases: alias ? [alias] : [],
      });
    }
    floor = end;
  }
  // `中共常州市武进区委十四届九次全会`: a party committee named in full, when no unit of it follows.
  for (const m of text.matchAll(PARTY_COMMITTEE)) {
    if (hits.some((h) => h.start <= m.index && h.end >= m.index + m[0].length)) continue;
    hits.push({
      name: m[0],
      kind: 'party',
      suffix: '委',
      rule: 'free',
      start: m.index,
      end: m.index + m[0].length,
      aliases: [],
    });
  }
  for (const m of [...text.matchAll(DEMOCRATIC_BODY), ...text.matchAll(YOUTH_LEAGUE)]) {
    const end = m.index + m[0].length;
    // The committee found by its suffix alone (`武进区基层委员会`) is this one, without its party.
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (h && h.start < end && h.end > m.index) hits.splice(i, 1);
    }
    const alias = declaredAlias(text, end);
    hits.push({
      name: m[0],
      kind: 'party',
      suffix: '委员会',
      rule: 'free',
      start: m.index,
      end,
      aliases: alias ? [alias] : [],
    });
  }
  for (const [name, kind] of NATIONAL_BODIES) {
    // `公安部门`, `区教育部门`: the departments of a kind, not the ministry.
    let at = text.indexOf(name);
    while (
      at >= 0 &&
      (/[门署]/.test(text.charAt(at + name.length)) || /[省市区县镇乡]/.test(text.charAt(at - 1)))
    )
      at = text.indexOf(name, at + 1);
    if (at >= 0)
      hits.push({ name, kind, suffix: name, rule: 'free', start: at, end: at + name.length, aliases: [] });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** `（以下简称“高新担保”）` right after a name declares its short form. */
export function declaredAlias(text: string, end: number): string | null {
  return /^[（(](?:以下)?简称[“"]([^”"]{2,12})[”"][）)]/.exec(text.slice(end))?.[1] ?? null;
}
