/**
 * Extraction throughput on one core: articles per second for extractArticle, and the raw
 * jieba segmentation of the same text as a baseline. Reads the shared corpus pages
 * (../shared/corpus/pages) or the folder given as the first argument.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitArticles } from '../ingest/read/split-articles.ts';
import { extractArticle } from '../ingest/extract/extract-page.ts';
import { segmenter } from '../ingest/extract/segmenter.ts';

const TARGET_MS = 6000;
const dir = resolve(process.argv[2] ?? '../shared/corpus/pages');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitArticles(readFileSync(join(dir, f), 'utf8')));
if (articles.length === 0) throw new Error(`bench: no pages in ${dir}`);
const texts = articles.map((a) => a.paragraphs.join('\n'));

function run(label: string, fn: (i: number) => void): void {
  fn(0);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < TARGET_MS / 2) fn(n++ % articles.length);
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    `${label.padEnd(28)} ${(n / seconds).toFixed(0).padStart(7)} articles/s  (${n} in ${seconds.toFixed(1)} s)\n`,
  );
}

process.stdout.write(`${articles.length} articles from ${dir}\n`);
run('extractArticle', (i) => void extractArticle(articles[i] ?? articles[0]!, '2022-10-11'));
run('jieba tag (baseline)', (i) => void segmenter().tag(texts[i] ?? '', true));
