import type { OrganizationExtraction, PlaceExtraction, ProjectExtraction } from '../../model/extraction.ts';
import { findInvestments } from './money.ts';
import { TITLE_ORG_SUFFIXES } from './lexicon/org-suffixes.ts';
import { findOrganizations, mergeOrganizations, type OrgHit } from './organizations.ts';
import { findPlaces, type PlaceHit } from './places.ts';
import { findCapacity, findProjects, type ProjectHit } from './projects.ts';
import { SpanSet, sentenceAt, sentences } from './text.ts';

export interface Entities {
  organizations: OrganizationExtraction[];
  places: PlaceExtraction[];
  projects: ProjectExtraction[];
}

interface ParagraphHits {
  text: string;
  orgs: OrgHit[];
  places: PlaceHit[];
  projects: ProjectHit[];
}

const OWNER_VERB = /(?:耗资|投资|投建|打造|实施|建设|启动|推进)/;
const FOLLOW_UP = /^(?:该项目|该工程|项目|工程|其)/;

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Organizations, places and projects must not reuse each other's words: an organization
 * inside a project name (`某学院…新建工程`) or a place inside an organization name
 * (`常州市…有限公司`) belongs to the longer name only.
 */
function paragraphHits(text: string, blocked: SpanSet, titles: SpanSet): ParagraphHits {
  const projectsRaw = findProjects(text).filter((p) => !blocked.overlaps(p.start, p.end));
  const orgsRaw = findOrganizations(text).filter(
    (o) =>
      !blocked.covers(o.start, o.end) &&
      !projectsRaw.some((p) => contains(p, o)) &&
      (!titles.covers(o.start, o.end) || o.rule === 'free' || TITLE_ORG_SUFFIXES.has(o.suffix)),
  );
  const projects = projectsRaw.filter(
    (p) => !orgsRaw.some((o) => p.start < o.end && o.start < p.end && !contains(p, o)),
  );
  const places = findPlaces(text).filter(
    (pl) =>
      !blocked.covers(pl.start, pl.end) &&
      !orgsRaw.some((o) => contains(o, pl)) &&
      !projects.some((p) => contains(p, pl)),
  );
  return { text, orgs: orgsRaw, places, projects };
}

function canonical(orgs: readonly OrganizationExtraction[], name: string): string {
  return orgs.find((o) => o.name === name || o.aliases.includes(name))?.name ?? name;
}

function projectDetails(
  ph: ParagraphHits,
  hit: ProjectHit,
  orgs: readonly OrganizationExtraction[],
): ProjectExtraction {
  const sentence = sentenceAt(ph.text, hit.start);
  const all = sentences(ph.text);
  const idx = all.indexOf(sentence);
  const next = all[idx + 1];
  const money =
    findInvestments(sentence)[0] ?? (next && FOLLOW_UP.test(next) ? findInvestments(next)[0] : undefined);
  const owner = ph.orgs.find((o) => {
    const gap = ph.text.slice(o.end, hit.start);
    return o.end <= hit.start && gap.length <= 20 && OWNER_VERB.test(gap) && !/[，,。；;]/.test(gap);
  });
  const place = ph.places.find((pl) => {
    const before = ph.text.slice(Math.max(0, pl.start - 2), pl.start);
    return sentenceAt(ph.text, pl.start) === sentence && /(?:位于|在)$/.test(before);
  });
  return {
    name: hit.name,
    investment: money?.investment ?? null,
    capacity: findCapacity(sentence) ?? (next && FOLLOW_UP.test(next) ? findCapacity(next) : null),
    owner: owner ? canonical(orgs, owner.name) : null,
    place: place?.name ?? null,
    evidence: sentence,
  };
}

export function readEntities(
  paragraphs: readonly string[],
  blocked: readonly SpanSet[],
  titles: readonly SpanSet[],
): Entities {
  const hits = paragraphs.map((p, i) =>
    paragraphHits(p, blocked[i] ?? new SpanSet(), titles[i] ?? new SpanSet()),
  );
  const organizations = mergeOrganizations(hits.flatMap((h) => h.orgs));
  for (const org of organizations) {
    const h = hits.find((x) => x.orgs.some((o) => o.name === org.name));
    const o = h?.orgs.find((x) => x.name === org.name);
    if (h && o) org.evidence = sentenceAt(h.text, o.start);
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
          evidence: sentenceAt(h.text, pl.start),
        });
    }
  }
  const projects = new Map<string, ProjectExtraction>();
  for (const h of hits) {
    for (const p of h.projects) {
      const detail = projectDetails(h, p, organizations);
      const seen = projects.get(p.name);
      if (!seen) projects.set(p.name, detail);
      else {
        seen.investment ??= detail.investment;
        seen.owner ??= detail.owner;
        seen.place ??= detail.place;
        seen.capacity ??= detail.capacity;
      }
    }
  }
  return { organizations, places: [...places.values()], projects: [...projects.values()] };
}
