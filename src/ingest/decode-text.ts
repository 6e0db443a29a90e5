// Text files from Chinese offices are UTF-8 (with or without BOM) or GB18030/GBK (Excel's "CSV" on Chinese Windows).
// The choice is made on the WHOLE file by a strict UTF-8 check: a GBK file can look like valid UTF-8 for
// thousands of bytes, so a sample is not enough.

import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export type TextEncoding = 'utf-8' | 'gb18030';

/** The encoding of a whole byte buffer: UTF-8 if every byte sequence is valid UTF-8, else GB18030. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/** Decodes a whole buffer, dropping a UTF-8 BOM. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

/** Bytes at the end of `chunk` that start a UTF-8 sequence the chunk does not finish (0–3). */
function incompleteTail(chunk: Uint8Array): number {
  const last = chunk.length - 1;
  for (let back = 0; back < 3 && last - back >= 0; back++) {
    const byte = chunk[last - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back + 1 ? back + 1 : 0;
  }
  return 0;
}

/** Continuation bytes (10xxxxxx) that open `bytes`, at most 3: what finishes a sequence the previous chunk began. */
function leadingContinuations(bytes: Uint8Array): number {
  let count = 0;
  while (count < 3 && count < bytes.length && ((bytes[count] ?? 0) & 0xc0) === 0x80) count++;
  return count;
}

/**
 * Streams a file once to decide its encoding, in bounded memory. A sequence cut between two chunks is checked on
 * its own bytes (the previous chunk's incomplete tail and this chunk's leading continuation bytes), so no chunk is
 * copied to join it to the last: the same verdict as checking the whole file at once.
 */
export async function detectFileEncoding(path: string): Promise<TextEncoding> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const data of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = data as Buffer;
    const joined = leadingContinuations(bytes);
    let chunk: Uint8Array = bytes;
    if (joined < bytes.length && incompleteTail(bytes) <= bytes.length - joined) {
      if (!isUtf8(Buffer.concat([carry, bytes.subarray(0, joined)]))) return 'gb18030';
      chunk = bytes.subarray(joined);
    } else if (carry.length > 0) {
      // A chunk of continuation bytes only (tiny reads): join it whole.
      chunk = Buffer.concat([carry, bytes]);
    }
    const tail = incompleteTail(chunk);
    if (!isUtf8(chunk.subarray(0, chunk.length - tail))) return 'gb18030';
    carry = chunk.subarray(chunk.length - tail);
  }
  return carry.length === 0 ? 'utf-8' : 'gb18030';
}

/**
 * Bytes decoded at a time. A string of more than 128 KB is allocated in V8's large-object space, which only a full
 * garbage collection frees: decoded 1 MB at a time, a 10⁶-power file's text went there chunk by chunk and grew the
 * heap by gigabytes of dead text between two full collections. 32 KB of bytes decode to at most 64 KB of string,
 * which dies young once the parser has taken its cells.
 */
const decodeBytes = 1 << 15;

/** The text of `bytes`, `decodeBytes` at a time, through a streaming decoder (sequences cut between pieces are kept). */
function* decodePieces(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): Generator<string> {
  for (let from = 0; from < bytes.length; from += decodeBytes) {
    const text = decoder.decode(bytes.subarray(from, Math.min(from + decodeBytes, bytes.length)), { stream: true });
    if (text) yield text;
  }
}

/** A whole buffer's text in pieces (see `decodeBytes`), in the encoding `detectEncoding` finds; a UTF-8 BOM is dropped. */
export function* decodeTextPieces(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder(detectEncoding(bytes));
  yield* decodePieces(decoder, bytes);
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Streams a file's text in the given encoding, in pieces (see `decodeBytes`); a UTF-8 BOM is dropped. */
export async function* streamFileText(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const data of createReadStream(path, { highWaterMark: 1 << 20 })) yield* decodePieces(decoder, data as Buffer);
  const rest = decoder.decode();
  if (rest) yield rest;
}
