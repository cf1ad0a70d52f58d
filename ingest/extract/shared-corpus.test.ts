import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../eval-cli.ts';

/** The shared corpus sits beside the repository; it is not part of it. */
const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const FLOORS = {
  persons: 0.95,
  attendance: 0.95,
  organizations: 0.9,
  places: 0.9,
  projects: 0.9,
  articles: 0.95,
};

void test(
  'extraction on the shared corpus meets the F1 floors',
  { skip: existsSync(join(CORPUS, 'gold')) ? false : `no shared corpus at ${CORPUS}` },
  () => {
    const scores = evaluate(join(CORPUS, 'pages'), join(CORPUS, 'gold'));
    for (const [category, floor] of Object.entries(FLOORS)) {
      const f1 = scores[category as keyof typeof FLOORS].f1;
      assert.ok(f1 >= floor, `${category} F1 ${f1} is below ${floor}`);
    }
  },
);

/** The project's own sample corpus is in the repository, so this floor is checked on every machine. */
const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample');

void test('extraction on the sample corpus meets the F1 floors', () => {
  const scores = evaluate(join(SAMPLE, 'pages'), join(SAMPLE, 'gold'));
  for (const [category, floor] of Object.entries(FLOORS)) {
    const f1 = scores[category as keyof typeof FLOORS].f1;
    assert.ok(f1 >= floor, `${category} F1 ${f1} is below ${floor}`);
  }
});
