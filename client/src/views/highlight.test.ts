import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitHighlights } from './highlight.ts';

void test('marks every occurrence of the name, keeping the rest as plain text', () => {
  assert.deepEqual(splitHighlights('张伟出席仪式，张伟讲话', ['张伟']), [
    { text: '张伟', match: true },
    { text: '出席仪式，', match: false },
    { text: '张伟', match: true },
    { text: '讲话', match: false },
  ]);
});

void test('prefers the longest alias and leaves markup-like text as text', () => {
  const segs = splitHighlights('<b>武进区人民政府</b>', ['武进区', '武进区人民政府']);
  assert.deepEqual(segs, [
    { text: '<b>', match: false },
    { text: '武进区人民政府', match: true },
    { text: '</b>', match: false },
  ]);
});

void test('no terms or empty text', () => {
  assert.deepEqual(splitHighlights('abc', []), [{ text: 'abc', match: false }]);
  assert.deepEqual(splitHighlights('', ['x']), []);
});
