// Wording cues for each act type (DOMAIN.md §1.5), as data: what text points at which type, how strongly, and why.

import type { Cue } from './types.js';

// Article references follow DOMAIN.md conventions: 处罚法 = 行政处罚法 (2021), 许可法 = 行政许可法, 强制法 = 行政强制法.

export const cues = [
  // ── 行政处罚: the sanctions listed in 处罚法第九条 ───────────────────────────────────────
  { id: 'penalty-word', type: 'penalty', pattern: /行政处罚|处罚/, label: '处罚', weight: 0.92,
    why: { zh: '处罚是对违法行为的制裁，属于行政处罚（处罚法第二条）', en: 'a sanction for a violation is an administrative penalty (Administrative Penalty Law art. 2)' } },
  { id: 'penalty-fine', type: 'penalty', pattern: /罚款|计罚/, label: '罚款', weight: 0.92,
    why: { zh: '罚款是行政处罚的种类（处罚法第九条）', en: 'a fine is a penalty type (Administrative Penalty Law art. 9)' } },
  { id: 'penalty-revoke', type: 'penalty', pattern: /吊销/, label: '吊销', weight: 0.93,
    why: { zh: '吊销许可证件是行政处罚（处罚法第九条）', en: 'revoking a licence is a penalty (Administrative Penalty Law art. 9)' } },
  { id: 'penalty-warning', type: 'penalty', pattern: /警告|通报批评/, label: '警告/通报批评', weight: 0.88,
    why: { zh: '警告、通报批评是行政处罚的种类（处罚法第九条）', en: 'a warning or public criticism is a penalty type (Administrative Penalty Law art. 9)' } },
  { id: 'penalty-grade', type: 'penalty', pattern: /降低资质等级/, label: '降低资质等级', weight: 0.92,
    why: { zh: '降低资质等级是行政处罚（处罚法第九条）', en: 'downgrading a qualification is a penalty (Administrative Penalty Law art. 9)' } },
  { id: 'penalty-stop', type: 'penalty', pattern: /责令(?:停产停业|停业整顿|停产整顿|关闭)|限制从业|限制开展生产经营活动/, label: '责令停产停业/责令关闭/限制从业', weight: 0.9,
    why: { zh: '责令停产停业、责令关闭、限制从业是行政处罚（处罚法第九条）', en: 'ordering a business to stop or close, or barring a person from practice, is a penalty (Administrative Penalty Law art. 9)' } },
  { id: 'penalty-detention', type: 'penalty', pattern: /行政拘留|(?<!刑事)拘留/, label: '拘留', weight: 0.9,
    why: { zh: '行政拘留是行政处罚（处罚法第九条）', en: 'administrative detention is a penalty (Administrative Penalty Law art. 9)' } },
  // 取缔 (banning an unlicensed activity) closes it for good: lists put it beside 责令关闭 among the penalties.
  { id: 'penalty-ban', type: 'penalty', pattern: /取缔/, label: '取缔', weight: 0.8,
    why: { zh: '取缔无证无照或非法经营活动是对违法行为的制裁，与责令关闭同列为行政处罚', en: 'banning an unlicensed or illegal activity sanctions it, listed beside ordering closure among the penalties' } },
  // 查处 = investigate and punish: the name of a penalty item in many city lists.
  { id: 'penalty-investigate', type: 'penalty', pattern: /查处$/, label: '查处', weight: 0.78,
    why: { zh: '查处即调查并处罚违法行为，是处罚事项的写法', en: 'investigating and dealing with a violation (查处) is how lists name a penalty item' } },

  // A name with no act word that still speaks of an offence (超标排放水污染物, 销售假冒伪劣农资产品) is written as the
  // offence, the way penalty items are listed clause by clause. Weak: any act word in the name decides first, and a
  // name ending in a handling the lists do not call a penalty (…的处理, …指导, …调查, …名单管理) is left alone, and so is
  // "对…的<act>" (对违法建设的限期拆除, 对失信企业的联合惩戒): the act named decides, as in offence-leading.
  { id: 'penalty-offence-word', type: 'penalty', fallback: true,
    pattern: /^(?!对[^，；]*的[^的，；]{1,6}$)[^，；]*?(?:未经|未按|未取得|未依法|未如实|擅自|违反|违法|违规|违章|非法|伪造|变造|不按|不如实|不符合|不合格|假冒|伪劣|冒用|骗取|超标|超范围|超越|拒不|拒绝|无证|无照|隐瞒|虚假|弄虚作假|私自|偷逃|逃避|阻碍|妨碍|禁忌|禁止)(?![^，；]*(?:处理|指导|告诫|劝导|督促|调查|管理|举报|投诉|受理)$)/,
    label: '违反/擅自/不合格…（违法情形）', weight: 0.62,
    why: { zh: '名称没有行为词，只描述违法情形（违反、擅自、不合格、假冒等），是按条款列出处罚事项的写法', en: 'the name has no act word and only describes an offence (违反, 擅自, 不合格, 假冒 …), the way penalty items are listed clause by clause' } },

  // City-management and traffic lists also name a penalty by the misconduct alone, with no offence verb: 占道经营,
  // 乱贴乱画, 露天焚烧秸秆, 车辆带泥上路, 酒后驾驶, 超载运输. Weak, like the cue above, with the same exceptions.
  { id: 'penalty-misconduct', type: 'penalty', fallback: true,
    pattern: /^(?!对[^，；]*的[^的，；]{1,6}$)[^，；]*?(?:乱(?:贴|画|涂|扔|倒|堆|搭|建|停|摆|放|挖|排|丢)|随意(?:倾倒|堆放|丢弃|抛撒|停放|张贴|涂写|搭建|占用|排放|挖掘)|随地|露天(?:焚烧|烧烤)|焚烧(?:秸秆|垃圾|沥青|落叶)|扬尘污染|扰民|带泥上路|抛撒|滴漏|(?:酒后|醉酒|饮酒后)驾驶|闯红灯|逆向行驶|违停|超载|超员|超限|拒载|绕道|容留|劣药|假药|过期(?:食品|药品)|占道(?:经营|堆放|洗车|摆卖)|(?:店外|出店|跨门)经营|晾晒|使用(?:无|非|未经|不合格)|不依照|未签订|噪声污染)(?![^，；]*(?:处理|指导|告诫|劝导|督促|调查|管理|举报|投诉|受理|治理|防治)$)/,
    label: '占道经营/乱贴乱画…（违法情形）', weight: 0.6,
    why: { zh: '名称是一种常见的违法情形（占道经营、乱贴乱画、酒后驾驶、超载运输等），没有行为词，是城市管理、交通执法清单中处罚事项的写法', en: 'the name is a common offence (street vending, fly-posting, drink-driving, overloading …) with no act word, the way city-management and traffic lists name penalty items' } },

  // ── 行政强制: measures (强制法第九条) and execution (强制法第十二条) ─────────────────────────
  { id: 'coercion-seal', type: 'coercion', pattern: /查封|扣押|冻结|扣留|封存|拖移|拖离|保全措施|税收保全|封锁|封闭[^，；]{0,8}?(?:现场|场所|区域|道路|通道)|暂扣(?![^，；]*?(?:证|执照|牌照))/, label: '查封/扣押/冻结/扣留/封存', weight: 0.9, coercionKind: 'measure',
    why: { zh: '查封、扣押、冻结等是对财物的临时控制，属于行政强制措施（强制法第九条）', en: 'sealing, seizing, freezing or detaining property is a temporary control, an administrative coercive measure (Administrative Coercion Law art. 9)' } },
  { id: 'coercion-person', type: 'coercion', pattern: /隔离治疗|强制隔离|隔离措施|保护性约束|约束至酒醒|强制戒毒|强行带离|强制带离|强制检测|强制传唤|(?:继续|留置)盘问|(?:醉酒|酒醉)[^，；]*?约束/, label: '隔离/约束', weight: 0.88, coercionKind: 'measure',
    why: { zh: '对人身自由的临时限制属于行政强制措施（强制法第九条）', en: 'a temporary restraint of a person is an administrative coercive measure (Administrative Coercion Law art. 9)' } },
  { id: 'coercion-execution', type: 'coercion', pattern: /代履行|代为(?:处置|清除|清理|治理|恢复|拆除|履行|补种|采取)|强制拆除|拆除违法|拆除违章|强制执行|(?<!使用权|用地|土地)划拨(?!审批|用地|土地|方式)|拍卖(?!企业|公司|行|业|师|经营|活动|机构|标的|会|许可|资格)|变卖|排除妨碍|恢复原状/, label: '代履行/代为处置/强制拆除/划拨/拍卖', weight: 0.86, coercionKind: 'execution',
    why: { zh: '迫使当事人履行已作出的决定，属于行政强制执行（强制法第十二条）', en: 'compelling a party to carry out an existing decision is administrative enforcement (Administrative Coercion Law art. 12)' } },
  { id: 'coercion-word', type: 'coercion', pattern: /强制(?!许可|检定|性|认证|保险|报废|标准|免疫|清算|退出)/, label: '强制', weight: 0.82,
    why: { zh: '名称明示采取强制，属于行政强制（强制法第二条）', en: 'the name states a compulsory act, an administrative coercion (Administrative Coercion Law art. 2)' } },

  // ── 行政裁决: deciding a civil dispute between parties ─────────────────────────────────────
  { id: 'adjudication-dispute', type: 'adjudication', pattern: /(?:争议|纠纷)[^，；]*?(?:裁决|处理|调处|仲裁)/, label: '争议/纠纷…裁决/处理', weight: 0.9,
    why: { zh: '机关居中裁断与其管理相关的民事争议，属于行政裁决', en: 'the agency decides a civil dispute between parties, an administrative adjudication' } },
  { id: 'adjudication-word', type: 'adjudication', pattern: /裁决|仲裁|调处/, label: '裁决/仲裁', weight: 0.85,
    why: { zh: '对争议作出有约束力的裁断，属于行政裁决', en: 'a binding ruling on a dispute is an administrative adjudication' } },
  { id: 'adjudication-procurement', type: 'adjudication', pattern: /(?:供应商|政府采购)[^，；]*投诉[^，；]*处理/, label: '供应商投诉处理', weight: 0.8,
    why: { zh: '政府采购供应商投诉处理是对采购当事人之间争议的裁断（政府采购法第五十六条），属于行政裁决', en: 'deciding a supplier complaint in public procurement settles a dispute between the parties (Government Procurement Law art. 56), an adjudication' } },

  // ── 行政奖励 ─────────────────────────────────────────────────────────────────────────
  { id: 'reward-word', type: 'reward', pattern: /奖励|表彰|表扬|嘉奖|授予[^，；]*称号|称号(?:的)?(?:授予|评选|命名|评定)$|(?:先进|优秀|模范|劳动模范)[^，；]*?(?:评定|认定|命名)$|评选|评比|记(?:大|一等|二等|三等)?功/, label: '奖励/表彰', weight: 0.9,
    why: { zh: '对有功单位和个人给予荣誉或物质奖励，属于行政奖励', en: 'honouring or rewarding meritorious conduct is an administrative reward' } },
  // A named prize (…奖) being judged or conferred: 科学技术进步奖评审, 教学成果奖; not 奖学金/奖励扶助 (payments).
  { id: 'reward-prize', type: 'reward', pattern: /(?<!助)奖(?!励|学金|助|金)(?:项)?(?:的)?(?:评审|评选|评定|推荐|提名|授予|颁发)?$/, label: '…奖评审', weight: 0.84,
    why: { zh: '评审、授予某项奖（如科学技术奖）是对功绩的表彰，属于行政奖励', en: 'judging or conferring a named prize (such as a science and technology award) honours merit, a reward' } },

  // ── 行政给付 ─────────────────────────────────────────────────────────────────────────
  { id: 'payment-word', type: 'payment', pattern: /抚恤|补助|补贴|救助|救济|津贴|优待|优抚|安置|助学|最低生活保障|低保|特困|供养|扶助|资助|给付|救灾/, label: '抚恤/补助/救助/给付', weight: 0.86,
    why: { zh: '依法向特定对象提供物质帮助（抚恤、补助、救助等），属于行政给付', en: 'material help to defined groups (pensions, subsidies, relief) is an administrative payment' } },
  // 补偿 for a loss the law makes the state bear (protected wildlife, vaccine reactions); not the 征收/征用 compensation.
  { id: 'payment-compensation', type: 'payment', pattern: /^(?![^，；]*(?:征收|征用|拆迁|征地))[^，；]*?补偿(?!争议|纠纷|费(?:的)?(?:征收|收取))/, label: '补偿', weight: 0.8,
    why: { zh: '对依法由国家承担的损失给予补偿（如野生动物致害、疫苗异常反应），属于行政给付', en: 'compensating a loss the state bears by law (damage by protected wildlife, a vaccine reaction) is an administrative payment' } },
  { id: 'payment-benefit', type: 'payment', pattern: /待遇|慰问金|生活费|丧葬费|抚养费|医疗费(?:用)?(?:报销|补偿|结算)?|救治|(?:保险|养老|失业)金|(?:基本生活|养老|住房)保障|帮扶|慰问$|稳岗|褒扬金|(?:住房|住宅)[^，；]{0,4}?(?:配租|配售)|租赁补贴/, label: '待遇/生活费', weight: 0.74,
    why: { zh: '向个人核发待遇、生活费等，属于行政给付', en: 'granting benefits or living allowances to persons is an administrative payment' } },
  { id: 'payment-disburse', type: 'payment', pattern: /(?:金|费|费用|待遇|物资)的?(?:发放|支付|给付|调拨|核付|计发)/, label: '…金/待遇发放', weight: 0.82,
    why: { zh: '向个人发放或支付待遇、资金，属于行政给付', en: 'paying benefits or money to persons is an administrative payment' } },

  // ── 行政征收 ─────────────────────────────────────────────────────────────────────────
  { id: 'levy-word', type: 'levy', pattern: /征收|征缴/, label: '征收', weight: 0.9,
    why: { zh: '将税费或财产强制收归国家所有，属于行政征收', en: 'compulsorily taking taxes, charges or property into state ownership is a levy' } },
  { id: 'levy-tax', type: 'levy', pattern: /[^纳免涉]税(?!务|收居民)|退税|纳税申报|度申报/, label: '…税', weight: 0.75,
    why: { zh: '税款的征缴、申报和退还属于税收征收', en: 'assessing, declaring or refunding a tax is part of tax levy' } },
  { id: 'levy-fee', type: 'levy', pattern: /收取|(?:工本|使用|建设|配套|处理|资源|登记|证照)费|(?<!保险)费(?:附加)?(?:征收|收取)?$|费(?:的)?(?:征缴|收缴)$/, label: '收费/…费', weight: 0.8, fee: true,
    why: { zh: '收取行政事业性收费属于行政征收（部分地区单列为行政收费）', en: 'collecting an administrative charge is a levy (some profiles list fees separately)' } },
  // Proceeds of state land, sea areas and minerals (出让金, 海域使用金, 专项收入) are taken in like a fund.
  { id: 'levy-proceeds', type: 'levy', pattern: /(?:出让金|出让收入|使用金|专项收入)(?:的)?(?:征收|收缴|征缴|收取)?$/, label: '出让金/使用金', weight: 0.78,
    why: { zh: '土地出让金、海域使用金等国有资源收入的征缴属于行政征收', en: 'collecting the proceeds of state land, sea areas or minerals is a levy' } },
  // 政府性基金 (DOMAIN §1.5 levy cue …基金): a fund named at the end of the name, or its collection.
  { id: 'levy-fund', type: 'levy', pattern: /(?<!保险|救助|发展|扶持|奖励|医疗保障)基金(?:的)?(?:征收|收取|缴纳|征缴)?$/, label: '…基金', weight: 0.78,
    why: { zh: '政府性基金的征缴属于行政征收', en: 'collecting a government fund is a levy' } },

  // ── 行政许可 ─────────────────────────────────────────────────────────────────────────
  { id: 'licensing-word', type: 'licensing', pattern: /许可|审批|核准|批准|计量授权|任务授权/, label: '许可/审批/核准', weight: 0.86,
    why: { zh: '依申请准予从事特定活动，属于行政许可（许可法第二条）', en: 'permitting a specific activity on application is a licence (Administrative Licensing Law art. 2)' } },
  { id: 'licensing-issue', type: 'licensing', pattern: /(?<!证明(?:书)?[^，；]{0,4})(?:核发|签发|颁发)|(?:通行证|护照|准养证|养殖证|捕捞证|采伐证|驾驶证|执照)|签证|意见书(?:核发)?$|同意书/, label: '核发/签发证照', weight: 0.8,
    why: { zh: '核发准予从事活动的证照，属于行政许可（许可法第三十九条）', en: 'issuing a permit document is a licence (Administrative Licensing Law art. 39)' } },
  { id: 'licensing-qualification', type: 'licensing', pattern: /资质认定|资格(?:审查|审核)?认定|资质(?:核准|许可|审批)|执业[^，；]{0,4}(?:注册|登记)|(?:师|医生|兽医|护士)[^，；]{0,6}注册|(?:兽医|医生|护士|药师)[^，；]{0,4}登记|从业资格(?:证)?[^，；]{0,2}注册/, label: '资质/资格认定、执业注册', weight: 0.82,
    why: { zh: '资质、资格认定和执业注册是许可法第十二条所列的许可', en: 'qualification certification and practice registration are licences under Administrative Licensing Law art. 12' } },
  { id: 'licensing-entity', type: 'licensing', pattern: /(?:企业|公司|法人|社会团体|社团|民办非企业|基金会|事业单位|合作社|分支机构|个体工商户|宗教活动场所|律师事务所|社会组织|志愿服务组织|慈善组织)[^，；]*登记/, label: '企业/社团…登记', weight: 0.82,
    why: { zh: '企业、社会组织等的设立、变更、注销登记确定主体资格，属于行政许可（许可法第十二条第五项）', en: 'registering an enterprise or organisation creates its legal eligibility, a licence (Administrative Licensing Law art. 12(5))' } },
  { id: 'licensing-vessel', type: 'licensing', pattern: /船舶[^，；]*登记/, label: '船舶登记', weight: 0.65,
    why: { zh: '船舶登记列入行政许可事项清单（待核实）', en: 'vessel registration is listed in the licensing catalogue (to be verified)' } },
  { id: 'licensing-open', type: 'licensing', pattern: /^(?:开办|开设|设立|设置)|设计审查|竣工验收/, label: '开办/设立/设计审查', weight: 0.62,
    why: { zh: '开办、设立需经准予，设计审查、竣工验收是许可环节', en: 'opening or establishing needs permission; design review and completion acceptance are licensing steps' } },

  // A licence named by its certificate's life cycle, with no 许可/审批 word: <某证>办理/新办/换发/补办/变更/注销/延续/注册.
  // Status documents (残疾人证, 身份证, 结婚证 …) and filing certificates are not licences.
  { id: 'licensing-lifecycle', type: 'licensing',
    pattern: /(?<!残疾人|军人|身份|居住|结婚|离婚|光荣|优待|老年|医学|户口|备案|合格|荣誉|学生|工作|记者|会员|抚恤|低保|救助|执法)(?:证|证书|证件|执照|牌照)(?:的)?(?:办理|新办|申领|换发|换领|补办|补发|补领|遗失补办|挂失补办|变更|注销|延续|延期|换证|发放|核发|注册|延续注册|变更注册|注销注册|再注册|增项|配发|复审|复核|审验|校验|补证)/,
    label: '<某证>办理/换发/变更/注销', weight: 0.78,
    why: { zh: '名称是某种证照的办理、换发、补办、变更、注销或延续，是该行政许可的环节（许可法第三十九条、第四十九条、第五十条）', en: 'the name is a step in a permit document\'s life cycle (issue, renewal, replacement, change, cancellation), part of that licence (Administrative Licensing Law arts. 39, 49, 50)' } },
  // The same life cycle written verb first: 办理道路运输证, 申领…营运证, 补办…运输证.
  { id: 'licensing-lifecycle-verb', type: 'licensing',
    pattern: /^(?:办理|申领|申办|换发|换领|补办|补发|补领|发放|注销|延续)[^，；]{1,20}?(?<!残疾人|军人|身份|居住|结婚|离婚|光荣|优待|老年|医学|户口|备案|合格|荣誉|学生|工作|记者|会员|抚恤|低保|救助|执法)(?:证|证书|证件|执照|牌照)$/,
    label: '办理/换发/补办<某证>', weight: 0.76,
    why: { zh: '名称是办理、换发、补办某种证照，是该行政许可的环节（许可法第三十九条、第五十条）', en: 'the name is issuing, renewing or replacing a permit document, part of that licence (Administrative Licensing Law arts. 39, 50)' } },
  // The examination that a driving or practice licence is issued on (驾驶人考试, 从业资格考试) is a step of that licence.
  { id: 'licensing-exam', type: 'licensing', pattern: /(?:从业|执业|驾驶)[^，；]{0,6}考试$/, label: '驾驶人/从业资格考试', weight: 0.66,
    why: { zh: '驾驶人考试、从业资格考试是核发驾驶证、从业资格证的环节，属于行政许可', en: 'the driving or practice examination is a step towards issuing that licence, so it is licensing' } },
  { id: 'licensing-right-change', type: 'licensing',
    pattern: /(?:经营权|经营资格|从业资格|执业资格|执业|特许经营)(?:的)?(?:变更|延续|注销|转让|授予|校验|审验|地点变更|范围变更)|执业[^，；]{1,4}(?:变更|延续|注销)$|变更(?:营业|经营|执业|办学)?(?:场所|地址|住所|范围|地点)|变更(?:名称|法定代表人|(?:主要)?负责人|举办者|注册资本|股东|出资人|投资人|字号|章程)$|(?:机构|诊所|医院|门诊部|卫生室)校验$|(?:单位|机构|企业|公司|学校|事务所|社|站|院|所|中心)(?:的)?(?:名称|法定代表人|(?:主要)?负责人|举办者|注册资本|股东|住所|地址)变更$/,
    label: '经营权/执业变更', weight: 0.76,
    why: { zh: '经许可取得的经营权、执业资格的变更或延续，仍是该行政许可（许可法第四十九条、第五十条）', en: 'changing or renewing a licensed operating right or practice is part of that licence (Administrative Licensing Law arts. 49, 50)' } },
  { id: 'licensing-establish', type: 'licensing',
    pattern: /(?:开办|开设|设立|设置|筹建|新设)(?:[、和及或](?:变更|延续|合并|分立|注销|终止|开办|设立))*$/,
    label: '…设立/变更/延续', weight: 0.66,
    why: { zh: '名称以设立、开办收尾，是须经准予才能开办的活动', en: 'the name ends in establishing or opening something, which needs permission' } },
  { id: 'licensing-qualification-grade', type: 'licensing',
    pattern: /资质(?:的)?(?:申请|核定|审查|延续|变更|升级|增项|重新核定|认可)?$/,
    label: '资质/资质核定', weight: 0.74,
    why: { zh: '企业资质的取得、核定、延续是许可法第十二条第三项所列的许可', en: 'obtaining or renewing a business qualification is a licence under Administrative Licensing Law art. 12(3)' } },
  { id: 'licensing-product-registration', type: 'licensing',
    pattern: /(?:农药|肥料|兽药|饲料|种子|种畜禽|品种|药品|医疗器械|化妆品|消毒产品|保健食品|特殊医学用途|配方)[^，；]*?(?:登记|注册)/,
    label: '农药/兽药/医疗器械…登记、注册', weight: 0.76,
    why: { zh: '农药、兽药、医疗器械等产品的登记、注册是准予上市的行政许可', en: 'registering a pesticide, veterinary drug, medical device or similar product permits it on the market, a licence' } },
  // Equipment registered before it may be used (特种设备使用登记, 建筑起重机械使用登记): a permit to operate it.
  { id: 'licensing-equipment-use', type: 'licensing',
    pattern: /(?:特种设备|起重机械|压力容器|压力管道|锅炉|电梯|气瓶|游乐设施|索道|场(?:厂)?内专用机动车辆)[^，；]*?使用登记/,
    label: '特种设备使用登记', weight: 0.76,
    why: { zh: '特种设备、建筑起重机械经使用登记方可投入使用，是准予使用的行政许可，不是对既有事实的确认', en: 'special equipment or a construction crane may be put into use only once registered, a licence to use it rather than a confirmation' } },
  { id: 'licensing-acceptance', type: 'licensing', pattern: /验收/, label: '验收', weight: 0.72,
    why: { zh: '验收合格方可投入使用，决定活动能否继续，属于行政许可环节而不是行政检查', en: 'an acceptance check decides whether a work may be put into use, a licensing step rather than an inspection' } },
  // Licensing lists often name an item by the activity permitted, with no verb of permission: 临时占用城市道路,
  // 砍伐城市树木, 在公路上增设平面交叉道口. Weak; never when the name speaks of a violation (that is a penalty or an order).
  { id: 'licensing-activity', type: 'licensing', fallback: true,
    pattern: /^(?=临时|经营|从事|占用|挖掘|砍伐|迁移|移植|拆除|改变|改建|扩建|新建|增设|架设|埋设|穿越|跨越|采集|收购|出售|猎捕|捕捉|利用|围垦|开采|开垦|引进|举办|举行|在)(?![^，；]*(?:违法|违章|违规|非法|擅自|未经))(?:(?:临时)?(?:经营|从事|占用|挖掘|砍伐|迁移|移植|拆除|改变|改建|扩建|新建|增设|架设|埋设|穿越|跨越|采集|收购|出售|猎捕|捕捉|利用|围垦|开采|开垦|引进|举办|举行)|在[^，；]{2,14}?(?:上|内|中|两侧)(?:进行|从事|设置|设立|开办|经营|建设|修建|新建|增设|架设|埋设|开展|举办|采|挖|砍|搭建|堆放))/,
    label: '占用/挖掘/砍伐…（所许可的活动）', weight: 0.6,
    why: { zh: '名称是须经准予才能从事的活动本身（如临时占用城市道路、砍伐城市树木），许可清单常这样命名许可事项', en: 'the name is the activity that needs permission (temporarily occupying a road, felling city trees), the way licensing lists often name a licence' } },
  // Approval by its review verb: <某事项>审核/审查/审定/考核 of an applicant's request. Weak: any other cue decides first.
  { id: 'licensing-review', type: 'licensing', pattern: /审核|审查|审定|考核|准予|批复|认可$/, label: '审核/审查/审定', weight: 0.64, fallback: true,
    why: { zh: '对申请事项的审核、审查、审定，多数清单列为行政许可', en: 'reviewing and deciding on an applicant\'s request is listed as a licence in most inventories' } },

  // ── 行政确认 ─────────────────────────────────────────────────────────────────────────
  { id: 'confirmation-register', type: 'confirmation', pattern: /登记/, label: '登记', weight: 0.72,
    why: { zh: '登记对既有的身份、关系或权属予以认可和证明，属于行政确认', en: 'registration that records an existing status, relationship or right is a confirmation' } },
  { id: 'confirmation-word', type: 'confirmation', pattern: /认定|确认|鉴定|评定|核定|评审|认证|等级评(?:估|价)|(?:资格|身份|等级|类别|性质)确定|确定$|确权|鉴证|验印|学位(?:的)?授予|授予[^，；]*?学位/, label: '认定/确认/鉴定', weight: 0.78,
    why: { zh: '机关对法律事实、身份或等级作出认定，属于行政确认', en: 'the agency declares an existing fact, status or grade, a confirmation' } },
  { id: 'confirmation-certificate', type: 'confirmation', pattern: /证明的?(?:开具|出具|核发|办理)?/, label: '证明', weight: 0.72,
    why: { zh: '出具证明是对既有事实的确认，属于行政确认', en: 'issuing a certificate of an existing fact is a confirmation' } },
  { id: 'confirmation-delimit', type: 'confirmation', pattern: /划定|划界|定级/, label: '划定/定级', weight: 0.72,
    why: { zh: '划定保护范围、确定等级是对法律状态的确认，属于行政确认', en: 'delimiting a protected area or fixing a grade declares a legal status, a confirmation' } },
  { id: 'confirmation-status', type: 'confirmation', pattern: /户口|户籍|居住证|残疾人证|残疾(?:类别|等级)|民族成份|非正常户|纳税信用/, label: '户口/残疾人证/纳税信用', weight: 0.75,
    why: { zh: '户口、残疾类别等级、纳税信用等是对身份或状态的确认', en: 'household, disability or tax-credit records confirm a status' } },

  // ── 行政检查 ─────────────────────────────────────────────────────────────────────────
  { id: 'inspection-word', type: 'inspection', pattern: /检查|抽查|巡查|稽查|核查|抽检|监察|稽核|查验/, label: '检查/抽查', weight: 0.86,
    why: { zh: '检查当事人是否守法而不直接作出处理，属于行政检查', en: 'examining whether a party complies with the law, without deciding a sanction, is an inspection' } },
  // 行政监督 maps to inspection (DOMAIN §1.2): …监督管理, 日常监督, 督导, 督查 at the end of the name.
  { id: 'inspection-supervision', type: 'inspection', pattern: /监督(?:管理)?$|^对[^，；]*的(?:日常)?监管$|监督(?:指导|监测|检测)$|督导|督查|督察/, label: '监督管理/督查', weight: 0.72,
    why: { zh: '对当事人守法情况的监督、督查属于行政检查（部分清单称行政监督）', en: 'supervising whether a party complies with the law is an inspection (some lists call it 行政监督)' } },

  // ── 其他行政权力 ─────────────────────────────────────────────────────────────────────
  { id: 'other-filing', type: 'other', pattern: /备案|核备|报备|存查/, label: '备案', weight: 0.8,
    why: { zh: '备案只是报送存档，不是许可，归入其他行政权力', en: 'a filing is only lodged for the record, not a licence, so it is "other"' } },
  { id: 'other-mediation', type: 'other', pattern: /调解/, label: '调解', weight: 0.72,
    why: { zh: '调解不作有约束力的决定，不是行政裁决，归入其他行政权力', en: 'mediation makes no binding decision, so it is not adjudication but "other"' } },
  { id: 'other-report', type: 'other', pattern: /报送|报告$|信息公开|公示|公告$|论证|授权|约谈|名录|名单/, label: '报送/公开/论证', weight: 0.62,
    why: { zh: '报送、公开、论证、授权等不属于九类行政权力，归入其他行政权力', en: 'reporting, disclosure, appraisal or authorisation fits none of the nine types, so it is "other"' } },
] as const satisfies readonly Cue[];
