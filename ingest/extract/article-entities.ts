import type {
  OrganizationExtraction,
  OrganizationKind,
  PlaceExtraction,
  ProjectExtraction,
} from '../../model/extraction.ts';
import { ORG_SUFFIXES, TITLE_ORG_SUFFIXES } from './lexicon/org-suffixes.ts';
import { mergeOrganizations } from './merge-organizations.ts';
import { findOrganizations, type OrgHit } from './organizations.ts';
import { findPlaces } from './places.ts';
import { ownedByNameOnly, projectDetails, type ParagraphHits } from './project-details.ts';
import { findProjects, findShortMentions } from './projects.ts';
import { companyShortName, shortAgents } from './project-owner.ts';
import { SentenceIndex, SpanSet } from './text.ts';

/** The party committee or branch of a place (`某某镇党委`, `某某村党总支`, `某某社区党支部`). */
const PLACE_PARTY_UNIT = /(?:镇|乡|村|社区|街道)(?:党委|党总支|党支部)$/;

export interface Entities {
  organizations: OrganizationExtraction[];
  places: PlaceExtraction[];
  projects: ProjectExtraction[];
}

/** `某某有限公司（以下简称“某某”）`: only a short form declared right after an organization's suffix counts. */
const DECLARED_ALIAS = /[（(](?:以下)?简称[“"]([^”"]{2,12})[”"][）)]/g;
const ORG_SUFFIX_WORDS = ORG_SUFFIXES.map(([suffix]) => suffix);

/**
 * Short names the article declares (`以下简称“…”`), uses as a builder (`由某某城建负责实施`), or
 * writes for a company it named in full (`某润电力控股有限公司` … `某润电力计划…`).
 */
function shortNames(paragraphs: readonly string[], orgs: readonly OrgHit[]): string[] {
  const out = new Set<string>();
  // How many of the companies' full names hold each short name; uses beyond those stand alone.
  const inFull = new Map<string, number>();
  const tried = new Map<string, string | null>();
  for (const o of orgs) {
    if (o.kind !== 'company') continue;
    let short = tried.get(o.name);
    if (short === undefined) {
      short = companyShortName(o.name);
      tried.set(o.name, short);
    }
    if (short) inFull.set(short, (inFull.get(short) ?? 0) + 1);
  }
  if (inFull.size > 0) {
    const uses = new Map<string, number>();
    const shorts = new Set(inFull.keys());
    for (const p of paragraphs)
      for (const { name } of occurrences(p, shorts)) uses.set(name, (uses.get(name) ?? 0) + 1);
    for (const [short, n] of inFull) if ((uses.get(short) ?? 0) > n) out.add(short);
  }
  for (const p of paragraphs) {
    for (const m of p.matchAll(DECLARED_ALIAS)) {
      const before = p.slice(Math.max(0, m.index - 8), m.index);
      if (m[1] && ORG_SUFFIX_WORDS.some((w) => before.endsWith(w))) out.add(m[1]);
    }
    for (const n of shortAgents(p)) out.add(n);
  }
  return [...out];
}

const FEW_NAMES = 8;

/**
 * Where any of `names` occurs in `text`, the longest at each position, in one pass: a page may
 * hold thousands of names, and a scan per name would be quadratic.
 */
export function occurrences(text: string, names: ReadonlySet<string>): { name: string; start: number }[] {
  // A few names (the usual article) are looked up directly; many in one pass over the text.
  if (names.size <= FEW_NAMES) {
    const found: { name: string; start: number }[] = [];
    for (const name of names)
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
        found.push({ name, start: at });
    return found.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  }
  const heads = new Set<string>();
  const lengths = new Set<number>();
  for (const n of names) {
    heads.add(n.slice(0, 2));
    lengths.add(n.length);
  }
  const byLength = [...lengths].sort((a, b) => b - a);
  const out: { name: string; start: number }[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (!heads.has(text.slice(i, i + 2))) continue;
    for (const len of byLength) {
      const cand = text.slice(i, i + len);
      if (cand.length === len && names.has(cand)) {
        out.push({ name: cand, start: i });
        break;
      }
    }
  }
  return out;
}

/** Every use of a short name is a mention of its organization. */
function shortNameHits(
  text: string,
  names: readonly string[],
  found: readonly OrgHit[],
  pageNames: PageNames,
): OrgHit[] {
  const hits: OrgHit[] = [];
  if (names.length === 0) return hits;
  const foundSpans = SpanSet.of(found);
  for (const { name, start } of occurrences(text, new Set(names))) {
    const span = { start, end: start + name.length };
    if (foundSpans.covers(span.start, span.end)) continue;
    const kind = pageNames.get(name) ?? 'company';
    hits.push({ name, kind, suffix: name, rule: 'free', ...span, aliases: [] });
  }
  return hits;
}

/** Short forms declared in other articles of the page, with the kind of body they stand for. */
export type PageNames = ReadonlyMap<string, OrganizationKind>;

/** `获评“江苏省文明单位”`: an honour's name mentions a place without being about it. */
const HONOUR = /(?:获评|荣获|获得|入选|评为|认定为|命名为|列为|授予)((?:[“"][^”"]{2,30}[”"]、?)+)/g;

/** `获批省级胸痛中心`: an unquoted honour opens with its level. */
const LEVELLED_HONOUR =
  /(?:获批|获评|荣获|入选|评为|认定为|创成|获批成为|成功创建|列入)((?:国家级|省级|市级|区级|全国|首批)[^，。；、,;“”"（）()]{2,20})/g;

/** `擦亮“智汇某湖”品牌`: a quoted brand or slogan names no place. */
const BRAND_SLOGAN = /([“"][^”"]{2,12}[”"])(?=品牌|名片|模式|理念|口号|系列)/g;

/** The honours after a verb of awarding (`获得“某市道德模范”“江苏好人”等称号`, `获批省级某某中心`). */
function honourSpans(text: string): SpanSet {
  const spans = new SpanSet();
  for (const re of [HONOUR, LEVELLED_HONOUR, BRAND_SLOGAN])
    for (const m of text.matchAll(re)) {
      const list = m[1] ?? '';
      spans.add(m.index + m[0].length - list.length, m.index + m[0].length);
    }
  return spans;
}

const LEGAL_FORM_END = /(?:有限公司|有限责任公司|股份公司|集团)$/;

/**
 * Organizations, places and projects must not reuse each other's words: an organization
 * inside a project name (`某学院…新建工程`) or a place inside an organization name
 * (`常州市…有限公司`) belongs to the longer name only.
 */
function paragraphHits(
  text: string,
  blocked: SpanSet,
  titles: SpanSet,
  known: readonly string[],
  bySuffix: OrgHit[],
  pageNames: PageNames,
): ParagraphHits {
  // A body named in the paragraph may open a project's name (`区中医医院新院区建设项目`).
  const names = [...known, ...bySuffix.map((o) => o.name)];
  const projectsRaw = findProjects(text, names).filter((p) => !blocked.overlaps(p.start, p.end));
  const rawProjectSpans = SpanSet.of(projectsRaw);
  // `某某有限公司增资扩产项目`: a company that opens a project's name is still a company of the article.
  const projectStarts = new Set(projectsRaw.map((p) => p.start));
  const opensProject = (o: OrgHit) => projectStarts.has(o.start) && LEGAL_FORM_END.test(o.name);
  const allOrgs = [...bySuffix, ...shortNameHits(text, known, bySuffix, pageNames)];
  // A place inside an organization's name is part of that name, listed or not (`常州某某合作社理事长`).
  // A town's or village's party committee names the place all the same (`雪堰镇某某村党总支书记`).
  const allOrgSpans = SpanSet.of(allOrgs.filter((o) => !PLACE_PARTY_UNIT.test(o.name)));
  const honours = honourSpans(text);
  const orgsRaw = allOrgs
    .filter(
      (o) =>
        !blocked.covers(o.start, o.end) &&
        !honours.covers(o.start, o.end) &&
        (!rawProjectSpans.covers(o.start, o.end) || opensProject(o)) &&
        (!titles.covers(o.start, o.end) || o.rule === 'free' || TITLE_ORG_SUFFIXES.has(o.suffix)),
    )
    .sort((a, b) => a.start - b.start);
  const orgSpans = SpanSet.of(orgsRaw);
  // An organization that overlaps a project without lying inside it runs across one of its ends.
  const projects = projectsRaw.filter((p) => !orgSpans.crosses(p.start) && !orgSpans.crosses(p.end));
  const projectSpans = SpanSet.of(projects);
  const places = findPlaces(text).filter(
    (pl) =>
      !blocked.overlaps(pl.start, pl.end) &&
      !honours.covers(pl.start, pl.end) &&
      !allOrgSpans.covers(pl.start, pl.end) &&
      !projectSpans.covers(pl.start, pl.end),
  );
  return { text, sentences: new SentenceIndex(text), orgs: orgsRaw, places, projects };
}

/**
 * A village or community written without its town (`在湟里镇，…察看了西墅村段河道`) lies in the
 * town the article last named before it, or else the first one it names; a natural village
 * (`某某自然村`) lies in the administrative village last named before it.
 */
function villageParents(hits: readonly ParagraphHits[], places: Map<string, PlaceExtraction>): void {
  const order = hits.flatMap((h) => h.places);
  const firstTown = order.find((pl) => pl.kind === 'town')?.name ?? null;
  let town: string | null = null;
  let village: string | null = null;
  for (const pl of order) {
    if (pl.kind === 'town') town = pl.name;
    if (pl.kind !== 'village') continue;
    const natural = pl.name.endsWith('自然村');
    const place = places.get(pl.name);
    if (place && place.partOf === null) place.partOf = natural ? village : (town ?? firstTown);
    if (!natural) village = pl.name;
  }
}

/**
 * Each project name that is the tail of exactly one longer name of the article (at least
 * SHORT_TAIL characters before its suffix), to that longer name.
 */
function longerNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const all = new Set(names);
  const owners = new Map<string, string | null>();
  for (const name of names)
    for (let k = 1; k < name.length - SHORT_TAIL; k++) {
      const tail = name.slice(k);
      if (all.has(tail)) owners.set(tail, owners.has(tail) && owners.get(tail) !== name ? null : name);
    }
  for (const [tail, name] of owners) if (name) out.set(tail, name);
  return out;
}
const SHORT_TAIL = 6;

export function readEntities(
  paragraphs: readonly string[],
  blocked: readonly SpanSet[],
  titles: readonly SpanSet[],
  pageNames: PageNames = new Map(),
): Entities {
  const bySuffix = paragraphs.map((p) => findOrganizations(p));
  const known = shortNames(paragraphs, bySuffix.flat());
  // `东城医院`, declared as a hospital's short form in another story of the page, stands alone here.
  const knownSet = new Set(known);
  for (const name of pageNames.keys()) if (!knownSet.has(name)) known.push(name);
  const hits = paragraphs.map((p, i) =>
    paragraphHits(
      p,
      blocked[i] ?? new SpanSet(),
      titles[i] ?? new SpanSet(),
      known,
      bySuffix[i] ?? [],
      pageNames,
    ),
  );
  // A project named in full comes back under the end of its name (`此次签约的增资扩产项目`).
  const projectNames = [...new Set(hits.flatMap((h) => h.projects.map((p) => p.name)))];
  // `轨道交通6号线某某工程` … `6号线某某工程全长…`: a name that ends another, longer one is that one.
  const longer = longerNames(projectNames);
  if (longer.size > 0)
    for (const h of hits) for (const p of h.projects) p.name = longer.get(p.name) ?? p.name;
  if (projectNames.length > 0)
    for (const h of hits) {
      const more = findShortMentions(h.text, projectNames, h.projects);
      if (more.length > 0) h.projects = [...h.projects, ...more].sort((a, b) => a.start - b.start);
    }
  const organizations = mergeOrganizations(hits.flatMap((h) => h.orgs));
  // Each name's first occurrence, paragraph by paragraph, gives its evidence.
  const firstSeen = new Map<string, { h: ParagraphHits; o: OrgHit }>();
  for (const h of hits) for (const o of h.orgs) if (!firstSeen.has(o.name)) firstSeen.set(o.name, { h, o });
  for (const org of organizations) {
    const first = firstSeen.get(org.name);
    if (first) org.evidence = first.h.sentences.at(first.o.start);
  }
  const places = new Map<string, PlaceExtraction>();
  for (const h of hits) {
    for (const pl of h.places) {
      const seen = places.get(pl.name);
      if (seen) seen.partOf ??= pl.partOf;
      else
        places.set(pl.name, {
          name: pl.name,
          kind: pl.kind,
          partOf: pl.partOf,
          evidence: h.sentences.at(pl.start),
        });
    }
  }
  villageParents(hits, places);
  // `渔荡村` … `“渔荡香米”`: a water named as a village or town of the article is its short form.
  for (const [name, pl] of places)
    if (
      (pl.kind === 'lake' || pl.kind === 'river') &&
      name.length <= 2 &&
      ['村', '镇', '社区'].some((s) => places.get(name + s)?.kind === (s === '镇' ? 'town' : 'village'))
    )
      places.delete(name);
  const projects = new Map<string, ProjectExtraction>();
  const refs = hits.flatMap((h, para) => h.projects.map((hit) => ({ para, hit })));
  projectDetails(hits, refs, organizations).forEach((detail) => {
    const seen = projects.get(detail.name);
    if (!seen) projects.set(detail.name, detail);
    else {
      seen.investment ??= detail.investment;
      // A later mention that states the owner (`由某公司投资建设`) outranks a guess from the name.
      if (detail.owner && ownedByNameOnly(seen) && !ownedByNameOnly(detail)) seen.owner = detail.owner;
      seen.owner ??= detail.owner;
      seen.place ??= detail.place;
      seen.capacity ??= detail.capacity;
    }
  });
  return { organizations, places: [...places.values()], projects: [...projects.values()] };
}
