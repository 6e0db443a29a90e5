// Seeded generator of realistic inventories for tests and `npm run bench`: N departments × M powers, as
// workbooks (SheetJS) or CSV folders (UTF-8 with BOM). Same options and seed → identical bytes.
//
//   node scripts/generate-inventories.mjs --departments 50 --powers 40 --format xlsx --seed 1 --out /tmp/inv
//
// Each inventory has the five tables. Powers follow published proportions (penalties ≈ 70 %); every citation
// names a basis of the inventory's bases table; posts, officers and procedure steps reference each other.
// An inventory of more than 200 powers is a province-style catalogue: blocks of 200 powers, each exercised by
// its own department. A small, seeded share of rows carries the mistakes reviewers find most (`--mistakes`).
// The names of places are placeholders (XX省, 甲市); the national laws named are real.

import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough for test data and fully reproducible. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createRng(seed) {
  const next = mulberry32(seed);
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)], chance: (p) => next() < p };
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary. Each department kind has subjects; a subject has its law, the activity it governs, a licence and
// the parties it binds. National laws are real titles; local titles are built on placeholders.
// ---------------------------------------------------------------------------------------------------------------

const subject = (law, activity, licence, parties) => ({ law, activity, licence, parties });
const DEPARTMENT_KINDS = [
  { name: '生态环境局', field: '生态环境', prefix: '环', subjects: [
    subject('大气污染防治法', '排放大气污染物', '排污许可证', ['排污单位', '企业事业单位和其他生产经营者']),
    subject('水污染防治法', '排放水污染物', '排污许可证', ['排污单位', '重点排污单位']),
    subject('固体废物污染环境防治法', '收集、贮存、处置危险废物', '危险废物经营许可证', ['产生工业固体废物的单位', '危险废物经营单位']),
    subject('噪声污染防治法', '排放工业噪声', '排污许可证', ['工业企业', '建设单位']),
    subject('环境影响评价法', '开工建设建设项目', '环境影响评价文件批准文件', ['建设单位']),
  ] },
  { name: '市场监督管理局', field: '市场监管', prefix: '市监', subjects: [
    subject('食品安全法', '从事食品生产经营活动', '食品经营许可证', ['食品生产经营者', '餐饮服务提供者']),
    subject('产品质量法', '生产、销售产品', '工业产品生产许可证', ['生产者', '销售者']),
    subject('特种设备安全法', '使用特种设备', '特种设备使用登记证', ['特种设备使用单位', '特种设备生产单位']),
    subject('广告法', '发布广告', '广告发布登记证明', ['广告主', '广告经营者', '广告发布者']),
    subject('价格法', '从事价格活动', '收费许可证', ['经营者']),
  ] },
  { name: '交通运输局', field: '交通运输', prefix: '交', subjects: [
    subject('道路交通安全法', '从事道路运输经营', '道路运输经营许可证', ['道路运输经营者', '客运经营者']),
    subject('公路法', '在公路用地范围内施工作业', '涉路施工许可', ['建设单位', '施工单位']),
    subject('港口法', '从事港口经营', '港口经营许可证', ['港口经营人']),
  ] },
  { name: '住房和城乡建设局', field: '住房城乡建设', prefix: '建', subjects: [
    subject('建筑法', '施工建筑工程', '建筑工程施工许可证', ['建设单位', '施工单位', '监理单位']),
    subject('城乡规划法', '进行建设', '建设工程规划许可证', ['建设单位']),
    subject('城市房地产管理法', '预售商品房', '商品房预售许可证', ['房地产开发企业']),
  ] },
  { name: '应急管理局', field: '应急管理', prefix: '应急', subjects: [
    subject('安全生产法', '从事生产经营活动', '安全生产许可证', ['生产经营单位', '危险物品的生产、经营、储存单位']),
    subject('消防法', '使用公众聚集场所', '公众聚集场所投入使用、营业前消防安全检查合格证', ['公众聚集场所']),
  ] },
  { name: '卫生健康委员会', field: '卫生健康', prefix: '卫', subjects: [
    subject('基本医疗卫生与健康促进法', '执业', '医疗机构执业许可证', ['医疗机构', '医疗卫生人员']),
    subject('传染病防治法', '从事涉及饮用水卫生安全产品的生产', '卫生许可证', ['医疗机构', '供水单位']),
    subject('职业病防治法', '从事可能产生职业病危害的作业', '职业卫生技术服务机构资质证书', ['用人单位']),
  ] },
  { name: '自然资源和规划局', field: '自然资源', prefix: '自然资源', subjects: [
    subject('土地管理法', '占用土地', '建设用地批准书', ['用地单位', '农村村民']),
    subject('矿产资源法', '开采矿产资源', '采矿许可证', ['采矿权人']),
    subject('测绘法', '从事测绘活动', '测绘资质证书', ['测绘单位']),
  ] },
  { name: '农业农村局', field: '农业农村', prefix: '农', subjects: [
    subject('农产品质量安全法', '销售农产品', '农产品质量安全承诺达标合格证', ['农产品生产企业', '农民专业合作社']),
    subject('种子法', '生产经营种子', '种子生产经营许可证', ['种子生产经营者']),
    subject('动物防疫法', '从事动物饲养、屠宰、经营', '动物防疫条件合格证', ['动物饲养场', '屠宰加工场所']),
  ] },
  { name: '文化广电旅游局', field: '文化旅游', prefix: '文旅', subjects: [
    subject('旅游法', '经营旅行社业务', '旅行社业务经营许可证', ['旅行社', '导游']),
    subject('文物保护法', '在文物保护单位保护范围内进行建设工程', '文物保护工程资质证书', ['建设单位']),
  ] },
  { name: '水利局', field: '水利', prefix: '水', subjects: [
    subject('水法', '取用水资源', '取水许可证', ['取水单位', '取水个人']),
    subject('防洪法', '在河道管理范围内建设工程', '洪水影响评价审批文件', ['建设单位']),
    subject('水土保持法', '开办生产建设项目', '水土保持方案批准文件', ['生产建设单位']),
  ] },
  { name: '人力资源和社会保障局', field: '人力资源社会保障', prefix: '人社', subjects: [
    subject('劳动法', '招用劳动者', '劳务派遣经营许可证', ['用人单位']),
    subject('社会保险法', '缴纳社会保险费', '社会保险登记证', ['用人单位', '参保人员']),
  ] },
  { name: '城市管理局', field: '城市管理', prefix: '城管', subjects: [
    subject('城乡规划法', '在城市道路两侧设置户外广告', '户外广告设置许可', ['设置人', '经营者']),
    subject('固体废物污染环境防治法', '处置建筑垃圾', '城市建筑垃圾处置核准', ['施工单位', '运输单位']),
  ] },
];

const CITY_CHARS = ['东', '西', '南', '北', '安', '平', '清', '宁', '长', '新', '永', '丰', '江', '阳', '河', '山', '湖', '海', '云', '白'];
const CITY_ENDS = ['州', '阳', '山', '川', '江', '城', '宁', '源', '水', '林', '丘', '安', '原', '陵', '沙', '泉', '峰', '浦', '湾', '滨'];
const DISTRICTS = ['城关区', '高新区', '经济开发区', '新城区', '东湖区', '西山区', '南江县', '北川县', '清河县', '长宁县'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力斌宇鹏飞浩然晨阳博文思雨欣怡';
const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const NPCSC = '全国人民代表大会常务委员会';

/** Chinese numeral as written in article numbers (第一百一十二条). */
function chineseNumber(n) {
  if (n < 10) return NUMERALS[n];
  if (n < 20) return `十${n % 10 === 0 ? '' : NUMERALS[n % 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : NUMERALS[n % 10]}`;
  const rest = n % 100;
  const head = `${NUMERALS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  return rest < 10 ? `${head}零${NUMERALS[rest]}` : `${head}${rest < 20 ? '一' : ''}${chineseNumber(rest)}`;
}

const iso = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const numbered = (items) => items.map((item, index) => `${index + 1}.${item}`).join('');
const OTHER_DUTY = '其他法律法规规章文件规定应履行的责任。';
const ACC_OPENING = '因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：';

/** 责任事项 and 追责情形 per act type: short versions of the provincial templates (DOMAIN.md §4.1). */
const DUTIES = {
  行政处罚: [
    numbered(['立案责任：对涉嫌违法行为及时核查，符合立案条件的予以立案。', '调查取证责任：指派两名以上执法人员调查取证，出示执法证件。', '审查责任：审查案件事实、证据、程序和法律适用。', '告知责任：告知当事人拟作出的处罚及陈述、申辩、听证权利。', '决定责任：依法作出处罚或者不予处罚决定。', '送达责任：依法送达行政处罚决定书。', '执行责任：督促当事人履行处罚决定。', OTHER_DUTY]),
    ACC_OPENING + numbered(['没有法定依据或者事实不清、证据不足实施处罚的；', '违反法定程序实施处罚的；', '对应当予以处罚的违法行为不予处罚的；', '其他违反法律法规规章文件规定的行为。']),
  ],
  行政许可: [
    numbered(['受理责任：公示申请材料目录，一次性告知补正内容，依法受理或者不予受理。', '审查责任：审查申请材料，需要核实的指派两名以上工作人员核查。', '决定责任：在法定期限内作出准予或者不予许可的决定。', '送达责任：依法颁发、送达许可证件。', '事后监管责任：对被许可人从事许可事项活动的情况进行监督检查。', OTHER_DUTY]),
    ACC_OPENING + numbered(['对符合法定条件的申请不予受理、不予许可的；', '对不符合法定条件的申请人准予许可的；', '擅自增设许可条件或者违法收取费用的；', '其他违反法律法规规章文件规定的行为。']),
  ],
  行政强制: [
    numbered(['审批责任：实施前向行政机关负责人报告并经批准。', '告知责任：告知当事人采取强制措施的理由、依据和救济途径。', '实施责任：由两名以上执法人员实施，制作现场笔录和清单。', '处理责任：在法定期限内依法作出处理或者解除决定。', '事后监管责任：妥善保管查封、扣押的财物。', OTHER_DUTY]),
    ACC_OPENING + numbered(['没有法律、法规依据实施行政强制措施的；', '扩大查封、扣押范围的；', '在法定期限内不作出处理决定的；', '其他违反法律法规规章文件规定的行为。']),
  ],
  行政检查: [
    numbered(['检查计划责任：通过“双随机、一公开”方式抽取检查对象。', '实施检查责任：由两名以上执法人员实施检查，出示执法证件。', '处置责任：发现违法行为的，依法责令改正或者立案查处。', '结果公示责任：依法公开检查结果。', OTHER_DUTY]),
    ACC_OPENING + numbered(['没有法律、法规依据实施检查的；', '超出规定频次实施检查的；', '对检查中发现的违法行为不依法处理的；', '其他违反法律法规规章文件规定的行为。']),
  ],
  行政奖励: [
    numbered(['制定方案责任：制定奖励办法，明确奖励范围和标准。', '推荐申报责任：受理举报，对举报人信息保密。', '审核评审责任：审核是否符合奖励条件。', '公示责任：按规定公示奖励结果。', '决定表彰责任：作出奖励决定并兑现。', OTHER_DUTY]),
    ACC_OPENING + numbered(['对符合条件的举报人不予奖励的；', '泄露举报人信息的；', '其他违反法律法规规章文件规定的行为。']),
  ],
  行政确认: [
    numbered(['受理责任：公示所需材料，依法受理申请。', '审查责任：审查申请材料。', '决定责任：依法作出登记或者不予登记的决定。', '送达责任：依法送达登记证明。', '事后监管责任：对登记事项进行监督检查。', OTHER_DUTY]),
    ACC_OPENING + numbered(['对符合条件的申请不予登记的；', '对不符合条件的申请予以登记的；', '其他违反法律法规规章文件规定的行为。']),
  ],
};

const DUTY_ITEMS = ['建立管理台账', '报送有关资料', '公示相关信息', '设置警示标志', '保存原始记录', '制定应急预案', '开展从业人员培训', '进行自行检查', '办理变更手续', '落实管理制度'];
const FINE = ['处五千元以上五万元以下的罚款', '处一万元以上十万元以下的罚款', '处二万元以上二十万元以下的罚款', '处十万元以上一百万元以下的罚款'];

/** Penalty names for a subject: `对{当事人}{违法行为}的处罚`, with the violated duty for the quoted article. */
function penaltyNames(s) {
  const names = [];
  for (const party of s.parties) {
    names.push(`对${party}未取得${s.licence}${s.activity}的处罚`);
    names.push(`对${party}超越许可范围${s.activity}的处罚`);
    names.push(`对${party}伪造、变造、出租、出借${s.licence}的处罚`);
    names.push(`对${party}拒绝、阻碍监督检查的处罚`);
    for (const item of DUTY_ITEMS) names.push(`对${party}${s.activity}未按照规定${item}的处罚`);
  }
  return names;
}

const OTHER_KINDS = [
  { type: '行政检查', share: 0.07, names: (s) => s.parties.map((p) => `对${p}${s.activity}情况的监督检查`) },
  { type: '行政强制', share: 0.06, names: (s) => [`对${s.activity}涉嫌违法的场所、设施、财物的查封、扣押`, `对违法${s.activity}所用工具的扣押`] },
  { type: '行政确认', share: 0.04, names: (s) => [`${s.licence}登记`, `${s.licence}信息变更登记`] },
  { type: '行政奖励', share: 0.03, names: (s) => [`对举报${s.law.replace(/法$/u, '')}违法行为的奖励`] },
];
const LICENCE_SHARE = 0.1;
const licenceNames = (s) => [`${s.licence}核发`, `${s.licence}变更`, `${s.licence}延续`, `${s.licence}补办`];

/** The act type for a uniform draw: penalties 70 %, licences 10 %, then OTHER_KINDS by share. */
function pickType(r) {
  let upper = 0.7;
  if (r < upper) return '行政处罚';
  if (r < (upper += LICENCE_SHARE)) return '行政许可';
  for (const other of OTHER_KINDS) if (r < (upper += other.share)) return other.type;
  return '行政处罚';
}

const nameCache = new Map();
/** Candidate names of a type for a subject, built once. */
function namesOf(type, s) {
  const key = `${type}\u0000${s.law}\u0000${s.activity}`;
  let names = nameCache.get(key);
  if (names === undefined) {
    const other = OTHER_KINDS.find((kind) => kind.type === type);
    names = type === '行政处罚' ? penaltyNames(s) : type === '行政许可' ? licenceNames(s) : other.names(s);
    nameCache.set(key, names);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// One inventory, table by table. Rows are arrays in the column order of COLUMNS; `emit(table, row)` takes them
// one at a time so a million-power inventory never sits in memory.
// ---------------------------------------------------------------------------------------------------------------

export const COLUMNS = {
  bases: ['序号', '依据名称', '简称', '效力级别', '制定机关', '文号', '公布日期', '施行日期', '时效性', '有效期至', '备注'],
  powers: ['序号', '事项编码', '事项名称', '子项', '事项类型', '实施依据', '实施主体', '承办机构', '执法岗位', '行使层级', '责任事项', '追责情形', '法制审核', '法定时限', '承诺时限', '受理条件', '监督方式', '救济渠道', '备注'],
  posts: ['岗位编号', '岗位名称', '所属机构', '岗位职责', '对应事项编码', '备注'],
  officers: ['序号', '姓名', '性别', '执法单位', '职务', '执法岗位', '执法证件编号', '执法类别', '执法区域', '发证机关', '有效期至', '法制审核人员', '备注'],
  steps: ['事项编码', '环节编号', '环节名称', '承办岗位', '办理时限', '下一环节', '分支条件', '备注'],
};
export const TABLE_NAMES = { bases: '执法依据', powers: '执法事项', posts: '执法岗位', officers: '执法人员', steps: '执法流程' };

const BLOCK = 200;
// The legal review post sits in the enforcement unit so every post's unit is one the powers name (post-unit-exists).
const UNITS = { approval: '行政审批科', enforcement: '综合行政执法大队' };
const REMEDY = '行政复议（60日内）、行政诉讼（6个月内）';

/** Department name of inventory `index` (市级 first, then districts), and its kind. */
function departmentOf(index) {
  const kind = DEPARTMENT_KINDS[index % DEPARTMENT_KINDS.length];
  const round = Math.floor(index / DEPARTMENT_KINDS.length);
  const place = round === 0 ? 'XX市' : `XX市${DISTRICTS[(round - 1) % DISTRICTS.length]}${round > DISTRICTS.length ? round : ''}`;
  return { kind, name: `${place}${kind.name}` };
}

/** A placeholder city for local legislation of block `n`: 400 two-character names, then numbered. */
const cityOf = (n) => `${CITY_CHARS[n % 20]}${CITY_ENDS[Math.floor(n / 20) % 20]}${n >= 400 ? Math.floor(n / 400) : ''}市`;

/**
 * Writes one inventory through `emit`. Returns counts per table. `mistakes` is the share of powers given one of
 * the common mistakes (missing 追责情形, Arabic article numbers, a basis missing from the bases table, …).
 */
export function generateInventory({ index, powers, seed, mistakes = 0.02 }, emit) {
  const rng = createRng((seed * 1_000_003 + index * 7919) >>> 0);
  const home = departmentOf(index);
  const counts = { bases: 0, powers: 0, posts: 0, officers: 0, steps: 0 };
  const out = (table, row) => {
    counts[table]++;
    emit(table, row);
  };
  const blocks = Math.max(1, Math.ceil(powers / BLOCK));
  const basisRows = [];
  const addBasis = (title, level, issuer, docNumber, year, extra = {}) => {
    const month = 1 + rng.int(12);
    const day = 1 + rng.int(28);
    basisRows.push([String(basisRows.length + 1), title, title.startsWith('中华人民共和国') ? title.slice(7) : '', level, issuer, docNumber,
      iso(year, month, day), iso(year + (month > 9 ? 1 : 0), month > 9 ? 1 : month + 2, 1), '有效', extra.validUntil ?? '', extra.note ?? '']);
    return title;
  };
  // National laws of the subjects the blocks use (a department lists its own laws), then per block its local legislation.
  const lawTitles = new Map();
  for (const kind of blocks === 1 ? [home.kind] : DEPARTMENT_KINDS) {
    for (const s of kind.subjects) {
      if (lawTitles.has(s.law)) continue;
      const year = 2000 + rng.int(24);
      lawTitles.set(s.law, addBasis(`中华人民共和国${s.law}`, '法律', NPCSC, `主席令第${chineseNumber(1 + rng.int(130))}号`, year, { note: `${year}年修正` }));
    }
  }
  addBasis('中华人民共和国行政处罚法', '法律', NPCSC, '主席令第七十号', 2021);
  addBasis('中华人民共和国行政强制法', '法律', NPCSC, '主席令第四十九号', 2011);

  let powerSeq = 0;
  let postSeq = 0;
  let officerSeq = 0;
  const codeSeq = { CF: 0, XK: 0, JC: 0, QZ: 0, QR: 0, JL: 0 };
  const codePrefix = { 行政处罚: 'CF', 行政许可: 'XK', 行政检查: 'JC', 行政强制: 'QZ', 行政确认: 'QR', 行政奖励: 'JL' };
  const powerRows = [];
  const postRows = [];
  const officerRows = [];
  const stepRows = [];
  const flush = () => {
    for (const row of basisRows.splice(0)) out('bases', row);
  };

  for (let block = 0; block < blocks; block++) {
    const size = Math.min(BLOCK, powers - block * BLOCK);
    const dept = block === 0 ? home : departmentOf(index + block);
    const place = blocks === 1 ? 'XX市' : `XX省${cityOf(block)}`;
    const department = blocks === 1 ? dept.name : `${place}${dept.kind.name}`;
    // Local legislation: a regulation per subject, a government rule and a normative document with a validity period.
    const local = dept.kind.subjects.map((s, i) => {
      const name = s.law.replace(/法$/u, '');
      const year = 2010 + rng.int(14);
      const regulation = addBasis(`${blocks === 1 ? 'XX省' : place}${name}条例`, '地方性法规', `${blocks === 1 ? 'XX省' : place}人民代表大会常务委员会`, '', year);
      const rule = i === 0 ? addBasis(`${place}${name}管理办法`, '地方政府规章', `${place}人民政府`, `${place}人民政府令第${1 + rng.int(200)}号`, year + 1) : undefined;
      return { regulation, rule };
    });
    const normative = addBasis(`${place}${dept.kind.field}行政处罚裁量基准`, '规范性文件', department, `${dept.kind.prefix}规〔2024〕${1 + rng.int(20)}号`, 2024, { validUntil: '2029-06-30', note: '有效期5年' });

    // Posts: one approval post, case-handling posts (about one per 12 powers), a legal review post.
    const postId = () => `G${String(++postSeq).padStart(blocks === 1 ? 2 : 5, '0')}`;
    const approval = { id: postId(), name: '许可审批岗', unit: UNITS.approval, duty: '负责许可、确认事项的受理、审查和送达。', codes: [] };
    const casePosts = Array.from({ length: Math.max(1, Math.round(size / 12)) }, (_, i) => ({ id: postId(), name: `案件办理${chineseNumber(i + 1)}岗`, unit: UNITS.enforcement, duty: '负责立案、调查取证、检查和强制措施的实施。', codes: [] }));
    const review = { id: postId(), name: '法制审核岗', unit: UNITS.enforcement, duty: '负责重大执法决定法制审核，出具书面审核意见。', codes: [] };

    const used = new Map();
    for (let i = 0; i < size; i++) {
      const type = pickType(rng.next());
      let s = rng.pick(dept.kind.subjects);
      let name = rng.pick(namesOf(type, s));
      for (let attempt = 0; used.has(name) && attempt < 4; attempt++) {
        s = rng.pick(dept.kind.subjects);
        name = rng.pick(namesOf(type, s));
      }
      // A large catalogue repeats names within a block; a 子项 tells the rows apart, as published lists do.
      const seen = used.get(name) ?? 0;
      used.set(name, seen + 1);
      const subItem = seen === 0 ? '' : `第${chineseNumber(seen)}种情形`;
      const prefix = codePrefix[type];
      const code = `${prefix}-${String(++codeSeq[prefix]).padStart(blocks === 1 ? 3 : 7, '0')}`;
      const law = lawTitles.get(s.law);
      const regulation = local[dept.kind.subjects.indexOf(s)].regulation;
      const article = 10 + rng.int(60);
      let basisText;
      if (type === '行政处罚') {
        const clause = article + 30 + rng.int(40);
        const item = rng.chance(0.5) ? `第（${chineseNumber(1 + rng.int(6))}）项` : '';
        basisText = `《${law}》第${chineseNumber(article)}条；《${law}》第${chineseNumber(clause)}条${item}`;
        if (rng.chance(0.3)) basisText += `：违反本法规定，${s.activity}的，由县级以上人民政府${dept.kind.field}主管部门责令改正，${rng.pick(FINE)}`;
        if (rng.chance(0.3)) basisText += `；《${regulation}》第${chineseNumber(5 + rng.int(40))}条`;
        if (rng.chance(0.2)) basisText += `；《${normative}》`;
      } else if (type === '行政许可') {
        basisText = `《${law}》第${chineseNumber(article)}条第一款；《${regulation}》第${chineseNumber(5 + rng.int(30))}条`;
      } else {
        basisText = `《${law}》第${chineseNumber(article)}条`;
        if (type === '行政奖励') basisText += `；《${regulation}》第${chineseNumber(5 + rng.int(30))}条`;
      }
      const casePost = casePosts[i % casePosts.length];
      const posts = type === '行政许可' || type === '行政确认' ? [approval] : type === '行政检查' ? [casePost] : [casePost, review];
      for (const post of posts) post.codes.push(code);
      const [responsibilities, accountability] = DUTIES[type];
      const applied = type === '行政许可' || type === '行政确认' || type === '行政奖励';
      const row = [String(++powerSeq), code, name, subItem, type, basisText, department, posts[0].unit, posts.map((p) => p.id).join('、'),
        blocks === 1 ? '市级' : '省级、市级、县级', responsibilities, accountability, type === '行政处罚' || type === '行政强制' ? '是' : '否',
        applied ? '20个工作日' : '', applied ? `${5 + rng.int(10)}个工作日` : '',
        applied ? `申请人符合${s.law.replace(/法$/u, '')}有关规定的条件，提交的申请材料齐全、符合法定形式。` : '',
        `${department}，监督电话：0000-${String(10_000_000 + rng.int(89_999_999))}（示例）`, REMEDY, ''];
      if (rng.chance(mistakes)) plantMistake(rng, row);
      powerRows.push(row);
      if (rng.chance(0.1)) stepRows.push(...stepsFor(code, type, casePost.id, review.id, approval.id));
    }
    for (const post of [approval, ...casePosts, review]) {
      postRows.push([post.id, post.name, post.unit, post.duty, post.codes.join('、'), '']);
      for (let k = 0; k < 3; k++) {
        const reviewer = post === review || (k === 0 && post === casePosts[0]);
        officerRows.push([String(++officerSeq), `${rng.pick([...SURNAMES])}${rng.pick([...GIVEN])}${rng.chance(0.5) ? rng.pick([...GIVEN]) : ''}`,
          rng.chance(0.5) ? '男' : '女', post.unit, rng.pick(['科员', '副科长', '四级主任科员', '一级科员']), post.id,
          `${dept.kind.prefix === '环' ? '35' : '33'}${String(10_000_000 + officerSeq * 37).padStart(10, '0')}`, dept.kind.field,
          place, 'XX省人民政府', iso(2028 + rng.int(3), 1 + rng.int(12), 1 + rng.int(28)), reviewer ? '是' : '否', '']);
      }
    }
    flush();
    for (const row of powerRows.splice(0)) out('powers', row);
    for (const row of postRows.splice(0)) out('posts', row);
    for (const row of officerRows.splice(0)) out('officers', row);
    for (const row of stepRows.splice(0)) out('steps', row);
  }
  return { department: home.name, counts };
}

/** One of the mistakes reviewers meet most, in place. */
function plantMistake(rng, row) {
  switch (rng.int(4)) {
    case 0: row[11] = ''; break; // 追责情形 missing
    case 1: row[5] = row[5].replace(/第([一二三四五六七八九十百]+)条/u, () => `第${10 + rng.int(90)}条`); break; // Arabic numerals
    case 2: row[5] = `《XX市${row[2].slice(1, 5)}管理暂行规定》第三条`; break; // basis not in the table
    default: row[8] = `G${99_999 - rng.int(100)}`; // post that does not exist
  }
}

/** A procedure for one power: penalties and coercion through legal review, licences within the statutory limit. */
function stepsFor(code, type, casePost, reviewPost, approvalPost) {
  const flow =
    type === '行政许可' || type === '行政确认'
      ? [['受理', approvalPost, '当场'], ['审查', approvalPost, '10个工作日'], ['决定', approvalPost, '5个工作日'], ['送达', approvalPost, '10个工作日']]
      : type === '行政处罚'
        ? [['立案', casePost, '7日'], ['调查取证', casePost, '计入自立案之日起90日的办案期限'], ['法制审核', reviewPost, '7个工作日'], ['告知', casePost, '3个工作日'], ['处罚决定', casePost, '自立案之日起90日内'], ['送达', casePost, '7日内']]
        : [['报批', casePost, '当场'], ['实施', casePost, '当场'], ['法制审核', reviewPost, '7个工作日'], ['处理', casePost, '30日']];
  return flow.map(([name, post, limit], i) => [code, `S${i + 1}`, name, post, limit, i + 1 < flow.length ? `S${i + 2}` : '', '', '']);
}

// ---------------------------------------------------------------------------------------------------------------
// Writers.
// ---------------------------------------------------------------------------------------------------------------

const csvCell = (value) => (/[",\n\r]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Writes one inventory as a folder of five UTF-8 CSV files (with BOM, as Excel saves them), streaming rows. */
export function writeCsvInventory(dir, options) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  const buffers = {};
  for (const [table, name] of Object.entries(TABLE_NAMES)) {
    files[table] = openSync(join(dir, `${name}.csv`), 'w');
    buffers[table] = [`\uFEFF${COLUMNS[table].join(',')}\r\n`];
  }
  let pending = 0;
  const drain = (table) => {
    writeSync(files[table], buffers[table].join(''));
    buffers[table] = [];
  };
  const result = generateInventory(options, (table, row) => {
    buffers[table].push(`${row.map(csvCell).join(',')}\r\n`);
    if (++pending % 2000 === 0) for (const t of Object.keys(buffers)) drain(t);
  });
  for (const table of Object.keys(files)) {
    drain(table);
    closeSync(files[table]);
  }
  return result;
}

/** One inventory as workbook bytes: five sheets, a title row above the powers as published lists have. */
export function inventoryWorkbook(options) {
  const rows = { bases: [], powers: [], posts: [], officers: [], steps: [] };
  const result = generateInventory(options, (table, row) => rows[table].push(row));
  const workbook = XLSX.utils.book_new();
  for (const [table, name] of Object.entries(TABLE_NAMES)) {
    const title = table === 'powers' ? [[`${result.department}行政执法事项清单`]] : [];
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([...title, COLUMNS[table], ...rows[table]]), name);
  }
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true });
  return { ...result, bytes };
}

/** File (xlsx) or folder (csv) name of inventory `index`: sortable number, then the department. */
export const inventoryName = (index, department) => `${String(index + 1).padStart(3, '0')}-${department}`;

/**
 * Generates `departments` inventories of `powers` powers each under `out`. Returns their paths, in order.
 * @param {{ departments: number, powers: number, format: 'xlsx' | 'csv', seed: number, out: string, mistakes?: number }} options
 */
export function generateInventories({ departments, powers, format, seed, out, mistakes }) {
  mkdirSync(out, { recursive: true });
  const paths = [];
  for (let index = 0; index < departments; index++) {
    const options = { index, powers, seed, ...(mistakes === undefined ? {} : { mistakes }) };
    const name = inventoryName(index, departmentOf(index).name);
    if (format === 'csv') {
      const dir = join(out, name);
      writeCsvInventory(dir, options);
      paths.push(dir);
    } else {
      const path = join(out, `${name}.xlsx`);
      writeFileSync(path, inventoryWorkbook(options).bytes);
      paths.push(path);
    }
  }
  return paths;
}

function parseArgs(argv) {
  const options = { departments: 1, powers: 100, format: 'xlsx', seed: 1, out: 'generated-inventories' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const key = flag?.replace(/^--/u, '');
    if (value === undefined || !(key in options || key === 'mistakes')) throw new Error(`unknown or incomplete option ${flag}; use --departments --powers --format xlsx|csv --seed --out --mistakes`);
    options[key] = key === 'format' || key === 'out' ? value : Number(value);
  }
  if (options.format !== 'xlsx' && options.format !== 'csv') throw new Error('--format is xlsx or csv');
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const paths = generateInventories(options);
    process.stdout.write(`${paths.length} inventories of ${options.powers} powers (${options.format}, seed ${options.seed}) in ${options.out}\n`);
  } catch (error) {
    process.stderr.write(`generate-inventories: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
