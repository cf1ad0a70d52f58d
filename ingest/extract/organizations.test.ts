import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeOrganizations } from './merge-organizations.ts';
import { findOrganizations } from './organizations.ts';

const orgs = (s: string): string[] => findOrganizations(s).map((o) => o.name);

void test('company names start at their place name, not at the parent group', () => {
  assert.deepEqual(orgs('近日，恒远集团直属子公司常州市恒远创业投资有限公司获评AA级。'), [
    '恒远集团',
    '常州市恒远创业投资有限公司',
  ]);
});

void test('government bodies need an administrative opening', () => {
  assert.deepEqual(orgs('会上，区交通运输局通报了情况，形成了良好格局。'), ['区交通运输局']);
  assert.deepEqual(orgs('区审计局局长表示'), ['区审计局']);
});

void test('nested units join their parent', () => {
  assert.deepEqual(orgs('该系统由河海大学水利与环境学院设计。'), ['河海大学水利与环境学院']);
  assert.deepEqual(orgs('在常州市政务服务中心金坛分中心办理'), ['常州市政务服务中心金坛分中心']);
});

void test('declared abbreviations and short forms become aliases', () => {
  const text =
    '苏南精密机械集团有限公司（以下简称“苏南精机”）成立于2001年。苏南精密机械集团率先开展合作，苏南精机表示。';
  const merged = mergeOrganizations(findOrganizations(text));
  assert.equal(merged.length, 1);
  assert.equal(merged[0]?.name, '苏南精密机械集团有限公司');
  assert.deepEqual(merged[0]?.aliases.sort(), ['苏南精密机械集团', '苏南精机'].sort());
});

void test('generic phrases are not organizations', () => {
  assert.deepEqual(orgs('坚持以人民为中心，各巡察组进驻，参与人才攻关联盟创建。'), []);
});

void test('a verb or a title in front of a name is cut off', () => {
  assert.deepEqual(orgs('书记一行实地察看江苏某安新材料科技有限公司建设情况。'), [
    '江苏某安新材料科技有限公司',
  ]);
  assert.deepEqual(orgs('随后，书记走进常州某禾电子有限公司生产车间。'), ['常州某禾电子有限公司']);
  assert.deepEqual(orgs('区长调研常州某森医疗器械有限公司研发中心。').slice(0, 1), [
    '常州某森医疗器械有限公司',
  ]);
  assert.deepEqual(orgs('目前，项目公司某泰(常州)储能科技有限公司已完成注册。'), [
    '某泰(常州)储能科技有限公司',
  ]);
  assert.deepEqual(orgs('某某航空总经理张三当选联盟首任理事长。'), []);
});

void test('department names may contain 和', () => {
  assert.deepEqual(orgs('常州市武进区住房和城乡建设局'), ['常州市武进区住房和城乡建设局']);
});

void test('a one-character opening inside a word opens no name', () => {
  assert.deepEqual(orgs('随着某通社区邻里中心启用。').includes('区邻里中心'), false);
});

void test('congress, consultative and fire-brigade bodies', () => {
  assert.deepEqual(orgs('区人大常委会视察大运河。区政协召开座谈会。区消防救援大队发言。'), [
    '区人大常委会',
    '区政协',
    '区消防救援大队',
  ]);
  assert.deepEqual(orgs('区委理论学习中心组举行学习会。'), ['区委理论学习中心组']);
});

void test('a research centre joins the university that runs it', () => {
  assert.deepEqual(orgs('双方共建某海大学武进水环境研究中心。'), ['某海大学武进水环境研究中心']);
});

void test('facilities named like bodies are not organizations', () => {
  assert.deepEqual(orgs('随着某通社区邻里中心正式启用，居民步行即可享受服务。'), []);
});

void test('an honour given to a company is not an organization', () => {
  assert.deepEqual(
    orgs('江苏岚峻新材料有限公司获评省绿色工厂，其研发部被认定为市级企业技术中心，区工信局表示祝贺。'),
    ['江苏岚峻新材料有限公司', '区工信局'],
  );
});

void test('a district or town government is a body; levels of government are not', () => {
  assert.deepEqual(orgs('区政府与某某公司签署协议，湖塘镇政府组织实施。'), ['区政府', '湖塘镇政府']);
  assert.deepEqual(orgs('市区两级政府共同推进'), []);
});

void test('the paper’s own district and passing on decisions are not part of a name', () => {
  assert.deepEqual(orgs('我区江苏某禾精密科技有限公司入选名单。'), ['江苏某禾精密科技有限公司']);
  assert.deepEqual(orgs('会议传达学习省委、市委有关会议精神。'), []);
  assert.deepEqual(orgs('十四届省委第三轮巡视'), ['十四届省委']);
});

void test('a suffix in brackets is inside the company name that goes on after it', () => {
  assert.deepEqual(orgs('走进江苏立环（集团）股份有限公司、常州某晟光电有限公司'), [
    '江苏立环（集团）股份有限公司',
    '常州某晟光电有限公司',
  ]);
});

void test('bringing a company in is not part of its name', () => {
  assert.deepEqual(orgs('首期已引进江苏某远精密机械有限公司等12家企业入驻。'), ['江苏某远精密机械有限公司']);
});

void test('hospitals, schools and administrative offices are bodies', () => {
  assert.deepEqual(orgs('常州市武进人民医院新院区启用'), ['常州市武进人民医院']);
  assert.deepEqual(orgs('来到武进区湖塘实验中学，为师生宣讲'), ['武进区湖塘实验中学']);
  assert.deepEqual(orgs('常州市武进区城市排水管理处'), ['常州市武进区城市排水管理处']);
  assert.deepEqual(orgs('组织中学生参观，各医院要'), []);
});

void test('a body in one of its terms is the same body', () => {
  const merged = mergeOrganizations(findOrganizations('区十八届人大常委会第二十三次会议举行。'));
  assert.deepEqual(
    merged.map((o) => [o.name, o.aliases]),
    [['区十八届人大常委会', []]],
  );
});

void test('a commission named by its short form is a body; party committees and members are not matched by 委', () => {
  assert.deepEqual(orgs('近日，省发展改革委公布重大项目清单，区卫健委参加。'), ['省发展改革委', '区卫健委']);
  assert.deepEqual(orgs('市委常委、区委书记出席'), []);
  assert.deepEqual(orgs('中共常州市武进区委宣传部'), ['中共常州市武进区委宣传部']);
});

void test("people's organizations by their short forms, and police stations under their branch", () => {
  assert.deepEqual(orgs('区妇联、区总工会、团区委、区科协联合举办'), [
    '区妇联',
    '区总工会',
    '团区委',
    '区科协',
  ]);
  assert.deepEqual(orgs('市公安局武进分局湖塘派出所'), ['市公安局武进分局湖塘派出所']);
  assert.deepEqual(orgs('全区妇联干部，到派出所报案'), []);
});

void test('banks, their branches and companies named without a legal form', () => {
  assert.deepEqual(orgs('中国银行武进支行、常州武进经济发展区建设投资公司'), [
    '中国银行武进支行',
    '常州武进经济发展区建设投资公司',
  ]);
  assert.deepEqual(orgs('近日，江苏武进农村商业银行股份有限公司获评'), ['江苏武进农村商业银行股份有限公司']);
  assert.deepEqual(orgs('该公司负责人表示，全区各银行网点'), []);
});

void test('a centre written straight after its parent belongs to it', () => {
  assert.deepEqual(orgs('双方将共建上海交通大学常州武进技术转移中心，围绕'), [
    '上海交通大学常州武进技术转移中心',
  ]);
  assert.deepEqual(orgs('常州大学与武进区共建的新材料中心'), ['常州大学']);
});

void test('高中学位 holds no school', () => {
  assert.deepEqual(orgs('缓解城区优质高中学位紧张状况'), []);
});

void test('an office named by its parent alone belongs to it', () => {
  assert.deepEqual(orgs('区委办、区政府办联合，区人大常委会办公室'), [
    '区委办',
    '区政府办',
    '区人大常委会办公室',
  ]);
});

void test('an exchange is a body, and the city in its name no place', () => {
  assert.deepEqual(orgs('在上海证券交易所科创板上市'), ['上海证券交易所']);
});

void test('a kind of body named by no one is not an organization', () => {
  assert.deepEqual(orgs('实地察看农村道路提档升级、社区养老服务中心建设等项目'), []);
  assert.deepEqual(orgs('湖塘镇鸣凰村社区养老服务中心'), ['湖塘镇鸣凰村社区养老服务中心']);
  assert.deepEqual(orgs('中国田径协会副主席'), ['中国田径协会']);
});

void test('a group with a bracketed place before its legal form is one company, and its short forms merge', () => {
  assert.deepEqual(orgs('先后来到某天钢铁集团（常州）有限公司、江苏某代新能源科技有限公司'), [
    '某天钢铁集团（常州）有限公司',
    '江苏某代新能源科技有限公司',
  ]);
  const merged = mergeOrganizations([
    ...findOrganizations('先后来到某天钢铁集团（常州）有限公司。'),
    ...findOrganizations('某天钢铁集团董事长董某某介绍'),
  ]);
  assert.deepEqual(
    merged.map((o) => [o.name, o.aliases]),
    [['某天钢铁集团（常州）有限公司', ['某天钢铁集团']]],
  );
});

void test("a national group's short name opens the name of its local unit", () => {
  assert.deepEqual(orgs('国网常州市武进区供电公司员工正在检修线路'), ['国网常州市武进区供电公司']);
  assert.deepEqual(orgs('来到常州市武进区供电公司'), ['常州市武进区供电公司']);
});

void test('a foreign country opens a company name', () => {
  assert.deepEqual(orgs('11月18日，丹麦诺维信公司全球副总裁一行来武洽谈合作。'), ['丹麦诺维信公司']);
});

void test('a laboratory is a body of its own kind; a list of things to build holds no body', () => {
  const hits = findOrganizations(
    '某某大学新材料产业技术研究院与某某公司共建的碳纤维复合材料联合实验室揭牌。',
  );
  assert.deepEqual(
    hits.map((o) => [o.name, o.kind]),
    [
      ['某某大学新材料产业技术研究院', 'other'],
      ['碳纤维复合材料联合实验室', 'other'],
    ],
  );
  assert.deepEqual(orgs('项目将建设智能温室、农产品分拣加工中心和冷链仓库。'), []);
});

void test('a 和 one character after a stop is inside the name; a Japanese legal form after its country; a rank opens a category', () => {
  assert.deepEqual(orgs('日本丰和精机株式会社在武进投资设立的丰和精机（常州）有限公司增资扩产。'), [
    '日本丰和精机株式会社',
    '丰和精机（常州）有限公司',
  ]);
  assert.deepEqual(orgs('常州华盛科技有限公司和华远科技有限公司签约。'), [
    '常州华盛科技有限公司',
    '华远科技有限公司',
  ]);
  assert.deepEqual(orgs('公布第二批省级区域医疗中心建设单位名单。'), []);
  assert.deepEqual(orgs('由韩国晟和化学株式会社全资子公司常州晟和电子材料有限公司投资建设。'), [
    '韩国晟和化学株式会社',
    '常州晟和电子材料有限公司',
  ]);
  assert.deepEqual(orgs('常州和南京某某有限公司签约。'), ['南京某某有限公司']);
});

void test("a zone's own name opens its managing body", () => {
  assert.deepEqual(orgs('度假区管委会副主任沈建平介绍。'), ['度假区管委会']);
  assert.deepEqual(orgs('太湖湾旅游度假区管委会组织开展活动。'), ['太湖湾旅游度假区管委会']);
});

void test('a party committee named in full is a body unless a unit of it follows; a sports hall is none', () => {
  const hits = findOrganizations('中共常州市武进区委十四届九次全体会议召开。');
  assert.deepEqual(
    hits.map((o) => [o.name, o.kind]),
    [['中共常州市武进区委', 'party']],
  );
  assert.deepEqual(orgs('中共常州市武进区委宣传部主办。'), ['中共常州市武进区委宣传部']);
  assert.deepEqual(orgs('篮球赛在镇文体中心开赛。'), []);
});

void test('farms and cooperatives need a name of their own, not a count or a kind', () => {
  assert.deepEqual(
    orgs(
      '今年初，某某粮食种植专业合作社牵头，联合周边14家家庭农场组建联合体，引导家庭农场向规模化发展。全区共有农民专业合作社1200余家，其中省级示范家庭农场46家。',
    ),
    ['某某粮食种植专业合作社'],
  );
  assert.deepEqual(orgs('全镇80余名家庭农场主参加培训，常州市武进区某某镇金田家庭农场负责人介绍经验。'), [
    '常州市武进区某某镇金田家庭农场',
  ]);
  // What a building is turned into is a facility.
  assert.deepEqual(orgs('村里还将利用闲置校舍改造农产品展销中心。'), []);
});

void test('foreign names, attached schools, missions and firms described before their names', () => {
  assert.deepEqual(orgs('代表团走访了海因里希·莱默精密传动有限公司（以下简称“莱默传动”）。'), [
    '海因里希·莱默精密传动有限公司',
  ]);
  assert.deepEqual(
    orgs(
      '双方共建南京师范大学附属武进初级中学（以下简称“南师大武进附中”），努力把南师大武进附中办成群众家门口的好学校。',
    ),
    ['南京师范大学附属武进初级中学'],
  );
  assert.deepEqual(findOrganizations('新加坡驻上海总领事馆商务领事出席。')[0]?.kind, 'government');
  assert.deepEqual(orgs('双方合资组建中外合资企业恒屿（常州）生物制药有限公司。'), [
    '恒屿（常州）生物制药有限公司',
  ]);
  assert.deepEqual(orgs('新加坡丰卓资本管理有限公司投资的物流园项目签约。'), ['新加坡丰卓资本管理有限公司']);
  assert.deepEqual(orgs('与湟里镇等6家镇卫生院签约，2024年秋季学期全区中小学开学。'), []);
});

void test('a democratic party opens the names of its committees; a consultation is no chamber', () => {
  assert.deepEqual(
    findOrganizations('农工党常州市委会主委某某，民建武进区基层委员会副主委某某，区政协召开专题协商会。').map(
      (o) => [o.name, o.kind],
    ),
    [
      ['农工党常州市委会', 'party'],
      ['民建武进区基层委员会', 'party'],
      ['区政协', 'other'],
    ],
  );
});

void test('where a company is and where its capital comes from are not its name', () => {
  assert.deepEqual(
    orgs('走访牛塘镇常州某阳光伏材料有限公司，参观日资企业某枝精工（常州）有限公司和区委人才办。'),
    ['常州某阳光伏材料有限公司', '某枝精工（常州）有限公司', '区委人才办'],
  );
  assert.equal(findOrganizations('区委人才办牵头。').at(0)?.kind, 'party');
  assert.deepEqual(orgs('先后获评国家级专精特新“小巨人”企业、省智能制造示范工厂。'), []);
});

void test('party schools, the discipline commission, the Youth League, colleges and other kinds of body', () => {
  const found = (text: string) => findOrganizations(text).map((o) => [o.name, o.kind, o.aliases]);
  assert.deepEqual(found('区纪委监委召开会议，学员赴中共江苏省委党校学习。'), [
    ['区纪委监委', 'party', []],
    ['中共江苏省委党校', 'party', []],
  ]);
  assert.deepEqual(
    found('共青团常州市武进区委员会（以下简称“团区委”）联合区水利局开展活动。').map(([n]) => n),
    ['共青团常州市武进区委员会', '团区委', '区水利局'],
  );
  assert.deepEqual(found('共青团常州市武进区委员会（以下简称“团区委”）')[0], [
    '共青团常州市武进区委员会',
    'party',
    ['团区委'],
  ]);
  assert.deepEqual(
    found(
      '扬州大学农学院教授、马来西亚常州同乡会会长、武进龙城水上救援队队长来到湖塘镇社区卫生服务中心。',
    ).map(([n, k]) => [n, k]),
    [
      ['扬州大学农学院', 'university'],
      ['马来西亚常州同乡会', 'association'],
      ['武进龙城水上救援队', 'other'],
      ['湖塘镇社区卫生服务中心', 'other'],
    ],
  );
  assert.deepEqual(found('他曾在南京一家互联网公司工作，基地配套建设分子育种实验室、种子精选加工中心。'), []);
});

void test('a court and its units, the police bureau, and no body from a verb or an app', () => {
  const found = (text: string) => findOrganizations(text).map((o) => [o.name, o.kind]);
  assert.deepEqual(
    found(
      '以签订合同为名骗取常州市遥观精锻有限公司货款，由区法院横林人民法庭派驻法官。区法院执行局开展集中执行，公安武进分局通报。',
    ),
    [
      ['常州市遥观精锻有限公司', 'company'],
      ['区法院横林人民法庭', 'court'],
      ['区法院执行局', 'court'],
      ['公安武进分局', 'government'],
    ],
  );
  assert.deepEqual(found('指导群众安装“国家反诈中心”APP，工作站设在产业园企业服务中心。'), []);
});

void test("a national administration's local bureau, the consumers' association, law firms, no project company", () => {
  const found = (text: string) => findOrganizations(text).map((o) => [o.name, o.kind]);
  assert.deepEqual(
    found(
      '国家税务总局常州市武进区税务局联合区消费者权益保护委员会、江苏衡信律师事务所，辅导项目公司做好登记。',
    ),
    [
      ['国家税务总局常州市武进区税务局', 'government'],
      ['区消费者权益保护委员会', 'association'],
      ['江苏衡信律师事务所', 'other'],
    ],
  );
});

void test('museums and libraries, committees of the conference, and no body joined over 与 or after 代表', () => {
  const found = (text: string) => findOrganizations(text).map((o) => [o.name, o.kind]);
  assert.deepEqual(
    found(
      '南京博物院研究馆员来到武进区滆湖文化博物馆，区政协社会和法制委员会作发言，支持区非遗保护中心与常州工学院共建基地。',
    ),
    [
      ['南京博物院', 'other'],
      ['武进区滆湖文化博物馆', 'other'],
      ['区政协社会和法制委员会', 'other'],
      ['区非遗保护中心', 'government'],
      ['常州工学院', 'university'],
    ],
  );
  assert.deepEqual(found('区长某某代表区人民政府作报告，为武进发展贡献政协力量。'), [
    ['区人民政府', 'government'],
  ]);
});

void test('no body from a clause, a date, an aside in brackets, a joint college or a way of running schools', () => {
  const found = (text: string) => findOrganizations(text).map((o) => o.name);
  assert.deepEqual(
    found(
      '孩子在家门口就能上好学校。我区2024年秋学期中小学报到。实行集团化办学，签约共建产业学院。获得国家认可委员会（CNAS）精密轴承检测实验室认可，西湖街道青年人才联谊会成立。',
    ),
    ['国家认可委员会', '精密轴承检测实验室', '西湖街道青年人才联谊会'],
  );
});

void test('a unit named right after a short form declared in brackets starts after the bracket', () => {
  const found = (text: string) => findOrganizations(text).map((o) => o.name);
  assert.deepEqual(
    found('常州某某传动技术研究院有限公司（以下简称“传动院”）精密轴承可靠性检测实验室揭牌。'),
    ['常州某某传动技术研究院有限公司', '精密轴承可靠性检测实验室'],
  );
});

void test('a firm named for what it does may end on a word that otherwise ends a phrase', () => {
  assert.deepEqual(
    findOrganizations('社区还引入常州绿某再生资源回收利用有限公司设置智能回收箱。').map((o) => o.name),
    ['常州绿某再生资源回收利用有限公司'],
  );
});

void test('customs, foreign agencies and named service points; no machine tool, facility of a park or kind of firm', () => {
  const found = (text: string) => findOrganizations(text).map((o) => [o.name, o.kind]);
  assert.deepEqual(
    found(
      '首批入驻企业常州悦某户外用品有限公司签约。园区设有跨境电商孵化中心，重点建设智能仓储分拨中心。下萨克森州经济促进署代表出席，双方共建中德中小企业合作服务站。在武进海关的指导下，某某数控带来的五轴联动加工中心吸引客商。',
    ),
    [
      ['常州悦某户外用品有限公司', 'company'],
      ['下萨克森州经济促进署', 'government'],
      ['中德中小企业合作服务站', 'other'],
      ['武进海关', 'government'],
    ],
  );
});

void test('what a body opens somewhere, a range of ranks and the hospitals of every town are no bodies', () => {
  assert.deepEqual(
    findOrganizations(
      '区中医医院在湖塘镇星辰社区开设中医药特色服务站，接入二级以上医院，各镇（街道）卫生院参加。',
    ).map((o) => o.name),
    ['区中医医院'],
  );
});

void test('the armed forces department, a party working committee, and no firm in what a drill plays out', () => {
  assert.deepEqual(
    findOrganizations(
      '区人武部要发挥好军事机关作用。本次演练模拟宏某化学品公司储罐泄漏。在区委两新工委的指导下推进。',
    ).map((o) => [o.name, o.kind]),
    [
      ['区人武部', 'other'],
      ['区委两新工委', 'party'],
    ],
  );
});

void test('acting jointly with a firm, levels of government, every town’s bodies and social-work centres', () => {
  assert.deepEqual(
    findOrganizations(
      '区金融监管局联合江南锦程农村商业银行武进支行开展宣传。由武进产投联合深圳前元资本管理有限公司发起，撬动区级政府资金，区委统战部或镇（街道）统战部报名，常州市武进区乐龄社会工作服务中心获奖，组建特殊钢绿色智能制造联合技术创新中心。',
    ).map((o) => [o.name, o.kind]),
    [
      ['区金融监管局', 'government'],
      ['江南锦程农村商业银行武进支行', 'company'],
      ['深圳前元资本管理有限公司', 'company'],
      ['区委统战部', 'party'],
      ['常州市武进区乐龄社会工作服务中心', 'other'],
      ['特殊钢绿色智能制造联合技术创新中心', 'other'],
    ],
  );
});

void test('central schools, homes for the elderly, troupes, publishers, stations, funds and ministries', () => {
  assert.deepEqual(
    findOrganizations(
      '武进区礼嘉中心小学和武进区南夏墅中心幼儿园的学生来到湖塘镇康乐颐养院（以下简称“康乐颐养院”），常州市武进区锡剧团、江苏某某文艺出版社、镇水利站、牛塘镇综合文化站、区防汛防旱指挥部参加。设立常州武进新能源产业投资基金。文化和旅游部公布名单，公安部门和区教育部门配合。',
    ).map((o) => [o.name, o.kind, o.aliases]),
    [
      ['武进区礼嘉中心小学', 'other', []],
      ['武进区南夏墅中心幼儿园', 'other', []],
      ['湖塘镇康乐颐养院', 'other', ['康乐颐养院']],
      ['常州市武进区锡剧团', 'other', []],
      ['江苏某某文艺出版社', 'media', []],
      ['镇水利站', 'government', []],
      ['牛塘镇综合文化站', 'other', []],
      ['区防汛防旱指挥部', 'government', []],
      ['常州武进新能源产业投资基金', 'other', []],
      ['文化和旅游部', 'government', []],
    ],
  );
});

void test('words of names that hold a character which otherwise ends a name', () => {
  assert.deepEqual(
    findOrganizations(
      '常州市武进区文化体育广电和旅游局、武进区新的社会阶层人士联合会、区天主教爱国会和区基督教两会',
    ).map((o) => o.name),
    ['常州市武进区文化体育广电和旅游局', '武进区新的社会阶层人士联合会', '区天主教爱国会', '区基督教两会'],
  );
});

void test('no body from what is counted, built alongside, ranked or acted on jointly', () => {
  assert.deepEqual(
    findOrganizations(
      '同步建设游客服务中心，企业在横林镇先后建成两座工厂，曹家村3个“家门口”就业服务站投入运行，新增全国青少年校园足球特色学校5所，一名“90后”大学生返乡。区投资促进中心组织招商小分队，区文体广旅局联合武进公安分局保障赛事，西太湖科技产业园管委会承办。',
    ).map((o) => o.name),
    ['区投资促进中心', '区文体广旅局', '武进公安分局', '西太湖科技产业园管委会'],
  );
});

void test('a bracket left open before the suffix holds the whole name; one closed inside stays in it', () => {
  assert.deepEqual(
    findOrganizations('费长林（常州润泽职业技术学院）、丰和精机（常州）有限公司').map((o) => o.name),
    ['常州润泽职业技术学院', '丰和精机（常州）有限公司'],
  );
});

void test('a charge to do something names no body; a short name is a village’s own when the village is named nearby', () => {
  assert.deepEqual(
    findOrganizations(
      '要统筹推进城乡学校布局优化。希望武进用好母基金这一平台。位于横山桥镇芙蓉村的芙蓉幼儿园正式开园。',
    ).map((o) => o.name),
    ['芙蓉幼儿园'],
  );
  assert.deepEqual(
    findOrganizations('新建的芙蓉幼儿园正式开园。').map((o) => o.name),
    [],
  );
});

void test('verbs of the clause, parties to a case and terms of a body open no name; withheld names are none', () => {
  assert.deepEqual(
    orgs(
      '床位800张，有效缓解武进区人民医院床位紧张。东城医院与苏州大学附属瑞华医院签订专科联盟合作协议。选举产生第一届业主委员会。被告常州某电镀有限公司被判赔偿。案件经常州市中级人民法院审理。',
    ),
    ['武进区人民医院', '苏州大学附属瑞华医院', '常州市中级人民法院'],
  );
  // A declared short form is a name of its own, not part of the one before it.
  assert.deepEqual(orgs('常州市住房公积金管理中心武进分中心（以下简称“武进公积金分中心”）联合办理'), [
    '常州市住房公积金管理中心武进分中心',
    '武进公积金分中心',
  ]);
});

void test('a team named after the body that sends it is one body; a body setting one up is not its name', () => {
  assert.deepEqual(
    orgs('省卫生健康委督导组来武督导。区人大常委会执法检查组来到某镇。任命某某为区发展和改革局局长。'),
    ['省卫生健康委督导组', '区人大常委会执法检查组', '区发展和改革局'],
  );
  assert.deepEqual(orgs('区政府办牵头成立工作组。'), ['区政府办']);
});

void test('a museum named after its site, a body quoted whole and a maternity hospital are read', () => {
  assert.deepEqual(orgs('代表团一行参观了淹城遗址博物馆，在湖塘镇观摩了刺绣技艺。'), ['淹城遗址博物馆']);
  assert.deepEqual(orgs('10月19日，遥观镇某村“青枫书画院”揭牌成立。'), ['青枫书画院']);
  assert.deepEqual(orgs('推动区妇幼保健院与社区托育机构开展试点。'), ['区妇幼保健院']);
  // A count of bodies quoted is no body, nor a short word quoted.
  assert.deepEqual(orgs('重点打造胸痛、卒中和新生儿救治“五大中心”，补齐短板。'), []);
  assert.deepEqual(orgs('让孩子们在家门口上“好学校”。'), []);
});

void test("a body's or a village's party committee or branch is a party body of its own", () => {
  assert.deepEqual(
    findOrganizations('名单：区交通运输局机关党委　区人民医院党委　江苏某某新能源科技有限公司党委').map(
      (o) => [o.name, o.kind],
    ),
    [
      ['区交通运输局机关党委', 'party'],
      ['区人民医院党委', 'party'],
      ['江苏某某新能源科技有限公司党委', 'party'],
    ],
  );
  assert.deepEqual(orgs('区人大常委会党组召开会议。去年以来，汤庄村党总支把3个党支部建在网格上。'), [
    '区人大常委会党组',
    '汤庄村党总支',
  ]);
  // The party's cells in general, and every village's committee, are no one body.
  assert.deepEqual(orgs('全区各村党委要加强基层党组织建设。'), []);
});

void test('a body named with its term is the body also named without it', () => {
  const merged = mergeOrganizations(
    findOrganizations('区人大常委会召开主任会议，研究区十八届人大常委会第十九次会议有关事项。'),
  );
  assert.deepEqual(
    merged.map((o) => [o.name, o.aliases]),
    [['区人大常委会', ['区十八届人大常委会']]],
  );
});

void test('teams a district, town, village or school fields are read; every town’s team is not one', () => {
  assert.deepEqual(
    orgs(
      '区体校皮划艇队夺冠，横林镇农民舞龙队表演，区防汛抢险应急队出动，某湾村代表队获胜。各镇代表队参赛。',
    ),
    ['区体校皮划艇队', '横林镇农民舞龙队', '区防汛抢险应急队', '某湾村代表队'],
  );
});

void test("deputies' liaison stations, legislative contact points and fire stations are bodies", () => {
  assert.deepEqual(
    orgs(
      '郑陆镇某溪村人大代表联络站接待选民。某溪社区基层立法联系点收集意见。礼嘉消防救援站投入执勤，礼嘉镇人人点赞。',
    ),
    ['郑陆镇某溪村人大代表联络站', '某溪社区基层立法联系点', '礼嘉消防救援站'],
  );
});

void test('a unit named after its parent joins it; holding groups, armed forces departments and charity branches', () => {
  assert.deepEqual(
    orgs('来到常州市公安局武进分局交通警察大队调研。常州市武进区人民政府征兵办公室发布通告。'),
    ['常州市公安局武进分局交通警察大队', '常州市武进区人民政府征兵办公室'],
  );
  assert.deepEqual(orgs('项目由香港某洲集团控股有限公司投资建设。'), ['香港某洲集团控股有限公司']);
  assert.deepEqual(orgs('常州市武进区人民武装部联合区教育局开展宣传。'), [
    '常州市武进区人民武装部',
    '区教育局',
  ]);
  assert.deepEqual(orgs('某某公司向横山桥镇慈善分会捐赠善款，在横山桥镇分会场参会。'), ['横山桥镇慈善分会']);
  assert.deepEqual(orgs('来到武警常州支队武进中队，看望官兵。'), ['武警常州支队武进中队']);
});
