// Inflates every entry of a zip the way SheetJS will (from the local header the central directory points at, to
// wherever the deflate stream ends) but only counting the bytes, never keeping them, and stops as soon as an entry
// inflates past the size it declares or past the byte budget. A "lying" zip bomb declares tiny sizes so that a
// check of the central directory alone lets it through; here its lie is caught after a few bytes.

import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { IngestLimits } from './limits.js';
import { listZipEntries, type ZipEntry } from './zip-guard.js';

export type ZipLieKind =
  /** The entry inflates to more than its central or local header declares. */
  | 'size'
  /** All entries together inflate past the uncompressed budget. */
  | 'total'
  /** The bytes really consumed inflate beyond the compression-ratio limit. */
  | 'ratio';

export interface ZipLie {
  readonly kind: ZipLieKind;
  readonly entry: string;
  /** The smallest size the archive declares for the entry (central directory, local header). */
  readonly declared: number;
  /** Bytes inflated when the lie was seen (at least this many: inflation stops there). */
  readonly inflated: number;
  /** Compressed bytes consumed by then. */
  readonly consumed: number;
}

const localSignatureSize = 30;
const max32 = 0xffffffff;
const chunkSize = 1 << 20;

export interface LocalHeader {
  readonly method: number;
  readonly dataStart: number;
  /** The local header's uncompressed size when it states one (not deferred to a data descriptor, not zip64). */
  readonly uncompressed?: number;
  /** Compressed size, local header or else central directory. */
  readonly compressed: number;
}

/** The local header as SheetJS reads it (it does not look at the signature), or undefined when out of bounds. */
export function localHeader(bytes: Uint8Array, entry: ZipEntry): LocalHeader | undefined {
  const at = entry.localOffset;
  if (at + localSignatureSize > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint16(at + 6, true);
  // SheetJS refuses encrypted entries itself.
  if ((flags & 0x2041) !== 0) return undefined;
  const method = view.getUint16(at + 8, true);
  const compressed = view.getUint32(at + 18, true);
  const uncompressed = view.getUint32(at + 22, true);
  const dataStart = at + localSignatureSize + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart > bytes.length) return undefined;
  const deferred = (flags & 0x0008) !== 0;
  const stated = !deferred && uncompressed !== max32;
  return {
    method,
    dataStart,
    ...(stated ? { uncompressed } : {}),
    compressed: !deferred && compressed !== max32 ? compressed : entry.compressed,
  };
}

/** Entries whose budget is at most this are inflated in one synchronous call into a buffer of that size. */
const syncCap = 4 << 20;

/** The small case: one call, output limited to `cap` + 1 bytes (more means the entry lies). */
function countInflatedSync(bytes: Uint8Array, start: number, cap: number): { inflated: number; consumed: number; over: boolean } {
  try {
    const { buffer, engine } = inflateRawSync(bytes.subarray(start), { maxOutputLength: cap + 1, info: true }) as unknown as {
      buffer: Buffer; engine: { bytesWritten: number };
    };
    return { inflated: buffer.length, consumed: engine.bytesWritten, over: buffer.length > cap };
  } catch (error) {
    const over = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return { inflated: over ? cap + 1 : 0, consumed: 0, over };
  }
}

/**
 * Inflates the deflate stream starting at `start`, counting output, until it ends or passes `cap` bytes.
 * A stream that is not valid deflate just stops being counted: SheetJS reports damaged data itself.
 */
function countInflated(bytes: Uint8Array, start: number, cap: number): Promise<{ inflated: number; consumed: number; over: boolean }> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize });
    let inflated = 0;
    let settled = false;
    const finish = (over: boolean): void => {
      if (settled) return;
      settled = true;
      const consumed = inflate.bytesWritten;
      inflate.destroy();
      resolve({ inflated, consumed, over });
    };
    inflate.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      if (inflated > cap) finish(true);
    });
    inflate.on('end', () => finish(false));
    inflate.on('error', () => finish(false));
    inflate.end(bytes.subarray(start));
  });
}

/**
 * The first lie a zip archive tells about its sizes, found by inflating every entry with a byte budget (per entry:
 * the smallest size it declares; in total: `limits.maxUncompressedBytes`); undefined when every entry is honest.
 * Memory stays at one chunk whatever the archive holds. Throws ZipFormatError when the directory is unreadable.
 */
export async function findZipLie(
  bytes: Uint8Array, limits: IngestLimits, entries: readonly ZipEntry[] = listZipEntries(bytes),
): Promise<ZipLie | undefined> {
  let total = 0;
  for (const entry of entries) {
    const local = localHeader(bytes, entry);
    if (local === undefined) continue;
    const declared = Math.min(entry.uncompressed, local.uncompressed ?? entry.uncompressed);
    const remaining = limits.maxUncompressedBytes - total;
    if (local.method === 0) {
      // Stored: SheetJS copies the declared compressed size, no inflation.
      total += local.compressed;
      if (total > limits.maxUncompressedBytes) return { kind: 'total', entry: entry.name, declared, inflated: total, consumed: local.compressed };
      continue;
    }
    if (local.method !== 8) continue;
    const cap = Math.min(declared, remaining);
    const counted = cap <= syncCap ? countInflatedSync(bytes, local.dataStart, cap) : await countInflated(bytes, local.dataStart, cap);
    total += counted.inflated;
    const found = { entry: entry.name, declared, inflated: counted.inflated, consumed: counted.consumed };
    if (counted.over) return { kind: counted.inflated > declared ? 'size' : 'total', ...found };
    if (counted.inflated >= limits.ratioCheckFromBytes && counted.inflated > limits.maxCompressionRatio * Math.max(counted.consumed, 1)) {
      return { kind: 'ratio', ...found };
    }
  }
  return undefined;
}
