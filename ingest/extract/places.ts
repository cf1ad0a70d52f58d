import type { PlaceKind } from '../../model/extraction.ts';
import { gazetteerAt } from './gazetteer/gazetteer.ts';
import {
  GENERIC_PLACE_PREFIX,
  GENERIC_PLACE_WORDS,
  LEADING_FUNCTION_CHARS,
  PLACE_NAME_TAGS,
  PLACE_SUFFIXES,
  PROPER_TAGS,
  TOWN_KIND_WORDS,
  TRANSLITERATION_CHARS,
  WATER_KIND_WORDS,
  WATER_SUFFIXES,
} from './lexicon/place-words.ts';
import { CUT_WORDS } from './lexicon/cut-words.ts';
import { NAMED_REGIONS, REGION_NOT_BEFORE, REGION_SET_PHRASE } from './lexicon/regions.ts';
import { tokenAt, tokenize, type Token } from './segmenter.ts';
import { SpanSet } from './text.ts';
import { isCommonWord, wordTag } from './words.ts';

export interface PlaceHit {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
  partOf: string | null;
  /** From the gazetteer or an administrative suffix: may contain or head other places. */
  admin: boolean;
}

const SUFFIX_RE = new RegExp(PLACE_SUFFIXES.map(([s]) => s).join('|'), 'g');
const SUFFIX_KIND = new Map(PLACE_SUFFIXES);
const ADMIN_KINDS = new Set<PlaceKind>(['province', 'city', 'district', 'town', 'village']);
const PUNCT = /^[\p{P}\s]+$/u;
/** River and lake work (`巡河`, `治湖`) reads like a water name to the segmenter. */
const WATER_WORK = /^[巡治护守展开清疏入出环临跨过沿涉]/;
const ADMIN_TOKEN = /(?:[镇村区市县]|街道)$/;
const FULL_ADMIN_NAME = /(?:[省市区县镇乡村]|街道)$/;
/** Counters and ordinals (`新一轮`, `7个`) never start a place name. */
const COUNTING = /[\d一二三四五六七八九十百千万轮个项批次]/;
/** Going to or staying in villages and towns (`进村`, `驻村`, `进镇`): work, not a place's name. */
const VILLAGE_WORK = /^[进驻回下入出到离包联挂帮走串治强兴富](?:[村镇]|社区)$/u;
/** Prepositions, determiners and verbs of going: no village or town is named by these alone. */
const FUNCTION_CHARS = /^[为占全本该各每在从向给和与及由或进驻回下入出到离包联挂帮走串]+$/u;
/** `7月份度假区`: a time word before a place type ends the phrase before it. */
const TIME_WORD = /^(?:月份|年份|季度|年度|期间|以来|目前|今年|去年|明年|当天|近日)$/;
/** `5个村`, `一湖碧水`: a count of places, not a name. */
const COUNTED = /(?:^[\d个]|[\d一二两三四五六七八九十几个])$/;
/** `武宜路段`, `滆湖水环境`, `某某河沿线`: the segmenter joins the type word to the next character. */
const SUFFIX_TAIL = /^[段水沿畔]/;
/** `永安河塘洋村`: a river's name, then a village's of two characters or more. */
const RIVER_THEN_VILLAGE = /^([^河江港]{2,}?(?:运河|[河江港]))[^河江港]{2,}村$/;
const LOOSE_WATER = new Set(['塘', '荡']);
/** Ranks and kinds of village and town (`示范村`, `试点镇`) that a campaign gives out. */
/** Verbs of governing and reaching out whose object is every community or village. */
const GOVERNING_VERB =
  /^(?:健全|完善|加强|规范|深化|融入|覆盖|服务|走进|深入|创建|打造|推动|推进|治理|管理|激活|赋能|联动|进入|下沉|扎根)$/;
const VILLAGE_RANK = /(?:示范|试点|先进|特色|专业|重点|文明|明星)[村镇]$/;
/** `建成10个以上低碳示范村`, `首批试点村`: villages counted or ranked, not named. */
const RANK_COUNTED = /(?:[\d一二两三四五六七八九十几]个|以上|首批|一批|省级|市级|区级)$/;

const ADMIN_CHAR_ONLY = /^[镇乡村区市县]$/;
/** `走进古村`, `古镇内`: a kind of place on its own, named by no name (but `焦溪古村` is one). */
const BARE_PLACE_WORDS = new Set(['古村', '古镇']);
/** Administrative suffixes that end one place inside a run of unknown characters. */
const ADMIN_CHAR = /[镇乡村区市县]/gu;

/** The index just after the last administrative suffix in text[from, to), or `from` if none. */
function afterAdminChar(text: string, from: number, to: number): number {
  let cut = from;
  for (const m of text.slice(from, to).matchAll(ADMIN_CHAR)) cut = from + m.index + 1;
  return cut;
}

/**
 * Whether a town suffix the segmenter did not end a word with still ends a name: inside an unknown
 * word (`某某镇湖`) or at the start of one glued to the next character (`镇作`, `镇塘`, `镇区`).
 * A dictionary word starting with it (`镇江`) is a name of its own.
 */
function gluedTownSuffix(t: Token, at: number): boolean {
  if (t.tag === 'x' || wordTag(t.word) === undefined) return true;
  return t.start === at && GLUED_TOWN_WORDS.has(t.word);
}
const GLUED_TOWN_WORDS = new Set(['镇区', '镇村', '镇级']);

const VERB_TAGS = new Set(['v', 'vn']);
/** Farthest a park's or zone's name reaches back to a known place before a verb inside it. */
const OPENING_REACH = 14;

/**
 * The token index of a known place (gazetteer or `ns`) that opens a park's or zone's name, going
 * left from `ti` over name-like words and verbs; -1 when none is near.
 */
function placeOpeningBefore(text: string, tokens: readonly Token[], ti: number, s: number): number {
  for (let j = ti - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || s - t.start > OPENING_REACH || PUNCT.test(t.word) || CUT_WORDS.includes(t.word)) return -1;
    // `某镇打造…示范区`: a verb right after the place makes it the subject of a clause.
    if (t.tag === 'ns' || gazetteerAt(text, t.start)) return VERB_TAGS.has(tokens[j + 1]?.tag ?? '') ? -1 : j;
    if (!PLACE_NAME_TAGS.has(t.tag) && !VERB_TAGS.has(t.tag)) return -1;
  }
  return -1;
}

/** Where a town of the gazetteer ends strictly inside text[from, to), or -1. */
function knownTownEndIn(text: string, from: number, to: number): number {
  for (let e = from + 1; e < to; e++) if (townEndsAt(text, e)) return e;
  return -1;
}

/** Whether a town of the gazetteer ends at `end`. */
function townEndsAt(text: string, end: number): boolean {
  if (!/[镇乡道]/.test(text.charAt(end - 1))) return false;
  for (let k = 3; k <= 5 && end - k >= 0; k++) {
    const g = gazetteerAt(text, end - k);
    if (g?.kind === 'town' && g.name.length === k) return true;
  }
  return false;
}

/** Walks left from the suffix over name-like words (`长沟河片区`, `鱼池上自然村`). */
function placeStart(
  text: string,
  tokens: readonly Token[],
  s: number,
  suffix: string,
  kind: PlaceKind,
): number {
  let ti = tokenAt(tokens, s);
  const own = tokens[ti];
  if (!own) return s;
  let start = own.start;
  const short =
    kind === 'village' || kind === 'town' || kind === 'river' || kind === 'lake' || kind === 'road';
  const limit = short ? 4 : 8;
  // An unknown word can run a town into what follows it (`某某镇湖`, `镇塘`): the name starts after
  // the town. A dictionary word is left whole (`城市道路`).
  const unknown = (t: Token) => t.tag === 'x' || wordTag(t.word) === undefined;
  if (short && unknown(own)) {
    const cut = afterAdminChar(text, start, s);
    if (cut > start) return cut;
  }
  // A lone character the segmenter could not place (`墩/v` of `黄湖墩村`) is taken only when an
  // unknown or proper word comes before it.
  let loose = -1;
  for (ti -= 1; ti >= 0; ti--) {
    const t = tokens[ti];
    if (!t) break;
    if (short && unknown(t)) {
      // `滆/zg 湖和武/x 南河`: a conjunction after a water's or place's suffix ends that name.
      const joined = /[湖河江塘荡浜港镇村区路]([和与及])(?=.)/u.exec(text.slice(t.start, t.end));
      if (joined && t.start + joined.index + 2 < s) {
        start = t.start + joined.index + 2;
        break;
      }
      // `区农业农村局在/x 洛阳镇`: a preposition inside an unknown word ends what stands before it.
      const prep = /^.+[在到赴至于从往]/u.exec(text.slice(t.start, t.end));
      if (prep && t.start + prep[0].length === start) break;
      // `湟里/x 镇村/x 前村/x`: a known town ending inside the word leaves the rest to the village.
      const townEnd = knownTownEndIn(text, t.start, t.end);
      if (townEnd > 0 && s - townEnd <= limit) {
        start = townEnd;
        break;
      }
      const cut = afterAdminChar(text, t.start, t.end);
      // `查看村前村`: a suffix opening a word ends no name when no name-like word comes before it.
      const before = tokens[ti - 1];
      const ends =
        cut > t.start + 1 ||
        (before?.end === t.start && (PLACE_NAME_TAGS.has(before.tag) || unknown(before)));
      if (cut > t.start && ends) {
        // What stands between a town's suffix and the type word is the name, loose characters too.
        if (s - cut <= limit && cut <= start) {
          start = cut;
          loose = -1;
        }
        break;
      }
    }
    if (
      kind === 'village' &&
      loose < 0 &&
      t.word.length === 1 &&
      !PLACE_NAME_TAGS.has(t.tag) &&
      /\p{Script=Han}/u.test(t.word) &&
      !NOT_NAME_CHARS.has(t.word)
    ) {
      loose = start;
      start = t.start;
      continue;
    }
    if (loose >= 0) {
      // `某某镇横/v 观溪村`: right after a town, nothing but the village's own name can stand.
      if (ADMIN_TOKEN.test(t.word) && t.end === start) {
        loose = -1;
        break;
      }
      if (!PROPER_TAGS.has(t.tag) || s - t.start > limit) {
        start = loose;
        break;
      }
      loose = -1;
    }
    if (t.word === '”' || t.word === '"') {
      const open = text.lastIndexOf('“', t.start);
      if (open < 0 || t.start - open > 8) break;
      start = open;
      ti = tokenAt(tokens, open);
      continue;
    }
    // `某区东西部协作产业园`, `武进绿色建筑产业集聚示范区`: a park or zone may hold a verb when a
    // known place opens its name.
    if (!short && VERB_TAGS.has(t.tag) && t.word.length >= 2 && !CUT_WORDS.includes(t.word)) {
      const opening = placeOpeningBefore(text, tokens, ti, s);
      if (opening >= 0) {
        start = tokens[opening]?.start ?? start;
        ti = opening;
        continue;
      }
    }
    if (
      PUNCT.test(t.word) ||
      !PLACE_NAME_TAGS.has(t.tag) ||
      s - t.start > limit ||
      COUNTING.test(t.word) ||
      TIME_WORD.test(t.word)
    ) {
      const next = tokens[ti + 1];
      // `环/v 湖北/ns 路`: a ring road keeps its ring; `聚/v 贤路/n`, `聚/v 湖东路`: a road's name has
      // two characters, before its direction too.
      const lone = t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !NOT_NAME_CHARS.has(t.word);
      if (
        kind === 'road' &&
        (t.word === '环' ||
          (lone && (s - start === 1 || (s - start === 2 && /[东南西北中]/.test(text.charAt(s - 1)))))) &&
        next?.start === start &&
        t.end === start
      ) {
        start = t.start;
        break;
      }
      // `西湖街道淹城/v 路`: right after a town, a verb before a bare road suffix is the road's name.
      if (
        kind === 'road' &&
        start === s &&
        t.end === s &&
        t.word.length === 2 &&
        VERB_TAGS.has(t.tag) &&
        townEndsAt(text, t.start)
      ) {
        start = t.start;
        break;
      }
      // Two lone characters in a row are one word the segmenter did not know (`太/d 滆/zg 运河`).
      if (
        !PLACE_NAME_TAGS.has(t.tag) &&
        s - t.start <= limit &&
        t.word.length === 1 &&
        next?.start === start &&
        next.start < s &&
        next.word.length === 1 &&
        /\p{Script=Han}/u.test(t.word) &&
        (!NOT_NAME_CHARS.has(t.word) || (t.word === '和' && kind === 'village')) &&
        !COUNTING.test(t.word)
      )
        start = t.start;
      break;
    }
    if (WATER_SUFFIXES.has(suffix) && t.word.length > 1 && !PROPER_TAGS.has(t.tag) && t.tag !== 'f') {
      // `视察芙蓉/n 湖`: a two-character noun right before a lone water word names it, when no
      // name-like word comes before the noun and the noun is no kind of water (`人工湖`).
      const before = tokens[ti - 1];
      if (
        t.tag === 'n' &&
        t.word.length === 2 &&
        t.end === start &&
        start === s &&
        !WATER_KIND_WORDS.test(t.word) &&
        (!before || !PROPER_TAGS.has(before.tag) || PUNCT.test(before.word))
      )
        start = t.start;
      break;
    }
    // A village hangs under the town before it, and so does a river; two places, not one name.
    if (short && ADMIN_TOKEN.test(t.word)) break;
    start = t.start;
  }
  // At the very start of the text the lone character stands as after punctuation (`太/滆/村紧邻…`).
  const textStart = ti < 0 && start === 0;
  if (loose >= 0 && !textStart) start = loose;
  // Town names have two or more characters: a one-character one means the segmenter split an
  // unknown name (`观/黄镇`), and the character left on its own belongs to it.
  if (kind === 'town' && s - start === 1) {
    const prev = tokens[tokenAt(tokens, start - 1)];
    if (prev?.word.length === 1 && /\p{Script=Han}/u.test(prev.word) && !NOT_NAME_CHARS.has(prev.word))
      start = prev.start;
  }
  return start;
}

const OPENED = /^(?:正式)?(?:开园|揭牌|开业|启用|落成|建成|投用)/;

/** Single characters that stand alone before a name without being part of it. */
const NOT_NAME_CHARS = new Set([
  ...LEADING_FUNCTION_CHARS,
  ...'的了是为等也都又并就各全该本每其这那一之而即使让给被比往',
]);

const ESTATE_AFTER = /^(?:名城|花园|小区|新村|家园|人家|公寓|广场|大厦|华庭|雅苑|名苑|苑|府|天地|院区|校区)/;

/** Segmenting only the few characters around each suffix keeps extraction fast. */
const WINDOW_BEFORE = 14;
const WINDOW_AFTER = 3;

function windowTokens(text: string, s: number, e: number): Token[] {
  const from = Math.max(0, s - WINDOW_BEFORE);
  return tokenize(text.slice(from, e + WINDOW_AFTER)).map((t) => ({
    ...t,
    start: t.start + from,
    end: t.end + from,
  }));
}

/**
 * Moves a name's start past words that cannot be part of it: a verb or title
 * (`落户某某高新区`) and prepositions the segmenter glued on (`以沿某某路`). A leading
 * character stays when it forms a word with the next one (`和平路`) or when too little
 * of the name would be left (`于桥村`).
 */
const UNITS_BEFORE_PLACE = ['局和', '局及', '局与', '院和', '院及', '委和', '派出所', '公安分局', '管委会'];

export function trimPlaceStart(text: string, start: number, suffixStart: number): number {
  let s = start;
  const head = text.slice(s, suffixStart);
  for (const w of CUT_WORDS) {
    const at = head.lastIndexOf(w);
    if (at >= 0) s = Math.max(s, start + at + w.length);
  }
  // `某某有限公司智能装备产业园`: a company's legal form ends the company, not the place.
  const legal = Math.max(head.lastIndexOf('公司'), head.lastIndexOf('集团'));
  if (legal >= 0 && suffixStart - (start + legal + 2) >= 2) s = Math.max(s, start + legal + 2);
  // `区生态环境局和遥观镇`, `派出所社区`: a body's unit and a conjunction end before the place.
  for (const unit of UNITS_BEFORE_PLACE) {
    const at = head.lastIndexOf(unit);
    if (at < 0) continue;
    const rest = suffixStart - (start + at + unit.length);
    // `派出所社区民警`: nothing of a name between the unit and the type word.
    if (rest === 0) return suffixStart;
    if (rest >= 2) s = Math.max(s, start + at + unit.length);
  }
  // `这条老街`: a measure word after a demonstrative counts the place; it names none.
  if (/^[条座个片处所]/.test(text.slice(s, suffixStart)) && /[这那该此每一两几]$/.test(text.slice(0, s))) s++;
  // `北接湖塘镇`, `南连牛塘镇`: a direction and a verb of bordering.
  if (/^[东南西北][接连临邻靠]/.test(text.slice(s, suffixStart)) && suffixStart - s >= 3) s += 2;
  // `新建某湖大桥`: building is not part of the name, but `新建村` (nothing left after it) is one.
  const built = head.lastIndexOf('新建');
  if (built >= 0 && suffixStart - (start + built + 2) >= 1) s = Math.max(s, start + built + 2);
  // `沿太湖`: a one-character name is left when it and the suffix are a place word of their own.
  while (
    (suffixStart - s > 2 ||
      (suffixStart - s === 2 && wordTag(text.slice(s + 1, suffixStart + 1)) === 'ns')) &&
    LEADING_FUNCTION_CHARS.has(text.charAt(s)) &&
    !isCommonWord(text.slice(s, s + 2))
  )
    s++;
  return s;
}

/**
 * `雪堰镇太湖湾`, `雪堰镇太湖大堤`: a town before an area or a work whose own name opens with a
 * place (`太湖`) or a road is where it lies, not part of its name; `礼嘉镇智能装备产业园` is named
 * by its town.
 */
function afterTownBeforePlace(
  text: string,
  tokens: readonly Token[],
  start: number,
  suffixStart: number,
  kind: PlaceKind,
): number {
  if (kind !== 'area' && kind !== 'other') return start;
  const town = gazetteerAt(text, start);
  if (!town || (town.kind !== 'town' && town.kind !== 'district')) return start;
  const after = start + town.name.length;
  if (after >= suffixStart) return start;
  const next = tokens[tokenAt(tokens, after)];
  // `西湖街道延政西路片区`: an area named by its road lies in the town too.
  const byRoad = /^[\u4e00-\u9fff]{1,6}(?:路|街|大道)$/.test(text.slice(after, suffixStart));
  // `横林镇崔桥老街`: a word the segmenter does not know is the area's own name.
  return (next?.start === after && (next.tag === 'ns' || next.tag === 'x')) || byRoad ? after : start;
}

const QUOTABLE_KINDS = new Set<PlaceKind>(['road', 'village', 'area']);
const WATER_KINDS = new Set<PlaceKind>(['river', 'lake']);

/** Words that end in a place's type word without naming a place. */
function notAPlace(text: string, name: string, kind: PlaceKind, start: number, end: number): boolean {
  // `港湾式公交站台`: a style named after a kind of place.
  if (!ADMIN_KINDS.has(kind) && text.charAt(end) === '式') return true;
  // `经常居住地镇（街道）`: a town or a street, whichever it is; no one town.
  if (kind === 'town' && /^[（(]街道[）)]/.test(text.slice(end, end + 4))) return true;
  // `湟里镇村前村村民`: the 村 of 村民 ends no second village.
  if (kind === 'village' && text.charAt(end) === '民' && text.charAt(end - 2) === '村') return true;
  // `新改建农村公路`: the countryside, not a village.
  if (kind === 'village' && name.endsWith('农村')) return true;
  // `逛古村`: a verb before a bare old village.
  if (BARE_PLACE_WORDS.has(name.slice(1))) return true;
  // `登山观湖`: looking at the lake names none.
  if (kind === 'lake' && /[观望赏看]湖$/.test(name)) return true;
  // `286路由洛阳镇开往遥观镇`: a bus route runs from the town.
  return text.startsWith('路由', start) && /\d/.test(text.charAt(start - 1));
}

function suffixPlaces(text: string, given: readonly Token[] | null): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let quotes: Quotes | undefined;
  for (const m of text.matchAll(SUFFIX_RE)) {
    const tokens = given ?? windowTokens(text, m.index, m.index + m[0].length);
    const kind = SUFFIX_KIND.get(m[0]) ?? 'other';
    const end = m.index + m[0].length;
    // `阳湖名城`, `某河花园`: a housing estate named after water is not the water.
    if ((kind === 'lake' || kind === 'river') && ESTATE_AFTER.test(text.slice(end, end + 2))) continue;
    const last = tokens[tokenAt(tokens, end - 1)];
    if (!last) continue;
    // `牛塘段`: 塘 and 荡 end short town names too, so a joined tail is no water of theirs.
    const tail = last.end === end + 1 && SUFFIX_TAIL.test(text.slice(end)) && !LOOSE_WATER.has(m[0]);
    if (
      TOWN_KIND_WORDS.has(last.word) &&
      !PROPER_TAGS.has(tokens[tokenAt(tokens, last.start - 1)]?.tag ?? '')
    )
      continue;
    // `湖塘`, `池塘`: a dictionary word ending in 塘 is a town's short form or a pond.
    if (LOOSE_WATER.has(m[0]) && last.word.length > 1 && last.tag !== 'x' && wordTag(last.word) !== undefined)
      continue;
    // `武南河牛塘段镇级河长`: a stretch of river, then the level of a post.
    if (kind === 'town' && text.charAt(m.index - 1) === '段') continue;
    const glued = kind === 'town' && m[0] === '镇' && gluedTownSuffix(last, m.index);
    if (last.end !== end && !tail && !glued) continue;
    if (
      (GENERIC_PLACE_WORDS.has(last.word) && last.word.length > m[0].length) ||
      // `工作思路`: a common word that ends in a generic one (`思路`) is no place either.
      (last.word.length > 2 && !PROPER_TAGS.has(last.tag) && GENERIC_PLACE_WORDS.has(last.word.slice(-2))) ||
      !PLACE_NAME_TAGS.has(last.tag)
    )
      continue;
    let start = trimPlaceStart(text, placeStart(text, tokens, m.index, m[0], kind), m.index);
    // `守护美丽太湖`: a generic word before a proper name is dropped, not the name.
    const generic = GENERIC_PLACE_PREFIX.exec(text.slice(start, end))?.[0];
    if (generic) {
      // The first word after the generic one (`我区/太湖湾` after `我`) must be a place name.
      let k = tokenAt(tokens, start + generic.length);
      if ((tokens[k]?.start ?? 0) < start + generic.length) k++;
      const rest = tokens[k];
      if (!rest || rest.tag !== 'ns' || rest.start >= m.index) continue;
      start = rest.start;
    }
    start = afterTownBeforePlace(text, tokens, start, m.index, kind);
    const name = text.slice(start, end);
    if (name.length <= m[0].length || GENERIC_PLACE_WORDS.has(name) || BARE_PLACE_WORDS.has(name)) continue;
    // `村北片区`: a side of the village of the story.
    if (/^[村镇][东南西北]片?区$/.test(name)) continue;
    if (notAPlace(text, name, kind, start, end)) continue;
    quotes ??= new Quotes(text);
    // `是乡村振兴的“致富路”`, `“百企联百村”活动`, `以“樱约太湖湾 乐享春日游”为主题`: a road, village
    // or area quoted alone or inside a slogan is a figure of speech or a campaign.
    if (
      (QUOTABLE_KINDS.has(kind) || WATER_KINDS.has(kind)) &&
      (quotes.slogan(start, end) ||
        (QUOTABLE_KINDS.has(kind) && text.charAt(start - 1) === '“' && text.charAt(end) === '”'))
    )
      continue;
    if (COUNTED.test(text.slice(start, m.index)) || /^[\d个]/.test(name)) continue;
    // `6家镇卫生院`: a measure word after a number is no name.
    if (/^[家所座条名]/.test(name) && /[\d一二两三四五六七八九十几]/.test(text.charAt(start - 1))) continue;
    if (WATER_SUFFIXES.has(m[0]) && WATER_WORK.test(name)) continue;
    // `“青春护河”`: guarding a river names a campaign, not a river; `哪段路`: a question.
    if ((m[0] === '河' && /[护治巡管爱]河$/.test(name)) || /哪|之间/.test(name)) continue;
    // `惠及全镇`: the whole town of the article; `运河区级河长`: a post's level, after a common word.
    if (ADMIN_CHAR_ONLY.test(m[0]) && text.charAt(m.index - 1) === '全') continue;
    if (ADMIN_CHAR_ONLY.test(m[0]) && text.charAt(end) === '级' && isCommonWord(name.slice(0, -1))) continue;
    // `低碳示范村`: a rank or a kind of village, named by a common word.
    const rank = VILLAGE_RANK.exec(name);
    if (
      rank &&
      (isCommonWord(name.slice(0, rank.index)) ||
        (rank.index === 0 && !gazetteerAt(text, start)) ||
        RANK_COUNTED.test(text.slice(Math.max(0, start - 4), start)))
    )
      continue;
    // `副镇长`: a title, not a town.
    if (m[0] === '镇' && text.charAt(end) === '长' && /副$/.test(name.slice(0, -1))) continue;
    if (
      (m[0] === '村' || m[0] === '镇' || m[0] === '社区') &&
      VILLAGE_WORK.test(text.slice(m.index - 1, end))
    )
      continue;
    // `健全社区党组织`, `融入社区治理`: a verb of governing takes communities as its object.
    if (
      (m[0] === '村' || m[0] === '社区') &&
      GOVERNING_VERB.test(name.slice(0, -m[0].length)) &&
      !townEndsAt(text, start)
    )
      continue;
    // `为村集体增收`, `占全村耕地`: the village of the article, named by no name.
    if ((m[0] === '村' || m[0] === '镇') && FUNCTION_CHARS.test(text.slice(start, m.index))) continue;
    const first = tokens[tokenAt(tokens, start)];
    // One dictionary word tagged as a common noun is a thing, not a place (`思路`, `河湖`).
    if (first && first.start === start && first.end === end && !PROPER_TAGS.has(first.tag)) continue;
    // `永安河塘洋村段`: the river's stretch at a village, the two written as one word.
    if (kind === 'village' && text.charAt(end) === '段') {
      // The segmenter may join the river's type word to the village (`永安/河塘/洋村`).
      const before = tokens[tokenAt(tokens, start - 1)];
      const from =
        /^[河江港]/.test(name) && before?.end === start && before.word.length > 1 && before.tag === 'ns'
          ? before.start
          : start;
      const river = RIVER_THEN_VILLAGE.exec(text.slice(from, end))?.[1];
      if (river) {
        hits.push({
          name: river,
          kind: 'river',
          start: from,
          end: from + river.length,
          partOf: null,
          admin: false,
        });
        start = from + river.length;
      }
    }
    hits.push({ name: text.slice(start, end), kind, start, end, partOf: null, admin: ADMIN_KINDS.has(kind) });
  }
  return hits;
}

/**
 * Where the quotations of a text open and close, found in one pass so that each look-up is
 * constant time however long the text (a page of thousands of names inside one open quote).
 */
class Quotes {
  /** For each position, the last `“` before it that no `”` has closed since, or -1. */
  private readonly openBefore: Int32Array;
  /** For each position, the first `”` at or after it, or -1. */
  private readonly closeFrom: Int32Array;
  /** Running count of sentence and clause marks, to tell speech from a slogan. */
  private readonly marks: Int32Array;

  constructor(text: string) {
    const n = text.length;
    this.openBefore = new Int32Array(n + 1);
    this.closeFrom = new Int32Array(n + 1);
    this.marks = new Int32Array(n + 1);
    let open = -1;
    for (let i = 0; i < n; i++) {
      this.openBefore[i] = open;
      const ch = text.charAt(i);
      if (ch === '“') open = i;
      else if (ch === '”') open = -1;
      this.marks[i + 1] = (this.marks[i] ?? 0) + (SPEECH_MARK.test(ch) ? 1 : 0);
    }
    this.openBefore[n] = open;
    let close = -1;
    for (let i = n; i >= 0; i--) {
      if (text.charAt(i) === '”') close = i;
      this.closeFrom[i] = close;
    }
  }

  /**
   * Whether text[at, end) lies inside a quotation that is more than the name itself (a slogan).
   * `“…打开德国、荷兰等高端市场。”`: a quote with sentences in it is speech, not a slogan.
   */
  slogan(at: number, end: number): boolean {
    // The quote open at `at`, counting one that opens right at it.
    const open = this.openBefore[at + 1] ?? -1;
    if (open < 0 || open > at) return false;
    const close = this.closeFrom[end] ?? -1;
    if (close < 0) return false;
    if ((this.marks[close] ?? 0) - (this.marks[open] ?? 0) > 0) return false;
    return !(open === at - 1 && close === end);
  }
}
const SPEECH_MARK = /[，,。！？!?；;]/;

function regionPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let quotes: Quotes | undefined;
  for (const [name, kind] of NAMED_REGIONS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // `中国制造` is a set phrase; `长三角制造业重镇` names the region.
      if (kind === 'country' && REGION_SET_PHRASE.test(text.slice(end))) continue;
      quotes ??= new Quotes(text);
      if (quotes.slogan(at, end)) continue;
      if (REGION_NOT_BEFORE.get(name)?.test(text.slice(end))) continue;
      // A foreign state or city holds the places written after it, as one of China's does.
      const admin = kind === 'province' || kind === 'city';
      hits.push({ name, kind, start: at, end: at + name.length, partOf: null, admin });
    }
  }
  return hits;
}

/** Short forms of provinces and cities that name expressways (`沪宁高速`, `常泰高速公路`). */
const ROUTE_ENDS =
  '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘宁杭锡常镇扬泰通盐徐连淮宿宜溧甬绍嘉湖合蓉汉';
const EXPRESSWAY = new RegExp(`[${ROUTE_ENDS}]{2}高速(?:公路)?`, 'g');

function expressways(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const m of text.matchAll(EXPRESSWAY)) {
    // `苏常高速发展`: an adverb, not a road, when a verb follows.
    if (/^(?:发展|增长|推进|运转|运行)/.test(text.slice(m.index + m[0].length))) continue;
    hits.push({
      name: m[0],
      kind: 'road',
      start: m.index,
      end: m.index + m[0].length,
      partOf: null,
      admin: false,
    });
  }
  return hits;
}

const FOREIGN_NAME = `[${TRANSLITERATION_CHARS}]`;
const FOREIGN_PLACE = new RegExp(`${FOREIGN_NAME}{2,}(?:[-－·]${FOREIGN_NAME}{2,})*[市州]`, 'gu');

/** `斯图加特市`, `巴登-符腾堡州`: a transliterated name before a city's or a state's suffix. */
function foreignPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const m of text.matchAll(FOREIGN_PLACE)) {
    const end = m.index + m[0].length;
    // A word that ends inside the run (`抵达/慕尼黑市`) is not part of the name.
    let start = m.index;
    const tokens = windowTokens(text, m.index, end);
    const first = tokens[tokenAt(tokens, start)];
    if (first && first.start < start) start = first.end;
    else if (first && first.end < end - 1 && isCommonWord(first.word) && !PROPER_TAGS.has(first.tag))
      start = first.end;
    const name = text.slice(start, end);
    // `东南亚市场`: a market, not a city.
    if (name.replace(/[-－·]/g, '').length < 4 || text.charAt(end) === '场') continue;
    hits.push({
      name,
      kind: m[0].endsWith('市') ? 'city' : 'province',
      start,
      end,
      partOf: null,
      admin: true,
    });
  }
  return hits;
}

function gazetteerPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (let p = 0; p < text.length; p++) {
    const g = gazetteerAt(text, p);
    if (!g || notAPlace(text, g.name, g.kind, p, p + g.name.length)) continue;
    hits.push({ name: g.name, kind: g.kind, start: p, end: p + g.name.length, partOf: null, admin: true });
    p += g.name.length - 1;
  }
  return hits;
}

/** `out[i]`: the furthest end among `hits[0..i]`, a non-decreasing list to search. */
function runningMaxEnd(hits: readonly PlaceHit[]): number[] {
  const out: number[] = [];
  let max = -1;
  for (const h of hits) out.push((max = Math.max(max, h.end)));
  return out;
}

/**
 * The first hit (in `all`'s order: by start, longest first) that holds `all[i]` and is longer, in
 * O(log n) instead of a scan of every hit: a page can hold thousands of place words. Only hits
 * before `i` can hold it, and the first of them reaching its end is the one, unless that is a copy
 * of the same span (then none is longer).
 */
function outerPlace(
  all: readonly PlaceHit[],
  furthestEnd: readonly number[],
  i: number,
): PlaceHit | undefined {
  const h = all[i];
  if (!h) return undefined;
  let lo = 0;
  let hi = i;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((furthestEnd[mid] ?? 0) >= h.end) hi = mid;
    else lo = mid + 1;
  }
  const o = lo < i ? all[lo] : undefined;
  return o && !(o.start === h.start && o.end === h.end) ? o : undefined;
}

/**
 * Places in a paragraph: gazetteer names and names ending in a place-type word. A place
 * written inside a longer one is dropped unless it heads it (`湖塘镇纺织工业园` keeps
 * `湖塘镇` as its partOf); places written back to back form a partOf chain.
 */
/**
 * `横山桥镇西崦村`: a village the segmenter started inside a known town's name (`桥镇西崦村`)
 * starts where the town ends.
 */
const BIG_KINDS = new Set<PlaceKind>(['country', 'province', 'city']);

function afterKnownTowns(hits: PlaceHit[], known: readonly PlaceHit[], text: string): PlaceHit[] {
  // Known places by where they start: a page may hold thousands of both.
  const byStart = new Map<number, PlaceHit[]>();
  let longest = 0;
  for (const k of known) {
    const list = byStart.get(k.start) ?? [];
    list.push(k);
    byStart.set(k.start, list);
    longest = Math.max(longest, k.end - k.start);
  }
  // Where the last-starting known place ending at each position starts.
  const knownEnds = new Map<number, number>();
  for (const k of known)
    if (BIG_KINDS.has(k.kind)) knownEnds.set(k.end, Math.max(knownEnds.get(k.end) ?? -1, k.start));
  // `林宗翰率台湾`: a country, province or city that ends a water or area name read by its suffix
  // is the place (but `太湖西区` is no `西区`).
  hits = hits.filter((h) => h.admin || (knownEnds.get(h.end) ?? -1) <= h.start);
  for (const h of hits) {
    // `串联起前黄镇`: a known town one character inside a town read by its suffix is the town.
    if (h.kind === 'town') {
      const inner = byStart.get(h.start + 1)?.find((k) => k.kind === 'town' && k.end === h.end);
      if (inner) {
        h.start = inner.start;
        h.name = inner.name;
      }
      continue;
    }
    if (h.kind !== 'village') continue;
    let town: PlaceHit | undefined;
    for (let at = h.start - 1; at >= h.start - longest && !town; at--)
      town = byStart.get(at)?.find((k) => k.admin && h.start < k.end && k.end < h.end - 1);
    if (!town) continue;
    h.start = town.end;
    h.name = text.slice(h.start, h.end);
  }
  return hits;
}

/** `人民路步行街`: a road's pedestrian or shopping street is named with the road. */
const STREET_AFTER = /^(?:步行街|商业街|美食街|风情街)/;
function withStreet(hits: PlaceHit[], text: string): PlaceHit[] {
  for (const h of hits) {
    const street = h.kind === 'road' ? STREET_AFTER.exec(text.slice(h.end, h.end + 3))?.[0] : undefined;
    if (!street) continue;
    h.end += street.length;
    h.name = text.slice(h.start, h.end);
  }
  return hits;
}

/**
 * A known name read where it is no place: starting inside a water's name and running past its end
 * (`武宜运河南夏墅段` holds no `河南`), or a common word before the level of a post (`运河区级河长`).
 */
function keepKnown(k: PlaceHit, waters: SpanSet, text: string): boolean {
  if (waters.crosses(k.start) && !waters.covers(k.start, k.end)) return false;
  return !(
    text.charAt(k.end) === '级' &&
    ADMIN_CHAR_ONLY.test(k.name.slice(-1)) &&
    isCommonWord(k.name.slice(0, -1))
  );
}

export function findPlaces(text: string, tokens: readonly Token[] | null = null): PlaceHit[] {
  const known = [
    ...gazetteerPlaces(text),
    ...regionPlaces(text),
    ...foreignPlaces(text),
    ...expressways(text),
  ];
  const bySuffix = withStreet(afterKnownTowns(suffixPlaces(text, tokens), known, text), text);
  // `武宜运河南夏墅段`: no known name starts inside a water's name and runs past its end (`河南`).
  const waters = SpanSet.of(bySuffix.filter((h) => h.kind === 'river' || h.kind === 'lake'));
  const all = [...known.filter((k) => keepKnown(k, waters, text)), ...bySuffix].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const furthestEnd = runningMaxEnd(all);
  const kept: PlaceHit[] = [];
  const keptSpans = new Set<string>();
  all.forEach((h, i) => {
    const outer = outerPlace(all, furthestEnd, i);
    // `湖塘镇纺织工业园` keeps its town; a short form (`武进` of `武进国家高新区`) is only a part of the name.
    if (outer && !(h.admin && outer.start === h.start && FULL_ADMIN_NAME.test(h.name))) return;
    if (outer) outer.partOf ??= h.name;
    const span = `${h.start}:${h.end}`;
    if (keptSpans.has(span)) return;
    keptSpans.add(span);
    kept.push(h);
  });
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < kept.length; i++) {
    const prev = kept[i - 1];
    const cur = kept[i];
    // A river runs through many places; the golds give it none (`牛塘镇永安河`).
    if (!prev || !cur || cur.partOf || cur.kind === 'river') continue;
    // `德国巴登-符腾堡州`: a foreign state or city under the country before it.
    const abroad =
      prev.kind === 'country' && prev.name !== '中国' && (cur.kind === 'province' || cur.kind === 'city');
    if (prev.end === cur.start && (prev.admin || abroad)) cur.partOf = prev.name;
    else if (text.charAt(prev.end) === '、' && prev.end + 1 === cur.start && prev.kind === cur.kind)
      cur.partOf = prev.partOf;
  }
  // `某某产业园在南夏墅街道开园运营`: a park opened in a town lies in it.
  for (let i = 0; i + 1 < kept.length; i++) {
    const park = kept[i] as PlaceHit;
    const town = kept[i + 1] as PlaceHit;
    if (park.partOf || (park.kind !== 'park' && park.kind !== 'area') || town.kind !== 'town') continue;
    if (text.charAt(park.end) === '在' && town.start === park.end + 1 && OPENED.test(text.slice(town.end)))
      park.partOf = town.name;
  }
  return kept;
}
