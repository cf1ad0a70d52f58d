import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Ingestor, type FileResult } from '../ingest/pipeline.ts';
import { PageExtractionSchema } from '../model/extraction.ts';
import { REPO_ROOT } from '../platform/local-neo4j/settings.ts';
import { graphCounts, openTestDriver, resetDatabase } from './support/graph.ts';
import { ingestSample, SAMPLE_PAGES } from './support/stack.ts';

let driver: Driver;
before(async () => {
  driver = await openTestDriver();
  await resetDatabase(driver);
});
after(async () => {
  await driver.close();
});

test('ingesting the sample corpus twice leaves every count unchanged', async () => {
  const first = await ingestSample(driver);
  assert.ok(
    first.every((r) => r.ok),
    JSON.stringify(first.filter((r) => !r.ok)),
  );
  const once = await graphCounts(driver);
  assert.ok((once.Article ?? 0) >= 20, `articles: ${once.Article}`);
  for (const label of [
    'Event',
    'Person',
    'Organization',
    'Place',
    'Project',
    'ATTENDED',
    'MENTIONS',
    'CREDITED',
    'DEVELOPS',
    'PART_OF',
  ]) {
    assert.ok((once[label] ?? 0) > 0, `${label} should be in the graph`);
  }
  await ingestSample(driver);
  assert.deepEqual(await graphCounts(driver), once);
});

test('every relationship carries its provenance: an article id and an evidence sentence', async () => {
  const { records } = await driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.articleId IS NULL OR r.evidence IS NULL OR r.evidence = "" RETURN type(r) AS t, count(*) AS n',
  );
  assert.deepEqual(
    records.map((r) => `${r.get('t')}:${r.get('n')}`),
    [],
  );
});

test('one official across pages is one node with accumulated titles', async () => {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person {name: $name}) OPTIONAL MATCH (p)-[:ATTENDED]->(e:Event) RETURN count(DISTINCT p) AS people, count(DISTINCT e) AS events, p.titles AS titles',
    { name: '钱立群' },
  );
  const row = records[0];
  assert.equal(Number(row?.get('people')), 1);
  assert.ok(Number(row?.get('events')) >= 4);
  const titles = row?.get('titles') as string[];
  assert.ok(titles.includes('副区长') && titles.includes('常务副区长'), titles.join(','));
});

test('a declared abbreviation becomes an alias of one organization', async () => {
  const { records } = await driver.executeQuery(
    "MATCH (o:Organization) WHERE '恒朗新材' IN o.aliases RETURN o.name AS name, count(*) AS n",
  );
  assert.equal(records.length, 1);
  assert.match(String(records[0]?.get('name')), /有限公司$/u);
});

test('bad files are reported by name, the others go on, nothing half-written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const good = readdirSync(SAMPLE_PAGES).filter((f) => f.endsWith('.txt'))[0] ?? '';
  copyFileSync(join(SAMPLE_PAGES, good), join(dir, good));
  const before = await graphCounts(driver);
  const results = await new Ingestor(driver, 'neo4j').ingest(
    ['empty.txt', 'binary.txt', good].map((f) => ({ name: join(dir, f), bytes: readBytes(join(dir, f)) })),
  );
  const byName: Record<string, FileResult> = Object.fromEntries(
    results.map((r) => [r.file.split('/').at(-1) ?? '', r]),
  );
  assert.equal(byName['empty.txt']?.ok, false);
  assert.match(byName['empty.txt']?.error ?? '', /empty\.txt/u);
  assert.equal(byName['binary.txt']?.ok, false);
  assert.match(byName['binary.txt']?.error ?? '', /binary\.txt/u);
  assert.equal(byName[good]?.ok, true);
  assert.deepEqual(await graphCounts(driver), before);
});

test('the extract CLI prints one JSON document in the gold shape and nothing else', () => {
  const page = join(SAMPLE_PAGES, readdirSync(SAMPLE_PAGES).find((f) => f.startsWith('2023-05-16')) ?? '');
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/extract-cli.ts', page], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  assert.equal(out.status, 0, out.stderr);
  const doc = PageExtractionSchema.parse(JSON.parse(out.stdout));
  assert.equal(doc.published, '2023-05-16');
  assert.ok(doc.articles.length >= 4);
});

test('the ingest CLI: --dry-run stores nothing; a failed file gives a non-zero exit naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  writeFileSync(join(dir, 'blank.txt'), '   \n');
  const env = {
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI,
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
  };
  const dry = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', '--dry-run', SAMPLE_PAGES], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env,
  });
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /Dry run \(nothing stored\)/u);
  assert.doesNotMatch(dry.stdout, /gave no article/u);
  // A page that reads as no article (an advert) is no failure, but the summary names it.
  writeFileSync(join(dir, 'advert.txt'), '广告\n\n招商热线：86301234\n');
  const advert = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'ingest/cli.ts', '--dry-run', join(dir, 'advert.txt')],
    { cwd: REPO_ROOT, encoding: 'utf8', env },
  );
  assert.equal(advert.status, 0, advert.stderr);
  assert.match(advert.stdout, /1 page\(s\) gave no article[^\n]*\n {2}advert\.txt/u);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env,
  });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout + bad.stderr, /blank\.txt/u);
});

function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

test('--watch ingests a page that arrives in the folder, then stops cleanly on SIGINT', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-watch-'));
  const env = {
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI,
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', '--watch', dir], {
    cwd: REPO_ROOT,
    env,
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const waitFor = async (re: RegExp, ms: number) => {
    const deadline = Date.now() + ms;
    while (!re.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(out, re);
  };
  try {
    await waitFor(/Watching/u, 30_000);
    const page = readdirSync(SAMPLE_PAGES).find((f) => f.startsWith('2023-05-16')) ?? '';
    copyFileSync(join(SAMPLE_PAGES, page), join(dir, 'arrived-2024-01-02.txt'));
    await waitFor(/ingested arrived-2024-01-02\.txt: \d+ article/u, 30_000);
    const { records } = await driver.executeQuery(
      "MATCH (a:Article {file: 'arrived-2024-01-02.txt'}) RETURN count(a) AS n",
    );
    assert.ok(Number(records[0]?.get('n')) > 0);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
});

const PAGE_BEFORE = `## 全区科技创新工作会议召开

本报讯（记者 林晓）3月4日，全区科技创新工作会议召开。区委书记顾明远出席会议并讲话，副区长陶思源主持会议。

会上，江苏晨星光电科技有限公司、常州澄川精密机械有限公司等企业作交流发言。顾明远强调，要加快培育新质生产力，推动科技创新和产业创新深度融合。

## 湖塘镇开展河道保洁行动

本报讯（记者 苏青）3月4日，湖塘镇组织志愿者开展河道保洁行动。镇党委书记许承志参加活动。
`;
// The same page read again after a correction: another headline, another title, another company name.
const PAGE_AFTER = PAGE_BEFORE.replace('全区科技创新工作会议召开', '全区科技创新大会召开')
  .replace('区委书记顾明远', '区委副书记顾明远')
  .replace('江苏晨星光电科技有限公司', '江苏晨星光电股份有限公司');

const page = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

/** Every node by id with its name and, for people, titles: what a reader of the graph sees. */
async function snapshot(): Promise<Record<string, [unknown, unknown]>> {
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN n.id AS id, coalesce(n.name, n.headline) AS name, n.titles AS titles ORDER BY id',
  );
  return Object.fromEntries(
    records.map((r) => [String(r.get('id')), [r.get('name'), r.get('titles')] as [unknown, unknown]]),
  );
}

test('a page read again replaces what it stored before; a different page of the same name keeps its own', async () => {
  const file = '2024-03-05_a01.txt';
  await resetDatabase(driver);
  await new Ingestor(driver, 'neo4j').ingest([page(file, PAGE_AFTER)]);
  const clean = { counts: await graphCounts(driver), nodes: await snapshot() };

  await resetDatabase(driver);
  await new Ingestor(driver, 'neo4j').ingest([page(file, PAGE_BEFORE)]);
  const before = await snapshot();
  assert.ok(Object.values(before).some(([name]) => name === '江苏晨星光电科技有限公司'));
  await new Ingestor(driver, 'neo4j').ingest([page(file, PAGE_AFTER)]);
  assert.deepEqual(await snapshot(), clean.nodes, 'the same nodes, names and titles as a clean ingest');
  assert.deepEqual(await graphCounts(driver), clean.counts, 'the same relationships as a clean ingest');

  // Another paper's page with the same name and date is not the same page.
  const other = `## 礼嘉镇召开安全生产工作会议

本报讯（记者 周然）3月4日，礼嘉镇召开安全生产工作会议。镇长钱为民出席会议。
`;
  await new Ingestor(driver, 'neo4j').ingest([page(`elsewhere/${file}`, other)]);
  const both = await snapshot();
  for (const id of Object.keys(clean.nodes)) assert.ok(id in both, `${id} is kept`);
  assert.ok(Object.values(both).some(([name]) => name === '钱为民'));
});
