// A power's 实施依据 must name laws listed in the bases table (执法依据), so the catalogue and the powers agree.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'power-basis-exists',
    description: {
      zh: '执法事项引用的依据须列入执法依据表（全称或省略“中华人民共和国”的简称均可）',
      en: 'Every law a power cites is listed in the legal-bases table (full or short title)',
    },
    severity: 'error',
    docs: 'docs/rules/power-basis-exists.md',
    messages: {
      missing: {
        zh: '事项“{{power}}”引用的《{{title}}》不在执法依据表中',
        en: 'Power "{{power}}" cites 《{{title}}》, which is not in the legal-bases table',
      },
      noCitation: {
        zh: '事项“{{power}}”的实施依据未用书名号写明法律法规名称',
        en: 'The legal basis of power "{{power}}" names no law in 《》',
      },
    },
    hints: {
      missing: {
        zh: '在执法依据表中补充《{{title}}》，或更正此处的名称（可用全称或去掉“中华人民共和国”的简称）',
        en: 'Add 《{{title}}》 to the legal-bases table, or correct the title here (full title or without 中华人民共和国)',
      },
      noCitation: {
        zh: '按“《法规名称》第X条第X款”的格式写明依据',
        en: 'Write the basis as 《title》第X条第X款',
      },
    },
  },
  check({ index, report, eachPower }) {
    if (!index.hasTable('bases')) return;
    eachPower((power) => {
      if (power.basisText === undefined) return; // the schema check reports the empty cell
      const { citations } = index.citationsOf(power);
      if (citations.length === 0) {
        report({ messageId: 'noCitation', at: at(power.source, 'basisText'), value: power.basisText, data: { power: power.name } });
        return;
      }
      const reported = new Set<string>();
      for (const citation of citations) {
        if (index.basisTitles.lookup(citation.title) !== undefined || reported.has(citation.title)) continue;
        reported.add(citation.title);
        report({
          messageId: 'missing',
          at: at(power.source, 'basisText'),
          value: citation.raw,
          data: { power: power.name, title: citation.title },
        });
      }
    });
  },
});
