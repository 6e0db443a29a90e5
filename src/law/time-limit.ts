// Reads a time-limit cell (办理时限, 法定时限, 承诺时限: "20个工作日", "二十日", "3个月", "当场") and compares limits.

import { parseChineseNumeral } from '../citation/index.js';

/**
 * The units inventories state time limits in. `day` is a bare 日/天: a working day under 许可法 Art. 82 and
 * for the short periods of 处罚法 Art. 85 and 强制法 Art. 69, a calendar day elsewhere (DOMAIN.md §5.9), so
 * comparisons read it by the statute at hand or try both readings. `immediate` is 当场/即办 (amount 0).
 */
export type TimeUnit = 'working_day' | 'calendar_day' | 'day' | 'week' | 'month' | 'year' | 'hour' | 'immediate';

/**
 * Where a limit's clock starts when the cell says so (自受理之日起20日, 自立案之日起90日内): the figure is then
 * the clock's reading at the end of the step, not the step's own duration. `either` is 计入…期限 (counted
 * within the procedure's period, whichever event starts it).
 */
export type CountedFrom = 'acceptance' | 'filing' | 'either';

export interface TimeLimit {
  readonly amount: number;
  readonly unit: TimeUnit;
  /** The cell mentions an extension (可延长 …), whose own amount is not added here. */
  readonly extendable: boolean;
  readonly countedFrom: CountedFrom | undefined;
  /** The words the limit was read from ("20个工作日", "即办"). */
  readonly raw: string;
}

const IMMEDIATE = /即办|即时办结|即来即办|即时|当场|立即办结|立即办理|随到随办/u;
const NUMBER = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)`;
// 工作日 before 日: the alternation takes the first unit that matches at a position.
const PERIOD = new RegExp(`${NUMBER}个?(工作日|自然日|日历日|天|日|周|星期|月|年|小时)`, 'gu');
// Titles and dates hold numbers that are not periods: 《…（2021年版）》, 2021年3月1日.
const TITLES = /《[^》]*》/gu;
const DATES = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/gu;
// No limit reaches 1000 of anything: a bigger number is a year we failed to see as a date.
const MAX_AMOUNT = 1000;
const EXTENSION = /延长|延期|可延/u;
const FROM_ACCEPTANCE = /自(?:申请人?)?受理|受理(?:申请)?之日起/u;
const FROM_FILING = /自立案|立案之日起/u;
const WITHIN_PERIOD = /计入/u;

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

const cleanCell = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/g, '').replace(TITLES, '').replace(DATES, '');

const readAmount = (text: string): number | undefined =>
  /^\d/.test(text) ? Number(text) : parseChineseNumeral(text);

function readCountedFrom(cell: string): CountedFrom | undefined {
  const acceptance = FROM_ACCEPTANCE.test(cell);
  const filing = FROM_FILING.test(cell);
  if (WITHIN_PERIOD.test(cell) || (acceptance && filing)) return 'either';
  if (acceptance) return 'acceptance';
  return filing ? 'filing' : undefined;
}

/**
 * Where the cell says its clock starts, read even when it states no period we can read
 * ("计入办案期限"): such a cell still states the clock's reading rather than a duration.
 */
export function countedFromIn(text: string | undefined): CountedFrom | undefined {
  return text === undefined ? undefined : readCountedFrom(cleanCell(text));
}

/** True when a limit counted from `from` sets the clock of a procedure that starts at `start`. */
export function countsFrom(from: CountedFrom | undefined, start: Exclude<CountedFrom, 'either'>): boolean {
  return from === start || from === 'either';
}

/** A limit built from figures rather than read from a cell (a statute's 20 working days). */
export function makeTimeLimit(amount: number, unit: TimeUnit): TimeLimit {
  return { amount, unit, extendable: false, countedFrom: undefined, raw: '' };
}

/** Every period stated in a cell, in order ("简化管理20日；重点管理30日" gives both); 0 of anything is immediate. */
export function parseTimeLimits(text: string | undefined): TimeLimit[] {
  if (text === undefined) return [];
  const cell = cleanCell(text);
  const extendable = EXTENSION.test(cell);
  const countedFrom = readCountedFrom(cell);
  const limits: TimeLimit[] = [];
  for (const match of cell.matchAll(PERIOD)) {
    const amount = readAmount(match[1] ?? '');
    const unit = UNITS[match[2] ?? ''];
    if (amount === undefined || unit === undefined || !(amount < MAX_AMOUNT)) continue;
    limits.push({ amount, unit: amount === 0 ? 'immediate' : unit, extendable, countedFrom, raw: match[0] });
  }
  return limits;
}

/**
 * The limit a cell states, or undefined when it states none we can read ("按规定时限", "见附件", "半个月"),
 * so callers can tell "unknown" from "immediate". The first period wins ("15个工作日（可延长10个工作日）" is
 * 15 working days), so a cell that allows on-the-spot handling but also gives a period ("当场或5个工作日内",
 * "当场办结；不能当场办结的，5个工作日") reads as the period, its upper bound; "当场" alone is immediate.
 */
export function parseTimeLimit(text: string | undefined): TimeLimit | undefined {
  const [first] = parseTimeLimits(text);
  if (first !== undefined || text === undefined) return first;
  const cell = cleanCell(text);
  const immediate = IMMEDIATE.exec(cell);
  if (!immediate) return undefined;
  return { amount: 0, unit: 'immediate', extendable: EXTENSION.test(cell), countedFrom: readCountedFrom(cell), raw: immediate[0] };
}

/** The unit a statute counts a period in. */
export type StatuteUnit = 'working_day' | 'calendar_day';

/**
 * The least number of `target` units a limit can mean, so a rule reports only what must exceed the statute.
 *
 * - Into working days: a bare 日 is read as working days, because the statutes compared against
 *   (许可法 Art. 82; 处罚法 Art. 85 for 2/3/5/7 days) count those periods in working days and inventories
 *   copy the statute's wording; a month is at least 28 days, less one holiday week: 20m − 5, and likewise a
 *   week 5w − 5 and a year 12 months; n 自然日 hold at least 5 working days per full week less a 5-day
 *   holiday break; hours are whole days rounded down.
 * - Into calendar days: n working days span at least n + 2·⌊(n − 1)/5⌋ days (a weekend between
 *   each five); a week is 7 days, a month at least 28, a year 365.
 */
export function minimumIn(limit: TimeLimit, target: StatuteUnit): number {
  const { amount, unit } = limit;
  switch (unit) {
    case 'immediate':
      return 0;
    case 'working_day':
      if (target === 'working_day') return amount;
      return amount <= 0 ? 0 : amount + 2 * Math.floor((amount - 1) / 5);
    case 'day':
      // A bare 日 is read as the statute's own unit (the inventory copies the statute's wording).
      return amount;
    case 'calendar_day':
      // n calendar days hold at least 5 working days per full week, less a holiday break.
      if (target === 'calendar_day') return amount;
      return Math.max(0, 5 * Math.floor(amount / 7) + Math.max(0, (amount % 7) - 2) - 5);
    case 'hour':
      return Math.floor(amount / 24);
    case 'week':
      return target === 'working_day' ? Math.max(0, 5 * amount - 5) : 7 * amount;
    case 'month':
      return target === 'working_day' ? Math.max(0, Math.floor(20 * amount) - 5) : 28 * amount;
    case 'year':
      return target === 'working_day' ? Math.max(0, Math.floor(240 * amount) - 5) : 365 * amount;
  }
}

/**
 * Days off a run of working days may span beyond its weekends: the 春节 and 国庆 breaks give at
 * most 8 consecutive days off, part of them made up by 调休 weekends. An assumption, kept generous so
 * that a calendar-day limit is only called longer than a working-day limit when it surely is.
 */
export const HOLIDAY_SLACK_DAYS = 8;

/** A unit with one reading: neither a bare 日 nor on the spot. */
type FixedUnit = Exclude<TimeUnit, 'day' | 'immediate'>;

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

const readings = (unit: Exclude<TimeUnit, 'immediate'>): FixedUnit[] =>
  unit === 'day' ? ['working_day', 'calendar_day'] : [unit];

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
  if (a.unit === 'immediate') return false;
  if (b.unit === 'immediate') return true;
  if (a.unit === b.unit) return a.amount > b.amount;
  const [aUnit, bUnit] = [a.unit, b.unit];
  return readings(aUnit).every((ua) => readings(bUnit).every((ub) => longerAs(a.amount, ua, b.amount, ub)));
}
