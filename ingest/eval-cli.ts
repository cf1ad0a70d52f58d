/**
 * Evaluates the extractor: `tsx ingest/eval-cli.ts <pages-folder> <gold-folder> [--json]`.
 * Runs extractPage on every page that has a gold file and prints P/R/F1 per category,
 * matched as ../shared/tools/score.py matches them, then how often roles and project places agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage } from './read/decode-page.ts';
import { pageDate } from './read/page-date.ts';
import { extractPage } from './extract/extract-page.ts';
import { agreement } from './eval/agreement.ts';
import { CATEGORIES, scorePages } from './eval/score.ts';

const USAGE = 'usage: tsx ingest/eval-cli.ts <pages-folder> <gold-folder> [--json]';

/** Each gold page with the extractor's answer for its page. */
function extractPairs(pagesDir: string, goldDir: string): { gold: unknown; system: unknown }[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((g) => {
      const file = g.replace(/\.json$/, '.txt');
      const gold: unknown = JSON.parse(readFileSync(join(goldDir, g), 'utf8'));
      let system: unknown = { articles: [] };
      try {
        const text = decodePage(readFileSync(join(pagesDir, file)), file);
        system = extractPage(text, { file, published: pageDate({ file, text }) });
      } catch (e) {
        process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
      }
      return { gold, system };
    });
}

/** Extracts every page of `pagesDir` that has a gold file and scores it. */
export function evaluate(pagesDir: string, goldDir: string): ReturnType<typeof scorePages> {
  return scorePages(extractPairs(pagesDir, goldDir));
}

function main(): void {
  const args = process.argv.slice(2);
  const [pagesDir, goldDir] = args.filter((a) => !a.startsWith('--'));
  if (!pagesDir || !goldDir) throw new Error(USAGE);
  const pairs = extractPairs(pagesDir, goldDir);
  const scores = scorePages(pairs);
  const extra = agreement(pairs);
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ ...scores, agreement: extra }) + '\n');
    return;
  }
  for (const c of CATEGORIES) {
    const v = scores[c];
    process.stdout.write(
      `${c.padEnd(14)} P ${v.precision.toFixed(3)}  R ${v.recall.toFixed(3)}  F1 ${v.f1.toFixed(3)}  (gold ${v.gold}, system ${v.system})\n`,
    );
  }
  const { headlines, eventTypes, roles, projectPlaces } = extra;
  process.stdout.write(
    `not in score.py: headlines ${headlines.agree}/${headlines.total} and event types ` +
      `${eventTypes.agree}/${eventTypes.total} of articles found on both sides, ` +
      `roles ${roles.agree}/${roles.total} of attendees found on both sides, ` +
      `project places ${projectPlaces.agree}/${projectPlaces.total} of projects found on both sides with a place\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
