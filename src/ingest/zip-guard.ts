// Reads a zip's central directory (no decompression) to refuse zip bombs before SheetJS inflates anything,
// and to tell a workbook from other zipped documents (.docx, .pptx, .jar). It reads the directory the way
// SheetJS does (the last end record, its 16-bit count and 32-bit offset, zip64 sizes from the extra field),
// so what it judges is what SheetJS will inflate; zip-inflate.ts then checks the sizes it declares.

import type { Bilingual } from '../diagnostics/types.js';

export interface ZipEntry {
  readonly name: string;
  /** Compressed size the central directory declares (zip64 extra field taken when present, as SheetJS does). */
  readonly compressed: number;
  /** Uncompressed size the central directory declares (the same). */
  readonly uncompressed: number;
  /** Compression method the central directory names (0 stored, 8 deflate). */
  readonly method: number;
  /** Where the entry's local file header starts. */
  readonly localOffset: number;
  /** True when a zip64 extra field gave the sizes. */
  readonly zip64: boolean;
}

/** What the end records say beyond the entries. */
export interface ZipDirectory {
  readonly entries: ZipEntry[];
  /**
   * Set when the archive relies on a zip64 end record (sentinel count or offset in the classic one): SheetJS
   * reads only the classic record, so the two readers would see different entries. No workbook needs one.
   */
  readonly zip64End?: string;
}

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EocdSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const max32 = 0xffffffff;

/** Thrown when the bytes are not a readable zip archive. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
  /** What is wrong, in both languages (the message is the English). */
  readonly text: Bilingual;

  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** The zip64 sizes in a central entry's extra field 0x0001, as SheetJS reads them (each when present). */
function zip64Sizes(view: DataView, from: number, end: number, sizes: { uncompressed: number; compressed: number }): boolean {
  let extra = from;
  let found = false;
  while (extra + 4 <= end) {
    const id = view.getUint16(extra, true);
    const size = view.getUint16(extra + 2, true);
    if (id === 0x0001) {
      const field = extra + 4;
      if (sizes.uncompressed === max32 && field + 8 <= Math.min(end, field + size)) {
        sizes.uncompressed = u64(view, field);
        found = true;
      }
      if (sizes.compressed === max32 && field + 16 <= Math.min(end, field + size)) {
        sizes.compressed = u64(view, field + 8);
        found = true;
      }
    }
    extra += 4 + size;
  }
  return found;
}

/** The end records and central directory entries of a zip archive held in memory. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The End Of Central Directory record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === eocdSignature) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) {
    throw new ZipFormatError({ zh: '找不到压缩包的目录结尾，文件不完整或不是压缩包', en: 'no end of central directory record (truncated or not a zip)' });
  }
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  let zip64End: string | undefined;
  if (offset === max32 || count === 0xffff) {
    const hasLocator = eocd >= 20 && view.getUint32(eocd - 20, true) === zip64LocatorSignature;
    const record = hasLocator ? u64(view, eocd - 20 + 8) : -1;
    const valid = record >= 0 && record + 56 <= bytes.length && view.getUint32(record, true) === zip64EocdSignature;
    zip64End = valid
      ? `zip64 end record (${u64(view, record + 32)} entries at ${u64(view, record + 48)}) behind a classic one saying ${count} at ${offset}`
      : `end record with zip64 placeholders (${count} entries at ${offset}) and no valid zip64 record`;
    return { entries: [], zip64End };
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralSignature) {
      throw new ZipFormatError({ zh: `压缩包目录的第${n + 1}项（共${count}项）已损坏`, en: `central directory entry ${n + 1} of ${count} is damaged` });
    }
    const method = view.getUint16(at + 10, true);
    const sizes = { compressed: view.getUint32(at + 20, true), uncompressed: view.getUint32(at + 24, true) };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const extra = at + 46 + nameLength;
    const extraEnd = Math.min(extra + extraLength, bytes.length);
    const zip64 = zip64Sizes(view, extra, extraEnd, sizes);
    entries.push({ name, ...sizes, method, localOffset, zip64 });
    at = extra + extraLength + commentLength;
  }
  return { entries };
}

/** The central directory entries of a zip archive held in memory. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  return readZipDirectory(bytes).entries;
}

export interface ZipVerdict {
  readonly totalUncompressed: number;
  /** The first entry over the ratio limit, if any. */
  readonly bomb?: ZipEntry;
}

/** Total uncompressed size, and an entry whose compression ratio is beyond what real workbooks reach. */
export function inspectZip(entries: readonly ZipEntry[], maxRatio: number, ratioFrom: number): ZipVerdict {
  let totalUncompressed = 0;
  let bomb: ZipEntry | undefined;
  for (const entry of entries) {
    totalUncompressed += entry.uncompressed;
    if (bomb === undefined && entry.uncompressed >= ratioFrom && entry.uncompressed > maxRatio * Math.max(entry.compressed, 1)) {
      bomb = entry;
    }
  }
  return bomb === undefined ? { totalUncompressed } : { totalUncompressed, bomb };
}
