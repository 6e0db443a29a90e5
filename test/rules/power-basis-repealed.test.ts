// Cases for power-basis-repealed: A power does not cite a legal basis the bases table marks as repealed.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-basis-repealed.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (basisText: string) => ({ code: 'CF-001', name: '对擅自砍伐城市树木的处罚', type: 'penalty' as const, basisText });

describe('power-basis-repealed', () => {
  it('reports a power citing a repealed basis, once per basis', () => {
    const bases = [
      { title: '城市绿化条例', level: 'administrative_regulation' as const, status: 'in_force' as const },
      { title: '某市城市绿化管理办法', level: 'local_government_rule' as const, status: 'repealed' as const },
    ];
    testRule(rule, {
      valid: [
        { bases, powers: [power('《城市绿化条例》第二十六条')] },
        // Two versions of one law: without a version note the citation means the one in force.
        {
          bases: [
            { title: '中华人民共和国食品安全法', level: 'law', status: 'repealed', promulgated: '2009-02-28' },
            { title: '中华人民共和国食品安全法', level: 'law', status: 'in_force', promulgated: '2015-04-24' },
          ],
          powers: [power('《食品安全法》第一百二十四条')],
        },
        // No bases table: nothing to compare with.
        { powers: [power('《某市城市绿化管理办法》第八条')] },
      ],
      invalid: [
        {
          tables: { bases, powers: [power('《某市城市绿化管理办法》第八条、第十二条；《城市绿化条例》第二十六条')] },
          findings: [{ messageId: 'repealed', row: 2, column: columnOf('powers', 'basisText'), value: '《某市城市绿化管理办法》第八条' }],
        },
        {
          // A version note picks the superseded row.
          tables: {
            bases: [
              { title: '中华人民共和国食品安全法', level: 'law', status: 'in_force', promulgated: '2015-04-24' },
              { title: '中华人民共和国食品安全法', level: 'law', status: 'repealed', promulgated: '2009-02-28' },
            ],
            powers: [power('《食品安全法》（2009年）第八十五条')],
          },
          findings: [{ messageId: 'repealed', row: 2 }],
        },
      ],
    });
  });
});
