// The text of the 填写说明 sheet: what each sheet holds and the conventions the checker expects (DOMAIN.md §2, §3.3).

import { fieldsByTable } from '../model/fields.js';
import { tableKinds, tableLabels, type TableKind } from '../model/tables.js';

/** What one row of each sheet is, in the words of a legal office filling it in. */
const sheetPurpose: Readonly<Record<TableKind, string>> = {
  bases: '本部门实施的法律、法规、规章和规范性文件目录，一部依据一行。',
  powers: '本部门的行政执法事项（权责事项），一个事项一行；同一事项的多条依据可写在同一单元格，用“；”分隔。',
  posts: '执法岗位，一个岗位一行，写明所属机构和承担的事项编码。',
  officers: '持证执法人员，一人一行，写明执法证件编号、有效期和所在岗位。',
  steps: '执法流程的环节，一个环节一行；同一事项的各环节用相同的事项编码，环节编号在事项内唯一。',
};

export interface InstructionLine {
  readonly text: string;
  /** Heading lines are written bold. */
  readonly heading?: boolean;
}

/** Lines of the 填写说明 sheet, top to bottom. */
export function buildInstructions(): readonly InstructionLine[] {
  const lines: InstructionLine[] = [
    { text: '行政执法清单填写说明', heading: true },
    { text: '本工作簿由 quanze 生成，用于填报本部门的执法依据、执法事项、执法岗位、执法人员和执法流程。请勿修改工作表名称和第一行表头；不用的列可以留空。' },
    { text: '表头带红色字体的列为必填；鼠标移到表头单元格上可看到该列的填写要求（批注）。带下拉箭头的列请从列表中选择。' },
    { text: '' },
    { text: '一、各工作表', heading: true },
  ];
  for (const table of tableKinds) {
    const required = fieldsByTable[table].filter((field) => field.required === true).map((field) => field.label);
    lines.push({ text: `【${tableLabels[table].zh}】${sheetPurpose[table]}必填列：${required.join('、')}。` });
  }
  lines.push(
    { text: '' },
    { text: '二、填写规则', heading: true },
    { text: '1. 依据引用：写作《名称》第X条第X款第（X）项，如《中华人民共和国行政处罚法》第五十八条第一款第（三）项。条、款、项用中文数字；只有一款的条文不写“第一款”；项写作“第（一）项”。' },
    { text: '2. 引用的依据须列入“执法依据”表；名称可写全称，也可省略“中华人民共和国”，如《行政处罚法》。规范性文件的文号用六角括号，如国办发〔2018〕118号。' },
    { text: '3. 编码唯一：事项编码、岗位编号在本部门内不得重复；同一事项的环节编号不得重复。' },
    { text: '4. 分隔符：一个单元格内多个岗位、事项编码或下一环节用顿号“、”分隔；多条依据用分号“；”分隔。' },
    { text: '5. 日期：写作 2024-03-01（年-月-日），或直接输入 Excel 日期。' },
    { text: '6. 是/否列：只填“是”或“否”。' },
    { text: '7. 也可以不用本工作簿，改填 csv 文件夹中同名的 CSV 文件（UTF-8 编码，表头相同）。' },
    { text: '' },
    { text: '三、检查', heading: true },
    { text: '填好后在命令行运行：quanze check 执法清单模板.xlsx（可先把文件改成本部门名称）。每个问题都会指出工作表、行号和列名，并说明如何修改。' },
  );
  return lines;
}
