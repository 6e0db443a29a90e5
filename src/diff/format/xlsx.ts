// `--format xlsx`: a workbook with the changes, the bases whose status changed and the withdrawals, one sheet each;
// every cell a string (never a formula, kept as written).

import * as XLSX from 'xlsx';
import type { DiffFormatter } from './types.js';
import { diffTables } from './rows.js';

export const xlsx: DiffFormatter = (diff, { lang }) => {
  const book = XLSX.utils.book_new();
  for (const table of diffTables(diff, lang)) {
    const sheet = XLSX.utils.aoa_to_sheet([table.header, ...table.rows].map((row) => [...row]));
    sheet['!cols'] = table.header.map(() => ({ wch: 24 }));
    if (table.rows.length > 0) sheet['!autofilter'] = { ref: sheet['!ref'] ?? 'A1' };
    XLSX.utils.book_append_sheet(book, sheet, table.sheet);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
};
