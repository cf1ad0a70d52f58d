import type { ArticleKind } from '../../model/extraction.ts';
import { chooseHeadline, isSloganLike, mergeWrappedLines } from './headline.ts';
import {
  BRIEF_MARK,
  COLUMN_LABELS,
  CREDIT_BYLINE,
  DATED_OPENING,
  isDashedSubtitle,
  isHonourEntry,
  isPageFurniture,
  isShortNoticeTitle,
  LEAD_OPENING,
  PHOTO_CREDIT,
  repairLines,
} from './repair-lines.ts';

/** One article as laid out on the page, before any extraction. */
export interface PageArticle {
  headline: string;
  kicker: string | null;
  subtitle: string | null;
  kind: ArticleKind;
  /** Body paragraphs after layout repair, the photo credit and any signature included. */
  paragraphs: string[];
  /** A credit printed on a line of its own (`■ 本报记者 某某`, `文/某某 图/某某`). */
  credit?: string;
}

/** An item of a column of briefs opens with its mark, a date or a dateline; other paragraphs go on the one before. */
function opensBrief(line: string): boolean {
  return BRIEF_MARK.test(line) || DATED_OPENING.test(line) || LEAD_OPENING.test(line);
}

/** Labels of a column of briefs: each item under one is a story of its own. */
const BRIEF_LABELS = new Set(['新闻速递', '短讯', '简讯', '一线传真', '基层动态']);
/** `政法简讯`, `经济快讯`: a column of briefs named by its beat. */
const BEAT_BRIEFS = /^[\u4e00-\u9fff]{1,4}(?:简讯|快讯|短讯|速递)$/;
function isBriefLabel(line: string): boolean {
  const bare = line.replace(/\s+/g, '');
  return BRIEF_LABELS.has(bare) || BEAT_BRIEFS.test(bare);
}
/** `（上接第1版）`, `（下转第2版）`: where a story jumps between pages. */
const JUMP_LINE = /^[（(](?:上接|下转|转)第?[\d一二三四五六七八九十]+版[）)]$/;
const NOTICE_WORD = /^(?:通告|公告|通知|启事|声明|公示|告知书)$/;
const NOTICE_TITLE = /^关于.{2,80}的(?:通告|公告|通知|启事|公示|告知书)$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const HEADING_MARK = /^#{1,6}\s*/;
const CREDIT_LINE =
  /^(?:记者\s*)?[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:\s+[\u3400-\u4dbf\u4e00-\u9fff]{2,4})*\s*摄$/;

type LineKind = 'heading' | 'label' | 'credit' | 'byline' | 'signature' | 'date' | 'body';
/** `（记者 某某 通讯员 某某）` on a line of its own: the signature of the story above it. */
const SIGNATURE_LINE = /^[（(](?:本报)?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff][^（）()]{1,40}[）)]$/;

function isShort(line: string): boolean {
  return line.length < 45 && !/[，,。；;！？!?]/.test(line);
}

/** `## 4月8日，区长某某在某某镇调研。 记者 某某 摄`: a caption marked as a heading is a caption. */
function isMarkedCaption(line: string): boolean {
  const text = line.replace(HEADING_MARK, '');
  return PHOTO_CREDIT.test(text) && /[，,。！？!?]/.test(text);
}

function classify(line: string): LineKind {
  // A column label stays a label even when marked as a heading (`## 图片新闻`).
  const bare = line.replace(HEADING_MARK, '');
  if (COLUMN_LABELS.has(bare.replace(/\s+/g, '')) || isBriefLabel(bare)) return 'label';
  if (HEADING_MARK.test(line)) return isMarkedCaption(line) ? 'body' : 'heading';
  if (CREDIT_LINE.test(line)) return 'credit';
  if (SIGNATURE_LINE.test(line)) return 'signature';
  if (CREDIT_BYLINE.test(line)) return 'byline';
  if (DATE_LINE.test(line)) return 'date';
  if (COLUMN_LABELS.has(line.replace(/\s+/g, '')) || JUMP_LINE.test(line)) return 'label';
  if (isPageFurniture(line)) return 'label';
  // `某某社区党委书记\u3000万某某`: an entry of a list of honours is body text, not a headline.
  if (isHonourEntry(line)) return 'body';
  return isShort(line) || isDashedSubtitle(line) ? 'heading' : 'body';
}

/** A caption's title is its first clause, without the credit, or the next one when the first only dates it. */
function firstClause(text: string): string {
  const clauses = text.split(/[，,。；;！？]/);
  const dated = DATE_CLAUSE.test(clauses[0] ?? '') && (clauses[1] ?? '').length > 0;
  const clause = (dated ? clauses[1] : clauses[0]) ?? text;
  return clause.replace(PHOTO_CREDIT, '').trim();
}
/** `本报讯 （记者 某某）`: the dateline that opens a brief's only paragraph is no part of its title. */
const DATELINE = /^本报[\u4e00-\u9fff]{0,4}讯\s*(?:[（(][^（）()]{0,30}[）)])?\s*/;
const DATE_CLAUSE =
  /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?$|^(?:近日|日前|昨天|今天|连日来)(?:上午|下午)?$/;

function newArticle(heads: string[], lead: string, kind: ArticleKind): PageArticle {
  const notice = heads.find((h) => NOTICE_WORD.test(h));
  if (notice) return { headline: notice, kicker: null, subtitle: null, kind: 'notice', paragraphs: [] };
  const parts = chooseHeadline(heads, lead);
  // `关于某某片区房屋征收补偿方案征求意见的公告`: a notice titled by its subject.
  const titled = NOTICE_TITLE.test(parts.headline) || isShortNoticeTitle(parts.headline);
  return { ...parts, kind: titled ? 'notice' : kind, paragraphs: [] };
}

/**
 * Splits already repaired logical lines (see repairLines) into articles. Headline blocks
 * open articles; a paragraph followed by or ending in a photo credit is a photo caption
 * and an article of its own; column labels are dropped.
 */
export function splitRepairedLines(lines: readonly string[]): PageArticle[] {
  const articles: PageArticle[] = [];
  let current: PageArticle | null = null;
  let heads: string[] = [];
  /** Where the first heading marked `## ` stands among `heads`, when plain lines come before it. */
  let firstMarked = -1;
  // A credit line belongs to the article whose body comes next, above or below its headline.
  let credit: string | undefined;
  // Under a label of briefs (`简讯`), until the next headline.
  let briefs = false;
  const kinds = listItems(lines, lines.map(classify));
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(HEADING_MARK, '').trim();
    const kind = kinds[i];
    const nextKind = kinds[i + 1];
    if (kind === 'label') {
      if (isBriefLabel(line)) {
        briefs = true;
        current = null;
      }
      continue;
    }
    if (kind === 'heading') briefs = false;
    // Signed under its last paragraph, a story ends there (`…拓市场。` / `（记者 某某）`).
    if (kind === 'signature' && current && heads.length === 0 && kinds[i - 1] === 'body') {
      const last = current.paragraphs.length - 1;
      current.paragraphs[last] = `${current.paragraphs[last] ?? ''}${line}`;
      current = null;
      continue;
    }
    if (kind === 'byline' || kind === 'signature') {
      credit = line;
      continue;
    }
    if (kind === 'credit' && heads.length > 0) {
      // `## 图为…调研。` then `某某 摄`: a caption set as a heading is a photo story of its own.
      const caption = heads.join('');
      current = {
        headline: firstClause(caption),
        kicker: null,
        subtitle: null,
        kind: 'photo',
        paragraphs: [caption, line],
      };
      if (credit !== undefined) current.credit = credit;
      credit = undefined;
      heads = [];
      firstMarked = -1;
      articles.push(current);
      current = null;
      continue;
    }
    if (kind === 'credit' || kind === 'date') {
      current?.paragraphs.push(line);
      continue;
    }
    if (kind === 'heading') {
      // Short lines right above a date line sign a notice (one body or several); no headline.
      if (current && heads.length === 0 && signsAboveDate(kinds, i)) current.paragraphs.push(line);
      else {
        // `便民办税春风行动` above `## 区税务局…助企轻装快跑`: plain lines above the first marked
        // heading are its kicker.
        // A slogan marked below a plain title is still its subtitle.
        if (HEADING_MARK.test(lines[i] ?? '') && firstMarked < 0 && !isSloganLike(line))
          firstMarked = heads.length;
        heads.push(line);
      }
      continue;
    }
    const isCaption = nextKind === 'credit' || (PHOTO_CREDIT.test(line) && !LEAD_OPENING.test(line));
    if (heads.length > 0) {
      current = newArticle(heads.slice(Math.max(0, firstMarked)), line, isCaption ? 'photo' : 'news');
      if (firstMarked > 0 && current.kind !== 'notice') {
        const above = mergeWrappedLines(heads.slice(0, firstMarked)).join(' ');
        current.kicker = current.kicker ? `${above} ${current.kicker}` : above;
      }
      heads = [];
      firstMarked = -1;
      articles.push(current);
    } else if (isCaption || !current || (briefs && opensBrief(line))) {
      const title = firstClause(line.replace(BRIEF_MARK, '').replace(DATELINE, ''));
      current = {
        headline: title,
        kicker: null,
        subtitle: null,
        kind: isCaption ? 'photo' : 'news',
        paragraphs: [],
      };
      articles.push(current);
    }
    if (credit !== undefined && current.paragraphs.length === 0) current.credit = credit;
    credit = undefined;
    current.paragraphs.push(line);
    // A caption stands alone; whatever follows belongs to the next story.
    if (isCaption && nextKind !== 'credit') current = null;
  }
  return articles;
}

/**
 * `部分受表彰先进基层党组织名单：` and the short lines under it, or `…现公布如下：` closing a paragraph
 * and the section heads of the list under it (`高新技术企业（部分）`): a list inside a story's body.
 * The list goes on over its items (lines with no full stop) up to a marked heading or a short line
 * that a story's lead follows, which is that story's headline again.
 */
function listItems(lines: readonly string[], kinds: LineKind[]): LineKind[] {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!LIST_INTRO.test(line) || HEADING_MARK.test(line)) continue;
    const headed = kinds[i] === 'heading' && kinds[i - 1] === 'body';
    if (!headed && kinds[i] !== 'body') continue;
    kinds[i] = 'body';
    let j = i + 1;
    for (; j < lines.length; j++) {
      const item = lines[j] ?? '';
      if (kinds[j] === 'body' && !/[。！？!?]/.test(item)) continue;
      if (kinds[j] !== 'heading' || HEADING_MARK.test(item) || opensStory(lines, kinds, j)) break;
      kinds[j] = 'body';
    }
    // The list's own lines introduce no list of their own: each line is looked at once.
    i = j - 1;
  }
  return kinds;
}

/** Whether the heading at `at` (with a subtitle or two under it) stands over a story's lead. */
function opensStory(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  let k = at + 1;
  while (k < at + 3 && kinds[k] === 'heading') k++;
  const next = lines[k] ?? '';
  if (kinds[k] === 'byline' || kinds[k] === 'signature' || kinds[k] === 'credit') return true;
  return kinds[k] === 'body' && (LEAD_OPENING.test(next) || DATED_OPENING.test(next));
}
/** Whether the heading at `at` is one of at most three short lines standing right above a date line. */
function signsAboveDate(kinds: readonly LineKind[], at: number): boolean {
  let k = at + 1;
  while (k < at + 3 && kinds[k] === 'heading') k++;
  return kinds[k] === 'date';
}
/** A short line ending in a colon introduces what is listed under it. */
const LIST_INTRO = /[：:]$/;

/** Splits a decoded page into articles, repairing layout line breaks first. */
export function splitArticles(text: string): PageArticle[] {
  return splitRepairedLines(repairLines(text));
}
