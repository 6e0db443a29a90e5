// Cell text → typed value for each field kind. A value that cannot be read is returned as the
// original text so the schema check reports it at its cell, never silently dropped.

import { parseActType, type ActTypeId } from './act-types.js';
import { parseBasisLevel, parseBasisStatus } from './basis-vocab.js';
import type { FieldKind } from './fields.js';
import { compactText } from './plain-text.js';

const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

function isoIfValid(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 and Excel serial numbers; also the same with the
 * words lists put around a date (至2027年12月31日, 2027年12月31日止, 2024年3月1日起) and with a midnight time
 * (2027-12-31 00:00:00, as dates exported from a database arrive).
 */
export function parseDate(text: string): string | undefined {
  const t = text
    .normalize('NFKC')
    .replace(/(?<=[\d日])(?:T|\s+)00:00(?::00(?:\.0+)?)?\s*$/u, '')
    .replace(/\s+/g, '')
    .replace(/^(?:截至|截止|至)/u, '')
    .replace(/(?:止|起)$/u, '');
  const ymd = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (ymd) return isoIfValid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return isoIfValid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Excel serial day numbers (1900 date system); 60 is Excel's phantom 1900-02-29, so only later serials.
  if (/^\d{2,5}(\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial > 60 && serial < 110_000) return new Date(excelEpochMs + serial * dayMs).toISOString().slice(0, 10);
  }
  return undefined;
}

const trueWords = new Set(['是', '需要', '需', '有', 'y', 'yes', 'true', '√', '✓', '1']);
const falseWords = new Set(['否', '不需要', '无', 'n', 'no', 'false', '×', '✗', '0']);

export function parseBool(text: string): boolean | undefined {
  const key = compactText(text).toLowerCase();
  if (trueWords.has(key)) return true;
  if (falseWords.has(key)) return false;
  return undefined;
}

/** Lists in one cell: "G01、G02", "G01;G02", one per line. */
export function parseList(text: string): string[] {
  return text
    .split(/[、,，;；\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Local class names that fold into one of the ten national types (DOMAIN.md §1.2): Hubei and others list 行政征用 and
 * 行政备案 under 其他; 行政事业性收费 is part of 行政征收 unless a profile splits fees. The abolished 非行政许可审批 and
 * 行政审批 are not folded: which type they become needs a person to decide.
 */
const localTypeSpellings: ReadonlyMap<string, ActTypeId> = new Map<string, ActTypeId>([
  ['行政征用', 'other'],
  ['征用', 'other'],
  ['行政备案', 'other'],
  ['备案', 'other'],
  ['行政收费', 'levy'],
  ['收费', 'levy'],
]);

function parseLocalActType(text: string): ActTypeId | undefined {
  return localTypeSpellings.get(compactText(text));
}

/** How legacy class names map (DOMAIN.md §1.2): the configuration's act-type variant decides 非行政许可审批. */
export interface ActTypeReading {
  readonly legacyNonLicensingApproval?: 'other' | 'licensing';
}

/** Pre-2015 class names: 非行政许可审批 was abolished (goes where the profile says); 行政审批 meant licensing. */
function parseLegacyActType(text: string, reading: ActTypeReading): ActTypeId | undefined {
  const key = compactText(text);
  if (key === '非行政许可审批') return reading.legacyNonLicensingApproval ?? 'other';
  if (key === '行政审批') return 'licensing';
  return undefined;
}

const readActType = (text: string, reading: ActTypeReading = {}): ActTypeId | undefined =>
  parseActType(text) ?? parseLocalActType(text) ?? parseLegacyActType(text, reading);

/** "行政许可（审核转报）": a bracketed note after the type (审核转报 is an attribute, DOMAIN.md §1.2). */
const withoutNote = (text: string): string => text.normalize('NFKC').replace(/\([^()]*\)\s*$/, '');

/** The type cell names 审核转报 as a note: the power is forwarded for review. */
export const typeNotesForwardReview = (text: string): boolean => /审核转报/.test(text);

export type ParsedValue = string | boolean | readonly string[];

export function parseValue(kind: FieldKind, text: string, reading: ActTypeReading = {}): ParsedValue {
  switch (kind) {
    case 'text':
      return text;
    case 'date':
      return parseDate(text) ?? text;
    case 'bool':
      return parseBool(text) ?? text;
    case 'list':
      return parseList(text);
    case 'actType':
      return readActType(text, reading) ?? readActType(withoutNote(text), reading) ?? text;
    case 'basisLevel':
      return parseBasisLevel(text) ?? text;
    case 'basisStatus':
      return parseBasisStatus(text) ?? text;
  }
}
