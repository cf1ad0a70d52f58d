import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SentenceIndex, sentenceAt } from './text.ts';

const paragraph = '区委书记沈启航调研。他指出，要加快项目建设！“我们有信心。”会后参观了展厅';

void test('the sentence covering an offset, its closing quote included', () => {
  const index = new SentenceIndex(paragraph);
  assert.equal(index.at(0), '区委书记沈启航调研。');
  assert.equal(index.at(paragraph.indexOf('加快')), '他指出，要加快项目建设！');
  assert.equal(index.at(paragraph.indexOf('信心')), '“我们有信心。”');
  assert.equal(index.at(paragraph.indexOf('展厅')), '会后参观了展厅');
  assert.equal(sentenceAt(paragraph, paragraph.indexOf('参观')), '会后参观了展厅');
});

void test('a paragraph cut after a full stop does not shift later sentences', () => {
  const cut = '。上月，恒朗新材项目一期建成投产。产品已进入供应链。';
  const index = new SentenceIndex(cut);
  assert.equal(index.at(cut.indexOf('恒朗')), '上月，恒朗新材项目一期建成投产。');
  assert.deepEqual(index.range(cut.indexOf('产品')), [cut.indexOf('产品'), cut.length]);
});

void test('past the last sentence, or in text with none, the whole paragraph answers', () => {
  assert.deepEqual(new SentenceIndex('。。').range(0), [0, 2]);
  assert.equal(new SentenceIndex('').at(5), '');
});

void test('a paragraph of many thousand sentences answers each lookup without re-splitting', () => {
  const long = '张伟参加。'.repeat(40_000);
  const index = new SentenceIndex(long);
  const t0 = performance.now();
  for (let at = 0; at < long.length; at += 5) assert.equal(index.at(at), '张伟参加。');
  assert.ok(performance.now() - t0 < 2000, 'lookups are logarithmic');
});
