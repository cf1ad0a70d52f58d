import type { OrganizationExtraction, PlaceExtraction, ProjectExtraction } from '../../model/extraction.ts';
import { findInvestments } from './money.ts';
import { ORG_SUFFIXES, TITLE_ORG_SUFFIXES } from './lexicon/org-suffixes.ts';
import { findOrganizations, mergeOrganizations, type OrgHit } from './organizations.ts';
import { findPlaces, type PlaceHit } from './places.ts';
import { findCapacity, findProjects, type ProjectHit } from './projects.ts';
import { isAgent, ownerByName, ownsByPosition, shortAgents } from './project-owner.ts';
import { SentenceIndex, SpanSet } from './text.ts';

export interface Entities {
  organizations: OrganizationExtraction[];
  places: PlaceExtraction[];
  projects: ProjectExtraction[];
}

interface ParagraphHits {
  text: string;
  sentences: SentenceIndex;
  orgs: OrgHit[];
  places: PlaceHit[];
  projects: ProjectHit[];
}

/** A sentence or clause opening that refers back to the last project (`该项目总投资…`). */
const FOLLOW_UP = /^(?:该项目|该工程|此项目|项目|工程|其)/;
/** `某某有限公司（以下简称“某某”）`: only a short form declared right after an organization's suffix counts. */
const DECLARED_ALIAS = /[（(](?:以下)?简称[“"]([^”"]{2,12})[”"][）)]/g;
const ORG_SUFFIX_WORDS = ORG_SUFFIXES.map(([suffix]) => suffix);

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Short names the article declares (`以下简称“…”`) or uses as a builder (`由某某城建负责实施`). */
function shortNames(paragraphs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(DECLARED_ALIAS)) {
      const before = p.slice(Math.max(0, m.index - 8), m.index);
      if (m[1] && ORG_SUFFIX_WORDS.some((w) => before.endsWith(w))) out.add(m[1]);
    }
    for (const n of shortAgents(p)) out.add(n);
  }
  return [...out];
}

/** Every use of a short name is a mention of its organization. */
function shortNameHits(text: string, names: readonly string[], found: readonly OrgHit[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length };
      if (found.some((o) => contains(o, span))) continue;
      hits.push({ name, kind: 'company', suffix: name, rule: 'free', ...span, aliases: [] });
    }
  }
  return hits;
}

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
): ParagraphHits {
  const projectsRaw = findProjects(text, known).filter((p) => !blocked.overlaps(p.start, p.end));
  const bySuffix = findOrganizations(text);
  const orgsRaw = [...bySuffix, ...shortNameHits(text, known, bySuffix)]
    .filter(
      (o) =>
        !blocked.covers(o.start, o.end) &&
        !projectsRaw.some((p) => contains(p, o)) &&
        (!titles.covers(o.start, o.end) || o.rule === 'free' || TITLE_ORG_SUFFIXES.has(o.suffix)),
    )
    .sort((a, b) => a.start - b.start);
  const projects = projectsRaw.filter(
    (p) => !orgsRaw.some((o) => p.start < o.end && o.start < p.end && !contains(p, o)),
  );
  const places = findPlaces(text).filter(
    (pl) =>
      !blocked.covers(pl.start, pl.end) &&
      !orgsRaw.some((o) => contains(o, pl)) &&
      !projects.some((p) => contains(p, pl)),
  );
  return { text, sentences: new SentenceIndex(text), orgs: orgsRaw, places, projects };
}

function canonical(orgs: readonly OrganizationExtraction[], name: string): string {
  return orgs.find((o) => o.name === name || o.aliases.includes(name))?.name ?? name;
}

interface ProjectRef {
  para: number;
  hit: ProjectHit;
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
      pos = e;
    }
  }
  return out;
}

function projectDetails(
  hits: readonly ParagraphHits[],
  refs: readonly ProjectRef[],
  i: number,
  orgs: readonly OrganizationExtraction[],
): ProjectExtraction {
  const { para, hit } = refs[i] as ProjectRef;
  const ph = hits[para] as ParagraphHits;
  const text = ph.text;
  const [ss, se] = ph.sentences.range(hit.start);
  const sentence = text.slice(ss, se).trim();
  const nextInSentence = ph.projects.find((p) => p.start >= hit.end && p.start < se)?.start ?? se;
  const prevInSentence = Math.max(ss, ...ph.projects.filter((p) => p.end <= hit.start).map((p) => p.end));
  // The clause after the name, up to the next project, and sentences referring back.
  const scopes: [number, number, number][] = [[para, hit.end, nextInSentence], ...followUps(hits, refs, i)];
  // `某集团耗资10亿元打造的某某项目`: the amount before the name, if no other project claims it.
  const before = prevInSentence === ss ? findInvestments(text.slice(ss, hit.start)).at(-1) : undefined;
  let money: typeof before | undefined;
  let capacity: string | null = null;
  let owner: string | null = null;
  for (const [p, s, e] of scopes) {
    const h = hits[p] as ParagraphHits;
    const clause = h.text.slice(s, e);
    const found = findInvestments(clause);
    money ??= found[0];
    capacity ??= findCapacity(clause);
    owner ??= h.orgs.find((o) => o.start >= s && o.end <= e && isAgent(h.text, o.start, o.end))?.name ?? null;
  }
  owner ??= ph.orgs.find((o) => ownsByPosition(text, o.end, hit.start))?.name ?? null;
  owner ??= ownerByName(hit.name, orgs);
  const place = ph.places.find((pl) => {
    const before = text.slice(Math.max(0, pl.start - 2), pl.start);
    return pl.start >= ss && pl.start < se && /(?:位于|在)$/.test(before);
  });
  return {
    name: hit.name,
    investment: (money ?? before)?.investment ?? null,
    capacity,
    owner: owner ? canonical(orgs, owner) : null,
    place: place?.name ?? null,
    evidence: sentence,
  };
}

export function readEntities(
  paragraphs: readonly string[],
  blocked: readonly SpanSet[],
  titles: readonly SpanSet[],
): Entities {
  const known = shortNames(paragraphs);
  const hits = paragraphs.map((p, i) =>
    paragraphHits(p, blocked[i] ?? new SpanSet(), titles[i] ?? new SpanSet(), known),
  );
  const organizations = mergeOrganizations(hits.flatMap((h) => h.orgs));
  for (const org of organizations) {
    const h = hits.find((x) => x.orgs.some((o) => o.name === org.name));
    const o = h?.orgs.find((x) => x.name === org.name);
    if (h && o) org.evidence = h.sentences.at(o.start);
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
  const projects = new Map<string, ProjectExtraction>();
  const refs = hits.flatMap((h, para) => h.projects.map((hit) => ({ para, hit })));
  refs.forEach((ref, i) => {
    const detail = projectDetails(hits, refs, i, organizations);
    const seen = projects.get(ref.hit.name);
    if (!seen) projects.set(ref.hit.name, detail);
    else {
      seen.investment ??= detail.investment;
      seen.owner ??= detail.owner;
      seen.place ??= detail.place;
      seen.capacity ??= detail.capacity;
    }
  });
  return { organizations, places: [...places.values()], projects: [...projects.values()] };
}
