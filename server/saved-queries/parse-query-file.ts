import type { QueryParamSpec, SavedQuery } from '../../model/api.ts';

/**
 * A saved query file starts with a header of `//` lines:
 *   // name: co-attendance
 *   // description: People who attended events with a person, most often first
 *   // param: personId id -- the person
 *   // param: limit integer = 20 -- how many rows
 * then the Cypher, which uses each param as `$name`.
 */
export class SavedQueryFormatError extends Error {
  override name = 'SavedQueryFormatError';
}

const PARAM = /^(\w+)\s+(string|integer|float|boolean|id)(?:\s*=\s*(.+?))?\s*--\s*(.+)$/u;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function parseDefault(
  type: QueryParamSpec['type'],
  raw: string | undefined,
  file: string,
): QueryParamSpec['default'] {
  if (raw === undefined) return null;
  if (type === 'integer' || type === 'float') {
    const n = Number(raw);
    if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) {
      throw new SavedQueryFormatError(`${file}: default "${raw}" is not a valid ${type}`);
    }
    return n;
  }
  if (type === 'boolean') return raw === 'true';
  return raw;
}

export function parseQueryFile(file: string, text: string): SavedQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && (lines[i]?.trim().startsWith('//') || lines[i]?.trim() === ''); i += 1) {
    const line = lines[i]?.trim() ?? '';
    if (line.startsWith('//')) header.push(line.slice(2).trim());
  }
  const cypher = lines.slice(i).join('\n').trim().replace(/;\s*$/u, '');
  const field = (key: string) =>
    header.filter((h) => h.startsWith(`${key}:`)).map((h) => h.slice(key.length + 1).trim());
  const name = field('name')[0];
  const description = field('description')[0];
  if (!name || !NAME.test(name))
    throw new SavedQueryFormatError(`${file}: the header needs "// name: kebab-case-name"`);
  if (!description) throw new SavedQueryFormatError(`${file}: the header needs "// description: ..."`);
  if (!cypher) throw new SavedQueryFormatError(`${file}: no Cypher after the header`);
  const params = field('param').map((p) => {
    const m = PARAM.exec(p);
    if (!m?.[1] || !m[2] || !m[4]) {
      throw new SavedQueryFormatError(
        `${file}: bad param line "${p}" (want "name type [= default] -- description")`,
      );
    }
    const type = m[2] as QueryParamSpec['type'];
    return { name: m[1], type, description: m[4], default: parseDefault(type, m[3], file) };
  });
  for (const p of params) {
    if (!cypher.includes(`$${p.name}`))
      throw new SavedQueryFormatError(`${file}: param ${p.name} is not used as $${p.name}`);
  }
  return { name, description, params, cypher };
}
