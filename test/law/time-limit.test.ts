// Reading time-limit cells (periods, units, what each is counted from) and comparing limits in statutory units.

import { describe, expect, it } from 'vitest';
import {
  countedFromIn,
  countsFrom,
  isDefinitelyLonger,
  makeTimeLimit,
  minimumIn,
  parseTimeLimit,
  parseTimeLimits,
  type StatuteUnit,
  type TimeLimit,
  type TimeUnit,
} from '../../src/law/time-limit.js';

const limit = (amount: number, unit: TimeUnit, raw: string, extra: Partial<TimeLimit> = {}): TimeLimit => ({
  amount,
  unit,
  extendable: false,
  countedFrom: undefined,
  raw,
  ...extra,
});
const period = (amount: number, unit: TimeUnit) => ({ amount, unit });

describe('parseTimeLimit', () => {
  // Step time limits (办理时限).
  it.each([
    ['5个工作日', limit(5, 'working_day', '5个工作日')],
    ['20日', limit(20, 'day', '20日')],
    ['三十日', limit(30, 'day', '三十日')],
    ['当场', limit(0, 'immediate', '当场')],
    ['即时办结', limit(0, 'immediate', '即时办结')],
    ['15个工作日（可延长10个工作日）', limit(15, 'working_day', '15个工作日', { extendable: true })],
    ['3个月', limit(3, 'month', '3个月')],
    ['两个月', limit(2, 'month', '两个月')],
    ['１０ 天', limit(10, 'day', '10天')],
    ['受理后七个工作日内', limit(7, 'working_day', '七个工作日')],
    ['自2021年3月1日起：10个工作日', limit(10, 'working_day', '10个工作日')],
    ['当场或5个工作日内', limit(5, 'working_day', '5个工作日')],
    ['宣告后当场交付；当事人不在场的7日内送达', limit(7, 'day', '7日')],
    ['自受理之日起20日', limit(20, 'day', '20日', { countedFrom: 'acceptance' })],
    ['自立案之日起90日内', limit(90, 'day', '90日', { countedFrom: 'filing' })],
    ['计入自立案之日起90日的办案期限', limit(90, 'day', '90日', { countedFrom: 'either' })],
  ])('reads %s', (text, expected) => {
    expect(parseTimeLimit(text)).toEqual(expected);
  });

  // Service-guide limits (法定时限, 承诺时限).
  it.each([
    ['20个工作日', period(20, 'working_day')],
    ['二十个工作日', period(20, 'working_day')],
    ['２０个工作日', period(20, 'working_day')],
    ['20日', period(20, 'day')],
    ['15天内', period(15, 'day')],
    ['30个自然日', period(30, 'calendar_day')],
    ['30个日历日', period(30, 'calendar_day')],
    ['3个月', period(3, 'month')],
    ['三个月', period(3, 'month')],
    ['两个月', period(2, 'month')],
    ['2周', period(2, 'week')],
    ['1年', period(1, 'year')],
    ['24小时', period(24, 'hour')],
    ['20个工作日（经负责人批准可延长10个工作日）', period(20, 'working_day')],
    ['当场办结；不能当场办结的，5个工作日', period(5, 'working_day')],
    ['依据《某某办法（2021年版）》，自2021年3月1日起15日内', period(15, 'day')],
  ])('reads %s', (text, expected) => {
    expect(parseTimeLimit(text)).toMatchObject(expected);
  });

  it.each(['即办', '当场办结', '即时办结', '0个工作日'])('reads %s as on the spot', (text) => {
    expect(parseTimeLimit(text)).toMatchObject({ amount: 0, unit: 'immediate' });
  });

  it.each([undefined, '', '按规定时限', '无', '见附件', '半个月', '2021年3月1日'])('reads nothing from %s', (text) => {
    expect(parseTimeLimit(text)).toBeUndefined();
  });

  it('skips amounts no limit reaches, which are years not seen as dates', () => {
    expect(parseTimeLimit('二〇二一年起20个工作日')).toMatchObject(period(20, 'working_day'));
  });
});

describe('parseTimeLimits', () => {
  it('reads every period in order, sharing what the cell says about them', () => {
    expect(parseTimeLimits('简化管理20日；重点管理30日，需要现场核查的45日').map((l) => l.amount)).toEqual([20, 30, 45]);
    expect(parseTimeLimits('自受理之日起20日（可延长10日）')).toEqual([
      limit(20, 'day', '20日', { extendable: true, countedFrom: 'acceptance' }),
      limit(10, 'day', '10日', { extendable: true, countedFrom: 'acceptance' }),
    ]);
    expect(parseTimeLimits('当场')).toEqual([]);
    expect(parseTimeLimits(undefined)).toEqual([]);
  });
});

describe('countedFromIn', () => {
  it.each([
    ['自受理之日起20日', 'acceptance'],
    ['自申请人受理后15个工作日', 'acceptance'],
    ['受理申请之日起10日', 'acceptance'],
    ['自立案之日起90日内', 'filing'],
    ['计入办案期限', 'either'],
    ['20个工作日', undefined],
    [undefined, undefined],
  ] as const)('reads where %s counts from', (text, expected) => {
    expect(countedFromIn(text)).toBe(expected);
  });

  it('lets a limit counted within the period set either clock', () => {
    expect(countsFrom('either', 'acceptance')).toBe(true);
    expect(countsFrom('either', 'filing')).toBe(true);
    expect(countsFrom('filing', 'acceptance')).toBe(false);
    expect(countsFrom(undefined, 'filing')).toBe(false);
  });
});

describe('minimumIn', () => {
  const least = (text: string, unit: StatuteUnit) => {
    const parsed = parseTimeLimit(text);
    if (!parsed) throw new Error(`unreadable: ${text}`);
    return minimumIn(parsed, unit);
  };

  it('converts to the least number of statutory units', () => {
    expect(least('25日', 'working_day')).toBe(25);
    expect(least('1个月', 'working_day')).toBe(15);
    expect(least('65个工作日', 'calendar_day')).toBe(89);
    expect(least('5个工作日', 'calendar_day')).toBe(5);
    expect(least('3个月', 'calendar_day')).toBe(84);
    expect(least('当场', 'calendar_day')).toBe(0);
  });

  it('converts weeks, years and hours as spans of calendar time', () => {
    expect(least('2周', 'calendar_day')).toBe(14);
    expect(least('1周', 'working_day')).toBe(0);
    expect(least('1年', 'calendar_day')).toBe(365);
    expect(least('1年', 'working_day')).toBe(235);
    expect(least('72小时', 'calendar_day')).toBe(3);
    expect(least('36小时', 'working_day')).toBe(1);
  });
});

describe('isDefinitelyLonger', () => {
  const longer = (a: string, b: string) => {
    const [pa, pb] = [parseTimeLimit(a), parseTimeLimit(b)];
    if (!pa || !pb) throw new Error(`unreadable: ${a} / ${b}`);
    return isDefinitelyLonger(pa, pb);
  };

  it('compares same units by amount', () => {
    expect(longer('30个工作日', '20个工作日')).toBe(true);
    expect(longer('20个工作日', '20个工作日')).toBe(false);
    expect(longer('2个月', '3个月')).toBe(false);
    expect(longer('2年', '18个月')).toBe(true);
  });

  it('treats on-the-spot as shortest', () => {
    expect(longer('即办', '5个工作日')).toBe(false);
    expect(longer('1个工作日', '即办')).toBe(true);
    expect(longer('即办', '当场办结')).toBe(false);
  });

  it('calls working days longer than as many bare days under either reading of 日', () => {
    expect(longer('25个工作日', '20日')).toBe(true);
  });

  it('does not call calendar days longer than working days they may fit in', () => {
    expect(longer('25日', '20个工作日')).toBe(false);
    expect(longer('36个自然日', '20个工作日')).toBe(false);
    expect(longer('37个自然日', '20个工作日')).toBe(true);
    expect(longer('3个月', '20个工作日')).toBe(true);
    expect(longer('1个月', '20个工作日')).toBe(false);
  });

  it('compares with a limit built from figures', () => {
    expect(isDefinitelyLonger(makeTimeLimit(30, 'working_day'), makeTimeLimit(20, 'working_day'))).toBe(true);
  });
});

describe('calendar days in working days', () => {
  it('reads 30个自然日 as at least 15 working days (four weeks less a holiday break), not 30', () => {
    const limit = parseTimeLimit('30个自然日');
    expect(limit && minimumIn(limit, 'working_day')).toBe(15);
    expect(limit && minimumIn(limit, 'calendar_day')).toBe(30);
  });
});
