import type { Cast } from './cast.ts';
import { draftArticle, type DraftArticle, type GoldArticle } from './articles.ts';
import { COLUMN_LABELS } from './lexicon.ts';
import type { Rng } from './prng.ts';

export interface GeneratedPage {
  file: string;
  text: string;
  gold: { file: string; published: string; articles: GoldArticle[] };
}

const LONG_PARAGRAPH = 50;

/** The printed column breaks a paragraph mid-word, leaving a blank line in the text (`建设工\n\n作`). */
function layoutBreak(rng: Rng, paragraph: string): string {
  if (paragraph.length < LONG_PARAGRAPH || !rng.chance(0.35)) return paragraph;
  const at = 20 + rng.int(paragraph.length - 30);
  return `${paragraph.slice(0, at)}\n\n${paragraph.slice(at)}`;
}

const headingLine = (rng: Rng, line: string) => (rng.chance(0.5) ? `## ${line}` : line);

function layoutArticle(rng: Rng, a: DraftArticle): string[] {
  const out: string[] = [];
  if (a.credit !== null) {
    // Captions stand without a headline; the credit sits on its own line or ends the caption.
    const caption = a.paragraphs.join('');
    out.push(rng.chance(0.5) ? `${caption}\n\n${a.credit}` : `${caption} ${a.credit}`);
    if (rng.chance(0.3)) out.push(...COLUMN_LABELS);
    return out;
  }
  if (a.kicker) out.push(headingLine(rng, a.kicker));
  out.push(headingLine(rng, a.gold.headline));
  if (a.subtitle) out.push(headingLine(rng, a.subtitle));
  out.push(...a.paragraphs.map((p) => layoutBreak(rng, p)));
  return out;
}

function dateTextFor(rng: Rng, published: string): string {
  const r = rng.next();
  if (r < 0.15) return '昨天';
  if (r < 0.25) return '日前';
  const [, month, day] = published.split('-').map(Number);
  return `${month}月${day}日`;
}

/** One printed page of `count` articles published on `published`. */
export function generatePage(
  rng: Rng,
  cast: Cast,
  file: string,
  published: string,
  count: number,
): GeneratedPage {
  const drafts: DraftArticle[] = [];
  const headlines = new Set<string>();
  // Two stories with the same headline on one page cannot be told apart by the scorer; redraw.
  for (let tries = 0; drafts.length < count && tries < count * 10; tries++) {
    const d = draftArticle({ rng, cast, dateText: dateTextFor(rng, published) });
    if (headlines.has(d.gold.headline)) continue;
    headlines.add(d.gold.headline);
    drafts.push(d);
  }
  const blocks = drafts.flatMap((d) => layoutArticle(rng, d));
  return {
    file,
    text: `\n\n${blocks.join('\n\n')}\n`,
    gold: { file, published, articles: drafts.map((d) => d.gold) },
  };
}
