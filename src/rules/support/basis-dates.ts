// ISO-date arithmetic the basis and certificate rules share: dates stay "YYYY-MM-DD" strings, which compare in order.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a well-formed "YYYY-MM-DD". */
export const isIsoDate = (text: string | undefined): text is string => text !== undefined && ISO_DATE.test(text);

/**
 * The same calendar day `years` later: 2023-05-01 + 2 → 2025-05-01. A 29 February becomes the
 * 28th when the target year has none, so the result is always a real date.
 */
export function addYears(date: string, years: number): string {
  const match = ISO_DATE.exec(date);
  if (match === null) return date;
  const [, y = '', m = '', d = ''] = match;
  const year = Number(y) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === '02' && d === '29' && !leap ? '28' : d;
  return `${String(year).padStart(4, '0')}-${m}-${day}`;
}

/** The day `days` later (or earlier, when negative), across month and year ends: 2024-12-20 + 20 → 2025-01-09. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
