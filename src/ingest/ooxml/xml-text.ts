// The little XML a worksheet needs: attribute values and text with its escapes undone the way SheetJS undoes them
// (the five entities, numeric references, OOXML's _xHHHH_ escapes, CDATA sections, CR LF as LF), so both readers
// give a cell the same text.

const entities: Readonly<Record<string, string>> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const entityPattern = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/giu;
const codePattern = /_x([\da-fA-F]{4})_/giu;

function unescapePlain(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(entityPattern, (whole: string, digits: string | undefined) => {
      const named = entities[whole];
      if (named !== undefined) return named;
      if (digits === undefined) return whole;
      const code = Number.parseInt(digits, whole.includes('x') || whole.includes('X') ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (out.includes('_x')) out = out.replace(codePattern, (_: string, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return out;
}

/** Element text with its escapes undone; CR LF becomes LF, as Excel shows it. */
export function unescapeXml(text: string): string {
  const cdata = text.indexOf('<![CDATA[');
  let out: string;
  if (cdata === -1) out = unescapePlain(text);
  else {
    const end = text.indexOf(']]>', cdata);
    const close = end === -1 ? text.length : end;
    out = `${unescapePlain(text.slice(0, cdata))}${text.slice(cdata + 9, close)}${end === -1 ? '' : unescapeXml(text.slice(end + 3))}`;
  }
  return out.includes('\r\n') ? out.replace(/\r\n/gu, '\n') : out;
}

const attributePattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** The attributes of a start tag's text (`<c r="A1" t="s">`), values unescaped; names keep their prefix. */
export function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(attributePattern)) {
    const name = match[1];
    const value = match[2] ?? match[3];
    if (name !== undefined && value !== undefined) found.set(name, unescapePlain(value));
  }
  return found;
}

/** The text of the first `<name …>…</name>` inside `xml` (no prefix), or undefined. */
export function elementText(xml: string, name: string, from = 0): string | undefined {
  const open = openTagAt(xml, name, from);
  if (open === -1) return undefined;
  const startEnd = xml.indexOf('>', open);
  if (startEnd === -1) return undefined;
  if (xml.charCodeAt(startEnd - 1) === 47 /* / */) return '';
  const close = xml.indexOf(`</${name}>`, startEnd);
  return close === -1 ? undefined : xml.slice(startEnd + 1, close);
}

/** Where `<name` starts as a whole tag name (followed by space, `>` or `/`) at or after `from`, or -1. */
export function openTagAt(xml: string, name: string, from = 0): number {
  const needle = `<${name}`;
  for (let at = xml.indexOf(needle, from); at !== -1; at = xml.indexOf(needle, at + 1)) {
    const next = xml.charCodeAt(at + needle.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return at;
  }
  return -1;
}
