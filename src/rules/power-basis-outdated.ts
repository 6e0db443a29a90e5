// A power should cite the version of a law in force on the reference date, not a superseded,
// partly lapsed or not-yet-effective one (DOMAIN §6 R3).

import { at } from '../model/location.js';
import type { BasisRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { isIsoDate } from './support/basis-dates.js';
import { powerLabel } from '../law/power-text.js';

type Outdated = 'amended' | 'partlyInvalid' | 'notYetEffective' | 'notYetEffectiveUndated';

export default defineRule({
  meta: {
    id: 'power-basis-outdated',
    description: {
      zh: '执法事项引用的依据应为参照日现行有效的版本（非已修改、部分失效或尚未施行）',
      en: 'A power cites the version of each basis in force on the reference date (not amended, partly invalid or not yet effective)',
    },
    severity: 'warning',
    docs: 'docs/rules/power-basis-outdated.md',
    messages: {
      amended: {
        zh: '事项“{{power}}”引用的《{{title}}》在执法依据表中为已修改（被修订）的版本（第 {{row}} 行）',
        en: 'Power "{{power}}" cites 《{{title}}》, which the legal-bases table lists as an amended (superseded) version (row {{row}})',
      },
      partlyInvalid: {
        zh: '事项“{{power}}”引用的《{{title}}》部分失效（执法依据表第 {{row}} 行）',
        en: 'Power "{{power}}" cites 《{{title}}》, which is partly invalid (legal-bases table row {{row}})',
      },
      notYetEffective: {
        zh: '事项“{{power}}”引用的《{{title}}》自 {{effective}} 起施行，参照日 {{referenceDate}} 尚未生效',
        en: 'Power "{{power}}" cites 《{{title}}》, which takes effect on {{effective}} and is not yet in force on {{referenceDate}}',
      },
      notYetEffectiveUndated: {
        zh: '事项“{{power}}”引用的《{{title}}》标注为尚未生效，且执法依据表未填施行日期（第 {{row}} 行）',
        en: 'Power "{{power}}" cites 《{{title}}》, marked not yet effective with no effective date in the legal-bases table (row {{row}})',
      },
    },
    hints: {
      amended: {
        zh: '改为引用现行有效版本，并核对条款序号是否随修改变动；需要时在书名号后注明版本，如“（2021年修订）”',
        en: 'Cite the version in force and check whether article numbers changed with the amendment; add the version after the title when it matters, e.g. （2021年修订）',
      },
      partlyInvalid: {
        zh: '核对所引条款是否仍然有效；已失效的条款改为引用现行规定',
        en: 'Check that the cited articles are still in force; replace lapsed articles with the provisions now in force',
      },
      notYetEffective: {
        zh: '{{effective}} 前继续引用现行依据；新依据施行后再改为引用它（或在事项中注明自 {{effective}} 起适用）',
        en: 'Keep citing the basis in force until {{effective}}; switch to the new one when it takes effect (or note that it applies from {{effective}})',
      },
      notYetEffectiveUndated: {
        zh: '在执法依据表中填写施行日期；施行前继续引用现行依据',
        en: 'Fill in the effective date in the legal-bases table; until then keep citing the basis in force',
      },
    },
  },
  check({ index, settings, report, eachPower }) {
    if (!index.hasTable('bases')) return;
    eachPower((power) => {
      if (power.basisText === undefined) return;
      for (const { basis, citation } of index.citedBasesOf(power).resolved) {
        const problem = outdatedAs(basis, settings.referenceDate);
        if (problem === undefined) continue;
        report({
          messageId: problem,
          at: at(power.source, 'basisText'),
          value: citation.raw,
          data: {
            power: powerLabel(power),
            title: citation.title,
            row: basis.source.row,
            effective: basis.effective ?? '',
            referenceDate: settings.referenceDate,
          },
          related: [at(basis.source, problem === 'notYetEffective' ? 'effective' : 'status')],
        });
      }
    });
  },
});

/**
 * Why a basis is not the version to cite on `referenceDate`, if it is not. A 施行日期 after that day
 * wins over the status column; a 尚未生效 row whose date has passed is left to
 * basis-status-effective-date, which reports the stale status on the bases table itself.
 */
function outdatedAs(basis: BasisRecord, referenceDate: string): Outdated | undefined {
  if (basis.status === 'repealed') return undefined; // power-basis-repealed
  if (isIsoDate(basis.effective) && basis.effective > referenceDate) return 'notYetEffective';
  switch (basis.status) {
    case 'amended':
      return 'amended';
    case 'partly_invalid':
      return 'partlyInvalid';
    case 'not_yet_effective':
      return isIsoDate(basis.effective) ? undefined : 'notYetEffectiveUndated';
    default:
      return undefined;
  }
}
