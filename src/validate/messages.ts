// Readable texts for schema findings, by ajv keyword. Raw ajv text never reaches a user.

import type { Bilingual } from '../diagnostics/types.js';

export interface SchemaMessage {
  readonly message: Bilingual;
  readonly hint: Bilingual;
}

export interface SchemaMessageData {
  /** Column header as the template writes it, e.g. 事项名称. */
  readonly label: string;
  readonly field: string;
  readonly value: string;
  readonly allowed?: string;
  readonly limit?: number;
}

export const schemaMessages = {
  required: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `必填项“${d.label}”为空`, en: `Required cell "${d.label}" (${d.field}) is empty` },
    hint: { zh: `在“${d.label}”列填写该项内容`, en: `Fill in the "${d.label}" column for this row` },
  }),
  missingColumn: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `缺少必填列“${d.label}”`, en: `Required column "${d.label}" (${d.field}) is missing` },
    hint: { zh: `在表头加上“${d.label}”列（或其常见别名）并逐行填写`, en: `Add a "${d.label}" column (or one of its usual variants) to the header and fill it in` },
  }),
  enum: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.value}”不是“${d.label}”的有效取值`, en: `"${d.value}" is not a valid ${d.label} (${d.field})` },
    hint: { zh: `改为以下之一：${d.allowed ?? ''}`, en: `Use one of: ${d.allowed ?? ''}` },
  }),
  date: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.value}”不是有效日期（${d.label}）`, en: `"${d.value}" is not a valid date (${d.label})` },
    hint: { zh: '按“2024-03-01”或“2024年3月1日”格式填写真实存在的日期', en: 'Write a real date as 2024-03-01 or 2024年3月1日' },
  }),
  boolean: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.label}”应为“是”或“否”，实为“${d.value}”`, en: `${d.label} (${d.field}) must be 是 or 否, found "${d.value}"` },
    hint: { zh: '填写“是”或“否”', en: 'Write 是 (yes) or 否 (no)' },
  }),
  tooLong: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.label}”超过 ${d.limit ?? 0} 个字符`, en: `${d.label} (${d.field}) is longer than ${d.limit ?? 0} characters` },
    hint: { zh: '精简内容，或将全文放入附件', en: 'Shorten it, or move the full text to an attachment' },
  }),
  tooMany: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.label}”列出的项目超过 ${d.limit ?? 0} 个`, en: `${d.label} (${d.field}) lists more than ${d.limit ?? 0} items` },
    hint: { zh: '检查分隔符是否误用', en: 'Check the separators in this cell' },
  }),
  invalid: (d: SchemaMessageData): SchemaMessage => ({
    message: { zh: `“${d.label}”的值“${d.value}”不符合格式要求`, en: `${d.label} (${d.field}) value "${d.value}" does not have the expected form` },
    hint: { zh: '参照模板中该列的说明填写', en: "Follow the column's note in the template" },
  }),
} as const;
