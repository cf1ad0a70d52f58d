import type { Cast, Company, Official, Place, Project } from './cast.ts';
import * as L from './lexicon.ts';
import type { Rng } from './prng.ts';

/** The truth of one article, in the shape of ../shared/corpus/gold (the extractor's contract). */
export interface GoldArticle {
  headline: string;
  kind: 'news' | 'photo';
  byline: { reporters: string[]; contributors: string[]; photographers: string[] };
  event: { type: string; dateText: string } | null;
  attendees: { name: string; titles: string[]; role: 'lead' | 'host' | 'participant' }[];
  personsMentioned: { name: string; titles: string[] }[];
  organizations: { name: string; aliases: string[]; kind: 'company' | 'government' | 'other' }[];
  places: { name: string; kind: string; partOf: string | null }[];
  projects: { name: string; investment: string | null; owner: string | null; place: string | null }[];
}

/** An article before layout: its headline block, its paragraphs and what they say. */
export interface DraftArticle {
  kicker: string | null;
  subtitle: string | null;
  paragraphs: string[];
  /** Photo captions end with a credit line of their own. */
  credit: string | null;
  gold: GoldArticle;
}

export interface ArticleContext {
  rng: Rng;
  cast: Cast;
  /** How the lead dates the event: `7月13日`, `昨天`, `近日`. */
  dateText: string;
}

/** Titles held in a standing body: the body, then the post. */
const TITLE_BODY = /^(.+(?:常委会|政协))副?(?:主任|主席)$/;

class Truth {
  readonly gold: GoldArticle;
  constructor(headline: string, kind: 'news' | 'photo', byline: GoldArticle['byline']) {
    const empty = { attendees: [], personsMentioned: [], organizations: [], places: [], projects: [] };
    this.gold = { headline, kind, byline, event: null, ...empty };
  }
  attend(o: Official, role: 'lead' | 'host' | 'participant', titles = o.titles): string {
    this.gold.attendees.push({ name: o.name, titles: [...titles], role });
    for (const t of titles) this.titleBody(t);
    return o.name;
  }
  /**
   * A standing body named in a written title (`区政协主席` → `区政协`) is an organization of the
   * article, as the shared gold lists `区行政审批局` of `区行政审批局局长`.
   */
  private titleBody(title: string): void {
    const body = TITLE_BODY.exec(title)?.[1];
    if (body && !this.gold.organizations.some((o) => o.name === body))
      this.gold.organizations.push({
        name: body,
        aliases: [],
        kind: body.endsWith('政协') ? 'other' : 'government',
      });
  }
  /**
   * Someone the visit called on who speaks in the report (a manager briefing the party): they
   * took part, as the sample corpus's hand-made gold counts them.
   */
  received(name: string, title: string): string {
    this.gold.attendees.push({ name, titles: [title], role: 'participant' });
    return name;
  }
  mention(name: string, title: string): string {
    this.gold.personsMentioned.push({ name, titles: [title] });
    return name;
  }
  company(c: Company, withAlias = false): string {
    if (!this.gold.organizations.some((o) => o.name === c.name)) {
      this.gold.organizations.push({ name: c.name, aliases: withAlias ? [c.short] : [], kind: 'company' });
    }
    return c.name;
  }
  place(p: Place): string {
    if (!this.gold.places.some((x) => x.name === p.name)) this.gold.places.push({ ...p });
    return p.name;
  }
  project(p: Project, opts: { owner: boolean; place: boolean; investment: boolean }): string {
    this.gold.projects.push({
      name: p.name,
      investment: opts.investment ? p.investment : null,
      owner: opts.owner ? this.company(p.owner) : null,
      place: opts.place ? this.place(p.place) : null,
    });
    return p.name;
  }
}

const official = (c: ArticleContext, notIn: readonly Official[] = []): Official => {
  // Bounded retries: with thousands of officials a clash is rare, and a repeat is still valid text.
  for (let i = 0; i < 8; i++) {
    const o = c.cast.officials[c.cast.zipf.officials.draw(c.rng)];
    if (o && !notIn.includes(o)) return o;
  }
  return c.cast.officials.find((o) => !notIn.includes(o)) ?? (c.cast.officials[0] as Official);
};
const local = (c: ArticleContext) => c.cast.locals[c.cast.zipf.locals.draw(c.rng)] ?? '';
const company = (c: ArticleContext) => c.cast.companies[c.cast.zipf.companies.draw(c.rng)] as Company;
const project = (c: ArticleContext) => c.cast.projects[c.cast.zipf.projects.draw(c.rng)] as Project;
const village = (c: ArticleContext) => c.cast.villages[c.cast.zipf.villages.draw(c.rng)] as Place;
const filler = (c: ArticleContext) => c.rng.pick(L.FILLER);
const chain = (o: Official) => o.titles.join('、');
const reporters = (c: ArticleContext) => c.rng.sample(c.cast.reporters, c.rng.chance(0.2) ? 2 : 1);

function byline(c: ArticleContext): { text: string; truth: GoldArticle['byline'] } {
  const rs = reporters(c);
  const contributors = c.rng.chance(0.3) ? [c.rng.pick(c.cast.contributors)] : [];
  const text = `本报讯（${contributors.map((x) => `${x} `).join('')}记者 ${rs.join(' ')}）`;
  return { text, truth: { reporters: rs, contributors, photographers: [] } };
}

const headBlock = (c: ArticleContext) => ({
  kicker: c.rng.chance(0.3) ? c.rng.pick(L.KICKERS) : null,
  subtitle: c.rng.chance(0.3) ? c.rng.pick(L.SUBTITLES) : null,
});

function inspection(c: ArticleContext): DraftArticle {
  const lead = official(c);
  const [a, b] = [official(c, [lead]), official(c, [lead])];
  const second = b === a ? [a] : [a, b];
  const verb = c.rng.pick(['调研', '督查', '检查']);
  const topic = c.rng.pick(L.TOPICS);
  const by = byline(c);
  const t = new Truth(`${lead.name}${verb}${topic}工作`, 'news', by.truth);
  t.gold.event = { type: verb === '调研' ? 'research' : 'inspection', dateText: c.dateText };
  t.attend(lead, 'lead');
  const names = second.map((o) => t.attend(o, 'participant', ['区领导']));
  const v = village(c);
  const town = c.cast.towns.find((x) => x.name === v.partOf) as Place;
  const co = company(c);
  // The paper names the accompanying leaders before or after their group.
  const accompanying = c.rng.chance(0.3) ? `${names.join('、')}等区领导` : `区领导${names.join('、')}`;
  const paragraphs = [
    `${by.text}${c.dateText}，${chain(lead)}${lead.name}带队${verb}${topic}工作。${accompanying}参加${verb}。`,
    `${lead.name}一行首先来到${t.place(town)}${t.place(v)}，详细了解${topic}推进情况。${lead.name}指出，${filler(c)}。`,
    `在${t.company(co)}，${lead.name}察看了企业生产线，听取企业发展情况汇报。${filler(c)}。`,
  ];
  if (c.rng.chance(0.6)) {
    const p = project(c);
    paragraphs.push(
      `由${p.owner.name}投资建设的${t.project(p, { owner: true, place: false, investment: true })}，总投资${p.investment}，${c.rng.pick(L.PROGRESS)}。`,
    );
  }
  if (c.rng.chance(0.5)) {
    const title = c.rng.pick(L.MENTION_TITLES);
    paragraphs.push(`${title}${t.received(local(c), title)}介绍，${filler(c)}。`);
  }
  return { ...headBlock(c), paragraphs, credit: null, gold: t.gold };
}

function meeting(c: ArticleContext): DraftArticle {
  const speaker = official(c);
  const host = official(c, [speaker]);
  const topic = c.rng.pick(L.TOPICS);
  const by = byline(c);
  const t = new Truth(`全区${topic}工作会议召开`, 'news', by.truth);
  t.gold.event = { type: 'meeting', dateText: c.dateText };
  t.attend(speaker, 'lead');
  t.attend(host, 'host');
  const others = c.rng.chance(0.4) ? [official(c, [speaker, host])] : [];
  const alsoPresent = others
    .map((o) => `出席会议的还有区领导${t.attend(o, 'participant', ['区领导'])}。`)
    .join('');
  const [x, y] = c.rng.sample(c.cast.towns, 2) as [Place, Place];
  const paragraphs = [
    `${by.text}${c.dateText}，全区${topic}工作会议召开。${chain(speaker)}${speaker.name}出席会议并讲话，${chain(host)}${host.name}主持会议。${alsoPresent}`,
    `会议强调，${filler(c)}。${filler(c)}。`,
    `会上，${t.place(x)}、${t.place(y)}作交流发言。`,
  ];
  return { ...headBlock(c), paragraphs, credit: null, gold: t.gold };
}

function companyNews(c: ArticleContext): DraftArticle {
  const co = company(c);
  const honor = c.rng.pick(L.HONORS);
  const by = byline(c);
  const t = new Truth(`${co.short}获评${honor}`, 'news', by.truth);
  t.gold.event = { type: 'other', dateText: '近日' };
  const town = c.rng.pick(c.cast.towns);
  const title = c.rng.pick(['企业负责人', '董事长', '总经理']);
  const paragraphs = [
    `${by.text}近日，${t.company(co, true)}（以下简称“${co.short}”）获评${honor}。`,
    `据介绍，${co.short}位于${t.place(town)}，主要从事${co.industry}产品的研发和生产。${title}${t.mention(local(c), title)}表示，${filler(c)}。`,
  ];
  return { kicker: null, subtitle: null, paragraphs, credit: null, gold: t.gold };
}

function groundbreaking(c: ArticleContext): DraftArticle {
  const p = project(c);
  const lead = official(c);
  const by = byline(c);
  const t = new Truth(`${p.name}在${p.place.name}开工`, 'news', by.truth);
  t.gold.event = { type: 'ceremony', dateText: c.dateText };
  t.project(p, { owner: true, place: true, investment: true });
  t.attend(lead, 'lead');
  const paragraphs = [
    `${by.text}${c.dateText}，${p.name}在${p.place.name}开工。${chain(lead)}${lead.name}出席开工仪式。`,
    `由${p.owner.name}投资建设的${p.name}，总投资${p.investment}，建成后将形成年产${c.rng.pick(L.PRODUCTS)}的生产能力。`,
    `${filler(c)}。`,
  ];
  return { ...headBlock(c), paragraphs, credit: null, gold: t.gold };
}

function riverPatrol(c: ArticleContext): DraftArticle {
  const lead = official(c);
  const other = official(c, [lead]);
  const river = c.rng.pick(c.cast.rivers);
  const park = c.rng.pick(c.cast.parks);
  const by = byline(c);
  const t = new Truth(`${lead.name}巡查${river.name}`, 'news', by.truth);
  t.gold.event = { type: 'inspection', dateText: c.dateText };
  t.attend(lead, 'lead');
  t.attend(other, 'participant', ['区领导']);
  const paragraphs = [
    `${by.text}${c.dateText}，${chain(lead)}${lead.name}巡查${t.place(river)}，检查河长制落实情况。区领导${other.name}参加巡查。`,
    `${lead.name}一行沿岸察看了${t.place(park)}建设情况。${filler(c)}。`,
  ];
  return { ...headBlock(c), paragraphs, credit: null, gold: t.gold };
}

function photo(c: ArticleContext): DraftArticle {
  const p = project(c);
  const shooters = c.rng.sample(c.cast.photographers, 2);
  const t = new Truth(`位于${p.place.name}的${p.name}`, 'photo', {
    reporters: [],
    contributors: [],
    photographers: shooters,
  });
  t.project(p, { owner: false, place: true, investment: true });
  const caption = `位于${p.place.name}的${p.name}，总投资${p.investment}，目前${c.rng.pick(L.PROGRESS)}。`;
  return {
    kicker: null,
    subtitle: null,
    paragraphs: [caption],
    credit: `${shooters.join(' ')} 摄`,
    gold: t.gold,
  };
}

const TEMPLATES: readonly [number, (c: ArticleContext) => DraftArticle][] = [
  [0.3, inspection],
  [0.2, meeting],
  [0.15, companyNews],
  [0.12, groundbreaking],
  [0.1, riverPatrol],
  [0.13, photo],
];

export function draftArticle(c: ArticleContext): DraftArticle {
  let r = c.rng.next();
  for (const [weight, make] of TEMPLATES) {
    if (r < weight) return make(c);
    r -= weight;
  }
  return inspection(c);
}
