// A minimal zip writer for tests: enough to build a zip bomb, a .docx look-alike, or a damaged archive.

import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { writeZip as writeDeflated } from '../../fixtures/hostile/zip-writer.mjs';

export interface ZipInput {
  readonly name: string;
  /** Raw bytes, deflated by the writer. */
  readonly data?: Uint8Array;
  /** Already-deflated bytes and the size they inflate to (for entries too big to hold in memory). */
  readonly deflated?: { readonly bytes: Uint8Array; readonly size: number };
}

/** A zip archive of deflated entries (CRC left at 0: nothing here is ever extracted in full). */
export function writeZip(entries: readonly ZipInput[]): Buffer {
  return writeDeflated(entries.map((entry) => ({
    name: entry.name,
    bytes: entry.deflated?.bytes ?? deflateRawSync(entry.data ?? new Uint8Array(0)),
    size: entry.deflated?.size ?? entry.data?.length ?? 0,
  })));
}

/** Deflates `megabytes` MB of zeros in 1 MB pieces, never holding them all. */
export async function deflateZeros(megabytes: number): Promise<{ bytes: Buffer; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(parts), size: megabytes * 1024 * 1024 };
}
