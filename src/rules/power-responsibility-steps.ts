// A power's 责任事项 names every standard step of its act type (DOMAIN.md §4.1), so no stage goes unowned.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName, isBlank } from '../law/power-text.js';
import { missingSteps, templateFor, templateLabels, type TemplateId } from '../law/responsibility-templates.js';
import { memoByText } from './support/memo.js';

export default defineRule({
  meta: {
    id: 'power-responsibility-steps',
    description: {
      zh: '责任事项须包含该类事项的标准环节（如处罚：立案、调查取证、审查、告知、决定、送达、执行）',
      en: "A power's responsibilities name every standard step of its act type (e.g. penalty: filing, investigation, review, notice, decision, service, enforcement)",
    },
    severity: 'warning',
    docs: 'docs/rules/power-responsibility-steps.md',
    messages: {
      missingSteps: {
        zh: '事项“{{power}}”的责任事项缺少{{type}}的标准环节：{{stepsZh}}',
        en: 'The responsibilities of power "{{power}}" lack standard {{typeEn}} steps: {{stepsEn}}',
      },
    },
    hints: {
      missingSteps: {
        zh: '在责任事项中补充“{{stepsZh}}”责任，写明各环节应履行的职责',
        en: 'Add the {{stepsEn}} responsibilities, stating what each step requires',
      },
    },
  },
  check({ report, eachPower }) {
    // One cache per template: the same boilerplate text is checked once for each act type it is used with.
    const caches = new Map<TemplateId, (text: string) => ReturnType<typeof missingSteps>>();
    const missingOf = (template: TemplateId, text: string): ReturnType<typeof missingSteps> => {
      let cached = caches.get(template);
      if (cached === undefined) {
        cached = memoByText((t) => missingSteps(template, t));
        caches.set(template, cached);
      }
      return cached(text);
    };
    eachPower((power) => {
      const text = power.responsibilities;
      if (text === undefined || isBlank(text)) return; // power-responsibility-missing reports it
      const template = templateFor(power);
      if (template === undefined) return;
      const missing = missingOf(template, text);
      if (missing.length === 0) return;
      report({
        messageId: 'missingSteps',
        at: at(power.source, 'responsibilities'),
        data: {
          power: displayName(power),
          type: templateLabels[template].zh,
          typeEn: templateLabels[template].en,
          stepsZh: missing.map((s) => s.zh).join('、'),
          stepsEn: missing.map((s) => s.en).join(', '),
        },
      });
    });
  },
});

