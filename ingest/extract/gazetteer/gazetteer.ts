import type { PlaceKind } from '../../../model/extraction.ts';
import divisions from './divisions.json' with { type: 'json' };

export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  code: string;
}

/**
 * Short forms (`常州` for `常州市`, `武进` for `武进区`) are common in news but some are
 * ordinary words elsewhere, so they are only used for Jiangsu, the provincial capitals
 * and the municipalities, minus a few that read as words.
 */
const SHORT_FORM_PROVINCE = '32';
const SHORT_FORM_STOP = new Set([
  '来宾',
  '安康',
  '大同',
  '长治',
  '普洱',
  '通化',
  '白山',
  '中山',
  '鼓楼',
  '玄武',
  '新区',
  '高新',
]);
const CAPITALS = new Set([
  '南京市',
  '杭州市',
  '合肥市',
  '上海市',
  '北京市',
  '天津市',
  '重庆市',
  '广州市',
  '深圳市',
  '武汉市',
  '成都市',
  '西安市',
  '郑州市',
  '济南市',
  '长沙市',
  '福州市',
  '南昌市',
  '沈阳市',
  '长春市',
  '哈尔滨市',
  '石家庄市',
  '太原市',
  '昆明市',
  '贵阳市',
  '南宁市',
  '海口市',
  '兰州市',
  '西宁市',
  '银川市',
  '乌鲁木齐市',
  '呼和浩特市',
  '拉萨市',
  '苏州市',
  '无锡市',
]);

/** Divisions officially named by a common word (`城区`, `郊区`, `解放区`): read as the word. */
const NAME_STOP = new Set(['城区', '老城区', '矿区', '郊区', '解放区', '港口区', '平房区']);

/**
 * What the data leaves out, with no code of its own: a subdistrict made after it was published,
 * and Hong Kong, Macao and Taiwan, which it does not list.
 */
const SUPPLEMENT: [string, PlaceKind][] = [
  ['南夏墅街道', 'town'],
  ['香港', 'city'],
  ['香港特别行政区', 'city'],
  ['澳门', 'city'],
  ['澳门特别行政区', 'city'],
  ['台湾', 'province'],
  ['台湾省', 'province'],
];

function shortForm(name: string, suffixes: RegExp): string | null {
  const short = name.replace(suffixes, '');
  return short.length >= 2 && short !== name && !SHORT_FORM_STOP.has(short) ? short : null;
}

function buildIndex(): Map<string, GazetteerEntry> {
  const index = new Map<string, GazetteerEntry>();
  const put = (name: string | null, kind: PlaceKind, code: string): void => {
    if (name && !index.has(name) && !NAME_STOP.has(name)) index.set(name, { name, kind, code });
  };
  for (const [code, name] of divisions.provinces as [string, string][]) {
    put(name, name.endsWith('市') ? 'city' : 'province', code);
    // `上海` of `上海市` is a city, as the full name is.
    const kind = name.endsWith('市') ? 'city' : 'province';
    put(shortForm(name, /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/), kind, code);
  }
  for (const [code, name] of divisions.cities as [string, string][]) {
    put(name, 'city', code);
    if (code.startsWith(SHORT_FORM_PROVINCE) || CAPITALS.has(name)) put(shortForm(name, /市$/), 'city', code);
  }
  for (const [code, name] of divisions.districts as [string, string][]) {
    put(name, 'district', code);
    if (code.startsWith(SHORT_FORM_PROVINCE)) put(shortForm(name, /(区|县|市)$/), 'district', code);
  }
  for (const [code, name] of divisions.towns as [string, string][]) {
    if (/(镇|乡|街道)$/.test(name)) put(name, 'town', code);
  }
  for (const [code, name] of divisions.villages as [string, string][]) put(name, 'village', code);
  for (const [name, kind] of SUPPLEMENT) put(name, kind, '');
  return index;
}

let index: Map<string, GazetteerEntry> | null = null;
/** Longest name per first two characters, so most positions are rejected with one lookup. */
const longestByHead = new Map<string, number>();

function gazetteer(): Map<string, GazetteerEntry> {
  if (!index) {
    index = buildIndex();
    for (const name of index.keys()) {
      const head = name.slice(0, 2);
      longestByHead.set(head, Math.max(longestByHead.get(head) ?? 0, name.length));
    }
  }
  return index;
}

export function lookupPlace(name: string): GazetteerEntry | undefined {
  return gazetteer().get(name);
}

/** The longest gazetteer name starting at `at`, if any. */
export function gazetteerAt(text: string, at: number): GazetteerEntry | undefined {
  const idx = gazetteer();
  const longest = longestByHead.get(text.slice(at, at + 2)) ?? 0;
  for (let len = Math.min(longest, text.length - at); len >= 2; len--) {
    const hit = idx.get(text.slice(at, at + len));
    if (hit) return hit;
  }
  return undefined;
}

/** The code of the division a code belongs to (village → town → district → city → province). */
export function parentCode(code: string): string | null {
  const cut = { 12: 9, 9: 6, 6: 4, 4: 2 }[code.length];
  return cut ? code.slice(0, cut) : null;
}
