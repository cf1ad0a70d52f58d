import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './places.ts';

const places = (s: string): [string, string, string | null][] =>
  findPlaces(s).map((p) => [p.name, p.kind, p.partOf]);

void test('a town, village and natural village written together form a partOf chain', () => {
  assert.deepEqual(places('随后来到前黄镇寨桥村东塘自然村，查看污水处理设施。'), [
    ['前黄镇', 'town', null],
    ['寨桥村', 'village', '前黄镇'],
    ['东塘自然村', 'village', '寨桥村'],
  ]);
});

void test('rivers, lakes and roads by their type word', () => {
  const names = places('既要关注滆湖以及武宜运河等河道，也要关注延政路沿线。').map((p) => p[0]);
  assert.deepEqual(names, ['滆湖', '武宜运河', '延政路']);
});

void test('common words ending in a place word are not places', () => {
  assert.deepEqual(places('理清发展思路，疏通城市道路，加强河湖管理，守好责任河。'), []);
});

void test('a park keeps the town it belongs to', () => {
  assert.deepEqual(places('位于湖塘镇纺织工业园的企业'), [
    ['湖塘镇', 'town', null],
    ['湖塘镇纺织工业园', 'park', '湖塘镇'],
  ]);
});

void test('gazetteer names and their short forms', () => {
  assert.deepEqual(
    places('常州的发展，武进区境内').map((p) => [p[0], p[1]]),
    [
      ['常州', 'city'],
      ['武进区', 'district'],
    ],
  );
});

void test('verbs and prepositions in front of a place are cut off', () => {
  const names = (s: string): string[] => places(s).map((p) => p[0]);
  assert.deepEqual(names('该项目将落户武进国家高新区，建成后投产。'), ['武进国家高新区']);
  assert.deepEqual(names('街道以沿武宜路、滆湖路两条主干道为轴线'), ['武宜路', '滆湖路']);
  assert.deepEqual(names('一行沿武南河先后来到湖塘镇'), ['武南河', '湖塘镇']);
  assert.deepEqual(names('由雪堰镇城西村与社会资本合作'), ['雪堰镇', '城西村']);
});

void test('a road section and a lake followed by 水 still name the place', () => {
  const names = (s: string): string[] => places(s).map((p) => p[0]);
  assert.deepEqual(names('（花园街至常武路段）'), ['花园街', '常武路']);
  assert.deepEqual(names('围绕太湖、滆湖水环境综合治理'), ['太湖', '滆湖']);
});

void test('counts and river work are not places', () => {
  assert.deepEqual(
    places('涉及跃进村等5个村，守护好一湖碧水，西岸入湖污染负荷削减。').map((p) => p[0]),
    ['跃进村'],
  );
});

void test('bays, creeks, countries and regions', () => {
  const names = (s: string): string[] => places(s).map((p) => p[0]);
  assert.deepEqual(names('推动太湖湾文旅融合'), ['太湖湾']);
  assert.deepEqual(names('武南河与采菱港交汇处'), ['武南河', '采菱港']);
  assert.deepEqual(names('总部位于新加坡，是其在中国的首个基地，辐射长三角。'), ['新加坡', '中国', '长三角']);
  assert.deepEqual(names('学习中国特色社会主义思想，建设“长三角最美湾湖城”'), []);
});

void test('a natural village hangs under the village before it', () => {
  assert.deepEqual(places('来到雪堰镇城西村陆家桥自然村'), [
    ['雪堰镇', 'town', null],
    ['城西村', 'village', '雪堰镇'],
    ['陆家桥自然村', 'village', '城西村'],
  ]);
});

void test('a short form heading a zone name is not a place of its own', () => {
  assert.deepEqual(
    places('武进国家高新区党工委书记').map((p) => p[0]),
    ['武进国家高新区'],
  );
});

void test('a river glued to 沿线 by the segmenter is still read', () => {
  assert.deepEqual(
    places('牛塘镇在武南河沿线开展演练').map((p) => p[0]),
    ['牛塘镇', '武南河'],
  );
});

void test('a town the segmenter runs into the village after it stays two places', () => {
  assert.deepEqual(places('一行首先来到岚泽镇湖柳港村，详细了解'), [
    ['岚泽镇', 'town', null],
    ['湖柳港村', 'village', '岚泽镇'],
  ]);
  assert.deepEqual(places('来到溪溪镇塘青渚村调研'), [
    ['溪溪镇', 'town', null],
    ['塘青渚村', 'village', '溪溪镇'],
  ]);
});

void test('unknown town names keep all their characters', () => {
  // `观/黄镇`-style splits and a town suffix glued to the next word (`镇作`).
  assert.deepEqual(places('会上，观岚镇、柳河镇作交流发言。'), [
    ['观岚镇', 'town', null],
    ['柳河镇', 'town', null],
  ]);
  assert.deepEqual(places('他在黄镇工作'), [['黄镇', 'town', null]]);
});

void test('wetland parks and creeks by their type word; going to villages is not a village', () => {
  assert.deepEqual(places('沿岸察看了青港湿地公园建设情况'), [['青港湿地公园', 'park', null]]);
  assert.deepEqual(places('巡查塘柳浜，检查河道'), [['塘柳浜', 'river', null]]);
  assert.deepEqual(places('干部进村入户，驻村帮扶，他回村创业'), []);
});

void test('a particle the segmenter glued to an unknown name is not part of it', () => {
  assert.deepEqual(places('位于礼山镇的晟麟汽车电子产业园'), [
    ['礼山镇', 'town', null],
    ['晟麟汽车电子产业园', 'park', null],
  ]);
});

void test('a kind of town is no town unless a name comes before it', () => {
  assert.deepEqual(places('打造特色小镇，建设工业重镇，干部进镇入村。'), []);
  assert.deepEqual(places('焦溪古镇保护工作'), [['焦溪古镇', 'area', null]]);
});

void test('a community hangs under the subdistrict before it', () => {
  assert.deepEqual(places('走进南夏墅街道大通社区，干净整洁'), [
    ['南夏墅街道', 'town', null],
    ['大通社区', 'village', '南夏墅街道'],
  ]);
});

void test('two lone characters before a type word are one unknown name; a particle is not', () => {
  assert.deepEqual(places('巡查太滆运河、永安河'), [
    ['太滆运河', 'river', null],
    ['永安河', 'river', null],
  ]);
  assert.deepEqual(places('走生态优先、绿色发展之路'), []);
});

void test('a lone character before a one-character suffix is no name (退圩还湖)', () => {
  assert.deepEqual(
    findPlaces('主要实施退圩还湖、生态清淤等内容').map((p) => p.name),
    [],
  );
});

void test('a park or zone opened by a known place may hold a verb', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.ok(names('位于武进绿色建筑产业集聚示范区的项目').includes('武进绿色建筑产业集聚示范区'));
  assert.ok(names('考察了武进区东西部协作产业园、某某公司').includes('武进区东西部协作产业园'));
  // A verb right after the place makes it a clause, not a name.
  assert.deepEqual(names('湖塘镇打造纺织产业集聚示范区'), ['湖塘镇']);
});

void test('along a river is no river (沿河察看)', () => {
  assert.deepEqual(
    findPlaces('许明一行沿河察看了武南河牛塘段').map((p) => p.name),
    ['武南河'],
  );
});

void test('what stands between a town and a village suffix is the village name', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('一行首先来到湖湖镇横观溪村，详细了解'), ['湖湖镇', '横观溪村']);
  assert.deepEqual(names('一行首先来到遥嘉镇泽河墩村，详细了解'), ['遥嘉镇', '泽河墩村']);
  assert.deepEqual(names('来到湖塘镇各村'), ['湖塘镇']);
});

void test('a generic word before a proper place name is dropped, not the name', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('守护美丽太湖'), ['太湖']);
  assert.deepEqual(names('我区太湖湾'), ['太湖湾']);
  assert.deepEqual(names('整治周边河道'), []);
});

void test('a verb of siting is not part of the place (`选址某镇`, `坐落某村`)', () => {
  assert.deepEqual(
    findPlaces('项目选址湟里镇。').map((p) => p.name),
    ['湟里镇'],
  );
});

void test('the ends of a route and a verb of building are not part of a place', () => {
  assert.deepEqual(
    findPlaces('该工程北起常州经开区横林镇，南至前黄镇与宜兴交界处。').map((p) => p.name),
    ['常州经开区', '横林镇', '前黄镇', '宜兴'],
  );
  assert.deepEqual(
    findPlaces('工程沿线新建滆湖大桥、武南河大桥等桥梁9座。').map((p) => p.name),
    ['滆湖大桥', '武南河大桥'],
  );
  assert.deepEqual(
    findPlaces('来到新建村').map((p) => p.name),
    ['新建村'],
  );
});

void test('a housing estate named after water is not the water', () => {
  assert.deepEqual(
    findPlaces('南夏墅街道阳湖名城等小区改造已全面完工，滆湖生态持续向好。').map((p) => p.name),
    ['南夏墅街道', '滆湖'],
  );
});

void test('a lake named by a common noun is a place; a kind of water is not', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('委员们沿芙蓉湖岸线察看生态廊道建设。'), ['芙蓉湖']);
  assert.deepEqual(names('在芙蓉湖畔，芙蓉湖水质持续改善。'), ['芙蓉湖', '芙蓉湖']);
  assert.deepEqual(names('建设人工湖，打造景观河，守护母亲河，推进黑臭河整治。'), []);
});

void test('divisions named by a common word are read as the word; a campus is no lake', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('从湖塘镇到主城区、老城区和郊区，矿区复绿。'), ['湖塘镇']);
  assert.deepEqual(names('来到常州市第二人民医院阳湖院区。'), ['常州市']);
});

void test('a word ending in 路 is no road; a municipality named short is a city', () => {
  assert.deepEqual(
    findPlaces('项目聚焦集成电路、高端装备等领域，拓宽销路。').map((p) => p.name),
    [],
  );
  assert.deepEqual(
    findPlaces('企业总部位于上海。').map((p) => [p.name, p.kind]),
    [['上海', 'city']],
  );
});

void test('a place starts after a company it follows, and after a time word', () => {
  const names = (s: string): string[] => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('来到江苏博远智能科技有限公司智能装备产业园项目现场。'), ['江苏', '智能装备产业园']);
  assert.deepEqual(names('7月份度假区共接待游客85万人次。'), []);
});

void test('no village is named by a preposition or a determiner', () => {
  assert.deepEqual(places('建成后每年为村集体增收50万元，占全村耕地面积的九成。'), []);
  assert.deepEqual(places('该项目在洛阳镇岑村开工。'), [
    ['洛阳镇', 'town', null],
    ['岑村', 'village', '洛阳镇'],
  ]);
});

void test('a town before an area named after a place is where the area lies', () => {
  assert.deepEqual(places('近日，雪堰镇太湖湾畔的葡萄迎来采摘季。'), [
    ['雪堰镇', 'town', null],
    ['太湖湾', 'area', '雪堰镇'],
  ]);
});

void test('a village written after a town the segmenter split starts where the town ends', () => {
  assert.deepEqual(places('近日，横山桥镇西崦村人大代表联络站里热闹非凡。'), [
    ['横山桥镇', 'town', null],
    ['西崦村', 'village', '横山桥镇'],
  ]);
  assert.deepEqual(places('将新建滨河步道5.3公里、沿河绿道2公里。'), []);
});

void test('no town from a count or a pilot', () => {
  assert.deepEqual(places('与湟里镇等6家镇卫生院签约，试点镇卫生院门诊量同比增长。'), [
    ['湟里镇', 'town', null],
  ]);
});

void test('a body and a conjunction, or a verb of flowing, end before the place', () => {
  assert.deepEqual(
    places('区住建局、区交通运输局和遥观镇、横林镇作交流发言。').map(([n]) => n),
    ['遥观镇', '横林镇'],
  );
  assert.deepEqual(
    places('近日，流经牛塘镇的永安河沿岸堆场被清理。').map(([n]) => n),
    ['牛塘镇', '永安河'],
  );
});

void test('waters named with 荡 and 塘, but no pond and no town they sit in', () => {
  assert.deepEqual(places('将对西漕荡和永胜塘实施清淤，鱼塘、池塘、水塘整治同步推进。'), [
    ['西漕荡', 'lake', null],
    ['永胜塘', 'river', null],
  ]);
  assert.deepEqual(
    places('牛塘镇、湖塘镇的北塘河治理。').map(([n]) => n),
    ['牛塘镇', '湖塘镇', '北塘河'],
  );
});

void test('a type word right after a body names no place', () => {
  assert.deepEqual(places('湖塘派出所社区民警走进花园社区。'), [['花园社区', 'village', null]]);
});

void test('foreign states and cities, under the country written before them', () => {
  assert.deepEqual(places('代表团访问德国巴登-符腾堡州斯图加特市，又抵达慕尼黑市。'), [
    ['德国', 'country', null],
    ['巴登-符腾堡州', 'province', '德国'],
    ['斯图加特市', 'city', '巴登-符腾堡州'],
    ['慕尼黑市', 'city', null],
  ]);
  assert.deepEqual(
    places('在泰州市、马鞍山市考察，推进文明城市创建。').map(([n, k]) => `${n}/${k}`),
    ['泰州市/city', '马鞍山市/city'],
  );
});

void test('going into a community, and community and area kinds, are no places', () => {
  assert.deepEqual(places('推动微课堂进村入社区，发展居家社区养老，部分镇（街道）整改滞后。'), []);
});

void test('a village named by two lone characters at the very start of a paragraph', () => {
  assert.deepEqual(places('太滆村紧邻太滆运河。'), [
    ['太滆村', 'village', null],
    ['太滆运河', 'river', null],
  ]);
});

void test('a title, a direction of bordering and kinds of street are no places', () => {
  assert.deepEqual(places('串联起前黄镇寨前村、蒋湾村。'), [
    ['前黄镇', 'town', null],
    ['寨前村', 'village', '前黄镇'],
    ['蒋湾村', 'village', '前黄镇'],
  ]);
  assert.deepEqual(
    places('横林镇副镇长介绍，工程采用分片区施工，大桥北接湖塘镇，南连牛塘镇，打造省级步行街和美食街。').map(
      ([n]) => n,
    ),
    ['横林镇', '湖塘镇', '牛塘镇'],
  );
});

void test("a river's stretch at a village is the river and the village, and a river has no parent", () => {
  assert.deepEqual(places('在牛塘镇永安河塘洋村段举行演练。'), [
    ['牛塘镇', 'town', null],
    ['永安河', 'river', null],
    ['塘洋村', 'village', null],
  ]);
  assert.deepEqual(
    places('沿武南河南宅村段巡河。').map(([n]) => n),
    ['河南宅村'],
  );
});

void test("the world's regions, more countries and expressways named by their ends", () => {
  assert.deepEqual(places('产品出口东南亚、中东和欧洲，与波兰企业合作，项目紧邻沪宁高速和常泰高速公路。'), [
    ['东南亚', 'area', null],
    ['中东', 'area', null],
    ['欧洲', 'area', null],
    ['波兰', 'country', null],
    ['沪宁高速', 'road', null],
    ['常泰高速公路', 'road', null],
  ]);
  assert.deepEqual(places('中东部地区的经济高速发展，江南非遗。'), []);
});

void test('no place from a question, a verb, a particle, a market, a campaign or a rank of village', () => {
  assert.deepEqual(
    places(
      '哪段路灯不亮了。计国平带着村“两委”班子走访。要先坐镇村公交再转车。依托内河航道，建成10个以上低碳示范村。“青春护河”志愿服务。',
    ),
    [],
  );
  assert.deepEqual(
    places('我区将总结浒庄村试点经验，已沿永安河巡查，产品销往东南亚市场。').map(([n]) => n),
    ['浒庄村', '永安河', '东南亚'],
  );
});

void test('Hong Kong, Taiwan and a subdistrict newer than the divisions data are known places', () => {
  assert.deepEqual(places('理事长林宗翰率台湾企业家考察团，与香港客商和南夏墅街道交流。'), [
    ['台湾', 'province', null],
    ['香港', 'city', null],
    ['南夏墅街道', 'town', null],
  ]);
});

void test('a ring road keeps its ring, and a village may open with 村', () => {
  assert.deepEqual(places('沈启航来到环湖北路，查看村前村。'), [
    ['环湖北路', 'road', null],
    ['村前村', 'village', null],
  ]);
  assert.deepEqual(places('嘉泽镇湖村'), [
    ['嘉泽镇', 'town', null],
    ['湖村', 'village', '嘉泽镇'],
  ]);
});

void test('a pedestrian street keeps its road, and 和 may open a community', () => {
  assert.deepEqual(places('活动在湖塘镇人民路步行街举行，西湖街道和苑社区挂牌。'), [
    ['湖塘镇', 'town', null],
    ['人民路步行街', 'road', '湖塘镇'],
    ['西湖街道', 'town', null],
    ['和苑社区', 'village', '西湖街道'],
  ]);
});

void test('a road of two characters after a lone verb-like one, and no street from 沿街', () => {
  assert.deepEqual(places('书房分别位于凤栖公园和聚贤路沿街商铺。'), [
    ['凤栖公园', 'park', null],
    ['聚贤路', 'road', null],
  ]);
});

void test('waters listed with 和 and after 沿, and no town from a stretch of river', () => {
  assert.deepEqual(places('骆承志沿太湖、滆湖和武南河检查防汛工作，武南河牛塘段镇级河长汇报。'), [
    ['太湖', 'lake', null],
    ['滆湖', 'lake', null],
    ['武南河', 'river', null],
    ['武南河', 'river', null],
  ]);
});

void test('works along the water, old streets and areas named by a road lie in the town before them', () => {
  assert.deepEqual(
    places('来到雪堰镇太湖大堤，崔桥老街有机更新，西湖街道延政西路片区征收，这条老街，城中村改造。'),
    [
      ['雪堰镇', 'town', null],
      ['太湖大堤', 'other', '雪堰镇'],
      ['崔桥老街', 'area', null],
      ['西湖街道', 'town', null],
      ['延政西路片区', 'area', '西湖街道'],
    ],
  );
  assert.deepEqual(places('现将延政西路片区征收补偿方案公告如下'), [['延政西路片区', 'area', null]]);
  // A name the segmenter does not know, after the town, is the area's own.
  assert.deepEqual(places('走进横林镇崔桥老街。'), [
    ['横林镇', 'town', null],
    ['崔桥老街', 'area', '横林镇'],
  ]);
});

void test('a lake after a direction and a verb of bordering, and a town after 扎根', () => {
  assert.deepEqual(places('学校西邻滆湖，青年人才扎根西湖街道。'), [
    ['滆湖', 'lake', null],
    ['西湖街道', 'town', null],
  ]);
});

void test('a preposition glued to the word before a town, a verb of lying in, farm tracks and industrial estates', () => {
  assert.deepEqual(places('区农业农村局在洛阳镇举办培训班。'), [['洛阳镇', 'town', null]]);
  assert.deepEqual(places('某鸣湿地公园地处太湖湾，新修的机耕路13公里，落户湟里镇农产品加工集中区。'), [
    ['某鸣湿地公园', 'park', null],
    ['太湖湾', 'area', null],
    ['湟里镇', 'town', null],
    ['湟里镇农产品加工集中区', 'park', '湟里镇'],
  ]);
});

void test('foreign cities and states under their country, and regions before 制造', () => {
  assert.deepEqual(
    places(
      '代表团赴德国汉诺威参展，在波兰华沙、美国洛杉矶布局海外仓，武进是长三角制造业重镇，订单发往南美。',
    ),
    [
      ['德国', 'country', null],
      ['汉诺威', 'city', '德国'],
      ['波兰', 'country', null],
      ['华沙', 'city', '波兰'],
      ['美国', 'country', null],
      ['洛杉矶', 'city', '美国'],
      ['武进', 'district', null],
      ['长三角', 'area', null],
      ['南美', 'area', null],
    ],
  );
  // Not `罗马` inside `罗马尼亚`.
  assert.deepEqual(places('罗马尼亚客商来访，下萨克森州代表参会。'), [
    ['罗马尼亚', 'country', null],
    ['下萨克森州', 'province', null],
  ]);
});

void test('a village opening with 村 right after its town, and a road named by a verb right after its town', () => {
  assert.deepEqual(places('项目位于湟里镇村前村，医院位于西湖街道淹城路以南。'), [
    ['湟里镇', 'town', null],
    ['村前村', 'village', '湟里镇'],
    ['西湖街道', 'town', null],
    ['淹城路', 'road', '西湖街道'],
  ]);
});

void test('a common word ending in a generic one, generic estates, and a martyrs’ cemetery', () => {
  assert.deepEqual(places('形成“党建+研发”工作思路，搬离居民集中区，来到武进烈士陵园。'), [
    ['武进烈士陵园', 'other', null],
  ]);
});

void test('a park opened in a town lies in it', () => {
  assert.deepEqual(places('4月17日上午，武进跨境电商产业园在南夏墅街道开园运营。'), [
    ['武进跨境电商产业园', 'park', '南夏墅街道'],
    ['南夏墅街道', 'town', null],
  ]);
});

void test('regions named inside a quoted speech are places', () => {
  assert.deepEqual(places('“我们希望借助展会打开德国、荷兰等高端市场。”'), [
    ['德国', 'country', null],
    ['荷兰', 'country', null],
  ]);
});

void test('a kind of village is no place', () => {
  assert.deepEqual(places('组织企业结对帮扶湟里镇经济薄弱村。'), [['湟里镇', 'town', null]]);
});

void test('working on villages, whole towns, stretches between roads and low-lying spots are no places', () => {
  assert.deepEqual(
    places(
      '要坚持治水与治村相结合，由村集体投资建设，惠及全镇群众。长虹路之间河段封航，坚决遏制涉河违法行为。在一处低洼路段察看低洼片区、村北片区和圩区泵站，向所在单位或镇统战部门报名。',
    ),
    [['长虹路', 'road', null]],
  );
});

void test('no known name runs out of a water’s name, nor is a post’s level a district', () => {
  assert.deepEqual(places('武宜运河南夏墅段河长，武宜运河区级河长，武进区级机关。'), [
    ['武宜运河', 'river', null],
    ['武进区', 'district', null],
  ]);
});

void test('an old town is a quarter; an old village is a place only when named', () => {
  assert.deepEqual(places('杨桥古镇内保存明清建筑。走进古村，感受古镇的历史。郑陆镇焦溪古村迎来客流。'), [
    ['杨桥古镇', 'area', null],
    ['郑陆镇', 'town', null],
    ['焦溪古村', 'village', '郑陆镇'],
  ]);
  assert.deepEqual(places('深入镇内芙蓉村，沿途串联起西太湖湿地公园，因夏溪路施工。'), [
    ['芙蓉村', 'village', null],
    ['西太湖湿地公园', 'park', null],
    ['夏溪路', 'road', null],
  ]);
});

void test('a verb of governing before 社区 names no community; a road keeps its two-character name before its direction', () => {
  assert.deepEqual(
    findPlaces(
      '推动物业服务企业融入社区治理体系，健全社区党组织领导下的协调机制。南至聚湖东路，北至人民东路。',
    ).map((p) => p.name),
    ['聚湖东路', '人民东路'],
  );
});

void test('figures of speech, slogans, styles and bus routes name no place', () => {
  const names = (s: string) => findPlaces(s).map((p) => p.name);
  assert.deepEqual(names('道路是服务群众的“民心路”，也是乡村振兴的“致富路”。'), []);
  assert.deepEqual(names('开展“商会助企行”“百企联百村”等活动。'), []);
  assert.deepEqual(names('本届樱花节以“樱约太湖湾 乐享春日游”为主题。'), []);
  assert.deepEqual(names('新建港湾式公交站台12个，新改建农村公路96公里。'), []);
  assert.deepEqual(names('赏桃花、逛古村、尝农家菜，游客可登山观湖。'), []);
  assert.deepEqual(names('也可向经常居住地镇（街道）人武部咨询。'), []);
  assert.deepEqual(names('武进286路由洛阳镇开往遥观镇。'), ['武进', '洛阳镇', '遥观镇']);
  assert.deepEqual(names('湟里镇村前村村民在路旁晾晒稻谷。'), ['湟里镇', '村前村']);
});
