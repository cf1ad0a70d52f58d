import type { ArticleExtraction, PageExtraction } from '../../model/extraction.ts';
import { splitArticles, type PageArticle } from '../read/split-articles.ts';
import { PHOTO_CREDIT } from '../read/repair-lines.ts';
import { readEntities } from './article-entities.ts';
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
      )
    : readEntities(paragraphs, claimed, people.titleSpans);
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
