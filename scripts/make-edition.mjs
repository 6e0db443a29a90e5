// Generates samples/editions/city-ecology-bureau-2025/ — the XX市生态环境局 inventory's next edition — from the first
// edition's CSV files (samples/csv-gb18030/), with the known changes listed in samples/editions/CHANGES.md, so that
// `quanze diff` has two real editions to compare: `node scripts/make-edition.mjs`. Byte-for-byte reproducible.
// Written as UTF-8 CSV (with BOM), as a legal office exporting from WPS would; the first edition stays a workbook.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const samples = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const from = join(samples, 'csv-gb18030');
const to = join(samples, 'editions', 'city-ecology-bureau-2025');

/** Each table as { header, rows: [{ column: value }] }. */
const tables = Object.fromEntries(
  readdirSync(from).filter((n) => n.endsWith('.csv')).sort().map((name) => {
    const [header, ...rows] = parse(new TextDecoder('gb18030').decode(readFileSync(join(from, name))), { relax_column_count: true });
    return [name.replace(/\.csv$/, ''), { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) }];
  }),
);

const powers = tables['执法事项'];
const power = (code) => {
  const found = powers.rows.find((r) => r['事项编码'] === code);
  if (!found) throw new Error(`no power ${code}`);
  return found;
};
const drop = (code) => { powers.rows = powers.rows.filter((r) => r['事项编码'] !== code); };

// 1. Renamed: same code, the wording of the licence's sanction tightened.
power('CF-001')['事项名称'] = '对无排污许可证排放大气污染物的处罚';
// 2. Merged: CF-012 (登记表 not filed) goes into CF-011, which now cites its article too; CF-012 is withdrawn.
power('CF-011')['事项名称'] = '对建设单位未依法报批环境影响报告书、报告表或者未依法备案环境影响登记表的处罚';
power('CF-011')['实施依据'] += '；《中华人民共和国环境影响评价法》第三十一条第三款';
drop('CF-012');
// 3. Split: CF-017 kept for the unlicensed case, CF-023 added for the case of exceeding the standard (same articles).
const split = { ...power('CF-017'), 事项编码: 'CF-023', 事项名称: '对超过噪声排放标准排放工业噪声的处罚' };
power('CF-017')['事项名称'] = '对无排污许可证排放工业噪声的处罚';
powers.rows.splice(powers.rows.indexOf(power('CF-022')), 0, split);
// 4. Re-coded: the 应急预案备案 item renumbered QT-004 (same name, same basis).
power('QT-002')['事项编码'] = 'QT-004';
// 5. Withdrawn with its basis: the city's 举报奖励办法 is repealed, and JL-001 rested on it.
drop('JL-001');
for (const basis of tables['执法依据'].rows) if (basis['依据名称'] === 'XX市生态环境违法行为举报奖励办法') basis['时效性'] = '已废止';
// 6. Promised time limit shortened; 7. responsibilities reworded; 8. inspection moved to another unit.
power('XK-001')['承诺时限'] = '简化管理7个工作日；重点管理12个工作日';
power('XK-002')['责任事项'] = power('XK-002')['责任事项'].replace('1.受理责任：', '1.受理责任：通过政务服务平台网上受理；');
power('JC-001')['承办机构'] = '综合行政执法支队';
powers.rows.forEach((r, i) => { r['序号'] = String(i + 1); });

// Posts list the codes they hold: follow the withdrawal, the split and the re-coding.
for (const post of tables['执法岗位'].rows) {
  const codes = post['对应事项编码'].split('、').filter((c) => c !== 'CF-012' && c !== 'JL-001').map((c) => (c === 'QT-002' ? 'QT-004' : c));
  if (codes.includes('CF-017')) codes.splice(codes.indexOf('CF-017') + 1, 0, 'CF-023');
  post['对应事项编码'] = codes.join('、');
}

const cell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
mkdirSync(to, { recursive: true });
for (const [name, { header, rows }] of Object.entries(tables)) {
  const lines = [header, ...rows.map((r) => header.map((h) => r[h]))].map((r) => r.map(cell).join(','));
  writeFileSync(join(to, `${name}.csv`), `\ufeff${lines.join('\r\n')}\r\n`);
}
process.stdout.write(`wrote ${to}\n`);
