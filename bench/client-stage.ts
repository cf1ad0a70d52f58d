import { chromium } from 'playwright-core';
import type { GraphPayload } from '../model/graph.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../platform/chromium.ts';
import { Rng, Zipf } from './gen/prng.ts';

const LABELS = ['Person', 'Organization', 'Place', 'Project', 'Article', 'Event'] as const;
const FRAME_TIMEOUT_MS = 120_000;
// Parses the payload, loads it, and resolves at the first sigma frame drawn after (data-render-count).
const FIRST_FRAME_SCRIPT = `(async () => {
  const before = Number(document.body.dataset.renderCount || 0);
  const t0 = performance.now();
  window.__explorer.loadPayload(JSON.parse(window.benchPayload));
  await new Promise((resolve, reject) => {
    const tick = () => {
      if (Number(document.body.dataset.renderCount || 0) > before) resolve();
      else if (performance.now() - t0 > ${FRAME_TIMEOUT_MS}) reject(new Error('bench: no frame drawn'));
      else requestAnimationFrame(tick);
    };
    tick();
  });
  return performance.now() - t0;
})()`;

export interface ClientResult {
  nodes: number;
  edges: number;
  /** From the response text in hand (parse included) to the first frame sigma draws with it. */
  firstFrameMs: number;
  heapMb: number;
  /** The page's heap before the payload: the baseline. */
  emptyHeapMb: number;
}

/** A payload of the API's shape, with Zipf-skewed degrees like a real neighbourhood. */
export function syntheticPayload(nodes: number, edges: number): string {
  const rng = new Rng(nodes);
  const zipf = new Zipf(nodes, 0.9);
  const id = (i: number) => `per-${i.toString(16).padStart(16, '0')}`;
  const payload: GraphPayload = { nodes: [], edges: [], truncated: false };
  for (let i = 0; i < nodes; i++) {
    payload.nodes.push({
      id: id(i),
      label: LABELS[i % LABELS.length] ?? 'Person',
      name: `节点${i}`,
      props: {},
    });
  }
  const seen = new Set<string>();
  for (let tries = 0; payload.edges.length < edges && tries < edges * 3; tries++) {
    const s = zipf.draw(rng);
    const t = rng.int(nodes);
    const key = `${s}-${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    payload.edges.push({
      id: `e${payload.edges.length}`,
      type: 'MENTIONS',
      source: id(s),
      target: id(t),
      props: {},
    });
  }
  return JSON.stringify(payload);
}

/** Opens the explorer in headless chromium and times `window.__explorer.loadPayload` per size. */
export async function measureClient(
  baseUrl: string,
  sizes: readonly [number, number][],
  log: (s: string) => void,
): Promise<ClientResult[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const out: ClientResult[] = [];
  try {
    for (const [nodes, edges] of sizes) {
      const text = syntheticPayload(nodes, edges);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // The bench never leaves 127.0.0.1.
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/u, (route) => route.abort());
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
      };
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60_000 });
      const emptyHeapMb = await heap();
      // Handed over as a string: tsx's helpers (`__name`) do not exist inside the page.
      await page.evaluate(
        (json) => void ((window as unknown as { benchPayload: string }).benchPayload = json),
        text,
      );
      const firstFrameMs = await page.evaluate<number>(FIRST_FRAME_SCRIPT);
      const heapMb = await heap();
      log(
        `  client ${nodes}/${edges}: first frame ${firstFrameMs.toFixed(0)} ms, heap ${heapMb.toFixed(0)} MB`,
      );
      out.push({ nodes, edges, firstFrameMs, heapMb, emptyHeapMb });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
