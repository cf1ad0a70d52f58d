import type { PlaceKind } from '../../../model/extraction.ts';

/**
 * Places no administrative gazetteer lists: foreign countries named in investment news
 * and the economic regions of China (`长三角`).
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
  ['长三角', 'area'],
  ['长江三角洲', 'area'],
  ['珠三角', 'area'],
  ['京津冀', 'area'],
  ['粤港澳大湾区', 'area'],
  ['长江经济带', 'area'],
  ['苏南', 'area'],
  ['苏北', 'area'],
];

/** A country name followed by these is part of a set phrase (`中国特色`, `中国式现代化`). */
export const REGION_SET_PHRASE = /^(?:特色|式|共产党|梦|人民|制造|智造|品牌|方案|故事|声音|之|化)/;
