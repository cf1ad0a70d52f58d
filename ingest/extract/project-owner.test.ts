import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  carriesBrand,
  companyShortName,
  isAgent,
  ownerByName,
  ownsByPosition,
  shortAgents,
} from './project-owner.ts';

void test('the agent of 由…投资建设 / 负责实施 builds the project', () => {
  const text = '某某项目由常州某禾智能装备有限公司投资建设，总投资8000万元。';
  const start = text.indexOf('常州');
  const end = text.indexOf('投资建设');
  assert.equal(isAgent(text, start, end), true);
  const declared = '由常州某某城建发展有限公司（以下简称“某某城建”）负责建设';
  assert.equal(isAgent(declared, 1, declared.indexOf('（')), true);
  const named = '总投资6亿元，投资方为常州某远汽车科技有限公司；';
  assert.equal(isAgent(named, named.indexOf('常州'), named.indexOf('；')), true);
  const organized = '该工程由区水利局组织实施，总投资约2.6亿元';
  assert.equal(isAgent(organized, 4, 8), true);
  const operated = '日间照料中心由常州某康养老服务有限公司运营';
  assert.equal(isAgent(operated, operated.indexOf('常州'), operated.indexOf('运营')), false);
});

void test('an organization before the project with an owner verb or 的 owns it', () => {
  const text = '某润集团耗资10亿元打造的某某精品棒材项目';
  assert.equal(ownsByPosition(text, 4, text.indexOf('某某精品')), true);
  const possessive = '某朗新材的年产5万吨碳纤维项目';
  assert.equal(ownsByPosition(possessive, 4, 5), true);
  const apart = '某朗新材表示，年产5万吨碳纤维项目';
  assert.equal(ownsByPosition(apart, 4, 7), false);
});

void test('an undeclared short name in the agent slot is a company', () => {
  assert.deepEqual(shortAgents('某某河综合整治工程由滨湖某建负责实施，总投资约3亿元。'), ['滨湖某建']);
  assert.deepEqual(shortAgents('由某堰镇城西村与社会资本合作'), []);
});

void test('a short name or brand at the head of a project name names its owner', () => {
  const orgs = [
    { name: '江苏某朗新材料科技有限公司', aliases: ['某朗新材'], kind: 'company' as const },
    { name: '新加坡鼎某控股集团有限公司', aliases: [], kind: 'company' as const },
    { name: '江苏远某光电股份有限公司', aliases: [], kind: 'company' as const },
  ];
  assert.equal(ownerByName('某朗新材年产5万吨碳纤维项目', orgs), '江苏某朗新材料科技有限公司');
  assert.equal(ownerByName('鼎某储能电池模组项目', orgs), '新加坡鼎某控股集团有限公司');
  assert.equal(ownerByName('远某光电激光雷达模组扩产项目', orgs), '江苏远某光电股份有限公司');
  assert.equal(ownerByName('城西村山野民宿集群项目', orgs), null);
});

void test('a brand that is a common word or a place names no owner', () => {
  assert.equal(carriesBrand('远航激光雷达项目', '江苏远航精密股份有限公司'), false);
  assert.equal(carriesBrand('武进绿建项目', '常州武进绿建科技有限公司'), false);
});

void test('a short name drops places, legal form and trade words, unless only a line of business is left', () => {
  assert.equal(companyShortName('江苏某立精工股份有限公司'), '某立精工');
  assert.equal(companyShortName('深圳某源动力科技有限公司'), '某源动力');
  assert.equal(companyShortName('常州智能装备有限公司'), null);
  assert.equal(companyShortName('常州市武进区城市建设投资有限公司'), null);
  assert.equal(companyShortName('某某协会'), null);
});

void test('a school or library a work is named after is not its investor', () => {
  const orgs = [
    { name: '武进区牛塘青云幼儿园', aliases: [], kind: 'other' as const },
    { name: '常州市武进区图书馆', aliases: ['区图书馆'], kind: 'other' as const },
    { name: '常州某锐精密数控装备有限公司', aliases: ['某锐数控'], kind: 'company' as const },
  ];
  assert.equal(ownerByName('牛塘青云幼儿园新建工程', orgs), null);
  assert.equal(ownerByName('区图书馆新馆项目', orgs), null);
  assert.equal(ownerByName('某锐数控智能化改造项目', orgs), '常州某锐精密数控装备有限公司');
});
