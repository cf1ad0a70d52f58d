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
