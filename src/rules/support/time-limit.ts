// Reads a 办理时限 cell ("5个工作日", "三十日", "当场") into an amount and unit, and compares it with a statutory limit.

import { parseChineseNumeral } from '../../citation/numerals.js';

/** The units inventories state time limits in; `immediate` is 当场/即时/即办. */
export type TimeUnit = 'workingDay' | 'day' | 'month' | 'immediate';

export interface TimeLimit {
  readonly amount: number;
  readonly unit: TimeUnit;
  /** The limit mentions an extension (可延长 …), whose own amount is not added here. */
  readonly extendable: boolean;
}

const IMMEDIATE = /当场|即时|即办|立即|随到随办|当日办结|即来即办/;
// A number and a unit; a parenthesised extension or alternative may follow the first one.
const AMOUNT = /([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(个)?(工作日|自然日|日|天|个月|月)/g;

function clean(text: string): string {
  // Dates and titles hold numbers that are not periods: 2021年3月1日, 《…（2019年修正）》.
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/《[^》]*》/g, '')
    .replace(/\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g, '');
}

/** Every period stated in a cell, in order ("简化管理20日；重点管理30日" gives both). */
export function parseTimeLimits(text: string | undefined): TimeLimit[] {
  if (text === undefined) return [];
  const cell = clean(text);
  const extendable = /延长|延期|可延/.test(cell);
  const limits: TimeLimit[] = [];
  for (const match of cell.matchAll(AMOUNT)) {
    const [, digits = '', , word = ''] = match;
    const amount = /^[0-9.]+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    if (amount === undefined || !Number.isFinite(amount)) continue;
    const unit: TimeUnit = word === '工作日' ? 'workingDay' : word.endsWith('月') ? 'month' : 'day';
    limits.push({ amount, unit, extendable });
  }
  return limits;
}

/**
 * Parses a time-limit cell: "5个工作日", "20日", "三十日", "当场", "即时",
 * "15个工作日（可延长10个工作日）", "3个月". The first period stated is the limit, so "当场或5个工作日内"
 * is 5 working days; "当场" alone is immediate. Returns undefined when no limit can be read
 * ("按规定时限", "无"), so callers can tell "unknown" from "immediate".
 */
export function parseTimeLimit(text: string | undefined): TimeLimit | undefined {
  const [first] = parseTimeLimits(text);
  if (first) return first;
  if (text === undefined) return undefined;
  const cell = clean(text);
  return IMMEDIATE.test(cell) ? { amount: 0, unit: 'immediate', extendable: /延长|延期|可延/.test(cell) } : undefined;
}

/** The unit a statute counts a period in. */
export type StatuteUnit = 'workingDay' | 'day';

/**
 * The least number of `target` units a limit can mean, so a rule reports only what must exceed the statute.
 *
 * - Into working days: a bare 日 is read as working days, because the statutes compared against
 *   (许可法 Art. 82; 处罚法 Art. 85 for 2/3/5/7 days) count those periods in working days and
 *   inventories copy the statute's wording; a month is at least 28 days, less one holiday week: 20m − 5.
 * - Into calendar days: n working days span at least n + 2·⌊(n − 1)/5⌋ days (a weekend between
 *   each five); a month is at least 28 days.
 */
export function minimumIn(limit: TimeLimit, target: StatuteUnit): number {
  const { amount, unit } = limit;
  if (unit === 'immediate') return 0;
  if (target === 'workingDay') {
    if (unit === 'month') return Math.max(0, Math.floor(20 * amount) - 5);
    return amount;
  }
  if (unit === 'workingDay') return amount <= 0 ? 0 : amount + 2 * Math.floor((amount - 1) / 5);
  if (unit === 'month') return 28 * amount;
  return amount;
}

/** "20个工作日" / "90日" for messages. */
export function formatStatuteLimit(amount: number, unit: StatuteUnit, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return unit === 'workingDay' ? `${amount}个工作日` : `${amount}日`;
  return unit === 'workingDay' ? `${amount} working days` : `${amount} days`;
}
