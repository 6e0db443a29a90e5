import { describe, it } from 'vitest';
import rule from '../../src/rules/power-responsibility-missing.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (responsibilities?: string) => ({
  code: 'XK-001',
  name: '建筑工程施工许可',
  type: 'licensing' as const,
  basisText: '《建筑法》第七条',
  ...(responsibilities === undefined ? {} : { responsibilities }),
});

describe('power-responsibility-missing', () => {
  it('reports powers with no or a filler 责任事项', () => {
    testRule(rule, {
      valid: [{ powers: [power('1.受理责任 2.审查责任 3.决定责任 4.送达责任 5.事后监管责任')] }],
      invalid: [
        {
          tables: { powers: [power(), power('无'), power(' — ')] },
          findings: [
            { messageId: 'missing', row: 2, column: columnOf('powers', 'responsibilities') },
            { messageId: 'missing', row: 3, column: columnOf('powers', 'responsibilities') },
            { messageId: 'missing', row: 4, column: columnOf('powers', 'responsibilities') },
          ],
        },
      ],
    });
  });
});
