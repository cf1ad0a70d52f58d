import { createHash } from 'node:crypto';
import type {
  ArticleExtraction,
  Investment,
  OrganizationExtraction,
  PageExtraction,
  ProjectExtraction,
} from '../../model/extraction.ts';
import { entityId, normalizeName } from '../../model/ids.ts';
import type { OrganizationIndex } from './organization-index.ts';

/** The rows one article contributes to each write statement (cypher/write/*.cypher). */
export interface ArticleGraph {
  articleId: string;
  headline: string;
  articles: { id: string; props: Record<string, string | number | null> }[];
  events: { id: string; articleId: string; evidence: string; props: Record<string, string | null> }[];
  /** `date` is the latest date the person was seen in these rows; `firstDate` the earliest, when it differs. */
  persons: { id: string; name: string; titles: string[]; date: string | null; firstDate?: string | null }[];
  organizations: { id: string; name: string; kind: string; aliases: string[] }[];
  places: { id: string; name: string; kind: string }[];
  projects: {
    id: string;
    name: string;
    investment: number | null;
    currency: string | null;
    investmentText: string | null;
    capacity: string | null;
  }[];
  attended: {
    personId: string;
    eventId: string;
    role: string;
    titles: string[];
    order: number;
    articleId: string;
    evidence: string;
  }[];
  credited: { personId: string; articleId: string; role: string; evidence: string }[];
  mentions: { articleId: string; targetId: string; evidence: string; titles: string[] | null }[];
  visited: Link[];
  develops: Link[];
  locatedIn: Link[];
  partOf: Link[];
}

interface Link {
  sourceId: string;
  targetId: string;
  articleId: string;
  evidence: string;
}

export interface ArticleSource {
  /** The page's file name (no folders: the same page from another folder is the same page). */
  file: string;
  published: string | null;
  /** Position of the article on its page. */
  index: number;
}

// Sentences that say the event went to a place or body, rather than only naming it.
const VISIT_CUE =
  /来到|前往|走进|深入|实地|现场|察看|查看|考察|调研|督查|检查|参观|走访|在.{1,30}(举行|召开|开展)/u;

/** Every row list empty: the start of an article's rows. */
export const emptyRows = (): Omit<ArticleGraph, 'articleId' | 'headline' | 'articles'> => ({
  events: [],
  persons: [],
  organizations: [],
  places: [],
  projects: [],
  attended: [],
  credited: [],
  mentions: [],
  visited: [],
  develops: [],
  locatedIn: [],
  partOf: [],
});

/** Content-addressed: re-ingesting the same article, from any path, gives the same id. */
export function articleKey(article: ArticleExtraction, source: ArticleSource): string {
  const body = createHash('sha1')
    .update(normalizeName(article.text ?? ''))
    .digest('hex');
  return `${source.published ?? ''}|${normalizeName(article.headline)}|${body}`;
}

const investmentOf = (p: ProjectExtraction): Investment | null =>
  p.investment === null ? null : typeof p.investment === 'string' ? null : p.investment;

const investmentText = (p: ProjectExtraction): string | null =>
  p.investment === null ? null : typeof p.investment === 'string' ? p.investment : p.investment.text;

/** Resolves through the index, and records the organization there for the articles that follow. */
function organizationId(
  org: Pick<OrganizationExtraction, 'name' | 'aliases'>,
  index: OrganizationIndex,
): string {
  const known = index.idFor(org.name, org.aliases);
  return known ? index.add(org.name, org.aliases, known) : index.add(org.name, org.aliases);
}

export const personId = (name: string) => entityId('Person', normalizeName(name));
export const placeId = (name: string) => entityId('Place', normalizeName(name));
export const projectId = (name: string) => entityId('Project', normalizeName(name));

/** Turns one extracted article into the rows of every write statement. Pure. */
export function articleGraph(
  article: ArticleExtraction,
  source: ArticleSource,
  orgIndex: OrganizationIndex,
): ArticleGraph {
  const articleId = entityId('Article', articleKey(article, source));
  const date = article.event?.date ?? source.published;
  const lead = (article.text ?? '').split('\n')[0] ?? article.headline;
  const g: ArticleGraph = {
    articleId,
    headline: article.headline,
    articles: [
      {
        id: articleId,
        props: {
          headline: article.headline,
          name: article.headline,
          kicker: article.kicker ?? null,
          subtitle: article.subtitle ?? null,
          kind: article.kind,
          published: source.published,
          file: source.file,
          position: source.index,
          text: article.text ?? '',
        },
      },
    ],
    ...emptyRows(),
  };
  const eventId = article.event ? entityId('Event', articleKey(article, source)) : null;
  if (article.event && eventId) {
    g.events.push({
      id: eventId,
      articleId,
      evidence: lead,
      props: {
        name: article.headline,
        type: article.event.type,
        dateText: article.event.dateText,
        date: article.event.date ?? null,
      },
    });
  }
  const seenPersons = new Set<string>();
  const addPerson = (name: string, titles: string[]) => {
    const id = personId(name);
    if (!seenPersons.has(id)) {
      seenPersons.add(id);
      g.persons.push({ id, name, titles, date });
    } else {
      const row = g.persons.find((p) => p.id === id);
      if (row) row.titles = [...new Set([...row.titles, ...titles])];
    }
    return id;
  };
  for (const [role, names] of Object.entries(article.byline)) {
    for (const name of names) {
      const id = addPerson(name, []);
      g.credited.push({ personId: id, articleId, role: role.replace(/s$/u, ''), evidence: lead });
    }
  }
  article.attendees.forEach((a, i) => {
    const id = addPerson(a.name, a.titles);
    const evidence = a.evidence ?? lead;
    g.mentions.push({ articleId, targetId: id, evidence, titles: a.titles });
    if (eventId) {
      g.attended.push({
        personId: id,
        eventId,
        role: a.role,
        titles: a.titles,
        order: a.order ?? i,
        articleId,
        evidence,
      });
    }
  });
  for (const p of article.personsMentioned) {
    const id = addPerson(p.name, p.titles);
    g.mentions.push({ articleId, targetId: id, evidence: p.evidence ?? lead, titles: p.titles });
  }
  for (const o of article.organizations) {
    const id = organizationId(o, orgIndex);
    // Written only in a short form that resolved to a fuller name: keep the short form as an alias.
    const aliases =
      id === entityId('Organization', normalizeName(o.name)) ? o.aliases : [...o.aliases, o.name];
    g.organizations.push({ id, name: o.name, kind: o.kind, aliases });
    linkEntity(g, id, o.evidence ?? lead, eventId);
  }
  for (const p of article.places) {
    const id = placeId(p.name);
    g.places.push({ id, name: p.name, kind: p.kind });
    const evidence = p.evidence ?? lead;
    linkEntity(g, id, evidence, eventId);
    if (p.partOf && normalizeName(p.partOf) !== normalizeName(p.name)) {
      const parent = article.places.find((x) => x.name === p.partOf);
      const parentId = placeId(p.partOf);
      if (!parent) g.places.push({ id: parentId, name: p.partOf, kind: 'other' });
      g.partOf.push({ sourceId: id, targetId: parentId, articleId, evidence });
    }
    if (eventId && evidence === lead && /在|于|赴|前往|来到/u.test(evidence)) {
      g.locatedIn.push({ sourceId: eventId, targetId: id, articleId, evidence });
    }
  }
  for (const p of article.projects) {
    const id = projectId(p.name);
    const inv = investmentOf(p);
    g.projects.push({
      id,
      name: p.name,
      investment: inv?.amount ?? null,
      currency: inv?.currency ?? null,
      investmentText: investmentText(p),
      capacity: p.capacity ?? null,
    });
    const evidence = p.evidence ?? lead;
    linkEntity(g, id, evidence, eventId);
    if (p.owner) {
      const known = article.organizations.find(
        (o) => o.name === p.owner || o.aliases.includes(p.owner ?? ''),
      );
      const ownerId = organizationId(known ?? { name: p.owner, aliases: [] }, orgIndex);
      if (!g.organizations.some((o) => o.id === ownerId)) {
        g.organizations.push({ id: ownerId, name: p.owner, kind: 'company', aliases: [] });
      }
      g.develops.push({ sourceId: ownerId, targetId: id, articleId, evidence });
    }
    if (p.place) {
      const placeTarget = placeId(p.place);
      if (!g.places.some((x) => x.id === placeTarget))
        g.places.push({ id: placeTarget, name: p.place, kind: 'other' });
      g.locatedIn.push({ sourceId: id, targetId: placeTarget, articleId, evidence });
    }
  }
  return g;
}

function linkEntity(g: ArticleGraph, id: string, evidence: string, eventId: string | null): void {
  g.mentions.push({ articleId: g.articleId, targetId: id, evidence, titles: null });
  if (eventId && VISIT_CUE.test(evidence)) {
    g.visited.push({ sourceId: eventId, targetId: id, articleId: g.articleId, evidence });
  }
}

/** Every article of a page, in page order. */
export function pageGraphs(page: PageExtraction, file: string, orgIndex: OrganizationIndex): ArticleGraph[] {
  return page.articles.map((article, index) =>
    articleGraph(article, { file, published: page.published, index }, orgIndex),
  );
}
