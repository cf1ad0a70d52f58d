import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventType, findDateText, readEvent, resolveDate } from './events.ts';

void test('event types follow the headline verbs', () => {
  assert.equal(eventType('方立新督查河道整治工作', '', 'news'), 'inspection');
  assert.equal(eventType('某湖退圩还湖工程阶段性验收', '', 'news'), 'inspection');
  // A work that passed its acceptance is a result, not an inspection.
  assert.equal(eventType('某湖退圩还湖工程通过阶段性验收', '', 'news'), 'other');
  assert.equal(eventType('某某省道武进段改扩建工程全线通车', '', 'news'), 'ceremony');
  // A campaign's quoted name says less than the words around it, unless nothing else does.
  assert.equal(eventType('某某镇召开“百企大走访”活动推进会', '', 'news'), 'meeting');
  assert.equal(eventType('某某镇开展“百企大走访”活动', '', 'news'), 'research');
  assert.equal(eventType('方立新调研城市更新工作', '', 'news'), 'research');
  assert.equal(eventType('全区安全生产工作调度会召开', '', 'news'), 'meeting');
  assert.equal(eventType('全区科技创新大会举行', '', 'news'), 'conference');
  assert.equal(eventType('某某产业联盟成立', '', 'news'), 'ceremony');
  assert.equal(eventType('某某公司获评示范企业', '近日，某某公司获评。', 'news'), 'other');
  assert.equal(eventType('通告', '', 'notice'), 'announcement');
  // A delegation that comes to inspect or research is on a visit; a congress delegation is not.
  assert.equal(eventType('某某市党政代表团来武考察', '', 'news'), 'visit');
  assert.equal(eventType('武进代表团审议政府工作报告', '', 'news'), 'other');
  assert.equal(eventType('让绿水青山成为幸福底色——访区生态环境局局长', '', 'news'), 'interview');
  assert.equal(eventType('区领导走访慰问困难群众', '', 'news'), 'visit');
  assert.equal(eventType('武进区第十九次党代会开幕', '', 'news'), 'conference');
  assert.equal(eventType('某某产业发展联盟成立大会举行', '', 'news'), 'ceremony');
  assert.equal(eventType('全区村干部培训班开班', '', 'news'), 'ceremony');
  assert.equal(eventType('全区村干部培训班举行', '', 'news'), 'meeting');
  assert.equal(eventType('某某客商来武洽谈合作', '并参加武进—某某产业对接会。', 'news'), 'conference');
  assert.equal(eventType('方立新走访重点企业', '', 'news'), 'research');
});

void test('lists, reception days, trips for investment and sessions of the congress', () => {
  assert.equal(eventType('某某区优秀企业名单出炉', '', 'news'), 'announcement');
  assert.equal(eventType('某某村入选省级特色田园乡村名单', '', 'news'), 'other');
  assert.equal(eventType('区委表彰一批优秀共产党员', '', 'news'), 'announcement');
  assert.equal(eventType('2024年度优秀企业家表彰大会召开', '', 'news'), 'ceremony');
  assert.equal(eventType('某某镇人大代表联络站接待日解民忧', '', 'news'), 'other');
  assert.equal(eventType('某某区长率队赴深圳开展招商活动', '', 'news'), 'visit');
  assert.equal(eventType('武进经贸代表团亮相某某工业博览会', '', 'news'), 'visit');
  assert.equal(eventType('某国驻上海总领事来武考察', '', 'news'), 'visit');
  assert.equal(eventType('全区重大项目观摩活动举行', '', 'news'), 'inspection');
  assert.equal(eventType('我区开展生态环境执法“某某”专项行动', '', 'news'), 'inspection');
  assert.equal(eventType('我区启动某某集中宣传月活动', '', 'news'), 'ceremony');
  assert.equal(eventType('某镇举办“六五环境日”主题宣传活动', '', 'news'), 'other');
  assert.equal(eventType('区十八届人大四次会议开幕', '', 'news'), 'conference');
  assert.equal(eventType('区十八届人大四次会议预备会议举行', '', 'news'), 'meeting');
  assert.equal(eventType('区人大常委会第十五次会议召开', '', 'news'), 'meeting');
  assert.equal(eventType('某某小区召开首次业主大会', '', 'news'), 'meeting');
  assert.equal(eventType('区科技局举办政策辅导会', '', 'news'), 'meeting');
  assert.equal(eventType('区检察院与区法院会签实施意见', '', 'news'), 'ceremony');
  assert.equal(eventType('“村BA”篮球联赛总决赛收官', '', 'news'), 'other');
});

void test('the date is kept as written', () => {
  assert.equal(findDateText('昨天下午，区委书记带队调研。'), '昨天下午');
  assert.equal(findDateText('根据部署要求，3月5日晚，督查组进驻。'), '3月5日晚');
  assert.equal(findDateText('日前，项目顺利完成。'), '日前');
});

void test('relative and month-day dates resolve against the publication date', () => {
  assert.equal(resolveDate('昨天下午', '2022-10-11'), '2022-10-10');
  assert.equal(resolveDate('10月9日', '2022-10-11'), '2022-10-09');
  assert.equal(resolveDate('12月30日', '2023-01-02'), '2022-12-30');
  assert.equal(resolveDate('近日', '2022-10-11'), null);
  assert.equal(resolveDate('昨天', null), null);
});

void test('photo captions carry no event', () => {
  assert.equal(readEvent('某某项目', '某某项目正在建设。', 'photo', null), null);
});

void test('a day written without its month falls in the month of the issue, or the one before', () => {
  assert.equal(findDateText('本报讯 10日上午，全区大会召开。'), '10日上午');
  assert.equal(resolveDate('10日上午', '2024-12-11'), '2024-12-10');
  assert.equal(resolveDate('28日', '2024-12-03'), '2024-11-28');
  assert.equal(resolveDate('28日', '2025-01-03'), '2024-12-28');
  assert.equal(findDateText('项目需在7日内完成。'), null);
});

void test('a feature opening on a scene reports no event; a dated lead does', () => {
  const lead = '某某社区网格员李某某每天早上7点半就开始巡查。';
  assert.equal(readEvent('网格员的一天', lead, 'news', '2024-05-20')?.type, 'other');
  assert.equal(readEvent('网格员的一天', `昨天，${lead}`, 'news', '2024-05-20')?.type, 'inspection');
});

void test('drills, job fairs, publicity days and training courses are other events; signing and hanging a plaque are ceremonies', () => {
  assert.equal(eventType('我区举行危险化学品事故应急救援综合演练', '', 'news'), 'other');
  assert.equal(eventType('区退役军人事务局举办专场招聘会', '', 'news'), 'other');
  assert.equal(eventType('“安全生产月”宣传咨询日活动举行', '', 'news'), 'other');
  assert.equal(eventType('横林镇举办有限空间作业安全专题培训', '', 'news'), 'other');
  assert.equal(eventType('武进区与某某大学签署全面合作协议', '某某一行来武考察。', 'news'), 'ceremony');
  assert.equal(eventType('某某社区“消费维权服务站”正式挂牌', '', 'news'), 'ceremony');
});

void test('a signing or a gift is the event only when the headline reports it; fairs open with a ceremony', () => {
  assert.equal(eventType('某某与某大学签订合作协议', '', 'news'), 'ceremony');
  assert.equal(
    eventType('“商会+法庭”联动化解纠纷', '日前，一起纠纷成功调解，双方当场签订分期付款协议。', 'news'),
    'other',
  );
  assert.equal(eventType('2024某某花木节暨第五届花卉博览会开幕', '', 'news'), 'ceremony');
  assert.equal(eventType('某某镇“政企早餐会”面对面解难题', '', 'news'), 'meeting');
  assert.equal(eventType('区税务局举办“税务开放日”活动', '', 'news'), 'other');
});
