// Cases for power-promised-limit-licence: A licence decides within 20 working days (+10 with approval) unless the time-
// limit cell names the law or regulation that says otherwise.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-promised-limit-licence.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (statutoryLimit: string, type: ActTypeId = 'licensing', note?: string) => ({
  code: 'XK-001',
  name: '施工许可',
  type,
  basisText: '《建筑法》第七条',
  statutoryLimit,
  ...(note === undefined ? {} : { note }),
});

describe('power-promised-limit-licence', () => {
  it('reports licences beyond 20 working days (+10, or 45 +15 when handled jointly) with no basis named', () => {
    testRule(rule, {
      valid: [
        { powers: [power('20个工作日')] },
        { powers: [power('二十日')] },
        { powers: [power('即办')] },
        { powers: [power('20个工作日（经本机关负责人批准可延长10个工作日）')] },
        { powers: [power('30个工作日（含经批准延长的10个工作日）')] },
        { powers: [power('45个工作日（联合办理）')] },
        { powers: [power('60个工作日（依据《某某条例》第十二条）')] },
        { powers: [power('3个月', 'licensing', '法律、法规另有规定')] },
        { powers: [power('60日', 'confirmation')] }, // Art. 42 binds licences only
      ],
      invalid: [
        {
          tables: { powers: [power('30个工作日'), power('三十日'), power('3个月'), power('40个工作日（经批准可延长）')] },
          findings: [
            { messageId: 'overStatutoryMaximum', row: 2, column: columnOf('powers', 'statutoryLimit'), value: '30个工作日' },
            { messageId: 'overStatutoryMaximum', row: 3, column: columnOf('powers', 'statutoryLimit'), value: '三十日' },
            { messageId: 'overStatutoryMaximum', row: 4, column: columnOf('powers', 'statutoryLimit'), value: '3个月' },
            { messageId: 'overStatutoryMaximum', row: 5, column: columnOf('powers', 'statutoryLimit'), value: '40个工作日（经批准可延长）' },
          ],
        },
      ],
    });
  });
});
