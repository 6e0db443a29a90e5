// What each reading check (ingest/*) and schema check (schema/<table>) looks for and how to fix what it finds,
// for `quanze rules`: they are not rules (no docs page, not set in the configuration) but reports name them.

import type { Bilingual } from '../diagnostics/types.js';
import type { IngestRuleId } from '../ingest/index.js';
import { tableLabels, type TableKind } from '../model/tables.js';

export interface ReadingCheckText {
  readonly description: Bilingual;
  readonly fix: Bilingual;
}

export const readingCheckTexts: Readonly<Record<IngestRuleId, ReadingCheckText>> = {
  'ingest/unknown-sheet': {
    description: { zh: '名称和表头都无法识别的工作表或 CSV 文件，跳过不读', en: 'A sheet or CSV file whose name and header are not recognised is skipped' },
    fix: { zh: '按模板给工作表命名（执法依据、执法事项、执法岗位、执法人员、执法流程），或在前 10 行写出模板的列名', en: 'Name the sheet as the template does (执法依据, 执法事项, 执法岗位, 执法人员, 执法流程), or put the template\'s column names in its first 10 rows' },
  },
  'ingest/no-header': {
    description: { zh: '按名称应是某张表，但前 10 个非空行中没有表头行，跳过不读', en: 'A sheet named like a table has no header row in its first 10 non-empty rows and is skipped' },
    fix: { zh: '在数据上方加一行表头，至少写出 2 个模板列名', en: 'Add a header row above the data with at least two of the template\'s column names' },
  },
  'ingest/unknown-column': {
    description: { zh: '表头中不属于该表的列：原样保留，不参与检查', en: 'A column the table does not know: kept as it is, not checked' },
    fix: { zh: '如是模板中的列，改用模板列名；否则可保留', en: 'Rename it to the template\'s column name if it is one; otherwise it may stay' },
  },
  'ingest/duplicate-column': {
    description: { zh: '两列表示同一字段：以第一列为准', en: 'Two columns mean the same field: the first is used' },
    fix: { zh: '删除重复的列，或给它另起列名', en: 'Delete the duplicate column or give it another name' },
  },
  'ingest/note-row': {
    description: { zh: '数据下方的说明行（如“注：”“填表人”），不作为记录读取', en: 'A note below the data (注：, 填表人 …) is not read as a record' },
    fix: { zh: '如果这是一条记录，把内容填入对应的列', en: 'If it is a record, put its values in their columns' },
  },
  'ingest/hidden-sheet': {
    description: { zh: '隐藏的工作表不读取', en: 'A hidden sheet is not read' },
    fix: { zh: '如果它属于本清单，取消隐藏后重新检查', en: 'If it is part of the inventory, unhide it and check again' },
  },
  'ingest/section-row': {
    description: { zh: '分类标题行（如“一、行政许可”），不作为记录读取', en: 'A section heading row (一、行政许可 …) is not read as a record' },
    fix: { zh: '如果这是一条记录，把内容填入对应的列', en: 'If it is a record, put its values in their columns' },
  },
  'ingest/cell-too-long': {
    description: { zh: '单元格超过电子表格 32767 个字符的上限，已截断', en: 'A cell longer than Excel\'s limit of 32,767 characters is cut short' },
    fix: { zh: '缩短内容，或把长文本放到附件中', en: 'Shorten it, or move the long text to an attachment' },
  },
  'ingest/unclosed-quote': {
    description: { zh: 'CSV 中的引号直到文件末尾都没有闭合，其后内容都读进了一个单元格', en: 'A quote in a CSV file is never closed: everything after it was read into one cell' },
    fix: { zh: '检查该单元格中的英文双引号：引号内的双引号要写成两个（""）', en: 'Check the double quotes in that cell: a quote inside a quoted cell is written twice ("")' },
  },
};

/** The schema check of one table (schemas/<table>.schema.json). */
export function schemaCheckText(kind: TableKind): ReadingCheckText {
  const table = tableLabels[kind];
  return {
    description: {
      zh: `${table.zh}表的每一行符合模板：必填的单元格已填，类型、级别、状态、日期和“是/否”取值有效`,
      en: `Each row of the ${table.en} table fits the template: required cells filled; types, levels, statuses, dates and 是/否 cells valid`,
    },
    fix: {
      zh: '按提示改正单元格：取值用模板下拉列表中的选项，日期写成 2024-03-01 或 2024年3月1日',
      en: 'Correct the cell as the finding says: pick values from the template\'s dropdowns, write dates as 2024-03-01 or 2024年3月1日',
    },
  };
}
