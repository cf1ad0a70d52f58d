import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPersons, readName } from './persons.ts';

const names = (s: string): string[] => findPersons(s).map((h) => h.name);

void test('a title chain split on 、 precedes the name', () => {
  const [hit] = findPersons('昨天，市委常委、区委书记方立新带队调研老旧小区改造工作。');
  assert.equal(hit?.name, '方立新');
  assert.deepEqual(hit?.titles, ['市委常委', '区委书记']);
});

void test('a leader list after 区领导 gives each name that title', () => {
  const hits = findPersons('区领导韩冬、沈一鸣参加活动。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [
      ['韩冬', ['区领导']],
      ['沈一鸣', ['区领导']],
    ],
  );
  assert.match(hits[0]?.after ?? '', /^参加/);
});

void test('市、区领导 lists keep the group title whole', () => {
  assert.deepEqual(findPersons('市、区领导葛文、殷志强参加签约仪式。')[0]?.titles, ['市、区领导']);
});

void test('a name glued to the next word is cut right', () => {
  assert.equal(readName('顾明远一行来到某某村', 0), '顾明远');
  assert.equal(readName('蒋涛表示，要加快进度', 0), '蒋涛');
  assert.equal(names('副区长蒋涛参加会议。')[0], '蒋涛');
});

void test('people quoted without a title are found', () => {
  assert.deepEqual(names('“今年订单明显增多。”负责人介绍，企业正在扩产。严晓峰表示，将继续投入研发。'), [
    '严晓峰',
  ]);
});

void test('set phrases and ordinary words are not names', () => {
  assert.deepEqual(names('会议强调，要深入学习贯彻习近平新时代中国特色社会主义思想。'), []);
  assert.deepEqual(names('发布了九大书记项目，各部门负责人作表态发言。'), []);
});

void test('a name may use a rare Extension A character', () => {
  assert.deepEqual(names('区市场监管局副局长陈䶮带队检查。'), ['陈䶮']);
});

void test('a year right after a name ends it', () => {
  assert.deepEqual(names('公司董事长周立新2019年带领团队回乡创业。'), ['周立新']);
});

void test('board titles and occupations head a name', () => {
  assert.deepEqual(names('某某控股执行董事黄立文表示，将加大投资。'), ['黄立文']);
  assert.deepEqual(names('“今年卖得好。”花农王秀英笑着说。'), ['王秀英']);
});

void test('a name may open with a dictionary word when a reporting verb follows', () => {
  assert.deepEqual(names('区委副书记、区长方志远调研先进制造业。'), ['方志远']);
});

void test('a name ends where a two-character verb begins, and 来武 follows a name', () => {
  assert.deepEqual(names('区领导李立东、周敏陪同调研。'), ['李立东', '周敏']);
  assert.deepEqual(names('区长张志同主持会议。'), ['张志同']);
  assert.deepEqual(names('省人大常委会副主任王晓立来武调研。'), ['王晓立']);
});

void test('two titled people in one list each keep their own title', () => {
  const hits = findPersons('区人大常委会主任钱立强、区政协主席吴立军等出席。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [
      ['钱立强', ['区人大常委会主任']],
      ['吴立军', ['区政协主席']],
    ],
  );
});

void test('a compound surname is a word of its own and still opens a name', () => {
  assert.deepEqual(names('市人大常委会副主任欧阳立平一行来我区调研。'), ['欧阳立平']);
  assert.deepEqual(names('副区长许立、司马立涛参加会议。'), ['许立', '司马立涛']);
});

void test('lists joined by a comma share the verb after the last one', () => {
  const hits = findPersons('副区长许立明、周立琴，区政府办主任陆立华参加会议。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.after.slice(0, 2)]),
    [
      ['许立明', '参加'],
      ['周立琴', '参加'],
      ['陆立华', '参加'],
    ],
  );
});

void test('in a list a name may open with a dictionary word', () => {
  assert.deepEqual(names('区领导黄立刚、方志远、顾立华参加活动。'), ['黄立刚', '方志远', '顾立华']);
  assert.deepEqual(names('区委书记方志远，区长高立明出席。'), ['方志远', '高立明']);
});

void test('occupations head names, and adverbs may follow them', () => {
  assert.deepEqual(names('在花木市场，电商主播蒋立燕正在直播带货。'), ['蒋立燕']);
  assert.deepEqual(names('种粮大户王立根说，今年收成好。'), ['王立根']);
  assert.deepEqual(names('区检察院检察长卜立涛列席会议。'), ['卜立涛']);
});

void test('foreign names written with a middle dot', () => {
  assert.deepEqual(names('某某集团全球副总裁托马斯·穆立一行来武考察。'), ['托马斯·穆立']);
  assert.deepEqual(names('会上，约翰·史密立表示，期待合作。'), ['约翰·史密立']);
});

void test('particles never end a name, and a title starts after a verb of visiting', () => {
  assert.deepEqual(names('在区委常委、常务副区长黄立刚的陪同下，客商参观了展示馆。'), ['黄立刚']);
  const hits = findPersons('在湖塘镇，李立东来到老党员朱立根家中，详细询问。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [['朱立根', ['老党员']]],
  );
  assert.deepEqual(
    findPersons('（左二为志愿者王立芳）').map((h) => h.titles),
    [['志愿者']],
  );
});

void test('names listed before their group (甲、乙等区领导) and after 出席会议的还有', () => {
  const hits = findPersons('李立东、蒋立斌、钱立良等区领导出席会议。出席会议的还有区领导黄立刚、顾立华。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [
      ['李立东', ['区领导']],
      ['蒋立斌', ['区领导']],
      ['钱立良', ['区领导']],
      ['黄立刚', ['区领导']],
      ['顾立华', ['区领导']],
    ],
  );
});

void test("an interview's answers name their speaker, but not the reporter or a form of address", () => {
  assert.deepEqual(names('陈立群：我们将建设花木电商产业园。'), ['陈立群']);
  assert.deepEqual(names('记者：下一步有什么打算？'), []);
  assert.deepEqual(names('王先生：很方便。'), []);
});

void test('a withheld name (张某, 李某某) identifies nobody', () => {
  assert.deepEqual(names('被告人张某因犯盗窃罪被判刑。张某表示认罪，民警王某介绍。'), []);
});

void test('a clause that is only a title is another post of the same person', () => {
  const hits = findPersons('12月22日，市委常委、区委书记，某某高新区党工委书记李立东调研。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [['李立东', ['市委常委', '区委书记', '某某高新区党工委书记']]],
  );
  assert.deepEqual(
    findPersons('出席会议的区领导，副区长许立明参加').map((h) => h.titles),
    [['副区长']],
  );
});

void test('after a title, a full name may be followed by any dictionary word', () => {
  assert.deepEqual(names('市委常委、区委书记李立东鸣枪发令。'), ['李立东']);
  assert.deepEqual(names('区领导班子成员参加，区委书记项目建设推进会'), []);
});

void test('skilled trades, performers and experts head names; a possessive clause is not part of a title', () => {
  const hits = findPersons(
    '荣获“全国劳动模范”称号的常州某某公司高级技师钱立华，国家一级演员朱立芳登台献唱。',
  );
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [
      ['钱立华', ['常州某某公司高级技师']],
      ['朱立芳', ['国家一级演员']],
    ],
  );
  assert.deepEqual(names('邀请专家学者，专家组成员'), []);
});

void test('a title after a word of plurality names a group, and a given name may not be a city', () => {
  assert.deepEqual(names('欢迎各位企业家来武进投资兴业。'), []);
  assert.deepEqual(names('欢迎广大企业家来常州发展。'), []);
  assert.equal(readName('来武进投资', 0, new Set(), true), null);
  assert.equal(readName('来明华表示', 0), '来明华');
});

void test('a speech verb glued to a two-character name is not part of it', () => {
  assert.deepEqual(names('某某花木城有限公司总经理蒋雷说：“镇里帮我们解决了用地难题。”'), ['蒋雷']);
});

void test('a post in brackets after a name is one of its titles; a photo position marker is skipped', () => {
  const [hit] = findPersons('11月21日，副区长周立文（区安委会副主任）带队开展检查。');
  assert.deepEqual(hit?.titles, ['副区长', '区安委会副主任']);
  assert.ok(hit?.after.startsWith('带队'));
  const [pictured] = findPersons('区长郁立明（左二）察看企业生产线。');
  assert.deepEqual(pictured?.titles, ['区长']);
  assert.ok(pictured?.after.startsWith('察看'));
});

void test('names counted before a group (`甲、乙等20人`), and a name before an adverb, are people', () => {
  assert.deepEqual(names('会上，某某等10家企业获评“突出贡献企业”，汪立平、高立凡等20人获评“优秀企业家”。'), [
    '汪立平',
    '高立凡',
  ]);
  assert.deepEqual(names('来自全区企业的职工等300人参加比赛。'), []);
  const [hit] = findPersons('村口的“积分超市”里，村民张桂芳正用积分兑换洗衣液。');
  assert.deepEqual([hit?.name, hit?.titles], ['张桂芳', ['村民']]);
});

void test('a foreign name after a title may open with a character that is also a surname', () => {
  const [hit] = findPersons('11月18日，丹麦某某公司全球副总裁安德斯·尼尔森一行来武洽谈合作。');
  assert.deepEqual([hit?.name, hit?.titles], ['安德斯·尼尔森', ['丹麦某某公司全球副总裁']]);
});

void test('a title after `会见了以` starts at the title (`以总裁某某为团长`)', () => {
  const hits = findPersons('区长孙立新会见了以总裁马克·施密特为团长的某某集团代表团一行。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles]),
    [
      ['孙立新', ['区长']],
      ['马克·施密特', ['总裁']],
    ],
  );
});

void test('a conjunction that is also a surname does not open a name (`困难党员和困难群众`)', () => {
  assert.deepEqual(names('区领导张卫东走访慰问了困难党员和困难群众。'), ['张卫东']);
});

void test('a gender mark after a listed name is skipped', () => {
  assert.deepEqual(names('会上，王建华（女）、刘志勇、陈晓燕等30名同志被授予称号。'), [
    '王建华',
    '刘志勇',
    '陈晓燕',
  ]);
  assert.deepEqual(names('区领导张建华（女）、李志勇参加活动。'), ['张建华', '李志勇']);
});

void test('an appointment writes the post after the person (`任命某某为…`)', () => {
  const hits = findPersons('会议任命王立华为常州市武进区人民政府副区长，选举李红梅为区政协副主席。');
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles, h.appointed]),
    [
      ['王立华', ['常州市武进区人民政府副区长'], true],
      ['李红梅', ['区政协副主席'], true],
    ],
  );
});

void test('a farmer is titled by the farm', () => {
  assert.deepEqual(
    findPersons('“今年我们新上了一条生产线。”农场主蔡新民向符立新介绍。').map((h) => [h.name, h.titles]),
    [['蔡新民', ['农场主']]],
  );
});

void test('a title chain starts after 由', () => {
  assert.deepEqual(
    findPersons('女子组冠军由国家二级运动员谷雨桐以1小时13分摘得。').map((h) => [h.name, h.titles]),
    [['谷雨桐', ['国家二级运动员']]],
  );
});

void test('a given name that is a place is a name unless the surname reads as a verb', () => {
  assert.deepEqual(
    findPersons('区委常委、组织部部长樊启东出席活动。').map((h) => h.name),
    ['樊启东'],
  );
  assert.deepEqual(
    findPersons('市领导来武进调研。').map((h) => h.name),
    [],
  );
});

void test('a surname with a form of address withholds the name', () => {
  assert.deepEqual(
    findPersons('辖区居民李女士正准备转账，社区民警王先生上门劝阻。').map((h) => h.name),
    [],
  );
});

void test('a preposition after a two-character name opens whom one speaks to', () => {
  assert.deepEqual(
    findPersons('财务总监闻雅向走访组介绍。镇长李向东表示欢迎。').map((h) => h.name),
    ['闻雅', '李向东'],
  );
});

void test('rarer surnames of the region are read', () => {
  assert.deepEqual(
    findPersons('副区长贲文韬列席会议。').map((h) => h.name),
    ['贲文韬'],
  );
});

void test('a name before 沿, 观摩 or 到会 is read', () => {
  assert.deepEqual(
    findPersons('市委常委、区委书记、区总河长骆承志沿太湖检查防汛工作。副区长郁海澄观摩演练。').map((h) => [
      h.name,
      h.titles,
    ]),
    [
      ['骆承志', ['市委常委', '区委书记', '区总河长']],
      ['郁海澄', ['副区长']],
    ],
  );
});

void test('a post after a short form declared for its body is titled with the body; 阎 is a surname', () => {
  const [hit] = findPersons(
    '6月20日晚，常州市武进生态环境综合行政执法局（以下简称“区生态执法局”）副局长翁国梁带队检查。',
  );
  assert.deepEqual([hit?.name, hit?.titles], ['翁国梁', ['常州市武进生态环境综合行政执法局副局长']]);
  assert.deepEqual(names('市、区领导阎书涛、柯明哲出席开工仪式。'), ['阎书涛', '柯明哲']);
});

void test('a Japanese name after a title, a name before 说 at the end of a sentence, and no kind of firm in a title', () => {
  const found = (s: string) => findPersons(s).map((h) => [h.name, h.titles]);
  assert.deepEqual(found('日本某某电装株式会社常务董事高桥良介在发言中表示。'), [
    ['高桥良介', ['日本某某电装株式会社常务董事']],
  ]);
  assert.deepEqual(found('“全办好了。”首批入驻企业常州悦途户外用品有限公司负责人向俊说。'), [
    ['向俊', ['常州悦途户外用品有限公司负责人']],
  ]);
});

void test('a name set apart from its title by a wide space in a list of honours', () => {
  assert.deepEqual(
    findPersons('区人民医院呼吸与危重症医学科护士长\u3000贝晓雯').map((h) => [h.name, h.titles]),
    [['贝晓雯', ['区人民医院呼吸与危重症医学科护士长']]],
  );
});

void test('a monastic name, a title after 并与, and no letter of congratulations as a person', () => {
  assert.deepEqual(
    findPersons(
      '副区长黎思敏出席仪式，并与某晟智能董事长、总经理晏书恒共同敲钟。区委发来贺信。贺信指出，区佛教协会会长释觉明参加。',
    ).map((h) => [h.name, h.titles]),
    [
      ['黎思敏', ['副区长']],
      ['晏书恒', ['某晟智能董事长', '总经理']],
      ['释觉明', ['区佛教协会会长']],
    ],
  );
});

void test('trainers, contestants, creators, residents and the elderly are named after what they are', () => {
  const hits = findPersons(
    '区红十字会救护培训师景立溪说。入住老人周立根拉着他的手。跑友樊立昊冲过终点。选手苏立清夺得冠军。禾丰合作社理事长甘立胜算起了账。旅美归国博士梁立源于2016年创办企业，退休教师卜立兰已连续12年捐款。',
  );
  assert.deepEqual(
    hits.map((h) => [h.name, h.titles.join('/')]),
    [
      ['景立溪', '区红十字会救护培训师'],
      ['周立根', '入住老人'],
      ['樊立昊', '跑友'],
      ['苏立清', '选手'],
      ['甘立胜', '禾丰合作社理事长'],
      ['梁立源', '旅美归国博士'],
      ['卜立兰', '退休教师'],
    ],
  );
});

void test('a firm that ends in 所 before its legal form, and a name that is a common word in a list', () => {
  assert.deepEqual(
    findPersons(
      '常州某某会计师事务所有限公司合伙人蓝翊、短视频创作者卜晴发言。副教授甘露、总经理阚立远提出建议。九大书记项目，',
    ).map((h) => [h.name, h.titles.join('/')]),
    [
      ['蓝翊', '常州某某会计师事务所有限公司合伙人'],
      ['卜晴', '短视频创作者'],
      ['甘露', '副教授'],
      ['阚立远', '总经理'],
    ],
  );
});

void test('a title starts after 了 and after the other party of 与; a firm’s bracketed place stays in it', () => {
  assert.deepEqual(
    findPersons(
      '听取了润泽职院党委书记骆立帆的汇报。储立远与某擎新能源董事长邝立航签订协议。丸茂精工（常州）有限公司总经理佐藤雅人发言。区长尤清和分别致辞。',
    ).map((h) => [h.name, h.titles.join('/')]),
    [
      ['骆立帆', '润泽职院党委书记'],
      ['邝立航', '某擎新能源董事长'],
      ['佐藤雅人', '丸茂精工（常州）有限公司总经理'],
      ['尤清和', '区长'],
    ],
  );
});

void test('people listed each with the body they belong to in brackets, on a line or after a colon', () => {
  const names = (text: string) => findPersons(text).map((h) => [h.name, h.titles.join('/')]);
  assert.deepEqual(names('费长林（常州润泽职业技术学院）'), [['费长林', '']]);
  assert.deepEqual(
    names(
      '获评“教书育人楷模”的是：邹雨桐（武进区湖塘实验中学）、柯文博（武进区星河实验学校）、费长林（某某公司）。',
    ),
    [
      ['邹雨桐', ''],
      ['柯文博', ''],
      ['费长林', ''],
    ],
  );
  // A firm with its town in brackets, or a lone bracket in a sentence, lists nobody.
  assert.deepEqual(names('江苏某某科技有限公司（武进区湖塘镇）、某某'), []);
  assert.deepEqual(names('项目由常州某某（集团）有限公司建设，湖塘镇（武进区）举办活动。'), []);
});

void test('a count of people after 等 is a group, not the title of the next name', () => {
  assert.deepEqual(
    findPersons('民进某某基层委员会副主委龚晓岚等6位委员和界别代表先后发言').map((h) => h.name),
    ['龚晓岚'],
  );
});

void test('one appointing verb names several people, and an appointment list names one per line', () => {
  const names = (text: string) =>
    findPersons(text).map((h) => [h.name, h.titles.join('/'), h.appointed === true]);
  assert.deepEqual(
    names('决定任命任晓峰为区发展和改革局局长、骆诗涵为区教育局局长，免去蔺国梁、宫文秀的相关职务。'),
    [
      ['任晓峰', '区发展和改革局局长', true],
      ['骆诗涵', '区教育局局长', true],
      ['蔺国梁', '', true],
      ['宫文秀', '', true],
    ],
  );
  assert.deepEqual(names('诸葛明远为常州市某某区人民法院审判委员会委员、审判员；'), [
    ['诸葛明远', '常州市某某区人民法院审判委员会委员', true],
  ]);
  assert.deepEqual(names('宫文秀的某某区教育局局长职务（因到龄退休）。'), [
    ['宫文秀', '某某区教育局局长', true],
  ]);
  // A sentence that opens with a name and 为 is no entry unless a post follows.
  assert.deepEqual(names('李明为此忙碌了一整天。'), []);
});

void test('a title starts after 带领 and 率领', () => {
  assert.deepEqual(
    findPersons('某某镇人大主席巫建平带领区人大代表、焦溪村党委书记奚荣根进站接待').map((h) => [
      h.name,
      h.titles.join('/'),
    ]),
    [
      ['巫建平', '某某镇人大主席'],
      ['奚荣根', '区人大代表/焦溪村党委书记'],
    ],
  );
});
