// quanze reads .xlsx/.xlsm with its own OOXML reader (src/ingest/ooxml) and leaves everything else to SheetJS. The
// two must give every sheet the same grid: on every workbook fixture and sample, on generated inventories, and on
// a workbook written by hand with what Excel and WPS put in files (rich text, phonetic runs, inline strings,
// formula results, number formats, the 1904 system, cells without references, escapes, merges, hidden sheets).

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsupportedWorkbook } from '../../src/ingest/ooxml/open-ooxml.js';
import { readInventory } from '../../src/ingest/index.js';
import { workbookGrids } from '../../src/ingest/xlsx.js';
import { readZipDirectory } from '../../src/ingest/zip-guard.js';
import { writeZip } from './helpers/zip.js';
// @ts-expect-error -- the generator is a plain ES module without types
import { generateInventories } from '../../scripts/generate-inventories.mjs';

const root = join(import.meta.dirname, '..', '..');

function workbooksUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...workbooksUnder(path));
    else if (/\.xls[xm]$/u.test(name)) found.push(path);
  }
  return found;
}

function isOoxmlZip(bytes: Buffer): boolean {
  try {
    return readZipDirectory(bytes).entries.some((entry) => entry.name === 'xl/workbook.xml');
  } catch {
    return false;
  }
}

const text = (xml: string): Uint8Array => Buffer.from(xml, 'utf8');
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const worksheetRel = `${relNs}/worksheet`;

interface HandSheet {
  readonly name: string;
  readonly xml: string;
  readonly state?: string;
  readonly type?: string;
  readonly target?: string;
}

/** A workbook zip from hand-written parts. */
function handWorkbook(sheets: readonly HandSheet[], options: { sst?: string; styles?: string; date1904?: boolean } = {}): Buffer {
  const workbook = `${head}<workbook xmlns="${main}" xmlns:r="${relNs}">${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${s.type ?? worksheetRel}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`)
    .join('')}<Relationship Id="rIdS" Type="${relNs}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const types = `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  return writeZip([
    { name: '[Content_Types].xml', data: text(types) },
    { name: '_rels/.rels', data: text(`${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: text(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(rels) },
    { name: 'xl/styles.xml', data: text(options.styles ?? `${head}<styleSheet xmlns="${main}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`) },
    { name: 'xl/sharedStrings.xml', data: text(options.sst ?? `${head}<sst xmlns="${main}"/>`) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: text(s.xml) })),
  ]);
}

const sheetXml = (rows: string, tail = ''): string => `${head}<worksheet xmlns="${main}" xmlns:r="${relNs}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;

// Shared strings: plain, with spaces kept, rich text in runs, phonetic runs, escapes of every kind.
const sst = `${head}<sst xmlns="${main}" count="8" uniqueCount="8">
<si><t>事项名称</t></si>
<si><t xml:space="preserve">  前后有空格  </t></si>
<si><r><rPr><b/><sz val="11"/></rPr><t>对未取得</t></r><r><t xml:space="preserve">许可证的处罚</t></r></si>
<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>A &amp; B &lt;依据&gt; &quot;第一条&quot; &#20013;&#x6587;</t></si>
<si><t>第一行_x000D_
第二行</t></si>
<si><t/></si>
<si><t>包含&#13;
换行</t></si>
</sst>`;

const styles = `${head}<styleSheet xmlns="${main}"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.0%"/></numFmts>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="177" applyNumberFormat="1"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const features = sheetXml(
  [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c></row>',
    // Numbers under formats: plain, a long code, float noise, dates (built-in 14 and a custom 年月日), percent, thousands, text, fixed.
    '<row r="3"><c r="A3"><v>110101</v></c><c r="B3"><v>110101199003071234</v></c><c r="C3"><v>0.30000000000000004</v></c><c r="D3" s="1"><v>45000</v></c><c r="E3" s="2"><v>44927</v></c><c r="F3" s="3"><v>0.125</v></c><c r="G3" s="4"><v>1234567</v></c><c r="H3" s="5"><v>42</v></c><c r="I3" s="6"><v>3.14159</v></c></row>',
    // Inline strings (plain and rich), a formula's string result, booleans, an error, a formula without a cached value, an empty value.
    '<row r="4"><c r="A4" t="inlineStr"><is><t>行内文本</t></is></c><c r="B4" t="inlineStr"><is><r><t>行内</t></r><r><t>富文本</t></r></is></c><c r="C4" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="b"><v>0</v></c><c r="F4" t="e"><v>#N/A</v></c><c r="G4"><f>SUM(A1:A2)</f></c><c r="H4" s="1"/><c r="I4"><v></v></c></row>',
    // A row without r (so 5), cells without r (so A, B, C), and a gap row before a row of its own number.
    '<row><c t="inlineStr"><is><t>无引用一</t></is></c><c t="inlineStr"><is><t>无引用二</t></is></c><c><v>7</v></c></row>',
    '<row r="8" spans="1:3"><c r="C8" t="inlineStr"><is><t>第八行第三列</t></is></c></row>',
    '<row r="9"/>',
    '<row r="10"><c r="A10" t="inlineStr"><is><t>合并</t></is></c><c r="B10"/><c r="A11"/></row>',
    '<row r="12"><c r="A12" t="s"><v>1</v></c></row>',
  ].join(''),
  '<mergeCells count="1"><mergeCell ref="A10:B11"/></mergeCells>',
);

describe('our OOXML reader and SheetJS give the same grids', () => {
  const fixtures = [...workbooksUnder(join(root, 'test', 'fixtures')), ...workbooksUnder(join(root, 'samples'))]
    .filter((path) => isOoxmlZip(readFileSync(path)));

  it('finds the workbook fixtures and samples to compare', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures.map((path) => [path.slice(root.length + 1), path]))('%s', (_, path) => {
    const bytes = readFileSync(path);
    expect(workbookGrids(bytes, 'ooxml')).toEqual(workbookGrids(bytes, 'sheetjs'));
  });

  it('on a generated inventory with mistakes in it', () => {
    const out = mkdtempSync(join(tmpdir(), 'quanze-ooxml-'));
    try {
      const [file] = (generateInventories({ departments: 1, powers: 300, format: 'xlsx', seed: 7, out, mistakes: true }) as string[]);
      const bytes = readFileSync(file ?? '');
      const ours = workbookGrids(bytes, 'ooxml');
      expect(ours.reduce((n, sheet) => n + sheet.grid.length, 0)).toBeGreaterThan(300);
      expect(ours).toEqual(workbookGrids(bytes, 'sheetjs'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('on a hand-written workbook with what Excel and WPS put in files', () => {
    const bytes = handWorkbook([{ name: '执法事项', xml: features }, { name: 'A &amp; B', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], { sst, styles });
    const ours = workbookGrids(bytes, 'ooxml');
    expect(ours).toEqual(workbookGrids(bytes, 'sheetjs'));
    const [sheet] = ours;
    expect(ours.map((s) => s.name)).toEqual(['执法事项', 'A & B']);
    expect(sheet?.grid).toEqual([
      ['事项名称', '前后有空格', '对未取得许可证的处罚', '東京'],
      // _x000D_ and &#13; before a line break are CR LF, read as LF as Excel shows it.
      ['A & B <依据> "第一条" 中文', '第一行\n第二行', '', '包含\n换行'],
      // An ID number typed as a number has lost its last digits in the file itself (a double holds ~16).
      ['110101', '110101199003071232', '0.3', '2023-03-15', '2023-01-01', '12.5%', '1,234,567', '42', '3.14'],
      ['行内文本', '行内富文本', 'ab', 'TRUE', 'FALSE', '#N/A'],
      ['无引用一', '无引用二', '7'],
      [],
      [],
      ['', '', '第八行第三列'],
      [],
      ['合并', '合并'],
      ['合并', '合并'],
      ['前后有空格'],
    ]);
  });

  it('reads the 1904 date system and hidden sheets', () => {
    const dated = sheetXml('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43543</v></c></row>');
    const bytes = handWorkbook(
      [{ name: '依据', xml: dated }, { name: '旧版', xml: dated, state: 'hidden' }, { name: '下拉', xml: dated, state: 'veryHidden' }],
      { styles, date1904: true },
    );
    const ours = workbookGrids(bytes, 'ooxml');
    expect(ours).toEqual(workbookGrids(bytes, 'sheetjs'));
    expect(ours.map((s) => [s.name, s.hidden])).toEqual([['依据', false], ['旧版', true], ['下拉', true]]);
    expect(ours[0]?.grid).toEqual([['1904-01-01', '2023-03-20']]);
  });
});

describe('what our reader leaves to SheetJS', () => {
  // A powers table of one row, written with prefixed elements (x:row …) or plain ones.
  const cellsOf = (prefix: string, extra = ''): string => {
    const cell = (ref: string, value: string): string => `<${prefix}c r="${ref}" t="inlineStr"><${prefix}is><${prefix}t>${value}</${prefix}t></${prefix}is></${prefix}c>`;
    const header = ['事项编码', '事项名称', '事项类型', '实施依据'].map((v, i) => cell(`${'ABCD'[i]}1`, v)).join('');
    const row = ['CF-001', '对未取得许可证的处罚', '行政处罚', '《某条例》第十条'].map((v, i) => cell(`${'ABCD'[i]}2`, v)).join('');
    return `<${prefix}row r="1">${header}</${prefix}row><${prefix}row r="2">${row}${extra}</${prefix}row>`;
  };
  const cases: [string, Buffer][] = [
    ['a prefixed worksheet root (x:worksheet)', handWorkbook([{ name: '执法事项', xml: `${head}<x:worksheet xmlns:x="${main}"><x:sheetData>${cellsOf('x:')}</x:sheetData></x:worksheet>` }])],
    ['Strict OOXML', handWorkbook([{ name: '执法事项', xml: `${head}<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData>${cellsOf('')}</sheetData></worksheet>` }])],
    ['an ISO date cell (t="d")', handWorkbook([{ name: '执法事项', xml: sheetXml(cellsOf('', '<c r="E2" t="d"><v>2024-03-01</v></c>')) }])],
    ['a chart sheet', handWorkbook([{ name: '执法事项', xml: sheetXml(cellsOf('')) }, { name: '图表', xml: sheetXml(''), type: `${relNs}/chartsheet` }])],
  ];

  it.each(cases)('%s: our reader declines, and SheetJS reads the workbook', async (_, bytes) => {
    expect(() => workbookGrids(bytes, 'ooxml')).toThrow(UnsupportedWorkbook);
    const dir = mkdtempSync(join(tmpdir(), 'quanze-ooxml-'));
    try {
      const file = join(dir, 'book.xlsx');
      writeFileSync(file, bytes);
      const read = await readInventory(file, { lang: 'en' });
      expect(read.tables.map((table) => table.kind)).toEqual(['powers']);
      expect(JSON.stringify(read.tables[0])).toContain('对未取得许可证的处罚');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
