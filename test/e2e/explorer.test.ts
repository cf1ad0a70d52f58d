import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityResponse, Overview, PathsResponse, SearchResponse } from '../../model/api.ts';
import type { GraphPayload } from '../../model/graph.ts';
import { FADED_COLOR } from '../../client/src/graph/colors.ts';
import {
  api,
  clickNode,
  drawnPixels,
  graphNodes,
  openApp,
  renderCount,
  saveScreenshot,
  searchAndPick,
  startE2E,
  waitForRenderAfter,
  waitLayoutIdle,
  waitReady,
  type AppPage,
  type E2E,
} from './support.ts';

/**
 * The explorer in a real browser over the real server and Neo4j holding the sample corpus:
 * search, select, evidence, expand, paths, deep links, GEXF export.
 */

const SHEN = '沈启航';
const SHAO = '邵文澜';

let e2e: E2E;
let shenId: string;
let shaoId: string;

async function personId(name: string): Promise<string> {
  const { hits } = await api<SearchResponse>(
    e2e.stack,
    `/api/search?q=${encodeURIComponent(name)}&labels=Person`,
  );
  const hit = hits.find((h) => h.name === name);
  assert.ok(hit, `${name} is in the sample corpus`);
  return hit.id;
}

before(async () => {
  e2e = await startE2E();
  shenId = await personId(SHEN);
  shaoId = await personId(SHAO);
});
after(async () => {
  await e2e?.close();
});

async function withPage(name: string, body: (app: AppPage) => Promise<void>): Promise<void> {
  const app = await e2e.newPage();
  try {
    await body(app);
    assert.deepEqual(app.errors, [], 'no uncaught errors in the page');
  } finally {
    await saveScreenshot(app.page, name).catch(() => undefined);
    await app.close();
  }
}

test('an empty canvas offers starting points; picking one draws it, undo brings them back', async () => {
  await withPage('00-start', async (app) => {
    const { page } = app;
    await openApp(app);
    const overview = await api<Overview>(e2e.stack, '/api/overview');
    const panel = page.getByTestId('start-panel');
    await panel.getByTestId('start-officials').waitFor();
    assert.match(
      (await page.getByTestId('start-holdings').textContent()) ?? '',
      new RegExp(`${overview.counts.articles} 篇报道`, 'u'),
    );
    const shown = (testid: string) =>
      page
        .getByTestId(testid)
        .locator('button')
        .evaluateAll((bs) => bs.map((b) => [b.getAttribute('data-id'), b.textContent]));
    assert.deepEqual(
      await shown('start-officials'),
      overview.officials.map((x) => [x.id, x.name]),
    );
    assert.deepEqual(
      await shown('start-articles'),
      overview.articles.map((x) => [x.id, x.name]),
    );

    const top = overview.officials[0]!;
    const before = await renderCount(page);
    await panel.locator(`button[data-id="${top.id}"]`).click();
    await page.waitForFunction((id) => window.__explorer!.graph.hasNode(id), top.id);
    await waitForRenderAfter(page, before);
    assert.equal(await page.evaluate(() => window.__explorer!.state().focus), top.id);
    await panel.waitFor({ state: 'hidden' });
    const expected = await api<GraphPayload>(e2e.stack, `/api/entities/${top.id}/neighbourhood?limit=200`);
    assert.equal(await page.evaluate(() => window.__explorer!.graph.order), expected.nodes.length);

    await page.getByTestId('undo-button').click();
    await page.waitForFunction(() => window.__explorer!.graph.order === 0);
    await panel.getByTestId('start-officials').waitFor();
    await page.getByTestId('lang-toggle').click();
    await panel.getByRole('heading', { name: 'Start here' }).waitFor();
  });
});

test('search an official, pick the hit: the person and their events are drawn', async () => {
  await withPage('01-search', async ({ page, ...app }) => {
    await openApp({ page, ...app });
    const emptyPixels = await drawnPixels(page);
    const before = await renderCount(page);

    const id = await searchAndPick(page, SHEN);
    assert.equal(id, shenId);
    await waitForRenderAfter(page, before);

    const expected = await api<GraphPayload>(e2e.stack, `/api/entities/${id}/neighbourhood?limit=200`);
    const nodes = await graphNodes(page);
    const person = nodes.find((n) => n.id === id);
    assert.equal(person?.label, SHEN);
    assert.equal(person?.kind, 'Person');
    const events = nodes.filter((n) => n.kind === 'Event');
    assert.ok(events.length >= 1, 'at least one Event node');
    assert.deepEqual(
      new Set(nodes.map((n) => n.id)),
      new Set(expected.nodes.map((n) => n.id)),
      'the graph holds the neighbourhood the API returns',
    );
    const edgeCount = await page.evaluate(() => window.__explorer!.graph.size);
    assert.equal(edgeCount, expected.edges.length);

    assert.equal(await page.evaluate(() => document.body.dataset.ready), '1');
    assert.equal(await page.getByTestId('search-input').inputValue(), SHEN);
    await waitLayoutIdle(page);
    const pixels = await drawnPixels(page);
    assert.ok(
      pixels > emptyPixels + 500,
      `the canvas shows the graph (${pixels} drawn pixels, ${emptyPixels} when empty)`,
    );
    // The search pick selects the person: the side panel names them.
    await assert.doesNotReject(page.getByTestId('side-panel-title').filter({ hasText: SHEN }).waitFor());
  });
});

test('select a node by clicking it: the side panel shows its evidence as plain text', async () => {
  await withPage('02-evidence', async (app) => {
    const { page } = app;
    await openApp(app);
    await searchAndPick(page, SHEN);
    await waitLayoutIdle(page);
    const nodes = await graphNodes(page);
    // Click an event first, so the click on the person really changes the selection.
    const event = nodes.find((n) => n.kind === 'Event');
    assert.ok(event, 'the neighbourhood holds an event');
    await clickNode(page, event.id);
    await page.getByTestId('side-panel-title').filter({ hasText: event.label }).waitFor();

    const target = nodes.find((n) => n.id === shenId)!;
    const detail = await api<EntityResponse>(e2e.stack, `/api/entities/${target.id}`);
    assert.ok(detail.evidence.length > 0, `${target.label} has evidence in the API`);
    await clickNode(page, target.id);
    await page.getByTestId('side-panel-title').filter({ hasText: target.label }).waitFor();
    const items = page.getByTestId('evidence-item');
    await items.first().waitFor();
    assert.equal(await items.count(), detail.evidence.length, 'one item per evidence the API returns');

    const names = [target.label, ...detail.aliases];
    const shown = await page.getByTestId('evidence-list').evaluate((list) =>
      [...list.querySelectorAll('[data-testid="evidence-item"]')].map((li) => {
        const p = li.querySelector('.ev-sentence')!;
        return {
          text: p.textContent ?? '',
          children: [...p.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
          marks: [...p.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        };
      }),
    );
    assert.deepEqual(
      shown.map((s) => s.text),
      detail.evidence.map((e) => e.sentence),
      'the sentences are shown verbatim, in the API order',
    );
    for (const s of shown) {
      assert.ok(
        names.some((n) => s.text.includes(n)),
        `evidence mentions ${names.join('/')}: ${s.text}`,
      );
      assert.ok(
        s.children.every((tag) => tag === 'mark'),
        `only <mark> inside evidence text, got ${s.children.join(',')}`,
      );
      assert.ok(s.marks.length > 0, 'the name is highlighted');
    }
    assert.ok(
      shown.some((s) => s.marks.includes(target.label)),
      `${target.label} itself is highlighted in at least one sentence`,
    );
  });
});

test('expand a node: its neighbours join the graph', async () => {
  await withPage('03-expand', async (app) => {
    const { page } = app;
    await openApp(app);
    await searchAndPick(page, SHEN);
    await waitLayoutIdle(page);
    const nodes = await graphNodes(page);
    const present = new Set(nodes.map((n) => n.id));

    // The first node (events first: they link people and places) whose neighbourhood brings new nodes.
    const candidates = [...nodes]
      .filter((n) => n.id !== shenId)
      .sort((a, b) => Number(b.kind === 'Event') - Number(a.kind === 'Event'));
    let chosen: { id: string; payload: GraphPayload } | null = null;
    for (const c of candidates) {
      const payload = await api<GraphPayload>(e2e.stack, `/api/entities/${c.id}/neighbourhood?limit=100`);
      if (payload.nodes.some((n) => !present.has(n.id))) {
        chosen = { id: c.id, payload };
        break;
      }
    }
    assert.ok(chosen, 'some node of the neighbourhood has neighbours outside it');
    const expectedIds = new Set([...present, ...chosen.payload.nodes.map((n) => n.id)]);

    await clickNode(page, chosen.id);
    await page.getByTestId('expand-button').click();
    await page.waitForFunction((n) => window.__explorer!.graph.order >= n, expectedIds.size);
    const after = await graphNodes(page);
    assert.ok(after.length > nodes.length, 'the graph grew');
    assert.deepEqual(
      new Set(after.map((n) => n.id)),
      expectedIds,
      'old nodes stay, the expanded neighbourhood is added',
    );
    assert.equal(
      await page.evaluate(() => window.__explorer!.state().focus),
      shenId,
      'expanding does not change the focus',
    );
    await waitLayoutIdle(page);
  });
});

test('find paths between two officials: listed, highlighted, and on the graph', async () => {
  await withPage('04-paths', async (app) => {
    const { page } = app;
    await openApp(app);
    await searchAndPick(page, SHEN);
    await page.getByTestId('path-from-button').click();
    await page.getByTestId('path-finder').waitFor();
    assert.equal(await page.getByTestId('path-from').textContent(), SHEN);

    await searchAndPick(page, SHAO);
    await page.getByTestId('path-to-button').click();
    assert.equal(await page.getByTestId('path-to').textContent(), SHAO);

    const expected = await api<PathsResponse>(e2e.stack, `/api/paths?from=${shenId}&to=${shaoId}`);
    assert.ok(expected.paths.length > 0, 'the API finds a path between them');
    await page.getByTestId('path-find').click();
    const items = page.getByTestId('path-item');
    await items.first().waitFor();
    assert.equal(await items.count(), expected.paths.length);

    const state = await page.evaluate(() => window.__explorer!.state().path);
    assert.deepEqual(state.paths, expected.paths);
    const names = new Map(expected.nodes.map((n) => [n.id, n.name]));
    const kinds = new Map(expected.nodes.map((n) => [n.id, n.label]));
    // Each listed step carries its label tag; the names read as the path.
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        ids: (li.getAttribute('data-ids') ?? '').split(','),
        names: [...li.querySelectorAll('.path-node-name')].map((s) => s.textContent ?? '').join(' → '),
        tags: li.querySelectorAll('.node-tag').length,
      })),
    );
    assert.deepEqual(shown.map((x) => x.ids.join(',')).sort(), expected.paths.map((p) => p.join(',')).sort());
    for (const x of shown) {
      assert.equal(x.ids[0], shenId);
      assert.equal(x.ids.at(-1), shaoId);
      assert.equal(x.names, x.ids.map((id) => names.get(id) ?? id).join(' → '));
      assert.equal(x.tags, x.ids.length);
    }
    // Paths through an event are listed before look-alike paths through the article reporting it.
    const rank = (ids: string[]) => {
      const inner = ids.slice(1, -1).map((id) => kinds.get(id));
      return inner.includes('Article') ? 2 : inner.includes('Event') ? 0 : 1;
    };
    const ranks = shown.map((x) => rank(x.ids));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );

    await page.mouse.move(1, 1);
    await page.waitForFunction(() => window.__explorer!.state().hovered === null);
    const display = await page.evaluate((onPath) => {
      const { graph, sigma } = window.__explorer!;
      sigma.refresh();
      return graph.mapNodes((id) => ({
        id,
        onPath: onPath.includes(id),
        color: sigma.getNodeDisplayData(id)?.color ?? null,
      }));
    }, expected.paths.flat());
    const pathNodes = new Set(expected.paths.flat());
    for (const id of pathNodes)
      assert.ok(
        display.some((d) => d.id === id),
        `path node ${id} is in the graph`,
      );
    for (const d of display) {
      if (d.onPath) assert.notEqual(d.color, FADED_COLOR, `path node ${d.id} stands out`);
      else assert.equal(d.color, FADED_COLOR, `node ${d.id} off the path is faded`);
    }
    await waitLayoutIdle(page);
  });
});

test('reload a deep link: the same entity, selection, filters and view come back', async () => {
  await withPage('07-deep-link', async (app) => {
    const { page } = app;
    await openApp(app);
    await searchAndPick(page, SHEN);
    await page.getByTestId('filter-label-Article').click();
    await page.getByTestId('filter-rel-MENTIONS').click();
    await page.getByTestId('filter-date-from').fill('2023-05-01');
    await page.getByTestId('open-paths').click();
    await page.getByTestId('path-finder').waitFor();
    await page.waitForFunction(() => {
      const p = new URLSearchParams(window.location.hash.slice(1));
      return (
        p.get('focus') !== null &&
        p.get('hl') === 'Article' &&
        p.get('from') === '2023-05-01' &&
        p.get('view') === 'paths'
      );
    });
    const pick = () =>
      page.evaluate(() => {
        const s = window.__explorer!.state();
        return {
          focus: s.focus,
          selected: s.selected,
          filters: s.filters,
          view: s.view,
          lang: s.lang,
          labelDensity: s.labelDensity,
        };
      });
    const before = await pick();
    assert.equal(before.focus, shenId);
    assert.deepEqual(before.filters, {
      hiddenLabels: ['Article'],
      hiddenRels: ['MENTIONS'],
      from: '2023-05-01',
      to: null,
    });
    const nodesBefore = (await graphNodes(page)).map((n) => n.id).sort();
    const url = page.url();

    await page.reload();
    await waitReady(page);
    assert.equal(page.url(), url);
    assert.deepEqual(await pick(), before);
    assert.deepEqual(
      (await graphNodes(page)).map((n) => n.id).sort(),
      nodesBefore,
      'the same neighbourhood is loaded again',
    );
    assert.equal(await page.getByTestId('filter-label-Article').isChecked(), false);
    assert.equal(await page.getByTestId('filter-rel-MENTIONS').isChecked(), false);
    assert.equal(await page.getByTestId('filter-label-Person').isChecked(), true);
    assert.equal(await page.getByTestId('filter-date-from').inputValue(), '2023-05-01');
    await page.getByTestId('side-panel-title').filter({ hasText: SHEN }).waitFor();
    await page.getByTestId('path-finder').waitFor();
    // Articles are filtered out of the drawing, not out of the data.
    const hiddenArticles = await page.evaluate(() => {
      const { graph, sigma } = window.__explorer!;
      sigma.refresh();
      const articles = graph.filterNodes((_id, a) => a.kind === 'Article');
      return {
        total: articles.length,
        hidden: articles.filter((id) => sigma.getNodeDisplayData(id)?.hidden).length,
      };
    });
    assert.ok(hiddenArticles.total > 0, 'the neighbourhood holds articles');
    assert.equal(
      hiddenArticles.hidden,
      hiddenArticles.total,
      'every article is hidden by the restored filter',
    );
    await waitLayoutIdle(page);
  });
});

test('export GEXF: a valid GEXF file of the visible graph, with the person in it', async () => {
  await withPage('08-export-gexf', async (app) => {
    const { page } = app;
    await openApp(app);
    await searchAndPick(page, SHEN);
    await waitLayoutIdle(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-gexf').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'wujin-graph.gexf');
    const path = await download.path();
    const xml = await readFile(path, 'utf8');
    assert.match(xml, /<gexf[\s>]/u);
    assert.ok(xml.includes(SHEN), 'the file names the person');

    // Parse it with the browser's XML parser: well-formed, and one <node> per graph node.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const nodes = [...doc.getElementsByTagName('node')].map((n) => ({
        id: n.getAttribute('id'),
        label: n.getAttribute('label'),
      }));
      return {
        error,
        root: doc.documentElement.localName,
        nodes,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, xml);
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'gexf');
    const graph = await page.evaluate(() => ({
      order: window.__explorer!.graph.order,
      size: window.__explorer!.graph.size,
    }));
    assert.equal(parsed.nodes.length, graph.order, 'no filter is on: every node is exported');
    assert.equal(parsed.edges, graph.size);
    assert.ok(parsed.nodes.some((n) => n.id === shenId && n.label === SHEN));
  });
});
