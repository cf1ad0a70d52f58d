import type { PlaceKind } from '../../../model/extraction.ts';

/**
 * Places no administrative gazetteer lists: foreign countries named in investment news
 * the regions of the world their markets are named by (`东南亚`), and the economic regions of
 * China (`长三角`).
 */
export const NAMED_REGIONS: [string, PlaceKind][] = [
  ['中国', 'country'],
  ['美国', 'country'],
  ['日本', 'country'],
  ['韩国', 'country'],
  ['德国', 'country'],
  ['法国', 'country'],
  ['英国', 'country'],
  ['意大利', 'country'],
  ['西班牙', 'country'],
  ['荷兰', 'country'],
  ['瑞士', 'country'],
  ['瑞典', 'country'],
  ['丹麦', 'country'],
  ['芬兰', 'country'],
  ['挪威', 'country'],
  ['奥地利', 'country'],
  ['比利时', 'country'],
  ['以色列', 'country'],
  ['俄罗斯', 'country'],
  ['加拿大', 'country'],
  ['澳大利亚', 'country'],
  ['新西兰', 'country'],
  ['新加坡', 'country'],
  ['马来西亚', 'country'],
  ['泰国', 'country'],
  ['越南', 'country'],
  ['印度尼西亚', 'country'],
  ['印度', 'country'],
  ['巴西', 'country'],
  ['墨西哥', 'country'],
  ['沙特阿拉伯', 'country'],
  ['阿联酋', 'country'],
  ['波兰', 'country'],
  ['葡萄牙', 'country'],
  ['捷克', 'country'],
  ['匈牙利', 'country'],
  ['希腊', 'country'],
  ['爱尔兰', 'country'],
  ['卢森堡', 'country'],
  ['乌克兰', 'country'],
  ['白俄罗斯', 'country'],
  ['塞尔维亚', 'country'],
  ['土耳其', 'country'],
  ['埃及', 'country'],
  ['南非', 'country'],
  ['尼日利亚', 'country'],
  ['肯尼亚', 'country'],
  ['埃塞俄比亚', 'country'],
  ['摩洛哥', 'country'],
  ['阿根廷', 'country'],
  ['智利', 'country'],
  ['秘鲁', 'country'],
  ['哥伦比亚', 'country'],
  ['菲律宾', 'country'],
  ['柬埔寨', 'country'],
  ['缅甸', 'country'],
  ['老挝', 'country'],
  ['巴基斯坦', 'country'],
  ['孟加拉国', 'country'],
  ['斯里兰卡', 'country'],
  ['哈萨克斯坦', 'country'],
  ['乌兹别克斯坦', 'country'],
  ['卡塔尔', 'country'],
  ['伊朗', 'country'],
  ['蒙古国', 'country'],
  ['朝鲜', 'country'],
  ...'罗马尼亚 保加利亚 斯洛伐克 斯洛文尼亚 克罗地亚 立陶宛 拉脱维亚 爱沙尼亚 冰岛 阿曼 科威特 约旦 伊拉克 阿尔及利亚 坦桑尼亚 乌干达 安哥拉 文莱 尼泊尔 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿塞拜疆 格鲁吉亚 亚美尼亚 委内瑞拉 厄瓜多尔 乌拉圭 巴拉圭 玻利维亚'
    .split(' ')
    .map((c): [string, PlaceKind] => [c, 'country']),
  ['长三角', 'area'],
  ['长江三角洲', 'area'],
  ['珠三角', 'area'],
  ['京津冀', 'area'],
  ['粤港澳大湾区', 'area'],
  ['长江经济带', 'area'],
  ['苏南', 'area'],
  ['苏北', 'area'],
  ['东南亚', 'area'],
  ['中亚', 'area'],
  ['中东', 'area'],
  ['欧洲', 'area'],
  ['拉美', 'area'],
  ['非洲', 'area'],
  ['北美洲', 'area'],
  ['南美洲', 'area'],
  ['东欧', 'area'],
  ['西欧', 'area'],
  ['北欧', 'area'],
  ['亚太', 'area'],
  ['南美', 'area'],
  ['北美', 'area'],
  ['西亚', 'area'],
  ['南亚', 'area'],
  ['东亚', 'area'],
  ['大洋洲', 'area'],
  ...foreignPlaces(),
];

/**
 * Foreign cities and states where the district's firms build, sell and exhibit, and where its
 * delegations go (`德国汉诺威`, `波兰华沙`). Names that are also common words or sit inside them
 * are left out (`汉堡`, `河内`, `金边`, `万象`, `京都`).
 */
function foreignPlaces(): [string, PlaceKind][] {
  const cities =
    '汉诺威 法兰克福 慕尼黑 柏林 斯图加特 杜塞尔多夫 科隆 纽伦堡 德累斯顿 莱比锡 巴黎 里昂 马赛 伦敦 曼彻斯特 伯明翰 ' +
    '米兰 都灵 罗马 威尼斯 马德里 巴塞罗那 里斯本 阿姆斯特丹 鹿特丹 布鲁塞尔 安特卫普 苏黎世 日内瓦 维也纳 ' +
    '斯德哥尔摩 哥本哈根 赫尔辛基 奥斯陆 华沙 布拉格 布达佩斯 德布勒森 布加勒斯特 贝尔格莱德 雅典 莫斯科 ' +
    '圣彼得堡 明斯克 伊斯坦布尔 安卡拉 迪拜 阿布扎比 利雅得 吉达 多哈 特拉维夫 德黑兰 开罗 约翰内斯堡 内罗毕 ' +
    '拉各斯 纽约 洛杉矶 旧金山 芝加哥 休斯敦 西雅图 波士顿 底特律 亚特兰大 拉斯维加斯 多伦多 温哥华 蒙特利尔 ' +
    '墨西哥城 蒙特雷 圣保罗 里约热内卢 布宜诺斯艾利斯 圣地亚哥 利马 东京 大阪 名古屋 横滨 首尔 釜山 仁川 ' +
    '吉隆坡 槟城 曼谷 胡志明市 海防 雅加达 马尼拉 仰光 新德里 孟买 班加罗尔 金奈 卡拉奇 拉合尔 达卡 科伦坡 ' +
    '阿拉木图 阿斯塔纳 塔什干 乌兰巴托 悉尼 墨尔本 布里斯班 珀斯 奥克兰';
  const states =
    '下萨克森州 巴伐利亚州 巴登-符腾堡州 北莱茵-威斯特法伦州 黑森州 萨克森州 加利福尼亚州 得克萨斯州 ' +
    '德克萨斯州 密歇根州 俄亥俄州 纽约州 安大略省 魁北克省 不列颠哥伦比亚省 新南威尔士州 维多利亚州';
  return [
    ...cities.split(' ').map((c): [string, PlaceKind] => [c, 'city']),
    ...states.split(' ').map((c): [string, PlaceKind] => [c, 'province']),
  ];
}

/**
 * What may not follow a region's name for it to be the region: `中东部地区` is China's middle
 * and east, `江南非遗` its intangible heritage.
 */
export const REGION_NOT_BEFORE = new Map<string, RegExp>([
  ['中东', /^[部西南北]/],
  ['南非', /^遗/],
  // `罗马尼亚`, `西亚热带`: a longer name or word goes on.
  ['罗马', /^尼/],
  ['南亚', /^热/],
]);

/** A country name followed by these is part of a set phrase (`中国特色`, `中国式现代化`). */
export const REGION_SET_PHRASE = /^(?:特色|式|共产党|梦|人民|制造|智造|品牌|方案|故事|声音|之|化)/;
