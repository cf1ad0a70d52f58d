import type { Investment } from '../../model/extraction.ts';

const UNIT: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, '': 1 };
const CURRENCY: Record<string, string> = {
  美元: 'USD',
  欧元: 'EUR',
  日元: 'JPY',
  港元: 'HKD',
  元: 'CNY',
  人民币: 'CNY',
  // `9亿元人民币`, written beside amounts in dollars.
  元人民币: 'CNY',
};

/** Qualifiers kept with the amount: `约`, `近`, `超`… */
const QUALIFIER = '约|近|超过|超|逾|达|不少于';
/** Arabic figures or Chinese numerals (`百亿元`, `两亿元`, `一百二十万元`). */
const FIGURE = '\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+';
const AMOUNT_BODY = `(?:${QUALIFIER})?(?:${FIGURE})[余多]?(?:万亿|亿|千万|百万|万)?[余多]?(?:美元|欧元|日元|港元|元(?:人民币)?|人民币)`;

/** `总投资约1.5亿元`: the verb, then the amount as written (qualifier kept). */
export const INVESTMENT = new RegExp(
  `(?:总投资|计划投资|预计投资|投资|耗资|总投入|投入)(?:额|总额)?(?:为|达|约为)?(${AMOUNT_BODY})`,
  'g',
);

const AMOUNT = new RegExp(
  `^(?:${QUALIFIER})?(${FIGURE})[余多]?(万亿|亿|千万|百万|万)?[余多]?(美元|欧元|日元|港元|元人民币|元|人民币)$`,
);

const DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACE_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `百` → 100, `一百二十` → 120, `两` → 2; a bare place value counts as one of it. */
function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const place = PLACE_VALUE[ch];
    if (place === undefined) digit = DIGIT[ch] ?? 0;
    else {
      total += (digit || 1) * place;
      digit = 0;
    }
  }
  return total + digit;
}

/** Normalizes an amount written in Chinese units: `4亿元` → 400 000 000 CNY, `超百亿元` → 10 000 000 000. */
export function parseAmount(text: string): Investment | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const figure = m[1] ?? '';
  const value = /\d/.test(figure) ? Number(figure) : chineseNumber(figure);
  if (!(value > 0)) return null;
  const amount = Math.round(value * (UNIT[m[2] ?? ''] ?? 1));
  return { text, amount, currency: CURRENCY[m[3] ?? '元'] ?? 'CNY' };
}

export interface MoneyHit {
  investment: Investment;
  start: number;
  end: number;
}

export function findInvestments(text: string): MoneyHit[] {
  const out: MoneyHit[] = [];
  for (const m of text.matchAll(INVESTMENT)) {
    const written = m[1] ?? '';
    const parsed = parseAmount(written);
    if (parsed) out.push({ investment: parsed, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const BARE_AMOUNT = new RegExp(AMOUNT_BODY, 'g');

/** Every amount of money written, with or without a verb of investing before it. */
export function findAmounts(text: string): MoneyHit[] {
  const out: MoneyHit[] = [];
  for (const m of text.matchAll(BARE_AMOUNT)) {
    const parsed = parseAmount(m[0]);
    if (parsed) out.push({ investment: parsed, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
