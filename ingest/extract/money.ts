import type { Investment } from '../../model/extraction.ts';

const UNIT: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 万: 1e4, '': 1 };
const CURRENCY: Record<string, string> = {
  美元: 'USD',
  欧元: 'EUR',
  日元: 'JPY',
  港元: 'HKD',
  元: 'CNY',
  人民币: 'CNY',
};

/** `总投资约1.5亿元`: the verb, then the amount as written (qualifier kept). */
export const INVESTMENT =
  /(?:总投资|计划投资|预计投资|投资|耗资|总投入|投入)(?:额|总额)?(?:为|达|约为)?((约|近|超|超过|逾|达|近|不少于|超)?(\d+(?:\.\d+)?)(万亿|亿|千万|万)?(美元|欧元|日元|港元|元|人民币))/g;

/** Normalizes an amount written in Chinese units: `4亿元` → 400 000 000 CNY. */
export function parseAmount(text: string): Investment | null {
  const m =
    /^(?:约|近|超|超过|逾|达|不少于)?(\d+(?:\.\d+)?)(万亿|亿|千万|万)?(美元|欧元|日元|港元|元|人民币)$/.exec(
      text,
    );
  if (!m) return null;
  const amount = Math.round(Number(m[1]) * (UNIT[m[2] ?? ''] ?? 1));
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
