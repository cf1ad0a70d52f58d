/**
 * Writes a synthetic corpus in the real page format, with the truth of every page beside it:
 * `npm run gen:corpus -- --articles N --seed S --out DIR` → DIR/pages/*.txt, DIR/gold/*.json.
 * The same seed and count give byte-identical files (seeded PRNG, no clock, no Math.random).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCast, DEFAULT_CAST, type CastSize } from './gen/cast.ts';
import { generatePage, type GeneratedPage } from './gen/page.ts';
import { Rng } from './gen/prng.ts';

export const ARTICLES_PER_PAGE = 20;
// The paper runs four pages a day; pages are dated from here on.
const FIRST_DAY = Date.UTC(2020, 0, 1);
const PAGES_PER_DAY = 4;

export interface CorpusOptions {
  articles: number;
  seed: number;
  cast?: CastSize;
}

const isoDay = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/** Pages one by one, so a 100k-article corpus never sits in memory whole. */
export function* generateCorpus(opts: CorpusOptions): Generator<GeneratedPage> {
  const cast = buildCast(opts.seed, opts.cast ?? DEFAULT_CAST);
  const pages = Math.ceil(opts.articles / ARTICLES_PER_PAGE);
  for (let i = 0; i < pages; i++) {
    const published = isoDay(Math.floor(i / PAGES_PER_DAY));
    const file = `${published}_p${String(i + 1).padStart(6, '0')}.txt`;
    const count = Math.min(ARTICLES_PER_PAGE, opts.articles - i * ARTICLES_PER_PAGE);
    // A stream per page: page i is the same whatever the total count.
    const rng = new Rng((opts.seed * 1_000_003 + i) >>> 0);
    yield generatePage(rng, cast, file, published, count);
  }
}

/** Writes the corpus; returns how many pages and articles it wrote. */
export function writeCorpus(opts: CorpusOptions, out: string): { pages: number; articles: number } {
  const pagesDir = join(out, 'pages');
  const goldDir = join(out, 'gold');
  mkdirSync(pagesDir, { recursive: true });
  mkdirSync(goldDir, { recursive: true });
  let pages = 0;
  let articles = 0;
  for (const page of generateCorpus(opts)) {
    writeFileSync(join(pagesDir, page.file), page.text);
    writeFileSync(
      join(goldDir, page.file.replace(/\.txt$/u, '.json')),
      `${JSON.stringify(page.gold, null, 1)}\n`,
    );
    pages += 1;
    articles += page.gold.articles.length;
  }
  return { pages, articles };
}

export function parseCorpusArgs(argv: readonly string[]): CorpusOptions & { out: string } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(value('--articles') ?? 1000);
  const seed = Number(value('--seed') ?? 1);
  const out = value('--out');
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error('gen-corpus: --articles must be a positive integer');
  if (!Number.isInteger(seed) || seed < 0)
    throw new Error('gen-corpus: --seed must be a non-negative integer');
  if (!out) throw new Error('usage: npm run gen:corpus -- --articles N --seed S --out DIR');
  return { articles, seed, out: resolve(out) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseCorpusArgs(process.argv.slice(2));
    const t0 = performance.now();
    const written = writeCorpus(opts, opts.out);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(
      `gen-corpus: ${written.articles} articles on ${written.pages} pages in ${opts.out} (${seconds} s)\n`,
    );
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
