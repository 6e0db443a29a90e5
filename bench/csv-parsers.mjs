// Times CSV parsers on a ~50 MB seeded, realistic inventory CSV (Chinese text, quotes, commas, newlines in cells)
// and writes the ratios to bench/results/csv-parsers.md.
//
//   node bench/csv-parsers.mjs [--mb 50] [--runs 3] [--papaparse /tmp/pp/node_modules/papaparse/papaparse.js]
//
// papaparse is not a project dependency: install it outside the project to include it
// (npm i --prefix /tmp/pp papaparse). The project's own parser is loaded from src/ with TypeScript's
// transpileModule, so there is one source of truth and no build step.

import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse as parseSync } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const targetMb = Number(option('mb', '50'));
const runs = Number(option('runs', '3'));
const papaPath = option('papaparse', '/tmp/pp/node_modules/papaparse/papaparse.js');

// ---------------------------------------------------------------- the project's parser, from source
async function loadOwnParser() {
  const source = readFileSync(join(root, 'src/ingest/csv-parser.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
  return import(url);
}

// ---------------------------------------------------------------- seeded data
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const laws = ['中华人民共和国行政处罚法', '中华人民共和国环境保护法', '中华人民共和国大气污染防治法', '中华人民共和国水污染防治法',
  '中华人民共和国固体废物污染环境防治法', '建设项目环境保护管理条例', '排污许可管理条例', '中华人民共和国行政许可法'];
const verbs = ['对未依法取得排污许可证排放污染物的处罚', '对拒绝、阻挠监督检查的处罚', '排污许可证核发', '对超标排放大气污染物的行政强制',
  '建设项目环境影响评价文件审批', '对违法倾倒危险废物的查封、扣押', '环境污染事故调查', '对"未批先建"的处罚'];
const types = ['行政处罚', '行政许可', '行政强制', '行政检查', '行政确认', '其他行政权力'];
const units = ['执法监察科', '环境影响评价科', '法规科', '固体废物管理科', '大气环境科'];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '二十', '三十八'];

function quote(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function makeCsv(bytes, seed = 20240301) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const header = ['事项编码', '事项名称', '子项', '事项类型', '实施依据', '实施主体', '承办机构', '责任事项', '追责情形', '备注'];
  const lines = [header.join(',')];
  let size = Buffer.byteLength(lines[0]);
  for (let n = 1; size < bytes; n++) {
    const bases = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      `《${pick(laws)}》第${pick(numerals)}条第${pick(numerals)}款：“……不得${pick(['超标', '擅自', '违法'])}排放，违者处${Math.floor(random() * 100)}万元以下罚款。”`);
    const row = [
      `CF-${String(n).padStart(7, '0')}`,
      pick(verbs),
      random() < 0.3 ? `子项${Math.floor(random() * 9) + 1}` : '',
      pick(types),
      bases.join(random() < 0.5 ? '；\n' : '，'),
      'XX市生态环境局',
      pick(units),
      '1.立案责任：对检查中发现的违法行为，予以审查，决定是否立案。\n2.调查责任：全面、客观、公正地调查，收集证据。\n3.决定责任：作出处罚决定，告知当事人"陈述、申辩"权利。',
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应当承担相应责任：1.没有法律依据的；2.擅自改变处罚种类、幅度的',
      random() < 0.1 ? '委托乡镇（街道）实施, 见附件' : '',
    ];
    const line = row.map(quote).join(',');
    lines.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- timing
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one run of `parse` with a sink that only counts, so the parser is what is timed. */
async function timeOnce(parse) {
  globalThis.gc?.();
  let cells = 0;
  const start = process.hrtime.bigint();
  await parse((record) => {
    cells += record.length;
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cells };
}

/** An untimed run that checks a parser gives exactly the same cells as the others. */
async function digestOf(parse) {
  const hash = createHash('sha1');
  let records = 0;
  await parse((record) => {
    records++;
    hash.update(record.join('\u0001'));
    hash.update('\u0002');
  });
  return { records, digest: hash.digest('hex').slice(0, 12) };
}

const decodeFile = (path) => new TextDecoder('utf-8').decode(readFileSync(path));
let readOnly; // set in main(): reads and decodes the file and parses nothing

async function main() {
  const own = await loadOwnParser();
  const dir = mkdtempSync(join(tmpdir(), 'quanze-csv-bench-'));
  const path = join(dir, 'powers.csv');
  try {
    writeFileSync(path, makeCsv(targetMb * 1024 * 1024));
    const fileBytes = readFileSync(path).length;
    readOnly = () => {
      decodeFile(path);
    };

    const candidates = [];
    candidates.push(['read + decode (baseline)', readOnly]);
    candidates.push(['read + decode, streamed (1 MB chunks), no parsing', async (sink) => {
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) sink([decoder.decode(chunk, { stream: true })]);
      sink([decoder.decode()]);
    }]);

    candidates.push(['own state machine, whole string', (sink) => {
      for (const record of own.parseCsv(decodeFile(path))) sink(record.cells);
    }]);

    candidates.push(['own state machine, streamed (1 MB chunks)', async (sink) => {
      const parser = new own.CsvParser(',');
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        for (const record of parser.push(decoder.decode(chunk, { stream: true }))) sink(record.cells);
      }
      for (const record of parser.push(decoder.decode())) sink(record.cells);
      for (const record of parser.end()) sink(record.cells);
    }]);

    candidates.push(['csv-parse 6 sync (info: true)', (sink) => {
      for (const record of parseSync(decodeFile(path), { info: true, relax_column_count: true })) sink(record.record);
    }]);

    candidates.push(['csv-parse 6 stream (info: true)', async (sink) => {
      const parser = createReadStream(path).pipe(parseStream({ info: true, relax_column_count: true }));
      for await (const record of parser) sink(record.record);
    }]);

    if (existsSync(papaPath)) {
      const Papa = createRequire(import.meta.url)(papaPath);
      candidates.push(['papaparse 5 sync (string)', (sink) => {
        const parsed = Papa.parse(decodeFile(path), { delimiter: ',', newline: '\r\n' });
        for (const cells of parsed.data) if (!(cells.length === 1 && cells[0] === '')) sink(cells);
      }]);
    }

    // Rounds interleave the parsers, so a load change on a shared machine hits them all alike; the median is kept.
    const samples = candidates.map(() => []);
    for (let round = 0; round < runs; round++) {
      for (const [i, [, parse]] of candidates.entries()) samples[i].push((await timeOnce(parse)).ms);
    }
    const results = [];
    for (const [i, [label, parse]] of candidates.entries()) {
      const result = parse === readOnly || label.includes('no parsing') ? { records: 0, digest: '-' } : await digestOf(parse);
      results.push({ label, ms: median(samples[i]), min: Math.min(...samples[i]), result });
    }

    const base = results[0].ms;
    const baseMin = results[0].min;
    const reference = results.find((r) => r.label.startsWith('csv-parse 6 sync')).result;
    const rows = results.map((r) => {
      const same = r.result.digest === '-' ? '—' : r.result.digest === reference.digest && r.result.records === reference.records ? 'yes' : 'NO';
      return `| ${r.label} | ${r.ms.toFixed(0)} | ${(r.ms / base).toFixed(2)}× | ${(r.min / baseMin).toFixed(2)}× | ${same} |`;
    });
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const report = [
      '# CSV parsers on a realistic inventory',
      '',
      `Generated by \`node bench/csv-parsers.mjs\` (seeded data, ${runs} interleaved rounds): ${(fileBytes / 1048576).toFixed(1)} MB, ` +
        `${reference.records.toLocaleString('en')} records of 10 columns with Chinese text, quoted cells with commas, "" escapes, ` +
        `embedded line breaks and CRLF. Node ${process.version}, ${cpu}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end.`,
      '',
      '| parser | median ms | median ratio to read + decode | best-run ratio | same cells as csv-parse |',
      '| --- | ---: | ---: | ---: | :---: |',
      ...rows,
      '',
    ].join('\n');
    process.stdout.write(report);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report = await main();
if (!args.includes('--no-write')) {
  const out = join(root, 'bench/results/csv-parsers.md');
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  // Keep the hand-written reasoning below the generated table.
  const marker = '\n## Choice\n';
  const tail = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : '';
  writeFileSync(out, report + tail);
}
