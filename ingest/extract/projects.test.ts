import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCapacity, findProjects } from './projects.ts';
import { findInvestments, parseAmount } from './money.ts';

const names = (s: string): string[] => findProjects(s).map((p) => p.name);

void test('project names end with 项目/工程/枢纽 and start at a boundary', () => {
  assert.deepEqual(names('位于横林镇的市重大项目——华锐新能源电池模组项目，总投资6亿元。'), [
    '华锐新能源电池模组项目',
  ]);
  assert.deepEqual(names('10月9日，“某某区实验小学东校区新建工程”项目顺利开标。'), [
    '某某区实验小学东校区新建工程',
  ]);
  assert.deepEqual(names('更好地发挥滆湖生态清淤工程的作用'), ['滆湖生态清淤工程']);
});

void test('categories of projects are not names', () => {
  assert.deepEqual(names('紧抓重点在建工程项目，同步推进示范项目建设，打造民生工程和两大工程。'), []);
});

void test('investment amounts are normalized with the qualifier kept', () => {
  assert.deepEqual(parseAmount('4亿元'), { text: '4亿元', amount: 400000000, currency: 'CNY' });
  assert.deepEqual(parseAmount('3亿美元'), { text: '3亿美元', amount: 300000000, currency: 'USD' });
  assert.equal(findInvestments('项目总投资约1.5亿元，建筑面积3万平方米')[0]?.investment.text, '约1.5亿元');
  assert.equal(findInvestments('某某集团耗资10亿元打造的项目')[0]?.investment.amount, 1e9);
});

void test('capacity as written', () => {
  assert.equal(findCapacity('达产后将形成年产电池模组20万套的生产能力'), '年产电池模组20万套的生产能力');
});
