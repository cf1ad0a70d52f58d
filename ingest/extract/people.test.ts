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
