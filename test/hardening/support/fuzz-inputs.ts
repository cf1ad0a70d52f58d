import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { SAMPLE_PAGES } from '../../support/stack.ts';
import { pick } from './random.ts';

/** Inputs for the page reader fuzz: each is a name (to replay it) and the bytes of a page file. */
export interface FuzzInput {
  kind: string;
  bytes: Uint8Array;
}

const SAMPLE_TEXTS = readdirSync(SAMPLE_PAGES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SAMPLE_PAGES, f)))
  .map((b) => (b[0] === 0xef ? b.subarray(3) : b).toString('utf8'))
  .filter((t) => !t.includes('\uFFFD'));

// Code point ranges a hostile or broken page may carry.
const RANGES: [number, number][] = [
  [0x4e00, 0x9fff], // CJK
  [0x3000, 0x303f], // CJK punctuation
  [0xff00, 0xffef], // full-width forms
  [0x1f300, 0x1faff], // emoji
  [0x0000, 0x001f], // control
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x200b, 0x200f], // zero-width and direction marks
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x0300, 0x036f], // combining marks
  [0xd800, 0xdfff], // lone surrogates: not encodable, become U+FFFD or '?'
  [0x20, 0x7e], // ASCII
  [0x0a, 0x0a], // line breaks, so there are paragraphs to split
];

function randomText(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    const [lo, hi] = pick(rand, RANGES);
    out += String.fromCodePoint(lo + Math.floor(rand() * (hi - lo + 1)));
  }
  return out;
}

const ENCODINGS = ['utf8', 'utf8-bom', 'gb18030', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'big5'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    default:
      return iconv.encode(text, encoding);
  }
}

function realText(rand: () => number): string {
  return pick(rand, SAMPLE_TEXTS);
}

// An article-sized piece of a real page: the whole page would make a million inputs take hours.
function realSlice(rand: () => number): string {
  const text = realText(rand);
  const from = Math.floor(rand() * text.length);
  return text.slice(from, from + 200 + Math.floor(rand() * 1500));
}

function mutate(rand: () => number, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(rand() * out.length);
    const cut = Math.floor(rand() * 20);
    out = out.slice(0, at) + randomText(rand, Math.floor(rand() * 12)) + out.slice(at + cut);
  }
  return out;
}

/** Small inputs, cheap enough for a million: random bytes, random Unicode, cut and mutated real pages. */
export const warmUpInput = (): FuzzInput => ({
  kind: 'warm-up',
  bytes: Buffer.from(SAMPLE_TEXTS[0] ?? '', 'utf8'),
});

export function smallInput(rand: () => number): FuzzInput {
  const which = Math.floor(rand() * 6);
  const encoding = pick(rand, ENCODINGS);
  switch (which) {
    case 0: {
      const bytes = new Uint8Array(Math.floor(rand() * 2048));
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(rand() * 256);
      return { kind: 'random-bytes', bytes };
    }
    case 1:
      return {
        kind: `random-unicode/${encoding}`,
        bytes: encode(randomText(rand, Math.floor(rand() * 600)), encoding),
      };
    case 2: {
      const bytes = encode(realSlice(rand), encoding);
      // Cutting bytes, not characters, leaves half a multi-byte sequence at the end.
      return { kind: `truncated/${encoding}`, bytes: bytes.subarray(0, Math.floor(rand() * bytes.length)) };
    }
    case 3:
      return { kind: `mutated/${encoding}`, bytes: encode(mutate(rand, realSlice(rand)), encoding) };
    case 4: {
      const bytes = Uint8Array.from(encode(realSlice(rand), encoding));
      const flips = 1 + Math.floor(rand() * 10);
      for (let i = 0; i < flips; i += 1) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      return { kind: `bit-flipped/${encoding}`, bytes };
    }
    default:
      return { kind: `real/${encoding}`, bytes: encode(realSlice(rand), encoding) };
  }
}

const times = (s: string, n: number) => s.repeat(n);
/** `n` different names of `length` CJK characters, the same on every run. */
const distinct = (n: number, length: number) =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length }, (__, k) =>
      String.fromCharCode(0x4e00 + (((i * 31 + k * 17) * 7919) % 20_000)),
    ).join(''),
  );

/** Pathological repetition: the shapes that make regular expressions and splitters go quadratic. */
export function patternInputs(): FuzzInput[] {
  const lead = '本报讯（记者 王小明）昨天，区委书记李强调研。\n';
  const patterns: [string, string][] = [
    ['dun-comma', times('、', 100_000)],
    ['leaders', lead + times('区领导', 50_000)],
    ['name-list', `${lead}区领导${times('张伟、', 30_000)}参加活动。`],
    ['nested-quotes', lead + times('“', 20_000) + '内容' + times('”', 20_000)],
    ['nested-brackets', lead + times('（【《', 20_000) + times('》】）', 20_000)],
    ['unclosed-book-title', lead + times('《', 60_000)],
    ['one-long-line', times('武进区委常委、常务副区长钱立群参加活动，', 8_000)],
    ['blank-lines', `标题${times('\n', 200_000)}正文`],
    ['many-short-paragraphs', times('区长。\n', 60_000)],
    ['money', `${lead}${times('总投资10亿元，', 30_000)}`],
    ['dates', `${lead}${times('2023年5月16日', 30_000)}`],
    ['org-suffixes', lead + times('有限公司', 50_000)],
    ['titles-chain', `${lead}${times('副', 50_000)}区长李强`],
    ['photo-credits', times('（摄影 王小明）', 20_000)],
    ['headline-markers', times('##\n', 50_000)],
    ['org-list', lead + times('常州恒朗新材料有限公司、', 40_000)],
    [
      'distinct-orgs',
      lead +
        distinct(12_000, 3)
          .map((n) => `常州${n}科技有限公司`)
          .join('、'),
    ],
    ['same-project', lead + times('恒朗新材年产5万吨碳纤维项目，', 16_000)],
    // A list of units with no comma between: a rule that looks back to the clause's start must stop.
    ['listed-centres', lead + times('某某某某某某服务中心、', 10_000)],
    ['located-projects', lead + times('位于武进区湖塘镇的恒朗新材年产5万吨碳纤维项目，', 10_000)],
    // Countries inside a quote that never closes: each one looked for its quote's ends.
    ['quoted-regions', lead + times('“德国、', 40_000)],
    // Paragraphs that each close on 如下：: each one walked the list lines after it.
    ['colon-lists', times('本报讯 近日，区里公布一批名单，现公布如下：\n\n', 20_000)],
    // One appointing verb over a long list, and an appointment list one entry per line.
    [
      'appointments',
      `${lead}决定任命${times('王明为区教育局局长、', 20_000)}免去${times('李强、', 20_000)}的相关职务。`,
    ],
    ['appointment-lines', times('王明为区教育局局长；\n\n', 20_000)],
    // Stories that each declare a short form the next one uses: the page is read again once.
    [
      'declared-aliases',
      distinct(4_000, 2)
        .map(
          (n, i, all) =>
            `## 标题${n}\n\n本报讯 常州${n}人民医院（以下简称“${n}医院”）与${all[i - 1] ?? n}医院签约。\n`,
        )
        .join('\n'),
    ],
    [
      'short-names',
      lead +
        distinct(8_000, 3)
          .map((n) => `江苏${n}精工股份有限公司投资的${n}精工项目，`)
          .join(''),
    ],
    [
      'speakers',
      lead +
        distinct(30_000, 2)
          .map((n) => `王${n}表示，`)
          .join(''),
    ],
  ];
  return patterns.map(([kind, text]) => ({ kind: `pattern/${kind}`, bytes: Buffer.from(text, 'utf8') }));
}

/** Megabyte pages: real articles many times over, mutated a little so they are not all alike. */
export function hugeInput(rand: () => number, targetBytes: number): FuzzInput {
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const part = rand() < 0.5 ? realText(rand) : mutate(rand, realText(rand));
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return { kind: `huge/${(size / 1024 / 1024).toFixed(1)}MB`, bytes: Buffer.from(parts.join('\n'), 'utf8') };
}
