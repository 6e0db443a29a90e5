// The batch the shard and merge tests split: workbooks, a CSV folder claiming another department's power, a broken file.

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Two workbooks, a CSV folder that claims one of ecology's powers for another department, and a broken file. */
export function shardBatch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-shards-'));
  copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(dir, 'ecology.xlsx'));
  copyFileSync(join(root, 'samples/mistakes/city-parks-bureau.xlsx'), join(dir, 'parks.xlsx'));
  mkdirSync(join(dir, 'approval'));
  writeFileSync(
    join(dir, 'approval', '执法事项.csv'),
    '事项编码,事项名称,事项类型,实施依据,实施主体\nXK-901,排污许可证核发,行政许可,《中华人民共和国大气污染防治法》第十九条；《排污许可管理条例》第二条第一款,XX市行政审批局\n',
  );
  writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
  writeFileSync(join(dir, 'quanze.config.json'), '{ "referenceDate": "2026-01-01" }');
  return dir;
}

