import { test } from 'node:test';
import assert from 'node:assert/strict';
import { norm, sameHeadline, scorePages } from './score.ts';

const GOLD = {
  articles: [
    {
      headline: '全区安全生产工作会议召开',
      byline: { reporters: ['王小明'], contributors: [], photographers: [] },
      attendees: [{ name: '李强' }, { name: '张伟' }],
      personsMentioned: [],
      organizations: [{ name: '某某科技有限公司', aliases: ['某某科技'] }],
      places: [{ name: '湖塘镇' }],
      projects: [{ name: '某某智能装备项目', investment: '4亿元', owner: '某某科技有限公司' }],
    },
  ],
};

void test('normalizes quotes, brackets and whitespace like score.py', () => {
  assert.equal(norm('“两湖” 创新区（一期）'), '"两湖"创新区(一期)');
});

void test('headlines match by containment or bigram overlap', () => {
  assert.ok(sameHeadline('## 全区安全生产工作会议召开', '全区安全生产工作会议召开'));
  assert.ok(!sameHeadline('全区安全生产工作会议召开', '某某镇举行植树活动'));
});

void test('a perfect extraction scores 1 everywhere', () => {
  const s = scorePages([{ gold: GOLD, system: GOLD }]);
  for (const v of Object.values(s)) assert.equal(v.f1, 1);
});

void test('aliases, contained project names and written amounts match', () => {
  const system = {
    articles: [
      {
        headline: '全区安全生产工作会议召开',
        byline: { reporters: ['王小明'], contributors: [], photographers: [] },
        attendees: [{ name: '李强' }],
        personsMentioned: [{ name: '赵六' }],
        organizations: [{ name: '某某科技', aliases: [] }],
        places: [{ name: '湖塘镇' }, { name: '礼嘉镇' }],
        projects: [
          {
            name: '智能装备项目',
            investment: { text: '4亿元', amount: 4e8, currency: 'CNY' },
            owner: '某某科技',
          },
        ],
      },
    ],
  };
  const s = scorePages([{ gold: GOLD, system }]);
  assert.equal(s.organizations.f1, 1);
  assert.equal(s.projects.f1, 1);
  assert.equal(s.investments.f1, 1);
  assert.equal(s.owner_links.f1, 1);
  assert.deepEqual([s.attendance.precision, s.attendance.recall], [1, 0.5]);
  assert.deepEqual([s.persons.precision, s.persons.recall], [0.667, 0.667]);
  assert.deepEqual([s.places.precision, s.places.recall], [0.5, 1]);
});
