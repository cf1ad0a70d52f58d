import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageExtractionSchema } from '../../model/extraction.ts';
import { extractPage } from './extract-page.ts';

const PAGE = [
  '方立新调研城市更新工作',
  '',
  '本报讯（记者 钱梦洁）昨天下午，市委常委、区委书记方立新带队调研城市更新工作。区领导韩冬、沈一鸣参加活动。',
  '',
  '方立新一行来到湖塘镇，详细了解华锐新能源电池模组项目进展。该项目由常州华锐新能源科技有限公司投资建设，总投资6亿元。',
  '',
  '某某科技园区扩建完成',
  '',
  '本报讯（记者 周文）近日，某某园区完成扩建。“订单增长很快。”常州恒通机械有限公司总经理严晓峰介绍。',
  '',
].join('\n');

void test('a page becomes schema-valid articles with attendees, mentions and projects', () => {
  const page = PageExtractionSchema.parse(extractPage(PAGE, { file: 'p.txt', published: '2022-10-11' }));
  const [first, second] = page.articles;
  assert.equal(first?.headline, '方立新调研城市更新工作');
  assert.deepEqual(first?.event, { type: 'research', dateText: '昨天下午', date: '2022-10-10' });
  assert.deepEqual(
    first?.attendees.map((a) => [a.name, a.role, a.order]),
    [
      ['方立新', 'lead', 0],
      ['韩冬', 'participant', 1],
      ['沈一鸣', 'participant', 2],
    ],
  );
  assert.ok(first?.attendees.every((a) => a.evidence && a.evidence.includes(a.name)));
  assert.deepEqual(first?.byline.reporters, ['钱梦洁']);
  const project = first?.projects[0];
  assert.equal(project?.name, '华锐新能源电池模组项目');
  assert.equal(second?.attendees.length, 0);
  assert.deepEqual(
    second?.personsMentioned.map((p) => p.name),
    ['严晓峰'],
  );
});

void test('an amount written right before a project name is its total, not a later phase', () => {
  const page = extractPage(
    [
      '## 某某产业园落户某林镇',
      '',
      '本报讯（记者 丁立）近日，总投资超百亿元的某某新能源汽车零部件产业园项目签约落户某林镇。项目分三期实施，其中一期投资约32亿元。',
    ].join('\n'),
    { file: 'p.txt', published: '2024-11-20' },
  );
  const project = page.articles[0]?.projects[0];
  assert.equal(project?.name, '某某新能源汽车零部件产业园项目');
  assert.deepEqual(project?.investment, { text: '超百亿元', amount: 1e10, currency: 'CNY' });
});

void test("an interview's subtitle gives its subject's title and body; amounts 分别 go to the projects in order", () => {
  const page = [
    '## 以“绣花功夫”推进城市更新',
    '',
    '——访区住房和城乡建设局局长陈立群',
    '',
    '本报记者 孙某',
    '',
    '记者：下一步有什么打算？',
    '陈立群：我们将加快推进延政路快速化改造工程和长沟河片区综合整治工程，预计总投资分别为18亿元和9.5亿元。',
  ].join('\n');
  const [article] = extractPage(page, { file: 'x.txt', published: '2025-11-24' }).articles;
  assert.equal(article?.event?.type, 'interview');
  assert.deepEqual(
    article?.personsMentioned.map((p) => [p.name, p.titles]),
    [['陈立群', ['区住房和城乡建设局局长']]],
  );
  assert.deepEqual(
    article?.organizations.map((o) => o.name),
    ['区住房和城乡建设局'],
  );
  assert.deepEqual(
    article?.projects.map((p) => [
      p.name,
      typeof p.investment === 'object' ? p.investment?.text : p.investment,
    ]),
    [
      ['延政路快速化改造工程', '18亿元'],
      ['长沟河片区综合整治工程', '9.5亿元'],
    ],
  );
});

void test('officials attending an event of no listed type are its attendees', () => {
  const page = extractPage(
    '## 2024武进西太湖半程马拉松比赛举行\n\n本报讯（记者 钟雨萱）昨天上午，2024武进西太湖半程马拉松鸣枪开跑。市委常委、区委书记郁长青鸣枪发令。区委副书记、区长符明远，区领导管晓雯出席活动。\n\n## 我区农产品电商销售额稳步增长\n\n本报讯（记者 钟雨萱）日前，记者从区商务局获悉，今年前三季度全区农产品电商销售额同比增长18%。区商务局局长周立新介绍，电商直播带动了农户增收。\n',
    { file: 'p.txt', published: '2024-10-21' },
  );
  const [race, report] = page.articles;
  assert.equal(race?.event?.type, 'other');
  assert.deepEqual(
    race?.attendees.map((a) => a.name),
    ['郁长青', '符明远', '管晓雯'],
  );
  // A report with nobody attending anything keeps its officials as mentions.
  assert.equal(report?.event?.type, 'other');
  assert.deepEqual(report?.attendees, []);
  assert.deepEqual(
    report?.personsMentioned.map((p) => p.name),
    ['周立新'],
  );
});

void test('a foreigner receiving or joining the district on a visit is its guest, and one leading it stays lead', () => {
  const roles = (text: string) =>
    extractPage(text, { file: 'p.txt', published: null }).articles[0]?.attendees.map((a) => [
      a.name,
      a.titles,
      a.role,
    ]);
  assert.deepEqual(
    roles(
      [
        '我区经贸代表团访问德国',
        '',
        '本报讯（记者 王明）11月3日，区长周建国率经贸代表团赴德国开展招商活动。集团首席执行官马库斯·莱默接待了代表团一行。斯图加特市副市长托马斯·施密特会见了代表团。',
      ].join('\n'),
    ),
    [
      ['周建国', ['区长'], 'lead'],
      ['马库斯·莱默', ['集团首席执行官'], 'guest'],
      ['托马斯·施密特', ['斯图加特市副市长'], 'guest'],
    ],
  );
  const here = roles(
    [
      '德国友好城市代表团来访',
      '',
      '本报讯（记者 王明）11月5日，德国某某市市长克劳斯·迈尔率代表团来武进访问。区长周建国会见了代表团一行。',
    ].join('\n'),
  );
  assert.equal(here?.find(([n]) => n === '克劳斯·迈尔')?.[2], 'lead');
});

void test('members of the public quoted in a report and people described with 是 do not attend', () => {
  const page = extractPage(
    [
      '区领导走访企业',
      '',
      '本报讯（记者 王明）11月3日，区政协主席顾承德走访政协委员企业。',
      '',
      '顾承德来到常州某康生物科技有限公司。该公司是政协委员冷思远回乡创办的企业。“服务很贴心。”社区居民伏丽娟说。',
    ].join('\n'),
    { file: 'p.txt', published: null },
  );
  const [article] = page.articles;
  assert.deepEqual(
    article?.attendees.map((a) => a.name),
    ['顾承德'],
  );
  assert.deepEqual(
    article?.personsMentioned.map((p) => [p.name, p.titles]),
    [
      ['冷思远', ['政协委员']],
      ['伏丽娟', ['社区居民']],
    ],
  );
});

void test("no place is read inside a person's name", () => {
  const text = [
    '聂予宁开展巡河工作',
    '',
    '本报讯（记者 房晓晨）昨天上午，区长聂予宁开展巡河工作。在牛塘镇，牛塘镇镇长郑丹阳汇报了截污纳管情况。',
  ].join('\n');
  const [article] = extractPage(text, { file: 'p.txt', published: null }).articles;
  assert.deepEqual(
    article?.places.map((p) => p.name),
    ['牛塘镇'],
  );
});

void test('a drill is an event of no listed type that officials still take part in', () => {
  const page = extractPage(
    [
      '## 全区防汛抢险综合应急演练举行',
      '',
      '本报讯（记者 某某）昨天，全区防汛抢险综合应急演练在湖塘镇举行。副区长韩冬现场指挥。',
      '',
    ].join('\n'),
    { file: 'd.txt', published: '2024-06-14' },
  );
  const [drill] = page.articles;
  assert.equal(drill?.event?.type, 'other');
  assert.deepEqual(
    drill?.attendees.map((a) => [a.name, a.role]),
    [['韩冬', 'lead']],
  );
});

void test('a short form declared in one story of the page is a body of the other stories that use it', () => {
  const page = [
    '## 我区医共体建设启动',
    '',
    '本报讯 昨天，由常州市武进区某城人民医院（以下简称“某城医院”）牵头组建的医共体揭牌。',
    '',
    '## 医院志愿者走进雪堰镇开展义诊',
    '',
    '本报讯 昨天，某城医院志愿者走进雪堰镇开展义诊。',
  ].join('\n');
  const articles = extractPage(page, { file: 'p.txt', published: null }).articles;
  assert.deepEqual(
    articles.map((a) => a.organizations.map((o) => [o.name, o.kind, o.aliases])),
    [[['常州市武进区某城人民医院', 'other', ['某城医院']]], [['某城医院', 'other', []]]],
  );
});

void test('whoever opens a ceremony only attended leads it; beside a scholar made guest, the official does', () => {
  const roles = (text: string) =>
    extractPage(text, { file: 'p.txt', published: null }).articles[0]?.attendees.map((a) => [a.name, a.role]);
  assert.deepEqual(
    roles(
      '## 某某储能项目开工\n\n本报讯（记者 裴思远）6月24日，某某储能项目开工仪式在遥观镇举行。市、区领导阎书韬、柯明哲出席开工仪式。副市长阎书韬宣布项目开工。\n',
    ),
    [
      ['阎书韬', 'lead'],
      ['柯明哲', 'participant'],
    ],
  );
  assert.deepEqual(
    roles(
      '## 某某实验室揭牌\n\n本报讯（记者 章雨桐）9月11日，某某研究院实验室揭牌投用。中国工程院院士、浙江大学教授岑立衡，副区长褚雅琴共同为实验室揭牌。仪式由研究院院长温景行主持。\n',
    ),
    [
      ['岑立衡', 'guest'],
      ['褚雅琴', 'lead'],
      ['温景行', 'host'],
    ],
  );
});

void test('a school or hospital named in a title is an organization of the article', () => {
  const page = extractPage(
    '## 全区青少年科技创新大赛举行颁奖仪式\n\n本报讯（记者 甘雨）昨天，全区青少年科技创新大赛颁奖仪式举行。副区长符雅婷出席。武进区某某中心小学六年级学生裴子航的作品获一等奖。\n',
    { file: 'p.txt', published: null },
  );
  assert.ok(page.articles[0]?.organizations.some((o) => o.name === '武进区某某中心小学'));
});

void test("a town's or village's party committee in a title still names the place", () => {
  const page = extractPage(
    '## 我区表彰一批优秀共产党员\n\n本报讯 近日，区委表彰一批优秀共产党员。受表彰优秀共产党员名单：雪堰镇某桥村党总支书记　邬振华\n',
    {
      file: 'p.txt',
      published: null,
    },
  );
  assert.deepEqual(
    page.articles[0]?.places.map((p) => [p.name, p.partOf]),
    [
      ['雪堰镇', null],
      ['某桥村', '雪堰镇'],
    ],
  );
});
