// Legal reviewers should be at least a share of the enforcement staff (国办发〔2018〕118号: 原则上不少于 5%).

import { reviewersRequired } from '../law/reviewer-ratio.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'department-reviewer-ratio',
    description: {
      zh: '法制审核人员原则上不少于本部门执法人员总数的规定比例（默认 5%）',
      en: 'Legal reviewers make up at least the configured share of the department\'s enforcement officers (5% by default)',
    },
    severity: 'warning',
    docs: 'docs/rules/department-reviewer-ratio.md',
    messages: {
      tooFew: {
        zh: '本部门执法人员 {{officers}} 人，法制审核人员 {{reviewers}} 人，低于 {{percent}}%（至少需要 {{needed}} 人）',
        en: 'The department lists {{officers}} officers and {{reviewers}} legal reviewers, below {{percent}}% (at least {{needed}} needed)',
      },
    },
    hints: {
      tooFew: {
        zh: '配备法制审核人员并在“法制审核人员”列标注“是”',
        en: 'Appoint legal reviewers and mark them "是" in the legal-reviewer column',
      },
    },
  },
  check({ inventory, settings, report }) {
    const ratio = settings.thresholds.reviewerRatio;
    const table = inventory.tables.find((t) => t.kind === 'officers');
    // Without a 法制审核人员 column the list cannot tell; say nothing rather than count zero.
    if (!table || !table.columnOf.has('legalReviewer') || !(ratio > 0)) return;
    const officers = inventory.officers.length;
    if (officers === 0) return;
    const reviewers = inventory.officers.filter((o) => o.legalReviewer === true).length;
    const needed = reviewersRequired(ratio, officers);
    if (reviewers >= needed) return;
    const first = inventory.officers[0];
    report({
      messageId: 'tooFew',
      at: at(first ? first.source : { table, row: table.headerRow }, 'legalReviewer'),
      data: { officers, reviewers, needed, percent: Number((ratio * 100).toFixed(2)) },
    });
  },
});
