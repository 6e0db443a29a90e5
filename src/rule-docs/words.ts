// The fixed words of `quanze rules` and its pages, in Chinese and English.

import type { Bilingual } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';

/** Table names as short as the list's column wants them. */
export const shortTableNames: Readonly<Record<TableKind, Bilingual>> = {
  bases: { zh: '依据', en: 'bases' },
  powers: { zh: '事项', en: 'powers' },
  posts: { zh: '岗位', en: 'posts' },
  officers: { zh: '人员', en: 'officers' },
  steps: { zh: '流程', en: 'steps' },
};

export const ruleDocsWords = {
  idColumn: { zh: '规则', en: 'rule' },
  severityColumn: { zh: '默认级别', en: 'default' },
  tablesColumn: { zh: '涉及的表', en: 'tables' },
  descriptionColumn: { zh: '检查内容', en: 'what it checks' },
  rulesHeading: { zh: '规则（可在配置文件中调整或关闭）', en: 'Rules (set or turned off in the configuration file)' },
  readingHeading: { zh: '读取与表结构检查（不能关闭）', en: 'Reading and schema checks (always on)' },
  batchScope: { zh: '一批清单', en: 'a batch' },
  anyTable: { zh: '任一表', en: 'any table' },
  tableSeparator: { zh: ' × ', en: ' × ' },
  footer: { zh: '查看某条规则的说明：quanze rules <规则>', en: 'to read a rule\'s page: quanze rules <rule>' },
  defaultSeverity: { zh: '默认级别：', en: 'Default severity: ' },
  tables: { zh: '涉及的表：', en: 'Tables: ' },
  metaSeparator: { zh: ' · ', en: ' · ' },
  fix: { zh: '如何修正', en: 'Fix' },
  turnOff: { zh: '如何关闭', en: 'Turning it off' },
  source: { zh: '源代码', en: 'Source' },
  ruleSource: { zh: '规则：', en: 'rule: ' },
  testSource: { zh: '测试：', en: 'tests: ' },
  docsSource: { zh: '说明页：', en: 'this page: ' },
  readingSource: { zh: '读取：src/ingest/；表结构：src/validate/ 与 schemas/', en: 'reading: src/ingest/; schemas: src/validate/ and schemas/' },
} as const satisfies Record<string, Bilingual>;

/** How to turn a rule off, or set another severity, in the configuration file; and the baseline alternative. */
export const turnOffText = (id: string, configFile: string): Bilingual => ({
  zh: `在 ${configFile} 的 "rules" 中把 ${id} 设为 "off"（也可设为 "info"、"warning" 或 "error"）：`,
  en: `Set ${id} to "off" under "rules" in ${configFile} (or to "info", "warning" or "error"):`,
});

export const baselineText: Bilingual = {
  zh: '只想暂不处理已有的问题时不必关闭规则：运行 quanze check <输入...> --baseline baseline.json --update-baseline 记下现有问题，之后带 --baseline baseline.json 检查只报告新问题。',
  en: 'To set aside only the findings you already have, keep the rule and use a baseline: quanze check <inputs...> --baseline baseline.json --update-baseline records them, and later runs with --baseline baseline.json report only new ones.',
};

export const alwaysOnText: Bilingual = {
  zh: '读取和表结构检查不能在配置文件中关闭：清单读不准，其后的规则都不可靠。已有的问题可以用基线暂不报告：quanze check <输入...> --baseline baseline.json --update-baseline。',
  en: 'Reading and schema checks cannot be turned off in the configuration file: every rule depends on the inventory being read right. Findings you already have can be set aside with a baseline: quanze check <inputs...> --baseline baseline.json --update-baseline.',
};

export const unknownRule = (id: string): Bilingual => ({ zh: `没有规则 ${id}`, en: `no rule ${id}` });
export const seeList: Bilingual = { zh: '运行 quanze rules 查看所有规则', en: 'run quanze rules to list them all' };
