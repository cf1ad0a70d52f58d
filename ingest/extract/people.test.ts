import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attendee } from '../../model/extraction.ts';
import { markGuests, readPeople } from './people.ts';

const roles = (paragraphs: string[]): [string, string][] => {
  const people = readPeople(paragraphs, new Set(), true, []);
  return [
    ...people.attendees.map((a): [string, string] => [a.name, a.role]),
    ...people.mentioned.map((m): [string, string] => [m.name, 'mentioned']),
  ];
};

void test('titled people later in an event report took part in it', () => {
  assert.deepEqual(roles(['昨天，区领导方立新出席会议。', '某某公司董事长严立峰当选会长。']), [
    ['方立新', 'participant'],
    ['严立峰', 'participant'],
  ]);
});

void test('a past year after a name tells background, not attendance', () => {
  assert.deepEqual(roles(['昨天，区委书记方立新调研企业。', '公司董事长周立新2019年带领团队回乡创业。']), [
    ['方立新', 'lead'],
    ['周立新', 'mentioned'],
  ]);
});

void test('a lead sentence pushed into its own paragraph by the layout still names the attendees', () => {
  assert.deepEqual(
    roles(['1月1日，某某项目在湖塘镇开工。', '市委常委、区委书记萧立新出席开工仪式。', '项目总投资3亿元。']),
    [['萧立新', 'lead']],
  );
  // Someone who only speaks later is no attendee of an event nobody was said to attend.
  assert.deepEqual(roles(['1月1日，某某项目在湖塘镇开工。', '企业负责人周立新介绍，项目年内投产。']), [
    ['周立新', 'mentioned'],
  ]);
});

void test('after a host, people who only take part are participants, not the lead', () => {
  assert.deepEqual(
    roles(['昨天，区长蒋立斌主持召开常务会议。副区长许立明、周立琴，区政府办主任陆立华参加会议。']),
    [
      ['蒋立斌', 'host'],
      ['许立明', 'participant'],
      ['周立琴', 'participant'],
      ['陆立华', 'participant'],
    ],
  );
});

void test('the rest of a lead paragraph pushed down by the layout is still the lead', () => {
  assert.deepEqual(
    roles(['1月7日，全区某某工作会议召开。', '区委书记郑立浩出席会议并讲话，副区长刘立俊主持会议。']),
    [
      ['郑立浩', 'lead'],
      ['刘立俊', 'host'],
    ],
  );
});

void test('scholars at a meeting and a partner company officer at a signing are guests', () => {
  const attendees = (titles: string[][]): Attendee[] =>
    titles.map((t, order) => ({
      name: `某${order}`,
      titles: t,
      role: order === 0 ? 'lead' : 'participant',
      order,
      evidence: '',
    }));
  const meeting = attendees([['某某大学商学院教授'], ['区委书记']]);
  markGuests(meeting, 'meeting');
  assert.deepEqual(
    meeting.map((a) => a.role),
    ['guest', 'participant'],
  );
  const signing = attendees([['区领导'], ['某某控股执行董事'], ['区发改委主任']]);
  markGuests(signing, 'ceremony', '某某项目签约落户高新区');
  assert.deepEqual(
    signing.map((a) => a.role),
    ['lead', 'guest', 'participant'],
  );
  // Elected at the founding of an association, a chairman takes part in it.
  const founding = attendees([['区领导'], ['某某有限公司董事长']]);
  markGuests(founding, 'ceremony', '某某产业协会成立');
  assert.deepEqual(
    founding.map((a) => a.role),
    ['lead', 'participant'],
  );
  // A partner bank's president signing an agreement with the district is its guest too.
  const agreement = attendees([['副区长'], ['江苏银行某某分行行长']]);
  markGuests(agreement, 'ceremony', '区政府与某某银行签订战略合作协议');
  assert.deepEqual(
    agreement.map((a) => a.role),
    ['lead', 'guest'],
  );
  // A scholar leading a research trip leads it.
  const trip = attendees([['中国工程院院士']]);
  markGuests(trip, 'research');
  assert.deepEqual(
    trip.map((a) => a.role),
    ['lead'],
  );
});

void test('the first of people doing something together leads it', () => {
  assert.deepEqual(roles(['昨天，区委书记李立东，区长蒋立斌共同为产业园揭牌。区领导黄立刚参加活动。']), [
    ['李立东', 'lead'],
    ['蒋立斌', 'participant'],
    ['黄立刚', 'participant'],
  ]);
});

void test('in a lead sentence pushed down by the layout, those accompanying take part and the one accompanied leads', () => {
  assert.deepEqual(
    roles([
      '11月20日，某某公司年产10万吨磷酸铁锂项目正式投产。',
      '在市委常委、区委书记顾立华，区委常委张立群的陪同下，副市长王立明为项目投产按下启动键。',
    ]),
    [
      ['顾立华', 'participant'],
      ['张立群', 'participant'],
      ['王立明', 'lead'],
    ],
  );
});

void test('a leader named only by the group who just attends leads nothing; one who speaks does', () => {
  assert.deepEqual(roles(['6月26日，某镇签约仪式举行。区领导殷立新出席活动。某镇党委书记陶立新致辞。']), [
    ['殷立新', 'participant'],
    ['陶立新', 'participant'],
  ]);
  assert.deepEqual(roles(['6月26日，某镇签约仪式举行。区领导殷立新出席活动并致辞。']), [['殷立新', 'lead']]);
});

void test('when nobody in the lead led, the official who gives the keynote later leads', () => {
  assert.deepEqual(
    roles([
      '3月1日，动员会召开。区领导李立新、赵立新参加会议。',
      '会上，市委巡察组组长王立新作进驻动员讲话。',
    ]),
    [
      ['李立新', 'participant'],
      ['赵立新', 'participant'],
      ['王立新', 'lead'],
    ],
  );
});

void test('under a chair named first, officials who only attend take part and do not lead', () => {
  assert.deepEqual(
    roles([
      '8月31日上午，区人大常委会举行会议。区人大常委会主任钮振华主持会议。区人大常委会副主任丁雅琴、徐宏亮，秘书长奚文斌出席会议。',
      '会议决定任命屠海林为区交通运输局局长；决定免去刘志坚的区交通运输局局长职务。',
    ]),
    [
      ['钮振华', 'host'],
      ['丁雅琴', 'participant'],
      ['徐宏亮', 'participant'],
      ['奚文斌', 'participant'],
      ['屠海林', 'mentioned'],
      ['刘志坚', 'mentioned'],
    ],
  );
  // The chair's superior who attends and speaks still leads.
  assert.deepEqual(roles(['副区长韩立新主持会议，区委书记方明远出席会议并讲话。']), [
    ['韩立新', 'host'],
    ['方明远', 'lead'],
  ]);
});

void test('each leader of a 市、区领导 list is of the level their other posts name', () => {
  const { attendees } = readPeople(
    [
      '昨天上午，签约仪式举行。市、区领导管毓林、孟启源、姜采薇参加活动。',
      '副市长管毓林、区委副书记、区长孟启源共同见证签约。',
    ],
    new Set(),
    true,
    [],
  );
  assert.deepEqual(
    attendees.map((a) => [a.name, a.titles]),
    [
      ['管毓林', ['市领导', '副市长']],
      ['孟启源', ['区领导', '区委副书记', '区长']],
      ['姜采薇', ['区领导']],
    ],
  );
});

void test('a count or a phase after a titled word is no name (`村民宿集群二期`)', () => {
  assert.deepEqual(roles(['开幕式上，西崦村民宿集群二期项目签约。村民吴桂芬表示很高兴。']), [
    ['吴桂芬', 'mentioned'],
  ]);
});

void test('someone quoted or cited as a source is mentioned, and an age is no part of a title', () => {
  const people = readPeople(
    [
      '昨天，区委书记方立新出席活动。',
      '“野泳非常危险。”救援队队长裘建军提醒。据某某建设项目经理卢志航介绍，施工已过半。',
      '家住星河社区的78岁居民戴桂英说，签约后很方便。',
    ],
    new Set(),
    true,
    [],
  );
  assert.deepEqual(
    people.attendees.map((a) => a.name),
    ['方立新'],
  );
  assert.deepEqual(
    people.mentioned.map((m) => [m.name, m.titles]),
    [
      ['裘建军', ['救援队队长']],
      ['卢志航', ['某某建设项目经理']],
      ['戴桂英', ['居民']],
    ],
  );
});

void test('leaders who each lead a visit of their own all lead', () => {
  assert.deepEqual(
    roles(['区领导闵承泽、巢国平、盛兰芳近日分别带队走访慰问军烈属。区退役军人事务局局长费志坚陪同走访。']),
    [
      ['闵承泽', 'lead'],
      ['巢国平', 'lead'],
      ['盛兰芳', 'lead'],
      ['费志坚', 'participant'],
    ],
  );
});

void test('people honoured at a meeting are named in it, unless they then speak at it', () => {
  assert.deepEqual(
    roles([
      '6月13日，表彰大会召开。区委书记柯立新出席会议并讲话。',
      '江苏某某智能装备股份有限公司董事长晏立恒，常州某某工具有限公司董事长邬立华等10人被授予“杰出企业家”称号。与会区领导为获奖企业家颁奖。',
      '晏立恒作为获奖代表发言。',
    ]),
    [
      ['柯立新', 'lead'],
      ['晏立恒', 'participant'],
      ['邬立华', 'mentioned'],
    ],
  );
  // Handing out the honour is taking part.
  assert.deepEqual(
    roles(['6月13日，表彰大会召开。', '副区长邢立树出席并为荣获“杰出企业家”称号的企业家颁奖。']),
    [['邢立树', 'lead']],
  );
});
