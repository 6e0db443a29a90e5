// Cases for officer-certificate-unique: No enforcement certificate number appears twice.

import { describe, it } from 'vitest';
import rule from '../../src/rules/officer-certificate-unique.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const officer = (name: string, certificateNo?: string) => ({ name, unit: '执法支队', ...(certificateNo ? { certificateNo } : {}) });

describe('officer-certificate-unique', () => {
  it('reports a certificate number used twice, ignoring width, and leaves masked or empty numbers alone', () => {
    testRule(rule, {
      valid: [{ officers: [officer('张三', '32010001'), officer('李四', '32010002'), officer('王五', '3201****'), officer('赵六', '3201****'), officer('钱七'), officer('孙八')] }],
      invalid: [
        {
          tables: { officers: [officer('张三', '32010001'), officer('李四', '32010002'), officer('王五', '３２０１０００１')] },
          findings: [{ messageId: 'duplicate', row: 4, column: columnOf('officers', 'certificateNo'), value: '３２０１０００１' }],
        },
      ],
    });
  });
});
