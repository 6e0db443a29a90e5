// What a file's first bytes say it is, so a PDF or a Word file named .xlsx gets a clear refusal instead of a
// SheetJS stack trace, and an encrypted workbook is recognised before parsing.

export type FileFormat = 'zip' | 'cfb' | 'markup' | 'pdf' | 'other';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

/** The container format of a file from its magic bytes. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // HTML or SpreadsheetML 2003 saved as .xls by many government systems; SheetJS reads both.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'markup';
  return 'other';
}

/** UTF-16LE bytes of a name, as a compound file directory stores stream names. */
function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}

/** An OLE compound file holding an "EncryptedPackage" stream: an OOXML workbook saved with a password. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16('EncryptedPackage'));
}

/** An OLE compound file that is a Word or PowerPoint document rather than a workbook. */
export function isOtherOfficeDocument(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isWorkbook = buffer.includes(utf16('Workbook')) || buffer.includes(utf16('Book'));
  return !isWorkbook && (buffer.includes(utf16('WordDocument')) || buffer.includes(utf16('PowerPoint Document')));
}
