import { parentPort } from 'node:worker_threads';
import { readAndExtract } from '../read-page.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

/** The extraction worker: reads one page at a time for the main thread (see extract-pool.ts). */
const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread (see extract-pool.ts)');
const reply = (message: ExtractReply) => port.postMessage(message);

// The segmenter and the word list load on first use (about a second): do it now, not on the clock
// of the first page. The sentence touches every rule: people, places, organizations, a project.
const WARM_UP =
  '本报讯（记者 王小明）5月15日，区委书记沈启航到武进国家高新区调研常州恒朗新材料有限公司' +
  '年产5万吨碳纤维复合材料项目，该项目总投资10亿元，位于湖塘镇。';
readAndExtract({ name: 'warm-up.txt', bytes: Buffer.from(WARM_UP, 'utf8') });

port.on('message', (request: ExtractRequest) => {
  try {
    const extraction = readAndExtract(
      { name: request.name, bytes: request.bytes, oversizeBytes: request.oversizeBytes },
      request.date,
    );
    reply({ type: 'done', ok: true, extraction });
  } catch (err) {
    reply({
      type: 'done',
      ok: false,
      name: err instanceof Error ? err.name : 'Error',
      message: err instanceof Error ? err.message : String(err),
    });
  }
});
reply({ type: 'ready' });
