import type { OrganizationExtraction, ProjectExtraction } from '../../model/extraction.ts';
import { findAmounts, findInvestments, type MoneyHit } from './money.ts';
import type { OrgHit } from './organizations.ts';
import { findPlaces, type PlaceHit } from './places.ts';
import { findCapacity, type ProjectHit } from './projects.ts';
import { isAgent, ownerIndex, ownsByPosition, OWNER_REACH, PROJECT_FIGURES } from './project-owner.ts';
import { SpanSet, type SentenceIndex } from './text.ts';

/** What the rules found in one paragraph; orgs and places sorted by start. */
export interface ParagraphHits {
  text: string;
  sentences: SentenceIndex;
  orgs: OrgHit[];
  places: PlaceHit[];
  projects: ProjectHit[];
}

export interface ProjectRef {
  para: number;
  hit: ProjectHit;
}

/** A sentence or clause opening that refers back to the last project (`该项目总投资…`). */
const FOLLOW_UP = /^(?:该项目|该工程|此项目|(?:[新改扩续]建)?(?:项目|工程)|其)/;
/** A clause inside a sentence that refers back to the last project (`该互通是…，该工程由某公司投资建设`). */
const FOLLOW_UP_CLAUSE = /[，,；;](?:该项目|该工程|此项目|该工程项目)/;

/** Index of the first of `items` (sorted by start) that starts at or after `at`. */
function firstFrom(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences after a project that refer back to it, up to the next project. */
function followUps(
  hits: readonly ParagraphHits[],
  refs: readonly ProjectRef[],
  i: number,
): [number, number, number][] {
  const ref = refs[i];
  if (!ref) return [];
  const next = refs[i + 1];
  const out: [number, number, number][] = [];
  for (let para = ref.para; para < hits.length && para <= ref.para + 1; para++) {
    const h = hits[para];
    if (!h) break;
    const text = h.text;
    let pos = para === ref.para ? h.sentences.range(ref.hit.start)[1] : 0;
    while (pos < text.length) {
      const [s, e] = h.sentences.range(pos);
      if (next && (next.para < para || (next.para === para && next.hit.start < e))) return out;
      const clause = text.slice(s, e).trim();
      if (FOLLOW_UP.test(clause)) out.push([para, s, e]);
      else {
        const inner = FOLLOW_UP_CLAUSE.exec(clause);
        if (inner) out.push([para, s + (text.slice(s, e).length - clause.length) + inner.index + 1, e]);
      }
      pos = e;
    }
  }
  return out;
}

/**
 * Per-paragraph lookups for project details: each question (the next project in the sentence,
 * an agent in a clause, an owner just before the name, a place in the sentence) is a binary
 * search into hits sorted by start, not a scan of every hit, so a page of thousands of projects
 * stays linear.
 */
interface ParagraphLookups {
  /** Project starts ascending, and their ends ascending: the projects of a paragraph do not nest. */
  projectStarts: number[];
  projectEnds: number[];
  /** The longest organization name of the paragraph, to bound the search for an owner before a project. */
  longestOrg: number;
  /** Where the paragraph's semicolons stand, ascending. */
  semicolons: number[];
  /** Places a visit came to (`来到某镇，…`), by start, ascending: the scene of what follows them. */
  sceneStarts: number[];
  sceneByStart: Map<number, PlaceHit>;
}

function lookups(h: ParagraphHits): ParagraphLookups {
  let longestOrg = 0;
  for (const o of h.orgs) longestOrg = Math.max(longestOrg, o.end - o.start);
  return {
    projectStarts: h.projects.map((p) => p.start).sort((a, b) => a - b),
    projectEnds: h.projects.map((p) => p.end).sort((a, b) => a - b),
    longestOrg,
    semicolons: [...h.text.matchAll(/[；;]/g)].map((m) => m.index),
    ...scenes(h),
  };
}

/** The places of a paragraph that set a scene, found once for all its projects. */
function scenes(h: ParagraphHits): { sceneStarts: number[]; sceneByStart: Map<number, PlaceHit> } {
  const sceneByStart = new Map<number, PlaceHit>();
  const text = h.text;
  for (const pl of h.places) {
    const before = text.slice(Math.max(0, pl.start - 3), pl.start);
    // `来到某镇、某镇`: a visit through several places sets no one scene.
    const listed = text.charAt(pl.end) === '、' || text.charAt(pl.start - 1) === '、';
    if (SCENE_KINDS.has(pl.kind) && SCENE_MARK.test(before) && !listed) sceneByStart.set(pl.start, pl);
  }
  return { sceneStarts: [...sceneByStart.keys()].sort((a, b) => a - b), sceneByStart };
}

/** The first value of the ascending `values` at or after `at`. */
function atOrAfter(values: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return values[lo];
}

/** The last value of the ascending `values` at or before `at`. */
function atOrBefore(values: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return values[lo - 1];
}

/** The first organization of `h` starting in [from, to) that `test` accepts. */
function orgIn(h: ParagraphHits, from: number, to: number, test: (o: OrgHit) => boolean): OrgHit | undefined {
  for (let k = firstFrom(h.orgs, from); k < h.orgs.length; k++) {
    const o = h.orgs[k];
    if (!o || o.start >= to) break;
    if (test(o)) return o;
  }
  return undefined;
}

/** Words before a project's place: `位于某镇`, `落户某区`, `在某镇`. */
const PLACE_MARK = /(?:位于|在|落户|落地|坐落于|选址|建于)$/;
/** Where a visit went before it came to the project: `在某镇，…`, `来到某某产业园，…`. */
const SCENE_MARK = /(?:^|[，。；])在$|(?:来到|走进|前往|深入|抵达)$/;
const SCENE_KINDS = new Set(['town', 'village', 'area', 'park']);
// `计划投资3000万欧元，在园区建设某某项目`: where it is built may stand before the verb.
const BUILD_CLAUSE = /^(?:在[^，,。；;]{2,14}?)?(?:建设|打造|兴建|新建|实施)$/;
/** Places that can stand inside the one written before them (`某镇某村`, `某镇某产业园`). */
const NARROWER_KINDS = new Set(['village', 'area', 'park']);
/** Places too broad to say where a project stands when a narrower one is named. */
const BROAD_KINDS = new Set(['country', 'province', 'city', 'district']);
/** How many more places are read for a narrower one after a broad first. */
const NARROWER_REACH = 8;

/**
 * `A工程和B工程，预计总投资分别为18亿元和9.5亿元`: amounts given `分别` after a list of projects
 * go to them in order, when there are as many amounts as projects.
 */
function respectiveAmounts(
  hits: readonly ParagraphHits[],
  refs: readonly ProjectRef[],
): Map<number, MoneyHit> {
  const out = new Map<number, MoneyHit>();
  let i = 0;
  while (i < refs.length) {
    const ref = refs[i] as ProjectRef;
    const h = hits[ref.para] as ParagraphHits;
    const [, se] = h.sentences.range(ref.hit.start);
    let j = i;
    while (j + 1 < refs.length && refs[j + 1]?.para === ref.para && (refs[j + 1]?.hit.start ?? se) < se) j++;
    const lastEnd = refs[j]?.hit.end ?? se;
    const rest = h.text.slice(lastEnd, se);
    // `总投资分别为…`: the investing verb before 分别 and the amounts after it.
    const mark = rest.search(/(?:总投资|投资|投入)(?:额|总额)?分别/);
    if (j > i && mark >= 0) {
      const amounts = findAmounts(rest.slice(mark));
      if (amounts.length === j - i + 1) amounts.forEach((a, k) => out.set(i + k, a));
    }
    i = j + 1;
  }
  return out;
}

/** Signings, groundbreakings and openings: a place that hosts one is where its projects go. */
const CEREMONY = /签约|开工|竣工|投产|奠基|建成|启用|投用|开馆|开园/;
/** Work done on the site itself: a ceremony held `在某镇` stands where the projects are. */
const ON_SITE = /开工|竣工|投产|奠基|建成|启用|投用|开馆|开园/;
const HOSTS = /^(?:举行|举办)/;

/**
 * `某某园区举行重点项目集中开工活动`, `…开工仪式在某镇举行`: the place that hosts the lead's
 * ceremony. A signing held `在某园区` is only its venue; one the place holds itself is its own.
 */
function ceremonyHost(lead: ParagraphHits | undefined): PlaceHit | undefined {
  if (!lead) return undefined;
  for (const pl of lead.places) {
    if (!SCENE_KINDS.has(pl.kind) || !HOSTS.test(lead.text.slice(pl.end, pl.end + 2))) continue;
    const [s, e] = lead.sentences.range(pl.start);
    const sentence = lead.text.slice(s, e);
    if (!CEREMONY.test(sentence)) continue;
    if (lead.text.charAt(pl.start - 1) === '在' && !ON_SITE.test(sentence)) continue;
    return pl;
  }
  return undefined;
}

/** Words that say where a building or a firm stands: `坐落于某镇某村`, `位于某镇的某某公司`. */
const SITE_MARK = /(?:位于|坐落于|坐落在|地处|建于|选址于?)$/;
/** What a project's name adds to the building it puts up: `某某博物馆建设工程` builds `某某博物馆`. */
const WORKS_SUFFIX = /(?:新建|改建|扩建|建设|改造|提升)?(?:工程|项目)$/;
/** The longest and shortest tail of a building's name looked up for a project. */
const SITE_NAME_MAX = 16;
const SITE_NAME_MIN = 3;

interface Sites {
  /** Tails of the names written before a site mark (`博物馆坐落于…`), each to its place. */
  byTail: Map<string, PlaceHit>;
  /** Organizations written as `位于某镇某村的某某公司`, by name, to that place. */
  byOrg: Map<string, PlaceHit>;
}

/**
 * Where the article says buildings and firms stand, found once for all its projects: the place
 * after a site mark (the narrowest of a chain, `某镇某村`), for the name before the mark and for
 * an organization written after `…的`. Each name's tails are indexed, so a lookup is one get.
 */
function sitesOf(hits: readonly ParagraphHits[]): Sites {
  const byTail = new Map<string, PlaceHit>();
  const byOrg = new Map<string, PlaceHit>();
  for (const h of hits) {
    const text = h.text;
    for (let k = 0; k < h.places.length; k++) {
      const first = h.places[k] as PlaceHit;
      const mark = SITE_MARK.exec(text.slice(Math.max(0, first.start - 4), first.start));
      if (!mark) continue;
      let last = first;
      while (h.places[k + 1]?.start === last.end && NARROWER_KINDS.has(h.places[k + 1]?.kind ?? '')) {
        k++;
        last = h.places[k] as PlaceHit;
      }
      if (!SCENE_KINDS.has(last.kind)) continue;
      const subjectEnd = first.start - mark[0].length;
      let subjectStart = subjectEnd;
      while (
        subjectStart > 0 &&
        subjectEnd - subjectStart < SITE_NAME_MAX &&
        !/[\s，,。；;、：:“”]/.test(text.charAt(subjectStart - 1))
      )
        subjectStart--;
      for (let t = subjectEnd - SITE_NAME_MIN; t >= subjectStart; t--) {
        const tail = text.slice(t, subjectEnd);
        if (!byTail.has(tail)) byTail.set(tail, last);
      }
      if (text.charAt(last.end) === '的') {
        const org = h.orgs[firstFrom(h.orgs, last.end + 1)];
        if (org?.start === last.end + 1 && !byOrg.has(org.name)) byOrg.set(org.name, last);
      }
    }
  }
  return { byTail, byOrg };
}

/** `某某博物馆建设工程` where `某某博物馆坐落于某镇某村`: the place of the building it puts up. */
function siteOfWorks(sites: Sites, name: string): PlaceHit | undefined {
  const building = name.replace(WORKS_SUFFIX, '');
  if (building === name || building.length < SITE_NAME_MIN) return undefined;
  return sites.byTail.get(building.slice(-SITE_NAME_MAX));
}

/** `某镇重点项目——某某项目`, `某镇的某某项目`: the place that owns the project, written before it. */
const OWNED_BEFORE = /^[^，,。；;、]{0,10}——$/;
/** `某某项目是某镇今年招引的重大产业项目`: the place the project is said to belong to. */
const OWNED_AFTER = /^[^，,。；;]{0,14}项目/;

const OWNED_REACH = 40;
/** The longest town name (`某某某街道`) a project name may follow. */
const TOWN_REACH = 8;

function owningPlace(h: ParagraphHits, hit: ProjectHit): PlaceHit | undefined {
  const text = h.text;
  const after = text.charAt(hit.end) === '是' ? hit.end + 1 : -1;
  // Only places near the name can own it; the search starts a place's length before the dash.
  for (let k = firstFrom(h.places, hit.start - OWNED_REACH); k < h.places.length; k++) {
    const pl = h.places[k];
    if (!pl || pl.start > hit.end + 1) break;
    if (!SCENE_KINDS.has(pl.kind)) continue;
    if (pl.end <= hit.start && hit.start - pl.end <= 12 && OWNED_BEFORE.test(text.slice(pl.end, hit.start)))
      return pl;
    if (pl.start === after && OWNED_AFTER.test(text.slice(pl.end))) return pl;
    // `湟里镇的某某项目`: the place the name is given as belonging to.
    if (pl.end + 1 === hit.start && text.charAt(pl.end) === '的') return pl;
  }
  return undefined;
}

/** Investment, capacity, owner and place of every project reference of an article, in order. */
export function projectDetails(
  hits: readonly ParagraphHits[],
  refs: readonly ProjectRef[],
  orgs: readonly OrganizationExtraction[],
): ProjectExtraction[] {
  // Built on first use: most paragraphs hold no project.
  const byParagraph = new Map<number, ParagraphLookups>();
  const lookupsOf = (para: number): ParagraphLookups => {
    let look = byParagraph.get(para);
    if (!look) {
      look = lookups(hits[para] as ParagraphHits);
      byParagraph.set(para, look);
    }
    return look;
  };
  const ownerByName = ownerIndex(orgs);
  const companies = new Set(orgs.filter((o) => o.kind === 'company').map((o) => o.name));
  const canonical = new Map<string, string>();
  for (const o of orgs)
    for (const n of [o.name, ...o.aliases]) if (!canonical.has(n)) canonical.set(n, o.name);
  const respective = respectiveAmounts(hits, refs);
  const host = ceremonyHost(hits[0]);
  const sites = refs.length > 0 ? sitesOf(hits) : undefined;
  const orgNames = new Map<string, string[]>();
  for (const o of orgs) orgNames.set(o.name, [o.name, ...o.aliases]);
  // Villages and towns the article names anywhere, for names the segmenter cannot split alone.
  const namedPlaces = new Map<string, PlaceHit>();
  for (const h of hits)
    for (const pl of h.places) if (pl.kind === 'village' || pl.kind === 'town') namedPlaces.set(pl.name, pl);
  // Areas the article places in a town outside any project's name (`西湖街道延政西路片区`): a
  // local site. A broad one (`太湖湾`) or one named only inside the project's name is not.
  const areasNamed = new Set<string>();
  for (const h of hits) {
    const projectSpans = SpanSet.of(h.projects);
    for (const pl of h.places)
      if (pl.kind === 'area' && pl.partOf && !projectSpans.covers(pl.start, pl.end)) areasNamed.add(pl.name);
  }
  return refs.map((ref, i) => {
    const { para, hit } = ref;
    const ph = hits[para] as ParagraphHits;
    const look = lookupsOf(para);
    const text = ph.text;
    const [ss, se] = ph.sentences.range(hit.start);
    const sentence = text.slice(ss, se).trim();
    const next = atOrAfter(look.projectStarts, hit.end);
    const nextInSentence = next !== undefined && next < se ? next : se;
    const prevInSentence = Math.max(ss, atOrBefore(look.projectEnds, hit.start) ?? ss);
    // The clause after the name, up to the next project, and sentences referring back.
    // A semicolon ends one item of a list (`…项目落户某区；由某公司投资的…项目`).
    const semicolon = atOrBefore(look.semicolons, hit.start) ?? -1;
    const nextSemicolon = Math.min(atOrAfter(look.semicolons, hit.end) ?? se, se);
    const itemStart = Math.max(ss, semicolon + 1);
    const scopes: [number, number, number][] = [
      [para, hit.end, Math.min(nextInSentence, nextSemicolon)],
      ...followUps(hits, refs, i),
    ];
    // `某集团耗资10亿元打造的某某项目`: the amount before the name, in the name's own clause.
    let clauseStart = prevInSentence;
    for (let k = hit.start - 1; k > prevInSentence; k--)
      if ('，,；;'.includes(text.charAt(k))) {
        clauseStart = k + 1;
        break;
      }
    const before = findInvestments(text.slice(clauseStart, hit.start)).at(-1);
    // Written right before the name (`总投资超百亿元的某某项目`), the amount is the whole project's,
    // whatever a later phase (`一期投资…`) costs; other figures may stand between
    // (`总投资20亿元、占地150亩的某某项目`).
    const between = before
      ? text.slice(clauseStart + before.end, hit.start).replace(PROJECT_FIGURES, '')
      : '';
    let attached = before && /^[^，,；;。]{0,6}$/.test(between) ? before : undefined;
    // `计划投资6000万元，建设某某中心`: the clause before ends on the amount and this one is only
    // the verb of building.
    if (!before && clauseStart > prevInSentence && BUILD_CLAUSE.test(text.slice(clauseStart, hit.start))) {
      const last = findInvestments(text.slice(prevInSentence, clauseStart - 1)).at(-1);
      if (last && prevInSentence + last.end === clauseStart - 1) attached = last;
    }
    let money = respective.get(i) ?? attached;
    let capacity: string | null = null;
    let owner: string | null = null;
    for (const [p, s, e] of scopes) {
      const h = hits[p] as ParagraphHits;
      const clause = h.text.slice(s, e);
      const found = findInvestments(clause);
      money ??= found[0];
      capacity ??= findCapacity(clause);
      owner ??= orgIn(h, s, e, (o) => o.end <= e && isAgent(h.text, o.start, o.end))?.name ?? null;
    }
    // `某某（常州）有限公司增资扩产项目`: a company written in full at the head of the name owns it.
    const named = ownerByName(hit.name);
    if (named && hit.name.startsWith(named) && companies.has(named)) owner ??= named;
    // Only an organization ending within OWNER_REACH before the name can own it by position.
    owner ??=
      orgIn(ph, hit.start - OWNER_REACH - look.longestOrg, hit.start + 1, (o) =>
        ownsByPosition(text, o.end, hit.start),
      )?.name ?? null;
    // `集团首个新建项目——某某项目`: the group or firm the story is about, referred back to.
    const referred =
      owner === null ? REFERRED_OWNER.exec(text.slice(clauseStart, hit.start))?.[1] : undefined;
    if (referred) owner = lastNamedFirm(hits, para, hit.start, referred);
    const byNameOnly = owner === null && named !== null;
    owner ??= named;
    // `位于某镇的…项目；位于某镇的…项目`: each project's own stretch of the sentence first, then
    // the sentence, then the sentences that refer back to it (`该工程位于某镇境内`); a village or
    // town that opens the name is where it is (`某某村民宿集群项目`).
    function* placesIn(h: ParagraphHits, from: number, to: number): Generator<PlaceHit> {
      let held: PlaceHit | undefined;
      for (let k = firstFrom(h.places, from); k < h.places.length; k++) {
        const pl = h.places[k];
        if (!pl || pl.start >= to) break;
        // `在某镇某村开工`: a village written straight after the marked town is where it is.
        if (held && pl.start === held.end && NARROWER_KINDS.has(pl.kind)) {
          held = pl;
          continue;
        }
        if (!PLACE_MARK.test(h.text.slice(Math.max(0, pl.start - 3), pl.start))) continue;
        // `位于某镇工业集中区`: the town and the zone start together; the zone is where it is.
        if (held && held.start !== pl.start) yield held;
        if (!held || held.start !== pl.start || pl.end > held.end) held = pl;
      }
      if (held) yield held;
    }
    // The scene of the paragraph before the project: the last place the visit went to.
    const sceneAt = atOrBefore(look.sceneStarts, hit.start - 1);
    const scene = sceneAt === undefined ? undefined : look.sceneByStart.get(sceneAt);
    // The most specific of the towns and villages opening the name (`某街道某社区…项目` → the
    // community), or an area the article names on its own (`某某片区城市更新项目` → the area).
    let opening: PlaceHit | undefined;
    for (const pl of findPlaces(hit.name)) {
      if (pl.start !== (opening?.end ?? 0) || pl.end >= hit.name.length) continue;
      if (pl.kind === 'village' || pl.kind === 'town' || (pl.kind === 'area' && areasNamed.has(pl.name)))
        opening = pl;
    }
    // `西崦村民宿集群项目` (`西/崦/村民/宿`): a village the article names elsewhere opens the name.
    for (let k = hit.name.length - 1; k > 1 && !opening; k--) opening = namedPlaces.get(hit.name.slice(0, k));
    // In order of preference; read lazily, so a sentence of thousands of projects stays linear.
    function* candidates(): Generator<PlaceHit> {
      yield* placesIn(ph, Math.max(prevInSentence, itemStart), Math.min(nextInSentence, nextSemicolon));
      yield* placesIn(ph, itemStart, nextSemicolon);
      const owning = owningPlace(ph, hit);
      if (owning) yield owning;
      for (const [p, s, e] of scopes.slice(1)) yield* placesIn(hits[p] as ParagraphHits, s, e);
      if (opening) yield opening;
      else {
        // `横山桥镇芙蓉湾田园综合体项目`: the town written straight before the name (see findProjects).
        for (let k = firstFrom(ph.places, hit.start - TOWN_REACH); k < ph.places.length; k++) {
          const pl = ph.places[k];
          if (!pl || pl.start >= hit.start) break;
          if (pl.end === hit.start && pl.kind === 'town') yield pl;
        }
      }
      // `某某博物馆坐落于某镇某村`, `位于某镇某村的某某公司`: where the building or the owner stands.
      if (sites) {
        const works = siteOfWorks(sites, hit.name);
        if (works) yield works;
        for (const n of owner ? (orgNames.get(canonical.get(owner) ?? owner) ?? [owner]) : []) {
          const site = sites.byOrg.get(n);
          if (site) yield site;
        }
      }
      if (scene) yield scene;
      if (host) yield host;
    }
    // `在武进投资建设…项目，选址某某街道`: a town or park named later says more than the district.
    let place: PlaceHit | undefined;
    let looked = 0;
    for (const pl of candidates()) {
      place ??= pl;
      if (!BROAD_KINDS.has(pl.kind)) {
        if (BROAD_KINDS.has(place.kind)) place = pl;
        break;
      }
      if (++looked >= NARROWER_REACH) break;
    }
    const detail: ProjectExtraction = {
      name: hit.name,
      investment: (money ?? before)?.investment ?? null,
      capacity,
      owner: owner ? (canonical.get(owner) ?? owner) : null,
      place: place?.name ?? null,
      evidence: sentence,
    };
    if (byNameOnly) OWNED_BY_NAME_ONLY.add(detail);
    return detail;
  });
}

/** `集团首个新建项目——`, `公司的又一个项目——`: a firm's project named after a dash. */
const REFERRED_OWNER = /^(?:该|本)?(集团|公司)(?:的)?[^，,。；;、]{0,8}项目——$/;
const FIRM_TAIL: Record<string, RegExp> = {
  集团: /集团(?:股份)?(?:有限公司)?$/,
  公司: /公司$/,
};
/** The last firm of the kind (`集团`, `公司`) named before `at` in paragraph `para` or above it. */
function lastNamedFirm(
  hits: readonly ParagraphHits[],
  para: number,
  at: number,
  kind: string,
): string | null {
  const tail = FIRM_TAIL[kind];
  for (let p = para; p >= 0 && tail; p--) {
    const orgs = (hits[p] as ParagraphHits).orgs;
    for (let k = orgs.length - 1; k >= 0; k--) {
      const o = orgs[k] as OrgHit;
      if ((p < para || o.end <= at) && tail.test(o.name)) return o.name;
    }
  }
  return null;
}

/** Details whose owner was read from the project's name alone, which a stated owner outranks. */
const OWNED_BY_NAME_ONLY = new WeakSet<ProjectExtraction>();
export function ownedByNameOnly(detail: ProjectExtraction): boolean {
  return OWNED_BY_NAME_ONLY.has(detail);
}
