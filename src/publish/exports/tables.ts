// The inventory as CSV (UTF-8 with BOM) and xlsx in the template's column layout; every text cell formula-safe.

import * as XLSX from 'xlsx';
import { fieldsByTable } from '../../model/fields.js';
import { tableLabels } from '../../model/tables.js';
import { csvDocument } from '../../output/safe-cell.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { tableRows } from './records.js';

/** The officer columns that are published; the template's others (gender, title, notes …) are not. */
const publicOfficerFields = ['name', 'unit', 'post', 'certificateNo', 'category', 'certificateExpiry'] as const;
const departmentColumn = '所属部门';

type Table = 'bases' | 'powers' | 'posts' | 'officers' | 'steps';
const tables: readonly Table[] = ['bases', 'powers', 'posts', 'officers', 'steps'];

function header(table: Table): string[] {
  const fields = fieldsByTable[table];
  const labels = table === 'officers' ? publicOfficerFields.map((name) => fields.find((f) => f.name === name)?.label ?? name) : fields.map((f) => f.label);
  return [...labels, departmentColumn];
}

/** Header and rows of each table; a row always has as many cells as its header. */
export function exportTables(view: PublicationView): ReadonlyArray<{ readonly table: Table; readonly sheet: string; readonly records: string[][] }> {
  const rows = tableRows(view);
  return tables.map((table) => {
    const head = header(table);
    for (const row of rows[table]) if (row.length !== head.length) throw new Error(`export: ${table} row has ${row.length} cells for ${head.length} columns`);
    return { table, sheet: tableLabels[table].zh, records: [head, ...rows[table]] };
  });
}

export function csvFiles(view: PublicationView): OutputFile[] {
  return exportTables(view).map(({ sheet, records }) => ({ path: `data/csv/${sheet}.csv`, contents: csvDocument(records) }));
}

/** One workbook, a sheet per table; cells are strings (so codes keep their zeros; a string is never a formula). */
export function xlsxFile(view: PublicationView): OutputFile {
  const book = XLSX.utils.book_new();
  for (const { sheet, records } of exportTables(view)) {
    const data = XLSX.utils.aoa_to_sheet(records.map((row) => [...row]));
    data['!autofilter'] = { ref: data['!ref'] ?? 'A1' };
    XLSX.utils.book_append_sheet(book, data, sheet);
  }
  const contents = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return { path: 'data/inventory.xlsx', contents: new Uint8Array(contents) };
}
