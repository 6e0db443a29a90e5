// Fixed words of the annotated workbook in Chinese and English; the findings' own text arrives translated.

import type { Lang, Severity } from '../diagnostics/types.js';
import { reportWords } from '../report/words.js';

export interface AnnotateWords {
  /** Name of the findings sheet. */
  readonly sheetName: string;
  readonly severity: Readonly<Record<Severity, string>>;
  /** Headers of the findings sheet, in column order. */
  readonly headers: readonly [string, string, string, string, string, string, string, string];
  /** Label before a hint in a cell note. */
  readonly hint: string;
  /** Separates a rule id from its message in a note ("power-code-unique：…"). */
  readonly colon: string;
  /** The line above the list. */
  readonly summary: (counts: Readonly<Record<Severity, number>>) => string;
  readonly noFindings: string;
  /** Put between the sentences of the summary line. */
  readonly sentenceGap: string;
  /** Added to the summary when more cells had findings than were annotated. */
  readonly cellsCapped: (annotated: number, cells: number) => string;
  /** Added to the summary when the list did not fit in one sheet. */
  readonly listCapped: (listed: number, total: number) => string;
  /** Added to the summary when the copy holds cell values only. */
  readonly valuesOnly: string;
  /** Ends a note cut at the cell-note size limit. */
  readonly noteCut: (omitted: number, sheet: string) => string;
  /** Shown in the cell column for a finding about a whole row of a sheet that is not in the copy. */
  readonly row: (row: number) => string;
}

const zh: AnnotateWords = {
  sheetName: '审核意见',
  severity: reportWords.zh.severity,
  headers: ['序号', '严重程度', '工作表', '单元格', '规则', '问题', '修改建议', '原值'],
  hint: '提示：',
  colon: '：',
  summary: (n) =>
    `共 ${n.error} 个错误，${n.warning} 个警告，${n.info} 条信息。点击“单元格”列的链接可跳到出问题的单元格，单元格批注中有说明。`,
  noFindings: '未发现问题。',
  sentenceGap: '',
  cellsCapped: (annotated, cells) => `问题涉及 ${cells} 个单元格，只在前 ${annotated} 个单元格加了批注和底色。`,
  listCapped: (listed, total) => `共 ${total} 条，本表只列出前 ${listed} 条。`,
  valuesOnly: '本副本只复制了原文件的单元格内容，未保留格式。',
  noteCut: (omitted, sheet) => `…另有 ${omitted} 条，见“${sheet}”表。`,
  row: (row) => `第 ${row} 行`,
};

const en: AnnotateWords = {
  sheetName: 'Review findings',
  severity: reportWords.en.severity,
  headers: ['No.', 'Severity', 'Sheet', 'Cell', 'Rule', 'Problem', 'How to fix', 'Value'],
  hint: 'Hint: ',
  colon: ': ',
  summary: (n) =>
    `${reportWords.en.count('error', n.error)}, ${reportWords.en.count('warning', n.warning)}, ` +
    `${reportWords.en.count('info', n.info)}. The links in the Cell column jump to each cell; its note explains the finding.`,
  noFindings: 'No problems found.',
  sentenceGap: ' ',
  cellsCapped: (annotated, cells) => `Findings touch ${cells} cells; only the first ${annotated} have a note and highlight.`,
  listCapped: (listed, total) => `${total} findings; this sheet lists the first ${listed}.`,
  valuesOnly: 'This copy holds the cell values of the input only, not its formatting.',
  noteCut: (omitted, sheet) => `… ${omitted} more, see the sheet "${sheet}".`,
  row: (row) => `row ${row}`,
};

export const annotateWords: Readonly<Record<Lang, AnnotateWords>> = { zh, en };
