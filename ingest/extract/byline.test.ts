import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline, stripDateline } from './byline.ts';

void test('names after 记者 are reporters, names before it contributors', () => {
  assert.deepEqual(readByline(['本报讯（孙浩 记者 钱梦洁）近日，某某公司获评示范企业。']), {
    reporters: ['钱梦洁'],
    contributors: ['孙浩'],
    photographers: [],
  });
  assert.deepEqual(readByline(['本报讯 (记者 钱梦洁 周文) 昨天，会议召开。']).reporters, ['钱梦洁', '周文']);
});

void test('photo credits end a caption', () => {
  assert.deepEqual(readByline(['工人们正在安装设备。 林涛 龚小雨 摄']).photographers, ['林涛', '龚小雨']);
  assert.deepEqual(readByline(['工人们正在安装设备。', '林涛 摄']).photographers, ['林涛']);
});

void test('the dateline is stripped from the lead', () => {
  assert.equal(stripDateline('本报讯（记者 钱梦洁）昨天，会议召开。'), '昨天，会议召开。');
});

void test('a credit printed on a line of its own names reporters, contributors and photographers', () => {
  assert.deepEqual(readByline(['会议召开。'], '■ 本报记者 刘立欣 通讯员 华立莉'), {
    reporters: ['刘立欣'],
    contributors: ['华立莉'],
    photographers: [],
  });
  assert.deepEqual(readByline(['游人如织。', '赵立华 摄'], '文/陈立敏 图/赵立华'), {
    reporters: ['陈立敏'],
    contributors: [],
    photographers: ['赵立华'],
  });
});

void test('each role word of a dateline credit names its own people; a brief signs at its end', () => {
  assert.deepEqual(readByline(['本报讯（记者 吴某某 通讯员 钱某某）11月18日，会议召开。']), {
    reporters: ['吴某某'],
    contributors: ['钱某某'],
    photographers: [],
  });
  assert.deepEqual(readByline(['■ 近日，某某医院获批省级胸痛中心。（记者 冯某）']).reporters, ['冯某']);
  assert.deepEqual(readByline(['■ 11月21日，区总工会举办职工技能大赛。（通讯员 高某）']).contributors, [
    '高某',
  ]);
});

void test('role words between the names of a photo credit are no names', () => {
  assert.deepEqual(readByline(['项目主体结构已封顶。通讯员 闵佳琪 记者 韦子涵 摄']).photographers, [
    '闵佳琪',
    '韦子涵',
  ]);
});
