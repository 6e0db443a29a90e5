// The per-department table a legal office reviews a batch by: rows per table, errors, warnings, pass/fail;
// written as CSV or xlsx for `quanze check --summary`.

import * as XLSX from 'xlsx';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';
import { csvDocument } from '../output/safe-cell.js';

export interface DepartmentInput {
  /** The inventory as given (workbook or CSV folder). */
  readonly source: string;
  /** Department name (实施主体) when the powers name one. */
  readonly department?: string;
  readonly rows: Readonly<Partial<Record<TableKind, number>>>;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the inventory could not be read, when it could not. */
  readonly unreadable?: string;
}

export interface DepartmentRow {
  readonly department: string;
  readonly source: string;
  readonly rows: Readonly<Record<TableKind, number>>;
  readonly errors: number;
  readonly warnings: number;
  readonly passed: boolean;
  readonly note: string;
}

const kinds: readonly TableKind[] = ['bases', 'powers', 'posts', 'officers', 'steps'];

export function departmentRows(inputs: readonly DepartmentInput[], failOn: 'error' | 'warning'): DepartmentRow[] {
  return inputs.map((input) => {
    let errors = 0;
    let warnings = 0;
    for (const d of input.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    const rows = Object.fromEntries(kinds.map((k) => [k, input.rows[k] ?? 0])) as Record<TableKind, number>;
    const failed = input.unreadable !== undefined || errors > 0 || (failOn === 'warning' && warnings > 0);
    return {
      department: input.department ?? '',
      source: input.source,
      rows,
      errors,
      warnings,
      passed: !failed,
      note: input.unreadable ?? '',
    };
  });
}

const headers: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['部门', '文件', '执法依据', '执法事项', '执法岗位', '执法人员', '执法流程', '错误', '警告', '结论', '说明'],
  en: ['department', 'file', 'bases', 'powers', 'posts', 'officers', 'steps', 'errors', 'warnings', 'result', 'note'],
};

const verdict = (passed: boolean, lang: Lang): string => (lang === 'zh' ? (passed ? '通过' : '不通过') : passed ? 'pass' : 'fail');

function records(rows: readonly DepartmentRow[], lang: Lang): Array<Array<string | number>> {
  return rows.map((r) => [r.department, r.source, ...kinds.map((k) => r.rows[k]), r.errors, r.warnings, verdict(r.passed, lang), r.note]);
}

export function departmentSummaryCsv(rows: readonly DepartmentRow[], lang: Lang): string {
  return csvDocument([headers[lang], ...records(rows, lang).map((r) => r.map(String))]);
}

/** An xlsx with one sheet; text cells are strings (never formulas), numbers numbers. */
export function departmentSummaryXlsx(rows: readonly DepartmentRow[], lang: Lang): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([[...headers[lang]], ...records(rows, lang)]);
  sheet['!cols'] = [{ wch: 24 }, { wch: 40 }, ...kinds.map(() => ({ wch: 9 })), { wch: 7 }, { wch: 7 }, { wch: 8 }, { wch: 40 }];
  sheet['!autofilter'] = { ref: sheet['!ref'] ?? 'A1' };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, lang === 'zh' ? '审核汇总' : 'summary');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}
