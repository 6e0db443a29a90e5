// Traps and overrides (DOMAIN.md §1.5 "Traps", §1.6): wordings the general cues would misread, checked first, in order.

import type { Trap } from './types.js';

/**
 * What may follow a correction order in a name and make it more than a corrective order: a sanction
 * (处罚法第九条), or performance by the agency at the party's cost (代履行).
 */
const afterCorrectiveOrder = /处罚|罚款|没收|吊销|警告|通报批评|暂扣|拘留|停产停业|责令关闭|降低资质|代为|代履行|强制/;

/** Words that describe a violation, in names written as the offence (DOMAIN §2.2: 综合执法目录 list 违则 + 罚则). */
const offenceWords = [
  '未', '擅自', '违反', '违规', '违法', '非法', '伪造', '变造', '隐匿', '隐瞒', '拒绝', '拒不', '不按', '不符合', '不合格',
  '不履行', '不执行', '不如实', '骗取', '冒用', '冒充', '超出', '超越', '超过', '无证', '无照', '逾期不', '妨碍', '阻碍',
  '虚假', '泄露', '涂改', '出租', '出借', '买卖', '倒卖', '假冒', '欺骗', '弄虚作假', '私自', '侵占', '破坏', '损坏', '毁坏',
  '占用', '倾倒', '篡改', '禁止', '不得', '违章', '赌博', '无故',
].join('|');

/** Another act in an offence-shaped name decides instead: coercion, a reward or benefit, a dispute, a complaint. */
const notAnOffence = /查封|扣押|扣留|冻结|封存|拖移|拖离|强制|代履行|代为|奖励|表彰|补偿(?!费)|救助|抚恤|补助|纠纷|争议|投诉|举报/;

/** Documents of a status or an existing right (残疾人证, 光荣证, 权属证书): issuing them confirms, it permits nothing. */
const statusDocuments = [
  '残疾人', '(?:伤残|残疾)?军人', '光荣', '优待', '婚姻登记', '收养登记', '生育服务', '独生子女', '老年人?', '结婚', '离婚', '户口',
  '居住', '承包经营权', '不动产权?', '房屋所有权', '土地使用权?', '宅基地使用权?',
].join('|');

/** What is done with such a document, before or after its name (残疾人证补领, 补领婚姻登记证). */
const documentSteps = '核发|签发|颁发|办理|换发|换领|补发|补领|补办|申领|发放';

/** Who commits the offence, when a clause-by-clause name opens with its subject ("生产经营单位未按照规定…"). */
const offenceSubjects = [
  '单位', '企业', '者', '人', '人员', '机构', '公司', '场所', '学校', '医院', '船舶', '车辆', '驾驶人', '驾驶员', '司机', '船员',
  '业户', '个人', '组织', '商户',
].join('|');

/** Offence verbs that open such a name; 未 only with its verb, so 未成年人 is no offence. */
const offenceLeads = [
  '未经', '未按', '未取得', '未依法', '未办理', '未如实', '未履行', '未向', '未在', '未对', '未将', '未及时', '未设置', '未建立',
  '擅自', '违反', '违法', '违规', '违章', '非法', '伪造', '变造', '骗取', '冒用', '假冒', '以欺骗', '隐瞒', '隐匿', '弄虚作假',
  '无证', '无照', '私自', '偷逃', '涂改', '不按', '不如实', '不依法', '超标', '超范围', '超越',
].join('|');

/** The first characters of those verbs and of 拒绝/阻碍/妨碍/逃避: a name with none near its start is no such offence. */
const offenceLeadFirst = [...new Set([...offenceLeads.split('|'), '拒绝', '阻碍', '妨碍', '逃避'].map((w) => w.charAt(0)))].join('');

export const traps = [
  // The frame "对…的处罚" / "…的行政处罚" dominates: 许可证, 登记, 检查 inside it only describe the violation.
  { id: 'penalty-frame', type: 'penalty', pattern: /处罚(?:决定)?$/, label: '对…的处罚', weight: 0.97,
    why: { zh: '名称以“处罚”收尾，是对违法行为的行政处罚，名称中的许可、登记、检查等词只描述违法行为（处罚法第二条）',
      en: 'the name ends in 处罚, so it is a penalty; words such as licence, registration or inspection inside it only describe the violation (Administrative Penalty Law art. 2)' } },
  // Before the offence frames: "责令改正违法行为" ends like an offence but is the order itself (DOMAIN §1.6.1).
  { id: 'corrective-order', type: 'other', pattern: /责令(?:限期)?改正|责令(?:立即)?停止违法行为/, unless: afterCorrectiveOrder, label: '责令改正/责令停止违法行为', weight: 0.5,
    flag: 'corrective-order', overrides: ['penalty'],
    why: { zh: '单独的责令改正、责令限期改正、责令停止违法行为是纠正违法的行政命令，不是行政处罚（处罚法第二十八条），不应单列为处罚事项',
      en: 'an order to correct or stop a violation, on its own, is a remedial order and not a penalty (Administrative Penalty Law art. 28); it should not be listed as a penalty item' } },
  // Comprehensive-enforcement catalogues name a penalty by the offence alone: "对未取得…擅自…的", "违反…规定…的", "…违法行为".
  // When the act is 查封/扣押/强制 the coercion cues decide instead.
  { id: 'offence-clause', type: 'penalty',
    // The ending is checked first, so names that do not end so fail at once.
    pattern: new RegExp(`^(?=.*(?:的|行为)$)(?:对.{3,}的|(?=.*(?:${offenceWords})).{4,}(?:的|行为))$`),
    unless: /查封|扣押|扣留|冻结|封存|拖移|拖离|强制|代履行|代为|奖励|表彰|补偿(?!费)|救助|抚恤|补助|纠纷|争议/,
    label: '“…违法行为的”', weight: 0.88,
    overrides: ['licensing', 'confirmation', 'inspection', 'other', 'levy', 'payment'],
    why: { zh: '事项名称只描述违法行为（以“的”或“行为”收尾），是综合执法目录中处罚事项的写法，名称中的许可、登记、检查等词只描述违法行为',
      en: 'the name only describes an offence (ending in 的 or 行为), the way enforcement catalogues name penalty items; words such as licence, registration or inspection inside it only describe the offence' } },
  // The same offence frame without an offence word ("饲养家禽影响市容的", "驾车时拨打手持电话的"): a long name ending in
  // 的 names a prohibited act in these lists; the violation handled ("对违法建设行为的处理") likewise. Weaker than above.
  { id: 'offence-bare', type: 'penalty',
    pattern: /^(?=.*(?:的|处理)$)(?:.{5,}的|.*?(?:违法|违章|违规)[^，；]*?的?处理)$/,
    unless: notAnOffence,
    label: '“…的”（违法情形）', weight: 0.8,
    overrides: ['licensing', 'confirmation', 'inspection', 'other', 'levy', 'payment'],
    why: { zh: '事项名称是一种应受处罚的情形（以“的”收尾）或对违法行为的处理，按综合执法目录的写法属于行政处罚',
      en: 'the name describes a punishable situation (ending in 的) or the handling of a violation, the way enforcement catalogues name penalty items' } },
  // Carrying out a decision the party failed to perform is enforcement (强制法第十二条、第五十三条), even when the
  // decision named is a penalty: "对拒不履行行政处罚决定的，申请人民法院强制执行".
  { id: 'enforce-decision', type: 'coercion', coercionKind: 'execution',
    pattern: /(?:不履行|未履行|拒不执行|不执行)[^。]*?决定[^。]*?(?:强制执行|代履行|划拨|拍卖|强制拆除)/,
    label: '不履行决定…强制执行', weight: 0.9, overrides: ['penalty'],
    why: { zh: '当事人不履行已作出的决定而强制执行，属于行政强制执行（强制法第十二条、第五十三条），名称中的处罚决定只是被执行的对象',
      en: 'enforcing a decision the party failed to carry out is administrative enforcement (Administrative Coercion Law arts. 12, 53); the penalty decision named is only what is enforced' } },
  // "对…执行/遵守…情况的检查": the act is the check; a penalty, licence or fee inside it is what is checked.
  { id: 'compliance-inspection', type: 'inspection', pattern: /情况的?(?:监督检查|检查|抽查|核查|巡查|监督)$/,
    label: '…情况的检查', weight: 0.88, overrides: ['penalty', 'licensing', 'levy', 'confirmation', 'payment'],
    why: { zh: '名称是对某项执行或遵守情况的检查，属于行政检查，名称中的处罚、许可等词只是检查的对象',
      en: 'the name is a check of how something is carried out or complied with, an inspection; a penalty or licence named is only what is checked' } },
  // 加处罚款 and 滞纳金 compel payment of an earlier decision: enforcement, never a penalty (强制法第十二条、第四十五条; 处罚法第七十二条).
  { id: 'surcharge', type: 'coercion', pattern: /加处罚款|滞纳金/, label: '加处罚款/滞纳金', weight: 0.92, coercionKind: 'execution',
    overrides: ['penalty', 'levy'],
    why: { zh: '加处罚款、滞纳金是督促履行的强制执行方式，不是行政处罚（强制法第十二条、第四十五条）',
      en: 'a daily surcharge or late fee compels payment, an enforcement method, never a penalty (Administrative Coercion Law arts. 12, 45)' } },
  // 道交法's 扣留 of vehicles and licences is a measure; 暂扣 of a licence is a penalty.
  { id: 'detain-vehicle', type: 'coercion', pattern: /扣留[^，；]*?(?:机动车|非机动车|车辆|驾驶证|驾驶执照)/, label: '扣留…机动车/驾驶证', weight: 0.9, coercionKind: 'measure',
    overrides: ['penalty', 'licensing'],
    why: { zh: '扣留机动车、驾驶证是道路交通安全法规定的行政强制措施，与暂扣许可证件（处罚）不同',
      en: 'detaining a vehicle or driving licence is a coercive measure under the Road Traffic Safety Law, unlike suspending a licence (a penalty)' } },
  { id: 'evidence-preservation', type: 'coercion', pattern: /先行登记保存/, label: '先行登记保存', weight: 0.55, coercionKind: 'measure',
    flag: 'evidence-preservation', overrides: ['confirmation'],
    why: { zh: '先行登记保存是处罚程序中的证据保全（处罚法第五十六条），应列入处罚事项的流程；部分清单单列为行政强制，按强制归类并提示复核',
      en: 'registering evidence for preservation is a step inside a penalty case (Administrative Penalty Law art. 56) and belongs in the penalty flow; some lists show it as coercion, so it is classed so and flagged for review' } },
  { id: 'revoke-licence', type: 'penalty', pattern: /吊销[^，；]*?(?:许可证|执照|证书|证件|资格|资质|驾驶证)/, label: '吊销…许可证', weight: 0.95,
    overrides: ['licensing'],
    why: { zh: '吊销许可证件是行政处罚（处罚法第九条），不是许可',
      en: 'revoking a licence is a penalty (Administrative Penalty Law art. 9), not a licence' } },
  { id: 'suspend-licence', type: 'penalty', pattern: /暂扣[^，；]*?(?:证|执照|牌照)/, label: '暂扣…许可证/执照', weight: 0.92,
    overrides: ['licensing', 'coercion'],
    why: { zh: '暂扣许可证件是行政处罚（处罚法第九条），与扣留驾驶证（强制措施）不同',
      en: 'suspending a licence is a penalty (Administrative Penalty Law art. 9), unlike detaining a driving licence (a coercive measure)' } },
  { id: 'confiscation', type: 'penalty', pattern: /没收/, label: '没收', weight: 0.93, overrides: ['coercion'],
    why: { zh: '没收是终局的行政处罚（处罚法第九条）；查封、扣押只是临时控制',
      en: 'confiscation is a final penalty (Administrative Penalty Law art. 9); sealing or seizing is only temporary' } },
  // Lists that give one item per article clause (DOMAIN §2.1, Henan 2021) write the offence with no 的 at the end:
  // "未取得施工许可证擅自施工", "生产经营单位未按照规定…培训", "伪造、变造…许可证件". A name that opens with an
  // offence verb (after its subject) is that offence; an act word at its end is the act's object only after
  // 拒绝/阻碍/逃避 ("拒绝、阻碍监督检查"), otherwise the act decides ("违法建设行为认定"; "…的处理" is not always a penalty). "对违法企业的约谈" has
  // 违法 only as an attribute of the object: a name "对…的<act>" is left to its act.
  { id: 'offence-leading', type: 'penalty',
    pattern: new RegExp(`^(?=[^，；]{0,17}?[${offenceLeadFirst}])(?!对[^，；]*的[^的，；]{1,6}$)对?(?:[^，；]{1,16}?(?:${offenceSubjects}))?(?:(?:拒绝|拒不|阻碍|妨碍|逃避)|(?:${offenceLeads})(?![^，；]*(?:检查|抽查|监督|许可|登记|审批|核准|认定|确认|鉴定|备案|处理|调查|指导|管理)$))`),
    unless: notAnOffence,
    label: '“未经/擅自/违反…”（违法行为）', weight: 0.84,
    overrides: ['licensing', 'confirmation', 'inspection', 'other', 'levy', 'payment'],
    why: { zh: '事项名称以违法行为开头（未经、擅自、违反、伪造、拒绝等），是按条款列出处罚事项的写法，名称中的许可、检查等词只描述违法行为',
      en: 'the name opens with an offence (未经, 擅自, 违反, 伪造, 拒绝 …), the way lists name a penalty item clause by clause; words such as licence or inspection inside it only describe the offence' } },
  { id: 'requisition', type: 'other', pattern: /征用/, label: '征用', weight: 0.8, flag: 'requisition', overrides: ['levy'],
    why: { zh: '征用是临时使用并给予补偿，不转移所有权，不是征收，归入其他行政权力（行政征用）',
      en: 'requisition is temporary use with compensation and no transfer of ownership, so it is not a levy but "other" (requisition)' } },
  { id: 'administrative-review', type: 'other', pattern: /行政复议/, label: '行政复议', weight: 0.8, overrides: ['adjudication'],
    why: { zh: '行政复议审查的是行政行为，不是裁决民事争议，不属于行政裁决',
      en: 'administrative review examines an administrative act, not a civil dispute, so it is not adjudication' } },
  // 调解 ends in no binding decision; 仲裁/裁决 beside it (计量纠纷调解及仲裁检定) make the item an adjudication.
  { id: 'mediation', type: 'other', pattern: /调解(?!员)/, unless: /裁决|仲裁/, label: '调解', weight: 0.82, overrides: ['adjudication'],
    why: { zh: '调解不作出有约束力的决定，即使名称写作“纠纷的调解处理”也不是行政裁决，归入其他行政权力',
      en: 'mediation makes no binding decision, so even "mediation of a dispute" is not adjudication but "other"' } },
  { id: 'forward-review', type: 'other', pattern: /(?:审核|初审|审查)?转报$/, label: '审核转报', weight: 0.7, flag: 'forward-review',
    overrides: ['licensing', 'confirmation', 'reward'],
    why: { zh: '审核转报是下级初审后报上级决定的环节（许可法第三十五条），是事项属性而非类型；清单通常列入其他行政权力',
      en: 'review-and-forward is a lower-level preliminary step before a higher authority decides (Administrative Licensing Law art. 35), an attribute rather than a type; lists usually put it under "other"' } },
  // Internal or upward steps before another body decides: 初审, 预审, 初核 (许可法第三十五条).
  // A name ending in the document the agency issues (…预审与选址意见书, …许可证) is that licence, 预审 a step of it.
  { id: 'preliminary-review', type: 'other', pattern: /初审|预审|初核|审核上报|审查上报/, unless: /(?:意见书|许可证|证书)(?:核发)?$/,
    label: '初审/预审', weight: 0.68, flag: 'forward-review',
    overrides: ['licensing', 'confirmation', 'reward', 'payment'],
    why: { zh: '初审、预审是由上级或其他机关决定之前的内部环节（许可法第三十五条），不是本机关的许可，清单通常列入其他行政权力',
      en: 'a preliminary review is an internal step before another authority decides (Administrative Licensing Law art. 35), not this agency\'s licence; lists usually put it under "other"' } },
  { id: 'need-based-grant', type: 'payment', pattern: /奖励扶助|扶助金/, label: '奖励扶助金', weight: 0.88, overrides: ['reward'],
    why: { zh: '奖励扶助金按家庭情况发放，是行政给付，不是对功绩的奖励',
      en: 'a support grant paid because of a family situation is a payment, not a reward for merit' } },
  // A bonus for merit (见义勇为奖金, 举报奖金) is a reward, however it is paid (DOMAIN §1.5 给付: 奖励/奖金 → 奖励).
  { id: 'merit-bonus', type: 'reward', pattern: /奖金|奖励金/, label: '奖金', weight: 0.86, overrides: ['payment'],
    why: { zh: '奖金是对功绩的奖励，即使写作“发放”也是行政奖励，不是行政给付', en: 'a bonus rewards merit, a reward even when the name says it is paid out, not a payment' } },
  { id: 'legal-aid', type: 'payment', pattern: /法律援助/, unless: /奖励|表彰|嘉奖/, label: '法律援助', weight: 0.75, overrides: ['licensing'],
    why: { zh: '法律援助是向经济困难者提供的免费服务，属于行政给付', en: 'legal aid is a free service for people in financial need, a payment' } },
  // National tax lists keep registration-type steps of tax administration under 其他.
  { id: 'tax-registration', type: 'other', pattern: /税务登记|纳税人登记|扣缴税款登记|停业登记|复业登记|税务注销|发票(?:的)?(?:领用|代开|发售|验旧|缴销)|代开[^，；]*?发票/, label: '税务登记', weight: 0.7,
    overrides: ['confirmation', 'levy'],
    why: { zh: '税务登记、停复业登记、发票领用和代开等是税收征管中的程序性事项，税务权责清单列入其他行政权力',
      en: 'tax registration, suspension or resumption filings and issuing invoices are procedural steps of tax administration that tax power lists put under "other"' } },
  { id: 'taxpayer-information', type: 'other', pattern: /信息(?:确认|变更|报告|报送)$/, label: '信息确认/报告', weight: 0.6, overrides: ['confirmation'],
    why: { zh: '当事人报送、确认自身信息是信息报告，不是机关对法律事实的确认，归入其他行政权力',
      en: 'a party reporting or confirming its own information is a report, not an agency confirming a fact, so it is "other"' } },
  { id: 'tax-exempt-status', type: 'confirmation', pattern: /免税资格/, label: '免税资格认定', weight: 0.78, overrides: ['licensing'],
    why: { zh: '免税资格认定是对已具备法定条件的确认，属于行政确认，不是许可',
      en: 'recognising tax-exempt status confirms that legal conditions are met, a confirmation rather than a licence' } },
  { id: 'pledge-registration', type: 'confirmation', pattern: /(?:出质|抵押|质押)[^，；]*?登记/, label: '出质/抵押登记', weight: 0.85, overrides: ['licensing'],
    why: { zh: '股权出质、抵押登记是对担保物权的登记确认，不创设经营资格，属于行政确认',
      en: 'registering a pledge or mortgage records a security right and creates no business eligibility, a confirmation' } },
  // A certificate of a status or an existing right is issued to confirm it, not to permit an activity: 残疾人证,
  // 光荣证, 土地承包经营权证, 不动产权证书 核发/换发/补领 are confirmations (DOMAIN §1.5 确认: 证明、登记).
  { id: 'status-certificate', type: 'confirmation',
    pattern: new RegExp(`(?:${statusDocuments})(?:证|证书|证件|簿)(?:的)?(?:${documentSteps})|^(?:${documentSteps})[^，；]{0,10}?(?:${statusDocuments})(?:证|证书|证件|簿)$`),
    label: '残疾人证/光荣证/权属证书核发', weight: 0.82, overrides: ['licensing'],
    why: { zh: '核发残疾人证、光荣证、土地承包经营权证等是对既有身份或权属的证明，属于行政确认，不是准予从事活动的许可',
      en: 'issuing a disability card, an honour certificate or a land-right certificate attests an existing status or right, a confirmation rather than a licence' } },
  // A transport or purchase permit called 证明 (生鲜乳准运证明) permits an activity: a licence, not a confirmation.
  { id: 'permit-document', type: 'licensing', pattern: /准(?:运|购|销|养|迁)证/, label: '准运证明', weight: 0.8, overrides: ['confirmation'],
    why: { zh: '准运、准购证明准予从事运输、购买等活动，属于行政许可，不是对事实的确认', en: 'a transport or purchase permit allows an activity, a licence rather than a confirmation of a fact' } },
  // Keeping a list (事项清单管理, 名录调整) is the agency's own work, whatever the list is of: 行政审批中介服务事项清单管理.
  { id: 'list-management', type: 'other', pattern: /(?:清单|目录|名录|名单)(?:的)?(?:管理|编制|发布|公布|调整)$/, label: '清单管理', weight: 0.72,
    overrides: ['licensing', 'penalty', 'confirmation', 'inspection'],
    why: { zh: '编制、管理、调整某类事项的清单或名录是机关自身的管理工作，名称中的审批、处罚等词只是清单的内容，归入其他行政权力',
      en: 'keeping, publishing or adjusting a list or register is the agency\'s own work; approval or penalty words in it only name what is listed, so it is "other"' } },
  // Reviews inside the administration (合法性审查 of a decision, 公平竞争审查 of a policy) are no licence (许可法第三条).
  { id: 'internal-review', type: 'other', pattern: /合法性(?:审查|审核)|公平竞争审查|法制审核|审核把关|因公出(?:国|境)|执法人员资格|执法证(?:件)?[^，；]{0,4}(?:申领|审核|核发|换发|年审)/, label: '合法性审查', weight: 0.72,
    overrides: ['licensing', 'confirmation'],
    why: { zh: '合法性审查、公平竞争审查是行政机关内部的审查，不是对申请人的许可（许可法第三条），归入其他行政权力',
      en: 'a legality or fair-competition review is internal to the administration, not a licence to an applicant (Administrative Licensing Law art. 3), so it is "other"' } },
  // A register records a seizure, a notice or an objection others decided or raised: 查封登记 is the registry's
  // entry, not the seizure (DOMAIN §1.5 确认: 登记).
  { id: 'registry-entry', type: 'confirmation', pattern: /(?:查封|预告|异议|更正|注销查封)登记/, label: '查封/预告/异议登记', weight: 0.8,
    overrides: ['coercion', 'licensing'],
    why: { zh: '查封、预告、异议登记是登记机构对他人决定或申请的记载，属于行政确认，不是查封本身',
      en: 'a seizure, advance-notice or objection entry records what another body decided or a party claimed, a confirmation rather than the seizure itself' } },
  // A filing stays a filing when it ends in a certificate or a register entry: 备案证明, 备案登记, 备案凭证.
  { id: 'filing-record', type: 'other', pattern: /备案(?:证明|登记|凭证|回执|证)/, label: '备案证明/备案登记', weight: 0.74,
    overrides: ['licensing', 'confirmation'],
    why: { zh: '备案证明、备案登记只是对备案的记录，不是准予从事活动的许可，归入其他行政权力',
      en: 'a filing certificate or filing register entry only records a filing; it permits nothing, so it is "other"' } },
  // Rights granted by registration are in the national licensing list: 采矿权、探矿权、取水权、林权 … 登记、新立、延续、变更、转让、注销.
  { id: 'rights-registration', type: 'licensing',
    pattern: /(?:采矿|探矿|取水|林|林木|海域使用|无居民海岛使用|草原使用|渔业|捕捞|养殖|水域滩涂养殖|矿业|勘查|特许经营)权[^，；]*?(?:登记|新立|新设|延续|续期|变更|转让|注销|出让|设立|保留)/,
    unless: /不动产|抵押|质押|备案|争议|纠纷/,
    label: '采矿权/取水权…登记', weight: 0.86, overrides: ['confirmation'],
    why: { zh: '采矿权、探矿权、取水权、林权等经登记才取得，是国家行政许可事项清单所列的许可，不是行政确认',
      en: 'mining, exploration, water-drawing and forest rights are granted by registration, licences in the national licensing list rather than confirmations' } },
  // Inspection words inside a licence: a check before opening or use decides whether the activity may start.
  { id: 'pre-opening-inspection', type: 'licensing',
    pattern: /(?:投入使用|营业|开业|开放|启用|运营|使用|开工|举办|举行|开办)前[^，；]*?(?:检查|检验|验收|审查|核查)|公众聚集场所[^，；]*?消防安全检查/,
    label: '投入使用、营业前检查', weight: 0.86, overrides: ['inspection'],
    why: { zh: '投入使用、营业前的检查决定能否开业，是行政许可（如公众聚集场所投入使用、营业前消防安全检查），不是行政检查',
      en: 'a check before a place opens or is put into use decides whether it may open, a licence (e.g. the fire-safety check before a public venue opens), not an inspection' } },
  { id: 'licence-annual-check', type: 'licensing', pattern: /(?:许可证|执照|资质|资格证|证书|许可)[^，；]*?年(?:检|审|度(?:审验|核验|检验|校验|检查))/,
    label: '许可证年检', weight: 0.74, overrides: ['inspection', 'other'],
    why: { zh: '许可证件的年检、年审决定能否继续从事该活动，是该许可的延续管理，不是行政检查',
      en: 'the annual check of a licence decides whether the activity may go on, part of that licence rather than an inspection' } },
  // Conferring a grade or qualification declares a status: 授予…资格, 技术等级称号, …称号授予 (honours stay rewards).
  { id: 'grade-conferral', type: 'confirmation',
    pattern: /授予[^，；]*?资格|资格(?:的)?授予$|(?:等级|技术|职业|专业)[^，；]*?称号|称号(?:的)?(?:授予|认定)$/,
    unless: /荣誉|先进|模范|优秀|劳模|表彰|奖励|嘉奖/,
    label: '授予…资格/称号授予', weight: 0.8, overrides: ['reward', 'licensing'],
    why: { zh: '授予资格、技术等级称号是对已具备条件的身份、等级的确认，属于行政确认；荣誉称号才是行政奖励',
      en: 'conferring a qualification or a technical grade title declares a status the person already meets, a confirmation; only honorary titles are rewards' } },
  { id: 'benefit-assessment', type: 'payment', pattern: /(?:待遇|抚恤|优抚|补助|补贴|救助|低保|五保|最低生活保障|特困|供养)[^，；]*?(?:核定|审核|确认|认定|申领|申请|核准|资格)/,
    label: '待遇核定', weight: 0.8, overrides: ['confirmation', 'licensing'],
    why: { zh: '核定、审核待遇是发放待遇的环节，属于行政给付', en: 'assessing a benefit is a step in paying it, an administrative payment' } },
  { id: 'market-entity-filing', type: 'licensing', pattern: /^(?:公司|合伙企业|个人独资企业|非公司企业法人|农民专业合作社|分公司)[^，；]*备案$/, label: '企业…备案', weight: 0.6,
    overrides: ['other'],
    why: { zh: '市场主体备案是市场主体登记的组成部分（许可法第十二条第五项），随登记归入行政许可',
      en: 'a market-entity filing is part of business registration (Administrative Licensing Law art. 12(5)) and goes with it under licensing' } },
  { id: 'annual-inspection', type: 'other', pattern: /年检|年审/, unless: /奖励|表彰/, label: '年检/年审', weight: 0.6, overrides: ['inspection', 'licensing'],
    why: { zh: '年检、年审不是许可延续，也不是监督检查，按权责清单惯例归入其他行政权力',
      en: 'an annual check is neither a licence renewal nor an inspection; inventories put it under "other"' } },
  { id: 'testing-body-approval', type: 'licensing', pattern: /(?:检验|检测)[^，；]*?机构[^，；]*?(?:核准|资质|认定|许可|审批)$/, label: '检验检测机构核准', weight: 0.88,
    overrides: ['inspection'],
    why: { zh: '核准检验、检测机构的资质是行政许可，不是行政检查', en: 'approving a testing body is a licence, not an inspection' } },
] as const satisfies readonly Trap[];
