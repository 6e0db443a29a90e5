// Cases for power-basis-sanction-clause: A penalty cites the clause that sets the penalty (罚则): where article text is
// quoted, some quote names a sanction.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-basis-sanction-clause.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

let seq = 0;
const penalty = (basisText: string) => ({ code: `CF-${++seq}`, name: '对擅自砍伐城市树木的处罚', type: 'penalty' as const, basisText });
const PROHIBITION = '《城市绿化条例》第二十条第一款：“任何单位和个人都不得损坏城市树木花草和绿化设施。”';
const SANCTION = '第二十六条：“违反本条例规定，有下列行为之一的，由城市人民政府城市绿化行政主管部门或者其授权的单位责令停止侵害，可以并处罚款。”';

describe('power-basis-sanction-clause', () => {
  it('reports a penalty whose quoted articles name no sanction', () => {
    testRule(rule, {
      valid: [
        {
          powers: [
            penalty(`${PROHIBITION}；${SANCTION}`),
            // Articles without quoted text: the unquoted one may be the penalty clause.
            penalty(`${PROHIBITION}；《城市绿化条例》第二十六条`),
            penalty('《城市绿化条例》第二十条、第二十六条'),
            // Other act types are not judged.
            { code: 'JC-1', name: '城市绿化监督检查', type: 'inspection', basisText: PROHIBITION },
          ],
        },
      ],
      invalid: [
        {
          tables: { powers: [penalty(PROHIBITION)] },
          findings: [{ messageId: 'noSanctionClause', row: 2, column: columnOf('powers', 'basisText') }],
        },
      ],
    });
  });
});
