import type { ArticleExtraction, PageExtraction } from '../../model/extraction.ts';
import { splitArticles, type PageArticle } from '../read/split-articles.ts';
import { PHOTO_CREDIT } from '../read/repair-lines.ts';
import { readEntities } from './article-entities.ts';
import { readByline, stripDateline } from './byline.ts';
import { readEvent } from './events.ts';
import { markGuests, readPeople } from './people.ts';
import { bookTitleSpans } from './text.ts';

export interface ExtractOptions {
  file: string;
  /** Publication date `YYYY-MM-DD`, used to resolve `昨天` and `7月13日`. */
  published: string | null;
}

/** Extracts one laid-out article: byline, event, people, organizations, places, projects. */
export function extractArticle(article: PageArticle, published: string | null): ArticleExtraction {
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
  const hasAttendees =
    article.kind === 'news' && event !== null && event.type !== 'other' && event.type !== 'announcement';
  const people = readPeople(paragraphs, bylineNames, hasAttendees, blocked);
  markGuests(people.attendees, event?.type ?? null, `${article.headline}\n${paragraphs[0] ?? ''}`);
  const entities = readEntities(paragraphs, blocked, people.titleSpans);
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

/** Extracts a decoded page: splits it into articles and reads each one. Pure, no I/O. */
export function extractPage(text: string, opts: ExtractOptions): PageExtraction {
  return {
    file: opts.file,
    published: opts.published,
    articles: splitArticles(text).map((a) => extractArticle(a, opts.published)),
  };
}
