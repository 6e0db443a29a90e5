// The classes of names issue 12 found in other regions' lists, each with names composed for this test from the
// class's pattern (test/fixtures/classify/name-classes.tsv; none is in the labelled dev or holdout sets). Column
// `set` says when a name was written: 1 and 2 guided the cue classes, 3 to 18 were scored before the fixes they
// led to (see README); set 5 is a mixed list of every type, set 8 national-list names of every type and framed forms,
// set 9 names of other ministries and provinces written verb first or without their usual words, set 10 offences
// with no act word, honours by 评定/命名 and other forms, set 11 provincial 通用目录 names of licences and benefits,
// set 12 police, tax, housing and education names, set 13 tax, medical insurance, veterans, safety and market names,
// set 14 other powers and the orders beside penalties, set 15 bullets, codes and punctuation around a name, set 16
// licences and confirmations of transport, water, forestry, broadcasting, religion, commerce and other sectors,
// set 17 national-list licences of food, drugs, metrology and finance, and names beside penalties, set 18
// city-management and traffic penalties named by the misconduct.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyPower, parseDeclaredType, type ClassifiedTypeId } from '../../src/classify/index.js';
import { loadLabelled } from './load-labelled.js';

interface ClassName {
  readonly name: string;
  readonly expected: ClassifiedTypeId;
  readonly nameClass: string;
  readonly set: string;
}

function loadClasses(): ClassName[] {
  const url = new URL('../fixtures/classify/name-classes.tsv', import.meta.url);
  const lines = readFileSync(url, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [name = '', label = '', nameClass = '', set = ''] = line.split('\t');
    const expected = parseDeclaredType(label);
    if (expected === undefined) throw new Error(`name-classes.tsv row ${i + 2}: unknown type "${label}"`);
    return { name, expected, nameClass, set };
  });
}

/** The classes of the issue, in its words, and the fixture's key for each. */
const classes: ReadonlyArray<readonly [key: string, what: string]> = [
  ['lifecycle', 'licensing named by the certificate life cycle (<某证>办理/换发/补办/变更/注销/注册/复审/校验)'],
  ['right-change', 'a licensed operating right or practice changed (…经营权转让, 变更经营场所/住所, 执业…变更)'],
  ['rights', 'rights granted by registration (采矿权/探矿权/取水权/海域使用权 … 登记/转让/续期)'],
  ['filing', '备案 names, 备案证明 and 备案登记 included, are not licensing'],
  ['insp-in-lic', 'inspection words inside licensing (…营业前/举办前检查, …验收, 许可证年检)'],
  ['inspection', 'inspections named by 检查/监督管理/督导/督查'],
  ['offence', 'penalties written as the offence (…的, …行为, 违法…的处理), coercion when the verb is 扣押/拖移'],
  ['review', 'approval named by its review verb (…审核/审查/审定/考核)'],
  ['review-neg', 'internal or upward steps (初审, 预审, 审核转报, 审核上报) are not approvals'],
  ['payment', 'payment without its usual words (…补偿, …保险金, 待遇, 助学, 帮扶)'],
  ['confirmation', 'confirmation without its usual words (授予…资格, 称号授予, …划定, 证书补领, 等级评估)'],
  ['reward', 'rewards, named prizes (…奖评审) included'],
  ['levy', 'levies: …费, …基金, …税'],
  ['adj', 'adjudication of civil disputes'],
  ['adj-neg', 'mediation is not adjudication'],
  ['other', 'other powers'],
  ['word', 'licences with their usual words'],
  ['mixed', 'a mixed list of every type, written last'],
  ['activity', 'no cue at all: a licence named by the activity it permits or the body set up (临时占用城市道路, 在…上增设…, …设置)'],
  ['offence-lead', 'penalties written clause by clause, opening with the offence and no 的 at the end (未取得…擅自…, 伪造、变造…)'],
  ['misconduct', 'penalties named by the misconduct alone, with no offence verb (占道经营, 乱贴乱画, 酒后驾驶, 超载运输)'],
  ['form', 'names framed by the list: numbering, brackets, spaces, 含/包括 lists, a department prefix, 等/事项/工作, long names, another type\'s word in the object'],
];

const rows = loadClasses();

describe('name classes of issue 12', () => {
  it('every fixture row belongs to a listed class, and every class has names', () => {
    const keys = new Set(classes.map(([key]) => key));
    expect(rows.filter((r) => !keys.has(r.nameClass)).map((r) => r.name)).toEqual([]);
    for (const [key] of classes) expect(rows.some((r) => r.nameClass === key), key).toBe(true);
  });

  it('the names are composed, not copied from the labelled sets', () => {
    const labelled = new Set([...loadLabelled('dev.tsv'), ...loadLabelled('holdout.tsv')].map((r) => r.name));
    expect(rows.filter((r) => labelled.has(r.name)).map((r) => r.name)).toEqual([]);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  describe.each(classes.map(([key, what]) => [what, key] as const))('%s', (_what, key) => {
    it.each(rows.filter((r) => r.nameClass === key).map((r) => [r.name, r.expected] as const))('%s → %s', (name, expected) => {
      const c = classifyPower({ name });
      expect(c.type, c.reason.zh).toBe(expected);
      // A recognised class is more than the 0.3 of "no cue at all".
      if (key !== 'other') expect(c.source).not.toBe('none');
    });
  });
});
