import type { ArticleExtraction, OrganizationKind, PageExtraction } from '../../model/extraction.ts';
import { splitArticles, type PageArticle } from '../read/split-articles.ts';
import { PHOTO_CREDIT } from '../read/repair-lines.ts';
import { occurrences, readEntities, type PageNames } from './article-entities.ts';
import { readByline, stripDateline } from './byline.ts';
import { HELD_OTHER, readEvent } from './events.ts';
import { markGuests, readPeople, type People } from './people.ts';
import { findPersons } from './persons.ts';
import { bookTitleSpans, SpanSet } from './text.ts';

/** `——访某某局局长某某`, `——记某某村党总支书记某某`: who a profile or interview is about. */
const PROFILE_SUBTITLE = /^[—-]{1,2}\s*(?:专访|访|记)/;

/**
 * The person a profile's subtitle names, with the titles written there, joins the article's
 * people; the subtitle's own title spans are returned for the entity rules.
 */
function readSubtitlePeople(subtitle: string, people: People, excluded: ReadonlySet<string>): SpanSet {
  const spans = new SpanSet();
  for (const hit of findPersons(subtitle)) {
    if (excluded.has(hit.name)) continue;
    spans.add(hit.titleStart, hit.start);
    const known =
      people.attendees.find((a) => a.name === hit.name) ?? people.mentioned.find((m) => m.name === hit.name);
    if (known) {
      for (const t of hit.titles) if (!known.titles.includes(t)) known.titles.push(t);
    } else people.mentioned.push({ name: hit.name, titles: [...hit.titles], evidence: subtitle.trim() });
  }
  return spans;
}

export interface ExtractOptions {
  file: string;
  /** Publication date `YYYY-MM-DD`, used to resolve `昨天` and `7月13日`. */
  published: string | null;
}

/** `…出席活动`, `参加开幕式`: officials present at whatever the lead reports. */
const ATTENDED_IN_LEAD = /(?:出席|参加)(?:了)?(?:活动|仪式|开幕式|闭幕式|启动仪式|典礼|开跑仪式|颁奖仪式)/;

/** Extracts one laid-out article: byline, event, people, organizations, places, projects. */
export function extractArticle(
  article: PageArticle,
  published: string | null,
  pageNames: PageNames = new Map(),
): ArticleExtraction {
  const byline = readByline(article.paragraphs, article.credit);
  const bylineNames = new Set([...byline.reporters, ...byline.contributors, ...byline.photographers]);
  const paragraphs = article.paragraphs.map((p, i) =>
    (i === 0 ? stripDateline(p) : p).replace(PHOTO_CREDIT, (m) => (m.match(/^[。！？”]/) ? m.charAt(0) : '')),
  );
  // `——访某某` set as a subtitle marks an interview as much as in the headline.
  const dashed = article.subtitle?.startsWith('——') ? ` ${article.subtitle}` : '';
  const event = readEvent(`${article.headline}${dashed}`, paragraphs[0] ?? '', article.kind, published);
  const blocked = paragraphs.map(bookTitleSpans);
  // Reports of a result or a notice (`获评`, `通告`) have no one taking part in an event.
  // A report of any other kind has them when officials attend it (`区领导某某出席活动`).
  const hasAttendees =
    article.kind === 'news' &&
    event !== null &&
    event.type !== 'announcement' &&
    (event.type !== 'other' ||
      ATTENDED_IN_LEAD.test(paragraphs[0] ?? '') ||
      HELD_OTHER.test(`${article.headline}${paragraphs[0] ?? ''}`));
  const people = readPeople(paragraphs, bylineNames, hasAttendees, blocked);
  markGuests(people.attendees, event?.type ?? null, `${article.headline}\n${paragraphs[0] ?? ''}`);
  // The dash and 访 become blanks, so the title starts after them and offsets stay put.
  const profile =
    article.subtitle && PROFILE_SUBTITLE.test(article.subtitle)
      ? article.subtitle.replace(PROFILE_SUBTITLE, (m) => ' '.repeat(m.length))
      : null;
  // No place is read inside a person's name (`郑丹阳`).
  const claimed = blocked.map((b, i) => b.with(people.nameSpans[i] ?? new SpanSet()));
  const entities = profile
    ? readEntities(
        [...paragraphs, profile],
        [...claimed, bookTitleSpans(profile)],
        [...people.titleSpans, readSubtitlePeople(profile, people, bylineNames)],
        pageNames,
      )
    : readEntities(paragraphs, claimed, people.titleSpans, pageNames);
  return {
    headline: article.headline,
    kicker: article.kicker,
    subtitle: article.subtitle,
    kind: article.kind,
    byline,
    event,
    attendees: people.attendees,
    personsMentioned: people.mentioned,
    ...entities,
    text: paragraphs.join('\n'),
  };
}

/**
 * Extracts a decoded page: splits it into articles and reads each one. A body's short form
 * declared in one story (`（以下简称“东城医院”）`) is a body in the page's other stories too, where it
 * stands alone; those stories are read again knowing it. Pure, no I/O.
 */
export function extractPage(text: string, opts: ExtractOptions): PageExtraction {
  const laidOut = splitArticles(text);
  const articles = laidOut.map((a) => extractArticle(a, opts.published));
  const declared = new Map<string, { kind: OrganizationKind; in: number }>();
  articles.forEach((a, i) => {
    for (const o of a.organizations)
      for (const alias of o.aliases) if (!declared.has(alias)) declared.set(alias, { kind: o.kind, in: i });
  });
  if (declared.size > 0) {
    const aliases = new Set(declared.keys());
    laidOut.forEach((a, i) => {
      const article = articles[i] as ArticleExtraction;
      const listed = new Set(article.organizations.flatMap((o) => [o.name, ...o.aliases]));
      const pageNames = new Map<string, OrganizationKind>();
      for (const { name } of occurrences(a.paragraphs.join('\n'), aliases)) {
        const from = declared.get(name);
        if (from && from.in !== i && !listed.has(name)) pageNames.set(name, from.kind);
      }
      if (pageNames.size > 0) articles[i] = extractArticle(a, opts.published, pageNames);
    });
  }
  return { file: opts.file, published: opts.published, articles };
}
