import type { ArticleKind, EventExtraction, EventType } from '../../model/extraction.ts';
import { isoDate } from '../read/page-date.ts';

/**
 * Drills, job fairs, publicity days and training courses are events of no listed type, however
 * they are held (`举行…应急演练`, `举办专场招聘会`); people still take part in them.
 */
export const HELD_OTHER =
  /(?:演练|招聘会|宣传咨询日|宣传日|宣传月|主题宣传|开放日|(?:专题|技术)培训(?![会班])|培训(?=进|活动)|联赛|比赛|竞赛|比武|首演)/;

/** Headline and lead wording that names the kind of event, checked in this order. */
const EVENT_RULES: [EventType, RegExp][] = [
  ['announcement', /(?:通告|公告|公示|启事)/],
  // A list out (`名单出炉`, `任免名单`, `表彰一批…`) is announced; a list one enters is not.
  ['announcement', /名单出炉|任免名单|(?:表彰|命名|认定)一批/],
  // A reception day of deputies hears voters; it is no visit (`人大代表联络站接待日`).
  ['other', /接待日|接待(?:选民|群众|来访)/],
  // A work that passes its acceptance (`通过竣工验收`) reports a result, not an inspection.
  ['other', /通过[^，。]{0,8}验收/],
  // A delegation coming to the district is a visit, whatever it does here (`代表团来武考察`).
  ['visit', /(?:代表团|考察团|访问团)(?:一行)?(?:来|到|赴|莅临|亮相|出访)/],
  // So are diplomats, and a trip out to win investment (`赴深圳开展招商活动`).
  ['visit', /(?:总领事|领事|大使|参赞)[^，。]{0,12}(?:来|到|莅临)/],
  ['visit', /赴[^，。]{1,12}招商/],
  // Calling on families (`走访慰问困难群众`) is a visit, though 走访 alone is research.
  ['visit', /(?:走访慰问|慰问走访)/],
  ['inspection', /(?:督查|督导|检查|巡河|巡湖|巡查|视察|暗访|验收|观摩)/],
  ['inspection', /执法[^，。]{0,8}行动/],
  ['research', /(?:调研|考察|走访)/],
  ['visit', /(?:会见|看望|慰问|拜访|来访|接待)/],
  ['interview', /(?:专访|访谈|答记者问|——访)/],
  // A campaign launched (`启动…宣传月活动`) is a ceremony, though the campaign itself is not.
  ['ceremony', /启动(?!会)/],
  ['other', HELD_OTHER],
  // A body's founding (`某某联盟成立大会`) or an award (`表彰大会`) is a ceremony, though held
  // as a congress; so is a course's opening (`培训班开班`).
  ['ceremony', /成立大会|表彰大会|颁奖(?:大会|典礼)|开班|鸣枪/],
  // Owners, villagers and residents meet in assembly (`业主大会`); a session of the congress or
  // the consultative conference (`区十八届人大四次会议`) is a congress, its standing committee's is not.
  ['meeting', /业主大会|(?:村民|居民)(?:代表)?大会/],
  // A festival, a fair or a show opens with a ceremony (`某某花卉博览会开幕`, `第三届书展开幕`).
  ['ceremony', /(?:节|展|博览会)[^，。]{0,4}开幕/],
  ['conference', /(?:人大|政协)(?!常委会)[^，。常]{0,6}次会议(?![^，。]{0,16}(?:预备会议|委员会|主席团))/],
  ['conference', /(?:大会|党代会|人代会|论坛|峰会|博览会|洽谈会|对接会|推介会|年会|发布会)/],
  [
    'meeting',
    /(?:会议|调度会|动员会|座谈会|推进会|部署会|例会|常委会|全会|协调会|培训会|汇报会|学习会|集体学习|专题学习|研讨会|报告会|交流会|培训班|团拜会|辅导会|宣讲会|说明会|早餐会|恳谈会|分析会|评审会|听证会|会召开)/,
  ],
  ['ceremony', /(?:揭牌|挂牌|开工|签约|签署|成立|仪式|启动|授牌|颁奖|开幕|竣工|投产|通车)/],
];

/**
 * Signing an agreement or giving money is the event a headline reports (`某某与某大学签订合作协议`);
 * in a lead it is mostly one step of something else (`双方当场签订分期付款协议`).
 */
const HEADLINE_CEREMONY = /签订|会签|捐赠/;

const DATE_TEXT =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨)?|(?:前天|昨天|今天|昨日|今日|当天|日前|近日|近期|上周[一二三四五六日]?|本周[一二三四五六日]?)(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨)?|(?<![月\d])(?:本月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨)?(?=[，,])/;

/** `人民代表大会常务委员会…会议` is a standing committee's meeting, not a congress. */
const STANDING_COMMITTEE = /代表大会常务委员会/g;

export function eventType(headline: string, lead: string, kind: ArticleKind): EventType {
  if (kind === 'notice') return 'announcement';
  for (const written of [headline, lead]) {
    const text = written.replace(STANDING_COMMITTEE, '常委会');
    // `召开“百企大走访”活动推进会`: a campaign's quoted name says less than the words around it.
    const unquoted = text.replace(/[“"][^”"]*[”"]/g, '');
    for (const candidate of unquoted === text ? [text] : [unquoted, text]) {
      for (const [type, re] of EVENT_RULES) if (re.test(candidate)) return type;
      if (written === headline && HEADLINE_CEREMONY.test(candidate)) return 'ceremony';
    }
  }
  // `举行`, `举办`: something was held, a ceremony unless some wording says what.
  return HELD.test(headline) || HELD.test(lead) ? 'ceremony' : 'other';
}

const HELD = /举行|举办/;

export function findDateText(lead: string): string | null {
  return DATE_TEXT.exec(lead)?.[0] ?? null;
}

const DAY = 24 * 3600 * 1000;

function shift(published: string, days: number): string {
  return new Date(Date.parse(`${published}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Resolves a written date against the publication date: `昨天` is the day before;
 * `7月13日` falls in the publication year unless that puts it months after the issue,
 * in which case it was last year. Vague dates (`近日`) stay unresolved.
 */
export function resolveDate(dateText: string | null, published: string | null): string | null {
  if (!dateText || !published) return null;
  const full = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dateText);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const md = /^(\d{1,2})月(\d{1,2})日/.exec(dateText);
  if (md) {
    const year = Number(published.slice(0, 4));
    const iso = isoDate(year, Number(md[1]), Number(md[2]));
    if (iso && Date.parse(iso) - Date.parse(published) > 60 * DAY)
      return isoDate(year - 1, Number(md[1]), Number(md[2]));
    return iso;
  }
  // `10日`, `本月10日`: this month, or last month when that day is still to come.
  const day = /^(?:本月)?(\d{1,2})日/.exec(dateText);
  if (day) {
    const [y, m, d] = published.split('-').map(Number) as [number, number, number];
    const n = Number(day[1]);
    const [year, month] = n <= d ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
    return isoDate(year, month, n);
  }
  const relative: [RegExp, number][] = [
    [/^(?:前天)/, -2],
    [/^(?:昨天|昨日)/, -1],
    [/^(?:今天|今日|当天)/, 0],
  ];
  for (const [re, days] of relative) if (re.test(dateText)) return shift(published, days);
  return null;
}

const REPORT_OPENING = /^(?:本报讯|本报|【|[（(]?记者|[（(]?通讯员|新华社|据)/;

export function readEvent(
  headline: string,
  lead: string,
  kind: ArticleKind,
  published: string | null,
): EventExtraction | null {
  if (kind === 'photo') return null;
  const dateText = findDateText(lead);
  // A feature that opens on a scene (`网格员某某每天早上…巡查`) reports no event: only a dated or
  // datelined lead is read for one.
  const reports = dateText !== null || REPORT_OPENING.test(lead);
  return {
    type: eventType(headline, reports ? lead : '', kind),
    dateText,
    date: resolveDate(dateText, published),
  };
}
