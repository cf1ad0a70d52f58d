import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { QueryResult, SearchResponse } from '../../model/api.ts';
import { NODE_LABELS, REL_TYPES, type GraphPayload } from '../../model/graph.ts';
import { graphCounts } from '../support/graph.ts';
import {
  api,
  openApp,
  renderCount,
  saveScreenshot,
  searchAndPick,
  startE2E,
  waitLayoutIdle,
  type AppPage,
  type E2E,
} from './support.ts';

/**
 * Saved queries, the Cypher console (read runs, write refused), news text that looks like markup,
 * and two timings: first drawn graph and drawing a 5,000-node / 20,000-edge result.
 */

const INGEST_TOKEN = 'e2e-ingest-token-0123456789';
const XSS_PAGE = join(import.meta.dirname, 'fixtures', '2023-07-03_xss.txt');
const XSS_PERSON = '贺明远';
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const LINK = '<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>';

let e2e: E2E;

before(async () => {
  e2e = await startE2E({ INGEST_TOKEN });
});
after(async () => {
  await e2e?.close();
});

async function withPage(
  name: string,
  body: (app: AppPage) => Promise<void>,
  options: { bypassCSP?: boolean } = {},
): Promise<void> {
  const app = await e2e.newPage(options);
  try {
    await body(app);
    assert.deepEqual(app.errors, [], 'no uncaught errors in the page');
  } finally {
    await saveScreenshot(app.page, name).catch(() => undefined);
    await app.close();
  }
}

const tableRows = (app: AppPage, testid: string) =>
  app.page
    .getByTestId(testid)
    .evaluate((table) =>
      [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ),
    );

test('run a saved query with its defaults: a result table and the result graph', async () => {
  await withPage('05-saved-query', async (app) => {
    const { page } = app;
    await openApp(app);
    await page.getByTestId('open-queries').click();
    const item = page.locator('[data-testid="saved-query-item"][data-name="top-officials"]');
    await item.click();
    await page.getByTestId('query-param-limit').waitFor();
    assert.equal(
      await page.getByTestId('query-param-limit').inputValue(),
      '25',
      'the form shows the default',
    );

    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/queries/top-officials/run') && r.method() === 'POST'),
      page.getByTestId('saved-query-run').click(),
    ]);
    await page.getByTestId('query-result-table').waitFor();
    // The same request from the test: the table must show exactly what the API returns.
    const sent = JSON.parse(request.postData() ?? '{}') as { params: Record<string, unknown> };
    const res = await e2e.stack.post('/api/queries/top-officials/run', sent);
    assert.equal(res.status, 200);
    const expected = res.body as QueryResult;
    assert.ok(expected.rows.length > 0, 'the query has rows on the sample corpus');

    const rows = await tableRows(app, 'query-result-table');
    assert.equal(rows.length, expected.rows.length);
    const headers = await page.getByTestId('query-result-table').locator('thead th').allTextContents();
    assert.deepEqual(headers, expected.columns);
    const nameCol = expected.columns.indexOf('name');
    assert.ok(nameCol >= 0, 'the result has a name column');
    assert.deepEqual(
      rows.map((r) => r[nameCol]),
      expected.rows.map((r) => r[nameCol]),
    );
    assert.ok(rows.some((r) => r[nameCol] === '沈启航'));
    assert.match(
      (await page.getByTestId('query-result-table-summary').textContent()) ?? '',
      new RegExp(`^${expected.rows.length} `, 'u'),
    );

    // The result graph replaces the canvas.
    await page.waitForFunction((n) => window.__explorer!.graph.order === n, expected.graph.nodes.length);
    assert.ok(expected.graph.nodes.length > 0);
    await waitLayoutIdle(page);
  });
});

test('console: a read query shows its table; a write query is refused and changes nothing', async () => {
  await withPage('06-console', async (app) => {
    const { page } = app;
    await openApp(app);
    await page.getByTestId('open-console').click();
    const editor = page.getByTestId('console-editor').locator('.cm-content');
    await editor.waitFor();
    await editor.click();

    const read = 'MATCH (p:Person) RETURN p.name AS name LIMIT 5';
    await page.keyboard.type(read);
    assert.equal(await editor.textContent(), read, 'the editor holds what was typed');
    const [readResponse] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/cypher')),
      page.getByTestId('console-run').click(),
    ]);
    assert.equal(readResponse.status(), 200);
    await page.getByTestId('console-result-table').waitFor();
    const rows = await tableRows(app, 'console-result-table');
    assert.equal(rows.length, 5);
    const expected = (await e2e.stack.post('/api/cypher', { query: read })).body as QueryResult;
    assert.deepEqual(
      rows.map((r) => r[0]),
      expected.rows.map((r) => r[0] as string),
    );
    assert.deepEqual(await page.getByTestId('console-result-table').locator('thead th').allTextContents(), [
      'name',
    ]);
    await saveScreenshot(page, '06-console-read');

    const countsBefore = await graphCounts(e2e.stack.driver);
    await editor.click();
    await page.keyboard.press('Control+A');
    const write = "CREATE (n:Person {id:'x'})";
    await page.keyboard.type(write);
    assert.equal(await editor.textContent(), write);
    const [writeResponse] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/cypher')),
      page.keyboard.press('Control+Enter'),
    ]);
    assert.equal(writeResponse.status(), 403);
    const error = page.getByTestId('console-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    assert.match(text, /已拒绝/u);
    assert.match(text, /query_refused/u);
    // Leave the editor, so its completion list does not cover the message in the screenshot.
    await error.click();
    assert.equal(await page.getByTestId('console-result-table').count(), 0, 'the old table is gone');

    assert.deepEqual(await graphCounts(e2e.stack.driver), countsBefore, 'the database is unchanged');
    const made = await e2e.stack.driver.executeQuery(
      "MATCH (n:Person {id:'x'}) RETURN count(n) AS c",
      {},
      { database: 'neo4j' },
    );
    assert.equal(Number(made.records[0]?.get('c')), 0);
  });
});

test('news text that looks like markup is shown as text and never runs', async () => {
  // Upload the page through the server's real ingest route.
  const form = new FormData();
  form.append('pages', new Blob([await readFile(XSS_PAGE)]), '2023-07-03_xss.txt');
  const res = await fetch(`${e2e.stack.server.url}/api/articles`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${INGEST_TOKEN}` },
  });
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual((await res.json()) as unknown, {
    files: [{ file: '2023-07-03_xss.txt', ok: true, articles: 1, error: null }],
  });

  // Without the server's CSP, so only the client's own text handling stands between the page and the payload.
  await withPage(
    '09-xss',
    async (app) => {
      const { page } = app;
      await openApp(app);
      await page.getByTestId('search-input').fill(XSS_PERSON);
      const eventHit = page.getByTestId('search-hit').filter({ hasText: IMG });
      await eventHit.waitFor();
      assert.equal(await page.getByTestId('search-hits').locator('img, script, a').count(), 0);

      await searchAndPick(page, XSS_PERSON);
      const items = page.getByTestId('evidence-item');
      await items.first().waitFor();
      const panel = page.getByTestId('side-panel');
      const panelText = (await panel.textContent()) ?? '';
      for (const payload of [SCRIPT, IMG, LINK])
        assert.ok(panelText.includes(payload), `shown literally: ${payload}`);
      const sentence = await items
        .first()
        .locator('.ev-sentence')
        .evaluate((p) => ({
          text: p.textContent,
          tags: [...p.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
        }));
      assert.ok(sentence.text?.includes(SCRIPT));
      assert.deepEqual([...new Set(sentence.tags)], ['mark']);
      assert.equal(
        await panel.locator('script, img, a, iframe').count(),
        0,
        'no element came from the news text',
      );

      // The event, whose name (the headline) carries markup too: in the graph, the panel and the timeline.
      const { hits } = await api<SearchResponse>(
        e2e.stack,
        `/api/search?q=${encodeURIComponent(XSS_PERSON)}&labels=Event`,
      );
      const event = hits[0];
      assert.ok(event, 'the event of the uploaded page is found');
      assert.ok(event.name.includes(IMG));
      const eventId = event.id;
      assert.equal(
        await page.evaluate((id) => window.__explorer!.graph.getNodeAttribute(id, 'label'), eventId),
        event.name,
      );
      await page.getByTestId('open-view-button').click();
      const timeline = page.getByTestId('timeline-table');
      await timeline.waitFor();
      assert.ok(((await timeline.textContent()) ?? '').includes(IMG));
      assert.equal(await page.getByTestId('drawer').locator('script, img, a, iframe').count(), 0);

      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200); // an injected <img src=x> would fail and fire onerror by now
      assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
      assert.equal(
        await page.locator('body script').count(),
        0,
        'no script element was ever added to the body',
      );
      await waitLayoutIdle(page);
    },
    { bypassCSP: true },
  );
});

function bigPayload(nodes: number, edges: number): GraphPayload {
  // A fixed-seed generator: the same graph every run.
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const hex = (i: number) => i.toString(16).padStart(16, '0');
  const ids = Array.from({ length: nodes }, (_, i) => `per-${hex(i)}`);
  return {
    nodes: ids.map((id, i) => ({
      id,
      label: NODE_LABELS[i % NODE_LABELS.length]!,
      name: `节点${i}`,
      props: { id },
    })),
    edges: Array.from({ length: edges }, (_, i) => ({
      id: `e${i}`,
      type: REL_TYPES[i % REL_TYPES.length]!,
      source: ids[Math.floor(rand() * nodes)]!,
      target: ids[Math.floor(rand() * nodes)]!,
      props: {},
    })),
    truncated: false,
  };
}

test('timings: first drawn graph, and drawing 5,000 nodes / 20,000 edges', async () => {
  await withPage('10-big-graph', async (app) => {
    const { page } = app;
    const shenId = (
      await api<SearchResponse>(e2e.stack, `/api/search?q=${encodeURIComponent('沈启航')}&labels=Person`)
    ).hits[0]?.id;
    assert.ok(shenId);

    // Page open → first drawn graph: a deep link to 沈启航, so the first frame holds his neighbourhood.
    const t0 = Date.now();
    await openApp(app, `focus=${shenId}`);
    const firstDrawMs = Date.now() - t0;
    const nav = await page.evaluate(() => performance.now());
    assert.ok(await page.evaluate((id) => window.__explorer!.graph.hasNode(id), shenId));
    assert.ok((await renderCount(page)) > 0);
    console.log(
      `[e2e timing] page open → first drawn graph (deep link to 沈启航): ${firstDrawMs} ms (page clock: ${Math.round(nav)} ms)`,
    );

    const payload = JSON.stringify(bigPayload(5000, 20000));
    const timing = await page.evaluate(
      (json) =>
        new Promise<{ mergeMs: number; drawMs: number; order: number; size: number }>((resolve) => {
          const ex = window.__explorer!;
          const p = JSON.parse(json) as Parameters<typeof ex.loadPayload>[0];
          const start = performance.now();
          let mergeMs = 0;
          ex.sigma.once('afterRender', () => {
            resolve({
              mergeMs,
              drawMs: performance.now() - start,
              order: ex.graph.order,
              size: ex.graph.size,
            });
          });
          ex.loadPayload(p);
          mergeMs = performance.now() - start;
        }),
      payload,
    );
    assert.equal(timing.order, 5000);
    assert.equal(timing.size, 20000);
    console.log(
      `[e2e timing] 5,000 nodes / 20,000 edges: ${Math.round(timing.drawMs)} ms from loadPayload to the next frame (merge into graphology ${Math.round(timing.mergeMs)} ms)`,
    );
    await waitLayoutIdle(page);
  });
});
