import type { Attendee, AttendeeRole, EventType, PersonMention } from '../../model/extraction.ts';
import { ATTENDING_VERBS, HOST_VERBS, PARTICIPANT_VERBS, TOGETHER_VERBS } from './lexicon/titles.ts';
import { findPersons, type PersonHit } from './persons.ts';
import { SentenceIndex, SpanSet } from './text.ts';

export interface People {
  attendees: Attendee[];
  mentioned: PersonMention[];
  /** Title chains, which other rules should not mine for organizations. */
  titleSpans: SpanSet[];
  /** The names themselves, in which no place is read (`郑丹阳`). */
  nameSpans: SpanSet[];
}

/** Verbs of leading an event: whoever comes first with one of these leads it. */
function roleOf(hit: PersonHit, leadTaken: boolean): AttendeeRole {
  // `区领导甲、乙、丙近日分别带队走访`: each leads a visit of their own.
  if (SEPARATELY_LEADING.test(hit.after)) return 'lead';
  if (PARTICIPANT_VERBS.test(hit.after) || attendsOnly(hit)) return 'participant';
  if (TOGETHER_VERBS.test(hit.after)) return leadTaken ? 'participant' : 'lead';
  if (HOST_VERBS.test(hit.after)) return 'host';
  return leadTaken ? 'participant' : 'lead';
}

/** `副市长某某宣布项目开工`: who opens a ceremony leads it. */
const OPENS =
  /^(?:出席[^，,。；;]{0,8}并)?宣布[^，,。；;]{0,10}(?:开工|开幕|启动|开始|开园|开业|开馆|成立|投产)/;

/** Whether someone taking part opens the event when nobody else leads it (all only attend). */
function opens(person: { role: AttendeeRole }, hit: PersonHit, attendees: readonly Attendee[]): boolean {
  return person.role === 'participant' && OPENS.test(hit.after) && !attendees.some((a) => a.role === 'lead');
}

const SEPARATELY_LEADING = /^(?:近日|日前|今天|昨天|[上下]午)?分别(?:带队|率队|带领|率领)/;

/** `区领导某某出席活动。`: a leader named only by the group who attends, and does nothing more. */
const GROUP_ONLY = /^(?:[省市区县镇]、)?[省市区县镇]领导$/;
function attendsOnly(hit: PersonHit): boolean {
  return (
    hit.titles.length > 0 &&
    hit.titles.every((t) => GROUP_ONLY.test(t)) &&
    /^出席[^，,。；;并]{0,6}[。；;]/.test(hit.after)
  );
}

/** Members of the public (`市民`, `社区居民`, `住养老人`): quoted in a report, never its attendees. */
/** What follows the name of someone quoted just before it (`…。”某某说`, `…。”某某介绍。`). */
const QUOTE_AFTER = /^(?:介绍|说|提醒|坦言|笑着说)[，,。：:]?/;
const PUBLIC_TITLE =
  /(?:居民|市民|村民|游客|老人|家长|群众|网友|顾客|消费者|患者|住户|花农|菜农|果农|茶农|渔民)$/;
function publicOnly(titles: readonly string[]): boolean {
  return titles.length > 0 && titles.every((t) => PUBLIC_TITLE.test(t));
}

const KEYNOTE = /^作[^，,。；;]{0,8}(?:讲话|报告)/;

/** Whether the sentence goes on from a name (or list) to `出席`, and nothing more: no speech, no `并`. */
function onlyAttends(text: string, at: number, sentences: SentenceIndex): boolean {
  const rest = text.slice(at, sentences.range(at)[1]);
  return /^[^。；;！？]*?出席/.test(rest) && !/讲话|致辞|发言|并|主持/.test(rest);
}

/** `甲、乙等10人被授予“…”称号`: people honoured at a meeting are named in it, not its attendees. */
const HONOURED = /被授予|被评为|被命名为|荣获|获评|获得[^，,。；;]{0,20}称号|受到表彰/;
/** Whether the rest of the sentence after a name (or list) honours it before anyone acts. */
function honoured(text: string, at: number, sentences: SentenceIndex): boolean {
  const rest = text.slice(at, sentences.range(at)[1]);
  const m = HONOURED.exec(rest);
  return m !== null && !/出席|参加|主持|陪同|讲话|致辞|颁/.test(rest.slice(0, m.index));
}

/** `甲、乙作为获奖代表先后发言`: someone named before (an honoree) who then speaks at the event. */
const SPEAKS =
  /^(?:、[\u4e00-\u9fa5·]{2,6})*(?:作为[^，,。；;]{1,12})?(?:先后|分别|依次)?(?:作[^，,。；;]{0,6})?发言/;

function addTitles(target: string[], titles: readonly string[]): void {
  for (const t of titles) if (!target.includes(t)) target.push(t);
}

/**
 * Splits the people of an article into attendees and mentions. Attendees are named in
 * the lead paragraph of an event report; once an event has attendees, officials quoted
 * later in it took part too. Everyone else is a mention. Byline names are neither.
 */
export function readPeople(
  paragraphs: readonly string[],
  excluded: ReadonlySet<string>,
  isEvent: boolean,
  blocked: readonly SpanSet[],
): People {
  const known = new Set<string>();
  const attendees: Attendee[] = [];
  // By name, for lookups in O(1) on pages of thousands of names; a Map keeps the order of first mention.
  const attendeeByName = new Map<string, Attendee>();
  const mentioned = new Map<string, PersonMention>();
  let leadTaken = false;
  let hostSeen = false;
  let leadParagraph = 0;
  const titleSpans: SpanSet[] = [];
  const nameSpans: SpanSet[] = [];
  paragraphs.forEach((p, i) => {
    const spans = new SpanSet();
    titleSpans.push(spans);
    const names = new SpanSet();
    nameSpans.push(names);
    const sentences = new SentenceIndex(p);
    for (const hit of findPersons(p, known)) {
      if (excluded.has(hit.name) || blocked[i]?.overlaps(hit.start, hit.end)) continue;
      known.add(hit.name);
      spans.add(hit.titleStart, hit.start);
      names.add(hit.start, hit.end);
      const evidence = sentences.at(hit.start);
      const present = attendeeByName.get(hit.name);
      if (present) {
        addTitles(present.titles, hit.titles);
        if (isEvent && i === leadParagraph && opens(present, hit, attendees)) present.role = 'lead';
        continue;
      }
      const named = mentioned.get(hit.name);
      if (named && isEvent && attendees.length > 0 && SPEAKS.test(hit.after)) {
        addTitles(named.titles, hit.titles);
        const attendee = { ...named, role: 'participant' as const, order: attendees.length, evidence };
        attendees.push(attendee);
        attendeeByName.set(hit.name, attendee);
        mentioned.delete(hit.name);
        continue;
      }
      // A layout break can push the lead's second sentence into a paragraph of its own
      // (`…项目开工。` / `区委书记某某出席开工仪式。`): until someone attends, a person who attends
      // in the next two paragraphs still belongs to the lead.
      // The rest of that paragraph is the lead too (`…出席会议并讲话，副区长某某主持会议。`).
      const inLead =
        i === 0 ||
        i === leadParagraph ||
        (i <= 2 && attendees.length === 0 && ATTENDING_VERBS.test(hit.after));
      if (inLead && isEvent) leadParagraph = i;
      // `某某2019年带领团队…` tells the person's background, not the event.
      const background = /^\d{4}年/.test(hit.after);
      // `该公司是政协委员某某创办的企业`: a person described, not one taking part.
      const chainAt = hit.start - hit.titles.join('、').length;
      const described = hit.titles.length > 0 && p.charAt(chainAt - 1) === '是';
      // `据某某介绍`, `…。”某某说`, `某某告诉记者`: someone who only gives the reporter facts or a quote.
      const quoted = /[”"]/.test(p.charAt(chainAt - 1)) && QUOTE_AFTER.test(hit.after);
      const source =
        !inLead && (quoted || p.charAt(chainAt - 1) === '据' || hit.after.startsWith('告诉记者'));
      if (
        isEvent &&
        !background &&
        !described &&
        !source &&
        !publicOnly(hit.titles) &&
        !hit.appointed &&
        !honoured(p, hit.end, sentences) &&
        (inLead || (attendees.length > 0 && hit.titles.length > 0))
      ) {
        // `某某作动员讲话`: when nobody in the lead led, whoever gives the keynote later does.
        const keynote = !inLead && !leadTaken && KEYNOTE.test(hit.after);
        let role = inLead ? roleOf(hit, leadTaken) : keynote ? 'lead' : 'participant';
        // `主任某某主持会议。副主任甲、乙出席会议。`: under a chair named first, those who only attend take part.
        if (role === 'lead' && hostSeen && onlyAttends(p, hit.end, sentences)) role = 'participant';
        if (inLead && opens({ role }, hit, attendees)) role = 'lead';
        hostSeen ||= inLead && role === 'host';
        const attendee = { name: hit.name, titles: [...hit.titles], role, order: attendees.length, evidence };
        // Nobody leads an event the district's leaders only attend (`区领导某某出席活动。某某致辞。`).
        leadTaken ||= role === 'lead' || attendsOnly(hit);
        attendees.push(attendee);
        attendeeByName.set(hit.name, attendee);
        mentioned.delete(hit.name);
        continue;
      }
      const seen = mentioned.get(hit.name);
      if (seen) addTitles(seen.titles, hit.titles);
      else mentioned.set(hit.name, { name: hit.name, titles: [...hit.titles], evidence });
    }
  });
  for (const person of [...attendees, ...mentioned.values()]) splitGroupTitle(person.titles);
  return { attendees, mentioned: [...mentioned.values()], titleSpans, nameSpans };
}

/** `市、区领导`: leaders of two levels named in one list. */
const TWO_LEVEL_GROUP = /^([省市区县镇])、([省市区县镇])领导$/;
/** The level a post belongs to: `副市长`, `市委常委` → 市. */
const POST_LEVEL = /^(?:常务)?副?([省市区县镇])/;

/**
 * `市、区领导甲、乙`: each leader of such a list is of one level, the one their other posts name
 * (`副市长` → `市领导`); with no other post, the paper's own level, the second.
 */
function splitGroupTitle(titles: string[]): void {
  const i = titles.findIndex((t) => TWO_LEVEL_GROUP.test(t));
  if (i < 0) return;
  const [, upper, own] = TWO_LEVEL_GROUP.exec(titles[i] ?? '') ?? [];
  const upperPost = titles.some((t, k) => k !== i && POST_LEVEL.exec(t)?.[1] === upper);
  const group = `${upperPost ? upper : own}领导`;
  if (titles.includes(group)) titles.splice(i, 1);
  else titles[i] = group;
}

/** Titles of scholars: a university or academy in the title, or an academic rank at its end. */
const ACADEMIC = /(?:大学|学院|研究院|科学院|工程院|研究所)|(?:教授|院士|研究员|导师)$/;
/** Titles of a company's officers. */
const BUSINESS = /(?:董事长|执行董事|董事|总经理|总裁|创始人|董事会主席|行长|执行官)$/;
/** A transliterated name, its parts joined by a middle dot. */
const FOREIGN_NAME = /[·•・]/;
/** Ceremonies of an investment, where a company's officers come as the district's partners. */
const INVESTMENT_CEREMONY = /签约|签订|签署|开工|落户|投产|奠基|竣工/;
/** Titles held in the district's own government or party bodies. */
const OFFICIAL = /^(?:[省市区县镇乡村]|街道)/;
/** A post in the district's own bodies, deputies included (`副区长`). */
const POST = /^(?:常务)?副?(?:[省市区县镇乡村]|街道)/;

/**
 * Guests: scholars invited to a meeting, conference or ceremony (`某大学教授某某作专题辅导报告`),
 * and the partner company's officers at a signing or groundbreaking (read from the headline and
 * lead in `report`). Who presides stays host;
 * a scholar leading a visit or research trip stays its lead.
 */
export function markGuests(attendees: Attendee[], event: EventType | null, report = ''): void {
  // `杜塞尔多夫市副市长克劳斯·韦伯`: a foreigner who receives or joins the district's people is its
  // guest; one who leads a delegation here stays its lead.
  for (const a of attendees) if (a.role === 'participant' && FOREIGN_NAME.test(a.name)) a.role = 'guest';
  if (event !== 'meeting' && event !== 'conference' && event !== 'ceremony') return;
  const investing = event === 'ceremony' && INVESTMENT_CEREMONY.test(report);
  let gone: Attendee | undefined;
  for (const a of attendees) {
    if (a.role === 'host') continue;
    const academic = a.titles.some((t) => ACADEMIC.test(t));
    const business = investing && a.titles.some((t) => BUSINESS.test(t) && !OFFICIAL.test(t));
    if (!academic && !business) continue;
    if (a.role === 'lead') gone = a;
    a.role = 'guest';
  }
  // `某大学教授甲，副区长乙共同为实验室揭牌`: with the scholar a guest, the official beside them
  // leads the ceremony.
  const beside = (a: Attendee) =>
    a.role === 'participant' && a.titles.some((t) => POST.test(t)) && a.evidence === gone?.evidence;
  const official = gone && event === 'ceremony' ? attendees.find(beside) : undefined;
  if (official) official.role = 'lead';
}
