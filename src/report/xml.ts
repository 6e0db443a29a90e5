// XML 1.0 escaping for text and attributes; characters XML cannot carry at all are dropped.

/**
 * Characters not allowed anywhere in an XML 1.0 document: C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF, and lone surrogates. Spreadsheet cells do contain such bytes (pasted from old
 * systems), and one of them would make the whole report unreadable to a CI server.
 */
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const stripNonXml = (text: string): string => text.replace(notXmlChar, '');

/** Element content: `&` and `<` must go; `>` too, so "]]>" cannot appear. */
export function escapeXmlText(text: string): string {
  return stripNonXml(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Attribute values in double quotes; whitespace as character references so parsers keep it. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}
