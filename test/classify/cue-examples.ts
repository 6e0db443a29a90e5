// Names composed for these tests (none copied from the labelled sets): for every cue and trap, names it must decide,
// and boundary names beside it that must go elsewhere. cue-entries.test.ts checks each one and that no entry is missing.

import type { ClassifiedTypeId } from '../../src/classify/index.js';

export interface CueExample {
  /** Names this entry decides: the result has its type and its id. */
  readonly decides: readonly string[];
  /** Names near the entry's wording that belong to another type. */
  readonly boundary?: ReadonlyArray<readonly [name: string, type: ClassifiedTypeId]>;
}

export const cueExamples: Readonly<Record<string, CueExample>> = {
  // ── cues ──
  'penalty-word': { decides: ['渔船改变用途行为的行政处罚决定书送达', '取水行为违规的处罚办理'] },
  'penalty-fine': { decides: ['对超载货车驾驶人罚款', '对排污企业按日计罚'], boundary: [['对逾期不缴纳罚款的加处罚款', 'coercion']] },
  'penalty-revoke': { decides: ['吊销'] },
  'penalty-warning': { decides: ['对轻微交通违法行为人警告', '通报批评'] },
  'penalty-grade': { decides: ['降低资质等级'] },
  'penalty-stop': { decides: ['责令停产停业整治', '限制从业'] },
  'penalty-detention': { decides: ['对扰乱车站秩序人员行政拘留'] },
  'penalty-ban': { decides: ['取缔非法加工窝点', '对无证行医的取缔'] },
  'penalty-investigate': { decides: ['乱搭乱建查处', '占道经营查处'] },
  'penalty-offence-word': {
    decides: ['用人单位安排劳动者从事禁忌作业', '销售假冒伪劣种子', '生产不符合国家标准的电线电缆'],
    boundary: [['非法集资举报奖励', 'reward'], ['违规行为的调查', 'other'], ['违法违规企业清单管理', 'other'], ['违规收费投诉受理', 'other'], ['对违规企业的联合惩戒', 'other'], ['违法建设项目环境影响评价文件审批', 'licensing']],
  },
  'penalty-misconduct': {
    decides: ['乱倒垃圾', '占道洗车', '酒后驾驶摩托车', '客运车辆超员'],
    boundary: [['扬尘污染防治', 'other'], ['超载车辆通行许可', 'licensing'], ['噪声污染防治监督检查', 'inspection']],
  },
  'coercion-seal': {
    decides: ['查封存在重大隐患的设备', '扣押无合法来源证明的木材', '拖移违法停放的机动车', '封锁疫点', '封闭事故现场', '暂扣非法营运车辆', '对纳税人采取税收保全', '财产保全措施'],
    boundary: [['暂扣道路运输证', 'penalty']],
  },
  'coercion-person': { decides: ['对醉酒人员约束至酒醒', '对传染病人隔离治疗', '对形迹可疑人员继续盘问', '对醉酒者实施约束'] },
  'coercion-execution': {
    decides: ['违法建筑强制拆除', '代为恢复植被', '依法拍卖财产抵缴税款', '拆除违法搭建的棚房', '划拨纳税人存款'],
    boundary: [['拍卖公司变更经营范围', 'licensing'], ['划拨土地使用权转让审批', 'licensing'], ['拍卖会举办备案', 'other']],
  },
  'coercion-word': { decides: ['强制清除障碍物'], boundary: [['专利实施强制许可', 'licensing']] },
  'adjudication-dispute': { decides: ['林地权属争议裁决', '水事纠纷处理'] },
  'adjudication-word': { decides: ['申请人与被申请人的赔偿裁决'] },
  'adjudication-procurement': { decides: ['政府采购供应商投诉处理'] },
  'reward-prize': { decides: ['林业科技进步奖评审', '省长质量奖', '文艺创作精品奖'], boundary: [['国家奖学金发放', 'payment']] },
  'reward-word': { decides: ['见义勇为人员表彰', '科技进步奖励', '优秀教师称号授予', '文明村镇称号评选', '优秀共产党员评比', '对见义勇为人员记功', '劳动模范荣誉称号评定', '优秀党员评定', '模范单位命名'], boundary: [['职业技能等级称号授予', 'confirmation']] },
  'payment-word': { decides: ['困难残疾人生活补贴', '烈士遗属定期抚恤', '家庭经济困难学生助学', '救灾粮发放'] },
  'payment-compensation': {
    decides: ['重点保护陆生野生动物造成损失补偿', '预防接种异常反应补偿'],
    boundary: [['集体土地上房屋征收补偿', 'levy'], ['集体土地征收补偿争议裁决', 'adjudication']],
  },
  'payment-benefit': {
    decides: ['孤儿基本生活费', '因公牺牲人员丧葬费', '失业保险金申请', '被征地人员基本生活保障', '困难群众帮扶', '被征地农民养老保障', '失业保险稳岗返还', '困难职工春节慰问', '廉租住房配售', '城镇住房保障', '因公牺牲警察褒扬金'],
    boundary: [['医疗保障定点医药机构的监督检查', 'inspection']],
  },
  'payment-disburse': { decides: ['退役士兵自主就业一次性经济补助金发放', '失业人员价格临时保障金的发放', '应急物资发放', '工伤医疗费用核付'] },
  'levy-word': { decides: ['国有土地上房屋征收', '防空地下室易地建设费征收', '养老保险费征缴'] },
  'levy-tax': { decides: ['车船税', '印花税申报'] },
  'levy-fund': { decides: ['散装水泥专项基金', '大中型水库库区基金'], boundary: [['基金会设立登记', 'licensing'], ['社会保险基金', 'other']] },
  'levy-fee': { decides: ['污水处理费', '渔业资源增殖保护费收取', '城镇垃圾处理费的收缴'] },
  'levy-proceeds': { decides: ['无居民海岛使用金', '土地出让金收缴', '矿产资源专项收入'] },
  'licensing-word': { decides: ['临时占用城市绿地审批', '危险化学品经营许可', '社会公用计量标准计量授权'] },
  'licensing-issue': {
    decides: ['建筑起重机械使用合格证核发', '大型活动安全许可证件签发', '取水工程规划同意书', '建设项目选址意见书', '船舶进出港签证'],
    boundary: [['死亡医学证明签发', 'confirmation'], ['港澳台居民居住证签注', 'confirmation'], ['出生医学证明补充签发', 'confirmation']],
  },
  'licensing-qualification': { decides: ['注册安全工程师执业注册', '教练员资格认定', '武器装备科研生产单位保密资格审查认定', '执业兽医师注册', '乡村医生再注册', '出租车驾驶员从业资格证注册', '村卫生室乡村医生登记'], boundary: [['基金会免税资格认定', 'confirmation']] },
  'licensing-entity': { decides: ['农民专业合作社分支机构设立登记', '基金会注销登记', '志愿服务组织登记', '慈善组织变更登记'], boundary: [['股权出质登记', 'confirmation']] },
  'licensing-vessel': { decides: ['内河船舶所有权登记'] },
  'licensing-open': { decides: ['开办旅馆', '设置大型户外广告', '开设旅行社分社'] },
  'licensing-lifecycle': {
    decides: ['道路运输经营许可证办理', '出版物经营许可证换发', '烟草专卖零售许可证补办', '排污许可证注销', '建设工程规划类证书延续注册', '卫生许可证发放', '道路运输从业资格证复审', '营运车辆道路运输证配发', '放射诊疗许可证校验'],
    boundary: [['残疾人证补领', 'confirmation'], ['居民身份证补办', 'other'], ['食品小作坊备案证变更', 'other'], ['革命伤残军人证件补发', 'confirmation']],
  },
  'licensing-lifecycle-verb': {
    decides: ['办理营运车辆道路运输证', '申领出租汽车驾驶员从业资格证', '补办渔业船舶检验证书'],
    boundary: [['补领婚姻登记证', 'confirmation'], ['申领执法证件', 'other']],
  },
  'licensing-exam': { decides: ['机动车驾驶人科目一考试', '出租汽车驾驶员从业资格考试'] },
  'licensing-right-change': {
    decides: ['出租汽车经营权变更', '律师执业变更', '变更营业场所（网吧）', '会计师事务所变更住所', '执业兽医变更', '诊所执业校验', '律师事务所变更名称', '旅行社变更法定代表人', '民办学校变更举办者', '公交线路特许经营权授予', '旅行社名称变更', '民办学校举办者变更', '门诊部校验'],
    boundary: [['律师事务所变更负责人备案', 'other']],
  },
  'licensing-establish': { decides: ['旅行社分社设立', '民办职业培训学校设立、变更', '公共停车场设置'] },
  'licensing-qualification-grade': { decides: ['建筑业企业资质', '测绘资质延续'] },
  'licensing-product-registration': { decides: ['农药登记', '第二类医疗器械产品注册', '肥料登记', '特殊配方食品注册'] },
  'licensing-equipment-use': { decides: ['电梯使用登记', '压力容器使用登记'], boundary: [['不动产使用权登记', 'confirmation']] },
  'licensing-acceptance': {
    decides: ['防雷装置竣工验收', '建设工程消防验收'],
    boundary: [['建设工程消防验收备案', 'other'], ['对消防验收情况的监督检查', 'inspection']],
  },
  'licensing-activity': {
    decides: ['临时占用城市绿地', '在河道管理范围内修建码头', '移植古树名木', '采集林木种子', '在自然保护区内开办旅游项目', '从事测绘活动'],
    boundary: [['拆除违章建筑', 'coercion'], ['擅自占用城市绿地的', 'penalty'], ['占用农用地审批', 'licensing']],
  },
  'licensing-review': {
    decides: ['地图审核', '医疗广告审查', '机动车检测机构考核', '主要农作物品种审定', '迁移公共消防设施审核', '防洪影响评价报告批复', '港口危险货物作业认可'],
    boundary: [['最低生活保障资格审核', 'payment'], ['学位授予资格审核确认', 'confirmation'], ['建设项目用地预审', 'other'], ['民办学校章程审核转报', 'other']],
  },
  'confirmation-register': { decides: ['不动产转移登记', '收养关系解除登记'] },
  'confirmation-word': { decides: ['视同工伤认定', '劳动能力再次鉴定', '旅游民宿等级评定', '社会团体等级评估', '因公致残人员身份确定', '历史建筑确定', '企业信用等级评价', '农村集体土地确权', '土地流转合同鉴证', '授予博士学位', '职业院校毕业证书验印'] },
  'confirmation-certificate': { decides: ['无犯罪记录证明开具', '死亡医学证明出具'] },
  'confirmation-delimit': { decides: ['饮用水水源保护区划定', '文物保护单位保护范围划定', '景区定级'] },
  'confirmation-status': { decides: ['残疾人证新办', '户口迁入', '民族成份更正', '居住证签注'] },
  'inspection-supervision': {
    decides: ['物业管理活动监督管理', '对幼儿园办园行为的督导', '安全生产督查', '对兽药经营的监管', '对统计工作的监督指导', '对供水单位的监督检测'],
    boundary: [['行政执法监督检查', 'inspection'], ['对拒绝接受监督的处罚', 'penalty'], ['预售资金监管', 'other']],
  },
  'inspection-word': {
    decides: ['对特种设备生产单位的监督检查', '农药质量抽检', '建筑市场巡查', '社会保险基金稽核', '进口货物查验'],
    boundary: [['公众聚集场所营业前消防安全检查', 'licensing']],
  },
  'other-filing': { decides: ['旅行社服务网点备案', '房屋建筑工程竣工验收备案', '分支机构设立报备'], boundary: [['分公司备案', 'licensing']] },
  'other-mediation': { decides: ['人民调解员选聘指导'] },
  'other-report': { decides: ['安全生产事故报告', '环境信息公开', '对违规企业的约谈', '欠缴税款公告', '失信被执行人名单', '经营异常名录移出'] },
  // ── traps ──
  'penalty-frame': { decides: ['对未取得排污许可证排放污染物的处罚', '对拒绝接受监督检查的处罚'] },
  'offence-clause': {
    decides: ['对未取得采矿许可证擅自采矿的', '违反城市绿化规定擅自砍伐树木的', '未按规定办理税务登记的', '伪造、涂改检验报告行为', '对在禁止区域燃放烟花爆竹的'],
    boundary: [['对违法生产经营的场所予以查封的', 'coercion'], ['对检举违法行为有功人员的奖励', 'reward']],
  },
  'offence-bare': {
    decides: ['在公共绿地内放牧家畜的', '驾驶机动车时拨打电话的', '对违章建筑的处理', '违法占地行为的处理', '迟交水土保持补偿费的'],
    boundary: [['对违法停放车辆予以拖移的', 'coercion'], ['对举报违法行为的人员给予奖励的', 'reward'], ['城市道路挖掘审批', 'licensing']],
  },
  'offence-leading': {
    decides: ['不如实报告职业病危害事故', '超标排放噪声', '未取得施工许可证擅自施工', '生产经营单位未按照规定对从业人员进行安全生产教育和培训', '伪造、变造、买卖许可证件', '拒绝、阻碍监督检查', '违法排放大气污染物', '对用人单位违反规定延长劳动者工作时间'],
    boundary: [['违法建设行为认定', 'confirmation'], ['未成年人临时救助', 'payment'], ['非法集资举报奖励', 'reward'], ['对未按时缴纳社会保险费的用人单位加收滞纳金', 'coercion'], ['违反规定擅自施工，责令限期改正', 'other'], ['对违法企业的约谈', 'other']],
  },
  'enforce-decision': {
    decides: ['对拒不履行行政处罚决定的，申请人民法院强制执行', '当事人不履行排除妨碍决定的代履行'],
    boundary: [['对拒不执行停产停业决定的', 'penalty']],
  },
  'compliance-inspection': {
    decides: ['对行政处罚决定执行情况的检查', '对取水许可制度实施情况的监督检查', '对排污费缴纳情况的核查'],
    boundary: [['对拒不报告检查情况的处罚', 'penalty']],
  },
  surcharge: { decides: ['对逾期不缴纳罚款的加处罚款', '对欠缴社会保险费的加收滞纳金'] },
  'detain-vehicle': { decides: ['扣留非法营运车辆'] },
  'evidence-preservation': { decides: ['先行登记保存涉案物品'] },
  'revoke-licence': { decides: ['吊销道路运输经营许可证'] },
  'suspend-licence': { decides: ['暂扣机动车驾驶证六个月'] },
  confiscation: { decides: ['没收违法所得'] },
  'corrective-order': { decides: ['责令改正通知', '责令改正违法行为', '责令立即停止违法行为'], boundary: [['责令限期改正并处罚款', 'penalty']] },
  requisition: { decides: ['抢险救灾征用物资'] },
  'administrative-review': { decides: ['行政复议申请受理'] },
  mediation: { decides: ['土地承包经营纠纷调解'] },
  'forward-review': { decides: ['省级文物保护单位认定审核转报', '设立分公司转报'] },
  'preliminary-review': { decides: ['建设项目用地预审', '一级建造师注册初审', '国家级示范项目初核'], boundary: [['重大项目用地预审与选址意见书核发', 'licensing']] },
  'need-based-grant': { decides: ['计划生育特别扶助金'] },
  'merit-bonus': { decides: ['举报食品安全违法行为奖金发放', '见义勇为奖励金'], boundary: [['国家助学金发放', 'payment']] },
  'legal-aid': { decides: ['法律援助申请受理'] },
  'tax-registration': { decides: ['扣缴税款登记', '纳税人复业登记', '增值税专用发票代开', '发票验旧'] },
  'taxpayer-information': { decides: ['存款账户账号信息报告'] },
  'tax-exempt-status': { decides: ['社会团体免税资格认定'] },
  'pledge-registration': { decides: ['动产抵押变更登记'] },
  'status-certificate': {
    decides: ['残疾人证核发', '老年人优待证换发', '农村土地承包经营权证补发', '不动产权证书换发', '收养登记证补发', '生育服务证补发', '残疾军人证换发', '伤残军人证件补发', '补领婚姻登记证', '换发残疾人证'],
    boundary: [['食品经营许可证核发', 'licensing'], ['残疾人证新办', 'confirmation']],
  },
  'permit-document': { decides: ['生猪准运证明核发', '民用爆炸物品准购证核发'], boundary: [['准予迁入证明', 'confirmation']] },
  'list-management': {
    decides: ['行政许可事项清单管理', '权责清单编制', '重点保护野生植物名录调整'],
    boundary: [['清单所列事项的行政处罚', 'penalty']],
  },
  'internal-review': { decides: ['行政规范性文件合法性审查', '政策措施公平竞争审查', '执法证件年审', '因公出境人员审批', '执法人员资格审查'], boundary: [['医疗广告审查', 'licensing']] },
  'registry-entry': { decides: ['房屋查封登记', '土地预告登记', '不动产更正登记'], boundary: [['查封违法生产场所', 'coercion']] },
  'filing-record': {
    decides: ['药品类易制毒化学品运输备案证明', '养老机构备案登记', '艺术品经营单位备案凭证'],
    boundary: [['采矿权登记', 'licensing']],
  },
  'rights-registration': {
    decides: ['采矿权新立', '探矿权延续登记', '取水权转让', '林权变更登记', '采矿权注销', '海域使用权续期'],
    boundary: [['土地承包经营权登记', 'confirmation'], ['不动产抵押权登记', 'confirmation'], ['林权争议调处', 'adjudication']],
  },
  'pre-opening-inspection': {
    decides: ['公众聚集场所营业前消防安全检查', '大型游乐设施投入使用前检验', '焰火晚会举办前安全检查'],
    boundary: [['消防安全检查', 'inspection'], ['对公众聚集场所的消防监督检查', 'inspection']],
  },
  'licence-annual-check': { decides: ['放射诊疗许可证年检', '营业执照年审', '船员证书年度核验', '营业执照年度检查'], boundary: [['社会团体年检', 'other']] },
  'grade-conferral': {
    decides: ['授予执业药师资格', '国家职业技能等级称号授予', '导游等级称号认定', '高级技师资格授予'],
    boundary: [['授予优秀教师荣誉称号', 'reward']],
  },
  'benefit-assessment': { decides: ['城乡居民养老保险待遇核定', '工伤保险待遇申领', '低保家庭认定', '伤残抚恤资格审核', '五保供养对象审核', '优抚对象认定'] },
  'market-entity-filing': { decides: ['农民专业合作社章程修改备案'] },
  'annual-inspection': { decides: ['民办学校年检', '基金会年审'] },
  'testing-body-approval': { decides: ['机动车安全技术检验机构资质认定'] },
};
