import { createHash } from 'node:crypto';
import type { NodeLabel } from './graph.ts';

const PREFIX: Record<NodeLabel, string> = {
  Article: 'art',
  Event: 'evt',
  Person: 'per',
  Organization: 'org',
  Place: 'plc',
  Project: 'prj',
};

/** Whitespace out, Chinese and ASCII quotes and brackets unified: the form names are compared in. */
export function normalizeName(name: string): string {
  return name
    .replace(/\s+/gu, '')
    .replace(/[“”]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

/** Deterministic id: the same key always gives the same id, on any machine, in any run. */
export function entityId(label: NodeLabel, key: string): string {
  const digest = createHash('sha1').update(`${label}\u0000${key}`).digest('hex').slice(0, 16);
  return `${PREFIX[label]}-${digest}`;
}
