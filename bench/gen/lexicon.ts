/**
 * Word parts the generator composes its fictional cast from. Surnames are common ones (the
 * extractor must know them); given names, brands and place names are syllable combinations,
 * so they belong to nobody real.
 */

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

/** Characters used in given names; chosen so that pairs rarely make dictionary words. */
export const GIVEN = [
  ...'俊杰震宇晓平岩钢旌巍天晟龙梦琪艳超莲寅可馨芊卉晶玮翔斌峰逸文丹蓉睿泽瑶婷昊轩哲涵琳悦彤锦瑜曦浩瀚铭宸奕辰航骁珂璐湘沅淇澄霖岚屹嵘骞琨瑾璇怡萱茜蕾蓓颖婧妍馥晗昕旻暄煜炜烨熠灿焕铄锴镕钧铎锋',
];

/** Title chains of officials, outermost first; the last one is what stands before the name. */
export const TITLE_CHAINS: readonly string[][] = [
  ['市委常委', '区委书记'],
  ['区委副书记', '区长'],
  ['区委常委', '常务副区长'],
  ['区委常委', '宣传部部长'],
  ['区委常委', '组织部部长'],
  ['区委常委', '区纪委书记'],
  ['副区长'],
  ['区人大常委会主任'],
  ['区人大常委会副主任'],
  ['区政协主席'],
  ['区政协副主席'],
  ['区委常委', '政法委书记'],
];

/** Titles of people quoted in a story (not officials leading events). */
export const MENTION_TITLES = [
  '企业负责人',
  '项目负责人',
  '党委书记',
  '村党总支书记',
  '总经理',
  '董事长',
  '科长',
  '局长',
];

export const BRAND_A = [...'恒瑞新华博远嘉泽天合中晟华昱宏达星科鼎盛凯丰海纳正泰永固隆美'];
export const BRAND_B = [...'锐骏澜曜翎琮珀璟珑烁峻骐麟瀚晖霆昶睿弘铂'];
export const INDUSTRIES = [
  '智能装备',
  '新材料',
  '精密机械',
  '生物医药',
  '光电科技',
  '新能源',
  '环保科技',
  '电子科技',
  '汽车零部件',
  '纺织科技',
  '医疗器械',
  '电力设备',
];
export const COMPANY_PREFIX = ['江苏', '常州', '常州市武进'];
export const COMPANY_SUFFIX = ['有限公司', '股份有限公司', '科技有限公司'];

export const PRODUCTS = [
  '动力电池',
  '智能装备连接器',
  '高端轴承',
  '光伏组件',
  '精密模具',
  '碳纤维复合材料',
  '医用耗材',
  '工业机器人',
  '储能系统',
  '特种电缆',
  '新型显示面板',
  '汽车电子',
];
export const PROJECT_KINDS = ['生产基地项目', '产业园项目', '研发中心项目', '智能工厂项目', '扩建项目'];

/**
 * Characters of town and village names. No 区: in a name of random syllables (`区雪渚村`, `观区镇`)
 * it cannot be told from the district suffix, by a reader or a rule.
 */
export const PLACE_A = [...'湖塘牛塘嘉泽雪堰前黄礼河洛阳横山遥观奔牛邹夏溪'];
export const PLACE_B = [...'溪桥庄浦塘埠港墩泾渚'];
export const RIVER_WORDS = ['河', '港', '浜'];
export const PARK_WORDS = ['公园', '湿地公园', '产业园'];

export const TOPICS = [
  '安全生产',
  '防汛防台',
  '生态环境整改',
  '乡村振兴',
  '营商环境优化',
  '城市更新',
  '民生实事',
  '文明城市创建',
  '河长制落实',
  '产业转型升级',
  '科技创新',
  '基层治理',
];

export const HONORS = [
  '省级专精特新企业',
  '国家高新技术企业',
  '省智能制造示范工厂',
  '市级企业技术中心',
  '省绿色工厂',
];

/** Generic policy sentences with no names, suffixes or amounts in them. */
export const FILLER = [
  '要坚持问题导向，压紧压实各方责任，确保各项任务落到实处',
  '要强化统筹协调，形成工作合力，推动各项举措见行见效',
  '要持续优化服务，主动靠前解决难题，让群众有更多获得感',
  '要保持攻坚态势，细化时间节点，以钉钉子精神抓好推进',
  '要立足资源禀赋，坚持系统谋划，推动高质量发展走在前列',
  '要聚焦群众关切，补齐短板弱项，提升治理的精细化水平',
  '要守牢安全底线，加强隐患排查，切实保障人民群众生命财产安全',
  '各地各部门要进一步提高站位，狠抓落实，确保取得实效',
];

export const PROGRESS = [
  '主体结构已封顶',
  '正在进行设备安装调试',
  '预计年底竣工投产',
  '部分厂房已投入使用',
  '进入室内外装修阶段',
];

export const KICKERS = ['凝心聚力促发展', '奋力谱写新篇章', '稳中求进抓落实', '真抓实干见实效'];
export const SUBTITLES = [
  '以实干担当推动各项工作落地见效',
  '全力打造高质量发展新标杆',
  '让群众生活更加幸福美好',
];
export const COLUMN_LABELS = ['重点项目', '进行时'];
