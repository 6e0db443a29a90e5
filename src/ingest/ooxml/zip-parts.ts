// The parts of a workbook's zip, inflated one at a time on demand. Called only after guardWorkbookBytes has
// checked every entry's declared sizes against what it really inflates to, so each part is inflated into a buffer
// of exactly its declared size.

import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from '../zip-guard.js';
import { localHeader } from '../zip-inflate.js';

/** Thrown when the workbook uses something this reader leaves to SheetJS. */
export class UnsupportedWorkbook extends Error {
  override readonly name = 'UnsupportedWorkbook';
}

export interface WorkbookParts {
  has(name: string): boolean;
  /** The part's bytes, or undefined when the zip has no such entry. */
  bytes(name: string): Buffer | undefined;
}

export function workbookParts(bytes: Uint8Array, entries: readonly ZipEntry[]): WorkbookParts {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    has: (name) => byName.has(name),
    bytes(name) {
      const entry = byName.get(name);
      if (entry === undefined) return undefined;
      const header = localHeader(bytes, entry);
      if (header === undefined) throw new UnsupportedWorkbook(`no local header for ${name}`);
      const data = bytes.subarray(header.dataStart, header.dataStart + header.compressed);
      if (header.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (header.method !== 8) throw new UnsupportedWorkbook(`compression method ${header.method} in ${name}`);
      // The guard has inflated this entry already and found no more than it declares.
      // One output chunk of the whole size: no copying of pieces into a buffer at the end.
      const size = Math.max(entry.uncompressed, 1);
      return inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(size, 64) });
    },
  };
}
