import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleGraph } from '../resolve/article-graph.ts';
import { pageKey, pageKeys, pageTexts, readFromSamePage } from './stale-articles.ts';

const graph = (id: string, props: Record<string, string | null>) =>
  ({ articles: [{ id, props }] }) as unknown as ArticleGraph;

void test('only dated pages are matched, each with the ids read from it now', () => {
  const graphs = [
    graph('art-1', { file: 'a01.txt', published: '2024-03-05', headline: '甲', text: '一' }),
    graph('art-2', { file: 'a01.txt', published: '2024-03-05', headline: '乙', text: '二' }),
    graph('art-3', { file: 'a01.txt', published: '2024-03-06', headline: '丙', text: '三' }),
    graph('art-4', { file: 'b01.txt', published: null, headline: '丁', text: '四' }),
  ];
  assert.deepEqual(pageKeys(graphs), [
    { file: 'a01.txt', published: '2024-03-05', ids: ['art-1', 'art-2'] },
    { file: 'a01.txt', published: '2024-03-06', ids: ['art-3'] },
  ]);
  assert.equal(pageTexts(graphs).get(pageKey('2024-03-05', 'a01.txt')), '甲一乙二');
});

void test('an article is from the same page when nearly all its text is still there', () => {
  const page =
    '全区科技创新大会召开本报讯记者林晓3月4日全区科技创新工作会议召开区委副书记顾明远出席会议并讲话';
  assert.ok(readFromSamePage('3月4日，全区科技创新工作会议召开。区委书记顾明远出席会议并讲话。', page));
  assert.ok(!readFromSamePage('3月4日，礼嘉镇召开安全生产工作会议。镇长钱为民出席会议。', page));
});
