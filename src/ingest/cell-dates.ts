// Worksheet cells to the text a user sees: dates as ISO YYYY-MM-DD, numbers without float noise, booleans as
// TRUE/FALSE. Dates are computed from the serial number itself, never through a JS Date in the local time zone.

import * as XLSX from 'xlsx';

/** A worksheet cell as SheetJS gives it (read with cellNF so number formats are known). */
export interface SheetCell {
  readonly t: string;
  readonly v?: unknown;
  readonly w?: string;
  readonly z?: string | number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO date of an Excel serial number (1900 or 1904 system), or undefined when it is not a date. */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const parts = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (parts === null || parts === undefined || !(parts.y > 0)) return undefined;
  return `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
}

/** A number as plain text: integers in full (codes such as 110101 or 1.0 → "1"), other values without float noise. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  return String(Number(value.toPrecision(15)));
}

/** True for a number format that shows a date (yyyy-mm-dd, m/d/yy, yyyy"年"m"月"d"日" …). */
function isDateFormat(format: string | number | undefined): boolean {
  if (format === undefined) return false;
  try {
    return XLSX.SSF.is_date(typeof format === 'number' ? XLSX.SSF.get_table()[format] ?? '' : format);
  } catch {
    return false;
  }
}

/** A Date from SheetJS (ODS date cells, cellDates) as its calendar day; SheetJS builds them at UTC midnight. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Round to the nearest day in UTC: SheetJS may leave a few seconds of time-zone offset noise.
  const day = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** Whether a format is plain ("General", text "@" or none): its displayed text is the number itself. */
function isPlainFormat(format: string | number | undefined): boolean {
  return format === undefined || format === 0 || format === 'General' || format === '@' || format === 49;
}

/**
 * A number cell's text under its format: a date format gives the ISO date; a shown format (thousands separators,
 * percent, fixed decimals) gives what the user reads in Excel (`shown`, asked only then); a plain one would show
 * float noise or 1.10101E+17 for a long code, so the number itself.
 */
export function formattedNumberText(value: number, format: string | number | undefined, date1904: boolean, shown: () => string | undefined): string {
  if (isDateFormat(format)) return serialToIso(value, date1904) ?? numberText(value);
  if (!isPlainFormat(format)) {
    const text = shown();
    if (text !== undefined) return text.trim();
  }
  return numberText(value);
}

/** The text of one cell, trimmed at both ends. */
export function cellText(cell: SheetCell | undefined, date1904 = false): string {
  if (cell === undefined) return '';
  const { t, v } = cell;
  switch (t) {
    case 's':
    case 'str':
      return typeof v === 'string' ? v.trim() : String(v ?? '').trim();
    case 'b':
      return v === true ? 'TRUE' : 'FALSE';
    case 'd':
      if (v instanceof Date) return dateText(v);
      if (typeof v === 'string') return v.slice(0, 10);
      return (cell.w ?? '').trim();
    case 'n': {
      if (typeof v !== 'number') return (cell.w ?? '').trim();
      return formattedNumberText(v, cell.z, date1904, () => cell.w);
    }
    case 'e':
      return (cell.w ?? '').trim();
    case 'z':
      return '';
    default:
      return (cell.w ?? String(v ?? '')).trim();
  }
}
