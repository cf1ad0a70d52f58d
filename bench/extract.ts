/**
 * Extraction throughput on one core: articles per second for extractArticle, and the raw
 * jieba segmentation of the same text as a baseline. Run alone it reads the shared corpus pages
 * (../shared/corpus/pages) or the folder given as the first argument; bench/run.ts calls
 * measureExtraction on the generated corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitArticles, type PageArticle } from '../ingest/read/split-articles.ts';
import { extractArticle } from '../ingest/extract/extract-page.ts';
import { segmenter } from '../ingest/extract/segmenter.ts';

export interface Rate {
  perSecond: number;
  count: number;
  seconds: number;
}

export interface ExtractionResult {
  articles: number;
  extract: Rate;
  jieba: Rate;
}

export function readArticles(dir: string, maxPages = Infinity): PageArticle[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, maxPages);
  const articles = files.flatMap((f) => splitArticles(readFileSync(join(dir, f), 'utf8')));
  if (articles.length === 0) throw new Error(`bench: no pages in ${dir}`);
  return articles;
}

/** Runs `fn` round-robin over the inputs for about `ms` (after one warm-up call). */
function rate(count: number, ms: number, fn: (i: number) => void): Rate {
  fn(0);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) fn(n++ % count);
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: n / seconds, count: n, seconds };
}

/** Both rates on this thread, i.e. per core. */
export function measureExtraction(articles: readonly PageArticle[], ms: number): ExtractionResult {
  const texts = articles.map((a) => a.paragraphs.join('\n'));
  const first = articles[0];
  if (!first) throw new Error('bench: no articles to extract');
  return {
    articles: articles.length,
    extract: rate(articles.length, ms, (i) => void extractArticle(articles[i] ?? first, '2022-10-11')),
    jieba: rate(texts.length, ms, (i) => void segmenter().tag(texts[i] ?? '', true)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '../shared/corpus/pages');
  const articles = readArticles(dir);
  process.stdout.write(`${articles.length} articles from ${dir}\n`);
  const r = measureExtraction(articles, 3000);
  for (const [label, x] of [
    ['extractArticle', r.extract],
    ['jieba tag (baseline)', r.jieba],
  ] as const) {
    process.stdout.write(
      `${label.padEnd(28)} ${x.perSecond.toFixed(0).padStart(7)} articles/s  (${x.count} in ${x.seconds.toFixed(1)} s)\n`,
    );
  }
}
