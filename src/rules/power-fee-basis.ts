// A licence may charge a fee only where a law or administrative regulation provides for it (许可法 Art. 58).

import { normaliseTitle, parseCitations } from '../citation/index.js';
import { basisLevelLabel, type BasisLevel } from '../model/basis-vocab.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { compact, displayName, isBlank } from '../law/power-text.js';

/** Levels that may provide for a licence fee: Art. 58 names 法律 and 行政法规 only. */
export const feeBasisLevels: ReadonlySet<BasisLevel> = new Set<BasisLevel>(['law', 'administrative_regulation']);

/** A 收费依据及标准 cell that says there is no fee. */
const NO_FEE = /^(?:不收费|免费|免收|不收取|无收费|零收费|否|0元)/u;

/** A national law by its title alone: …法, but not …办法 (a rule or normative document). */
const LAW_TITLE = /(?<!办)法$/u;

type Standing = 'qualifies' | 'does-not' | 'unknown';

export default defineRule({
  meta: {
    id: 'power-fee-basis',
    description: {
      zh: '收费的行政许可事项须有法律或行政法规依据（行政许可法第五十八条）',
      en: 'A licence that charges a fee cites a law or administrative regulation providing for it (许可法 Art. 58)',
    },
    severity: 'error',
    docs: 'docs/rules/power-fee-basis.md',
    messages: {
      noStatutoryBasis: {
        zh: '许可事项“{{power}}”收取费用，但实施依据和收费依据均未引用法律或行政法规（引用：{{cited}}）',
        en: 'Licence "{{power}}" charges a fee, but neither its legal basis nor its fee basis cites a law or administrative regulation (cited: {{cited}})',
      },
    },
    hints: {
      noStatutoryBasis: {
        zh: '在收费依据中写明规定收费的法律或行政法规及条款；没有的，依法不得收费，应将收费依据改为“不收费”',
        en: 'Cite the law or administrative regulation (and article) that provides for the fee; if there is none, the licence may not charge and the fee basis should read 不收费',
      },
    },
  },
  check({ index, report, eachPower }) {
    eachPower((power) => {
      if (power.type !== 'licensing' || isBlank(power.feeBasis) || NO_FEE.test(compact(power.feeBasis ?? ''))) return;
      const citations = [...index.citationsOf(power).citations, ...parseCitations(power.feeBasis ?? '').citations];
      const cited = new Map<string, { readonly standing: Standing; readonly level?: BasisLevel }>();
      for (const { title } of citations) {
        if (cited.has(title)) continue;
        const position = index.basisTitles.lookup(title);
        const level = position === undefined ? undefined : index.bases[position]?.level;
        if (level !== undefined) cited.set(title, { standing: feeBasisLevels.has(level) ? 'qualifies' : 'does-not', level });
        else cited.set(title, { standing: LAW_TITLE.test(normaliseTitle(title)) ? 'qualifies' : 'unknown' });
      }
      const standings = [...cited.values()].map((c) => c.standing);
      // A title the catalogue cannot place may be an administrative regulation: power-basis-exists reports it.
      if (standings.includes('qualifies') || standings.includes('unknown')) return;
      report({
        messageId: 'noStatutoryBasis',
        at: at(power.source, 'feeBasis'),
        value: power.feeBasis ?? '',
        data: { power: displayName(power), cited: describe(cited) },
      });
    });
  },
});

/** 《title》（level）、… — level labels are the catalogue's own Chinese terms in either language. */
function describe(cited: ReadonlyMap<string, { readonly level?: BasisLevel }>): string {
  if (cited.size === 0) return '—';
  return [...cited]
    .map(([title, { level }]) => (level === undefined ? `《${title}》` : `《${title}》（${basisLevelLabel(level)}）`))
    .join('、');
}
