// Cases for officer-certificate-missing: Every person on the officers list has an enforcement certificate number.

import { describe, it } from 'vitest';
import rule from '../../src/rules/officer-certificate-missing.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const officer = (name: string, certificateNo?: string) => ({ name, unit: '执法支队', ...(certificateNo === undefined ? {} : { certificateNo }) });

describe('officer-certificate-missing', () => {
  it('accepts officers with a certificate number and reports those without', () => {
    testRule(rule, {
      valid: [{ officers: [officer('张三', '32010012345'), officer('李四', '3201****0012')] }],
      invalid: [
        {
          tables: { officers: [officer('张三', '32010012345'), officer('李四'), officer('王五', ' ')] },
          findings: [
            { messageId: 'missing', row: 3, column: columnOf('officers', 'certificateNo') },
            { messageId: 'missing', row: 4, column: columnOf('officers', 'certificateNo') },
          ],
        },
      ],
    });
  });
});
