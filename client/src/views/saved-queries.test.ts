import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QueryParamSpec } from '../../../model/api.ts';
import { coerceParam } from './saved-queries.ts';

const spec = (type: QueryParamSpec['type'], dflt: QueryParamSpec['default'] = null): QueryParamSpec => ({
  name: 'p',
  type,
  description: '',
  default: dflt,
});

void test('form text becomes the type the param spec asks for', () => {
  assert.equal(coerceParam(spec('integer'), '12'), 12);
  assert.equal(coerceParam(spec('float'), '1.5'), 1.5);
  assert.equal(coerceParam(spec('boolean'), 'true'), true);
  assert.equal(coerceParam(spec('string'), ' 武进区 '), '武进区');
  assert.equal(coerceParam(spec('integer', 10), ''), 10);
  assert.equal(coerceParam(spec('id'), ''), undefined);
});
