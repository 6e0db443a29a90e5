// Reads the act type hidden in an item code (DOMAIN.md §1.4): `-XK-` segments, Guizhou and Hubei layouts.

import { actTypes, type ActTypeId } from '../model/act-types.js';

/** Pinyin type codes, plus the alternatives some provinces use (DOMAIN §1.3). Numeric codes are never trusted. */
const pinyinCodes: ReadonlyMap<string, ActTypeId> = new Map<string, ActTypeId>([
  ...actTypes.map((t): [string, ActTypeId] => [t.pinyin, t.id]),
  ['JF', 'payment'],
  ['ZY', 'other'], // Fujian 行政征用, kept under 其他 (DOMAIN §1.2)
  ['QL', 'other'], // Fujian 其他职责事项
]);

export interface CodeType {
  readonly type: ActTypeId;
  /** The segment that named the type, e.g. "XK". */
  readonly segment: string;
}

/**
 * Finds a type code inside an item code:
 * a separated segment (`62052400MZ-XK-0001`), a Guizhou 10-char basic code (`XK00001000`, DB52/T 1264-2018)
 * or a Hubei 16-char code (6-digit area + 3-digit body + 2-char type + 5 digits).
 */
export function readCodeType(code: string): CodeType | undefined {
  const clean = code.normalize('NFKC').trim().toUpperCase();
  if (clean === '') return undefined;
  for (const segment of clean.split(/[-_\s./]+/)) {
    const type = pinyinCodes.get(segment);
    if (type) return { type, segment };
  }
  const layouts = [/^([A-Z]{2})\d{8}(?:$|[-_])/, /^\d{9}([A-Z]{2})\d{5}$/];
  for (const layout of layouts) {
    const segment = layout.exec(clean)?.[1];
    const type = segment === undefined ? undefined : pinyinCodes.get(segment);
    if (segment !== undefined && type) return { type, segment };
  }
  return undefined;
}
