/**
 * A printed headline is a block of lines: an optional kicker (引题), the main title and
 * optional subtitles. The main title is the line that reports the news: it shares the
 * most wording with the lead paragraph and is not a slogan.
 */

export interface HeadlineParts {
  headline: string;
  kicker: string | null;
  subtitle: string | null;
}

/** Verbs that open exhortations (`推进…`, `让…`), the usual wording of kickers and subtitles. */
const SLOGAN_OPENING =
  /^(?:推进|推动|让|以|持续|扛牢|加快|坚持|深化|奋力|全力|打造|助力|做好|聚焦|共享|筑牢|守护|凝聚|争当|勇当|实现|促进|提升|强化|践行|激发|绘就|书写|跑出|赋能|当好|争创|擦亮|汇聚|厚植|锚定|聚力|携手|共建|守牢|压实|织密|用好|答好|跑好|下好|走好|奏响|唱响|点燃|铆足|跑出)/;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Share of a line's character pairs that the lead paragraph also contains. */
function leadOverlap(line: string, lead: string): number {
  const pairs = bigrams(line.replace(/\s+/g, ''));
  if (pairs.size === 0) return 0;
  let hit = 0;
  for (const p of pairs) if (lead.includes(p)) hit++;
  return hit / pairs.size;
}

/** Two short parallel phrases separated by a space (`共享平台 阳光交易`), outside quotes. */
function isParallelPhrases(line: string): boolean {
  const unquoted = line.replace(/[“"「『][^”"」』]*[”"」』]/g, 'X');
  const parts = unquoted.split(/[\s\u3000]+/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => p.length <= 12);
}

/** `乡村振兴新观察`, `项目建设进行时`: the name of a series the story belongs to. */
const SERIES_NAME = /(?:新观察|观察|巡礼|纪实|进行时|在行动|新实践|新气象|新作为|系列报道)$/;

export function isSloganLike(line: string): boolean {
  return SLOGAN_OPENING.test(line) || isParallelPhrases(line) || SERIES_NAME.test(line);
}

function unbalanced(line: string): boolean {
  const count = (re: RegExp): number => (line.match(re) ?? []).length;
  return count(/[“「『（(《]/g) > count(/[”」』）)》]/g);
}

/** A line ending on an ordinal or a particle runs on (`横林镇举办第三届` / `地板产业博览会`). */
const RUNS_ON = /(?:第[一二三四五六七八九十百\d]+[届期次批]|首届|[的和与及在对为将把向从暨、]|——)$/;

/**
 * `西太湖科技产业园` / `12个项目集中签约`: a line that only names a place or body is the subject
 * of the next one, not a title of its own.
 */
const NAME_ONLY =
  /^[\u4e00-\u9fff]{2,12}(?:镇|街道|村|社区|产业园|科技园|工业园|高新区|经开区|开发区|度假区|科教城|集团|公司)$/;
const HEADLINE_VERB =
  /调研|召开|举行|举办|开展|督查|检查|视察|走访|会见|出席|签约|开工|成立|启动|发布|推进|获评|入选|打造|建设|实施/;
function namesOnly(line: string): boolean {
  return NAME_ONLY.test(line) && !HEADLINE_VERB.test(line);
}

/** A headline can wrap onto more lines; rejoin the pieces before choosing. */
export function mergeWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    // A piece of three characters or fewer, before or after, is never a title line of its own
    // (`嘉泽镇` / `花木电商` / `年销售额破10亿元` is one headline set in three lines).
    const wrapped = last !== undefined && (line.length <= 3 || (last.length <= 3 && line.length <= 12));
    const subject = last !== undefined && namesOnly(last) && line.length <= 20 && !/^[—-]/.test(line);
    if (last !== undefined && (unbalanced(last) || wrapped || subject || RUNS_ON.test(last)))
      out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}

/**
 * `武进区低空经济产业发展` / `联盟成立大会举行`: a title the layout broke inside a name. Both lines
 * report the lead, and the words across the break are the lead's own (`发展联盟`); a kicker
 * above a title never runs on into it like that.
 */
function brokenInLead(first: string, second: string, lead: string): boolean {
  if (/^[—-]/.test(second) || isSloganLike(first) || isSloganLike(second)) return false;
  if (first.length < 4 || second.length < 4) return false;
  const across = first.slice(-2) + second.slice(0, 2);
  return lead.includes(across) && leadOverlap(first, lead) >= 0.6 && leadOverlap(second, lead) >= 0.6;
}

function joinBrokenInLead(lines: readonly string[], lead: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && brokenInLead(last, line, lead)) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}

/**
 * `总投资126亿元` above `我区集中签约16个重大产业项目`: a line that only states a figure is a
 * kicker, however closely the lead repeats it.
 */
const FIGURE_ONLY =
  /^(?:总投资|投资额?|总额|合计|总计|年产值|产值|营收|销售额|规模|签约额)?(?:约|超|逾|近|达|超过)?[\d.]+(?:万|亿)*(?:元|美元|欧元)$/;
/**
 * `区委常委会召开会议` above `研究部署一季度重点工作`: a line that announces the event is the
 * title, even when the subtitle below it copies the lead more closely.
 */
const ANNOUNCES_EVENT =
  /(?:召开|举行|举办|开幕|闭幕|落幕|启动|开工|签约|揭牌|开班|启用|投产|竣工|召开(?:[\u4e00-\u9fff]{0,4})会议)$/;

export function chooseHeadline(block: readonly string[], lead: string): HeadlineParts {
  const lines = joinBrokenInLead(mergeWrappedLines(block.map((l) => l.trim()).filter(Boolean)), lead);
  if (lines.length === 0) return { headline: '', kicker: null, subtitle: null };
  let best = 0;
  let bestScore = -Infinity;
  lines.forEach((line, i) => {
    // The first line is the title unless it reads as a kicker; ties go to it.
    // `——访某某`, `——记某某`: a line opened by a dash is a subtitle, however closely it reports the lead.
    const dashed = /^[—-]{1,2}/.test(line) ? 2 : 0;
    const score =
      leadOverlap(line, lead) -
      (isSloganLike(line) || FIGURE_ONLY.test(line) ? 0.5 : 0) -
      dashed +
      (i === 0 ? 0.1 : 0) +
      (ANNOUNCES_EVENT.test(line) ? 0.2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const before = lines.slice(0, best);
  const after = lines.slice(best + 1);
  return {
    headline: lines[best] ?? '',
    kicker: before.length ? before.join(' ') : null,
    subtitle: after.length ? after.join(' ') : null,
  };
}
