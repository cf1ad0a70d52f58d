import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairLines } from './repair-lines.ts';

void test('rejoins a word broken by a layout line break', () => {
  const text = '区委书记李强强调，要加快推进老旧小区改造，切实抓好民生实事工\n\n作，让群众生活更加便利。\n';
  assert.deepEqual(repairLines(text), [
    '区委书记李强强调，要加快推进老旧小区改造，切实抓好民生实事工作，让群众生活更加便利。',
  ]);
});

void test('keeps real paragraphs apart', () => {
  const text =
    '会议听取了全区安全生产工作情况汇报，部署了下阶段重点任务。\n\n会议强调，要压紧压实各方责任。\n';
  assert.deepEqual(repairLines(text), [
    '会议听取了全区安全生产工作情况汇报，部署了下阶段重点任务。',
    '会议强调，要压紧压实各方责任。',
  ]);
});

void test('does not glue a headline to the body or to another headline', () => {
  const text =
    '全区安全生产工作会议召开\n\n压实责任 守住底线\n\n本报讯（记者 王小明）昨天，全区安全生产工作会议召开。\n';
  assert.deepEqual(repairLines(text), [
    '全区安全生产工作会议召开',
    '压实责任 守住底线',
    '本报讯（记者 王小明）昨天，全区安全生产工作会议召开。',
  ]);
});

void test('a line broken inside quotes is continued', () => {
  const text = '公司始终把创新作为发展的“关键之招”，以“科创\n\n贷”等产品为抓手，服务实体经济。\n';
  assert.deepEqual(repairLines(text), [
    '公司始终把创新作为发展的“关键之招”，以“科创贷”等产品为抓手，服务实体经济。',
  ]);
});

void test('a photo credit ends its caption', () => {
  const text =
    '工人们在新建厂房内安装生产设备，项目预计年底投产，达产后年产值可达5亿元。 张三 李四 摄\n\n重点项目\n';
  assert.deepEqual(repairLines(text), [
    '工人们在新建厂房内安装生产设备，项目预计年底投产，达产后年产值可达5亿元。 张三 李四 摄',
    '重点项目',
  ]);
});

void test('## headings are never joined', () => {
  assert.deepEqual(repairLines('## 某某镇召开村级换届工作会议\n\n## 扎实推进基层治理\n'), [
    '## 某某镇召开村级换届工作会议',
    '## 扎实推进基层治理',
  ]);
});

void test('a paragraph broken after a few characters is rejoined', () => {
  const text =
    '某某大桥改建工程是全市\n\n重点交通项目之一，全长3.2公里。\n\n本报讯（记者 王小明）昨天，全区会议召开。\n';
  assert.deepEqual(repairLines(text)[0], '某某大桥改建工程是全市重点交通项目之一，全长3.2公里。');
});

void test('on pages with ## headings an unmarked short line is a paragraph stub', () => {
  const text =
    '## 某某镇召开会议\n\n本报讯（记者 王小明）昨天，会议召开。\n\n为确保工程顺利\n\n推进，镇里成立了工作专班。\n';
  assert.deepEqual(repairLines(text).slice(2), ['为确保工程顺利推进，镇里成立了工作专班。']);
});

void test('a signature stays apart from its date line', () => {
  assert.deepEqual(repairLines('请各单位准时参加。\n\n中共某某区委办公室\n\n2021年3月8日\n'), [
    '请各单位准时参加。',
    '中共某某区委办公室',
    '2021年3月8日',
  ]);
});

void test('on pages with ## headings an unmarked headline before a dateline stays apart', () => {
  const text =
    '## 某某镇召开会议\n\n本报讯（记者 王小明）昨天，会议召开。\n\n某某镇召开企业座谈会\n\n本报讯（记者 李小红）6月29日，座谈会召开。\n';
  assert.deepEqual(repairLines(text).slice(2), [
    '某某镇召开企业座谈会',
    '本报讯（记者 李小红）6月29日，座谈会召开。',
  ]);
});

void test('a column label over a caption stands alone', () => {
  const text =
    '图片新闻\n\n位于某某镇的某某产业园项目，总投资约3亿元，目前正在进行设备安装调试。\n\n张三 摄\n';
  assert.deepEqual(repairLines(text).slice(0, 2), [
    '图片新闻',
    '位于某某镇的某某产业园项目，总投资约3亿元，目前正在进行设备安装调试。',
  ]);
});

void test('a title with a colon stays apart from the dateline or dated lead under it', () => {
  const text =
    '某某村：乡村“颜值”“产值”双提升\n\n本报讯 (记者 王小明) 走进某某镇某某村，白墙黛瓦错落有致。\n\n某某社区：志愿服务暖人心\n\n近日，某某社区开展志愿服务活动，居民们积极参与。\n';
  assert.deepEqual(repairLines(text), [
    '某某村：乡村“颜值”“产值”双提升',
    '本报讯 (记者 王小明) 走进某某镇某某村，白墙黛瓦错落有致。',
    '某某社区：志愿服务暖人心',
    '近日，某某社区开展志愿服务活动，居民们积极参与。',
  ]);
  // A paragraph the layout broke after a colon still runs on.
  assert.deepEqual(repairLines('他说：今年我们新上了一条生产线，\n\n产品已经进了城里的超市。\n'), [
    '他说：今年我们新上了一条生产线，产品已经进了城里的超市。',
  ]);
});

void test('a dashed subtitle with a list of titles stays a line of its own', () => {
  assert.deepEqual(
    repairLines(
      '## 办税缴费“指尖办”\n\n——访区税务局党委书记、局长某某\n\n本报记者 王小明\n\n记者：有哪些新举措？',
    ),
    ['## 办税缴费“指尖办”', '——访区税务局党委书记、局长某某', '本报记者 王小明', '记者：有哪些新举措？'],
  );
});

void test("a notice's title broken over two lines is one line", () => {
  assert.deepEqual(
    repairLines(
      '关于开展2024年全区老年人\n免费健康体检工作的通告\n\n为做好健康体检工作，现将有关事项通告如下。',
    ),
    ['关于开展2024年全区老年人免费健康体检工作的通告', '为做好健康体检工作，现将有关事项通告如下。'],
  );
});
