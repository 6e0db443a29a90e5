// Canonical columns of each table: the header the template writes, the variants published lists use
// (DOMAIN.md §2), the value kind normalise parses into, and what the column means.

import type { TableKind } from './tables.js';

export type FieldKind = 'text' | 'date' | 'list' | 'bool' | 'actType' | 'basisLevel' | 'basisStatus';

export interface FieldDef {
  /** Canonical name used in the model, schemas and diagnostics. */
  readonly name: string;
  /** Header written by `quanze init`. */
  readonly label: string;
  readonly en: string;
  /** Other headers that mean this column; compared after width/space normalisation. */
  readonly aliases: readonly string[];
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Explanation shown under the header in the template. */
  readonly note: string;
}

const f = (def: FieldDef): FieldDef => def;

export const fieldsByTable: Readonly<Record<TableKind, readonly FieldDef[]>> = {
  bases: [
    f({ name: 'seq', label: '序号', en: 'no.', aliases: ['编号', 'no', 'seq'], kind: 'text', note: '顺序号，可留空' }),
    f({ name: 'title', label: '依据名称', en: 'title', aliases: ['法规名称', '法律法规名称', '名称', '标题', '文件名称', '法律法规规章名称', 'title'], kind: 'text', required: true, note: '全称，不加书名号，如：中华人民共和国行政处罚法' }),
    f({ name: 'shortTitle', label: '简称', en: 'short title', aliases: ['short title'], kind: 'text', note: '可留空；省略“中华人民共和国”的简称自动识别' }),
    f({ name: 'level', label: '效力级别', en: 'level', aliases: ['层级', '法律层级', '效力层级', '依据类别', '类别', 'level'], kind: 'basisLevel', required: true, note: '法律/行政法规/国务院决定/地方性法规/自治条例和单行条例/部门规章/地方政府规章/规范性文件' }),
    f({ name: 'issuer', label: '制定机关', en: 'issuer', aliases: ['发布机关', '发布部门', '制定部门', '颁布机关', 'issuer'], kind: 'text', note: '如：全国人民代表大会常务委员会' }),
    f({ name: 'docNumber', label: '文号', en: 'document number', aliases: ['发文字号', '令号', '文件编号', 'document number'], kind: 'text', note: '规章、规范性文件填写，如：国办发〔2018〕118号' }),
    f({ name: 'promulgated', label: '公布日期', en: 'promulgated', aliases: ['发布日期', '颁布日期', 'promulgated'], kind: 'date', note: '日期，如 2021-01-22' }),
    f({ name: 'effective', label: '施行日期', en: 'effective', aliases: ['生效日期', '实施日期', 'effective'], kind: 'date', note: '日期，如 2021-07-15' }),
    f({ name: 'status', label: '时效性', en: 'status', aliases: ['状态', '效力状态', '时效状态', 'status'], kind: 'basisStatus', required: true, note: '有效/已修改/已废止/尚未生效/部分失效' }),
    f({ name: 'validUntil', label: '有效期至', en: 'valid until', aliases: ['有效期', '失效日期', 'valid until'], kind: 'date', note: '规范性文件的有效期截止日期' }),
    f({ name: 'note', label: '备注', en: 'note', aliases: ['说明', 'note'], kind: 'text', note: '可留空' }),
  ],
  powers: [
    f({ name: 'seq', label: '序号', en: 'no.', aliases: ['编号', 'no', 'seq'], kind: 'text', note: '顺序号，可留空' }),
    f({ name: 'code', label: '事项编码', en: 'code', aliases: ['职权编码', '权力编码', '目录编码', '事项代码', '权力事项编码', '项目编码', '编码', 'code'], kind: 'text', required: true, note: '本部门内唯一，如 CF-001 或省级目录编码' }),
    f({ name: 'name', label: '事项名称', en: 'name', aliases: ['权责事项名称', '权力事项名称', '职权名称', '权力名称', '执法事项名称', '许可事项名称', '项目名称', '主项名称', '事项', '名称', 'name'], kind: 'text', required: true, note: '主项名称' }),
    f({ name: 'subItem', label: '子项', en: 'sub-item', aliases: ['子项名称', '实施事项', '事项子项', 'sub-item', 'subitem'], kind: 'text', note: '无子项留空' }),
    f({ name: 'type', label: '事项类型', en: 'act type', aliases: ['职权类型', '权力类型', '权力类别', '权责类型', '事项类别', '职权类别', '执法类别', '类型', 'type', 'act type'], kind: 'actType', required: true, note: '行政许可/行政处罚/行政强制/行政征收/行政给付/行政检查/行政确认/行政奖励/行政裁决/其他行政权力' }),
    f({ name: 'basisText', label: '实施依据', en: 'legal basis', aliases: ['设定依据', '职权依据', '法定依据', '法律依据', '实施依据及条款', '设定和实施依据', '执法依据', '依据', 'legal basis'], kind: 'text', required: true, note: '《法规名称》第X条第X款第（X）项；多条用“；”分隔' }),
    f({ name: 'department', label: '实施主体', en: 'department', aliases: ['行使主体', '责任主体', '法定主体', '部门名称', '实施机关', '执法主体', '法定实施主体', 'department'], kind: 'text', note: '法定机关、授权组织或受委托组织' }),
    f({ name: 'unit', label: '承办机构', en: 'unit', aliases: ['承办科室', '责任科室', '内设机构', '承办处室', '责任处室', 'unit'], kind: 'text', note: '内设机构，对应岗位表的所属机构' }),
    f({ name: 'posts', label: '执法岗位', en: 'posts', aliases: ['岗位', '责任岗位', '承办岗位', 'posts'], kind: 'list', note: '岗位编号或名称，多个用“、”分隔' }),
    f({ name: 'level', label: '行使层级', en: 'level', aliases: ['实施层级及权限', '行使层级', '第一责任层级建议', 'exercise level'], kind: 'text', note: '省级/市级/县级…' }),
    f({ name: 'responsibilities', label: '责任事项', en: 'responsibilities', aliases: ['责任事项内容', '责任内容', 'responsibilities'], kind: 'text', note: '受理、审查、决定、送达、事后监管等责任' }),
    f({ name: 'responsibilityBasis', label: '责任事项依据', en: 'responsibility basis', aliases: ['追责依据'], kind: 'text', note: '可留空' }),
    f({ name: 'accountabilityScope', label: '追责对象范围', en: 'accountability scope', aliases: ['问责对象'], kind: 'text', note: '可留空' }),
    f({ name: 'accountability', label: '追责情形', en: 'accountability cases', aliases: ['问责情形', '责任追究情形', '追责情形及依据', 'accountability'], kind: 'text', note: '因不履行或不正确履行职责应当追责的情形' }),
    f({ name: 'integrityRisk', label: '廉政风险点', en: 'integrity risks', aliases: ['廉政风险点及防控措施', '风险点'], kind: 'text', note: '廉政风险点及防控措施，可留空' }),
    f({ name: 'forwardReview', label: '审核转报', en: 'forward for review', aliases: ['是否审核转报'], kind: 'bool', note: '是/否' }),
    f({ name: 'legalReview', label: '法制审核', en: 'legal review', aliases: ['是否法制审核', '是否需法制审核', '重大执法决定法制审核'], kind: 'bool', note: '是否须经重大执法决定法制审核：是/否' }),
    f({ name: 'feeBasis', label: '收费依据及标准', en: 'fee basis', aliases: ['征收标准', '收费标准'], kind: 'text', note: '不收费留空' }),
    f({ name: 'statutoryLimit', label: '法定时限', en: 'statutory time limit', aliases: ['法定办结时限', '法定期限'], kind: 'text', note: '如：20个工作日' }),
    f({ name: 'promisedLimit', label: '承诺时限', en: 'promised time limit', aliases: ['承诺办结时限', '承诺期限'], kind: 'text', note: '如：5个工作日' }),
    f({ name: 'conditions', label: '受理条件', en: 'conditions', aliases: ['申请条件', '办理条件'], kind: 'text', note: '依申请事项填写' }),
    f({ name: 'materials', label: '申请材料', en: 'application materials', aliases: ['申请材料目录', '申报材料', '所需材料', '提交材料'], kind: 'text', note: '依申请事项填写材料名称、份数和要求' }),
    f({ name: 'place', label: '办理地点', en: 'place', aliases: ['办公地址', '受理地点', '办理地址'], kind: 'text', note: '受理窗口地址' }),
    f({ name: 'hours', label: '办理时间', en: 'office hours', aliases: ['办公时间', '受理时间'], kind: 'text', note: '如：工作日 9:00—17:00' }),
    f({ name: 'consultation', label: '咨询电话', en: 'consultation', aliases: ['咨询方式', '咨询途径'], kind: 'text', note: '咨询电话或方式' }),
    f({ name: 'forms', label: '表格下载', en: 'forms', aliases: ['申请表格', '表格及样表下载', '示范文本'], kind: 'text', note: '申请表名称或下载地址，可留空' }),
    f({ name: 'flowchart', label: '运行流程图', en: 'flowchart', aliases: ['外部流程图', '办理流程', '流程图'], kind: 'text', note: '附件名或链接，可留空' }),
    f({ name: 'supervision', label: '监督方式', en: 'supervision', aliases: ['监督电话', '投诉电话', '监督投诉渠道'], kind: 'text', note: '监督电话或方式' }),
    f({ name: 'remedy', label: '救济渠道', en: 'remedy', aliases: ['救济途径'], kind: 'text', note: '行政复议（60日内）、行政诉讼（6个月内）' }),
    f({ name: 'note', label: '备注', en: 'note', aliases: ['说明', 'note'], kind: 'text', note: '委托、下放等说明' }),
  ],
  posts: [
    f({ name: 'id', label: '岗位编号', en: 'post id', aliases: ['岗位代码', '编号', 'id', 'post id'], kind: 'text', required: true, note: '本部门内唯一，如 G01' }),
    f({ name: 'name', label: '岗位名称', en: 'post name', aliases: ['执法岗位', '岗位', 'name', 'post name'], kind: 'text', required: true, note: '如：案件调查岗' }),
    f({ name: 'unit', label: '所属机构', en: 'unit', aliases: ['承办机构', '科室', '内设机构', '所在科室', 'unit'], kind: 'text', required: true, note: '与执法事项表的承办机构一致' }),
    f({ name: 'duties', label: '岗位职责', en: 'duties', aliases: ['职责', '职责内容', 'duties'], kind: 'text', note: '岗位承担的职责' }),
    f({ name: 'powers', label: '对应事项编码', en: 'power codes', aliases: ['事项编码', '职权编码', '对应职权', '承担职权', '对应事项', 'powers'], kind: 'list', note: '本岗位承担的事项编码，多个用“、”分隔' }),
    f({ name: 'note', label: '备注', en: 'note', aliases: ['说明', 'note'], kind: 'text', note: '可留空' }),
  ],
  officers: [
    f({ name: 'seq', label: '序号', en: 'no.', aliases: ['编号', 'no', 'seq'], kind: 'text', note: '顺序号，可留空' }),
    f({ name: 'name', label: '姓名', en: 'name', aliases: ['name'], kind: 'text', required: true, note: '执法人员姓名' }),
    f({ name: 'gender', label: '性别', en: 'gender', aliases: ['gender'], kind: 'text', note: '可留空' }),
    f({ name: 'unit', label: '执法单位', en: 'unit', aliases: ['所在单位', '单位', '工作单位', '所在科室', 'unit'], kind: 'text', required: true, note: '所在单位或科室' }),
    f({ name: 'title', label: '职务', en: 'title', aliases: ['职务职级', 'title'], kind: 'text', note: '可留空' }),
    f({ name: 'post', label: '执法岗位', en: 'post', aliases: ['岗位', '岗位编号', 'post'], kind: 'text', note: '岗位编号或名称' }),
    f({ name: 'certificateNo', label: '执法证件编号', en: 'certificate no.', aliases: ['证件编号', '执法证号', '证号', '执法证编号', '执法证件号', 'certificate'], kind: 'text', note: '行政执法证件编号' }),
    f({ name: 'category', label: '执法类别', en: 'category', aliases: ['执法领域', '执法种类', 'category'], kind: 'text', note: '如：生态环境' }),
    f({ name: 'area', label: '执法区域', en: 'area', aliases: ['area'], kind: 'text', note: '可留空' }),
    f({ name: 'issuer', label: '发证机关', en: 'issuer', aliases: ['issuer'], kind: 'text', note: '可留空' }),
    f({ name: 'certificateExpiry', label: '有效期至', en: 'certificate expiry', aliases: ['有效期', '证件有效期', '证件有效期至', 'expiry'], kind: 'date', note: '证件有效期截止日期' }),
    f({ name: 'legalReviewer', label: '法制审核人员', en: 'legal reviewer', aliases: ['是否法制审核人员', '法制审核', 'legal reviewer'], kind: 'bool', note: '是/否' }),
    f({ name: 'note', label: '备注', en: 'note', aliases: ['说明', 'note'], kind: 'text', note: '可留空' }),
  ],
  steps: [
    f({ name: 'powerCode', label: '事项编码', en: 'power code', aliases: ['职权编码', '权力编码', '编码', 'power code'], kind: 'text', required: true, note: '执法事项表中的事项编码' }),
    f({ name: 'stepId', label: '环节编号', en: 'step id', aliases: ['步骤编号', '环节序号', '序号', 'step id'], kind: 'text', required: true, note: '同一事项内唯一，如 S1' }),
    f({ name: 'name', label: '环节名称', en: 'step name', aliases: ['步骤名称', '环节', '流程环节', 'step name'], kind: 'text', required: true, note: '如：受理、审查、决定' }),
    f({ name: 'post', label: '承办岗位', en: 'post', aliases: ['责任岗位', '执法岗位', '岗位', 'post'], kind: 'text', note: '岗位编号或名称' }),
    f({ name: 'timeLimit', label: '办理时限', en: 'time limit', aliases: ['时限', '环节时限', 'time limit'], kind: 'text', note: '如：5个工作日' }),
    f({ name: 'next', label: '下一环节', en: 'next steps', aliases: ['后续环节', '下一步', '下一环节编号', 'next'], kind: 'list', note: '下一环节编号，多个用“、”分隔；结束环节留空' }),
    f({ name: 'condition', label: '分支条件', en: 'condition', aliases: ['条件', 'condition'], kind: 'text', note: '走向下一环节的条件，可留空' }),
    f({ name: 'note', label: '备注', en: 'note', aliases: ['说明', 'note'], kind: 'text', note: '可留空' }),
  ],
};

/** Header text normalised for comparison: NFKC (full → half width), no spaces or line breaks, lower case. */
function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000*＊:：]+/g, '').toLowerCase();
}

const headerIndex: ReadonlyMap<TableKind, ReadonlyMap<string, string>> = new Map(
  (Object.keys(fieldsByTable) as TableKind[]).map((table) => {
    const index = new Map<string, string>();
    for (const field of fieldsByTable[table]) {
      for (const spelling of [field.label, field.name, ...field.aliases]) {
        const key = normaliseHeader(spelling);
        if (!index.has(key)) index.set(key, field.name);
      }
    }
    return [table, index] as const;
  }),
);

/** A bracketed note at the end or start of a header (after NFKC): 职权依据（法律法规规章名称及条款）, 有效期至(年/月/日), 【必填】事项名称. */
const trailingNote = /[(\[【][^()[\]【】]*[)\]】]$/u;
const leadingNote = /^[(\[【][^()[\]【】]*[)\]】]/u;

/**
 * The canonical field a header cell names in a table, or undefined for an unknown column. A header that is not
 * itself known is tried again without bracketed notes at its end or start, so the explanations published lists
 * put in their headers (职权名称（主项）, 子项名称（无子项的不填）) do not hide the column.
 */
export function fieldForHeader(table: TableKind, header: string): string | undefined {
  const index = headerIndex.get(table);
  if (index === undefined) return undefined;
  let key = normaliseHeader(header);
  const exact = index.get(key);
  if (exact !== undefined) return exact;
  for (;;) {
    const stripped = key.replace(trailingNote, '').replace(leadingNote, '');
    if (stripped === key || stripped === '') return undefined;
    key = stripped;
    const field = index.get(key);
    if (field !== undefined) return field;
  }
}

export function fieldDef(table: TableKind, name: string): FieldDef | undefined {
  return fieldsByTable[table].find((field) => field.name === name);
}
