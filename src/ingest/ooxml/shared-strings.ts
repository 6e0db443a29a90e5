// xl/sharedStrings.xml as the texts cells point at, read the way SheetJS reads it: a plain <t>, or the <t> of every
// rich-text run joined, phonetic runs (<rPh>, the furigana of Japanese files) left out. The part is decoded a slice
// at a time, cut after an </si>, so a large table never becomes one string.

import { unescapeXml } from './xml-text.js';
import { rootCheck } from './workbook-xml.js';

const slice = 8 << 20;
const siClose = Buffer.from('</si>');

/** The text of one <si>…</si> body. */
export function itemText(body: string): string {
  const content = body.trim();
  if (content.startsWith('<t>') || content.startsWith('<t ')) {
    const start = content.indexOf('>') + 1;
    const end = content.indexOf('</t>', start);
    return unescapeXml(end === -1 ? content.slice(start) : content.slice(start, end));
  }
  if (content.startsWith('<t/>')) return '';
  let text = '';
  let at = 0;
  for (;;) {
    const run = nextText(content, at);
    if (run === undefined) break;
    text += run.text;
    at = run.end;
  }
  return unescapeXml(text);
}

/** The next <t> text at or after `from`, skipping phonetic runs. */
function nextText(content: string, from: number): { text: string; end: number } | undefined {
  let at = from;
  for (;;) {
    const t = content.indexOf('<t', at);
    if (t === -1) return undefined;
    const phonetic = content.indexOf('<rPh', at);
    if (phonetic !== -1 && phonetic < t) {
      const close = content.indexOf('</rPh>', phonetic);
      if (close === -1) return undefined;
      at = close + 6;
      continue;
    }
    const next = content.charCodeAt(t + 2);
    if (next === 62 /* > */ || next === 32 || next === 9 || next === 10 || next === 13) {
      const start = content.indexOf('>', t) + 1;
      if (content.charCodeAt(start - 2) === 47 /* / */) {
        at = start;
        continue;
      }
      const end = content.indexOf('</t>', start);
      if (end === -1) return undefined;
      return { text: content.slice(start, end), end: end + 4 };
    }
    if (next === 47 /* / */) {
      at = t + 3;
      continue;
    }
    at = t + 2;
  }
}

/** The shared strings; `tooMany` is thrown once there are more than `max` (a hostile table of empty items). */
export function readSharedStrings(bytes: Buffer | undefined, max: number, tooMany: () => Error): string[] {
  const strings: string[] = [];
  if (bytes === undefined) return strings;
  rootCheck(bytes.subarray(0, 2048).toString('utf8'), 'xl/sharedStrings.xml', 'sst');
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.length;
    if (start + slice < bytes.length) {
      const cut = bytes.lastIndexOf(siClose, start + slice);
      end = cut > start ? cut + siClose.length : bytes.indexOf(siClose, start + slice) + siClose.length;
      if (end < siClose.length) end = bytes.length;
    }
    const text = bytes.subarray(start, end).toString('utf8');
    for (let at = text.indexOf('<si'); at !== -1; at = text.indexOf('<si', at)) {
      const open = text.indexOf('>', at);
      if (open === -1) break;
      if (strings.length >= max) throw tooMany();
      if (text.charCodeAt(open - 1) === 47 /* <si/> */) {
        strings.push('');
        at = open + 1;
        continue;
      }
      const close = text.indexOf('</si>', open);
      if (close === -1) break;
      strings.push(itemText(text.slice(open + 1, close)));
      at = close + 5;
    }
    start = end;
  }
  return strings;
}
