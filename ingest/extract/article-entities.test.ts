import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntities } from './article-entities.ts';
import { SpanSet } from './text.ts';

const read = (paragraphs: string[], titles: SpanSet[] = []): ReturnType<typeof readEntities> =>
  readEntities(paragraphs, [], titles);

/** Each project as name, amount as written, owner and place. */
const details = (projects: ReturnType<typeof readEntities>['projects']): (string | null | undefined)[][] =>
  projects.map((p) => [
    p.name,
    typeof p.investment === 'object' ? p.investment?.text : p.investment,
    p.owner,
    p.place,
  ]);

void test('a follow-up sentence gives the project its owner and amount', () => {
  const { projects } = read([
    '日前，某湖西岸生态缓冲带修复工程通过竣工验收。',
    '该工程位于嘉泽镇境内，由常州某某城建发展有限公司（以下简称“某某城建”）负责实施，总投资约2.3亿元。',
  ]);
  assert.deepEqual(
    projects.map((p) => [
      p.name,
      p.owner,
      typeof p.investment === 'object' ? p.investment?.text : p.investment,
    ]),
    [['某湖西岸生态缓冲带修复工程', '常州某某城建发展有限公司', '约2.3亿元']],
  );
});

void test('each project of a list takes the amount and agent of its own clause', () => {
  const { projects } = read([
    '云岚湾房车营地项目由江苏某岸房车营地管理有限公司投资建设，总投资1.2亿元；城西村山野民宿集群项目计划投资6000万元，由城西村与社会资本合作。',
  ]);
  assert.deepEqual(
    projects.map((p) => [
      p.name,
      p.owner,
      typeof p.investment === 'object' ? p.investment?.text : p.investment,
    ]),
    [
      ['云岚湾房车营地项目', '江苏某岸房车营地管理有限公司', '1.2亿元'],
      ['城西村山野民宿集群项目', null, '6000万元'],
    ],
  );
});

void test('a short name is an organization mention and hides the place inside it', () => {
  const { organizations, places } = read([
    '在前黄镇，江苏澄某生态农业发展有限公司（以下简称“澄某农业”）的温室里秧盘整齐。',
    '某武河综合整治工程由滨湖某建负责实施。澄某农业表示将扩大规模。',
  ]);
  assert.deepEqual(
    organizations.map((o) => [o.name, o.aliases]),
    [
      ['江苏澄某生态农业发展有限公司', ['澄某农业']],
      ['滨湖某建', []],
    ],
  );
  assert.deepEqual(
    places.map((p) => p.name),
    ['前黄镇'],
  );
});

void test('a company named in a title is still an organization of the article', () => {
  const text = '政协委员、常州某溪文旅发展有限公司总经理魏某等6位委员发言。';
  const titles = new SpanSet();
  titles.add(0, text.indexOf('魏某'));
  assert.deepEqual(
    read([text], [titles]).organizations.map((o) => o.name),
    ['常州某溪文旅发展有限公司'],
  );
});

void test('a short form declared for something other than an organization is no organization', () => {
  const { organizations } = read(['太湖湾科创带（以下简称“科创带”）建设提速，科创带集聚企业300家。']);
  assert.deepEqual(organizations, []);
});

void test('a company whose full name runs into its project owns it and stays a company', () => {
  const { projects, organizations } = read([
    '其中，总投资50亿元的常州某澄储能科技有限公司年产20GWh储能电池项目已进入设备安装阶段。',
    '江苏某瑞精密机械有限公司新能源汽车精密部件项目落户高新区。',
  ]);
  assert.deepEqual(
    projects.map((p) => [p.name, p.owner]),
    [
      ['年产20GWh储能电池项目', '常州某澄储能科技有限公司'],
      ['新能源汽车精密部件项目', '江苏某瑞精密机械有限公司'],
    ],
  );
  assert.deepEqual(
    organizations.map((o) => o.name),
    ['常州某澄储能科技有限公司', '江苏某瑞精密机械有限公司'],
  );
});

void test('a project is placed by its own clause, a sentence referring back, or the village that opens its name', () => {
  const { projects } = read([
    '其中，位于礼嘉镇的某驰新能源有限公司动力电池结构件项目总投资25亿元；位于洛阳镇的某拓精密机械有限公司高端数控机床项目总投资约8.5亿元。',
    '某湖西岸生态缓冲带修复工程通过验收。该工程位于嘉泽镇境内，总投资约2.3亿元。',
    '城西村山野民宿集群项目计划投资6000万元。',
  ]);
  assert.deepEqual(
    projects.map((p) => [p.name, p.place]),
    [
      ['动力电池结构件项目', '礼嘉镇'],
      ['高端数控机床项目', '洛阳镇'],
      ['某湖西岸生态缓冲带修复工程', '嘉泽镇'],
      ['城西村山野民宿集群项目', '城西村'],
    ],
  );
});

void test('a place inside an honour or a national academy is not a place of the article', () => {
  const { places, organizations } = read([
    '近日，某某农村商业银行股份有限公司获评“江苏省文明单位”，中国工程院院士方立成来到常州科教城。',
  ]);
  assert.deepEqual(
    places.map((p) => [p.name, p.kind]),
    [['常州科教城', 'area']],
  );
  assert.ok(organizations.some((o) => o.name === '中国工程院'));
});

void test('a project without a place of its own is where the visit went before it', () => {
  const { projects } = read([
    '在礼嘉镇，方立航走进某某新材料科技有限公司生产车间。上月，某某新材年产5万吨碳纤维项目一期建成投产。',
    '方立航一行来到湖塘镇、牛塘镇，察看河道。某某河综合整治工程由某某城建负责实施，总投资约3.2亿元。',
  ]);
  assert.deepEqual(
    projects.map((p) => [p.name, p.place]),
    [
      ['某某新材年产5万吨碳纤维项目', '礼嘉镇'],
      ['某某河综合整治工程', null],
    ],
  );
});

void test('the most specific place opening a project name is its place, and a town is no part of the name', () => {
  const { projects } = read(['近日，南夏墅街道大通社区邻里中心项目建成。']);
  assert.deepEqual(
    projects.map((p) => [p.name, p.place]),
    [['大通社区邻里中心项目', '大通社区']],
  );
  // The town opening a name is where the project is, not part of its name.
  assert.deepEqual(
    read(['4月21日，横山桥镇芙蓉湾田园综合体项目开工。']).projects.map((p) => [p.name, p.place]),
    [['芙蓉湾田园综合体项目', '横山桥镇']],
  );
});

void test('an amount before a name in a later sentence, and a place after a semicolon, go to that project', () => {
  const { projects } = read([
    '推介会上，现场签约项目12个，总投资86.5亿元。其中，某星动力科技有限公司投资15亿元的动力电池结构件项目落户武进国家高新区；某晟光电有限公司投资8亿元建设光伏逆变器生产基地，项目选址湟里镇。',
  ]);
  assert.deepEqual(details(projects), [
    ['动力电池结构件项目', '15亿元', '某星动力科技有限公司', '武进国家高新区'],
    ['光伏逆变器生产基地', '8亿元', '某晟光电有限公司', '湟里镇'],
  ]);
});

void test('an unquoted honour opening with its level is not an organization', () => {
  const { organizations } = read(['近日，常州市某某人民医院获批省级胸痛中心。']);
  assert.deepEqual(
    organizations.map((o) => o.name),
    ['常州市某某人民医院'],
  );
});

void test('family farms and cooperatives are bodies of their own kind, and the places in their names are part of them', () => {
  const { organizations, places } = read([
    '常州市武进区某某镇丰收家庭农场负责人胡某某说，今年种了300亩水稻。',
    '常州市武进区嘉某农机专业合作社联合社建起加工中心。省农业农村厅公布2024年省级示范家庭农场名单。',
  ]);
  assert.deepEqual(
    organizations.map((o) => [o.name, o.kind]),
    [
      ['常州市武进区嘉某农机专业合作社联合社', 'other'],
      ['常州市武进区某某镇丰收家庭农场', 'other'],
      ['省农业农村厅', 'government'],
    ],
  );
  assert.deepEqual(places, []);
});

void test('a water named as a village of the article is that village said short', () => {
  const { places } = read(['在礼嘉镇渔荡村，合作社注册的“渔荡香米”进入商超。']);
  assert.deepEqual(
    places.map((p) => p.name),
    ['礼嘉镇', '渔荡村'],
  );
});

void test('a national association named in a title is an organization of the article', () => {
  const { organizations } = read(
    ['副市长某某某，中国田径协会副主席王某等出席起跑仪式。'],
    [SpanSet.of([{ start: 7, end: 16 }])],
  );
  assert.deepEqual(
    organizations.map((o) => o.name),
    ['中国田径协会'],
  );
});

void test("a company's short name written on its own is its alias, and owns what it builds", () => {
  const { organizations, projects } = read([
    '昨天，常州市武进区人民政府与某润（集团）有限公司签署战略合作协议，某润集团副总经理、某润电力控股有限公司董事会主席李某某出席。',
    '某润电力计划在武进投资建设总投资20亿元、占地150亩的某润武进综合智慧能源项目，项目一期投资8亿元，选址南夏墅街道。',
  ]);
  assert.deepEqual(
    organizations.map((o) => [o.name, o.aliases]),
    [
      ['常州市武进区人民政府', []],
      ['某润（集团）有限公司', ['某润集团']],
      ['某润电力控股有限公司', ['某润电力']],
    ],
  );
  assert.deepEqual(details(projects), [
    ['某润武进综合智慧能源项目', '20亿元', '某润电力控股有限公司', '南夏墅街道'],
  ]);
});

void test('each item of a list separated by semicolons keeps its own owner, amount and place', () => {
  const { projects } = read([
    '其中，德国某朗医疗（中国）有限公司投资1.5亿欧元建设的高端输液器械生产项目，将在西太湖国际医疗产业园建设车间；由ABB（中国）有限公司投资的智能配电设备项目总投资2.3亿元；常州 SGS 检测技术服务有限公司计划投资6000万元，建设长三角检测认证中心。',
  ]);
  assert.deepEqual(details(projects), [
    ['高端输液器械生产项目', '1.5亿欧元', '德国某朗医疗（中国）有限公司', '西太湖国际医疗产业园'],
    ['智能配电设备项目', '2.3亿元', 'ABB（中国）有限公司', null],
    ['长三角检测认证中心', '6000万元', '常州 SGS 检测技术服务有限公司', null],
  ]);
});

void test('a quoted brand or slogan names no place', () => {
  const { places } = read(['近年来，西太湖科技产业园持续擦亮“智汇西太湖”品牌。']);
  assert.deepEqual(
    places.map((p) => p.name),
    ['西太湖科技产业园'],
  );
});

void test("a company's own project may be named by its kind; the zone a project is in beats its town", () => {
  const { projects } = read([
    '位于前黄镇工业集中区的常州市某宏铝业有限公司年产5万吨高性能铝合金型材项目，总投资3.2亿元；总投资1.8亿元的江苏某航汽车零部件有限公司智能化改造项目也已进入设备调试阶段。',
  ]);
  assert.deepEqual(
    projects.map((p) => [p.name, p.owner, p.place]),
    [
      ['年产5万吨高性能铝合金型材项目', '常州市某宏铝业有限公司', '前黄镇工业集中区'],
      ['智能化改造项目', '江苏某航汽车零部件有限公司', null],
    ],
  );
});

void test('a project goes to the place that owns it or hosts its groundbreaking, not to a signing venue', () => {
  const place = (paragraphs: string[]): (string | null)[][] =>
    read(paragraphs).projects.map((p) => [p.name, p.place]);
  assert.deepEqual(place(['嘉泽镇重点项目——禾丰智能农机装备产业化项目正加紧建设。']), [
    ['禾丰智能农机装备产业化项目', '嘉泽镇'],
  ]);
  assert.deepEqual(place(['森泰高端医用耗材产业化项目是牛塘镇今年招引的重大产业项目，总投资2.6亿元。']), [
    ['森泰高端医用耗材产业化项目', '牛塘镇'],
  ]);
  assert.deepEqual(place(['比如，湟里镇的丰禾食品供应链产业园项目从签约开始就有专员跟进。']), [
    ['丰禾食品供应链产业园项目', '湟里镇'],
  ]);
  assert.deepEqual(
    place([
      '6月18日，常州经开区举行重点项目集中开工活动。',
      '其中，常州新锐电子有限公司功率半导体模块项目总投资5亿元。',
    ]),
    [['功率半导体模块项目', '常州经开区']],
  );
  assert.deepEqual(
    place([
      '3月13日，全区重大产业项目集中签约仪式在武进国家高新区举行。',
      '其中，总投资12亿元的博恒精密传动部件项目由常州博恒传动有限公司投资建设。',
    ]),
    [['博恒精密传动部件项目', null]],
  );
});

void test('a project goes to the village written after its town, and a village name is no brand', () => {
  const { projects } = read([
    '9月4日上午，常州某穗农业科技有限公司（以下简称“某穗农业”）智慧稻米产业园项目在洛阳镇岑村开工。',
  ]);
  assert.deepEqual(details(projects), [
    ['某穗农业智慧稻米产业园项目', undefined, '常州某穗农业科技有限公司', '岑村'],
  ]);
  const village = read([
    '坂上村党委书记介绍，村里与常州市武进区坂上葡萄专业合作社合作开发采摘线路。',
    '坂上村特色田园乡村建设项目总投资约3600万元，由常州某某乡村振兴发展有限公司负责建设。',
  ]);
  assert.deepEqual(details(village.projects), [
    ['坂上村特色田园乡村建设项目', '约3600万元', '常州某某乡村振兴发展有限公司', '坂上村'],
  ]);
});

void test('an amount before 在某地建设, a firm described after 由, and a body opening the name', () => {
  const { projects } = read([
    '该公司计划投资3000万欧元，在园区建设芬克医用高分子材料项目。',
    '武进国家高新区重点外资项目——施泰纳新能源汽车精密部件项目正在吊装。该项目由中德合资企业施泰纳（常州）汽车部件有限公司投资建设，总投资约4.2亿元。',
    '督查组来到区中医医院新院区建设项目现场。',
  ]);
  assert.deepEqual(details(projects), [
    ['芬克医用高分子材料项目', '3000万欧元', null, null],
    ['施泰纳新能源汽车精密部件项目', '约4.2亿元', '施泰纳（常州）汽车部件有限公司', '武进国家高新区'],
    ['区中医医院新院区建设项目', undefined, null, null],
  ]);
});

void test('a company written in full at the head of a project name stays a company and owns it', () => {
  const { organizations, projects } = read([
    '日前，日本某和精机株式会社在武进投资设立的某和精机（常州）有限公司增资扩产项目正式签约，新增投资3000万美元。',
  ]);
  assert.ok(organizations.some((o) => o.name === '某和精机（常州）有限公司'));
  assert.deepEqual(details(projects), [
    ['某和精机（常州）有限公司增资扩产项目', '3000万美元', '某和精机（常州）有限公司', '武进'],
  ]);
});

void test('a project named in full comes back under the end of its name, with its owner and amount', () => {
  const { organizations, projects } = read([
    '台资企业某骏精密电子增资扩产项目签约',
    '某骏精密电子（常州）有限公司由台湾某骏科技集团投资设立。此次签约的增资扩产项目由该公司投资建设，总投资6800万美元。',
    '苏州大学某某光电技术研究院产业化基地项目开工。此次开工的产业化基地项目由常州某湖科创发展有限公司投资建设，计划投资5.2亿元。',
  ]);
  assert.ok(!organizations.some((o) => o.name === '该公司'));
  assert.deepEqual(
    details(projects).map(([name, amount, owner]) => [name, amount, owner]),
    [
      ['某骏精密电子增资扩产项目', '6800万美元', '某骏精密电子（常州）有限公司'],
      ['苏州大学某某光电技术研究院产业化基地项目', '5.2亿元', '常州某湖科创发展有限公司'],
    ],
  );
});

void test('a village written alone lies in the town named before it; a natural village in its village', () => {
  const { places } = read([
    '在湟里镇，他察看了西墅村段河道整治情况。',
    '随后来到嘉泽镇，走进成章村。演练模拟成章村下塘头自然村群众转移。',
    '翠园社区居民参加活动。',
  ]);
  assert.deepEqual(
    places.map((p) => [p.name, p.partOf]),
    [
      ['湟里镇', null],
      ['西墅村', '湟里镇'],
      ['嘉泽镇', null],
      ['成章村', '嘉泽镇'],
      ['下塘头自然村', '成章村'],
      ['翠园社区', '嘉泽镇'],
    ],
  );
});

void test('a village the article names elsewhere opens a project name the segmenter cannot split', () => {
  const { projects } = read([
    '旅游节在西崦村开幕。',
    '开幕式上，西崦村民宿集群二期项目签约，计划投资4500万元。',
  ]);
  assert.deepEqual(details(projects), [['西崦村民宿集群二期项目', '4500万元', null, '西崦村']]);
});

void test('a project goes to where its building or its owner stands, to a local area opening it, or to its opening', () => {
  const place = (paragraphs: string[]): (string | null)[][] =>
    read(paragraphs).projects.map((p) => [p.name, p.place]);
  assert.deepEqual(
    place([
      '昨天，某湖文化陈列馆对外开放。某湖文化陈列馆坐落于嘉泽镇西滆村，紧邻某湖。',
      '某湖文化陈列馆建设工程总投资1.6亿元，由常州某某文旅投资集团有限公司负责建设。',
    ]),
    [['某湖文化陈列馆建设工程', '西滆村']],
  );
  assert.deepEqual(
    place([
      '随后，与会人员来到位于横林镇新塘村的江苏某域家居科技有限公司（以下简称“某域家居”）。',
      '某域家居年产300万平方米智能地板项目总投资3.2亿元，主体厂房已建成。',
    ]),
    [['某域家居年产300万平方米智能地板项目', '新塘村']],
  );
  assert.deepEqual(
    place([
      '西湖街道延政西路片区是老城区。',
      '延政西路片区城市更新项目总投资18亿元，分三期实施。太湖湾房车营地项目总投资1.2亿元。',
    ]),
    [
      ['延政西路片区城市更新项目', '延政西路片区'],
      ['太湖湾房车营地项目', null],
    ],
  );
  assert.deepEqual(
    place(['8月28日，某某实验学校建成启用仪式在嘉泽镇举行。', '某某实验学校新建工程总投资3.6亿元。']),
    [['某某实验学校新建工程', '嘉泽镇']],
  );
});

void test('a project referred back to in a clause or by its kind of work, and a shorter name of the same project', () => {
  const details3 = (paragraphs: string[]) =>
    read(paragraphs).projects.map((p) => [
      p.name,
      typeof p.investment === 'object' ? p.investment?.text : p.investment,
      p.owner,
    ]);
  assert.deepEqual(
    details3([
      '察看常宜高速前黄互通改扩建工程施工现场。该互通是重要节点，该工程由常州武进某达交通建设发展有限公司投资建设，总投资约9.6亿元。',
      '牛塘大桥改建工程主桥顺利合龙。',
      '牛塘大桥是重要通道。改建工程由常州牛塘某某建设发展有限公司投资建设，总投资约3.1亿元。',
      '轨道交通6号线武进延伸段工程正在掘进。6号线武进延伸段工程全长9.8公里，总投资58.4亿元。',
    ]),
    [
      ['常宜高速前黄互通改扩建工程', '约9.6亿元', '常州武进某达交通建设发展有限公司'],
      ['牛塘大桥改建工程', '约3.1亿元', '常州牛塘某某建设发展有限公司'],
      ['轨道交通6号线武进延伸段工程', '58.4亿元', null],
    ],
  );
});

void test('a town stays in the name of a project whose rest names nothing by itself', () => {
  const place = (paragraphs: string[]): (string | null)[][] =>
    read(paragraphs).projects.map((p) => [p.name, p.place]);
  assert.deepEqual(
    place([
      '湟里镇医养融合服务中心项目位于湟里镇村前村，总投资约7600万元。嘉泽镇农村公路提档升级工程全面完工，总投资约6800万元。横山桥镇芙蓉湾田园综合体项目开工。',
    ]),
    [
      ['湟里镇医养融合服务中心项目', '村前村'],
      ['嘉泽镇农村公路提档升级工程', '嘉泽镇'],
      ['芙蓉湾田园综合体项目', '横山桥镇'],
    ],
  );
});

void test('a group’s or firm’s project named after a dash belongs to the group the story names', () => {
  assert.deepEqual(
    details(
      read([
        '常州某湾文化旅游集团有限公司（以下简称“某湾文旅集团”）揭牌成立。某湾文旅集团由区国资办出资组建。',
        '目前，集团首个新建项目——湖滨星空露营公园项目已开工，计划投资8000万元。',
      ]).projects,
    ),
    [['湖滨星空露营公园项目', '8000万元', '常州某湾文化旅游集团有限公司', null]],
  );
});

void test('a firm under a parent group (旗下的) that builds the project owns it; a dotted name is one project', () => {
  assert.deepEqual(
    details(
      read([
        '华澄·云栖湾项目由江苏某澄房地产开发集团有限公司（以下简称“某澄集团”）旗下的常州某澄置业有限公司开发建设，总投资约18亿元。',
      ]).projects,
    ),
    [['华澄·云栖湾项目', '约18亿元', '常州某澄置业有限公司', null]],
  );
});
