// Reads a service guide's time limits (法定时限, 承诺时限) — "20个工作日", "二十日", "3个月", "即办" — and compares them.

import { parseChineseNumeral } from '../../citation/index.js';

/**
 * `day` is a bare 日/天: a working day under 许可法 Art. 82 and for short periods of 处罚法 Art. 85 and
 * 强制法 Art. 69, a calendar day elsewhere (DOMAIN.md §5.9), so comparisons try both readings.
 */
export type TimeUnit = 'working_day' | 'calendar_day' | 'day' | 'week' | 'month' | 'year' | 'hour';

export type TimeLimit =
  | { readonly kind: 'immediate'; readonly raw: string }
  | { readonly kind: 'period'; readonly amount: number; readonly unit: TimeUnit; readonly raw: string };

const IMMEDIATE = /即办|即时办结|即来即办|即时|当场|立即办结|立即办理|随到随办/u;
const NUMBER = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)`;
// 工作日 before 日, 个月 before 月: the alternation takes the first that matches at a position.
const PERIOD = new RegExp(`${NUMBER}个?(工作日|自然日|日历日|天|日|周|星期|月|年|小时)`, 'gu');
// Titles and dates hold numbers that are not periods: 《…（2021年版）》, 2021年3月1日.
const TITLES = /《[^》]*》/gu;
const DATES = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/gu;
// No guide's limit reaches 1000 of anything: a bigger number is a year we failed to see as a date.
const MAX_AMOUNT = 1000;

const UNITS: Readonly<Record<string, TimeUnit>> = {
  工作日: 'working_day',
  自然日: 'calendar_day',
  日历日: 'calendar_day',
  天: 'day',
  日: 'day',
  周: 'week',
  星期: 'week',
  月: 'month',
  年: 'year',
  小时: 'hour',
};

const readAmount = (text: string): number | undefined =>
  /^\d/.test(text) ? Number(text) : parseChineseNumeral(text);

/**
 * The limit a cell states, or undefined when it states none we can read. The first period wins
 * ("20个工作日，可延长10个工作日" → 20 working days), so a cell that allows on-the-spot handling but
 * also gives a period ("当场办结；不能当场办结的，5个工作日") reads as the period, its upper bound.
 */
export function parseTimeLimit(text: string | undefined): TimeLimit | undefined {
  if (text === undefined) return undefined;
  const raw = text.normalize('NFKC').replace(/\s+/g, '').replace(TITLES, '').replace(DATES, '');
  for (const match of raw.matchAll(PERIOD)) {
    const amount = readAmount(match[1] ?? '');
    const unit = UNITS[match[2] ?? ''];
    if (amount === undefined || unit === undefined || !(amount < MAX_AMOUNT)) continue;
    return amount === 0 ? { kind: 'immediate', raw: match[0] } : { kind: 'period', amount, unit, raw: match[0] };
  }
  const immediate = IMMEDIATE.exec(raw);
  return immediate ? { kind: 'immediate', raw: immediate[0] } : undefined;
}

/**
 * Days off a run of working days may span beyond its weekends: the 春节 and 国庆 breaks give at
 * most 8 consecutive days off, part of them made up by 调休 weekends. An assumption, kept generous so
 * that a calendar-day limit is only called longer than a working-day limit when it surely is.
 */
export const HOLIDAY_SLACK_DAYS = 8;

type FixedUnit = Exclude<TimeUnit, 'day'>;

/** Fewest calendar days a period can last. */
function minCalendarDays(amount: number, unit: FixedUnit): number {
  switch (unit) {
    case 'working_day':
    case 'calendar_day':
      return amount;
    case 'week':
      return amount * 7;
    case 'month':
      return amount * 28;
    case 'year':
      return amount * 365;
    case 'hour':
      return amount / 24;
  }
}

/** Most calendar days a period can last. */
function maxCalendarDays(amount: number, unit: FixedUnit): number {
  switch (unit) {
    case 'working_day':
      return Math.ceil(amount / 5) * 7 + HOLIDAY_SLACK_DAYS;
    case 'calendar_day':
      return amount;
    case 'week':
      return amount * 7;
    case 'month':
      return amount * 31;
    case 'year':
      return amount * 366;
    case 'hour':
      return amount / 24;
  }
}

const readings = (unit: TimeUnit): FixedUnit[] => (unit === 'day' ? ['working_day', 'calendar_day'] : [unit]);

function longerAs(a: number, aUnit: FixedUnit, b: number, bUnit: FixedUnit): boolean {
  if (aUnit === bUnit) return a > b;
  if (aUnit === 'month' && bUnit === 'year') return a > b * 12;
  if (aUnit === 'year' && bUnit === 'month') return a * 12 > b;
  return minCalendarDays(a, aUnit) > maxCalendarDays(b, bUnit);
}

/**
 * True when `a` is longer than `b` however their units are read: same units compare by amount;
 * otherwise a's shortest calendar span must exceed b's longest (working days at 5 per week plus
 * `HOLIDAY_SLACK_DAYS`, months at 28–31 days). A bare 日 is tried as both working and calendar days.
 */
export function isDefinitelyLonger(a: TimeLimit, b: TimeLimit): boolean {
  if (a.kind === 'immediate') return false;
  if (b.kind === 'immediate') return true;
  if (a.unit === b.unit) return a.amount > b.amount;
  return readings(a.unit).every((aUnit) => readings(b.unit).every((bUnit) => longerAs(a.amount, aUnit, b.amount, bUnit)));
}
