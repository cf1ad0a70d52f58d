/** Chinese surnames, common single-character ones and the usual compound ones. */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由恽濮缐芦笪蔚郦殳钮承巢眭蒯糜荀贡堵钦郏贝言贲蒉宦璩竺宓洪赖阎郗邴隗钭韶蓟鄂逄郤庾暨夔厍訾乜桓汲酆羿莘滑释';
const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '夏侯',
  '轩辕',
  '端木',
  '申屠',
  '澹台',
  '司徒',
  '司空',
  '百里',
  '呼延',
  '独孤',
];

/**
 * Common Japanese surnames, read only after a title (`常务董事高桥良介`): the given name after them
 * has two characters, where a Chinese reading would stop one short.
 */
export const JAPANESE_SURNAMES = (
  '佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 ' +
  '池田 桥本 阿部 石川 前田 藤田 小川 冈田 后藤 长谷川 村上 近藤 坂本 远藤 青木 藤井 西村 福田 太田 ' +
  '三浦 藤原 冈本 松田 中川 中野 原田 小野 田村 竹内 和田 中山 森田 柴田 酒井 工藤 横山 宫崎 宫本 ' +
  '内田 安藤 岛田 谷口 大野 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 平野 大塚 千叶 久保 松井 ' +
  '小岛 岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井'
).split(' ');

const SINGLE_SET = new Set(SINGLE);

/** Length of the surname at `at` in `text` (2 for compound ones), or 0 when none starts there. */
export function surnameAt(text: string, at: number): number {
  const two = text.slice(at, at + 2);
  if (COMPOUND.includes(two)) return 2;
  return SINGLE_SET.has(text.charAt(at)) ? 1 : 0;
}
