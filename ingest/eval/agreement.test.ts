import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreement } from './agreement.ts';

void test('roles and project places are compared on what both sides found', () => {
  const gold = {
    articles: [
      {
        headline: '某某项目开工',
        attendees: [
          { name: '甲立', role: 'lead' },
          { name: '乙立', role: 'guest' },
          { name: '丙立', role: 'participant' },
        ],
        projects: [
          { name: '某某项目', place: '湖塘镇' },
          { name: '另一项目', place: null },
          { name: '第三个项目', place: '礼嘉镇' },
        ],
      },
    ],
  };
  const system = {
    articles: [
      {
        headline: '某某项目开工',
        attendees: [
          { name: '甲立', role: 'lead' },
          { name: '乙立', role: 'participant' },
        ],
        projects: [
          { name: '某某项目', place: '湖塘镇' },
          { name: '另一项目', place: null },
          { name: '第三个项目', place: null },
        ],
      },
    ],
  };
  assert.deepEqual(agreement([{ gold, system }]), {
    roles: { agree: 1, total: 2 },
    projectPlaces: { agree: 1, total: 2 },
  });
});
