// Generates the sample inventories under samples/ (README demo, smoke tests): run `node scripts/make-samples.mjs`.
//
// samples/city-ecology-bureau.xlsx        a clean XX市生态环境局 inventory in the published layout (title row, merged cells)
// samples/csv-gb18030/*.csv               the same inventory as five CSV files in GB18030, as Excel on Chinese Windows saves them
// samples/mistakes/city-parks-bureau.xlsx a small XX市市政园林局 inventory with planted mistakes, listed in MISTAKES.md
//
// Output is byte-for-byte reproducible: fixed document dates and fixed zip entry times.
// GB18030 needs iconv-lite, which is not a project dependency: install it anywhere (`npm i --prefix /tmp/iconv iconv-lite`)
// and point ICONV_LITE at the package folder, or let the script try /tmp/iconv; without it the committed CSVs are kept.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const d = (iso) => new Date(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------------------------------------------------------
// Columns: [canonical field, header]. Headers of the clean sample are exactly the labels of src/model/fields.ts
// (test/template/samples.test.ts checks that); the mistakes sample uses published variants (DOMAIN.md §2).
// ---------------------------------------------------------------------------------------------------------------

const labelColumns = {
  bases: [['seq', '序号'], ['title', '依据名称'], ['shortTitle', '简称'], ['level', '效力级别'], ['issuer', '制定机关'], ['docNumber', '文号'], ['promulgated', '公布日期'], ['effective', '施行日期'], ['status', '时效性'], ['validUntil', '有效期至'], ['note', '备注']],
  powers: [['seq', '序号'], ['code', '事项编码'], ['name', '事项名称'], ['subItem', '子项'], ['type', '事项类型'], ['basisText', '实施依据'], ['department', '实施主体'], ['unit', '承办机构'], ['posts', '执法岗位'], ['level', '行使层级'], ['responsibilities', '责任事项'], ['responsibilityBasis', '责任事项依据'], ['accountabilityScope', '追责对象范围'], ['accountability', '追责情形'], ['integrityRisk', '廉政风险点'], ['forwardReview', '审核转报'], ['legalReview', '法制审核'], ['feeBasis', '收费依据及标准'], ['statutoryLimit', '法定时限'], ['promisedLimit', '承诺时限'], ['conditions', '受理条件'], ['materials', '申请材料'], ['place', '办理地点'], ['hours', '办理时间'], ['consultation', '咨询电话'], ['forms', '表格下载'], ['flowchart', '运行流程图'], ['supervision', '监督方式'], ['remedy', '救济渠道'], ['note', '备注']],
  posts: [['id', '岗位编号'], ['name', '岗位名称'], ['unit', '所属机构'], ['duties', '岗位职责'], ['powers', '对应事项编码'], ['note', '备注']],
  officers: [['seq', '序号'], ['name', '姓名'], ['gender', '性别'], ['unit', '执法单位'], ['title', '职务'], ['post', '执法岗位'], ['certificateNo', '执法证件编号'], ['category', '执法类别'], ['area', '执法区域'], ['issuer', '发证机关'], ['certificateExpiry', '有效期至'], ['legalReviewer', '法制审核人员'], ['note', '备注']],
  steps: [['powerCode', '事项编码'], ['stepId', '环节编号'], ['name', '环节名称'], ['post', '承办岗位'], ['timeLimit', '办理时限'], ['next', '下一环节'], ['condition', '分支条件'], ['note', '备注']],
};

const wide = new Set(['title', 'name', 'basisText', 'responsibilities', 'accountability', 'responsibilityBasis', 'conditions', 'materials', 'integrityRisk', 'duties', 'condition', 'note', 'accountabilityScope', 'statutoryLimit', 'promisedLimit', 'remedy', 'timeLimit']);

// ---------------------------------------------------------------------------------------------------------------
// XX市生态环境局: legal bases (current versions, real dates and numbers; the XX省/XX市 documents are placeholders).
// ---------------------------------------------------------------------------------------------------------------

const NPCSC = '全国人民代表大会常务委员会';
const ecoBases = [
  { title: '中华人民共和国环境保护法', level: '法律', issuer: NPCSC, docNumber: '主席令第九号', promulgated: d('2014-04-24'), effective: d('2015-01-01'), note: '2014年修订' },
  { title: '中华人民共和国大气污染防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第十六号', promulgated: d('2018-10-26'), effective: d('2018-10-26'), note: '2018年修正' },
  { title: '中华人民共和国水污染防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第七十号', promulgated: d('2017-06-27'), effective: d('2018-01-01'), note: '2017年修正' },
  { title: '中华人民共和国固体废物污染环境防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第四十三号', promulgated: d('2020-04-29'), effective: d('2020-09-01'), note: '2020年修订' },
  { title: '中华人民共和国噪声污染防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第一百零四号', promulgated: d('2021-12-24'), effective: d('2022-06-05'), note: '《中华人民共和国环境噪声污染防治法》同时废止' },
  { title: '中华人民共和国环境影响评价法', level: '法律', issuer: NPCSC, docNumber: '主席令第二十四号', promulgated: d('2018-12-29'), effective: d('2018-12-29'), note: '2018年修正' },
  { title: '中华人民共和国土壤污染防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第八号', promulgated: d('2018-08-31'), effective: d('2019-01-01') },
  { title: '中华人民共和国放射性污染防治法', level: '法律', issuer: NPCSC, docNumber: '主席令第六号', promulgated: d('2003-06-28'), effective: d('2003-10-01') },
  { title: '中华人民共和国行政处罚法', level: '法律', issuer: NPCSC, docNumber: '主席令第七十号', promulgated: d('2021-01-22'), effective: d('2021-07-15'), note: '2021年修订' },
  { title: '中华人民共和国行政许可法', level: '法律', issuer: NPCSC, docNumber: '主席令第二十九号', promulgated: d('2019-04-23'), effective: d('2019-04-23'), note: '2019年修正' },
  { title: '中华人民共和国行政强制法', level: '法律', issuer: NPCSC, docNumber: '主席令第四十九号', promulgated: d('2011-06-30'), effective: d('2012-01-01') },
  { title: '排污许可管理条例', level: '行政法规', issuer: '国务院', docNumber: '国务院令第736号', promulgated: d('2021-01-24'), effective: d('2021-03-01') },
  { title: '建设项目环境保护管理条例', level: '行政法规', issuer: '国务院', docNumber: '国务院令第682号', promulgated: d('2017-07-16'), effective: d('2017-10-01'), note: '2017年修订' },
  { title: '放射性同位素与射线装置安全和防护条例', level: '行政法规', issuer: '国务院', docNumber: '国务院令第709号', promulgated: d('2019-03-02'), effective: d('2019-03-02'), note: '2019年修订' },
  { title: '危险废物经营许可证管理办法', level: '行政法规', issuer: '国务院', docNumber: '国务院令第666号', promulgated: d('2016-02-06'), effective: d('2016-02-06'), note: '2016年修订' },
  { title: '环境保护主管部门实施查封、扣押办法', level: '部门规章', issuer: '环境保护部', docNumber: '环境保护部令第29号', promulgated: d('2014-12-19'), effective: d('2015-01-01') },
  { title: '环境保护主管部门实施按日连续处罚办法', level: '部门规章', issuer: '环境保护部', docNumber: '环境保护部令第28号', promulgated: d('2014-12-19'), effective: d('2015-01-01') },
  { title: '建设项目环境影响登记表备案管理办法', level: '部门规章', issuer: '环境保护部', docNumber: '环境保护部令第41号', promulgated: d('2016-11-16'), effective: d('2017-01-01') },
  { title: '生态环境行政处罚办法', level: '部门规章', issuer: '生态环境部', docNumber: '生态环境部令第30号', promulgated: d('2023-05-08'), effective: d('2023-07-01'), note: '《环境行政处罚办法》同时废止' },
  { title: 'XX省大气污染防治条例', level: '地方性法规', issuer: 'XX省人民代表大会常务委员会', promulgated: d('2019-09-27'), effective: d('2020-01-01'), note: '示例：本省地方性法规' },
  { title: 'XX市生态环境违法行为举报奖励办法', level: '规范性文件', issuer: 'XX市生态环境局', docNumber: 'XX环规〔2024〕1号', promulgated: d('2024-02-20'), effective: d('2024-03-01'), validUntil: d('2029-02-28'), note: '示例：本局行政规范性文件，有效期5年' },
].map((basis, index) => ({
  seq: String(index + 1),
  shortTitle: basis.title.startsWith('中华人民共和国') ? basis.title.slice('中华人民共和国'.length) : '',
  status: '有效',
  ...basis,
}));

// ---------------------------------------------------------------------------------------------------------------
// Standard 责任事项 / 追责情形 wording by kind of power (DOMAIN.md §4.1, §4.2).
// ---------------------------------------------------------------------------------------------------------------

const ACC_OPENING = '因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：';
const OTHER_DUTY = '其他法律法规规章文件规定应履行的责任。';
const OTHER_CASE = '其他违反法律法规规章文件规定的行为。';
const numbered = (items) => items.map((item, index) => `${index + 1}.${item}`).join('');

const duties = {
  licensing: {
    responsibilities: numbered([
      '受理责任：公示依法应当提交的材料目录和示范文本；申请材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容；依法受理或者不予受理，不予受理的书面说明理由。',
      '审查责任：对申请材料进行审查；需要对申请材料的实质内容进行核实的，指派两名以上工作人员进行核查；申请事项直接关系他人重大利益的，告知利害关系人；依法组织听证。',
      '决定责任：在法定期限内作出准予许可或者不予许可的决定；不予许可的，书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
      '送达责任：作出准予许可决定之日起10个工作日内颁发、送达许可证件，并依法公开许可决定。',
      '事后监管责任：对被许可人从事许可事项活动的情况进行监督检查，依法办理变更、延续、撤销、注销。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国行政许可法》第三十条；《中华人民共和国行政许可法》第三十二条；《中华人民共和国行政许可法》第三十四条；《中华人民共和国行政许可法》第三十八条；《中华人民共和国行政许可法》第四十四条；《中华人民共和国行政许可法》第六十一条',
    accountability: ACC_OPENING + numbered([
      '对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出许可决定的；',
      '对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的；',
      '未依法说明不受理申请或者不予许可的理由，或者未一次告知申请人必须补正的全部内容的；',
      '依法应当举行听证而不举行听证的；',
      '擅自增设许可条件、指定中介服务机构或者违法收取费用的；',
      '不依法履行监督职责或者监督不力，造成严重后果的；',
      '索取或者收受他人财物或者谋取其他利益的；',
      OTHER_CASE,
    ]),
  },
  penalty: {
    responsibilities: numbered([
      '立案责任：对监督检查发现、投诉举报、上级交办或者其他部门移送的涉嫌违法行为及时核查，符合立案条件的予以立案。',
      '调查取证责任：指派两名以上执法人员调查取证，出示执法证件，全面、客观、公正收集证据，进行全过程记录；与案件有直接利害关系的应当回避。',
      '审查责任：对案件事实、证据、程序、法律适用、处罚种类和幅度进行审查；属于重大执法决定的，进行法制审核。',
      '告知责任：作出行政处罚决定前，告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩和要求听证的权利。',
      '决定责任：依法作出给予处罚或者不予处罚的决定；情节复杂或者重大违法行为给予行政处罚的，由负责人集体讨论决定。',
      '送达责任：依法送达行政处罚决定书，并按规定公开行政处罚决定。',
      '执行责任：督促当事人履行处罚决定；当事人逾期不履行的，依法加处罚款或者申请人民法院强制执行。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国行政处罚法》第五十四条；《中华人民共和国行政处罚法》第五十五条；《中华人民共和国行政处罚法》第五十七条；《中华人民共和国行政处罚法》第五十八条；《中华人民共和国行政处罚法》第六十二条；《中华人民共和国行政处罚法》第六十三条；《中华人民共和国行政处罚法》第六十一条；《中华人民共和国行政处罚法》第六十七条；《生态环境行政处罚办法》',
    accountability: ACC_OPENING + numbered([
      '没有法定的行政处罚依据，或者事实不清、证据不足实施行政处罚的；',
      '擅自改变行政处罚种类、幅度的；',
      '违反法定的行政处罚程序的；',
      '依法应当举行听证而不举行听证的；',
      '违反罚缴分离规定，或者不使用法定罚没票据的；',
      '截留、私分或者变相私分罚款、没收的违法所得或者财物的；',
      '对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害的；',
      '依法应当移交司法机关追究刑事责任而不移交的；',
      OTHER_CASE,
    ]),
  },
  coercionMeasure: {
    responsibilities: numbered([
      '审批责任：实施前向行政机关负责人报告并经批准；情况紧急需要当场实施的，在24小时内向负责人报告并补办批准手续。',
      '告知责任：当场告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径。',
      '实施责任：由两名以上执法人员实施，出示执法证件，通知当事人到场，听取当事人的陈述和申辩，制作现场笔录和查封、扣押清单，当场交付查封、扣押决定书。',
      '处理责任：在法定期限内查清事实，依法作出没收、销毁或者解除查封、扣押的决定。',
      '事后监管责任：妥善保管查封、扣押的设施、设备，不得使用或者损毁。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国行政强制法》第十八条；《中华人民共和国行政强制法》第十九条；《中华人民共和国行政强制法》第二十四条；《中华人民共和国行政强制法》第二十五条；《中华人民共和国行政强制法》第二十七条；《环境保护主管部门实施查封、扣押办法》',
    accountability: ACC_OPENING + numbered([
      '没有法律、法规依据或者违反法定程序实施行政强制措施的；',
      '扩大查封、扣押范围，或者改变行政强制措施对象、条件、方式的；',
      '使用、截留、损毁或者违法处置查封、扣押的设施、设备和物品的；',
      '在法定期限内不作出处理决定或者未依法及时解除查封、扣押的；',
      '对应当采取行政强制措施而不采取，致使危害后果发生或者扩大的；',
      '利用职务便利将查封、扣押的财物据为己有的；',
      OTHER_CASE,
    ]),
  },
  coercionEnforcement: {
    responsibilities: numbered([
      '催告责任：作出强制执行决定前，书面催告当事人履行义务，载明履行期限、方式和当事人依法享有的陈述、申辩权。',
      '陈述申辩责任：充分听取当事人的意见，对当事人提出的事实、理由和证据进行记录、复核。',
      '决定责任：经催告当事人逾期仍不履行的，依法作出强制执行决定并送达。',
      '执行责任：依法实施代履行或者加处罚款；代履行三日前催告当事人履行；除情况紧急外，不在夜间或者法定节假日实施。',
      '事后监管责任：代履行费用按照成本合理确定，加处罚款的数额不得超出金钱给付义务的数额。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国行政强制法》第三十五条；《中华人民共和国行政强制法》第三十六条；《中华人民共和国行政强制法》第三十七条；《中华人民共和国行政强制法》第四十三条；《中华人民共和国行政强制法》第四十五条；《中华人民共和国行政强制法》第五十一条',
    accountability: ACC_OPENING + numbered([
      '没有法律依据或者违反法定程序实施行政强制执行的；',
      '在夜间或者法定节假日实施行政强制执行的（情况紧急的除外）；',
      '加处罚款超出金钱给付义务数额的；',
      '违法收取代履行费用或者截留、私分有关款项的；',
      '对当事人依法提出的陈述、申辩不予记录、复核的；',
      OTHER_CASE,
    ]),
  },
  inspection: {
    responsibilities: numbered([
      '检查计划责任：制定年度检查计划，通过“双随机、一公开”方式抽取检查对象和执法检查人员。',
      '实施检查责任：由两名以上执法人员实施检查，出示执法证件，制作现场检查笔录，为被检查者保守商业秘密。',
      '处置责任：发现违法行为的，依法责令改正、立案查处或者移送有关部门。',
      '结果公示责任：依法公开检查结果。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国环境保护法》第二十四条',
    accountability: ACC_OPENING + numbered([
      '没有法律、法规依据实施检查的；',
      '超越职权、违反法定程序或者超出规定频次实施检查的；',
      '在检查中索取或者收受财物、谋取不正当利益，或者妨碍被检查者正常生产经营的；',
      '泄露被检查者商业秘密的；',
      '对检查中发现的违法行为不依法处理的；',
      OTHER_CASE,
    ]),
  },
  reward: {
    responsibilities: numbered([
      '制定方案责任：制定举报奖励办法，明确奖励范围、条件和标准，并向社会公布。',
      '推荐申报责任：受理举报，登记举报人信息并依法保密。',
      '审核评审责任：对查证属实的举报，审核是否符合奖励条件，确定奖励金额。',
      '公示责任：按规定公示奖励结果，隐去举报人身份信息。',
      '决定兑现责任：作出奖励决定，通知举报人领取奖金。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《XX市生态环境违法行为举报奖励办法》',
    accountability: ACC_OPENING + numbered([
      '对符合条件的举报人不予奖励或者拖延兑现的；',
      '对不符合条件的举报人给予奖励的；',
      '泄露举报人信息的；',
      '截留、挪用奖励资金的；',
      OTHER_CASE,
    ]),
  },
  filing: {
    responsibilities: numbered([
      '受理责任：公示备案所需材料，材料齐全、符合要求的予以备案，不齐全的一次性告知补正。',
      '审查责任：对备案材料进行形式审查。',
      '备案责任：在规定期限内完成备案并出具备案回执，依法公开备案信息。',
      '事后监管责任：对备案内容的落实情况进行监督检查，发现违法行为的依法处理。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '',
    accountability: ACC_OPENING + numbered([
      '对符合条件的备案不予办理或者拖延办理的；',
      '违法增设备案条件或者将备案变相为审批的；',
      '对备案后发现的违法行为不依法处理的；',
      '索取或者收受他人财物或者谋取其他利益的；',
      OTHER_CASE,
    ]),
  },
  mediation: {
    responsibilities: numbered([
      '受理责任：根据当事人申请，受理水污染损害赔偿责任和赔偿金额纠纷。',
      '调查责任：调查核实污染损害事实，必要时委托监测、鉴定。',
      '调解责任：在查明事实、分清责任的基础上，组织双方自愿协商，达成协议的制作调解协议书。',
      '告知责任：调解不成的，告知当事人可以向人民法院提起诉讼。',
      OTHER_DUTY,
    ]),
    responsibilityBasis: '《中华人民共和国水污染防治法》第九十七条',
    accountability: ACC_OPENING + numbered([
      '对符合条件的调解申请不予受理的；',
      '在调解中偏袒一方当事人或者强迫调解的；',
      '泄露当事人商业秘密或者个人隐私的；',
      '索取或者收受他人财物或者谋取其他利益的；',
      OTHER_CASE,
    ]),
  },
};

// ---------------------------------------------------------------------------------------------------------------
// XX市生态环境局: powers. `bases` are citations, one per line; several lines = one power spread over several rows
// when `merged` is set (the published layout), otherwise joined with "；" in one cell.
// ---------------------------------------------------------------------------------------------------------------

const DEPT = 'XX市生态环境局';
const L = {
  env: '中华人民共和国环境保护法', air: '中华人民共和国大气污染防治法', water: '中华人民共和国水污染防治法',
  waste: '中华人民共和国固体废物污染环境防治法', noise: '中华人民共和国噪声污染防治法', eia: '中华人民共和国环境影响评价法',
  soil: '中华人民共和国土壤污染防治法', rad: '中华人民共和国放射性污染防治法', penaltyLaw: '中华人民共和国行政处罚法',
  coercionLaw: '中华人民共和国行政强制法', permit: '排污许可管理条例', project: '建设项目环境保护管理条例',
  radReg: '放射性同位素与射线装置安全和防护条例', hw: '危险废物经营许可证管理办法', seize: '环境保护主管部门实施查封、扣押办法',
  daily: '环境保护主管部门实施按日连续处罚办法', eiaFiling: '建设项目环境影响登记表备案管理办法', reward: 'XX市生态环境违法行为举报奖励办法',
};
const cite = (law, locator) => `《${law}》${locator}`;

const UNIT = { approval: '行政审批科', enforcement: '环境执法支队', legal: '法规科', water: '水生态环境科' };
const REMEDY = '行政复议（60日内）、行政诉讼（6个月内）';
const SUPERVISION = 'XX市生态环境局法规科，监督电话：0000-12345678（示例）';

// Where and when 依申请 items are handled (服务指南); addresses and numbers are placeholders like the phone above.
const WINDOW = { place: 'XX市政务服务中心二楼生态环境局窗口（XX市XX路1号，示例）', hours: '工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）', consultation: '0000-12345670（示例）' };

const penalty = (code, name, bases) => ({ code, name, type: '行政处罚', kind: 'penalty', unit: UNIT.enforcement, legalReview: '是', bases });

const ecoPowers = [
  { code: 'XK-001', name: '排污许可证核发', type: '行政许可', kind: 'licensing', unit: UNIT.approval, legalReview: '否', merged: true,
    bases: [cite(L.permit, '第二条第一款'), cite(L.permit, '第六条第一款'), cite(L.air, '第十九条')],
    statutoryLimit: '简化管理20日；重点管理30日，需要现场核查的45日', promisedLimit: '简化管理10个工作日；重点管理15个工作日',
    conditions: '依照法律规定实行排污许可管理的排污单位，生产经营场所位于本市行政区域内；提交排污许可证申请表、自行监测方案、守法承诺书等材料，材料齐全、符合法定形式。', flowchart: 'XK-001排污许可证核发流程图',
    materials: '1.排污许可证申请表；2.自行监测方案；3.由法定代表人或者主要负责人签字或者盖章的承诺书；4.排污单位有关排污口规范化的情况说明；5.建设项目环境影响评价文件审批文号，或者按照有关国家规定经地方人民政府依法处理、整顿规范并符合要求的相关证明材料。',
    forms: '排污许可证申请表（在全国排污许可证管理信息平台在线填报）', integrityRisk: '受理、审查环节违规受理或者刁难申请人、超期办理；防控措施：一次性告知、限时办结、审批全程留痕。', ...WINDOW },
  { code: 'XK-002', name: '建设项目环境影响报告书（表）审批', type: '行政许可', kind: 'licensing', unit: UNIT.approval, legalReview: '是',
    bases: [cite(L.eia, '第二十二条第一款'), cite(L.project, '第九条')],
    statutoryLimit: '报告书60日；报告表30日（《中华人民共和国环境影响评价法》第二十二条第一款另有规定）', promisedLimit: '报告书20个工作日；报告表10个工作日',
    conditions: '属于本局审批权限的建设项目；环境影响报告书（表）编制规范、内容完整；依法需要开展公众参与的已开展公众参与。',
    materials: '1.建设项目环境影响报告书（表）；2.编制环境影响报告书的，公众参与说明。', ...WINDOW },
  { code: 'XK-003', name: '医疗废物集中处置单位危险废物经营许可证核发', type: '行政许可', kind: 'licensing', unit: UNIT.approval, legalReview: '否',
    bases: [cite(L.waste, '第八十条第一款'), cite(L.hw, '第二条'), cite(L.hw, '第七条第二款')],
    statutoryLimit: '20个工作日', promisedLimit: '15个工作日',
    conditions: '医疗废物集中处置设施位于本市行政区域内；具有符合规定的技术人员、运输工具、贮存和处置设施、经营管理制度及事故应急救援措施。',
    materials: '1.危险废物经营许可证申请书；2.证明具备技术人员、运输工具、包装工具、贮存和处置设施的材料；3.经营管理制度和事故应急救援措施。', forms: '危险废物经营许可证申请书', ...WINDOW },
  penalty('CF-001', '对未依法取得排污许可证排放大气污染物的处罚', [cite(L.air, '第十九条'), cite(L.air, '第九十九条第（一）项')]),
  penalty('CF-002', '对超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物的处罚', [cite(L.air, '第十八条'), cite(L.air, '第九十九条第（二）项')]),
  penalty('CF-003', '对通过逃避监管的方式排放大气污染物的处罚', [cite(L.air, '第二十条第二款'), cite(L.air, '第九十九条第（三）项')]),
  penalty('CF-004', '对拒不接受大气环境保护监督检查或者在接受监督检查时弄虚作假的处罚', [cite(L.air, '第二十九条'), cite(L.air, '第九十八条')]),
  penalty('CF-005', '对重点排污单位未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定联网的处罚', [cite(L.air, '第二十四条第一款'), cite(L.air, '第一百条第（三）项')]),
  penalty('CF-006', '对产生含挥发性有机物废气的生产和服务活动未在密闭空间或者设备中进行、未按照规定安装使用污染防治设施的处罚', [cite(L.air, '第四十五条'), cite(L.air, '第一百零八条第（一）项')]),
  penalty('CF-007', '对未依法取得排污许可证排放水污染物的处罚', [cite(L.water, '第二十一条第一款'), cite(L.water, '第八十三条第（一）项')]),
  penalty('CF-008', '对超过水污染物排放标准或者超过重点水污染物排放总量控制指标排放水污染物的处罚', [cite(L.water, '第十条'), cite(L.water, '第八十三条第（二）项')]),
  penalty('CF-009', '对利用渗井、渗坑、裂隙、溶洞，私设暗管，篡改、伪造监测数据，或者不正常运行水污染防治设施等逃避监管的方式排放水污染物的处罚', [cite(L.water, '第三十九条'), cite(L.water, '第八十三条第（三）项')]),
  penalty('CF-010', '对未按照规定对所排放的水污染物自行监测或者未保存原始监测记录的处罚', [cite(L.water, '第二十三条第一款'), cite(L.water, '第八十二条第（一）项')]),
  penalty('CF-011', '对建设单位未依法报批建设项目环境影响报告书、报告表擅自开工建设的处罚', [cite(L.eia, '第二十五条'), cite(L.eia, '第三十一条第一款'), cite(L.env, '第六十一条')]),
  penalty('CF-012', '对建设单位未依法备案建设项目环境影响登记表的处罚', [cite(L.eia, '第三十一条第三款')]),
  penalty('CF-013', '对需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者使用的处罚', [cite(L.project, '第十九条第一款'), cite(L.project, '第二十三条第一款')]),
  penalty('CF-014', '对无许可证从事收集、贮存、利用、处置危险废物经营活动的处罚', [cite(L.waste, '第八十条第二款'), cite(L.waste, '第一百一十四条第一款')]),
  penalty('CF-015', '对未按照规定设置危险废物识别标志的处罚', [cite(L.waste, '第七十七条'), cite(L.waste, '第一百一十二条第一款第（一）项')]),
  penalty('CF-016', '对未按照国家有关规定制定危险废物管理计划或者申报危险废物有关资料的处罚', [cite(L.waste, '第七十八条第一款'), cite(L.waste, '第一百一十二条第一款第（二）项')]),
  penalty('CF-017', '对无排污许可证或者超过噪声排放标准排放工业噪声的处罚', [cite(L.noise, '第三十六条第二款'), cite(L.noise, '第七十五条')]),
  penalty('CF-018', '对土壤污染重点监管单位未制定、实施自行监测方案或者未将监测数据报生态环境主管部门的处罚', [cite(L.soil, '第八十六条第一款第（一）项')]),
  penalty('CF-019', '对无许可证从事放射性同位素和射线装置生产、销售、使用活动的处罚', [cite(L.rad, '第二十八条第一款'), cite(L.rad, '第五十三条'), cite(L.radReg, '第五十二条第（一）项')]),
  penalty('CF-020', '对排污单位未按照排污许可证规定提交排污许可证执行报告的处罚', [cite(L.permit, '第三十七条第（三）项')]),
  penalty('CF-021', '对排污单位污染物排放口位置或者数量不符合排污许可证规定的处罚', [cite(L.permit, '第三十六条第（一）项')]),
  penalty('CF-022', '对违法排放污染物受到罚款处罚，被责令改正，拒不改正的按日连续处罚', [cite(L.env, '第五十九条第一款'), cite(L.air, '第一百二十三条'), cite(L.daily, '第五条')]),
  { code: 'QZ-001', name: '对造成或者可能造成严重污染的排污设施、设备的查封、扣押', type: '行政强制', kind: 'coercionMeasure', unit: UNIT.enforcement, legalReview: '是', merged: true,
    bases: [cite(L.env, '第二十五条'), cite(L.air, '第三十条'), cite(L.seize, '第四条')], statutoryLimit: '查封、扣押期限不超过30日，情况复杂的经负责人批准可延长不超过30日', note: '行政强制措施', flowchart: 'QZ-001查封扣押流程图' },
  { code: 'QZ-002', name: '对违法收集、贮存、运输、利用、处置的固体废物及设施、设备、场所、工具、物品的查封、扣押', type: '行政强制', kind: 'coercionMeasure', unit: UNIT.enforcement, legalReview: '是',
    bases: [cite(L.waste, '第二十七条')], statutoryLimit: '查封、扣押期限不超过30日，情况复杂的经负责人批准可延长不超过30日', note: '行政强制措施' },
  { code: 'QZ-003', name: '对危险废物产生者未按照规定处置危险废物，被责令改正后拒不改正的代为处置', type: '行政强制', kind: 'coercionEnforcement', unit: UNIT.enforcement, legalReview: '是',
    bases: [cite(L.waste, '第一百一十三条'), cite(L.coercionLaw, '第五十条')], note: '行政强制执行（代履行）' },
  { code: 'QZ-004', name: '对到期不缴纳罚款的加处罚款', type: '行政强制', kind: 'coercionEnforcement', unit: UNIT.enforcement, legalReview: '是',
    bases: [cite(L.penaltyLaw, '第七十二条第一款第（一）项'), cite(L.coercionLaw, '第四十五条第一款')], note: '行政强制执行；加处罚款的数额不得超出罚款的数额' },
  { code: 'JC-001', name: '对排污单位的现场检查', type: '行政检查', kind: 'inspection', unit: UNIT.enforcement, legalReview: '否',
    bases: [cite(L.env, '第二十四条'), cite(L.air, '第二十九条'), cite(L.water, '第三十条')] },
  { code: 'JL-001', name: '对举报生态环境违法行为的奖励', type: '行政奖励', kind: 'reward', unit: UNIT.legal, legalReview: '否',
    bases: [cite(L.air, '第三十一条'), cite(L.reward, '第五条')],
    conditions: '举报人实名或者以可联系方式举报，举报的生态环境违法行为经查证属实并依法作出处理。', statutoryLimit: '法律法规未规定', promisedLimit: '处理决定作出后30个工作日' },
  { code: 'QT-001', name: '建设项目环境影响登记表备案', type: '其他行政权力', kind: 'filing', unit: UNIT.approval, legalReview: '否',
    bases: [cite(L.eia, '第十六条第二款第（三）项'), cite(L.eiaFiling, '第三条')], statutoryLimit: '即时办结', promisedLimit: '即时办结',
    conditions: '对环境影响很小、不需要进行环境影响评价的建设项目，建设单位通过建设项目环境影响登记表网上备案系统填报。', responsibilityBasis: cite(L.eiaFiling, '第三条') },
  { code: 'QT-002', name: '企业事业单位突发环境事件应急预案备案', type: '其他行政权力', kind: 'filing', unit: UNIT.approval, legalReview: '否',
    bases: [cite(L.env, '第四十七条第三款')], statutoryLimit: '法律法规未规定', promisedLimit: '5个工作日',
    conditions: '企业事业单位已编制突发环境事件应急预案并完成评估，提交备案表、应急预案及编制说明、风险评估报告等材料。', responsibilityBasis: cite(L.env, '第四十七条第三款') },
  { code: 'QT-003', name: '水污染损害赔偿责任和赔偿金额纠纷的调解处理', type: '其他行政权力', kind: 'mediation', unit: UNIT.water, legalReview: '否',
    bases: [cite(L.water, '第九十七条')], conditions: '当事人申请；纠纷属于因水污染引起的损害赔偿责任和赔偿金额纠纷，且未向人民法院起诉。', note: '调解不成的，当事人可以向人民法院提起诉讼' },
];

// ---------------------------------------------------------------------------------------------------------------
// Posts, officers and procedures. A post's power codes and a power's post ids come from the same table.
// ---------------------------------------------------------------------------------------------------------------

const codesOf = (prefix) => ecoPowers.filter((p) => p.code.startsWith(prefix)).map((p) => p.code);
const ecoPosts = [
  { id: 'G01', name: '许可受理岗', unit: UNIT.approval, duties: '负责许可、备案申请的受理、补正告知、不予受理告知和证件送达。', powers: [...codesOf('XK-'), 'QT-001', 'QT-002'] },
  { id: 'G02', name: '许可审查岗', unit: UNIT.approval, duties: '负责许可、备案申请材料审查和现场核查，提出审批意见。', powers: [...codesOf('XK-'), 'QT-001', 'QT-002'] },
  { id: 'G03', name: '现场检查岗', unit: UNIT.enforcement, duties: '负责双随机现场检查，实施查封、扣押，制作现场检查笔录。', powers: ['JC-001', 'QZ-001', 'QZ-002'] },
  { id: 'G04', name: '案件调查岗', unit: UNIT.enforcement, duties: '负责立案、调查取证、送达，查封、扣押后的调查处理。', powers: [...codesOf('CF-'), 'QZ-001', 'QZ-002'] },
  { id: 'G05', name: '案件审理岗', unit: UNIT.legal, duties: '负责行政处罚案件审查、告知、听证组织和处罚决定文书制作。', powers: codesOf('CF-') },
  { id: 'G06', name: '法制审核岗', unit: UNIT.legal, duties: '负责重大执法决定法制审核，出具书面审核意见。', powers: [...codesOf('CF-'), ...codesOf('QZ-'), 'XK-002'] },
  { id: 'G07', name: '强制执行岗', unit: UNIT.enforcement, duties: '负责催告、代履行、加处罚款和申请人民法院强制执行，督促履行处罚决定。', powers: ['QZ-003', 'QZ-004'] },
  { id: 'G08', name: '举报奖励岗', unit: UNIT.legal, duties: '负责举报奖励的受理登记、审核、公示和兑现，对举报人信息保密。', powers: ['JL-001'] },
  { id: 'G09', name: '纠纷调解岗', unit: UNIT.water, duties: '负责水污染损害赔偿纠纷的受理、调查和调解。', powers: ['QT-003'] },
];
for (const power of ecoPowers) power.posts = ecoPosts.filter((post) => post.powers.includes(power.code)).map((post) => post.id);

const officerSpecs = [
  ['陈志强', '男', 'G01', '科长'], ['林海燕', '女', 'G01', '一级主任科员'],
  ['黄建明', '男', 'G02', '副科长'], ['王丽娟', '女', 'G02', '四级主任科员'], ['张伟', '男', 'G02', '科员'],
  ['吴晓东', '男', 'G03', '支队长'], ['郑宏', '男', 'G03', '大队长'], ['刘芳', '女', 'G03', '科员'],
  ['周斌', '男', 'G04', '副支队长'], ['李静', '女', 'G04', '大队长'], ['许文涛', '男', 'G04', '科员'], ['蔡明辉', '男', 'G04', '科员'],
  ['杨帆', '女', 'G05', '副科长', '否'], ['谢雨婷', '女', 'G05', '一级科员', '是'],
  ['郭振华', '男', 'G06', '科长', '是'], ['何丽萍', '女', 'G06', '二级主任科员', '是'],
  ['洪少峰', '男', 'G07', '中队长'], ['苏晨', '男', 'G07', '科员'],
  ['曾国平', '男', 'G08', '四级调研员'], ['叶慧敏', '女', 'G08', '科员'],
  ['朱建华', '男', 'G09', '科长'], ['彭晓玲', '女', 'G09', '科员'],
];
const ecoOfficers = officerSpecs.map(([name, gender, postId, title, reviewer], index) => {
  const post = ecoPosts.find((p) => p.id === postId);
  return {
    seq: String(index + 1), name, gender, unit: post.unit, title, post: postId,
    certificateNo: `3502${String(20240101 + index * 7)}`, category: '生态环境', area: 'XX市', issuer: 'XX省人民政府',
    certificateExpiry: d(index % 4 === 3 ? '2027-06-30' : '2028-12-31'), legalReviewer: reviewer ?? '否',
  };
});

const step = (powerCode, stepId, name, post, timeLimit, next = [], condition = '', note = '') => ({ powerCode, stepId, name, post, timeLimit, next: next.join('、'), condition, note });
const ecoSteps = [
  step('XK-001', 'S1', '申请受理', 'G01', '当场或5个工作日内', ['S2', 'S7'], '材料齐全、符合法定形式的予以受理，进入S2；不属于本机关职权范围或者依法不需要取得排污许可证的，进入S7', '材料不齐全的，当场或5个工作日内一次性告知需要补正的全部内容'),
  step('XK-001', 'S2', '材料审查', 'G02', '5个工作日', ['S3', 'S4'], '需要现场核查的进入S3；不需要现场核查的进入S4'),
  step('XK-001', 'S3', '现场核查', 'G02', '10个工作日', ['S4'], '', '两名以上工作人员实施'),
  step('XK-001', 'S4', '审批决定', 'G02', '自受理之日起20日（重点管理30日，需要现场核查的45日）', ['S5', 'S6'], '符合条件的进入S5；不符合条件的进入S6', '报局负责人审签'),
  step('XK-001', 'S5', '发证送达', 'G01', '10个工作日', [], '', '通过全国排污许可证管理信息平台核发，依法公开'),
  step('XK-001', 'S6', '不予许可告知', 'G01', '10个工作日', [], '', '书面说明理由，告知申请行政复议、提起行政诉讼的权利'),
  step('XK-001', 'S7', '不予受理告知', 'G01', '当场或5个工作日内', [], '', '出具不予受理告知书，告知向有权机关申请'),

  step('CF-011', 'S1', '立案', 'G04', '15日', ['S2'], '', '经初步核查，符合立案条件的报负责人批准立案'),
  step('CF-011', 'S2', '调查取证', 'G04', '计入自立案之日起90日的办案期限', ['S3'], '', '两名以上执法人员，出示执法证件，全过程记录'),
  step('CF-011', 'S3', '案件审查', 'G05', '5个工作日', ['S4']),
  step('CF-011', 'S4', '法制审核', 'G06', '7个工作日', ['S5'], '', '未经法制审核或者审核未通过的，不得作出决定'),
  step('CF-011', 'S5', '告知', 'G05', '3个工作日', ['S6', 'S7'], '当事人在告知后5日内申请听证的进入S6；未申请或者放弃听证的进入S7', '告知拟处罚内容及事实、理由、依据和陈述、申辩、听证权利'),
  step('CF-011', 'S6', '听证', 'G05', '举行听证的7日前通知当事人', ['S7'], '', '听证由非本案调查人员主持，依据听证笔录作出决定'),
  step('CF-011', 'S7', '处罚决定', 'G05', '自立案之日起90日内', ['S8'], '', '情节复杂或者重大违法行为由负责人集体讨论决定'),
  step('CF-011', 'S8', '送达', 'G04', '宣告后当场交付；当事人不在场的7日内送达', ['S9']),
  step('CF-011', 'S9', '执行', 'G07', '当事人自收到决定书之日起15日内缴纳罚款', [], '', '逾期不缴纳的，每日按罚款数额的3%加处罚款'),

  step('QZ-001', 'S1', '报批', 'G03', '实施前报负责人批准；情况紧急的24小时内补办批准手续', ['S2']),
  step('QZ-001', 'S2', '实施查封、扣押', 'G03', '当场', ['S3'], '', '两名以上执法人员，通知当事人到场，制作现场笔录和查封、扣押清单'),
  step('QZ-001', 'S3', '送达查封、扣押决定书', 'G03', '当场', ['S4']),
  step('QZ-001', 'S4', '调查核实', 'G04', '30日，情况复杂的经负责人批准可延长30日', ['S5'], '', '检测、检验、检疫或者技术鉴定的期间不计入'),
  step('QZ-001', 'S5', '法制审核', 'G06', '7个工作日', ['S6']),
  step('QZ-001', 'S6', '作出处理决定', 'G04', '查封、扣押期限内', ['S7', 'S8'], '违法事实清楚、需要给予行政处罚的进入S7；已不需要查封、扣押的进入S8'),
  step('QZ-001', 'S7', '移交处罚程序', 'G04', '3个工作日', [], '', '依法立案查处，查封、扣押的设施、设备依法处理'),
  step('QZ-001', 'S8', '解除查封、扣押', 'G03', '立即', [], '', '制作解除查封、扣押决定书并送达'),
];

// ---------------------------------------------------------------------------------------------------------------
// Writing.
// ---------------------------------------------------------------------------------------------------------------

function newWorkbook(title) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'quanze';
  workbook.lastModifiedBy = 'quanze';
  workbook.title = title;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  return workbook;
}

const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Adds a sheet in the published layout: a merged title row, the header row, then one row per record; a record whose
 * `spread` field holds several lines takes one row per line, every other column merged over those rows.
 * Returns the first row of each record so MISTAKES.md can name cells.
 */
function addSheet(workbook, { name, title, columns, records, spread }) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }] });
  columns.forEach(([field], index) => {
    const column = sheet.getColumn(index + 1);
    column.width = wide.has(field) ? 36 : 14;
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 16 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  columns.forEach(([, header], index) => {
    const cell = sheet.getCell(2, index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  const firstRows = [];
  let row = 3;
  for (const record of records) {
    firstRows.push(row);
    const lines = spread && Array.isArray(record[spread]) && record.merged ? record[spread] : undefined;
    const height = lines ? lines.length : 1;
    columns.forEach(([field], index) => {
      for (let offset = 0; offset < height; offset += 1) {
        const cell = sheet.getCell(row + offset, index + 1);
        if (lines && field === spread) cell.value = lines[offset];
        else if (offset === 0) cell.value = cellValue(record[field]);
        cell.alignment = { vertical: 'middle', wrapText: true };
        cell.border = border;
        if (record[field] instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }
      if (height > 1 && field !== spread) sheet.mergeCells(row, index + 1, row + height - 1, index + 1);
    });
    row += height;
  }
  return { sheet, firstRows };
}

function cellValue(value) {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('；');
  return value;
}

async function writeWorkbook(workbook, path) {
  const bytes = fixZipTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Same as src/template/zip-timestamps.ts (this script runs without a TypeScript build): every zip entry dated 2024-01-01. */
function fixZipTimestamps(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error('zip: end of central directory not found');
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  let p = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i -= 1) {
    const local = view.getUint32(p + 42, true);
    for (const [at, time] of [[p + 12, p + 14], [local + 10, local + 12]]) {
      view.setUint16(at, 0, true);
      view.setUint16(time, date, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

const powerRecord = (power, index) => ({
  seq: String(index + 1), department: DEPT, level: '设区的市级', supervision: SUPERVISION, remedy: REMEDY,
  forwardReview: '否', accountabilityScope: '承办机构负责人、承办人员及审核、批准人员',
  ...duties[power.kind], ...power,
  basisText: power.bases.join('；'), posts: power.posts.join('、'),
  ...(power.merged ? { basisText: power.bases } : {}),
});

async function makeEcology() {
  const workbook = newWorkbook('XX市生态环境局行政执法事项清单（2024年版）');
  const year = '（2024年版）';
  addSheet(workbook, { name: '执法依据', title: `XX市生态环境局行政执法依据目录${year}`, columns: labelColumns.bases, records: ecoBases });
  const powers = ecoPowers.map((power, index) => ({ ...powerRecord(power, index), merged: power.merged }));
  addSheet(workbook, { name: '执法事项', title: `XX市生态环境局行政执法事项清单${year}`, columns: labelColumns.powers, records: powers, spread: 'basisText' });
  addSheet(workbook, { name: '执法岗位', title: `XX市生态环境局执法岗位清单${year}`, columns: labelColumns.posts, records: ecoPosts.map((p) => ({ ...p, powers: p.powers.join('、') })) });
  addSheet(workbook, { name: '执法人员', title: `XX市生态环境局行政执法人员清单${year}`, columns: labelColumns.officers, records: ecoOfficers });
  addSheet(workbook, { name: '执法流程', title: `XX市生态环境局行政执法流程${year}`, columns: labelColumns.steps, records: ecoSteps });
  await writeWorkbook(workbook, join(SAMPLES, 'city-ecology-bureau.xlsx'));
  return { powers };
}

/** The ecology inventory as CSV text per table: no title row, one row per record, dates as Excel on Chinese Windows shows them. */
function ecologyCsv(powers) {
  const tables = {
    执法依据: [labelColumns.bases, ecoBases],
    执法事项: [labelColumns.powers, powers.map((p) => ({ ...p, basisText: Array.isArray(p.basisText) ? p.basisText.join('；') : p.basisText }))],
    执法岗位: [labelColumns.posts, ecoPosts.map((p) => ({ ...p, powers: p.powers.join('、') }))],
    执法人员: [labelColumns.officers, ecoOfficers],
    执法流程: [labelColumns.steps, ecoSteps],
  };
  const text = (value) => {
    if (value === undefined || value === null) return '';
    if (value instanceof Date) return `${value.getUTCFullYear()}/${value.getUTCMonth() + 1}/${value.getUTCDate()}`;
    return String(value);
  };
  const quote = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Object.entries(tables).map(([name, [columns, records]]) => {
    const lines = [columns.map(([, header]) => header), ...records.map((r) => columns.map(([field]) => text(r[field])))];
    return [name, lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n'];
  });
}

async function loadIconv() {
  const candidates = [process.env.ICONV_LITE, 'iconv-lite', '/tmp/iconv/node_modules/iconv-lite'].filter(Boolean);
  const require = createRequire(import.meta.url);
  for (const candidate of candidates) {
    try {
      return require(candidate);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

async function writeGb18030(powers) {
  const iconv = await loadIconv();
  if (!iconv) {
    console.warn('iconv-lite not found: samples/csv-gb18030/ left as committed (set ICONV_LITE to the package folder to rebuild it)');
    return;
  }
  const folder = join(SAMPLES, 'csv-gb18030');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of ecologyCsv(powers)) {
    const bytes = iconv.encode(text, 'gb18030');
    if (iconv.decode(bytes, 'gb18030') !== text) throw new Error(`${name}.csv does not round-trip through GB18030`);
    writeFileSync(join(folder, `${name}.csv`), bytes);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// XX市市政园林局: a small inventory with planted mistakes, published header variants and sheet-name variants.
// ---------------------------------------------------------------------------------------------------------------

const parksColumns = {
  bases: [['seq', '序号'], ['title', '法规名称'], ['level', '效力层级'], ['issuer', '发布机关'], ['docNumber', '发文字号'], ['promulgated', '发布日期'], ['effective', '实施日期'], ['status', '状态'], ['note', '备注']],
  powers: [['seq', '序号'], ['code', '职权编码'], ['name', '职权名称'], ['type', '职权类型'], ['basisText', '设定依据'], ['department', '行使主体'], ['unit', '责任科室'], ['posts', '责任岗位'], ['responsibilities', '责任事项'], ['accountability', '追责情形'], ['legalReview', '是否法制审核'], ['contact', '联系人'], ['note', '备注']],
  posts: [['id', '岗位代码'], ['name', '岗位名称'], ['unit', '科室'], ['duties', '职责'], ['powers', '对应职权']],
  officers: [['seq', '序号'], ['name', '姓名'], ['gender', '性别'], ['unit', '所在单位'], ['title', '职务'], ['post', '岗位'], ['certificateNo', '执法证号'], ['category', '执法领域'], ['certificateExpiry', '证件有效期至'], ['legalReviewer', '是否法制审核人员']],
};

const GREEN = '城市绿化条例';
const parksBases = [
  { title: GREEN, level: '行政法规', issuer: '国务院', docNumber: '国务院令第676号', promulgated: d('2017-03-01'), effective: d('2017-03-01'), note: '2017年修订' },
  { title: '城市市容和环境卫生管理条例', level: '行政法规', issuer: '国务院', docNumber: '国务院令第676号', promulgated: '2017年2月30日', effective: d('2017-03-01'), note: '2017年修订' },
  { title: '中华人民共和国行政处罚法', level: '法律', issuer: NPCSC, docNumber: '主席令第七十号', promulgated: d('2021-01-22'), effective: d('2021-07-15'), note: '2021年修订' },
  { title: '中华人民共和国行政许可法', level: '法律', issuer: NPCSC, docNumber: '主席令第二十九号', promulgated: d('2019-04-23'), effective: d('2019-04-23'), note: '2019年修正' },
  { title: GREEN, level: '行政法规', issuer: '国务院', docNumber: '国务院令第676号', promulgated: d('2017-03-01'), effective: d('2017-03-01'), note: '2017年修订' },
  { title: '城市绿线管理办法', level: '部门规章', issuer: '建设部', docNumber: '建设部令第112号', promulgated: d('2002-09-13'), effective: d('2002-11-01') },
].map((basis, index) => ({ seq: String(index + 1), status: '有效', ...basis }));

const PARKS = 'XX市市政园林局';
const parksPower = (code, name, type, basisText, unit, posts, kind, legalReview) => ({
  code, name, type, basisText, unit, posts, department: PARKS, legalReview,
  responsibilities: duties[kind].responsibilities, accountability: duties[kind].accountability, contact: '王明（分机8012）',
});
const parksPowers = [
  parksPower('CF-001', '对损坏城市树木花草的处罚', '行政处罚', cite(GREEN, '第二十六条第（一）项'), '绿化管理科', 'G02', 'penalty', '是'),
  parksPower('CF-002', '对擅自砍伐城市树木的处罚', '行政处罚', cite(GREEN, '第二十六条第（二）项'), '绿化管理科', 'G02', 'penalty', '是'),
  parksPower('CF-003', '对擅自占用城市绿化用地的处罚', '行政处罚', cite(GREEN, '第二十七条'), '绿化管理科', 'G02', 'penalty', '是'),
  parksPower('CF-003', '对损坏城市绿化设施的处罚', '行政处罚', cite(GREEN, '第二十六条第（四）项'), '绿化管理科', 'G02', 'penalty', '是'),
  parksPower('CF-005', '对不服从公共绿地管理单位管理的商业、服务摊点的处罚', '行政处理', cite(GREEN, '第二十八条'), '绿化管理科', 'G02', 'penalty', '是'),
  parksPower('CF-006', '对未按照批准的位置、面积、期限占用或者挖掘城市道路的处罚', '行政处罚', cite('城市道路管理条例', '第四十二条'), '市政管理科', 'G03', 'penalty', '是'),
  parksPower('CF-007', '城市绿地内设置临时设施审批', '行政处罚', cite(GREEN, '第二十条'), '绿化管理科', 'G01', 'licensing', '否'),
  parksPower('XK-001', '砍伐、迁移城市树木审批', '行政许可', cite(GREEN, '第二十一条'), '绿化管理科', 'G01', 'licensing', '否'),
  parksPower('XK-002', '', '行政许可', cite(GREEN, '第二十条'), '绿化管理科', 'G01', 'licensing', '否'),
  parksPower('JC-001', '对城市绿化养护管理情况的监督检查', '行政检查', cite(GREEN, '第十七条'), '绿化管理科', '', 'inspection', '否'),
].map((power, index) => ({ seq: String(index + 1), ...power }));

const parksPosts = [
  { id: 'G01', name: '绿化审批岗', unit: '绿化管理科', duties: '负责城市树木砍伐迁移、临时占用绿地等审批的受理和审查。', powers: 'XK-001、XK-002、CF-007' },
  { id: 'G02', name: '绿化执法岗', unit: '绿化管理科', duties: '负责城市绿化违法行为的调查处理。', powers: 'CF-001、CF-002、CF-003、CF-005' },
  { id: 'G03', name: '市政执法岗', unit: '市政管理科', duties: '负责城市道路违法占用、挖掘行为的调查处理。', powers: 'CF-006' },
  { id: 'G04', name: '古树名木保护岗', unit: '绿化管理处', duties: '负责古树名木的调查、认定和保护管理。', powers: 'CF-009' },
];

const parksOfficers = [
  ['赵立新', '男', '绿化管理科', '科长', 'G01', '否'], ['孙晓梅', '女', '绿化管理科', '科员', 'G01', '否'],
  ['钱国栋', '男', '绿化管理科', '副科长', 'G02', '是'], ['李红', '女', '绿化管理科', '科员', 'G02', '否'],
  ['周海', '男', '市政管理科', '科长', 'G03', '否'], ['吴俊', '男', '市政管理科', '科员', 'G03', '否'],
].map(([name, gender, unit, title, post, legalReviewer], index) => ({
  seq: String(index + 1), name, gender, unit, title, post, legalReviewer,
  certificateNo: `3502${String(20230301 + index * 11)}`, category: '城市管理', certificateExpiry: d('2028-06-30'),
}));

async function makeParks() {
  const workbook = newWorkbook('XX市市政园林局权责清单');
  const basesSheet = addSheet(workbook, { name: '法律依据', title: 'XX市市政园林局执法依据', columns: parksColumns.bases, records: parksBases });
  const powersSheet = addSheet(workbook, { name: '权责清单', title: 'XX市市政园林局权责清单（2024年）', columns: parksColumns.powers, records: parksPowers });
  const postsSheet = addSheet(workbook, { name: '岗位清单', title: 'XX市市政园林局执法岗位', columns: parksColumns.posts, records: parksPosts });
  addSheet(workbook, { name: '执法人员名录', title: 'XX市市政园林局行政执法人员名录', columns: parksColumns.officers, records: parksOfficers });
  await writeWorkbook(workbook, join(SAMPLES, 'mistakes', 'city-parks-bureau.xlsx'));
  writeFileSync(join(SAMPLES, 'mistakes', 'MISTAKES.md'), describeMistakes({ basesSheet, powersSheet, postsSheet }));
}

/** A1 reference of a record's field in a sheet written by addSheet. */
function cellOf(written, columns, recordIndex, field) {
  const col = columns.findIndex(([name]) => name === field);
  if (col < 0) throw new Error(`no column ${field}`);
  return `${written.sheet.getColumn(col + 1).letter}${written.firstRows[recordIndex]}`;
}

function describeMistakes({ basesSheet, powersSheet, postsSheet }) {
  const b = (i, f) => cellOf(basesSheet, parksColumns.bases, i, f);
  const p = (i, f) => cellOf(powersSheet, parksColumns.powers, i, f);
  const g = (i, f) => cellOf(postsSheet, parksColumns.posts, i, f);
  const rows = [
    ['权责清单', p(5, 'basisText'), 'CF-006 cites 《城市道路管理条例》第四十二条, a basis that is not in the 法律依据 sheet.'],
    ['权责清单', `${p(2, 'code')}, ${p(3, 'code')}`, 'Duplicate power code CF-003 (对擅自占用城市绿化用地的处罚 and 对损坏城市绿化设施的处罚).'],
    ['法律依据', `${b(0, 'title')}, ${b(4, 'title')}`, 'Duplicate basis row: 城市绿化条例 is listed twice.'],
    ['权责清单', p(9, 'posts'), 'JC-001 has no post: 责任岗位 is empty and no post lists JC-001.'],
    ['岗位清单', g(3, 'unit'), 'Post G04 belongs to 绿化管理处, a unit no power names (powers use 绿化管理科 and 市政管理科); no officer holds G04 either.'],
    ['岗位清单', g(3, 'powers'), 'Post G04 lists power code CF-009, which does not exist.'],
    ['权责清单', p(4, 'type'), 'Act type spelled “行政处理”, not one of the ten types (meant 行政处罚).'],
    ['权责清单', p(8, 'name'), 'Required cell empty: XK-002 has no 职权名称.'],
    ['法律依据', b(1, 'promulgated'), 'Invalid date “2017年2月30日” (February has no 30th) in 发布日期.'],
    ['权责清单', `${p(0, 'contact').replace(/\d+$/, '')}2`, 'Unknown extra column “联系人”: no canonical field has this header.'],
    ['权责清单', `${p(6, 'name')}, ${p(6, 'type')}`, 'CF-007 “城市绿地内设置临时设施审批” is declared 行政处罚 but its name is a licence (审批): declared type disagrees with the name.'],
  ];
  return [
    '# Planted mistakes in `city-parks-bureau.xlsx`',
    '',
    'XX市市政园林局, a small inventory written with published header variants (法规名称, 效力层级, 职权名称, 职权类型,',
    '设定依据, 行使主体, 责任科室, 责任岗位, 岗位代码, 科室, 对应职权, 执法证号 …) and sheet-name variants (法律依据,',
    '权责清单, 岗位清单, 执法人员名录). Row 1 of every sheet is a merged title; headers are on row 2.',
    'Generated by `scripts/make-samples.mjs` together with this list, so the cells below are where the mistakes are.',
    '',
    '| # | sheet | cell | mistake |',
    '| --- | --- | --- | --- |',
    ...rows.map(([sheet, cell, what], index) => `| ${index + 1} | ${sheet} | ${cell} | ${what} |`),
    '',
    'Everything else is meant to be right: the other citations resolve to the 法律依据 sheet, every other power has a post,',
    'and the officers hold current certificates.',
    '',
  ].join('\n');
}

const { powers } = await makeEcology();
await writeGb18030(powers);
await makeParks();
console.log(`samples written to ${SAMPLES}${existsSync(join(SAMPLES, 'csv-gb18030')) ? '' : ' (no csv-gb18030)'}`);
