import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPeople } from './people.ts';

const roles = (paragraphs: string[]): [string, string][] => {
  const people = readPeople(paragraphs, new Set(), true, []);
  return [
    ...people.attendees.map((a): [string, string] => [a.name, a.role]),
    ...people.mentioned.map((m): [string, string] => [m.name, 'mentioned']),
  ];
};

void test('titled people later in an event report took part in it', () => {
  assert.deepEqual(roles(['昨天，区领导方立新出席会议。', '某某公司董事长严立峰当选会长。']), [
    ['方立新', 'lead'],
    ['严立峰', 'participant'],
  ]);
});

void test('a past year after a name tells background, not attendance', () => {
  assert.deepEqual(roles(['昨天，区委书记方立新调研企业。', '公司董事长周立新2019年带领团队回乡创业。']), [
    ['方立新', 'lead'],
    ['周立新', 'mentioned'],
  ]);
});

void test('a lead sentence pushed into its own paragraph by the layout still names the attendees', () => {
  assert.deepEqual(
    roles(['1月1日，某某项目在湖塘镇开工。', '市委常委、区委书记萧立新出席开工仪式。', '项目总投资3亿元。']),
    [['萧立新', 'lead']],
  );
  // Someone who only speaks later is no attendee of an event nobody was said to attend.
  assert.deepEqual(roles(['1月1日，某某项目在湖塘镇开工。', '企业负责人周立新介绍，项目年内投产。']), [
    ['周立新', 'mentioned'],
  ]);
});

void test('after a host, people who only take part are participants, not the lead', () => {
  assert.deepEqual(
    roles(['昨天，区长蒋立斌主持召开常务会议。副区长许立明、周立琴，区政府办主任陆立华参加会议。']),
    [
      ['蒋立斌', 'host'],
      ['许立明', 'participant'],
      ['周立琴', 'participant'],
      ['陆立华', 'participant'],
    ],
  );
});
