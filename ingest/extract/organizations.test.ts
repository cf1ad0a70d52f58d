import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrganizations, mergeOrganizations } from './organizations.ts';

const orgs = (s: string): string[] => findOrganizations(s).map((o) => o.name);

void test('company names start at their place name, not at the parent group', () => {
  assert.deepEqual(orgs('近日，恒远集团直属子公司常州市恒远创业投资有限公司获评AA级。'), [
    '恒远集团',
    '常州市恒远创业投资有限公司',
  ]);
});

void test('government bodies need an administrative opening', () => {
  assert.deepEqual(orgs('会上，区交通运输局通报了情况，形成了良好格局。'), ['区交通运输局']);
  assert.deepEqual(orgs('区审计局局长表示'), ['区审计局']);
});

void test('nested units join their parent', () => {
  assert.deepEqual(orgs('该系统由河海大学水利与环境学院设计。'), ['河海大学水利与环境学院']);
  assert.deepEqual(orgs('在常州市政务服务中心金坛分中心办理'), ['常州市政务服务中心金坛分中心']);
});

void test('declared abbreviations and short forms become aliases', () => {
  const text =
    '苏南精密机械集团有限公司（以下简称“苏南精机”）成立于2001年。苏南精密机械集团率先开展合作，苏南精机表示。';
  const merged = mergeOrganizations(findOrganizations(text));
  assert.equal(merged.length, 1);
  assert.equal(merged[0]?.name, '苏南精密机械集团有限公司');
  assert.deepEqual(merged[0]?.aliases.sort(), ['苏南精密机械集团', '苏南精机'].sort());
});

void test('generic phrases are not organizations', () => {
  assert.deepEqual(orgs('坚持以人民为中心，各巡察组进驻，参与人才攻关联盟创建。'), []);
});
