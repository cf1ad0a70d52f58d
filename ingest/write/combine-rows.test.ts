import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRows, type ArticleGraph } from '../resolve/article-graph.ts';
import { combineNodeRows } from './combine-rows.ts';

const graph = (over: Partial<ArticleGraph>): ArticleGraph => ({
  articleId: 'art-0000000000000001',
  headline: 'h',
  articles: [],
  ...emptyRows(),
  ...over,
});

test('one person seen in two articles of a batch becomes one row with both titles and the date range', () => {
  const rows = combineNodeRows([
    graph({ persons: [{ id: 'per-1', name: '甲', titles: ['副区长'], date: '2023-05-02' }] }),
    graph({ persons: [{ id: 'per-1', name: '甲', titles: ['常务副区长'], date: '2023-04-01' }] }),
  ]).persons;
  assert.deepEqual(rows, [
    {
      id: 'per-1',
      name: '甲',
      titles: ['副区长', '常务副区长'],
      date: '2023-05-02',
      firstDate: '2023-04-01',
    },
  ]);
});

test('aliases, kinds and amounts are kept from whichever article states them', () => {
  const { organizations, places, projects } = combineNodeRows([
    graph({
      organizations: [{ id: 'org-1', name: '某某科技有限公司', kind: 'company', aliases: ['某某科技'] }],
      places: [{ id: 'plc-1', name: '某镇', kind: 'other' }],
      projects: [
        {
          id: 'prj-1',
          name: 'X项目',
          investment: null,
          currency: null,
          investmentText: null,
          capacity: null,
        },
      ],
    }),
    graph({
      organizations: [{ id: 'org-1', name: '某某科技', kind: 'company', aliases: [] }],
      places: [{ id: 'plc-1', name: '某镇', kind: 'town' }],
      projects: [
        {
          id: 'prj-1',
          name: 'X项目',
          investment: 4e8,
          currency: 'CNY',
          investmentText: '4亿元',
          capacity: null,
        },
      ],
    }),
  ]);
  assert.equal(organizations[0]?.name, '某某科技有限公司');
  assert.deepEqual(organizations[0]?.aliases, ['某某科技']);
  assert.equal(places[0]?.kind, 'town');
  assert.equal(projects[0]?.investmentText, '4亿元');
  assert.equal(projects[0]?.investment, 4e8);
});
