// The options of a check report, declared once for `quanze check` and `quanze merge`, which print the same report.

import { Option } from 'commander';
import type { Lang } from '../diagnostics/types.js';
import { defaultFormatter, formatters } from '../report/index.js';
import { invalidValue, placeholder, texts } from './i18n.js';

export const parseCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalidValue({ zh: '须为不小于 0 的整数', en: 'not a whole number ≥ 0' });
  return n;
};

/** Fresh Option objects (commander keeps state on them), in the user's language. */
export function reportOptions(lang: Lang) {
  const say = texts(lang);
  const value = placeholder(lang);
  return {
    format: new Option(`-f, --format ${value('format')}`, say({ zh: '报告格式', en: 'report format' })).choices(Object.keys(formatters)).default(defaultFormatter),
    failOn: new Option(`--fail-on ${value('severity')}`, say({ zh: '问题达到此严重程度时以退出码 1 结束', en: 'exit 1 when findings reach this severity' }))
      .choices(['error', 'warning'])
      .default('error'),
    maxWarnings: new Option(`--max-warnings ${value('count')}`, say({ zh: '警告多于此数时以退出码 1 结束', en: 'exit 1 when there are more warnings than this' })).argParser(parseCount),
    output: new Option(`-o, --output ${value('file')}`, say({ zh: '把报告写入文件，而不是输出到终端', en: 'write the report to a file instead of standard output' })),
    noColor: new Option('--no-color', say({ zh: '报告不使用颜色', en: 'no colours in the report' })),
    summary: new Option(`--summary ${value('file')}`, say({ zh: '写出按部门汇总的表（.xlsx 或 .csv）', en: 'write the per-department summary table (.xlsx or .csv)' })),
    baseline: new Option(`--baseline ${value('file')}`, say({ zh: '只报告基线文件中没有记录的问题', en: 'report only findings not recorded in this baseline file' })),
    updateBaseline: new Option('--update-baseline', say({ zh: '把当前的问题记入 --baseline 文件', en: 'record the current findings in the --baseline file' })),
  } as const;
}
