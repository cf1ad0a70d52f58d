import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../platform/chromium.ts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../platform/local-neo4j/settings.ts';
import { startStack } from '../support/stack.ts';

/**
 * End-to-end support: the real stack (test Neo4j + sample corpus + real server serving client/dist)
 * and Debian's chromium driven by playwright-core. Nothing is mocked.
 */

export type Stack = Awaited<ReturnType<typeof startStack>>;

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'e2e');
const CLIENT_DIR = join(REPO_ROOT, 'client');
const CLIENT_INDEX = join(CLIENT_DIR, 'dist', 'index.html');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Builds client/dist when it is missing or older than the client's sources (the tests must see the current client). */
export function ensureClientBuilt(): void {
  const sources = [
    join(CLIENT_DIR, 'src'),
    join(CLIENT_DIR, 'index.html'),
    join(CLIENT_DIR, 'vite.config.ts'),
    join(REPO_ROOT, 'model'),
  ];
  const built = existsSync(CLIENT_INDEX) ? statSync(CLIENT_INDEX).mtimeMs : 0;
  if (built > 0 && sources.every((s) => newestMtime(s) <= built)) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  assert.ok(existsSync(CLIENT_INDEX), 'vite build did not produce client/dist/index.html');
}

export interface E2E {
  stack: Stack;
  browser: Browser;
  /** A fresh context and page (own storage, downloads accepted); collects page errors. */
  newPage(options?: { bypassCSP?: boolean }): Promise<AppPage>;
  close(): Promise<void>;
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page; tests assert it stays empty. */
  errors: string[];
  url(hash?: string): string;
  close(): Promise<void>;
}

/** One browser per test file, over one real stack. */
export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  ensureClientBuilt();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const stack = await startStack(env);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (err) {
    await stack.server.close();
    await stack.driver.close();
    throw err;
  }
  const pages: AppPage[] = [];
  return {
    stack,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        locale: 'zh-CN',
        acceptDownloads: true,
        bypassCSP: options.bypassCSP ?? false,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      const app: AppPage = {
        page,
        context,
        errors,
        url: (hash = '') => `${stack.server.url}/${hash ? `#${hash}` : ''}`,
        close: () => context.close(),
      };
      pages.push(app);
      return app;
    },
    async close() {
      for (const p of pages) await p.context.close().catch(() => undefined);
      await browser.close();
      await stack.server.close();
      await stack.driver.close();
    },
  };
}

/** Opens the app (optionally at a deep-link hash) and waits until the first graph is drawn. */
export async function openApp(app: AppPage, hash = ''): Promise<void> {
  await app.page.goto(app.url(hash));
  await waitReady(app.page);
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.ready === '1' || document.body.dataset.ready === 'error',
  );
  const ready = await page.evaluate(() => document.body.dataset.ready);
  assert.equal(
    ready,
    '1',
    `the app failed to start: ${await page.evaluate(() => document.body.textContent)}`,
  );
}

export const renderCount = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.body.dataset.renderCount ?? '0'));

/** Waits until sigma has drawn at least one frame after `since`. */
export async function waitForRenderAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.renderCount ?? '0') > n, since);
}

/** Waits until the ForceAtlas2 run started by a load has stopped, so nodes stay where they are. */
export async function waitLayoutIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorer?.state().layoutRunning === false, undefined, {
    timeout: 20_000,
  });
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Hover highlights depend on where the mouse happened to stop; park it first.
  await page.mouse.move(1, 1);
  await page.screenshot({ path });
  return path;
}

/** Types into the search box and clicks the hit with that exact name; returns its id. */
export async function searchAndPick(page: Page, name: string): Promise<string> {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.fill(name);
  const hit = page
    .getByTestId('search-hit')
    .filter({ has: page.locator('.hit-name', { hasText: new RegExp(`^${name}$`, 'u') }) })
    .first();
  await hit.waitFor();
  const id = await hit.getAttribute('data-id');
  assert.ok(id, 'a search hit carries its entity id');
  await hit.click();
  await page.waitForFunction(
    (want) => window.__explorer?.state().focus === want && window.__explorer.graph.hasNode(want),
    id,
  );
  return id;
}

export interface NodeInfo {
  id: string;
  kind: string;
  label: string;
}

export const graphNodes = (page: Page): Promise<NodeInfo[]> =>
  page.evaluate(() => {
    const g = window.__explorer!.graph;
    return g.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label }));
  });

const lastClick = new WeakMap<Page, number>();

/** Waits until the camera is not animating and the canvas has kept its size for a few frames. */
export async function waitViewSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { sigma } = window.__explorer!;
      const box = sigma.getContainer().getBoundingClientRect();
      const { width, height } = sigma.getDimensions();
      const key = `${box.width}x${box.height}/${width}x${height}:${sigma.getCamera().isAnimated()}`;
      const w = window as unknown as { __settle?: { key: string; frames: number } };
      const last = w.__settle;
      w.__settle = { key, frames: last?.key === key ? last.frames + 1 : 0 };
      return !sigma.getCamera().isAnimated() && w.__settle.frames >= 5;
    },
    undefined,
    { polling: 'raf', timeout: 5_000 },
  );
}

/**
 * Clicks a node on the canvas as a user would: zoom the camera onto it (so neighbours spread
 * apart), then click where sigma draws it, and zoom back out. Asserts the click selected it.
 */
export async function clickNode(page: Page, id: string): Promise<void> {
  // Sigma reads two clicks within its doubleClickTimeout (300 ms) as a double click, which zooms
  // instead of selecting; both clicks land mid-canvas here, so keep a person's pace between them.
  const since = Date.now() - (lastClick.get(page) ?? 0);
  if (since < 400) await page.waitForTimeout(400 - since);
  await waitLayoutIdle(page);
  // A selection made just before pans the camera (300 ms) once the side panel has narrowed the
  // canvas: let that finish, or it moves the node away between measuring and clicking.
  await waitViewSettled(page);
  const before = await renderCount(page);
  const camera = await page.evaluate((node) => {
    const { sigma } = window.__explorer!;
    const d = sigma.getNodeDisplayData(node);
    if (!d) throw new Error(`node ${node} is not displayed`);
    const saved = sigma.getCamera().getState();
    sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.15, angle: 0 });
    return saved;
  }, id);
  await waitForRenderAfter(page, before);
  const pos = await page.evaluate((node) => {
    const { sigma, graph } = window.__explorer!;
    return sigma.graphToViewport({
      x: graph.getNodeAttribute(node, 'x'),
      y: graph.getNodeAttribute(node, 'y'),
    });
  }, id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  assert.ok(box, 'the graph canvas is laid out');
  await page.mouse.move(box.x + pos.x, box.y + pos.y);
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
  lastClick.set(page, Date.now());
  await page
    .waitForFunction((node) => window.__explorer?.state().selected === node, id, { timeout: 5_000 })
    .catch(async (err: unknown) => {
      const seen = await page.evaluate(
        ({ node, p }) => {
          const { sigma, graph } = window.__explorer!;
          const s = sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null };
          const d = sigma.getNodeDisplayData(node);
          return {
            selected: window.__explorer!.state().selected,
            atPosition: s.getNodeAtPosition(p),
            display: d ? { x: d.x, y: d.y, size: d.size, hidden: d.hidden } : null,
            attrs: graph.getNodeAttributes(node),
            camera: sigma.getCamera().getState(),
          };
        },
        { node: id, p: pos },
      );
      throw new Error(`clicking ${id} at ${JSON.stringify(pos)} did not select it: ${JSON.stringify(seen)}`, {
        cause: err,
      });
    });
  await page.mouse.move(1, 1);
  // Zoom back out, so later steps and screenshots see the whole graph again.
  const zoomed = await renderCount(page);
  await page.evaluate((state) => window.__explorer!.sigma.getCamera().setState(state), camera);
  await waitForRenderAfter(page, zoomed);
}

/**
 * Draws sigma synchronously and copies its canvases into a 2D canvas (as the PNG export does),
 * then counts pixels that are not white: proof that WebGL actually drew something.
 */
export const drawnPixels = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const { sigma } = window.__explorer!;
    sigma.refresh();
    const { width, height } = sigma.getDimensions();
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d', { willReadFrequently: true })!;
    for (const layer of Object.values(sigma.getCanvases())) ctx.drawImage(layer, 0, 0, width, height);
    const data = ctx.getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) n++;
    }
    return n;
  });

/** JSON from the real server, the same request the client makes. */
export async function api<T>(stack: Stack, path: string): Promise<T> {
  const res = await stack.get(path);
  assert.equal(res.status, 200, `GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}
