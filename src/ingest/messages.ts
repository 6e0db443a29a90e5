// Every ingest message in Chinese and English, and the helpers that turn them into Diagnostics and ToolkitErrors.

import { ToolkitError, type ToolkitErrorCode } from '../diagnostics/errors.js';
import { interpolate, type Bilingual, type Diagnostic, type Lang, type Severity } from '../diagnostics/types.js';

type Data = Readonly<Record<string, string | number>>;

/** Diagnostic texts: message and hint templates, both languages. */
export const diagnosticTexts = {
  'ingest/unknown-sheet': {
    severity: 'info',
    message: {
      zh: '“{{name}}”不是可识别的表：名称不在接受范围内，前10个非空行中也没有可识别的表头；已跳过',
      en: '"{{name}}" is not a recognised table: its name is not one accepted and no header row was found in its first 10 non-empty rows; skipped',
    },
    hint: {
      zh: '如需读取，请将其命名为：{{accepted}}',
      en: 'To have it read, name it one of: {{accepted}}',
    },
  },
  'ingest/no-header': {
    severity: 'warning',
    message: {
      zh: '“{{name}}”按名称应为{{table}}表，但前10个非空行中没有表头行（至少2个可识别的列名）；已跳过',
      en: '"{{name}}" is named like the {{table}} table, but none of its first 10 non-empty rows is a header row (at least 2 known column names); skipped',
    },
    hint: {
      zh: '表头请使用模板列名，如：{{labels}}',
      en: 'Use the template column names in the header, e.g. {{labels}}',
    },
  },
  'ingest/unknown-column': {
    severity: 'warning',
    message: {
      zh: '列 {{column}}“{{header}}”不是{{table}}表的已知列',
      en: 'column {{column}} "{{header}}" is not a known column of the {{table}} table',
    },
    hint: {
      zh: '可改名为以下之一：{{labels}}；也可保留：该列会原样保留',
      en: 'rename it to one of {{labels}}, or leave it: it is kept',
    },
  },
  'ingest/duplicate-column': {
    severity: 'warning',
    message: {
      zh: '列 {{column}}“{{header}}”与列 {{first}} 同为“{{label}}”；以列 {{first}} 为准',
      en: 'column {{column}} "{{header}}" means "{{label}}" like column {{first}}; column {{first}} is used',
    },
    hint: {
      zh: '删除重复列或改为其他列名',
      en: 'delete the duplicate column or give it another name',
    },
  },
  'ingest/note-row': {
    severity: 'info',
    message: {
      zh: '表尾说明行，未作为记录读取：{{text}}',
      en: 'note below the data, not read as a record: {{text}}',
    },
    hint: {
      zh: '如果这是一条记录，请把内容填入对应列',
      en: 'if this is a record, put its values in their columns',
    },
  },
  'ingest/hidden-sheet': {
    severity: 'info',
    message: {
      zh: '工作表“{{name}}”是隐藏的，未读取',
      en: 'sheet "{{name}}" is hidden and was not read',
    },
    hint: {
      zh: '如果它属于本清单，请取消隐藏后重新检查',
      en: 'if it is part of the inventory, unhide it and check again',
    },
  },
  'ingest/section-row': {
    severity: 'info',
    message: {
      zh: '分类标题行，未作为记录读取：{{text}}',
      en: 'section heading, not read as a record: {{text}}',
    },
    hint: {
      zh: '如果这是一条记录，请把内容填入对应列',
      en: 'if this is a record, put its values in their columns',
    },
  },
  'ingest/cell-too-long': {
    severity: 'error',
    message: {
      zh: '单元格有{{length}}个字符，超过Excel上限{{limit}}；已截断：{{text}}',
      en: 'cell has {{length}} characters, over Excel\'s limit of {{limit}}; truncated: {{text}}',
    },
    hint: {
      zh: '缩短内容，或将长文本放到附件中',
      en: 'shorten it, or move the long text to an attachment',
    },
  },
  'ingest/unclosed-quote': {
    severity: 'warning',
    message: {
      zh: '单元格 {{column}}{{row}} 开始的引号直到文件末尾都没有闭合；其后内容已全部读入该单元格',
      en: 'the quote opened in cell {{column}}{{row}} is never closed; everything after it was read into that cell',
    },
    hint: {
      zh: '检查该单元格中的英文双引号，单元格内的双引号应写成两个（""）',
      en: 'check the double quotes in that cell; a quote inside a quoted cell is written twice ("")',
    },
  },
} as const satisfies Record<string, { severity: Severity; message: Bilingual; hint: Bilingual }>;

export type IngestRuleId = keyof typeof diagnosticTexts;

export interface Where {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly field?: string | undefined;
  readonly value?: string | undefined;
}

/** A finished ingest Diagnostic in the run's language. */
export function makeDiagnostic(ruleId: IngestRuleId, lang: Lang, where: Where, data: Data = {}): Diagnostic {
  const text = diagnosticTexts[ruleId];
  const diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    ruleId,
    severity: text.severity,
    message: interpolate(text.message[lang], data),
    hint: interpolate(text.hint[lang], data),
    file: where.file,
  };
  if (where.sheet !== undefined) diagnostic.sheet = where.sheet;
  if (where.row !== undefined) diagnostic.row = where.row;
  if (where.column !== undefined) diagnostic.column = where.column;
  if (where.field !== undefined) diagnostic.field = where.field;
  if (where.value !== undefined) diagnostic.value = where.value;
  return diagnostic;
}

/** Texts of the errors that stop a run: what happened, to which file, what to do. */
export const errorTexts = {
  'input-not-found': {
    zh: '找不到“{{file}}”：请检查路径是否正确',
    en: '"{{file}}" does not exist: check the path',
  },
  'input-empty': {
    zh: '“{{file}}”是空文件：请选择填好的清单文件',
    en: '"{{file}}" is empty: give a filled-in inventory file',
  },
  'input-not-spreadsheet': {
    zh: '“{{file}}”不是电子表格（{{detail}}）：请提供 .xlsx、.xls、.ods 工作簿或 .csv/.tsv 文件',
    en: '"{{file}}" is not a spreadsheet ({{detail}}): give an .xlsx, .xls or .ods workbook or a .csv/.tsv file',
  },
  'input-encrypted': {
    zh: '“{{file}}”设置了密码保护（已加密），无法读取：请在Excel中取消密码后另存一份再试',
    en: '"{{file}}" is password-protected (encrypted) and cannot be read: save an unprotected copy in Excel and use that',
  },
  'input-unreadable': {
    zh: '“{{file}}”已损坏或无法读取（{{detail}}）：请在Excel中打开并另存为 .xlsx 后再试',
    en: '"{{file}}" is damaged or unreadable ({{detail}}): open it in Excel, save it again as .xlsx and retry',
  },
  'input-too-large': {
    zh: '“{{file}}”过大，为安全起见未读取（{{detail}}）：请拆分文件后分别检查',
    en: '"{{file}}" is too large and was not read, for safety ({{detail}}): split it into smaller files',
  },
  'input-used-range': {
    zh: '“{{file}}”的工作表“{{sheet}}”已用区域过大，为安全起见未读取（{{detail}}）：请在Excel中删除表格右侧和下方多余的单元格（选中这些列和行后删除），保存后再检查',
    en: 'sheet "{{sheet}}" of "{{file}}" has too large a used range and was not read, for safety ({{detail}}): open it in Excel, delete the stray cells right of and below the table (select those columns and rows and delete them), save it and check again',
  },
  'input-zip-bomb': {
    zh: '“{{file}}”疑似压缩炸弹，为安全起见未读取（{{detail}}）：如果这是正常的工作簿，请在Excel中打开并另存为 .xlsx 后再试',
    en: '"{{file}}" looks like a zip bomb and was not read, for safety ({{detail}}): if it is a real workbook, open it in Excel, save it again as .xlsx and retry',
  },
  'no-inventory': {
    zh: '“{{file}}”中没有找到清单（{{seen}}）：请给出 .xlsx、.xls、.ods 工作簿，或放有 CSV/TSV 表的文件夹',
    en: 'no inventory found in "{{file}}" ({{seen}}): give .xlsx, .xls or .ods workbooks, or a folder of CSV/TSV tables',
  },
  'no-tables': {
    zh: '“{{file}}”中没有可识别的表（找到：{{found}}）：请将工作表或CSV文件命名为 {{accepted}} 之一，或使用模板表头',
    en: 'no recognisable table in "{{file}}" (found: {{found}}): name a sheet or CSV file one of {{accepted}}, or use the template headers',
  },
} as const satisfies Partial<Record<ToolkitErrorCode, Bilingual>>;

export type IngestErrorCode = keyof typeof errorTexts;

/** The detail of `input-not-spreadsheet` for a pipe, device or socket. */
export const notRegularFile: Bilingual = { zh: '不是普通文件（是管道、设备或套接字）', en: 'not a regular file (a pipe, device or socket)' };

/** Placeholder values for an error: plain, or different per language. */
export type ErrorData = Readonly<Record<string, string | number | Bilingual>>;

function dataIn(data: ErrorData, lang: Lang): Data {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) out[key] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** A ToolkitError with its one-line message filled in both languages. */
export function makeError(code: IngestErrorCode, data: ErrorData, cause?: unknown): ToolkitError {
  const text = errorTexts[code];
  const filled: Bilingual = { zh: interpolate(text.zh, dataIn(data, 'zh')), en: interpolate(text.en, dataIn(data, 'en')) };
  return new ToolkitError(code, filled, cause === undefined ? undefined : { cause });
}
