import type { OrganizationKind } from '../../../model/extraction.ts';
import { CUT_WORDS } from './cut-words.ts';

/**
 * How much evidence a suffix needs before the words in front of it count as a name:
 * `free` takes the phrase as written, `admin` needs an administrative or place opening
 * (`区水利局`), `distinct` needs that or a long, specific name (`…技术创新中心`).
 */
export type SuffixRule = 'free' | 'admin' | 'distinct';

export const ORG_SUFFIXES: [string, OrganizationKind, SuffixRule][] = [
  ['集团股份有限公司', 'company', 'free'],
  ['股份有限公司', 'company', 'free'],
  ['有限责任公司', 'company', 'free'],
  ['集团有限公司', 'company', 'free'],
  ['有限公司', 'company', 'free'],
  // A Japanese company's legal form.
  ['株式会社', 'company', 'free'],
  ['分公司', 'company', 'free'],
  ['支行', 'company', 'free'],
  ['交易所', 'other', 'distinct'],
  ['分行', 'company', 'free'],
  ['银行', 'company', 'distinct'],
  // A company named without its legal form (`某某供电公司`) needs a place opening or a long name.
  ['公司', 'company', 'distinct'],
  ['集团', 'company', 'free'],
  ['厂', 'company', 'admin'],
  ['大学', 'university', 'free'],
  ['学院', 'university', 'free'],
  // Research institutes and laboratories are bodies of their own, whoever founded them.
  ['研究院', 'other', 'distinct'],
  ['研究所', 'other', 'distinct'],
  ['实验室', 'other', 'distinct'],
  ['人民法院', 'court', 'free'],
  // A court's branch in a town and its enforcement bureau (`区法院横林人民法庭`, `区法院执行局`).
  ['人民法庭', 'court', 'free'],
  ['执行局', 'court', 'admin'],
  ['法院', 'court', 'admin'],
  ['检察院', 'court', 'admin'],
  ['纪委监委机关', 'party', 'free'],
  // The discipline commission works with the supervisory commission as one body, of the party.
  ['纪委监委', 'party', 'admin'],
  ['省委党校', 'party', 'free'],
  ['市委党校', 'party', 'free'],
  ['区委党校', 'party', 'free'],
  ['县委党校', 'party', 'free'],
  ['机关', 'government', 'admin'],
  ['组织部', 'party', 'free'],
  ['宣传部', 'party', 'free'],
  ['统战部', 'party', 'free'],
  ['政法委', 'party', 'free'],
  ['巡察组', 'party', 'free'],
  // A working group a body sets up (`西湖街道征收工作组`).
  ['工作组', 'government', 'admin'],
  // `省卫生健康委督导组`, `区人大常委会执法检查组`: a team a body sends out.
  ['检查组', 'government', 'admin'],
  ['督导组', 'government', 'admin'],
  ['督查组', 'government', 'admin'],
  ['指导组', 'government', 'admin'],
  ['巡视组', 'party', 'free'],
  ['省委', 'party', 'free'],
  ['党委', 'party', 'admin'],
  // A body's or a village's party branch (`区人大常委会党组`, `某某村党总支`).
  ['党总支', 'party', 'admin'],
  ['党支部', 'party', 'admin'],
  ['党组', 'party', 'admin'],
  ['人民政府', 'government', 'free'],
  ['政府', 'government', 'admin'],
  ['管委会', 'government', 'admin'],
  ['常委会', 'government', 'admin'],
  // The consumers' association is a public body of its own, not an office (`区消费者权益保护委员会`).
  ['消费者权益保护委员会', 'association', 'admin'],
  ['委员会', 'government', 'distinct'],
  // The consultative conference is neither the government nor the party (as the golds have it).
  ['政协', 'other', 'admin'],
  ['大队', 'government', 'admin'],
  // Detachments of the armed police (`武警某某支队某某中队`).
  ['支队', 'other', 'admin'],
  ['中队', 'other', 'admin'],
  ['消防救援站', 'government', 'distinct'],
  // The people's armed forces department (`区人武部`), a military body of the district.
  ['人武部', 'other', 'admin'],
  ['人民武装部', 'other', 'admin'],
  // A branch of a charity or an association in a town (`某某镇慈善分会`).
  ['分会', 'association', 'admin'],
  // `区委两新工委`: a working committee of the party.
  ['工委', 'party', 'admin'],
  ['中心组', 'party', 'admin'],
  ['分中心', 'government', 'distinct'],
  ['研究中心', 'other', 'distinct'],
  ['创新中心', 'other', 'distinct'],
  // Community health centres and clinics are medical bodies, not offices.
  ['卫生服务中心', 'other', 'distinct'],
  // `武进区礼嘉中心小学`: a town's central school, not a centre.
  ['中心小学', 'other', 'distinct'],
  ['中心幼儿园', 'other', 'distinct'],
  ['中心学校', 'other', 'distinct'],
  ['中心', 'government', 'distinct'],
  // `中德中小企业合作服务站`: a service point with a name of its own (`便民服务站` has none).
  ['服务站', 'other', 'distinct'],
  // Where deputies meet voters and where laws are put to residents (`某村人大代表联络站`,
  // `某社区基层立法联系点`).
  ['代表联络站', 'other', 'admin'],
  ['联络站', 'other', 'distinct'],
  ['立法联系点', 'other', 'admin'],
  ['分局', 'government', 'admin'],
  // `区防汛防旱指挥部`, `区防汛机动抢险队`: standing bodies of the district's emergency work.
  ['指挥部', 'government', 'admin'],
  ['抢险队', 'government', 'admin'],
  // A town's stations (`镇水利站`, `某镇综合文化站`).
  ['水利站', 'government', 'admin'],
  ['综合文化站', 'other', 'admin'],
  ['派出所', 'government', 'free'],
  ['司法所', 'government', 'distinct'],
  ['办公室', 'government', 'admin'],
  ['局', 'government', 'admin'],
  ['海关', 'government', 'admin'],
  // Foreign agencies (`下萨克森州经济促进署`); a bare 署 is mostly `部署`.
  ['促进署', 'government', 'distinct'],
  ['投资署', 'government', 'distinct'],
  ['发展署', 'government', 'distinct'],
  // `省发展改革委`, `区卫健委`: commissions named by their short form.
  ['委', 'government', 'admin'],
  ['办', 'government', 'admin'],
  ['厅', 'government', 'admin'],
  // People's organizations, named by their usual short forms (`区妇联`, `区总工会`).
  ['红十字会', 'association', 'admin'],
  ['总工会', 'association', 'admin'],
  ['工商联', 'association', 'admin'],
  ['妇联', 'association', 'admin'],
  ['科协', 'association', 'admin'],
  ['残联', 'association', 'admin'],
  ['侨联', 'association', 'admin'],
  ['文联', 'association', 'admin'],
  ['联盟', 'association', 'distinct'],
  ['总会', 'association', 'distinct'],
  ['协会', 'association', 'distinct'],
  ['商会', 'association', 'distinct'],
  ['联合会', 'association', 'distinct'],
  ['基金会', 'association', 'distinct'],
  ['同乡会', 'association', 'distinct'],
  ['联谊会', 'association', 'distinct'],
  ['促进会', 'association', 'distinct'],
  // Religious bodies (`区天主教爱国会`, `区基督教两会`).
  ['爱国会', 'association', 'admin'],
  ['基督教两会', 'association', 'admin'],
  // Farmers' cooperatives and family farms are registered under laws of their own, neither firms
  // under company law nor associations: `other`, as the golds have them.
  ['专业合作社联合社', 'other', 'free'],
  ['合作社联合社', 'other', 'free'],
  ['专业合作社', 'other', 'free'],
  ['合作社', 'other', 'distinct'],
  ['家庭农场', 'other', 'free'],
  ['农场', 'other', 'distinct'],
  ['服务队', 'other', 'free'],
  // Teams a town, village or school fields (`区防汛抢险应急队`, `某某镇农民舞龙队`, `某某村代表队`).
  ['代表队', 'other', 'admin'],
  ['应急队', 'other', 'admin'],
  ['应急分队', 'other', 'admin'],
  ['舞龙队', 'other', 'admin'],
  ['龙舟队', 'other', 'admin'],
  ['篮球队', 'other', 'admin'],
  ['足球队', 'other', 'admin'],
  ['皮划艇队', 'other', 'admin'],
  ['合唱队', 'other', 'admin'],
  ['舞蹈队', 'other', 'admin'],
  ['腰鼓队', 'other', 'admin'],
  ['巡逻队', 'other', 'admin'],
  ['宣传队', 'other', 'admin'],
  ['文艺队', 'other', 'admin'],
  ['志愿队', 'other', 'free'],
  ['救援队', 'other', 'distinct'],
  ['人民医院', 'other', 'free'],
  ['医院', 'other', 'distinct'],
  ['卫生院', 'other', 'distinct'],
  ['妇幼保健院', 'other', 'free'],
  ['保健院', 'other', 'distinct'],
  ['中学', 'other', 'distinct'],
  ['小学', 'other', 'distinct'],
  ['幼儿园', 'other', 'distinct'],
  ['学校', 'other', 'distinct'],
  // Homes for the elderly and welfare homes (`某某镇康乐颐养院`).
  ['颐养院', 'other', 'distinct'],
  ['养老院', 'other', 'distinct'],
  ['敬老院', 'other', 'distinct'],
  ['福利院', 'other', 'distinct'],
  ['护理院', 'other', 'distinct'],
  // Troupes (`区锡剧团`), publishers, grain depots and funds set up as bodies (`某某产业投资基金`).
  ['剧团', 'other', 'distinct'],
  ['书画院', 'other', 'distinct'],
  ['画院', 'other', 'distinct'],
  ['艺术团', 'other', 'distinct'],
  ['出版社', 'media', 'distinct'],
  ['储备库', 'other', 'distinct'],
  ['投资基金', 'other', 'distinct'],
  ['母基金', 'other', 'distinct'],
  ['管理处', 'government', 'distinct'],
  ['办事处', 'government', 'distinct'],
  // Museums, libraries and halls of culture are bodies of their own (`南京博物院`, `武进区图书馆`).
  ['博物馆', 'other', 'distinct'],
  ['博物院', 'other', 'distinct'],
  ['图书馆', 'other', 'distinct'],
  ['文化馆', 'other', 'distinct'],
  ['美术馆', 'other', 'distinct'],
  ['纪念馆', 'other', 'distinct'],
  ['档案馆', 'other', 'distinct'],
  ['科技馆', 'other', 'distinct'],
  ['报社', 'media', 'free'],
  ['律师事务所', 'other', 'free'],
  ['会计师事务所', 'other', 'free'],
  // Foreign missions (`新加坡驻上海总领事馆`).
  ['总领事馆', 'government', 'free'],
  ['领事馆', 'government', 'free'],
  ['大使馆', 'government', 'free'],
  ['电视台', 'media', 'distinct'],
];

/** Facilities named like bodies: a `社区邻里中心` is a building, not an organization. */
export const FACILITY_NAMES = [
  '邻里中心',
  '活动中心',
  '照料中心',
  '购物中心',
  '健身中心',
  '文体中心',
  '文化中心',
  '体育中心',
  '游客中心',
  '游客服务中心',
  '展示交易中心',
  '会展中心',
  '展示中心',
  '展览中心',
  '驿站',
  // `五轴联动加工中心`: a machine tool, or a plant's workshop.
  '加工中心',
];

/** Suffixes of units inside a parent body: `某大学某学院`, `某中心某分中心`. */
export const SUB_UNIT_SUFFIXES = new Set([
  '学院',
  '分中心',
  '分公司',
  '支行',
  '分行',
  '分局',
  '派出所',
  '研究院',
  '研究所',
  '研究中心',
  '人民法庭',
]);

/** Bodies whose suffix is a full word, so a bare `区`/`市` opening names them (`区政协`, `市法院`). */
export const SHORT_OPENING_SUFFIXES = new Set([
  '政协',
  '法院',
  '检察院',
  '政府',
  '妇联',
  '科协',
  '残联',
  '侨联',
  '文联',
  '工商联',
  '总工会',
]);

/** Units an official's title may name that still count as organizations of the article. */
export const TITLE_ORG_SUFFIXES = new Set([
  '公司',
  '协会',
  '商会',
  '联合会',
  '局',
  '办',
  '办公室',
  '中心',
  '分中心',
  '管委会',
  '常委会',
  '政协',
  '医院',
  '卫生院',
  '保健院',
  '学校',
  '小学',
  '中心小学',
  '中学',
  '初级中学',
  '高级中学',
  '幼儿园',
  '研究院',
  '大学',
  '学院',
]);

/** National bodies that carry no suffix a rule could use. */
export const NATIONAL_BODIES: [string, OrganizationKind][] = [
  ['国务院', 'government'],
  ['中共中央', 'party'],
  ['全国人大常委会', 'government'],
  ['全国政协', 'government'],
  ['团区委', 'party'],
  ['团市委', 'party'],
  ['团省委', 'party'],
  ['中国工程院', 'university'],
  ['国家发展改革委', 'government'],
  ['最高人民法院', 'court'],
  ['最高人民检察院', 'court'],
  // Ministries of the State Council.
  ['教育部', 'government'],
  ['科学技术部', 'government'],
  ['工业和信息化部', 'government'],
  ['公安部', 'government'],
  ['民政部', 'government'],
  ['财政部', 'government'],
  ['人力资源和社会保障部', 'government'],
  ['自然资源部', 'government'],
  ['生态环境部', 'government'],
  ['住房和城乡建设部', 'government'],
  ['交通运输部', 'government'],
  ['水利部', 'government'],
  ['农业农村部', 'government'],
  ['商务部', 'government'],
  ['文化和旅游部', 'government'],
  ['应急管理部', 'government'],
  ['退役军人事务部', 'government'],
];

/** Words that end the phrase before a suffix: verbs, particles, determiners. */
export const ORG_STOP_WORDS = [
  '来到',
  '位于',
  // `区长某某代表区人民政府作报告`: speaking for a body.
  '代表',
  '依托',
  '携手',
  '发布',
  '打造',
  '成立',
  '开启',
  '进驻',
  '带领',
  '推动',
  '支持',
  '率先',
  '作为',
  '包括',
  '面向',
  '配合',
  '接受',
  '邀请',
  '聘请',
  '签约',
  '来自',
  '直属',
  '子公司',
  '母公司',
  '随着',
  '通过',
  '根据',
  '参与',
  '单位',
  '协助',
  '获评',
  '评定',
  '机构',
  '以下',
  '首个',
  '还有',
  // `南京一家互联网公司`: one of a kind, not a name.
  '一家',
  // `其中省级示范家庭农场`, `引导家庭农场`, `加入专业合作社`: counting or steering a kind of body.
  '其中',
  '引导',
  '加入',
  '共有',
  '培育',
  '扶持',
  '鼓励',
  '带动',
  // `中外合资企业某某有限公司`: the kind of firm, said before its name.
  '合资企业',
  // `日资企业`, `台资企业`, `德资企业`: where the capital comes from.
  '资企业',
  // `某商圈运营方某某有限公司`.
  '运营方',
  '独资企业',
  '外资企业',
  '民营企业',
  '龙头企业',
  '国有企业',
  '上市企业',
  '组建',
  // `辖区爱心企业某某有限公司`.
  '辖区',
  '爱心企业',
  // `全区中小学`: all of a kind in the district, no one body.
  '全区',
  '全市',
  '全镇',
  '全省',
  '希望',
  '主要',
  '做好',
  '要求',
  // `利用闲置校舍改造农产品展销中心`: what is rebuilt into something.
  '利用',
  '改造',
  '改建',
  // `本次演练模拟某某化学品公司…`: what a drill plays out.
  '模拟',
  // `传达学习省委、市委…精神`: passing on a body's decisions, not part of its name.
  '传达学习',
  '传达',
  '贯彻落实',
  '贯彻',
  // `我区某某有限公司`: the paper's own district, not part of the name.
  '我区',
  '我市',
  '我省',
  '我镇',
  // `市区两级政府`: levels of government, not one body.
  '两级',
  '三级',
  '各级',
  // `与某某医院签订专科联盟协议`, `选举产生第一届业主委员会`, `有效缓解某某医院床位紧张`,
  // `扩大合作银行范围`: verbs of the clause before the name.
  '签订',
  '签署',
  '产生',
  '缓解',
  '扩大',
  // `被告某某有限公司`: a party to a case.
  '被告',
  '原告',
  // `项目公司某某科技有限公司`: a generic head noun, not part of the name.
  '公司',
  ...CUT_WORDS,
];

/**
 * Words of names that hold a character which otherwise ends a name (`区工信局和某某公司`):
 * departments (`住房和城乡建设局`, `人力资源和社会保障局`) and the united front's
 * `新的社会阶层人士联合会`.
 */
export const NAME_WORDS_WITH_STOPS = [
  '住房和城乡建设',
  '发展和改革',
  '人力资源和社会保障',
  '工业和信息化',
  '文化体育广电和旅游',
  '文化体育和旅游',
  '文化广电和旅游',
  '文化和旅游',
  '自然资源和规划',
  '新的社会阶层',
];
export const ORG_STOP_CHARS = new Set('的在于与和及由为向对是了到把将被从获同让给请等各该本这此其个并赴');
/** Openings that mark a government or party body: `区水利局`, `中共某某区委`. */
export const ADMIN_OPENING = /^(?:中共|区委|市委|省委|县委|区|市|省|县|镇|街道|国家|中央|全国|中国)/;
