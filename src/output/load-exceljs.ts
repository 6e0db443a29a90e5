// exceljs loaded on first use: importing it takes ~0.3 s, which a run that writes no workbook of its kind (most
// checks, every CSV run) should not pay at start-up.

import type ExcelJS from 'exceljs';

export type ExcelJsModule = typeof ExcelJS;

let loading: Promise<ExcelJsModule> | undefined;

export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
