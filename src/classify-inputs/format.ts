// Pure renderers for `quanze classify`: JSON rows, a CJK-aligned terminal table, CSV, and the --eval figures.

import { classifiedTypeIds, typeLabel, type CalibrationCheck, type ClassifiedTypeId } from '../classify/index.js';
import { pick, type Bilingual, type Lang } from '../diagnostics/types.js';
import { csvDocument } from '../output/safe-cell.js';
import { displayWidth, neutraliseControls, padEndTo } from '../report/text.js';
import type { ClassifiedRow } from './classify-inputs.js';
import type { GroupScore, RowsEvaluation } from './evaluate-rows.js';

/** One element of `classify --format json` (DESIGN.md, "Commands"), keys in that order. */
export interface ClassifyJsonRow {
  readonly code: string | null;
  readonly name: string;
  readonly type: ClassifiedTypeId;
  readonly label: string;
  readonly confidence: number;
  readonly reason: string;
  readonly declared: ClassifiedTypeId | null;
  /** Present (true) only on rows below --min-confidence. */
  readonly review?: true;
}

export interface FormatOptions {
  readonly lang: Lang;
  /** Rows below this confidence go to the review list; 0 routes nothing. */
  readonly minConfidence: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const round4 = (n: number): number => Math.round(n * 10000) / 10000;

export const needsReview = (row: ClassifiedRow, minConfidence: number): boolean => row.classification.confidence < minConfidence;

function toJsonRow(row: ClassifiedRow, options: FormatOptions): ClassifyJsonRow {
  const { classification } = row;
  return {
    code: row.code ?? null,
    name: row.name,
    type: classification.type,
    label: typeLabel(classification.type).zh,
    confidence: round2(classification.confidence),
    reason: classification.reason[options.lang],
    declared: row.declared ?? null,
    ...(needsReview(row, options.minConfidence) ? { review: true as const } : {}),
  };
}

/** `--format json`: one array in input order, review rows flagged in place. */
export function formatJson(rows: readonly ClassifiedRow[], options: FormatOptions): string {
  return `${JSON.stringify(rows.map((row) => toJsonRow(row, options)), null, 2)}\n`;
}

const headers = {
  where: { zh: '位置', en: 'where' },
  code: { zh: '编码', en: 'code' },
  name: { zh: '事项名称', en: 'name' },
  type: { zh: '分类结果', en: 'type' },
  confidence: { zh: '置信度', en: 'conf.' },
  declared: { zh: '填报类型', en: 'declared' },
  reason: { zh: '分类理由', en: 'reason' },
} as const satisfies Record<string, Bilingual>;

/** Where a row is, as short as the run allows: the row alone for one table, else file (and sheet) too. */
function locator(row: ClassifiedRow, manyTables: boolean): string {
  if (!manyTables) return String(row.row);
  return `${row.file}${row.sheet === undefined ? '' : `[${row.sheet}]`}:${row.row}`;
}

/** Lays out rows of cells in columns padded by display width; the last column is not padded. */
function alignColumns(lines: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const line of lines) line.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return lines
    .map((line) =>
      line
        .map((cell, i) => {
          if (i === line.length - 1) return cell;
          const width = widths[i] ?? 0;
          return rightAligned.has(i) ? `${' '.repeat(Math.max(0, width - displayWidth(cell)))}${cell}` : padEndTo(cell, width);
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Long names (a 权责清单 name can list twenty articles) are cut so the table stays readable; json/csv keep them whole. */
const maxNameWidth = 40;

function clip(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

function tableLines(rows: readonly ClassifiedRow[], lang: Lang, manyTables: boolean): string[][] {
  const withCode = rows.some((row) => row.code !== undefined);
  const withDeclared = rows.some((row) => row.declaredText !== undefined);
  const head = [
    pick(headers.where, lang),
    ...(withCode ? [pick(headers.code, lang)] : []),
    pick(headers.name, lang),
    pick(headers.type, lang),
    pick(headers.confidence, lang),
    ...(withDeclared ? [pick(headers.declared, lang)] : []),
    pick(headers.reason, lang),
  ];
  const body = rows.map((row) => {
    const { classification } = row;
    const declared = row.declaredText === undefined ? ''
      : row.declared === undefined ? `? ${row.declaredText}` // a spelling no variant maps
        : row.declared === classification.type ? '✓' : `✗ ${row.declaredText}`;
    return [
      locator(row, manyTables), ...(withCode ? [row.code ?? ''] : []), clip(row.name, maxNameWidth), typeLabel(classification.type)[lang],
      classification.confidence.toFixed(2), ...(withDeclared ? [declared] : []), classification.reason[lang],
    ].map((cell) => neutraliseControls(cell).replace(/\n/g, ' '));
  });
  return [head, ...body];
}

/** `--format table`: aligned columns for a terminal; rows below --min-confidence follow under their own heading. */
export function formatTable(rows: readonly ClassifiedRow[], options: FormatOptions): string {
  const { lang, minConfidence } = options;
  const manyTables = new Set(rows.map((row) => `${row.file}\0${row.sheet ?? ''}`)).size > 1;
  const main = rows.filter((row) => !needsReview(row, minConfidence));
  const review = rows.filter((row) => needsReview(row, minConfidence));
  const confidenceColumn = (lines: string[][]): Set<number> => new Set([lines[0]?.indexOf(pick(headers.confidence, lang)) ?? -1]);
  const mainLines = tableLines(main, lang, manyTables);
  let text = main.length > 0 ? alignColumns(mainLines, confidenceColumn(mainLines)) : '';
  if (review.length > 0) {
    const reviewLines = tableLines(review, lang, manyTables);
    const heading = lang === 'zh'
      ? `需复核（置信度低于 ${minConfidence}）：${review.length} 行`
      : `To review (confidence below ${minConfidence}): ${review.length} row${review.length === 1 ? '' : 's'}`;
    text += `${text === '' ? '' : '\n'}${heading}\n${alignColumns(reviewLines, confidenceColumn(reviewLines))}`;
  }
  const summary = lang === 'zh' ? `共 ${rows.length} 项` : `${rows.length} item${rows.length === 1 ? '' : 's'}`;
  return `${text}${text === '' ? '' : '\n'}${summary}\n`;
}

const csvHeaders: readonly Bilingual[] = [
  { zh: '文件', en: 'file' }, { zh: '工作表', en: 'sheet' }, { zh: '行', en: 'row' }, { zh: '编码', en: 'code' },
  { zh: '事项名称', en: 'name' }, { zh: '分类结果', en: 'type' }, { zh: '类型名称', en: 'label' },
  { zh: '置信度', en: 'confidence' }, { zh: '分类理由', en: 'reason' }, { zh: '填报类型', en: 'declared' },
  { zh: '需复核', en: 'review' },
];

/** `--format csv`: UTF-8 with BOM, formula-safe cells; review rows marked in the last column (a CSV has no headings). */
export function formatCsv(rows: readonly ClassifiedRow[], options: FormatOptions): string {
  const { lang, minConfidence } = options;
  const yes = lang === 'zh' ? '是' : 'yes';
  return csvDocument([
    csvHeaders.map((h) => h[lang]),
    ...rows.map((row) => [
      row.file, row.sheet ?? '', String(row.row), row.code ?? '', row.name, row.classification.type,
      typeLabel(row.classification.type).zh, row.classification.confidence.toFixed(2), row.classification.reason[lang],
      row.declaredText ?? '', needsReview(row, minConfidence) ? yes : '',
    ]),
  ]);
}

/** The types that occur in an evaluation, in the canonical order. */
function typesSeen(evaluation: RowsEvaluation): ClassifiedTypeId[] {
  return classifiedTypeIds.filter((id) => evaluation.perType[id].support > 0 || evaluation.perType[id].predicted > 0);
}

/** `--eval --format json`: figures rounded to 4 decimals, only the types that occur. */
export function evaluationJson(evaluation: RowsEvaluation): Record<string, unknown> {
  const types = typesSeen(evaluation);
  return {
    accuracy: round4(evaluation.accuracy),
    total: evaluation.total,
    correct: evaluation.correct,
    perType: Object.fromEntries(types.map((id) => {
      const score = evaluation.perType[id];
      return [id, { support: score.support, correct: score.correct, predicted: score.predicted,
        recall: round4(score.recall), precision: round4(score.precision) }];
    })),
    confusion: Object.fromEntries(types.map((expected) => [expected,
      Object.fromEntries(types.map((predicted) => [predicted, evaluation.confusion[expected][predicted]]))])),
    bySource: evaluation.bySource.map(groupJson),
    byDepartment: evaluation.byDepartment.map(groupJson),
    calibration: calibrationJson(evaluation.calibration),
    leaveOneSourceOut: evaluation.leaveOneSourceOut === undefined ? null : calibrationJson(evaluation.leaveOneSourceOut),
    unmappedDeclared: evaluation.unmappedDeclared.map((row) => ({
      file: row.file, ...(row.sheet === undefined ? {} : { sheet: row.sheet }), row: row.row, name: row.name, declared: row.declaredText ?? '',
    })),
  };
}

const groupJson = (g: GroupScore): Record<string, unknown> => ({ group: g.group, total: g.total, correct: g.correct, accuracy: round4(g.accuracy) });

const calibrationJson = (c: CalibrationCheck): Record<string, unknown> => ({
  high: { answers: c.high.answers, right: c.high.right, accuracy: round4(c.high.accuracy) },
  buckets: c.buckets.map((b) => ({ from: b.from, to: b.to, answers: b.answers, right: b.right, accuracy: round4(b.accuracy), meanConfidence: round4(b.meanConfidence) })),
});

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** Per-source or per-department lines, weakest first; groups with every row right are folded into one line when many. */
function groupLines(groups: readonly GroupScore[], title: Bilingual, lang: Lang, fold: boolean): string {
  if (groups.length === 0) return '';
  const zh = lang === 'zh';
  const shown = fold && groups.length > 12 ? groups.filter((g) => g.correct < g.total) : [...groups];
  const folded = groups.filter((g) => !shown.includes(g));
  const table = [
    [pick(title, lang), zh ? '样本' : 'rows', zh ? '正确' : 'correct', zh ? '准确率' : 'accuracy'],
    ...shown.map((g) => [neutraliseControls(g.group), String(g.total), String(g.correct), percent(g.accuracy)]),
  ];
  let text = alignColumns(table.map((line) => [...line, '']), new Set([1, 2, 3]));
  if (folded.length > 0) {
    const rows = folded.reduce((sum, g) => sum + g.total, 0);
    text += zh ? `另有 ${folded.length} 个全部正确（共 ${rows} 行）
` : `${folded.length} more, every row right (${rows} rows)
`;
  }
  return text;
}

/** Confidence bucket → how often it was right. */
function calibrationLines(check: CalibrationCheck, lang: Lang): string {
  const zh = lang === 'zh';
  const table = [
    zh ? ['置信度', '样本', '正确', '准确率', '平均置信度'] : ['confidence', 'answers', 'right', 'accuracy', 'mean conf.'],
    ...check.buckets.map((b) => [`${b.from.toFixed(2)}–${b.to.toFixed(2)}`, String(b.answers), String(b.right), percent(b.accuracy), b.meanConfidence.toFixed(2)]),
  ];
  const high = check.high;
  return alignColumns(table.map((line) => [...line, '']), new Set([1, 2, 3, 4])) + (zh
    ? `置信度 ≥ 0.9 的 ${high.answers} 项中 ${high.right} 项正确（${percent(high.accuracy)}）
`
    : `Of ${high.answers} answers at confidence ≥ 0.9, ${high.right} were right (${percent(high.accuracy)})
`);
}

/** A type's name short enough for a matrix heading: 许可, 处罚 … 其他 (zh), the id (en). */
function shortLabel(id: ClassifiedTypeId, lang: Lang): string {
  if (lang === 'en') return id;
  const label = typeLabel(id).zh;
  return label.startsWith('其他') ? '其他' : label.replace(/^行政/, '');
}

/** `--eval` for a terminal: accuracy, per-type support/recall/precision, the confusion matrix, then the misses. */
export function formatEvaluation(evaluation: RowsEvaluation, lang: Lang): string {
  const types = typesSeen(evaluation);
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(zh
    ? `准确率 ${percent(evaluation.accuracy)}（${evaluation.correct}/${evaluation.total}）\n`
    : `Accuracy ${percent(evaluation.accuracy)} (${evaluation.correct}/${evaluation.total})\n`);
  out.push('\n');
  const perType = [
    zh ? ['类型', '样本', '正确', '召回率', '精确率'] : ['type', 'support', 'correct', 'recall', 'precision'],
    ...types.map((id) => {
      const s = evaluation.perType[id];
      return [typeLabel(id)[lang], String(s.support), String(s.correct), percent(s.recall), percent(s.precision)];
    }),
  ];
  out.push(alignColumns(perType.map((line) => [...line, '']), new Set([1, 2, 3, 4])));
  out.push('\n');
  out.push(zh ? '混淆矩阵（行：填报类型；列：分类结果）\n' : 'Confusion matrix (rows: declared; columns: classified)\n');
  const matrix = [
    ['', ...types.map((id) => shortLabel(id, lang))],
    ...types.map((expected) => [shortLabel(expected, lang), ...types.map((p) => String(evaluation.confusion[expected][p]))]),
  ];
  out.push(alignColumns(matrix.map((line) => [...line, '']), new Set(types.map((_, i) => i + 1))));
  const weakest = evaluation.bySource[0];
  if (weakest !== undefined) {
    out.push('\n');
    out.push(groupLines(evaluation.bySource, { zh: '来源', en: 'source' }, lang, false));
    out.push(zh
      ? `最弱来源：${neutraliseControls(weakest.group)}（${percent(weakest.accuracy)}，${weakest.correct}/${weakest.total}）\n`
      : `Weakest source: ${neutraliseControls(weakest.group)} (${percent(weakest.accuracy)}, ${weakest.correct}/${weakest.total})\n`);
  }
  if (evaluation.byDepartment.length > 0) {
    out.push('\n');
    out.push(groupLines(evaluation.byDepartment, { zh: '实施主体', en: 'department' }, lang, true));
  }
  out.push('\n');
  out.push(zh ? '置信度校准（给出的置信度 → 实际准确率）\n' : 'Calibration (confidence given → how often right)\n');
  out.push(calibrationLines(evaluation.calibration, lang));
  if (evaluation.leaveOneSourceOut !== undefined) {
    out.push('\n');
    out.push(zh ? '留一来源交叉验证（每个来源用不含它的其余来源拟合的校准）\n'
      : 'Leave one source out (each source scored by a calibration fitted on the others)\n');
    out.push(calibrationLines(evaluation.leaveOneSourceOut, lang));
  }
  if (evaluation.errors.length > 0) {
    out.push('\n');
    out.push(zh ? `误判 ${evaluation.errors.length} 项：\n` : `${evaluation.errors.length} misclassified:\n`);
    for (const error of evaluation.errors) {
      const row = evaluation.scored[error.index];
      const where = row === undefined ? '' : `${row.file}${row.sheet === undefined ? '' : `[${row.sheet}]`}:${row.row} `;
      const name = neutraliseControls(error.name);
      const expected = typeLabel(error.expected)[lang];
      const got = typeLabel(error.classification.type)[lang];
      const reason = error.classification.reason[lang];
      out.push(zh ? `  ${where}${name}：${expected} → ${got}（${reason}）\n` : `  ${where}${name}: ${expected} → ${got} (${reason})\n`);
    }
  }
  if (evaluation.unmappedDeclared.length > 0) {
    out.push('\n');
    out.push(zh
      ? `填报类型无法识别、未计入 ${evaluation.unmappedDeclared.length} 行：\n`
      : `${evaluation.unmappedDeclared.length} row(s) with an unrecognised declared type, not scored:\n`);
    for (const row of evaluation.unmappedDeclared) {
      out.push(`  ${row.file}${row.sheet === undefined ? '' : `[${row.sheet}]`}:${row.row} ${neutraliseControls(row.name)} “${neutraliseControls(row.declaredText ?? '')}”\n`);
    }
  }
  if (evaluation.undeclared > 0) {
    out.push(zh ? `\n未填报类型、未计入 ${evaluation.undeclared} 行\n` : `\n${evaluation.undeclared} row(s) without a declared type, not scored\n`);
  }
  return out.join('');
}

/** `--eval --format csv`: one line per type plus the overall line. */
export function evaluationCsv(evaluation: RowsEvaluation, lang: Lang): string {
  const types = typesSeen(evaluation);
  return csvDocument([
    lang === 'zh' ? ['类型', '类型名称', '样本', '正确', '预测', '召回率', '精确率'] : ['type', 'label', 'support', 'correct', 'predicted', 'recall', 'precision'],
    ...types.map((id) => {
      const s = evaluation.perType[id];
      return [id, typeLabel(id).zh, String(s.support), String(s.correct), String(s.predicted), round4(s.recall).toString(), round4(s.precision).toString()];
    }),
    ['all', lang === 'zh' ? '合计' : 'all', String(evaluation.total), String(evaluation.correct), String(evaluation.total),
      round4(evaluation.accuracy).toString(), round4(evaluation.accuracy).toString()],
  ]);
}
