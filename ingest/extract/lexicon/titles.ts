/**
 * Words that end an official or professional title and are directly followed by the
 * holder's name (`区委书记乔某某`, `区领导张某、李某`). Longer forms first.
 */
const TITLE_WORDS =
  '秘书长|负责人|主委|政委|首席执行官|执行官|运营官|技术官|财务官|创始人|合伙人|总干事|总领事|领事|参赞|大使|议员|州长|议长|董事长|执行董事|董事|总经理|副总裁|理事长|主任委员|调研员|巡视员|研究员|工程师|检察长|审判长|庭长|院士|导师|书记|常委|区长|市长|县长|镇长|乡长|省长|部长|主任|组长|科长|局长|处长|厅长|河长|湖长|所长|院长|校长|站长|队长|行长|会长|社长|台长|馆长|厂长|园长|主席|经理|总裁|总监|领导|委员|教授|主编|主管|专员|农场主|传承人|法官|检察官|警官|花农|菜农|果农|茶农|渔民|村民|居民|市民|职工|店主|摊主|医生|医师|律师|老师|教师|民警|辅警|消防员|护士长|护士|社工|军人|党员|志愿者|网格员|调解员|讲解员|技术员|工人|厨师|司机|快递员|主播|农户|种植户|养殖户|大户|技师|工匠|演员|歌手|运动员|教练|助理|设计师|专家|企业家|作家|画家|书法家|博士|学生';
export const TITLE_END = new RegExp(
  `(?:${TITLE_WORDS})(?=\\u3000{0,2}[\\u3400-\\u4dbf\\u4e00-\\u9fff])`,
  'g',
);
/** A clause that is only a title (`市委常委、区委书记，…`): another post of the same person follows. */
export const ENDS_WITH_TITLE = new RegExp(`(?:${TITLE_WORDS})$`);

/** Words that may follow a name: reporting verbs, event verbs, particles of lists. */
export const NAME_FOLLOWERS = [
  '表示',
  '指出',
  '强调',
  '介绍',
  '认为',
  '说',
  '笑着',
  '当选',
  '坦言',
  '透露',
  '要求',
  '希望',
  '提出',
  '宣布',
  '宣读',
  '参加',
  '出席',
  '列席',
  '应邀',
  '陪同',
  '一同',
  '带队',
  '带领',
  '率队',
  '率',
  '一行',
  '前往',
  '来到',
  // `某某沿太湖检查防汛工作`, `某某观摩演练`, `某某到会听取意见`.
  '沿',
  '观摩',
  '到会',
  // `某某来武调研`: coming to Wujin (武), the district or the city.
  '来武',
  '来我区',
  '来我市',
  '莅临',
  '赴',
  '专题',
  '调研',
  '督查',
  '视察',
  '检查',
  '考察',
  '走访',
  '看望',
  '慰问',
  '会见',
  '接待',
  '随团',
  '随同',
  '迎接',
  '欢迎',
  '主持',
  '讲话',
  '致辞',
  '发言',
  '作',
  '在',
  '等',
  '和',
  '与',
  '及',
  '同志',
  '先后',
  '实地',
  '深入',
  '开展',
  '为',
  '对',
  '就',
  '向',
  '代表',
  '首先',
  '随后',
  '详细',
  '认真',
  '肯定',
  '听取',
  '召开',
  '部署',
  '以',
  '同',
  '是',
  '也',
  '还',
  '则',
  '共同',
  '分别',
  '现场',
  '巡河',
  '巡查',
  '督导',
  '接受',
  '回答',
  '对此',
  '告诉',
  '寄语',
  '点评',
  '揭牌',
  '颁奖',
  '颁发',
  '签约',
  '见证',
  '的',
  '到',
  '家中',
  '家里',
  // Adverbs and time words that open the rest of the sentence (`主播某某正在直播`).
  '正在',
  '正',
  '每天',
  '一早',
  '再次',
  '又',
  '已经',
  '一直',
  '今年',
  '去年',
  '曾',
  '将',
  '把',
  '从',
];

/** Verbs that report speech: `张某表示`. A name before one needs no title. */
// `”某某说。`: a bare 说 counts only where the clause ends with it.
export const SPEECH_VERBS = /(?:表示|指出|介绍|认为|坦言|透露|说道|告诉记者|笑着说|说(?=[。，：:,]))/g;

/** Verbs after a name or list that make the people participants rather than leads. */
export const PARTICIPANT_VERBS = /^等?(?:参加|列席|的?陪同|也|及)/;
/** Doing something together (`甲，乙共同为某某揭牌`): the first of them still leads. */
export const TOGETHER_VERBS = /^等?(?:一同|共同|分别)/;
export const HOST_VERBS = /^等?主持/;
/** Verbs of taking part in an event, right after a name: `某某出席开工仪式`, `某某带队调研`. */
export const ATTENDING_VERBS =
  /^等?(?:出席|参加|列席|带队|率队|主持|调研|检查|督查|考察|走访|视察|会见|的?陪同|看望|慰问|巡查|一行)/;
