import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseHeadline, isSloganLike, mergeWrappedLines } from './headline.ts';

const LEAD =
  '本报讯（记者 王小明）昨天上午，区委书记李强带队调研城市更新工作，强调要以群众满意为标准推进老旧小区改造。';

void test('the first line is the title when the others are subtitles', () => {
  const parts = chooseHeadline(['李强调研城市更新工作', '以群众满意为标准推进老旧小区改造'], LEAD);
  assert.equal(parts.headline, '李强调研城市更新工作');
  assert.equal(parts.subtitle, '以群众满意为标准推进老旧小区改造');
  assert.equal(parts.kicker, null);
});

void test('a slogan kicker before the title is skipped', () => {
  const parts = chooseHeadline(['持续优化城市功能', '李强调研城市更新工作'], LEAD);
  assert.equal(parts.headline, '李强调研城市更新工作');
  assert.equal(parts.kicker, '持续优化城市功能');
});

void test('two parallel phrases make a kicker', () => {
  assert.ok(isSloganLike('共建家园 共享未来'));
  assert.ok(!isSloganLike('全区举行“书香武进 全民阅读”启动仪式'));
});

void test('a headline wrapped onto two lines is rejoined', () => {
  assert.deepEqual(mergeWrappedLines(['全区启动“智改数转', '”专项行动']), ['全区启动“智改数转”专项行动']);
  assert.deepEqual(mergeWrappedLines(['某某镇召开村级换届工作会', '议']), ['某某镇召开村级换届工作会议']);
});

void test('a headline set in short pieces over several lines is joined', () => {
  const parts = chooseHeadline(
    ['嘉泽镇', '花木电商', '年销售额破10亿元'],
    '日前，记者从嘉泽镇获悉，今年以来该镇花木电商年销售额突破10亿元。',
  );
  assert.equal(parts.headline, '嘉泽镇花木电商年销售额破10亿元');
});

void test('a line opened by a dash is a subtitle (——访某某)', () => {
  const parts = chooseHeadline(
    ['让乡村振兴跑出“加速度”', '——访某某镇党委书记陈立群'],
    '记者：今年以来，某某镇在乡村振兴方面有哪些亮点？',
  );
  assert.equal(parts.headline, '让乡村振兴跑出“加速度”');
  assert.equal(parts.subtitle, '——访某某镇党委书记陈立群');
});

void test('a line ending on an ordinal or a particle runs on into the next', () => {
  assert.equal(
    chooseHeadline(['横林镇举办第三届', '地板产业博览会'], '第三届地板产业博览会在横林镇举行。').headline,
    '横林镇举办第三届地板产业博览会',
  );
});

void test('a line that only names a place or body is the subject of the next', () => {
  assert.equal(
    chooseHeadline(['西太湖科技产业园', '12个项目集中签约'], '西太湖科技产业园举行重点项目集中签约仪式。')
      .headline,
    '西太湖科技产业园12个项目集中签约',
  );
  // A headline with its own verb stays a line of its own.
  assert.deepEqual(mergeWrappedLines(['某某镇召开防汛会议', '筑牢安全防线']), [
    '某某镇召开防汛会议',
    '筑牢安全防线',
  ]);
});

void test('a line ending on a dash runs on', () => {
  assert.deepEqual(mergeWrappedLines(['市重点项目——', '某某年产10万吨磷酸铁锂项目投产']), [
    '市重点项目——某某年产10万吨磷酸铁锂项目投产',
  ]);
});

void test('a title broken inside a name the lead spells out is one title', () => {
  const lead = '本报讯 6月19日，某某区低空经济产业发展联盟成立大会在高新区举行。';
  const parts = chooseHeadline(['某某区低空经济产业发展', '联盟成立大会举行'], lead);
  assert.equal(parts.headline, '某某区低空经济产业发展联盟成立大会举行');
  assert.equal(parts.subtitle, null);
});

void test('a subtitle that the lead reads after a comma stays a subtitle', () => {
  const lead = '本报讯 3月2日，区政府召开常务会议，研究部署安全生产工作。';
  const parts = chooseHeadline(['区政府召开常务会议', '研究部署安全生产工作'], lead);
  assert.equal(parts.headline, '区政府召开常务会议');
  assert.equal(parts.subtitle, '研究部署安全生产工作');
});

void test('a line that only states a figure is a kicker', () => {
  const lead = '本报讯 3月13日，某某区重大产业项目集中签约仪式举行。本次集中签约项目16个，总投资126亿元。';
  const parts = chooseHeadline(['总投资126亿元', '我区集中签约16个重大产业项目'], lead);
  assert.equal(parts.headline, '我区集中签约16个重大产业项目');
  assert.equal(parts.kicker, '总投资126亿元');
});

void test('the line that announces the event is the title over a subtitle copied from the lead', () => {
  const lead = '本报讯 3月17日，区委书记某某主持召开区委常委会会议，研究部署一季度重点工作。';
  const parts = chooseHeadline(['区委常委会召开会议', '研究部署一季度重点工作'], lead);
  assert.equal(parts.headline, '区委常委会召开会议');
  assert.equal(parts.subtitle, '研究部署一季度重点工作');
});

void test('a line opened by a dash is the subtitle even when it copies the lead', () => {
  const lead = '本报讯 昨天上午，常州市武进区人民检察院召开新闻发布会，通报涉企案件办理情况。';
  const parts = chooseHeadline(
    ['以检察履职护航法治化营商环境', '——区检察院召开涉企案件办理情况新闻发布会'],
    lead,
  );
  assert.equal(parts.headline, '以检察履职护航法治化营商环境');
  assert.equal(parts.subtitle, '——区检察院召开涉企案件办理情况新闻发布会');
});
