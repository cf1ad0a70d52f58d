import type { ArticleGraph } from '../resolve/article-graph.ts';

/** One page of a batch as the store knows pages: its file name and date, and its articles now. */
export interface PageKey {
  file: string;
  published: string;
  ids: string[];
}

/** Share of a stored article's character pairs that a page's new reading must still hold. */
export const SAME_PAGE_SHARE = 0.8;

const content = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

/** How a page is told apart in a batch: its date and file name. */
export const pageKey = (published: string, file: string): string => `${published}\u0000${file}`;

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/**
 * The dated pages of a batch, each with the ids of the articles read from it now. Undated pages
 * are left out: a file name alone (`01.txt`) does not tell one paper's page from another's.
 */
export function pageKeys(graphs: readonly ArticleGraph[]): PageKey[] {
  const pages = new Map<string, PageKey>();
  for (const g of graphs) {
    for (const a of g.articles) {
      const { file, published } = a.props as { file?: unknown; published?: unknown };
      if (typeof file !== 'string' || typeof published !== 'string') continue;
      const key = pageKey(published, file);
      const page = pages.get(key) ?? { file, published, ids: [] };
      page.ids.push(a.id);
      pages.set(key, page);
    }
  }
  return [...pages.values()];
}

/** The text of each dated page of the batch as read now, by `pageKey`. */
export function pageTexts(graphs: readonly ArticleGraph[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const g of graphs) {
    for (const a of g.articles) {
      const { file, published, headline, text } = a.props as Record<string, unknown>;
      if (typeof file !== 'string' || typeof published !== 'string') continue;
      const parts = [headline, text].filter((x): x is string => typeof x === 'string');
      const key = pageKey(published, file);
      texts.set(key, (texts.get(key) ?? '') + content(parts.join('')));
    }
  }
  return texts;
}

/**
 * Whether an article stored from a page with this name and date was read from the same page as
 * now: nearly all of its text is still on the page. A different page that happens to share the
 * name and date keeps its articles.
 */
export function readFromSamePage(storedText: string, pageText: string): boolean {
  const stored = pairs(content(storedText));
  if (stored.size === 0) return true;
  let kept = 0;
  for (const p of stored) if (pageText.includes(p)) kept++;
  return kept / stored.size >= SAME_PAGE_SHARE;
}
