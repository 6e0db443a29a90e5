import { describe, expect, it } from 'vitest';
import { isDefinitelyLonger, parseTimeLimit, type TimeLimit } from '../../../src/rules/support/power-time-limit.js';

const period = (amount: number, unit: Extract<TimeLimit, { kind: 'period' }>['unit']) => ({ kind: 'period', amount, unit });

describe('parseTimeLimit', () => {
  it.each([
    ['20个工作日', period(20, 'working_day')],
    ['二十个工作日', period(20, 'working_day')],
    ['２０个工作日', period(20, 'working_day')],
    ['20日', period(20, 'day')],
    ['15天内', period(15, 'day')],
    ['30个自然日', period(30, 'calendar_day')],
    ['3个月', period(3, 'month')],
    ['三个月', period(3, 'month')],
    ['两个月', period(2, 'month')],
    ['1年', period(1, 'year')],
    ['24小时', period(24, 'hour')],
    ['20个工作日（经负责人批准可延长10个工作日）', period(20, 'working_day')],
    ['当场办结；不能当场办结的，5个工作日', period(5, 'working_day')],
    ['依据《某某办法（2021年版）》，自2021年3月1日起15日内', period(15, 'day')],
  ])('reads %s', (text, expected) => {
    expect(parseTimeLimit(text)).toMatchObject(expected);
  });

  it.each(['即办', '当场办结', '即时办结', '0个工作日'])('reads %s as on the spot', (text) => {
    expect(parseTimeLimit(text)?.kind).toBe('immediate');
  });

  it.each([undefined, '', '无', '见附件', '半个月'])('reads nothing from %s', (text) => {
    expect(parseTimeLimit(text)).toBeUndefined();
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
});
