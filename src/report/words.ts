// Fixed words of the reports in Chinese and English; diagnostics' own messages arrive translated.

import type { Lang, Severity } from '../diagnostics/types.js';
import { tableLabels, type TableKind } from '../model/tables.js';

export interface ReportWords {
  readonly severity: Readonly<Record<Severity, string>>;
  readonly hint: string;
  readonly value: string;
  readonly field: string;
  readonly related: string;
  readonly file: string;
  readonly total: string;
  readonly noProblems: string;
  readonly table: (kind: TableKind) => string;
  readonly count: (severity: Severity, n: number) => string;
  readonly errorsColumn: string;
  readonly warningsColumn: string;
  readonly infosColumn: string;
  /** Name of the passing test case a clean file gets in JUnit. */
  readonly cleanTest: string;
  /** The last line of a terminal report with findings: where to read about a rule, with one of the report's ids. */
  readonly rulePage: (exampleId: string) => string;
}

const zh: ReportWords = {
  severity: { error: '错误', warning: '警告', info: '信息' },
  hint: '提示：',
  value: '值：',
  field: '字段：',
  related: '另见：',
  file: '文件',
  total: '合计',
  noProblems: '未发现问题',
  table: (kind) => tableLabels[kind].zh,
  count: (severity, n) => `${n} ${severity === 'info' ? '条' : '个'}${zh.severity[severity]}`,
  errorsColumn: '错误',
  warningsColumn: '警告',
  infosColumn: '信息',
  cleanTest: '检查通过',
  rulePage: (id) => `查看规则的说明：quanze rules <规则>，如 quanze rules ${id}`,
};

const en: ReportWords = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  hint: 'hint: ',
  value: 'value: ',
  field: 'field: ',
  related: 'see also: ',
  file: 'file',
  total: 'total',
  noProblems: 'no problems',
  table: (kind) => tableLabels[kind].en,
  // "info" is a mass noun: "1 info", "3 info".
  count: (severity, n) => `${n} ${severity}${severity !== 'info' && n !== 1 ? 's' : ''}`,
  errorsColumn: 'errors',
  warningsColumn: 'warnings',
  infosColumn: 'info',
  cleanTest: 'no problems',
  rulePage: (id) => `to read about a rule: quanze rules <rule>, e.g. quanze rules ${id}`,
};

export const reportWords: Readonly<Record<Lang, ReportWords>> = { zh, en };
