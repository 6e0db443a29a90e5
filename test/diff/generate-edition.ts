// A seeded edition of many powers and a copy mutated in known ways, for the diff's scale test.

import type { BasisRow, PowerRow } from '../../src/model/types.js';
import type { PowerChangeKind } from '../../src/diff/index.js';
import { seeded } from '../helpers/seeded.js';

const laws = ['大气污染防治法', '水污染防治法', '固体废物污染环境防治法', '噪声污染防治法', '土壤污染防治法', '环境影响评价法', '环境保护法', '行政处罚法'];
const objects = ['排污单位', '建设单位', '运输企业', '医疗机构', '施工单位', '经营者', '生产企业', '检测机构', '物业服务企业', '餐饮单位'];
const acts = ['未按照规定报告', '超标排放', '擅自拆除防治设施', '未取得许可从事经营', '伪造监测数据', '拒绝监督检查', '未设置识别标志', '违规倾倒', '未落实管理计划', '未建立台账'];
const types = ['penalty', 'penalty', 'penalty', 'licensing', 'coercion', 'inspection', 'other'] as const;
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 第N条 in Chinese numerals for 1–99. */
function article(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `第${tens === 0 ? '' : `${tens === 1 ? '' : numerals[tens - 1]}十`}${ones === 0 ? '' : numerals[ones - 1]}条`;
}

export interface GeneratedEditions {
  readonly departments: readonly string[];
  readonly bases: readonly Partial<BasisRow>[];
  /** Rows per department, old and new. */
  readonly old: ReadonlyMap<string, Partial<PowerRow>[]>;
  readonly new: ReadonlyMap<string, Partial<PowerRow>[]>;
  /** "kind code" of every change made, code as the diff names it (the new code for re-coded powers). */
  readonly expected: readonly string[];
}

/** Mutations and their share of the mutated powers (1 % of the edition in all). */
const plan: readonly (readonly [PowerChangeKind, number])[] = [
  ['removed', 0.15], ['added', 0.15], ['renamed', 0.15], ['recoded', 0.1], ['retyped', 0.1], ['moved-unit', 0.1],
  ['bases', 0.1], ['statutory-limit', 0.05], ['responsibilities', 0.05], ['accountability', 0.05],
];

export function generateEditions(powers: number, seed = 7): GeneratedEditions {
  const next = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const departments = Array.from({ length: 20 }, (_, i) => `第${i + 1}区生态环境分局`);
  const bases = laws.map((title) => ({ title: `中华人民共和国${title}`, shortTitle: title, level: 'law', status: 'in_force' }) as const);
  const old = new Map<string, Partial<PowerRow>[]>(departments.map((d) => [d, []]));
  const all: Partial<PowerRow>[] = [];
  for (let i = 0; i < powers; i++) {
    const department = departments[i % departments.length] ?? '';
    const row: Partial<PowerRow> = {
      code: `P${String(i).padStart(7, '0')}`,
      name: `对${pick(objects)}${pick(acts)}的处罚（第${i}号）`,
      type: pick(types),
      basisText: `《${pick(laws)}》${article(1 + Math.floor(next() * 99))}；《${pick(laws)}》${article(1 + Math.floor(next() * 99))}`,
      department,
      unit: `执法${1 + (i % 5)}科`,
      statutoryLimit: `${30 + (i % 4) * 30}日`,
      responsibilities: '1.立案责任：及时核查，符合条件的予以立案。2.调查取证责任：两名以上执法人员调查取证。3.决定责任：依法作出决定。',
      accountability: '不履行或者不正确履行职责的，依法追责。',
    };
    old.get(department)?.push(row);
    all.push(row);
  }

  // The powers to mutate: 1 % of the edition, each mutated once, none twice.
  const mutated = Math.round(powers / 100);
  const chosen = new Set<number>();
  while (chosen.size < mutated) chosen.add(Math.floor(next() * powers));
  const victims = [...chosen];
  const edits = new Map<Partial<PowerRow>, Partial<PowerRow> | undefined>();
  const expected: string[] = [];
  const added: Partial<PowerRow>[] = [];
  let at = 0;
  for (const [kind, share] of plan) {
    const count = Math.round(mutated * share);
    for (let k = 0; k < count; k++) {
      const row = all[victims[at++] ?? 0] ?? {};
      const code = row.code ?? '';
      switch (kind) {
        case 'removed': edits.set(row, undefined); break;
        case 'added': {
          // An addition replaces nothing: the victim stays as it is, a new power joins its department.
          const fresh = { ...row, code: `N${code}`, name: `新设立的第${k}项监督检查事项`, type: 'inspection' as const, basisText: `《环境保护法》第${numerals[k % 9]}百条` };
          added.push(fresh);
          expected.push(`added N${code}`);
          continue;
        }
        case 'renamed': edits.set(row, { ...row, name: `${row.name ?? ''}（调整后）` }); break;
        case 'recoded': edits.set(row, { ...row, code: `R${code}` }); expected.push(`recoded R${code}`); continue;
        case 'retyped': edits.set(row, { ...row, type: row.type === 'penalty' ? 'coercion' : 'penalty' }); break;
        case 'moved-unit': edits.set(row, { ...row, unit: '综合执法大队' }); break;
        case 'bases': edits.set(row, { ...row, basisText: `${row.basisText ?? ''}；《土壤污染防治法》第一百条` }); break;
        case 'statutory-limit': edits.set(row, { ...row, statutoryLimit: '15日' }); break;
        case 'responsibilities': edits.set(row, { ...row, responsibilities: `${row.responsibilities ?? ''}4.送达责任：依法送达。` }); break;
        case 'accountability': edits.set(row, { ...row, accountability: '玩忽职守的，依法追责。' }); break;
        default: break;
      }
      expected.push(`${kind} ${code}`);
    }
  }
  const now = new Map<string, Partial<PowerRow>[]>();
  for (const [department, rows] of old) {
    const kept = rows.flatMap((row) => {
      if (!edits.has(row)) return [row];
      const edited = edits.get(row);
      return edited === undefined ? [] : [edited];
    });
    now.set(department, [...kept, ...added.filter((a) => a.department === department)]);
  }
  return { departments, bases, old, new: now, expected: expected.sort() };
}
