// Cases for power-fee-basis: A licence that charges a fee cites a law or administrative regulation providing for it
// (许可法 Art. 58).

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/power-fee-basis.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

const bases = [
  { title: '中华人民共和国道路交通安全法', level: 'law' as const, status: 'in_force' as const },
  { title: '中华人民共和国机动车登记条例', level: 'administrative_regulation' as const, status: 'in_force' as const },
  { title: '机动车登记规定', level: 'departmental_rule' as const, status: 'in_force' as const },
  { title: '某省机动车管理收费办法', level: 'normative_document' as const, status: 'in_force' as const },
  { title: '国务院对确需保留的行政审批项目设定行政许可的决定', level: 'state_council_decision' as const, status: 'in_force' as const },
];
const power = (basisText: string, feeBasis?: string, type: ActTypeId = 'licensing') => ({
  code: 'XK-001',
  name: '机动车登记',
  type,
  basisText,
  ...(feeBasis === undefined ? {} : { feeBasis }),
});

describe('power-fee-basis', () => {
  it('reports fee-charging licences that cite no law or administrative regulation', () => {
    testRule(rule, {
      valid: [
        { bases, powers: [power('《机动车登记规定》第五条', '不收费')] },
        { bases, powers: [power('《机动车登记规定》第五条')] },
        { bases, powers: [power('《道路交通安全法》第八条', '按《某省机动车管理收费办法》收取')] },
        { bases, powers: [power('《机动车登记规定》第五条', '依据《机动车登记条例》第三十条，每证10元')] },
        { bases, powers: [power('《某某管理条例》第五条', '每证10元')] }, // not in the catalogue: level unknown
        { bases, powers: [power('《某某管理办法》第五条', '每证10元')] }, // 办法 may title an administrative regulation
        { powers: [power('《中华人民共和国某某法》第五条', '每证10元')] }, // no catalogue: a …法 title is a law
        { bases, powers: [power('《机动车登记规定》第五条', '每证10元', 'confirmation')] },
      ],
      invalid: [
        {
          tables: {
            bases,
            powers: [
              power('《机动车登记规定》第五条', '按《某省机动车管理收费办法》收取'),
              power('依照有关规定办理', '工本费每证10元'),
              // Art. 58 names 法律、行政法规 only: a 国务院决定 sets licences (Art. 14) but not their fees
              power('《国务院对确需保留的行政审批项目设定行政许可的决定》第1项', '每证10元'),
            ],
          },
          findings: [
            { messageId: 'noStatutoryBasis', row: 2, column: columnOf('powers', 'feeBasis') },
            { messageId: 'noStatutoryBasis', row: 3, column: columnOf('powers', 'feeBasis') },
            { messageId: 'noStatutoryBasis', row: 4, column: columnOf('powers', 'feeBasis') },
          ],
        },
      ],
    });
  });

  it('names what was cited and at which level', () => {
    const [problem] = problemsOf(rule, { bases, powers: [power('《机动车登记规定》第五条', '按《某省机动车管理收费办法》收取')] });
    expect(problem?.data?.['cited']).toBe('《机动车登记规定》（部门规章）、《某省机动车管理收费办法》（规范性文件）');
  });
});
