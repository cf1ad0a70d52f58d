import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitArticles } from './split-articles.ts';

const PAGE = [
  '某某镇召开村级换届工作会议',
  '',
  '扎实推进基层治理现代化',
  '',
  '本报讯（记者 王小明）昨天，某某镇召开村级换届工作会议。区领导张伟参加会议。',
  '',
  '会议要求，各村要严格程序，确保换届工作平稳有序推',
  '',
  '进。',
  '',
  '市民在新建成的滨河公园内散步健身，公园占地约120亩。 李四 王五 摄',
  '',
  '重点项目',
  '',
  '通告',
  '',
  '3月10日起，某某路段封闭施工，请绕行。',
  '',
  '某某区交通运输局',
  '2021年3月8日',
  '',
].join('\n');

void test('splits headline blocks, photo captions and notices into articles', () => {
  const articles = splitArticles(PAGE);
  assert.deepEqual(
    articles.map((a) => [a.kind, a.headline]),
    [
      ['news', '某某镇召开村级换届工作会议'],
      ['photo', '市民在新建成的滨河公园内散步健身'],
      ['notice', '通告'],
    ],
  );
  assert.equal(articles[0]?.subtitle, '扎实推进基层治理现代化');
  assert.equal(articles[0]?.paragraphs[1], '会议要求，各村要严格程序，确保换届工作平稳有序推进。');
  assert.deepEqual(articles[2]?.paragraphs.slice(1), ['某某区交通运输局', '2021年3月8日']);
});

void test('## headlines and a caption followed by its credit line', () => {
  const page =
    '## 全区植树活动举行\n\n本报讯（记者 王小明）昨天，全区植树活动举行。\n\n志愿者在河堤旁种下树苗。\n\n李四 摄\n';
  const articles = splitArticles(page);
  assert.deepEqual(
    articles.map((a) => [a.kind, a.headline, a.paragraphs.length]),
    [
      ['news', '全区植树活动举行', 1],
      ['photo', '志愿者在河堤旁种下树苗', 2],
    ],
  );
});

void test('a credit line goes with the next story, a jump line is dropped, a title before a dated caption stands', () => {
  const articles = splitArticles(
    [
      '■ 文/陈立敏 图/赵立华',
      '',
      '冬日暖阳下的古城',
      '',
      '12月6日，市民在公园游览，游人如织。',
      '',
      '赵立华 摄',
      '',
      '（上接第1版）',
      '',
      '某某会议举行',
      '',
      '本报记者 沈立丽',
      '',
      '本报讯 昨天，某某会议举行。',
    ].join('\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kicker, a.kind, a.credit ?? null]),
    [
      ['冬日暖阳下的古城', null, 'photo', '■ 文/陈立敏 图/赵立华'],
      ['某某会议举行', null, 'news', '本报记者 沈立丽'],
    ],
  );
});

void test('a caption set as a heading, then a credit, is a photo story of its own', () => {
  const articles = splitArticles(
    [
      '## 某某会议召开',
      '',
      '本报讯 昨天，某某会议召开。',
      '',
      '## 图为区领导在某某公司调研。',
      '',
      '记者 钱立军 摄',
    ].join('\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kind, a.paragraphs.length]),
    [
      ['某某会议召开', 'news', 1],
      ['图为区领导在某某公司调研', 'photo', 2],
    ],
  );
});

void test('a column label marked as a heading is dropped, and a caption is titled past its date', () => {
  const articles = splitArticles(
    ['## 图片新闻', '', '12月6日，志愿者在某某社区为居民义务理发。', '', '记者 钱立军 摄'].join('\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kind]),
    [['志愿者在某某社区为居民义务理发', 'photo']],
  );
});

void test('a credit needs a space after its role unless a bullet opens the line', () => {
  const articles = splitArticles(['记者走基层', '', '本报讯 昨天，记者来到某某村。'].join('\n'));
  assert.deepEqual(
    articles.map((a) => [a.headline, a.credit ?? null]),
    [['记者走基层', null]],
  );
});

void test('each item under a label of briefs is a story of its own', () => {
  const page = [
    '## 简讯',
    '',
    '■ 近日，某某人民医院获批省级胸痛中心。（记者 冯某）',
    '■ 11月21日，区总工会在某某镇举办职工技能大赛，来自全区46家企业的320名职工参赛。（通讯员 高某）',
    '■ 日前，某某储能有限公司入选国家级专精特新“小巨人”企业名单。（记者 石某）',
    '',
    '## 某某镇召开防汛工作会议',
    '',
    '本报讯（记者 王小明）昨天，某某镇召开防汛工作会议。',
  ].join('\n');
  const articles = splitArticles(page);
  assert.deepEqual(
    articles.map((a) => [a.headline, a.paragraphs.length]),
    [
      ['某某人民医院获批省级胸痛中心', 1],
      ['区总工会在某某镇举办职工技能大赛', 1],
      ['某某储能有限公司入选国家级专精特新“小巨人”企业名单', 1],
      ['某某镇召开防汛工作会议', 1],
    ],
  );
});

void test('the masthead and page furniture are not a kicker', () => {
  const page = [
    '武进日报 2025年11月24日 星期一 第2版  责任编辑：王某 版面设计：李某',
    '',
    '## 某某镇召开防汛工作会议',
    '',
    '本报讯（记者 王小明）昨天，某某镇召开防汛工作会议。',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => [a.headline, a.kicker]),
    [['某某镇召开防汛工作会议', null]],
  );
});

void test('under a label of briefs, a paragraph that opens no item goes on the one before', () => {
  const page = [
    '基层动态',
    '',
    '11月21日，某某镇举办职工技能大赛。',
    '',
    '比赛设焊工、电工两个项目，共有80人参赛。',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => [a.headline, a.paragraphs.length]),
    [['某某镇举办职工技能大赛', 2]],
  );
});

void test('a brief opened by the paper dateline takes its title after the dateline and the date', () => {
  const page = [
    '## 简讯',
    '',
    '本报讯 3月15日，副区长某某带队检查节前安全生产工作，详细了解危化品管理情况。（记者 沈某）',
    '',
    '本报讯（记者 沈某）近日，某某街道举办消防演练。',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => a.headline),
    ['副区长某某带队检查节前安全生产工作', '某某街道举办消防演练'],
  );
});

void test('an interview question in half-width punctuation is a paragraph, not a headline', () => {
  const page = [
    '## 聚焦“两业融合” 激活发展动能',
    '',
    '——访某某局局长杨某',
    '',
    '本报记者 顾某某',
    '',
    '记者:今年以来有哪些举措?',
    '',
    '杨某:我们主要做了三方面工作。',
    '',
    '记者:下一步有什么打算?',
    '',
    '杨某:我们将继续推进。',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => [a.headline, a.paragraphs.length]),
    [['聚焦“两业融合” 激活发展动能', 4]],
  );
});

void test('a caption marked as a heading, its credit on the same line, is a photo story', () => {
  const page = [
    '## 某某镇召开防汛工作会议',
    '',
    '本报讯(记者 王小明)昨天,某某镇召开防汛工作会议。',
    '',
    '## 4月8日,区长某某在某某镇调研城市更新工作。 记者 陈某 摄',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => [a.headline, a.kind]),
    [
      ['某某镇召开防汛工作会议', 'news'],
      ['区长某某在某某镇调研城市更新工作', 'photo'],
    ],
  );
});

void test('a column of briefs named by its beat splits into its items', () => {
  const page = [
    '## 政法简讯',
    '',
    '■ 4月8日，区司法局在牛塘镇开展集中培训。（通讯员 武司宣）',
    '',
    '本报讯 4月9日，区领导某某带队检查寄递物流网点。（记者 王小明）',
  ].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => a.headline),
    ['区司法局在牛塘镇开展集中培训', '区领导某某带队检查寄递物流网点'],
  );
});

void test('a dashed subtitle with a comma belongs to the headline block, and a kicker above stays a kicker', () => {
  const page = [
    '重点水利工程',
    '',
    '## 永安河枢纽泵闸工程通过通水验收',
    '',
    '——设计排涝流量每秒60立方米，惠及沿线3个镇',
    '',
    '本报讯（记者 王小明）6月14日，永安河枢纽泵闸工程通过通水阶段验收。',
  ].join('\n');
  const [a] = splitArticles(page);
  assert.equal(a?.headline, '永安河枢纽泵闸工程通过通水验收');
  assert.equal(a?.kicker, '重点水利工程');
  assert.equal(a?.subtitle, '——设计排涝流量每秒60立方米，惠及沿线3个镇');
  assert.equal(a?.paragraphs.length, 1);
});

void test('a headline of the form 关于…的公告 is a notice', () => {
  const page = ['关于延政西路片区房屋征收补偿方案征求意见的公告', '', '现将有关事项公告如下。'].join('\n');
  assert.deepEqual(
    splitArticles(page).map((a) => [a.headline, a.kind]),
    [['关于延政西路片区房屋征收补偿方案征求意见的公告', 'notice']],
  );
});

void test('a list under a line ending in a colon, and a list of honours, stay in the story', () => {
  const articles = splitArticles(
    [
      '## 区委表彰一批优秀共产党员',
      '本报讯（记者 某某）为庆祝建党102周年，区委决定表彰一批优秀共产党员和先进基层党组织。',
      '部分受表彰优秀共产党员名单：',
      '湖塘镇长虹社区党委书记\u3000万丽君',
      '区人民医院呼吸与危重症医学科护士长\u3000贝晓雯',
      '部分受表彰先进基层党组织名单：',
      '区人民医院党委',
      '《决定》号召，全区广大党员要以受表彰的先进为榜样，在新征程上建功立业。',
      '## 简讯',
    ].join('\n\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.paragraphs.length]),
    [['区委表彰一批优秀共产党员', 7]],
  );
});

void test('a credit in brackets on a line of its own signs the story above it', () => {
  const articles = splitArticles(
    [
      '湖塘镇外贸企业赶订单',
      '近日，在湖塘镇的某某纺织品进出口有限公司生产车间，工人们正忙着赶制订单。',
      '下一步，区商务局将帮助企业稳订单、拓市场。',
      '（记者 庞书瑶 通讯员 钟芮）',
      '4月15日，常州某某园林工具有限公司在展会上展示新款工具。 通讯员 邰明远 摄',
    ].join('\n\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kind, a.paragraphs.at(-1)?.endsWith('（记者 庞书瑶 通讯员 钟芮）')]),
    [
      ['湖塘镇外贸企业赶订单', 'news', true],
      ['常州某某园林工具有限公司在展会上展示新款工具', 'photo', false],
    ],
  );
});

void test('a paragraph closing on 如下： keeps the section heads and items of its list', () => {
  const articles = splitArticles(
    [
      '武进日报 2024年6月14日 星期五 第3版 责任编辑：某某',
      '区工信局 区科技局联合发布',
      '2024年度区级企业名单出炉',
      '本报讯（记者 蓝某）近日，区工业和信息化局公布名单，共有46家企业入选。现按所在镇公布如下：',
      '区级“专精特新”中小企业（部分）',
      '湖塘镇：常州某某纺织机械有限公司、江苏某某智控科技有限公司',
      '高新技术企业（部分）',
      '洛阳镇：常州某某精工机械有限公司',
      '据了解，我区累计培育省级专精特新中小企业312家。',
      '2023年度优秀企业家表彰大会召开',
      '弘扬企业家精神',
      '本报讯（记者 蓝某）6月13日上午，表彰大会召开。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kicker, a.paragraphs.some((p) => p.includes('高新技术企业（部分）'))]),
    [
      ['2024年度区级企业名单出炉', '区工信局 区科技局联合发布', true],
      ['2023年度优秀企业家表彰大会召开', null, false],
    ],
  );
});

void test('a notice titled in a few words stands apart from the caption in brackets above it', () => {
  const articles = splitArticles(
    [
      '10月14日，医护人员走进牛塘镇某某村开展义诊。（许某 摄）',
      '10月12日，雪堰镇某某桥完成危桥改造并恢复通行。',
      '通讯员 储某 摄',
      '交通管制通告',
      '为保障自行车邀请赛顺利举行，决定于10月26日对滆湖西路实行临时交通管制。',
      '特此通告。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kind]),
    [
      ['医护人员走进牛塘镇某某村开展义诊', 'photo'],
      ['雪堰镇某某桥完成危桥改造并恢复通行', 'photo'],
      ['交通管制通告', 'notice'],
    ],
  );
});

void test('a notice signed by two bodies keeps both signature lines and the story after it', () => {
  const articles = splitArticles(
    [
      '通告',
      '为保障开学期间学生上下学交通安全，自9月2日起，某某路实行临时交通管制。',
      '特此通告。',
      '某某市公安局某某分局',
      '某某区教育局',
      '2024年8月28日',
      '## 某某镇举办农民丰收节',
      '本报讯 昨天，某某镇举办农民丰收节。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    articles.map((a) => [a.headline, a.kind, a.paragraphs.length]),
    [
      ['通告', 'notice', 5],
      ['某某镇举办农民丰收节', 'news', 1],
    ],
  );
});

void test('a plain line above a marked title is its kicker; a series name above a feature title too', () => {
  const [tax] = splitArticles(
    '便民办税春风行动\n\n## 区税务局“税惠直达”助企轻装快跑\n\n本报讯（记者 戚梦溪）近日，区税务局走访辖区重点企业，宣讲税费优惠政策。\n',
  );
  assert.equal(tax?.headline, '区税务局“税惠直达”助企轻装快跑');
  assert.equal(tax?.kicker, '便民办税春风行动');
  // A slogan marked under a plain title is still its subtitle.
  const [patrol] = splitArticles(
    '某某巡查嘉浦港\n\n## 全力打造高质量发展新标杆\n\n本报讯（记者 夏馨蕾）1月2日，副区长某某巡查嘉浦港，检查河长制落实情况。\n',
  );
  assert.equal(patrol?.headline, '某某巡查嘉浦港');
  const [feature] = splitArticles(
    '乡村振兴新观察\n\n“民宿+”激活乡村美丽经济\n\n推开木门，白墙黛瓦的院落里，茶席已经摆好；窗外，竹林掩映，山风送来阵阵花香。\n',
  );
  assert.equal(feature?.headline, '“民宿+”激活乡村美丽经济');
  assert.equal(feature?.kicker, '乡村振兴新观察');
  assert.equal(feature?.paragraphs[0]?.slice(0, 4), '推开木门');
});
