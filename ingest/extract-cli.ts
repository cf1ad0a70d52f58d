/**
 * Extracts one page file: `tsx ingest/extract-cli.ts <page.txt> [--date YYYY-MM-DD]`.
 * Prints exactly one JSON document on stdout; errors go to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PageExtractionSchema } from '../model/extraction.ts';
import { decodePage } from './read/decode-page.ts';
import { pageDate } from './read/page-date.ts';
import { extractPage } from './extract/extract-page.ts';

const USAGE = 'usage: tsx ingest/extract-cli.ts <page.txt> [--date YYYY-MM-DD]';

function parseArgs(argv: readonly string[]): { file: string; date: string | null } {
  let file: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--date') date = argv[++i] ?? '';
    else if (arg?.startsWith('--date=')) date = arg.slice('--date='.length);
    else if (arg && !arg.startsWith('--') && file === null) file = arg;
    else throw new Error(`extract: unexpected argument "${arg}"\n${USAGE}`);
  }
  if (!file) throw new Error(`extract: no page file given\n${USAGE}`);
  return { file, date };
}

try {
  const { file, date } = parseArgs(process.argv.slice(2));
  const text = decodePage(readFileSync(file), file);
  const published = pageDate({ option: date, file, text });
  const page = PageExtractionSchema.parse(extractPage(text, { file: basename(file), published }));
  process.stdout.write(JSON.stringify(page, null, 1) + '\n');
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
