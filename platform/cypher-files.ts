import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CYPHER_DIR = resolve(import.meta.dirname, '..', 'cypher');

/** A file's statements: `//` comment lines dropped, split on a `;` that ends a line. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The `.cypher` files of a folder in name order, each with its statements. */
export function loadCypherFolder(sub: string): { file: string; statements: string[] }[] {
  const dir = join(CYPHER_DIR, sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => ({ file, statements: splitStatements(readFileSync(join(dir, file), 'utf8')) }));
}
