// Rewrites the modification time of every entry of a zip archive so that the same content gives the same bytes.

/** 2024-01-01 00:00:00 as an MS-DOS date/time pair, the format zip headers use. */
const FIXED_DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * Returns a copy of `zip` whose local and central directory headers all carry the fixed date 2024-01-01.
 * JSZip (used by exceljs) stamps each entry with the current local time, so two otherwise identical
 * workbooks written a few seconds apart differ; the stamp has no meaning for a generated template.
 * Throws when the bytes are not a plain (non-ZIP64) archive, which would be a bug in the writer.
 */
export function fixZipTimestamps(zip: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(p, true) !== CENTRAL_HEADER) throw new Error(`zip: no central directory header at ${p}`);
    view.setUint16(p + 12, FIXED_DOS_TIME, true);
    view.setUint16(p + 14, FIXED_DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: no local header at ${local}`);
    view.setUint16(local + 10, FIXED_DOS_TIME, true);
    view.setUint16(local + 12, FIXED_DOS_DATE, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so search backwards from the end.
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p -= 1) {
    if (view.getUint32(p, true) === END_OF_CENTRAL_DIRECTORY) return p;
  }
  throw new Error('zip: end of central directory not found');
}
