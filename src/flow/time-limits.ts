// A time-limit cell as the flowchart states it: law/time-limit reads the cell, this gives it the chart's units.

import { countedFromIn, parseTimeLimit, type TimeLimit } from '../law/time-limit.js';
import type { FlowTimeLimit, FlowTimeUnit } from './types.js';

const FROM: Readonly<Record<'acceptance' | 'filing', string>> = { acceptance: '受理', filing: '立案' };

/** The chart's amount and unit: a bare 日 stays 日 as the cell wrote it; weeks become 7 日, years 12 月. */
function chartUnit(limit: TimeLimit): { amount: number; unit: FlowTimeUnit } {
  switch (limit.unit) {
    case 'working_day':
      return { amount: limit.amount, unit: '工作日' };
    case 'calendar_day':
    case 'day':
      return { amount: limit.amount, unit: '日' };
    case 'week':
      return { amount: limit.amount * 7, unit: '日' };
    case 'month':
      return { amount: limit.amount, unit: '月' };
    case 'year':
      return { amount: limit.amount * 12, unit: '月' };
    case 'hour':
      return { amount: limit.amount, unit: '小时' };
    case 'immediate':
      return { amount: 0, unit: '当场' };
  }
}

/** Where the cell's clock starts; a limit counted within the procedure's period (计入…) names the event it mentions. */
function clockStart(text: string | undefined): string | undefined {
  const from = countedFromIn(text);
  if (from === undefined) return undefined;
  if (from !== 'either') return FROM[from];
  if (text?.includes('立案')) return FROM.filing;
  return text?.includes('受理') ? FROM.acceptance : undefined;
}

/** The limit a cell states, as the chart shows it, or undefined when it states none we can read. */
export function cellLimit(text: string | undefined, kind: FlowTimeLimit['kind']): FlowTimeLimit | undefined {
  const limit = parseTimeLimit(text);
  if (limit === undefined) return undefined;
  const from = clockStart(text);
  return { ...chartUnit(limit), kind, ...(from === undefined ? {} : { from }) };
}

/** How a limit reads on a chart: 法定：自受理起20个工作日, 承诺：5个工作日, 时限：当场 (a steps-table cell with no article). */
export function formatFlowLimit(limit: FlowTimeLimit): string {
  const kind = limit.kind === 'promised' ? '承诺' : limit.source === undefined ? '时限' : '法定';
  if (limit.unit === '当场') return `${kind}：当场`;
  const unit = limit.unit === '工作日' ? '个工作日' : limit.unit === '月' ? '个月' : limit.unit;
  return `${kind}：${limit.from === undefined ? '' : `自${limit.from}起`}${limit.amount}${unit}`;
}
