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
    headlines: { agree: 1, total: 1 },
    eventTypes: { agree: 0, total: 0 },
    roles: { agree: 1, total: 2 },
    projectPlaces: { agree: 1, total: 2 },
  });
});

void test('headlines and event types are compared on the articles both sides found', () => {
  const gold = {
    articles: [
      { headline: '某某产业发展联盟成立大会举行', event: { type: 'ceremony' } },
      { headline: '某某镇召开安全生产工作会议', event: { type: 'meeting' } },
      { headline: '稻田里的丰收', event: null },
    ],
  };
  const system = {
    articles: [
      { headline: '某某产业发展联盟', event: { type: 'conference' } },
      { headline: '某某镇召开安全生产工作会议', event: { type: 'meeting' } },
      { headline: '稻田里的丰收', event: null },
    ],
  };
  const { headlines, eventTypes } = agreement([{ gold, system }]);
  assert.deepEqual(headlines, { agree: 2, total: 3 });
  assert.deepEqual(eventTypes, { agree: 1, total: 2 });
});
