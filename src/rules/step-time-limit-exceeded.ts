// Step time limits that exceed what the statute allows, where the step's name and the power's type make it clear.

import { at } from '../model/location.js';
import type { ProcedureOwner } from '../model/power-facts.js';
import type { StepRecord } from '../model/types.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { buildProcedures, heaviestPathsFrom, topologicalOrder, type ClockStep, type Procedure } from '../law/steps-graph.js';
import { countedFromIn, countsFrom, minimumIn, parseTimeLimit, parseTimeLimits, type StatuteUnit } from '../law/time-limit.js';
import { compactText } from '../model/plain-text.js';

type M = 'licenceAccept' | 'licenceDecision' | 'licenceDelivery' | 'penaltyDecision' | 'penaltyDelivery' | 'coercionPeriod';

const plain = (text: string | undefined): string => compactText(text ?? '');

// Step roles, read from the step name.
const ACCEPT = /受理|补正告知|一次性告知/;
// A combined 受理审查 / 受理并决定 step is not acceptance alone, so it gets no 5-day limit and starts no clock.
const NOT_ONLY_ACCEPT = /审查|审核|决定|审批|核准/;
const DELIVER = /送达|发证|颁发|颁证|制证|证照发放/;
const LICENCE_DECIDE = /决定|审批|批准|核准|审定/;
const FILE_CASE = /立案/;
const PENALTY_DECIDE = /决定/;
const SEIZE = /查封|扣押|冻结/;
const NOT_THE_PERIOD = /解除|送达|审批|报告|告知/;
// Time the statute leaves out of the clock: 许可法 Art. 45; for penalties, sector rules (e.g. 市场监管) likewise.
const LICENCE_EXCLUDED = /听证|招标|拍卖|检验|检测|检疫|鉴定|专家评审|补正/;
const PENALTY_EXCLUDED = /听证|公告|检验|检测|检疫|鉴定/;

/** The power's own statement that another law sets the period, or that it may be extended. */
const OTHER_LAW = /另有规定/;
const EXTENSION = /延长|延期/;
const JOINT = /统一办理|联合办理|集中办理|并联审批/;

/** The largest period a power's 法定时限 states: where a special law sets a longer one, the power says so there. */
const statedLimit = (power: ProcedureOwner, unit: StatuteUnit): number =>
  Math.max(0, ...parseTimeLimits(power.statutoryLimit).map((limit) => minimumIn(limit, unit)));

const limitOf = (step: StepRecord, unit: StatuteUnit): number => {
  const limit = parseTimeLimit(step.timeLimit);
  return limit === undefined ? 0 : minimumIn(limit, unit);
};
const extendable = (step: StepRecord): boolean =>
  parseTimeLimit(step.timeLimit)?.extendable === true || EXTENSION.test(plain(step.note) + plain(step.condition));

export default defineRule({
  meta: {
    id: 'step-time-limit-exceeded',
    description: {
      zh: '环节办理时限不得超过法定期限（许可受理、决定、送达；处罚决定、送达；查封扣押期限）',
      en: 'Step time limits stay within the statutory periods (licence acceptance, decision, delivery; penalty decision, delivery; seizure period)',
    },
    severity: 'error',
    docs: 'docs/rules/step-time-limit-exceeded.md',
    messages: {
      licenceAccept: {
        zh: '许可事项“{{code}}”的环节“{{step}}”时限“{{limit}}”超过 5 个工作日（《行政许可法》第三十二条：材料不全应当场或五日内一次告知）',
        en: 'Step "{{step}}" of licence "{{code}}" allows "{{limit}}", more than 5 working days (许可法 Art. 32: incomplete applications are answered on the spot or within 5 days)',
      },
      licenceDecision: {
        zh: '许可事项“{{code}}”自受理至“{{step}}”至少需 {{total}} 个工作日（{{path}}），超过法定的 {{allowed}} 个工作日（《行政许可法》第四十二条）',
        en: 'Licence "{{code}}" needs at least {{total}} working days from acceptance to "{{step}}" ({{path}}), more than the statutory {{allowed}} working days (许可法 Art. 42)',
      },
      licenceDelivery: {
        zh: '许可事项“{{code}}”的环节“{{step}}”时限“{{limit}}”超过 10 个工作日（《行政许可法》第四十四条：自决定之日起十日内颁发、送达）',
        en: 'Step "{{step}}" of licence "{{code}}" allows "{{limit}}", more than 10 working days (许可法 Art. 44: issue and deliver within 10 days of the decision)',
      },
      penaltyDecision: {
        zh: '处罚事项“{{code}}”自立案至“{{step}}”至少需 {{total}} 日（{{path}}），超过《行政处罚法》第六十条的 90 日；如有法律、法规、规章另行规定，请在事项的法定时限或备注中注明',
        en: 'Penalty "{{code}}" needs at least {{total}} days from case filing to "{{step}}" ({{path}}), more than the 90 days of 处罚法 Art. 60; if a law, regulation or rule provides otherwise, say so in the power\'s statutory limit or note',
      },
      penaltyDelivery: {
        zh: '处罚事项“{{code}}”的环节“{{step}}”时限“{{limit}}”超过 7 个工作日（《行政处罚法》第六十一条：当事人不在场的，七日内送达）',
        en: 'Step "{{step}}" of penalty "{{code}}" allows "{{limit}}", more than 7 working days (处罚法 Art. 61: serve within 7 days when the party is absent)',
      },
      coercionPeriod: {
        zh: '强制事项“{{code}}”的环节“{{step}}”期限“{{limit}}”超过 {{allowed}} 日（《行政强制法》第二十五条、第三十二条：不超过三十日，经批准可延长三十日）',
        en: 'Step "{{step}}" of coercive measure "{{code}}" allows "{{limit}}", more than {{allowed}} days (强制法 Arts. 25, 32: at most 30 days, plus 30 with approval)',
      },
    },
    hints: {
      licenceAccept: {
        zh: '将受理（补正告知）时限改为“当场”或不超过“5个工作日”',
        en: 'Set the acceptance (correction notice) limit to "当场" or at most "5个工作日"',
      },
      licenceDecision: {
        zh: '缩短审查、决定时限；如经批准延长，请注明“可延长10个工作日”；如有法律、法规另行规定，请在法定时限或备注中注明“另有规定”及依据',
        en: 'Shorten the review and decision limits; if extended with approval, write "可延长10个工作日"; if a law or regulation provides otherwise, note "另有规定" and its basis in the statutory limit or note',
      },
      licenceDelivery: {
        zh: '将颁发、送达时限改为不超过“10个工作日”',
        en: 'Set the issue and delivery limit to at most "10个工作日"',
      },
      penaltyDecision: {
        zh: '缩短调查、审查等环节时限，或注明延长所依据的法律、法规、规章',
        en: 'Shorten the investigation and review limits, or name the law, regulation or rule that allows longer',
      },
      penaltyDelivery: {
        zh: '写明“当场交付；当事人不在场的，7日内送达”',
        en: 'Write "delivered on the spot; within 7 days when the party is absent"',
      },
      coercionPeriod: {
        zh: '将期限改为“30日”；情况复杂经负责人批准延长的，写“30日（可延长30日）”',
        en: 'Set the period to "30日"; if extended with the head\'s approval, write "30日（可延长30日）"',
      },
    },
  },
  check(context) {
    const { index } = context;
    if (!index.hasTable('powers')) return;
    context.afterPowers((powers) => {
      for (const procedure of buildProcedures(index.stepsByPower)) {
        const power = powers.ownerOf(procedure.powerKey);
        if (power === undefined) continue;
        if (power.type === 'licensing') checkLicence(procedure, power, context);
        else if (power.type === 'penalty') checkPenalty(procedure, power, context);
        else if (power.type === 'coercion') checkCoercion(procedure, power, context);
      }
    });
  },
});

type Context = RuleContext<M>;

/**
 * A limit counted from the clock's start ("自受理之日起20日", "自立案之日起90日内", "计入自立案之日起90日的办案期限")
 * states the clock's reading, not the step's own duration; one we cannot read sets it to 0 (leniently).
 */
function clockStep(step: StepRecord, unit: StatuteUnit, start: 'acceptance' | 'filing', excluded: boolean): ClockStep {
  if (countsFrom(countedFromIn(step.timeLimit), start)) return { at: limitOf(step, unit) };
  return { add: excluded ? 0 : limitOf(step, unit) };
}
type Finding = Readonly<Record<string, string | number>>;

function reportStep(context: Context, messageId: M, step: StepRecord, data: Finding = {}): void {
  context.report({
    messageId,
    at: at(step.source, 'timeLimit'),
    value: step.timeLimit ?? '',
    data: { code: step.powerCode, step: step.name ?? step.stepId, limit: step.timeLimit ?? '', ...data },
  });
}

/**
 * Decision steps whose clock, from `source` (excluded) to the step (included), exceeds `allowed`.
 * Without a source step, or in a procedure with a cycle, each decision step is judged on its own limit.
 * Only the first decision on a path is kept, so 审批 → 决定 does not report twice.
 */
function overrunDecisions(
  procedure: Procedure,
  options: {
    isSource: (step: StepRecord) => boolean;
    isTarget: (step: StepRecord) => boolean;
    weight: (step: StepRecord) => ClockStep;
    allowed: (step: StepRecord) => number;
  },
): Map<StepRecord, Finding> {
  const source = procedure.steps.find(options.isSource);
  const clock = source === undefined ? undefined : heaviestPathsFrom(procedure, source, options.weight);
  const found = new Map<StepRecord, Finding>();
  const reported = new Set<string>();
  for (const step of clock ? (topologicalOrder(procedure) ?? procedure.steps) : procedure.steps) {
    if (!options.isTarget(step)) continue;
    const onClock = clock?.totalAt(step);
    const own = options.weight(step);
    const total = onClock ?? ('at' in own ? own.at : own.add);
    const allowed = options.allowed(step);
    if (total <= allowed) continue;
    const path = onClock === undefined || !clock ? [step.stepId] : clock.pathTo(step);
    if (path.slice(0, -1).some((id) => reported.has(id))) continue;
    reported.add(step.stepId);
    found.set(step, { total, allowed, path: path.join(' → ') });
  }
  return found;
}

function checkLicence(procedure: Procedure, power: ProcedureOwner, context: Context): void {
  const powerText = plain(power.statutoryLimit) + plain(power.note);
  const isAccept = (s: StepRecord): boolean =>
    ACCEPT.test(plain(s.name)) && !NOT_ONLY_ACCEPT.test(plain(s.name)) && !DELIVER.test(plain(s.name));
  const isDeliver = (s: StepRecord): boolean => DELIVER.test(plain(s.name));
  // Art. 42: 20 working days (+10 with approval); joint or centralised handling 45 (+15).
  const joint = JOINT.test(powerText);
  const base = Math.max(joint ? 45 : 20, statedLimit(power, 'working_day'));
  const extra = joint ? 15 : 10;
  const decisions = OTHER_LAW.test(powerText) ? new Map<StepRecord, Finding>() : overrunDecisions(procedure, {
    isSource: isAccept,
    isTarget: (s) => LICENCE_DECIDE.test(plain(s.name)) && !isAccept(s) && !isDeliver(s),
    weight: (s) => clockStep(s, 'working_day', 'acceptance', isAccept(s) || isDeliver(s) || LICENCE_EXCLUDED.test(plain(s.name))),
    allowed: (s) => base + (EXTENSION.test(powerText) || extendable(s) ? extra : 0),
  });
  for (const step of procedure.steps) {
    const decision = decisions.get(step);
    if (decision) reportStep(context, 'licenceDecision', step, decision);
    else if (isAccept(step) && limitOf(step, 'working_day') > 5) reportStep(context, 'licenceAccept', step);
    else if (isDeliver(step) && limitOf(step, 'working_day') > 10) reportStep(context, 'licenceDelivery', step);
  }
}

function checkPenalty(procedure: Procedure, power: ProcedureOwner, context: Context): void {
  const powerText = plain(power.statutoryLimit) + plain(power.note);
  const isDeliver = (s: StepRecord): boolean => /送达/.test(plain(s.name));
  const isFiling = (s: StepRecord): boolean => FILE_CASE.test(plain(s.name)) && !/不予立案/.test(plain(s.name));
  // Art. 60: "法律、法规、规章另有规定的，从其规定" — sector rules that extend the 90 days count as such.
  const otherLaw = OTHER_LAW.test(powerText) || EXTENSION.test(powerText);
  const decisions = otherLaw ? new Map<StepRecord, Finding>() : overrunDecisions(procedure, {
    isSource: isFiling,
    isTarget: (s) => PENALTY_DECIDE.test(plain(s.name)) && !isDeliver(s) && !/执行/.test(plain(s.name)),
    weight: (s) => clockStep(s, 'calendar_day', 'filing', isFiling(s) || PENALTY_EXCLUDED.test(plain(s.name))),
    allowed: () => Math.max(90, statedLimit(power, 'calendar_day')),
  });
  for (const step of procedure.steps) {
    const decision = decisions.get(step);
    if (decision) reportStep(context, 'penaltyDecision', step, decision);
    else if (isDeliver(step) && limitOf(step, 'working_day') > 7) reportStep(context, 'penaltyDelivery', step);
  }
}

function checkCoercion(procedure: Procedure, power: ProcedureOwner, context: Context): void {
  const powerText = plain(power.statutoryLimit) + plain(power.note);
  // Art. 25 ¶1 and Art. 32 keep "法律（、行政法规）另有规定的除外".
  if (OTHER_LAW.test(powerText)) return;
  for (const step of procedure.steps) {
    const name = plain(step.name);
    if (!SEIZE.test(name) || NOT_THE_PERIOD.test(name)) continue;
    const allowed = 30 + (EXTENSION.test(powerText) || extendable(step) ? 30 : 0);
    if (limitOf(step, 'calendar_day') > allowed) reportStep(context, 'coercionPeriod', step, { allowed });
  }
}
