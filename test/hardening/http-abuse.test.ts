import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startStack } from '../support/stack.ts';

/** Hostile HTTP: bodies too big or broken, wrong types, traversal, header injection, uploads without rights. */
const TOKEN = 'hardening-token-0123456789';
let s: Awaited<ReturnType<typeof startStack>>;
const bodies: string[] = [];

before(async () => {
  s = await startStack({ INGEST_TOKEN: TOKEN });
});
after(async () => {
  await s.server.close();
  await s.driver.close();
});

/** A request sent byte for byte: fetch would normalise `..` and refuse CR/LF before they reach the server. */
function raw(
  path: string,
  init: { method?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
) {
  const url = new URL(s.server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => {
            bodies.push(body);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      );
      req.on('error', reject);
      req.end(init.body);
    },
  );
}
const postJson = (path: string, body: string | Buffer) =>
  raw(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

test('oversized JSON bodies are 413', async () => {
  const big = JSON.stringify({ query: `RETURN '${'x'.repeat(300 * 1024)}'` });
  for (const path of ['/api/cypher', '/api/queries/anything/run'])
    assert.equal((await postJson(path, big)).status, 413, path);
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  assert.equal((await postJson('/api/cypher', deep)).status, 400);
});

test('malformed JSON is a 400', async () => {
  const broken = [
    '{"query": ',
    "{'query': 'RETURN 1'}",
    '[',
    'nul',
    '{"query": "RETURN 1",}',
    '\u0000\u0001',
    Buffer.from([0xff, 0xfe, 0x7b]),
  ];
  for (const body of broken) {
    const res = await postJson('/api/cypher', body);
    assert.equal(res.status, 400, `${String(body)} → ${res.status} ${res.body}`);
  }
});

test('wrong types are a 400 naming the field', async () => {
  const cases: [string, string | null, RegExp][] = [
    ['/api/cypher', JSON.stringify({ query: 5 }), /body\.query/u],
    ['/api/cypher', JSON.stringify({ query: 'RETURN 1', params: 'x' }), /body\.params/u],
    ['/api/cypher', JSON.stringify({ query: 'RETURN 1', params: [1, 2] }), /body\.params/u],
    ['/api/cypher', JSON.stringify({ query: '   ' }), /body\.query/u],
    ['/api/cypher', JSON.stringify('RETURN 1'), /body/u],
    ['/api/search?q=x&limit=abc', null, /query\.limit/u],
    ['/api/search?q=x&limit=1e9', null, /query\.limit/u],
    ['/api/search?q[]=x', null, /query\.q/u],
    ['/api/search?q=x&labels=Person,Pwned', null, /query\.labels/u],
    ['/api/paths?from=1&to=2', null, /query\.from/u],
    ['/api/entities/per-0000000000000000/neighbourhood?depth=x', null, /query\.depth/u],
    ['/api/entities/per-0000000000000000/neighbourhood?from=yesterday', null, /query\.from/u],
  ];
  for (const [path, body, field] of cases) {
    const res = body === null ? await raw(path) : await postJson(path, body);
    assert.equal(res.status, 400, `${path} ${body} → ${res.status} ${res.body}`);
    assert.match(res.body, field, path);
  }
});

const TRAVERSALS = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%252F..%252Fetc%252Fpasswd',
  '....//....//etc/passwd',
  '..\\..\\etc\\passwd',
  '%c0%ae%c0%ae/etc/passwd',
  '/etc/passwd%00.txt',
];

test('path traversal in every id and name parameter is a 400 or 404 without file content', async () => {
  const templates = [
    '/api/entities/{}',
    '/api/entities/{}/neighbourhood',
    '/api/people/{}/timeline',
    '/api/organizations/{}/projects',
    '/api/places/{}/summary',
    '/api/paths?from={}&to={}',
  ];
  for (const t of templates) {
    for (const x of TRAVERSALS) {
      const res = await raw(t.replaceAll('{}', x));
      assert.ok(res.status === 400 || res.status === 404, `${t} ${x} → ${res.status}`);
      assert.doesNotMatch(res.body, /root:x:0/u);
    }
  }
  for (const x of TRAVERSALS) {
    const res = await raw(`/api/queries/${x}/run`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.ok(res.status === 400 || res.status === 404, `queries ${x} → ${res.status}`);
    // Static files and deep links: the app page or a 404, never a file from outside the client folder.
    const page = await raw(`/${x}`);
    assert.doesNotMatch(page.body, /root:x:0/u, x);
    const assets = await raw(`/assets/${x}`);
    assert.doesNotMatch(assets.body, /root:x:0/u, x);
  }
});

test('CR/LF in query values and ids never becomes a response header', async () => {
  const injected = ['%0d%0aX-Injected:%20yes', '%0AX-Injected:%20yes', '%E5%98%8A%E5%98%8DX-Injected:%20yes'];
  for (const x of injected) {
    for (const path of [
      `/api/search?q=${x}`,
      `/api/entities/${x}`,
      `/api/paths?from=${x}&to=${x}`,
      `/${x}`,
    ]) {
      const res = await raw(path, { headers: { origin: 'http://evil.example' } });
      assert.equal(res.headers['x-injected'], undefined, path);
      assert.equal(res.headers['access-control-allow-origin'], undefined, path);
    }
  }
});

test('uploads: no or wrong token is 401, an over-size page is 413, too many files is a 400', async () => {
  const form = (bytes: number, files = 1) => {
    const f = new FormData();
    for (let i = 0; i < files; i += 1)
      f.append('pages', new Blob([new Uint8Array(bytes).fill(0x41)]), `p${i}.txt`);
    return f;
  };
  const post = async (body: FormData, token?: string) => {
    const res = await fetch(`${s.server.url}/api/articles`, {
      method: 'POST',
      body,
      headers: token ? { authorization: token } : {},
    });
    bodies.push(await res.text());
    return res.status;
  };
  assert.equal(await post(form(10)), 401);
  assert.equal(await post(form(10), 'Bearer wrong'), 401);
  assert.equal(await post(form(10), `Bearer ${TOKEN}x`), 401);
  assert.equal(await post(form(10), `Basic ${TOKEN}`), 401);
  assert.equal(await post(form(10), `Bearer ${TOKEN.slice(0, -1)}\u00e9`), 401);
  assert.equal(await post(form(11 * 1024 * 1024)), 401, 'auth comes before reading the body');
  assert.equal(await post(form(11 * 1024 * 1024), `Bearer ${TOKEN}`), 413);
  assert.equal(await post(form(1, 51), `Bearer ${TOKEN}`), 400);
  const empty = await raw('/api/articles', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x--',
  });
  assert.ok(empty.status === 400, `empty multipart → ${empty.status}`);
});

test('no answer carries a stack trace or a node_modules path', () => {
  const leaks = bodies.filter((b) => /node_modules|\n\s+at |\bat [\w.<>]+ \(|\.ts:\d+:\d+/u.test(b));
  console.log(`hardening: http abuse answers checked ${bodies.length}, leaking ${leaks.length}`);
  assert.deepEqual(
    leaks.map((b) => b.slice(0, 300)),
    [],
  );
});
