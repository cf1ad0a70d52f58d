import { ENDS_WITH_TITLE, NAME_FOLLOWERS, SPEECH_VERBS, TITLE_END } from './lexicon/titles.ts';
import { JAPANESE_SURNAMES, surnameAt } from './lexicon/surnames.ts';
import { gazetteerAt, lookupPlace } from './gazetteer/gazetteer.ts';
import { isCommonWord, wordTag } from './words.ts';

/** A person found in a paragraph, with the titles written before the name. */
export interface PersonHit {
  name: string;
  titles: string[];
  start: number;
  end: number;
  /** The text right after the name or the list it belongs to (`参加活动…`). */
  after: string;
  /** Where the title chain before the name starts (equal to start when untitled). */
  titleStart: number;
  /** Named as appointed or elected to the post (`任命某某为…`): a mention, never an attendee. */
  appointed?: true;
}

const BOUNDARY = /[，,。；;：:！？!?（(）)“”"、\s—]/;
/** Names may use rare characters of CJK Extension A (`䶮`). */
const ONLY_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;
/** Title chains can start with words that belong to the sentence, not the title. */
const CHAIN_OPENING =
  /^(?:并与|并和|由|在|和|与|及|以及|以|并|随后|会上|其中|同时|包括|邀请|听取了|听取|了|提起|说起|谈起|作为|据|像|对于|面对|看到|见到|跟随|跟着|[上下左右]?图为|(?:前排|后排)?[左右][一二三四五六七八九十]+为?)/;

/** Words after which a title starts: verbs of visiting, `出席会议的还有`, a possessive (`…称号的高级技师`). */
const CHAIN_CUT = /(?:来到|走进|走访|看望|慰问|会见|前往|察看|查看|询问|带领|率领)了?|还有|包括|的|由|是/g;

/** A year or figure right after a name starts the next phrase (`张某2019年…`). */
function followsName(rest: string): boolean {
  return (
    rest === '' ||
    BOUNDARY.test(rest.charAt(0)) ||
    /^\d{4}年/.test(rest) ||
    NAME_FOLLOWERS.some((f) => rest.startsWith(f))
  );
}

function strongFollower(rest: string): boolean {
  return NAME_FOLLOWERS.some((f) => f.length >= 2 && rest.startsWith(f));
}

/** Tags of nouns, which no given name is even after a title (`九大书记项目，`). */
const NOUN_TAGS = new Set(['n', 'vn', 'ns', 'nt', 'nz', 'm', 'q', 'f', 'r', 't', 's']);

/** Particles never end a given name (`某某的陪同下`, `某某了解`). */
const NOT_NAME_END = /[的了着过和与及在是为将把被等到]$/;
/** Divisions big enough that a given name equal to one is a verb and a place (`来武进`, `赴常州`). */
const CITY_KINDS = new Set(['province', 'city', 'district']);
/** Surnames that are also verbs or prepositions before a place (`来武进`, `向常州`, `于南京`). */
const VERB_SURNAMES = new Set('来向于经和同到');
function givenIsPlace(cand: string, sl: number): boolean {
  if (sl !== 1 || !VERB_SURNAMES.has(cand.charAt(0))) return false;
  const kind = lookupPlace(cand.slice(sl))?.kind;
  return kind !== undefined && CITY_KINDS.has(kind);
}
/**
 * `欢迎各位企业家`, `广大党员`: a title after a word of number or plurality names a group,
 * and what follows it is not a name.
 */
const GROUP_TITLE =
  /(?:各位|广大|全体|众多|诸位|多位|多名|各级|一批|一些|这些|那些|所有(?!限)|不少|许多|诸多|[\d两三四五六七八九十]+[位名])/;
const BRACKETED_POST = /^[（(]([^（）()，,。]{2,30})[）)]/;
const POSITION_MARKER = /^[（(](?:前排|后排)?[左右中][一二三四五六七八九十]?[）)]/;
/**
 * `张某`, `李某某`: a name withheld (court and police news) identifies nobody; `贺信`, `贺电` are
 * letters, not people (`贺信指出`).
 */
const ANONYMIZED = /某|^贺[信电词]$/;
const TO_WHOM =
  /^[向对跟给][^，,。；;：:“”]{1,8}?(?:介绍|表示|说|汇报|讲解|讲述|反映|提出|展示|坦言|透露|道)/;
const HONORIFIC_AFTER_SURNAME = /^(?:先生|女士|师傅|阿姨|大爷|大妈|老师|同学)$/;
const FOREIGN_OPENING = /^[\u4e00-\u9fff]{1,6}[·•・]/;
/** A transliterated foreign name: parts joined by a middle dot (`托马斯·穆勒`). */
const FOREIGN_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}/;
const FOREIGN_LAST_PART = [2, 3, 4, 5, 6, 7, 8, 1];

const FOREIGN_BEFORE = /[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}$/;

/** A foreign name written in characters after a title (`全球副总裁托马斯·穆勒一行`). */
export function readForeignName(text: string, at: number): string | null {
  const run = FOREIGN_NAME.exec(text.slice(at))?.[0];
  if (!run) return null;
  // The last part ends where the sentence goes on (`托马斯·穆勒一行来武`): shortest fit first.
  const lastDot = Math.max(run.lastIndexOf('·'), run.lastIndexOf('•'), run.lastIndexOf('・'));
  for (const len of FOREIGN_LAST_PART) {
    const end = lastDot + 1 + len;
    if (end > run.length) continue;
    if (followsName(text.slice(at + end))) return run.slice(0, end);
  }
  return null;
}

/**
 * Reads a personal name starting at `at`: surname plus one or two characters, cut where
 * a following word begins (`乔某某一行`, `张某表示`). Returns null when no name starts here.
 */
export function readName(
  text: string,
  at: number,
  known: ReadonlySet<string> = new Set(),
  anchored = false,
): string | null {
  // `常务董事高桥良介`: a Japanese surname and a two-character given name, after a title.
  const japanese = anchored ? JAPANESE_SURNAMES.find((j) => text.startsWith(j, at)) : undefined;
  if (japanese) {
    const cand = text.slice(at, at + japanese.length + 2);
    if (
      ONLY_CJK.test(cand) &&
      cand.length === japanese.length + 2 &&
      followsName(text.slice(at + cand.length))
    )
      return cand;
  }
  const sl = surnameAt(text, at);
  // `安德斯·尼尔森`: a foreign name may open with a character that is also a surname.
  if (sl === 0 || (anchored && FOREIGN_OPENING.test(text.slice(at, at + 8))))
    return anchored ? readForeignName(text, at) : null;
  for (const len of [sl + 2, sl + 1]) {
    const cand = text.slice(at, at + len);
    if (cand.length === len && known.has(cand)) return cand;
  }
  // `居民李女士`: a surname and how one addresses its bearer withhold the name.
  if (HONORIFIC_AFTER_SURNAME.test(text.slice(at + sl, at + sl + 2))) return null;
  for (const len of [sl + 2, sl + 1]) {
    const cand = text.slice(at, at + len);
    if (
      cand.length < len ||
      !ONLY_CJK.test(cand) ||
      // `区长尤清和分别致辞`: a given name may end in 和 when a verb, not another name, follows.
      (NOT_NAME_END.test(cand) && !(cand.endsWith('和') && strongFollower(text.slice(at + len)))) ||
      ANONYMIZED.test(cand) ||
      givenIsPlace(cand, sl)
    )
      continue;
    const rest = text.slice(at + len);
    // `副教授甘露、某某`: after a title and before the next name of a list, a common word that is no
    // noun (`甘露`, but not `项目`, `单位`) is a name.
    const listed =
      anchored && len === sl + 1 && rest.startsWith('、') && !NOUN_TAGS.has(wordTag(cand) ?? 'n');
    if (!followsName(rest) || (isCommonWord(cand) && !listed)) continue;
    // `总监闻雅向走访组介绍`: a preposition opening the phrase of whom one speaks to.
    if (len === sl + 2 && TO_WHOM.test(text.slice(at + len - 1, at + len + 12))) continue;
    // `总经理蒋某说：`: a speech verb glued to a two-character name.
    if (len === sl + 2 && cand.endsWith('说') && /^(?:[：:，,“"。！!]|$)/.test(rest)) continue;
    // `周某陪同`: a one-character follower (`同`) loses to a word that starts a character earlier.
    if (
      len === sl + 2 &&
      !strongFollower(rest) &&
      !BOUNDARY.test(rest.charAt(0)) &&
      strongFollower(text.slice(at + len - 1))
    )
      continue;
    // `方志远调研`: a name may open with a word (`方志`) when a verb of the report follows, or,
    // after a title or in a list (`区领导黄某、方志远、顾某`), when the clause or list goes on.
    // A compound surname (`欧阳`) is itself a word; the test is for one-character surnames.
    const closed = strongFollower(rest) || (anchored && BOUNDARY.test(rest.charAt(0)));
    if (sl === 2 || !isCommonWord(cand.slice(0, 2)) || (len === 3 && closed) || listed) return cand;
  }
  return anchored ? nameBeforeVerb(text, at, sl) : null;
}

/** Surnames that are also conjunctions or prepositions (`和`, `于`, `向`). */
const JOINING_SURNAMES = new Set([...'和于向与及从']);

/**
 * After a title, a full name (surname and two characters) may be followed by any word the
 * follower list lacks (`区委书记某某鸣枪发令`): a dictionary word right after it ends the name.
 */
function nameBeforeVerb(text: string, at: number, sl: number): string | null {
  const cand = text.slice(at, at + sl + 2);
  // `困难党员和困难群众`: a conjunction that is also a surname, before a word, joins two phrases.
  if (sl === 1 && JOINING_SURNAMES.has(cand.charAt(0)) && isCommonWord(cand.slice(1))) return null;
  if (
    cand.length < sl + 2 ||
    !ONLY_CJK.test(cand) ||
    NOT_NAME_END.test(cand) ||
    ANONYMIZED.test(cand) ||
    givenIsPlace(cand, sl)
  )
    return null;
  if (isCommonWord(cand) || isCommonWord(cand.slice(0, 2))) return null;
  const next = text.slice(at + cand.length, at + cand.length + 2);
  // `村民宿集群二期项目`: a count or an ordinal (`二期`, `三座`) goes on a thing, not a person.
  return next.length === 2 && isCommonWord(next) && !/^[二三四五六七八九十两\d]/.test(next) ? cand : null;
}

/** Titles before a name, split on 、, from the start of the clause. */
/** Where the title chain ending at `titleEnd` starts; never before `floor` (the end of the name before it). */
export function titleChainStart(text: string, titleEnd: number, floor = 0): number {
  const back = (from: number): number => {
    let at = from;
    while (at > floor) {
      const ch = text.charAt(at - 1);
      // `某某精工（常州）有限公司总经理`: a place in brackets inside a firm's name.
      const open =
        ch === '）' || ch === ')' ? BRACKETED_IN_FIRM.exec(text.slice(Math.max(floor, at - 9), at)) : null;
      if (open && /公司|集团|株式会社/.test(text.slice(at, Math.min(titleEnd, at + 24))))
        at -= open[0].length;
      else if (!BOUNDARY.test(ch) || ch === '、') at--;
      else break;
    }
    return at;
  };
  let start = back(titleEnd);
  // `市委常委、区委书记，武进国家高新区党工委书记某某`: a clause that is only a title is another post
  // of the same person.
  while (start > floor + 1 && /[，,]/.test(text.charAt(start - 1))) {
    const before = back(start - 1);
    const clause = text.slice(before, start - 1);
    const plain = ONLY_CJK.test(clause.replace(/、/g, '')) && !/[的是有]/.test(clause);
    if (clause.length < 2 || !ENDS_WITH_TITLE.test(clause) || !plain) break;
    start = before;
  }
  // `某某主任张某、某某主席李某`: the second chain starts after the first name's 、.
  while (start < titleEnd && text.charAt(start) === '、') start++;
  return start;
}

const BRACKETED_IN_FIRM = /(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,6}[）)]$/;

/** `某某执法局（以下简称“区某某局”）副局长`: a short form declared between a body and its post. */
const DECLARED_ASIDE = /[（(]以下简称[“"][^”"]{1,16}[”"][）)]$/;
const BODY_END = /(?:局|委|办|院|厅|部|处|会|公司|集团|中心|所|站|队|社|行|馆|校)$/;

export function titleChain(text: string, titleEnd: number, floor = 0): string[] {
  const start = titleChainStart(text, titleEnd, floor);
  let written = text.slice(start, titleEnd);
  const aside = DECLARED_ASIDE.exec(text.slice(Math.max(floor, start - 24), start));
  if (aside && !written.includes('、')) {
    const bodyEnd = start - aside[0].length;
    let at = bodyEnd;
    while (at > floor && !BOUNDARY.test(text.charAt(at - 1))) at--;
    const body = text.slice(at, bodyEnd);
    if (body.length >= 2 && BODY_END.test(body)) written = body + written;
  }
  // `某某来到老党员某某家中`, `出席会议的还有区领导某某`: the title starts after these.
  const visit = [...written.matchAll(CHAIN_CUT)].at(-1);
  let chain = (visit ? written.slice(visit.index + visit[0].length) : written).replace(CHAIN_OPENING, '');
  // `储某某与某某新能源董事长`: a person named before 与 is the other party, not part of the title.
  const party = /^([\u4e00-\u9fff]{2,4})[与和同]/.exec(chain);
  if (party && readName(chain, 0, new Set(), true) === party[1]) chain = chain.slice(party[0].length);
  // `首批入驻企业常州某某有限公司负责人`: the kind of firm before the firm's place is no title.
  const kind = FIRM_KIND.exec(chain);
  const place = kind ? gazetteerAt(chain, kind[0].length) : undefined;
  if (kind && place && PLACE_OPENING_KINDS.has(place.kind)) chain = chain.slice(kind[0].length);
  // `市、区领导` names one group, not two titles.
  if (/^[省市区县]、[省市区县]领导$/.test(chain)) return [chain];
  return (
    chain
      .split(/[、，,]/)
      // `78岁居民`: an age tells about the person, it is no part of the title.
      .map((t) => t.trim().replace(/^(?:\d+|[一二三四五六七八九十]+)岁(?=.)/, ''))
      .filter((t) => t.length > 0 && t.length <= 40)
  );
}

/** The wide space between a title and the name in a list of honours, the name ending its line. */
const SPACED_NAME = /^\u3000{1,2}(?=[\u4e00-\u9fff]{2,4}$)/;
const FIRM_KIND = /^[\u4e00-\u9fff]{0,6}?(?:企业|商户|厂商)/;
const PLACE_OPENING_KINDS = new Set(['province', 'city', 'district']);

/** `王先生`, `李阿姨`: how a speaker is addressed, not their name. */
const HONORIFIC = /(?:先生|女士|师傅|阿姨|大爷|大妈|老师)$/;
/** `等区领导`, `等市、区领导` after a list of names, or a count of them (`等20人获评`). */
const GROUP_AFTER = /等(?:((?:[省市区县镇]、)?[省市区县镇]领导)|[\d一二三四五六七八九十百]+(?:人|名|位))/g;

/** Speaking at an event, after the names of the speakers. */
const SPEAKERS_AFTER = /(?:作为[^，,。；;]{1,12}?)?(?:先后|分别|依次)?(?:作[^，,。；;]{0,6}?)?发言/g;

/**
 * The names listed right before `end` (`甲、乙、丙`), the first one after a boundary; null if none.
 * `王某(女)、刘某等30名同志`: a gender mark after a name is skipped.
 */
function namesBefore(text: string, end: number, known: ReadonlySet<string>): [string, number][] | null {
  const listed: [string, number][] = [];
  while (end > 0) {
    const nameEnd = end - (SEX_MARK_BEFORE.exec(text.slice(Math.max(0, end - 3), end))?.[0].length ?? 0);
    const found = nameEndingAt(text, nameEnd, known);
    if (!found) break;
    listed.unshift([found, nameEnd - found.length]);
    if (text.charAt(nameEnd - found.length - 1) !== '、') break;
    end = nameEnd - found.length - 1;
  }
  const first = listed[0];
  if (!first || (first[1] > 0 && !BOUNDARY.test(text.charAt(first[1] - 1)))) return null;
  return listed;
}

/** A name of two to four characters that ends at `end` and starts after a boundary or 、. */
function nameEndingAt(text: string, end: number, known: ReadonlySet<string>): string | null {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const prev = text.charAt(start - 1);
    if (start > 0 && !BOUNDARY.test(prev)) continue;
    const name = readName(text.slice(0, end), start, known, true);
    if (name?.length === len) return name;
  }
  return null;
}

/** `（女）` after a name in a list of honours. */
const SEX_MARK = /^[（(][男女][）)]/;
const SEX_MARK_BEFORE = /[（(][男女][）)]$/;

/** Names listed after the first one: `张某、李某、王某参加`. */
function readList(
  text: string,
  from: number,
  known: ReadonlySet<string>,
): { names: [string, number][]; end: number } {
  const names: [string, number][] = [];
  let pos = from;
  pos += SEX_MARK.exec(text.slice(pos, pos + 3))?.[0].length ?? 0;
  while (text.charAt(pos) === '、') {
    const name = readName(text, pos + 1, known, true);
    if (!name) break;
    names.push([name, pos + 1]);
    pos += 1 + name.length;
    pos += SEX_MARK.exec(text.slice(pos, pos + 3))?.[0].length ?? 0;
  }
  return { names, end: pos };
}

/** People named after a title (and the lists they head) or before a reporting verb. */
export function findPersons(text: string, known: ReadonlySet<string> = new Set()): PersonHit[] {
  const hits: PersonHit[] = [];
  const taken = new Set<number>();
  const groups: { hits: PersonHit[]; end: number }[] = [];
  let lastEnd = 0;
  const addBare = (name: string, start: number, titles: string[], after: string): void => {
    if (taken.has(start)) return;
    taken.add(start);
    hits.push({ name, titles, start, end: start + name.length, after, titleStart: start });
  };
  for (const m of text.matchAll(TITLE_END)) {
    const titleEnd = m.index + m[0].length;
    // `湖塘镇某某社区党委书记\u3000万某某`: a list of honours sets the name apart by a wide space.
    const spaced = SPACED_NAME.exec(text.slice(titleEnd));
    const at = titleEnd + (spaced?.[0].length ?? 0);
    const first = readName(text, at, known, true);
    if (!first || taken.has(at)) continue;
    const floor = lastEnd <= at ? lastEnd : 0;
    const titles = titleChain(text, titleEnd, floor);
    if (GROUP_TITLE.test(titles.at(-1) ?? '')) continue;
    const titleStart = titleChainStart(text, titleEnd, floor);
    const list = readList(text, at + first.length, known);
    // `副区长某某（区安委会副主任）带队`: another post in brackets after a lone name.
    const bracket = list.names.length === 0 ? BRACKETED_POST.exec(text.slice(list.end, list.end + 40)) : null;
    const posts = bracket?.[1]?.split('、').filter((t) => ENDS_WITH_TITLE.test(t)) ?? [];
    // `区长某某（左二）察看`: a photo's position marker is skipped too.
    const marker = POSITION_MARKER.exec(text.slice(list.end, list.end + 12))?.[0].length ?? 0;
    const end = posts.length > 0 ? list.end + (bracket?.[0].length ?? 0) : list.end + marker;
    lastEnd = end;
    const after = text.slice(end, end + 12);
    const group: PersonHit[] = [];
    for (const [name, start] of [[first, at] as [string, number], ...list.names]) {
      taken.add(start);
      group.push({ name, titles: [...titles, ...posts], start, end: start + name.length, after, titleStart });
    }
    hits.push(...group);
    groups.push({ hits: group, end: list.end });
  }
  // `副区长甲、乙，区政府办主任丙参加会议`: lists joined by a comma share the verb after the last.
  for (let g = groups.length - 2; g >= 0; g--) {
    const group = groups[g]!;
    const next = groups[g + 1]!;
    if (!/^[，,]/.test(group.hits[0]!.after) || next.hits[0]!.titleStart !== group.end + 1) continue;
    for (const hit of group.hits) hit.after = next.hits[0]!.after;
  }
  // `某某：我们…`: the speaker of an interview's answer.
  const speaker = /^([\u4e00-\u9fff]{2,4})[：:]/.exec(text)?.[1];
  if (speaker && !HONORIFIC.test(speaker) && !taken.has(0) && readName(text, 0, known, true) === speaker) {
    taken.add(0);
    hits.push({
      name: speaker,
      titles: [],
      start: 0,
      end: speaker.length,
      after: text.slice(speaker.length, speaker.length + 12),
      titleStart: 0,
    });
  }
  // `甲、乙、丙等区领导出席`, `甲、乙等20人获评`: names listed before the group they belong to.
  for (const m of text.matchAll(GROUP_AFTER)) {
    const listed = namesBefore(text, m.index, known);
    if (!listed) continue;
    const group = m[1];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    for (const [name, start] of listed) addBare(name, start, group ? [group] : [], after);
  }
  // `晏某、寇某作为获奖代表先后发言`: people named before (an honour's list) who now speak.
  for (const m of text.matchAll(SPEAKERS_AFTER)) {
    const listed = namesBefore(text, m.index, known);
    if (!listed?.every(([name]) => known.has(name))) continue;
    const after = text.slice(m.index, m.index + 12);
    for (const [name, start] of listed) addBare(name, start, [], after);
  }
  for (const m of text.matchAll(SPEECH_VERBS)) {
    const foreign = FOREIGN_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0];
    const fstart = m.index - (foreign?.length ?? 0);
    if (foreign && !taken.has(fstart) && (fstart === 0 || BOUNDARY.test(text.charAt(fstart - 1)))) {
      taken.add(fstart);
      hits.push({
        name: foreign,
        titles: [],
        start: fstart,
        end: m.index,
        after: text.slice(m.index, m.index + 12),
        titleStart: fstart,
      });
      continue;
    }
    for (const len of [3, 2, 4]) {
      const start = m.index - len;
      if (start < 0 || taken.has(start)) continue;
      if (start > 0 && !BOUNDARY.test(text.charAt(start - 1))) continue;
      const name = readName(text, start, known);
      if (name?.length !== len) continue;
      taken.add(start);
      hits.push({
        name,
        titles: [],
        start,
        end: m.index,
        after: text.slice(m.index, m.index + 12),
        titleStart: start,
      });
      break;
    }
  }
  // `邹某（某某实验中学）` alone on a line, or `：甲（某某学院）、乙（某某公司）`: a list of
  // people each followed by the body they belong to.
  for (const m of text.matchAll(AFFILIATED)) {
    const start = m.index + m[1]!.length;
    const name = m[2]!;
    if (taken.has(start) || readName(text, start, known, true) !== name) continue;
    const whole = m.index === 0 && m[0].length === text.length;
    const afterEntry = m[1] !== '' && /[）)]/.test(text.charAt(m.index - 1));
    if (!whole && !afterEntry && !AFFILIATED_LIST.test(text.slice(m.index, m.index + m[0].length + 40)))
      continue;
    addBare(name, start, [], text.slice(start + name.length, start + name.length + 12));
  }
  // `任命王某为某某区人民政府副区长`: an appointment writes the post after the person;
  // `任命甲为…局长、乙为…局长`, `免去丙、丁的相关职务`: one verb may name several.
  const addAppointed = (name: string, at: number, post: string | undefined, end: number): void => {
    taken.add(at);
    hits.push({
      name,
      titles: post ? [post] : [],
      start: at,
      end: at + name.length,
      after: text.slice(end, end + 12),
      titleStart: at,
      appointed: true,
    });
  };
  const readAppointment = (at: number, removed: boolean): number => {
    const name = readName(text, at, known, true);
    if (!name) return -1;
    const rest = text.slice(at + name.length, at + name.length + 40);
    if (removed) {
      // `免去甲、乙的相关职务`: the names listed before one post, or none.
      const list = readList(text, at + name.length, known);
      const tail = REMOVED_POST.exec(text.slice(list.end, list.end + 40));
      const post = tail?.[1];
      if (!tail || (post !== undefined && !ENDS_WITH_TITLE.test(post) && !ANY_POST.test(post))) return -1;
      const end = list.end + tail[0].length;
      const titled = post && ENDS_WITH_TITLE.test(post) ? post : undefined;
      for (const [n, s] of [[name, at] as [string, number], ...list.names])
        if (!taken.has(s)) addAppointed(n, s, titled, end);
      return end;
    }
    const post = APPOINTED_POST.exec(rest)?.[1];
    if (!post || !ENDS_WITH_TITLE.test(post)) return -1;
    const end = at + name.length + 1 + post.length;
    if (!taken.has(at)) addAppointed(name, at, post, end);
    return end;
  };
  for (const m of text.matchAll(APPOINTED)) {
    let end = readAppointment(m.index + m[0].length, m[0] === '免去');
    // The list goes on over `、` or `；` while each entry is a name and its post.
    while (end > 0 && /[、；;]/.test(text.charAt(end)) && end - m.index < APPOINTMENT_LIST_REACH)
      end = readAppointment(end + 1, m[0] === '免去');
  }
  // `骆某为某某局局长；`, `宫某的某某局局长职务。`: an entry of an appointment list on a line of its own.
  const entry = APPOINTMENT_ENTRY.exec(text);
  if (entry && !taken.has(0)) readAppointment(0, entry[1] !== undefined);
  return hits.sort((a, b) => a.start - b.start);
}

/** Where a body one belongs to ends: a school, a firm, an office, a town or a village. */
const BODY_OF_ONE =
  '(?:学校|中学|小学|幼儿园|学院|大学|医院|卫生院|公司|集团|局|委员会|中心|研究院|研究所|协会|商会|站|所|厂|社区|村|街道|镇)';
/** A name and the body in brackets after it, at a line's start or after a colon or another entry. */
const AFFILIATED = new RegExp(
  `(^|[：:、，,；;])([\u4e00-\u9fff·]{2,8})[（(][\u4e00-\u9fff（）()]{2,30}?${BODY_OF_ONE}[）)](?=[、，,；;。]|$)`,
  'g',
);
/** Two entries in a row, or an entry after a colon (`名单如下：甲（某校）`), make a list. */
const AFFILIATED_LIST = new RegExp(
  `^[：:]|^[、，,；;]?[\u4e00-\u9fff·]{2,8}[（(][^（）()]{2,30}[）)][、，,；;][\u4e00-\u9fff·]{2,8}[（(]`,
);

/** How far one appointing verb's list of names and posts may run. */
const APPOINTMENT_LIST_REACH = 400;
/** `的相关职务`: posts left unnamed. */
const ANY_POST = /^(?:相关|有关|上述|现任)$/;
/** A line that is one entry of an appointment list: a name, then `为` + a post, or `的` + a post + `职务`. */
const APPOINTMENT_ENTRY =
  /^[\u4e00-\u9fff]{2,4}(?:为[^，,。；;]{2,40}|(的[^，,。；;、]{2,30}职务(?:[（(][^）)]{1,20}[）)])?))[；;。]?$/;

/** Verbs of appointing and electing, before the person and `为` + the post. */
const APPOINTED = /(?:任命|提名|选举|推选|聘任|聘请|免去)/g;
const APPOINTED_POST = /^为([^，,。；;、“”"]{2,30})/;
/** `免去刘某的区交通运输局局长职务`: the post a person leaves, written after the name. */
const REMOVED_POST = /^的?([^，,。；;、“”"]{2,30}?)(?:等)?职务/;
