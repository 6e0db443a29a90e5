// `classify --review out.xlsx`: the uncertain rows in a workbook a legal officer can work through — the two best
// types with why, where the row is, and an empty column for the decision. Every text cell is formula-safe.

import { loadExcelJs } from '../output/load-exceljs.js';
import { typeLabel } from '../classify/index.js';
import type { Bilingual, Lang } from '../diagnostics/types.js';
import { fixZipTimestamps } from '../template/zip-timestamps.js';
import type { ClassifiedRow } from './classify-inputs.js';

const fixedDate = new Date('2024-01-01T00:00:00Z');

/** Columns of the review sheet, with their widths. */
export const reviewColumns: ReadonlyArray<{ readonly header: Bilingual; readonly width: number }> = [
  { header: { zh: '文件', en: 'file' }, width: 18 },
  { header: { zh: '工作表', en: 'sheet' }, width: 10 },
  { header: { zh: '行', en: 'row' }, width: 6 },
  { header: { zh: '编码', en: 'code' }, width: 14 },
  { header: { zh: '事项名称', en: 'name' }, width: 40 },
  { header: { zh: '子项', en: 'sub-item' }, width: 20 },
  { header: { zh: '填报类型', en: 'declared' }, width: 12 },
  { header: { zh: '最可能类型', en: 'best type' }, width: 12 },
  { header: { zh: '置信度', en: 'confidence' }, width: 8 },
  { header: { zh: '理由', en: 'why' }, width: 60 },
  { header: { zh: '次可能类型', en: 'second type' }, width: 12 },
  { header: { zh: '次可能类型的理由', en: 'why the second' }, width: 50 },
  { header: { zh: '复核结论', en: 'decision' }, width: 12 },
];

/** The rows to review: below `minConfidence`, least confident first, then in input order. */
export function reviewRows(rows: readonly ClassifiedRow[], minConfidence: number): ClassifiedRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.classification.confidence < minConfidence)
    .sort((a, b) => a.row.classification.confidence - b.row.classification.confidence || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * One review line as cell values, the text as written (an xlsx string cell is never a formula, so no ' prefix:
 * Excel would show it), the confidence a number.
 */
export function reviewCells(row: ClassifiedRow, lang: Lang): Array<string | number> {
  const { classification } = row;
  const second = classification.alternative;
  const none: Bilingual = { zh: '名称和其他列中没有指向其他类型的线索', en: 'Nothing in the name or the other columns points at another type' };
  return [
    row.file, row.sheet ?? '', row.row, row.code ?? '', row.name,
    row.input.subItem ?? '', row.declaredText ?? '',
    typeLabel(classification.type).zh, Math.round(classification.confidence * 100) / 100,
    classification.reason[lang],
    second === undefined ? '' : typeLabel(second.type).zh, (second?.reason ?? none)[lang], '',
  ];
}

/** The review workbook's bytes: one sheet 待复核 (review), a frozen header, same input → same bytes. */
export async function reviewWorkbook(rows: readonly ClassifiedRow[], minConfidence: number, lang: Lang): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  const sheet = workbook.addWorksheet(lang === 'zh' ? '待复核' : 'review', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(reviewColumns.map((c) => c.header[lang]));
  sheet.getRow(1).font = { bold: true };
  reviewColumns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const row of reviewRows(rows, minConfidence)) {
    const added = sheet.addRow(reviewCells(row, lang));
    added.getCell(9).numFmt = '0.00';
    for (const column of [5, 10, 12]) added.getCell(column).alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}
