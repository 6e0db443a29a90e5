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
            // 第一款 without quoted text: the article may have more paragraphs.
            power('《城市绿化条例》第十条第一款'),
            // The quote shows a second paragraph (a line break, or 前款).
            power('《城市绿化条例》第十一条第一款：“城市绿化工程的设计，应当委托持有相应资格证书的设计单位承担。\n工程建设项目的附属绿化工程设计方案，按照基本建设程序审批。”'),
            power('《城市绿化条例》第十二条第一款：“城市绿化工程的施工，应当委托持有相应资格证书的单位承担；前款规定以外的，从其规定。”'),
            // Elsewhere the inventory cites 第二款 of the same article.
            power('《城市绿化条例》第十三条第一款：“城市绿化规划应当纳入城市总体规划。”'),
            power('《城市绿化条例》第十三条第二款'),
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
              power('《城市绿化条例》第十四条第一款：“城市绿化工程竣工后，应当经验收合格后，方可交付使用。”'),
            ],
          },
          findings: [
            { messageId: 'citationForm', row: 2, column: basisColumn },
            { messageId: 'citationForm', row: 3, column: basisColumn },
            { messageId: 'citationForm', row: 4, column: basisColumn },
            { messageId: 'citationForm', row: 5, column: basisColumn },
          ],
        },
      ],
    });
  });

  it('lists each correction with its canonical form', () => {
    const corrections = (basisText: string) => problemsOf(rule, { powers: [power(basisText)] })[0]?.data?.['corrections'];
    expect(corrections('《中华人民共和国行政处罚法》第10条第1款')).toBe('第10条第1款 → 第十条第一款');
    expect(corrections('《某某管理办法》（国办发[2018]118号）第五条；《另一办法》（某府发（2019）3号）')).toBe(
      '国办发[2018]118号 → 国办发〔2018〕118号；某府发（2019）3号 → 某府发〔2019〕3号',
    );
    expect(corrections('《大气污染防治法》第九十九条第(一)项、第（二）项')).toBe('(一) → （一）');
    expect(corrections('《城市绿化条例》第十四条第一款第（二）项：“（二）经验收合格的。”')).toBe(
      '《城市绿化条例》第十四条第一款第（二）项 → 《城市绿化条例》第十四条第（二）项',
    );
  });
});
