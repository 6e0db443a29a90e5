// The blank inventory `quanze init` writes: one xlsx with headers, notes and dropdowns, and the same headers as CSV.

import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../output/load-exceljs.js';
import { configFile } from './config-file.js';
import { actTypes } from '../model/act-types.js';
import { basisLevels, basisStatuses } from '../model/basis-vocab.js';
import { fieldsByTable, type FieldDef } from '../model/fields.js';
import { tableKinds, tableLabels, type TableKind } from '../model/tables.js';
import type { OutputFile } from '../output/output-file.js';
import { buildInstructions } from './instructions.js';
import { fixZipTimestamps } from './zip-timestamps.js';

/** File name of the template workbook. */
export const TEMPLATE_WORKBOOK = '执法清单模板.xlsx';
/** Name of the first sheet, which explains the workbook. */
export const INSTRUCTIONS_SHEET = '填写说明';
/** Last row the dropdowns cover; enough for a department's inventory, small enough to keep the file light. */
export const TEMPLATE_LAST_ROW = 5000;

/** A fixed timestamp for the document properties: output is byte-for-byte the same on every run. */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const REQUIRED_COLOUR = 'FFC00000';
const HEADER_FILL = 'FFD9E1F2';

/** Columns kept as text so Excel does not turn "0101" into 101 or a long certificate number into 3.5E+11. */
const textColumns: ReadonlySet<string> = new Set(['code', 'id', 'certificateNo', 'powerCode', 'stepId', 'docNumber', 'next', 'powers']);
/** Columns that hold sentences and need room. */
const wideColumns: ReadonlySet<string> = new Set([
  'title', 'name', 'basisText', 'responsibilities', 'accountability', 'responsibilityBasis', 'conditions', 'duties', 'condition',
]);

/**
 * Builds the blank template: `执法清单模板.xlsx` (a 填写说明 sheet then the five tables) and `csv/<表名>.csv`
 * for each table (UTF-8 with BOM, header row only). Pure: nothing is written to disk.
 */
export async function buildTemplateFiles(): Promise<OutputFile[]> {
  const workbook = await buildTemplateWorkbook();
  const csvFiles = tableKinds.map((table): OutputFile => ({
    path: `csv/${tableLabels[table].zh}.csv`,
    contents: encodeCsvWithBom([fieldsByTable[table].map((field) => field.label)]),
  }));
  return [{ path: TEMPLATE_WORKBOOK, contents: workbook }, ...csvFiles, configFile()];
}

async function buildTemplateWorkbook(): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'quanze';
  workbook.lastModifiedBy = 'quanze';
  workbook.title = '行政执法清单模板';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;

  addInstructionsSheet(workbook);
  for (const table of tableKinds) addTableSheet(workbook, table);

  const written = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(written as ArrayBuffer));
}

function addInstructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 110;
  for (const line of buildInstructions()) {
    const row = sheet.addRow([line.text]);
    const cell = row.getCell(1);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.heading === true) cell.font = { bold: true, size: 12 };
  }
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TableKind): void {
  const fields = fieldsByTable[table];
  const sheet = workbook.addWorksheet(tableLabels[table].zh, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const header = sheet.getRow(1);
  header.height = 30;
  fields.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = columnWidth(field);
    if (field.kind === 'date') column.numFmt = 'yyyy-mm-dd';
    else if (textColumns.has(field.name)) column.numFmt = '@';

    const cell = header.getCell(index + 1);
    cell.value = field.label;
    cell.font = field.required === true ? { bold: true, color: { argb: REQUIRED_COLOUR } } : { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
    cell.note = field.required === true ? `【必填】${field.note}` : field.note;

    const validation = dropdownFor(field);
    if (validation) {
      const letter = column.letter;
      validationsOf(sheet).add(`${letter}2:${letter}${TEMPLATE_LAST_ROW}`, validation);
    }
  });
}

/** A list dropdown for the columns with a controlled vocabulary; undefined for free text. */
function dropdownFor(field: FieldDef): ExcelJS.DataValidation | undefined {
  switch (field.kind) {
    // A configuration may add local act types and published lists use level aliases, so these only warn.
    case 'actType':
      return listValidation(actTypes.map((type) => type.label), 'warning');
    case 'basisLevel':
      return listValidation(basisLevels.map((level) => level.label), 'warning');
    case 'basisStatus':
      return listValidation(basisStatuses.map((status) => status.label), 'stop');
    case 'bool':
      return listValidation(['是', '否'], 'stop');
    default:
      return undefined;
  }
}

function listValidation(values: readonly string[], errorStyle: 'stop' | 'warning'): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    // An inline list is limited to 255 characters; the longest here (效力级别) is well under that.
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle,
    errorTitle: '请从下拉列表中选择',
    error: `可选值：${values.join('、')}`,
  };
}

/** exceljs keeps range data validations on the worksheet but does not declare the property in its typings. */
interface SheetValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validationsOf(sheet: ExcelJS.Worksheet): SheetValidations {
  const holder = sheet as unknown as { dataValidations?: SheetValidations };
  if (!holder.dataValidations) throw new Error('exceljs worksheet has no dataValidations collection');
  return holder.dataValidations;
}

function columnWidth(field: FieldDef): number {
  if (wideColumns.has(field.name)) return 40;
  if (field.kind === 'date') return 13;
  if (field.kind === 'bool') return 10;
  // Chinese characters are about two character widths in Excel's unit.
  return Math.max(10, field.label.length * 2 + 4);
}

/** UTF-8 with a byte-order mark, CRLF line ends: what Excel on Windows opens without garbling Chinese. */
function encodeCsvWithBom(rows: readonly (readonly string[])[]): Uint8Array {
  const text = rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}

function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
