// A fixed check run for the formatter tests: CJK text, CSV and workbook files, and awkward characters.

import type { Diagnostic, Lang } from '../../src/diagnostics/types.js';
import { createCheckReport } from '../../src/report/create-report.js';
import type { CheckReport, FormatterContext, ReportRuleMeta } from '../../src/report/types.js';

/** A made-up machine path; reports must print files under it relative to it. */
export const cwd = '/home/fazhi/qingdan';

const workbook = 'samples/市场监管局.xlsx';
const csv = 'samples/交通运输局/powers.csv';
const absolute = `${cwd}/inventories/司法局.xlsx`;

export function sampleDiagnostics(lang: Lang): Diagnostic[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  // Deliberately not in report order: formatters sort.
  return [
    {
      ruleId: 'power-unclassified',
      severity: 'info',
      message: t('未能判断事项“其他事项”的执法类别', 'Could not tell the act type of power "其他事项"'),
      file: csv,
      row: 12,
      column: 'F',
      field: 'name',
      value: '其他事项',
    },
    {
      ruleId: 'power-basis-exists',
      severity: 'error',
      message: t(
        '事项“食品经营许可”引用的《食品安全法》第三十五条不在执法依据表中',
        'Power "食品经营许可" cites 《食品安全法》 art. 35, which is not in the legal-bases table',
      ),
      file: workbook,
      sheet: '执法事项',
      row: 14,
      column: 'C',
      field: 'basisText',
      value: '《食品安全法》第三十五条',
      hint: t('在“执法依据”表中补充该法规，或更正引用', 'Add the law to the legal-bases table, or correct the citation'),
      docs: 'docs/rules/power-basis-exists.md',
    },
    {
      ruleId: 'schema/powers',
      severity: 'error',
      message: t('办理时限“50%, 5:00”无法识别', 'Time limit "50%, 5:00" is not understood'),
      file: csv,
      row: 5,
      column: 'B',
      field: 'deadline',
      value: '50%, 5:00',
      hint: t('写成“20个工作日”这样的形式', 'Write it like "20 working days"'),
    },
    {
      ruleId: 'power-act-type-matches',
      severity: 'warning',
      message: t(
        '声明的类型 <行政许可> & "行政确认" 与分类结果 \'行政检查\' 不一致',
        'Declared type <licensing> & "confirmation" differs from the classifier\'s \'inspection\'',
      ),
      file: workbook,
      sheet: '执法事项',
      row: 15,
      column: 'AA',
      field: 'actType',
      value: '<行政许可> & "行政确认"',
    },
    {
      ruleId: 'basis-in-force',
      severity: 'warning',
      message: t('《某某条例》已于2023年1月1日废止：\n请改引现行有效的依据', 'The 《某某条例》 was repealed on 2023-01-01:\ncite a basis in force instead'),
      file: workbook,
      sheet: '执法依据',
      row: 3,
      column: 'H',
      field: 'status',
      value: '已废止',
      related: [{ file: workbook, sheet: '执法事项', row: 20, column: 'C' }],
      docs: 'docs/rules/basis-in-force.md',
    },
    {
      ruleId: 'schema/powers',
      severity: 'error',
      message: t('单元格以“=”开头，打开时会被当作公式执行', 'The cell starts with "=" and would run as a formula when opened'),
      file: workbook,
      sheet: '执法事项',
      row: 9,
      column: 'D',
      field: 'name',
      value: "=cmd|' /C calc'!A0",
      hint: t('删除开头的“=”', 'Remove the leading "="'),
    },
    {
      ruleId: 'ingest/unknown-sheet',
      severity: 'info',
      message: t('工作表“Sheet 1”未识别，已跳过', 'Sheet "Sheet 1" was not recognised and was skipped'),
      file: workbook,
      sheet: 'Sheet 1',
    },
    {
      ruleId: 'ingest/unknown-column',
      severity: 'warning',
      message: t('表头“备注\u001b[31m”未识别，该列已忽略', 'Header "备注\u001b[31m" was not recognised; the column is ignored'),
      file: csv,
      column: 'K',
      value: '备注\u001b[31m\u0000',
    },
    {
      ruleId: 'ingest/missing-table',
      severity: 'error',
      message: t('缺少“执法人员”表', 'The officers table is missing'),
      file: absolute,
      hint: t('添加名为“执法人员”的工作表', 'Add a sheet named "执法人员"'),
    },
  ];
}

export function sampleReport(lang: Lang, diagnostics: readonly Diagnostic[] = sampleDiagnostics(lang)): CheckReport {
  return createCheckReport(diagnostics, [
    { file: 'samples/教育局.xlsx', rows: { bases: 8, powers: 31, posts: 6 } },
    { file: absolute, rows: { bases: 15, powers: 60 } },
    { file: workbook, rows: { bases: 120, powers: 1350, posts: 42, officers: 315, steps: 5400 } },
    { file: csv, rows: { powers: 86 } },
  ]);
}

const rules = new Map<string, ReportRuleMeta>([
  ['basis-in-force', { description: 'A legal basis is in force on the check date.', docs: 'docs/rules/basis-in-force.md', severity: 'warning' }],
  ['officer-certificate-valid', { description: 'Every officer holds a certificate that has not expired.', docs: 'docs/rules/officer-certificate-valid.md', severity: 'error' }],
  ['power-basis-exists', { description: 'Every power cites a legal basis listed in the legal-bases table.', docs: 'docs/rules/power-basis-exists.md', severity: 'error' }],
]);

export function sampleContext(lang: Lang, overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { lang, color: false, cwd, toolVersion: '0.1.0', rules, ...overrides };
}
