import type { PlaceKind } from '../../../model/extraction.ts';

/** Generic place-type words that end a place name, longest first where they overlap. */
export const PLACE_SUFFIXES: [string, PlaceKind][] = [
  ['城际铁路', 'other'],
  ['高速公路', 'other'],
  ['自然村', 'village'],
  ['创新区', 'area'],
  // `某镇工业集中区`, `某镇精细化工集中区`: a town's industrial estate, a park as `产业园` is.
  ['集中区', 'park'],
  ['高新区', 'area'],
  ['经开区', 'area'],
  ['开发区', 'area'],
  ['度假区', 'area'],
  ['示范区', 'area'],
  ['湿地公园', 'park'],
  ['烈士陵园', 'other'],
  ['科教城', 'area'],
  ['科技城', 'area'],
  ['新城', 'area'],
  ['产业园', 'park'],
  ['工业园', 'park'],
  ['科技园', 'park'],
  ['街道', 'town'],
  ['社区', 'village'],
  ['片区', 'area'],
  ['新区', 'area'],
  ['流域', 'area'],
  ['湾', 'area'],
  ['港', 'river'],
  ['西区', 'area'],
  ['东区', 'area'],
  ['南区', 'area'],
  ['北区', 'area'],
  ['公园', 'park'],
  ['大道', 'road'],
  ['大桥', 'other'],
  // Works along the water (`太湖大堤`, `淹城泵站`) and an old street kept as a quarter (`崔桥老街`).
  ['大堤', 'other'],
  ['泵站', 'other'],
  ['老街', 'area'],
  // `杨桥古镇`: an old town kept as a quarter of a town, not a town of its own.
  ['古镇', 'area'],
  ['机场', 'other'],
  ['高铁站', 'other'],
  ['村', 'village'],
  ['镇', 'town'],
  ['河', 'river'],
  ['浜', 'river'],
  ['江', 'river'],
  ['湖', 'lake'],
  ['荡', 'lake'],
  ['塘', 'river'],
  ['路', 'road'],
  ['街', 'road'],
];

/** Segmenter tags a place name can be built from (nouns, place names, unknown words, directions). */
export const PLACE_NAME_TAGS = new Set([
  'ns',
  'nz',
  'nr',
  'nrt',
  'nrfg',
  'j',
  'zg',
  'ng',
  'g',
  'f',
  'b',
  'x',
  'n',
  's',
  'a',
]);
/** Tags of a single dictionary word that make it a common noun, not a name (`思路`, `河湖`). */
export const PROPER_TAGS = new Set(['ns', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'x']);
/** Leading words that make a phrase generic rather than a name (`城市道路`, `周边河道`). */
export const GENERIC_PLACE_PREFIX =
  /^(?:部分|省级|市级|区级|试点|示范|城市|农村|乡村|区域|周边|沿线|主要|重点|各|该|本|全|我|此|这|美丽|生态|污水|相关|骨干|中小|流域性|镇村|城乡|口袋|最|低洼|圩区|所在)/;

/** Common words that end in a place-type word but name no place. */
export const GENERIC_PLACE_WORDS = new Set([
  '道路',
  '思路',
  '铁路',
  '公路',
  '马路',
  // `新修机耕路13公里`: a farm track, a kind of road.
  '机耕路',
  '生产路',
  '线路',
  '电路',
  '集成电路',
  '销路',
  '门路',
  '套路',
  '弯路',
  '老路',
  '退路',
  '网路',
  '出路',
  '之路',
  '一路',
  '通道',
  '江河',
  '母亲河',
  '黑臭河',
  '滨河',
  '支浜',
  '小浜',
  '河浜',
  '沟浜',
  '小河小浜',
  '沿河',
  '内河',
  '小河',
  '大河',
  '河流',
  '池塘',
  '鱼塘',
  '水塘',
  '河塘',
  '沟塘',
  '坑塘',
  '荷塘',
  '河湖',
  '城镇',
  '乡镇',
  '农村',
  '乡村',
  '社区',
  '居家社区',
  '完整社区',
  '老片区',
  '分片区',
  '美食街',
  '步行街',
  '沿街',
  '城中村',
  '商业街',
  '流域',
  '片区',
  '园区',
  // `结对帮扶经济薄弱村`: a kind of village, named by no one.
  '经济薄弱村',
  '薄弱村',
  '集中区',
  '工业集中区',
  '居民集中区',
  '城区',
  '老城区',
  '主城区',
  '新区',
  '小区',
  '街道',
  '大街',
  '老街',
]);
/** `特色小镇`, `工业重镇`: a kind of town, unless a proper name comes before (`焦溪古镇`); `坐镇`, a verb. */
export const TOWN_KIND_WORDS = new Set(['小镇', '重镇', '古镇', '名镇', '强镇', '集镇', '坐镇']);

/** Suffixes whose names are usually proper words, not common nouns (`新孟河`, not `责任河`). */
export const WATER_SUFFIXES = new Set(['河', '湖', '江']);
/**
 * Common nouns that make a kind of water, not a name, before `湖` or `河` (`人工湖`, `景观河`);
 * any other two-character noun right before one is the name (`芙蓉湖`).
 */
export const WATER_KIND_WORDS =
  /^(?:人工|景观|生态|城市|农村|乡村|母亲|幸福|责任|内部|外部|中心|护城|界河|小型|大型|天然|水系|环境|问题|黑臭|断头|骨干|主干|支流|主要|重点|周边|企业|工业|家庭)$/;

/**
 * Prepositions and adverbs the segmenter glues to the first character of a name it does
 * not know (`沿武南河`, `由雪堰镇`, `以沿武宜路`, `至常武路`).
 */
export const LEADING_FUNCTION_CHARS = new Set('以沿由在从向到至对与和及把于将经了的已因起');

/**
 * Characters of the standard transliteration of foreign names (斯图加特, 巴登-符腾堡). A run of
 * three or more of them before `市` or `州` is a foreign city or state: Chinese place names are
 * mostly two characters and rarely made of these alone.
 */
export const TRANSLITERATION_CHARS =
  '阿埃艾爱安昂奥巴拜班邦保贝本比彼毕宾波伯博布查采策达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰弗伏福富盖冈高戈格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加迦贾杰金喀卡凯坎康考柯科可克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳隆卢鲁路伦罗洛马迈麦曼芒梅门蒙孟米密明摩莫姆穆纳奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切琼丘萨塞赛桑瑟森沙尚什圣施舍史舒斯松苏索塔泰坦汤唐特滕提图托瓦万威韦维温文沃乌伍西希锡席夏谢辛欣休雅亚扬耶伊因英尤约泽扎詹芝朱兹宗佐堡符腾黎翰汶茨慕何吕蓬拿';
