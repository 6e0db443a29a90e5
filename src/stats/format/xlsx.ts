// `--format xlsx`: every view, the staffing table and the lists behind the counts, one sheet each; text cells are
// strings (never formulas, kept as written), counts are numbers.

import * as XLSX from 'xlsx';
import type { StatsFormatter } from './types.js';
import { allTables } from './views.js';

export const xlsx: StatsFormatter = (stats, context) => {
  const book = XLSX.utils.book_new();
  for (const table of allTables(stats, context.lang)) {
    const sheet = XLSX.utils.aoa_to_sheet([table.header, ...table.rows].map((row) => [...row]));
    sheet['!cols'] = table.header.map((_, c) => ({ wch: c === table.flex ? 40 : table.right[c] ? 9 : 16 }));
    if (table.rows.length > 0) sheet['!autofilter'] = { ref: sheet['!ref'] ?? 'A1' };
    XLSX.utils.book_append_sheet(book, sheet, table.sheet);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
};
