// Cases for power-citation-form: Citations are written canonically: Chinese numerals, full-width brackets around 项
// numbers, 〔〕 around document-number years.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/power-citation-form.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

let seq = 0;
const power = (basisText: string) => ({ code: `CF-${++seq}`, name: '对擅自砍伐城市树木的处罚', type: 'penalty' as const, basisText });
const basisColumn = columnOf('powers', 'basisText');

describe('power-citation-form', () => {
  it('reports non-canonical citations, one finding per power', () => {
    testRule(rule, {
      valid: [
        {
          powers: [
            power('《中华人民共和国行政处罚法》第五十八条第一款第（三）项'),
            power('《某某管理办法》（国办发〔2018〕118号）第五条'),
            // Whether an article has one paragraph cannot be told from the inventory: 第一款 is never reported,
            // also when the cell quotes only that paragraph (a new user's 食品安全法第三十五条第一款 was a false alarm).
            power('《城市绿化条例》第十条第一款'),
            power('《中华人民共和国食品安全法》第三十五条第一款：“国家对食品生产经营实行许可制度。”'),
          ],
        },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('《中华人民共和国行政处罚法》第10条第1款'),
              power('《某某管理办法》（国办发[2018]118号）第五条；《另一办法》（某府发（2019）3号）'),
              power('《大气污染防治法》第九十九条第(一)项、第（二）项'),
            ],
          },
          findings: [
            { messageId: 'citationForm', row: 2, column: basisColumn },
            { messageId: 'citationForm', row: 3, column: basisColumn },
            { messageId: 'citationForm', row: 4, column: basisColumn },
          ],
        },
      ],
    });
  });

  it('reports 第一款 only of an article the inventory itself quotes whole as one paragraph', () => {
    testRule(rule, {
      valid: [
        // Quoted whole, but cited with 第二款 elsewhere: more than one paragraph.
        { powers: [power('《城市绿化条例》第十四条：“城市绿化工程竣工后，应当经验收合格后，方可交付使用。”'), power('《城市绿化条例》第十四条第一款'), power('《城市绿化条例》第十四条第二款')] },
        // Quoted under 第一款 only: proves nothing.
        { powers: [power('《城市绿化条例》第十四条第一款：“城市绿化工程竣工后，应当经验收合格后，方可交付使用。”'), power('《城市绿化条例》第十四条第一款')] },
      ],
      invalid: [
        {
          tables: { powers: [power('《城市绿化条例》第十四条：“城市绿化工程竣工后，应当经验收合格后，方可交付使用。”'), power('《城市绿化条例》第十四条第一款')] },
          findings: [{ messageId: 'citationForm', row: 3, column: basisColumn }],
        },
      ],
    });
    const corrections = problemsOf(rule, { powers: [power('《城市绿化条例》第十四条：“城市绿化工程竣工后，应当经验收合格后，方可交付使用。”'), power('《城市绿化条例》第十四条第一款')] })[0]?.data?.['corrections'];
    expect(corrections).toBe('《城市绿化条例》第十四条第一款 → 《城市绿化条例》第十四条');
  });

  it('lists each correction with its canonical form', () => {
    const corrections = (basisText: string) => problemsOf(rule, { powers: [power(basisText)] })[0]?.data?.['corrections'];
    expect(corrections('《中华人民共和国行政处罚法》第10条第1款')).toBe('第10条第1款 → 第十条第一款');
    expect(corrections('《某某管理办法》（国办发[2018]118号）第五条；《另一办法》（某府发（2019）3号）')).toBe(
      '国办发[2018]118号 → 国办发〔2018〕118号；某府发（2019）3号 → 某府发〔2019〕3号',
    );
    expect(corrections('《大气污染防治法》第九十九条第(一)项、第（二）项')).toBe('(一) → （一）');
  });
});
