import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  InvalidDateError,
  dateFromFileName,
  dateFromSignature,
  pageDate,
  parseIsoDate,
} from './page-date.ts';

void test('the command-line option wins', () => {
  assert.equal(
    pageDate({ option: '2023-03-05', file: 'wj-2022-10-11.txt', text: '2021年1月1日' }),
    '2023-03-05',
  );
});

void test('an invalid option is an error, not a silent null', () => {
  assert.throws(() => parseIsoDate('2023-02-30'), InvalidDateError);
  assert.throws(() => pageDate({ option: '5 March' }), InvalidDateError);
});

void test('reads dashed and compact dates in file names', () => {
  assert.equal(dateFromFileName('pages/wjrb-2022-10-11-A2.txt'), '2022-10-11');
  assert.equal(dateFromFileName('wjrb_20221011_p3.txt'), '2022-10-11');
  assert.equal(dateFromFileName('000_4bab08e30f4b2c0a.txt'), null);
  assert.equal(dateFromFileName('scan-20221399.txt'), null);
});

void test('reads a signature date standing alone on a line', () => {
  const text = '本次活动主题为“学习新思想”。\n\n中共某某区委办公室\n2021年3月8日\n';
  assert.equal(dateFromSignature(text), '2021-03-08');
  assert.equal(pageDate({ file: 'p.txt', text }), '2021-03-08');
});

void test('ignores dates inside sentences', () => {
  assert.equal(dateFromSignature('2021年3月8日，全区安全生产大会召开。'), null);
  assert.equal(pageDate({ file: 'p.txt', text: '近日，某某公司获评示范企业。' }), null);
});

void test("the masthead's dated line gives the issue date before any signature", () => {
  const text = [
    '武进日报 2025年11月24日 星期一 第2版  责任编辑：王某',
    '',
    '某某镇召开会议',
    '',
    '2025年11月20日',
  ].join('\n');
  assert.equal(pageDate({ text }), '2025-11-24');
  assert.equal(pageDate({ text: '某某镇召开会议\n\n2025年11月20日' }), '2025-11-20');
});
