import { ENDS_WITH_TITLE } from '../extract/lexicon/titles.ts';
/**
 * Page text keeps the printed layout's line breaks, which fall anywhere, even inside a
 * word (`建设工\n\n作`). A paragraph only ends where a sentence ends; a body line that
 * stops without sentence-final punctuation is continued by the next line.
 */

const HEADING_MARK = /^#{1,6}\s*/;
/** Sentence-final punctuation, optionally closed by quotes or brackets. */
const SENTENCE_END = /[。！？!?…：:][”’"'）)」』]*$/;
const CLAUSE_PUNCT = /[，,。；;：:、！？]/;
/** `陆新 徐芊卉 摄`: photographers' names end a caption. */
export const PHOTO_CREDIT =
  /(?:^|[\s。！？”（(])((?:记者\s*)?[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:\s+[\u3400-\u4dbf\u4e00-\u9fff]{2,4})*)\s*摄\s*[）)]?\s*$/;

/** A body line as laid out: long, or carrying clause punctuation, and not a heading. */
function isBodyLine(line: string): boolean {
  if (HEADING_MARK.test(line)) return false;
  return line.length >= 40 || (line.length >= 12 && CLAUSE_PUNCT.test(line));
}

/** `…举行。（记者 某某）`: a brief signed at its end. */
const END_CREDIT = /[。！？!?][”’"]?[（(](?:本报)?(?:记者|通讯员|实习生)[^（）()]{2,24}[）)]$/;
/** `■ 近日，…`: a mark that opens an item of a column of briefs. */
export const BRIEF_MARK = /^[■□●○◆◇▲△▪•]\s*/;

function endsParagraph(line: string): boolean {
  return SENTENCE_END.test(line) || PHOTO_CREDIT.test(line) || END_CREDIT.test(line);
}

/** How an article's first paragraph opens: the dateline or the reporter's credit. */
export const LEAD_OPENING = /^(?:本报讯|本报|【|[（(]?记者|[（(]?通讯员|新华社|据)/;
/**
 * A date and a comma open a sentence (`12月6日，志愿者…`), so a line before one is a title,
 * never a paragraph broken early: no clause runs on into a dateline.
 */
export const DATED_OPENING =
  /^(?:\d{1,2}月\d{1,2}日|近日|日前|昨天|今天|昨日|当天)(?:上午|下午|晚上|晚间|晚|早上|中午)?[，,]/;
const CREDIT_NAME = '[\\u3400-\\u9fff]{2,4}';
const CREDIT_ROLE = '(?:本报)?(?:记者|通讯员|实习生)';
/** One credit: a role and its names (`本报记者 某某 某某`), or `文/某某`, `图/某某`. */
const CREDIT_PART = `(?:${CREDIT_ROLE}\\s+${CREDIT_NAME}(?:\\s+${CREDIT_NAME})*|[文图]\\s*[/／]\\s*${CREDIT_NAME})`;
/**
 * `■ 本报记者 某某`, `文/某某 图/某某`: a credit line of its own above or below a headline. A role
 * needs a space before its name unless a bullet opens the line (`记者走基层` is a title).
 */
export const CREDIT_BYLINE = new RegExp(
  `^(?:[■□●◆▲]\\s*${CREDIT_ROLE}\\s*${CREDIT_NAME}(?:\\s+${CREDIT_NAME})*|[■□●◆▲]?\\s*${CREDIT_PART})(?:\\s*${CREDIT_PART})*$`,
);

/** Column and section labels printed above articles; they name a rubric, not a story. */
export const COLUMN_LABELS = new Set([
  '重点项目',
  '进行时',
  '重点项目进行时',
  '要闻',
  '本版责编',
  '图片新闻',
  '新闻速递',
  '短讯',
  '简讯',
  '基层动态',
  '一线传真',
  '镜头',
  '图说',
]);

/** `本报讯`, `（记者 某某）` opening a line: an article starts there, whatever stands before it. */
const DATELINE_OPENING = /^(?:本报讯|[（(](?:本报)?(?:记者|通讯员|实习生)\s)/;
/** A line under 40 characters whose only clause mark is a colon (`某某村：…`). */
const TITLE_WITH_COLON = /^[^，,。；;、！？!?]{2,38}[：:][^，,。；;、！？!?：:]{2,38}$/;

/**
 * `——访区税务局党委书记、局长某某`, `——设计流量每秒60立方米，惠及3个镇`: a subtitle opened by a
 * dash, a line of its own; it ends on no full stop.
 */
export function isDashedSubtitle(line: string): boolean {
  return /^[—-]{2}/.test(line) && line.length < 45 && !/[。；;！？!?]/.test(line);
}

const NOTICE_TITLE_END = /(?:通告|公告|通知|启事|公示|告知书)$/;

/** `某某社区党委书记\u3000万某某`: an entry of a list of honours, a title and a name set apart by a wide space. */
const HONOUR_ENTRY = /^([^\s\u3000，。；]{2,40})\u3000{1,2}[\u4e00-\u9fff]{2,4}$/;
export function isHonourEntry(line: string): boolean {
  const m = HONOUR_ENTRY.exec(line);
  return m !== null && ENDS_WITH_TITLE.test(m[1] ?? '');
}

/** `交通管制通告`, `防范非法集资风险提示`: a notice titled by its subject in a few words, a line of its own. */
const SHORT_NOTICE = /^[\u4e00-\u9fff]{2,14}(?:通告|公告|风险提示|温馨提示|启事|公示)$/;
export function isShortNoticeTitle(line: string): boolean {
  return SHORT_NOTICE.test(line);
}

/** The masthead and page furniture: `武进日报 2025年11月24日 星期一 第2版`, `责任编辑：某某`. */
const PAGE_FURNITURE =
  /(?:责任编辑|本版责编|责编|版面设计|美术编辑|美编|校对|组版)\s*[:：]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]|^第\s*\d+\s*版/;
export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.test(line) && !/[。！？]/.test(line);
}

/** A line set as a headline: short, unterminated and without a clause (`## ` marked or not). */
function isTitleLine(line: string): boolean {
  const bare = line.replace(HEADING_MARK, '');
  return (
    bare.length < 40 &&
    !CLAUSE_PUNCT.test(bare) &&
    !endsParagraph(bare) &&
    !STANDALONE.test(bare) &&
    !LEAD_OPENING.test(bare) &&
    !BRIEF_MARK.test(bare)
  );
}

/** Short lines that stand alone however they end: labels, signatures, notices. */
const STANDALONE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|通告|公告|通知|启事|声明|公示)$/;

/**
 * Whether the logical line built so far goes on with lines[i]. Headings never do. A
 * short unterminated line is either a headline (the lines after it lead to a dateline)
 * or the stub of a paragraph the layout broke early. A line that opens with a dateline
 * (`本报讯…`) starts an article, so whatever stands before it is a headline, even on
 * pages that mark most headlines with `##`.
 */
function continues(current: string, next: string): boolean {
  if (HEADING_MARK.test(next) || HEADING_MARK.test(current) || endsParagraph(current)) return false;
  if (isDashedSubtitle(current) || isDashedSubtitle(next)) return false;
  if (isPageFurniture(current) || isPageFurniture(next)) return false;
  if (isHonourEntry(current) || isHonourEntry(next)) return false;
  if (BRIEF_MARK.test(next) || DATELINE_OPENING.test(next)) return false;
  // `坂上村：特色田园乡村双提升` over `9月5日，…`: a colon alone makes a title, not a clause.
  if (TITLE_WITH_COLON.test(current) && DATED_OPENING.test(next)) return false;
  // `关于开展某某工作的通告`: a notice's title is a line of its own.
  if (/^关于/.test(current) && NOTICE_TITLE_END.test(current) && !CLAUSE_PUNCT.test(current)) return false;
  if (isShortNoticeTitle(current)) return false;
  if (isBodyLine(current)) return true;
  // `关于开展某某工作的` over `通告`, or broken anywhere before it: a notice's title on two lines.
  if (
    /^关于/.test(current) &&
    !NOTICE_TITLE_END.test(current) &&
    NOTICE_TITLE_END.test(next) &&
    !CLAUSE_PUNCT.test(next)
  )
    return current.length + next.length <= 80;
  if (STANDALONE.test(current) || CREDIT_BYLINE.test(current) || !isBodyLine(next)) return false;
  // `进行时` over a caption: a column label is never the stub of the paragraph under it.
  if (COLUMN_LABELS.has(current.replace(/\s+/g, ''))) return false;
  return !LEAD_OPENING.test(next) && !DATED_OPENING.test(next);
}

/**
 * Splits page text into logical lines: paragraphs with layout breaks repaired, plus
 * headings (`## ` kept) and short lines as they stand. Blank lines are dropped.
 */
export function repairLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((l) => l.length > 0);
  const out: string[] = [];
  // Under `某某名单：`, short lines are the items of a list, each a line of its own.
  let listing = false;
  let i = 0;
  while (i < lines.length) {
    let current = lines[i++] ?? '';
    const item = listing && !isBodyLine(current);
    // `乡村振兴新观察` / `“民宿+”激活乡村美丽经济` / `推开木门，…`: a short line without a clause
    // under a headline line is the next line of the headline, not the stub of a paragraph.
    const prev = out[out.length - 1];
    const titled = prev !== undefined && isTitleLine(prev) && isTitleLine(current) && current.length < 30;
    while (
      i < lines.length &&
      !item &&
      !(titled && isBodyLine(lines[i] ?? '')) &&
      continues(current, lines[i] ?? '')
    )
      current += lines[i++] ?? '';
    out.push(current);
    listing = /[：:]$/.test(current) || (listing && !isBodyLine(current));
  }
  return out;
}
