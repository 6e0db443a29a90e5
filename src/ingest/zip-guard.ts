// Reads a zip's central directory (no decompression) to refuse zip bombs before SheetJS inflates anything,
// and to tell a workbook from other zipped documents (.docx, .pptx, .jar).

export interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EocdSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const max32 = 0xffffffff;

/** Thrown when the bytes are not a readable zip archive. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** The central directory entries of a zip archive held in memory. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The End Of Central Directory record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === eocdSignature) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory record (truncated or not a zip)');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((offset === max32 || count === 0xffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === zip64LocatorSignature) {
    const record = u64(view, eocd - 20 + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== zip64EocdSignature) {
      throw new ZipFormatError('bad zip64 end of central directory record');
    }
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralSignature) {
      throw new ZipFormatError(`central directory entry ${n + 1} of ${count} is damaged`);
    }
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64: the real sizes sit in extra field 0x0001, uncompressed first, in the order of the 0xFFFFFFFF fields.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extraEnd <= bytes.length) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === max32 && field + 8 <= extra + 4 + size) {
          uncompressed = u64(view, field);
          field += 8;
        }
        if (compressed === max32 && field + 8 <= extra + 4 + size) compressed = u64(view, field);
      }
      extra += 4 + size;
    }
    entries.push({ name, compressed, uncompressed });
    at = extraEnd + commentLength;
  }
  return entries;
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
