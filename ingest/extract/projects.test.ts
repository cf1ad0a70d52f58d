import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCapacity, findProjects } from './projects.ts';
import { findInvestments, parseAmount } from './money.ts';

const names = (s: string): string[] => findProjects(s).map((p) => p.name);

void test('project names end with 项目/工程/枢纽 and start at a boundary', () => {
  assert.deepEqual(names('位于横林镇的市重大项目——华锐新能源电池模组项目，总投资6亿元。'), [
    '华锐新能源电池模组项目',
  ]);
  assert.deepEqual(names('10月9日，“某某区实验小学东校区新建工程”项目顺利开标。'), [
    '某某区实验小学东校区新建工程',
  ]);
  assert.deepEqual(names('更好地发挥滆湖生态清淤工程的作用'), ['滆湖生态清淤工程']);
});

void test('categories of projects are not names', () => {
  assert.deepEqual(names('紧抓重点在建工程项目，同步推进示范项目建设，打造民生工程和两大工程。'), []);
});

void test('investment amounts are normalized with the qualifier kept', () => {
  assert.deepEqual(parseAmount('4亿元'), { text: '4亿元', amount: 400000000, currency: 'CNY' });
  assert.deepEqual(parseAmount('3亿美元'), { text: '3亿美元', amount: 300000000, currency: 'USD' });
  assert.equal(findInvestments('项目总投资约1.5亿元，建筑面积3万平方米')[0]?.investment.text, '约1.5亿元');
  assert.equal(findInvestments('某某集团耗资10亿元打造的项目')[0]?.investment.amount, 1e9);
  // Chinese numerals and 余/多 between the figure and its unit.
  assert.equal(findInvestments('总投资超百亿元的某某产业园项目')[0]?.investment.amount, 1e10);
  assert.equal(parseAmount('两亿元')?.amount, 2e8);
  assert.equal(parseAmount('一百二十万元')?.amount, 1.2e6);
  assert.equal(parseAmount('5000余万元')?.amount, 5e7);
  assert.equal(parseAmount('1亿多元')?.amount, 1e8);
  assert.equal(parseAmount('数亿元'), null);
});

void test('capacity as written', () => {
  assert.equal(findCapacity('达产后将形成年产电池模组20万套的生产能力'), '年产电池模组20万套的生产能力');
});

void test('a verb or a title in front of 项目 leaves no name', () => {
  assert.deepEqual(names('市委常委、区委书记方立新宣布项目开工。'), []);
});

void test('a project name needs a proper part, not a generic phrase', () => {
  assert.deepEqual(names('详细了解了首批产学研合作项目进展。'), []);
  assert.deepEqual(names('某堰镇文旅项目集中签约仪式举行。'), []);
  assert.deepEqual(names('此次布局的储能电池模组项目是其首个基地。'), []);
  assert.deepEqual(names('加快某政中路快速化改造工程建设。'), ['某政中路快速化改造工程']);
});

void test('基地 and 营地 are words, not the particle 地', () => {
  assert.deepEqual(names('现场，某展航空电动垂直起降飞行器总装基地项目签约。'), [
    '某展航空电动垂直起降飞行器总装基地项目',
  ]);
  assert.deepEqual(names('此次签约的项目中，太湖湾房车营地项目由某公司投资建设。'), ['太湖湾房车营地项目']);
});

void test('a declared short name makes a project name specific', () => {
  assert.deepEqual(
    findProjects('现场，翼飞航空总装基地项目签约。', ['翼飞航空']).map((p) => p.name),
    ['翼飞航空总装基地项目'],
  );
});

void test('a brand the segmenter breaks into single characters still names a project', () => {
  assert.deepEqual(
    findProjects('位于礼山镇的晟麟汽车电子产业园项目，总投资1亿美元').map((p) => p.name),
    ['晟麟汽车电子产业园项目'],
  );
});

void test('an event verb before 项目 ends the name', () => {
  assert.deepEqual(
    findProjects('湖塘镇举办重点项目集中签约仪式，现场签约项目12个，总投资达86.5亿元。').map((p) => p.name),
    [],
  );
});

void test('two content characters opening a project name are a brand', () => {
  assert.deepEqual(
    findProjects('由常州星铂电力设备科技有限公司投资建设的星铂动力电池产业园项目，总投资30亿元').map(
      (p) => p.name,
    ),
    ['星铂动力电池产业园项目'],
  );
  assert.deepEqual(
    findProjects('推进老旧小区改造工程和新建厂房项目').map((p) => p.name),
    [],
  );
});

void test('a phase, or an amount of its own, makes a project specific; an amount ends the name before it', () => {
  assert.deepEqual(
    findProjects('12月15日，天立储能二期项目在高新区开工。').map((p) => p.name),
    ['天立储能二期项目'],
  );
  assert.deepEqual(
    findProjects('一是智能网联汽车零部件项目，总投资6亿元；二是某某发展项目。').map((p) => p.name),
    ['智能网联汽车零部件项目'],
  );
  assert.deepEqual(
    findProjects('计划投资8亿元建设年产5万吨生物基材料项目').map((p) => p.name),
    ['年产5万吨生物基材料项目'],
  );
});

void test('a verb of building opening the clause is not part of the name', () => {
  assert.deepEqual(
    findProjects('将加快建设年产20万台高端液压泵项目，总投资12亿元').map((p) => p.name),
    ['年产20万台高端液压泵项目'],
  );
});

void test('an amount just before the name, or a funded base, makes a project', () => {
  assert.deepEqual(names('其中，某某动力科技有限公司投资15亿元的动力电池结构件项目落户高新区。'), [
    '动力电池结构件项目',
  ]);
  assert.deepEqual(names('某某光电有限公司投资8亿元建设光伏逆变器生产基地，项目选址某某镇。'), [
    '光伏逆变器生产基地',
  ]);
  // A base without an amount of its own is a place of learning or practice, not a project.
  assert.deepEqual(names('该村建成青少年劳动实践基地。'), []);
});

void test('a restoration work keeps its 还 (`退圩还湖`)', () => {
  assert.deepEqual(names('昨天，某湖（武进）退圩还湖工程一期通过阶段性验收。'), ['某湖（武进）退圩还湖工程']);
});

void test('a project paid for with an amount of its own is named even by a generic ending', () => {
  assert.deepEqual(names('企业今年投资6.8亿元实施的超低排放改造项目已全部完工。'), ['超低排放改造项目']);
  assert.deepEqual(names('今年完成超低排放改造项目12个。'), []);
});

void test('就 ends the phrase before a project name', () => {
  assert.deepEqual(names('双方就生物酶制剂研发生产项目落地武进进行了深入交流。'), ['生物酶制剂研发生产项目']);
});

void test('a period or batch and category words name a signing, not a project', () => {
  assert.deepEqual(names('某某区2026年一季度重大产业项目集中签约仪式举行。'), []);
  assert.deepEqual(names('全区第三批重点项目集中开工。'), []);
  assert.deepEqual(names('某某科技2026年度技改项目完成投资3亿元。'), ['某某科技2026年度技改项目']);
});

void test('a made-up word opening a name is a brand; a verb phrase before 项目 is no name', () => {
  assert.deepEqual(names('；启衡氢能装备制造项目由德国启衡能源集团投资，总投资1.8亿美元。'), [
    '启衡氢能装备制造项目',
  ]);
  assert.deepEqual(names('记者：河湖治理离不开项目支撑，今年有哪些重点工程？'), []);
});

void test('a project named after a company declared with a short form takes the short form', () => {
  assert.deepEqual(
    names('9月4日，常州某穗农业科技有限公司（以下简称“某穗农业”）智慧稻米产业园项目在某某镇开工。'),
    ['某穗农业智慧稻米产业园项目'],
  );
  // A village with a long description before 建设 is one project, not a town's category.
  assert.deepEqual(names('近日，坂上村特色田园乡村建设项目主体工程基本完工。'), [
    '坂上村特色田园乡村建设项目',
  ]);
  assert.deepEqual(names('某某镇文旅项目集中签约。'), []);
});

void test('a work may be named for the upgrade it makes', () => {
  assert.deepEqual(names('代表们察看了武南河牛塘段生态景观提升工程。'), ['武南河牛塘段生态景观提升工程']);
  assert.deepEqual(names('要加快提升项目建设水平，全面提升工程质量。'), []);
});

void test('a place and words of category name no project; a long name after 建设 does', () => {
  assert.deepEqual(names('武进国家高新区重点外资项目——施泰纳新能源汽车精密部件项目正在吊装。'), [
    '施泰纳新能源汽车精密部件项目',
  ]);
  assert.deepEqual(
    names('将在武进国家高新区建设莱默传动亚太研发及制造中心项目，主要研发风电及工程机械传动系统。'),
    ['莱默传动亚太研发及制造中心项目'],
  );
  assert.deepEqual(names('全面实施基层医疗机构服务能力提升工程。'), []);
});

void test('a kind of work too short to name a project is named with the company before it', () => {
  const text = '常州某力精密机械有限公司增资扩产项目总投资5亿元。';
  assert.deepEqual(
    findProjects(text, ['常州某力精密机械有限公司']).map((p) => p.name),
    ['常州某力精密机械有限公司增资扩产项目'],
  );
  // Without the company known, nothing names it.
  assert.deepEqual(names('企业增资扩产项目总投资5亿元。'), []);
});

void test('the projects of a joint signing are no project of their own', () => {
  assert.deepEqual(
    findProjects('洛阳镇光储产业园项目集中签约仪式举行，峻晟年产10GW光伏组件项目总投资18亿元。').map(
      (p) => p.name,
    ),
    ['峻晟年产10GW光伏组件项目'],
  );
});

void test('地 opening a word (地板) does not end a project name', () => {
  assert.deepEqual(
    findProjects('朗域家居年产300万平方米智能地板项目总投资3.2亿元。').map((p) => p.name),
    ['朗域家居年产300万平方米智能地板项目'],
  );
});

void test('a list or a count of projects names no project', () => {
  assert.deepEqual(
    findProjects(
      '常州市人民政府公布第六批市级非物质文化遗产代表性项目名录，该公司已在长三角运营乡村文旅项目9个。',
    ),
    [],
  );
});

void test('a phase of a project named by a community is a project', () => {
  assert.deepEqual(
    findProjects('位于湖塘镇的武进人才社区二期项目总投资约6.2亿元。').map((p) => p.name),
    ['武进人才社区二期项目'],
  );
});

void test("a town's programme of a year keeps the town in its name", () => {
  assert.deepEqual(names('前黄镇2024年度高标准农田建设项目总投资4860万元。'), [
    '前黄镇2024年度高标准农田建设项目',
  ]);
});

void test('a project manager is no project', () => {
  assert.deepEqual(names('某某州经济促进署项目经理马库斯表示，期待合作。'), []);
});

void test('an amount in yuan may say so twice', () => {
  assert.deepEqual(
    findInvestments('总投资9亿元人民币，').map((m) => [
      m.investment.text,
      m.investment.amount,
      m.investment.currency,
    ]),
    [['9亿元人民币', 900000000, 'CNY']],
  );
});

void test('就 opening a word inside a name, and a project named after 因', () => {
  assert.deepEqual(
    names('武进区退役军人就业创业孵化基地二期项目计划投资2800万元。因轨道交通6号线武进延伸段工程施工需要。'),
    ['武进区退役军人就业创业孵化基地二期项目', '轨道交通6号线武进延伸段工程'],
  );
});

void test('a kind of work after a name of its own names one work; after a category it names none', () => {
  assert.deepEqual(
    names(
      '某桥老粮站更新改造项目总投资2800万元。淹城遗址公园提升改造项目由某某文旅投资建设。恒锐数控智能化改造项目竣工投产。推进老旧小区提升改造工程，实施城市道路提升改造工程，高标准建设好二期工程。',
    ),
    ['某桥老粮站更新改造项目', '淹城遗址公园提升改造项目', '恒锐数控智能化改造项目'],
  );
});

void test('a phase in brackets after the name is part of it', () => {
  assert.deepEqual(names('某湖退圩还湖及生态清淤工程（二期）总投资12.8亿元。'), [
    '某湖退圩还湖及生态清淤工程（二期）',
  ]);
});

void test('verbs of signing, taking charge and deciding end a project’s name', () => {
  assert.deepEqual(
    names(
      '区城管局与绿源再生签订项目特许经营协议。健康投资负责项目融资和建设管理。区人民政府已依法作出城南片区旧城改造项目房屋征收决定。',
    ),
    ['城南片区旧城改造项目'],
  );
});

void test("a conjunction inside the company's name does not cut its project's name", () => {
  const text = '；丰和精机精密轴承项目由日本丰和精机株式会社投资。';
  assert.deepEqual(
    findProjects(text, ['日本丰和精机株式会社']).map((p) => p.name),
    ['丰和精机精密轴承项目'],
  );
  // Without the company named, 和 joins two things as ever.
  assert.deepEqual(names(text), ['精机精密轴承项目']);
});
