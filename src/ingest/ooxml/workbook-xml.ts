// The workbook's map: its sheets in order (name, hidden or not, which part holds each), the 1904 date system flag,
// and the number format of every cell style — read from xl/workbook.xml, its relationships and xl/styles.xml.

import * as XLSX from 'xlsx';
import { attributesOf, elementText, openTagAt, unescapeXml } from './xml-text.js';
import { UnsupportedWorkbook, type WorkbookParts } from './zip-parts.js';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
}

export interface WorkbookMap {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** Number format code of each cell style (cellXfs index), undefined where General. */
  readonly styleFormats: readonly (string | undefined)[];
}

const worksheetType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** The text of a part, refusing the forms this reader does not handle (prefixed or Strict OOXML roots). */
export function partText(parts: WorkbookParts, name: string, root: string): string | undefined {
  const bytes = parts.bytes(name);
  if (bytes === undefined) return undefined;
  const text = bytes.toString('utf8');
  rootCheck(text.slice(0, 2048), name, root);
  return text;
}

/** Throws unless the part's root element is `<root` without a prefix, in the transitional namespace. */
export function rootCheck(head: string, name: string, root: string): void {
  const at = openTagAt(head, root);
  if (at === -1 || /<\w+:\w+/u.test(head.slice(0, at).replace(/<\?xml[^>]*\?>/u, ''))) throw new UnsupportedWorkbook(`${name}: root is not <${root}>`);
  if (head.includes('purl.oclc.org/ooxml')) throw new UnsupportedWorkbook(`${name}: Strict OOXML`);
}

/** Where a relationship target points, from the folder of the part that names it. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}/${target}`;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function relationships(parts: WorkbookParts): Map<string, { type: string; part: string }> {
  const text = partText(parts, 'xl/_rels/workbook.xml.rels', 'Relationships');
  if (text === undefined) throw new UnsupportedWorkbook('no workbook relationships');
  const found = new Map<string, { type: string; part: string }>();
  for (let at = openTagAt(text, 'Relationship'); at !== -1; at = openTagAt(text, 'Relationship', at + 1)) {
    const attributes = attributesOf(text.slice(at, text.indexOf('>', at) + 1));
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined || target === undefined) continue;
    if (attributes.get('TargetMode') === 'External') continue;
    found.set(id, { type: attributes.get('Type') ?? '', part: resolveTarget('xl', target) });
  }
  return found;
}

/** Built-in formats as SheetJS knows them before any workbook adds its own (ids below 164 only). */
const builtInFormats: ReadonlyMap<number, string> = new Map(
  Object.entries(XLSX.SSF.get_table()).filter(([id]) => Number(id) < 164).map(([id, code]) => [Number(id), String(code)]),
);

/**
 * Ids Excel leaves to the locale (the CJK date and time formats 27–36 and 50–58): SheetJS's own implicit codes,
 * so a date cell styled 31 (yyyy"年"m"月"d"日" in a Chinese Excel) is read as a date.
 */
const implicitFormats: ReadonlyMap<number, string> = new Map([
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72].map((id): [number, string] => [id, 'm/d/yy']),
  ...[32, 33, 34, 35].map((id): [number, string] => [id, 'h:mm:ss']),
]);

function styleFormats(parts: WorkbookParts): (string | undefined)[] {
  const text = partText(parts, 'xl/styles.xml', 'styleSheet');
  if (text === undefined) return [];
  const custom = new Map<number, string>();
  const numFmts = elementText(text, 'numFmts');
  if (numFmts !== undefined) {
    for (let at = openTagAt(numFmts, 'numFmt'); at !== -1; at = openTagAt(numFmts, 'numFmt', at + 1)) {
      const attributes = attributesOf(numFmts.slice(at, numFmts.indexOf('>', at) + 1));
      const id = Number(attributes.get('numFmtId'));
      const code = attributes.get('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, unescapeXml(code));
    }
  }
  const formats: (string | undefined)[] = [];
  const cellXfs = elementText(text, 'cellXfs');
  if (cellXfs === undefined) return formats;
  for (let at = openTagAt(cellXfs, 'xf'); at !== -1; at = openTagAt(cellXfs, 'xf', at + 1)) {
    const attributes = attributesOf(cellXfs.slice(at, cellXfs.indexOf('>', at) + 1));
    const id = Number.parseInt(attributes.get('numFmtId') ?? '0', 10);
    const code = id === 0 || Number.isNaN(id) ? undefined : custom.get(id) ?? builtInFormats.get(id) ?? implicitFormats.get(id);
    formats.push(code === 'General' ? undefined : code);
  }
  return formats;
}

export function readWorkbookMap(parts: WorkbookParts): WorkbookMap {
  const text = partText(parts, 'xl/workbook.xml', 'workbook');
  if (text === undefined) throw new UnsupportedWorkbook('no xl/workbook.xml');
  const rels = relationships(parts);
  const properties = openTagAt(text, 'workbookPr');
  const date1904Value = properties === -1 ? undefined : attributesOf(text.slice(properties, text.indexOf('>', properties) + 1)).get('date1904');
  const sheets: SheetEntry[] = [];
  const list = elementText(text, 'sheets') ?? '';
  for (let at = openTagAt(list, 'sheet'); at !== -1; at = openTagAt(list, 'sheet', at + 1)) {
    const attributes = attributesOf(list.slice(at, list.indexOf('>', at) + 1));
    const name = attributes.get('name');
    // The relationships namespace is usually bound to r:, but any prefix may be.
    const relId = attributes.get('r:id') ?? [...attributes].find(([key]) => key.endsWith(':id'))?.[1];
    const rel = rels.get(relId ?? '');
    if (name === undefined || rel === undefined) throw new UnsupportedWorkbook('a sheet without a name or part');
    // Chart, dialog and macro sheets hold no cells SheetJS would give us the same way: leave the file to it.
    if (rel.type !== worksheetType || !parts.has(rel.part)) throw new UnsupportedWorkbook(`sheet ${name} is not a worksheet part`);
    const state = attributes.get('state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', part: rel.part });
  }
  return { sheets, date1904: date1904Value === '1' || date1904Value === 'true', styleFormats: styleFormats(parts) };
}
