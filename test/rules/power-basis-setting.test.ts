// Cases for power-basis-setting: A penalty, licence or coercion cites a basis of a level allowed to create it (设定权):
// never only normative documents, and laws or regulations where reserved.

import { describe, expect, it } from 'vitest';
import type { ActTypeId } from '../../src/model/act-types.js';
import type { BasisLevel } from '../../src/model/basis-vocab.js';
import rule from '../../src/rules/power-basis-setting.js';
import { requirementsFor, settingMatrix } from '../../src/law/basis-setting-matrix.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const basis = (title: string, level: BasisLevel) => ({ title, level, status: 'in_force' as const });
const bases = [
  basis('中华人民共和国治安管理处罚法', 'law'),
  basis('中华人民共和国税收征收管理法', 'law'),
  basis('城市绿化条例', 'administrative_regulation'),
  basis('某省城市绿化条例', 'local_regulation'),
  basis('某省市容和环境卫生管理条例', 'local_regulation'),
  basis('城市建筑垃圾管理规定', 'departmental_rule'),
  basis('某市户外广告设置管理办法', 'local_government_rule'),
  basis('某市园林绿化管理若干规定', 'normative_document'),
];
let seq = 0;
const power = (type: ActTypeId, name: string, basisText: string) => ({ code: `P-${++seq}`, name, type, basisText });
const basisColumn = columnOf('powers', 'basisText');

describe('power-basis-setting', () => {
  it('accepts powers whose bases may create them', () => {
    testRule(rule, {
      valid: [
        {
          bases,
          powers: [
            power('penalty', '对擅自砍伐城市树木的处罚', '《城市绿化条例》第二十六条；《某市园林绿化管理若干规定》第五条'),
            // A rule may create a warning or a fine.
            power('penalty', '对未按规定设置户外广告的罚款', '《某市户外广告设置管理办法》第二十条'),
            // A rule may specify confiscation when the higher law is cited too.
            power('penalty', '对违法处置建筑垃圾的罚款、没收违法所得', '《城市绿化条例》第二十六条；《城市建筑垃圾管理规定》第二十五条'),
            power('penalty', '对扰乱公共秩序的行政拘留', '《治安管理处罚法》第二十三条'),
            power('penalty', '吊销营业执照', '《城市绿化条例》第二十九条'),
            // A local regulation may create 查封 and 扣押.
            power('coercion', '查封、扣押违法设置的户外广告设施', '《某省市容和环境卫生管理条例》第四十条'),
            power('coercion', '冻结纳税人存款', '《税收征收管理法》第三十八条'),
            power('coercion', '加处罚款', '《中华人民共和国行政处罚法》第七十二条'),
            // Applying to a court needs no enforcement power of one's own.
            power('coercion', '申请人民法院强制执行', '《某省城市绿化条例》第五十条'),
            power('licensing', '城市绿化工程设计方案审批', '《某省城市绿化条例》第十二条；《城市建筑垃圾管理规定》第七条'),
            // Other act types are not judged.
            power('inspection', '园林绿化监督检查', '《某市园林绿化管理若干规定》第八条'),
            // An uncatalogued title other than a 《…法》 could be of any level: not judged.
            power('penalty', '对损毁绿地的处罚', '《某市园林绿化管理若干规定》第五条；《某省绿地条例》第九条'),
          ],
        },
      ],
      invalid: [
        {
          tables: {
            bases,
            powers: [
              power('penalty', '对损毁绿地的处罚', '《某市园林绿化管理若干规定》第五条'),
              power('penalty', '对扰乱公共秩序的行政拘留', '《某省市容和环境卫生管理条例》第三十条'),
              power('penalty', '吊销营业执照', '《某省城市绿化条例》第四十八条'),
              power('penalty', '责令停产停业', '《某市户外广告设置管理办法》第二十一条'),
              power('coercion', '冻结存款', '《城市绿化条例》第三十条'),
              power('coercion', '代履行', '《某省城市绿化条例》第四十九条'),
              power('coercion', '强制检测', '《某省城市绿化条例》第四十九条'),
              power('coercion', '扣押违法设置的户外广告设施', '《某市户外广告设置管理办法》第二十二条'),
              power('licensing', '临时占用城市绿地审批', '《城市建筑垃圾管理规定》第七条'),
              power('licensing', '古树名木迁移审批', '《某市园林绿化管理若干规定》第九条'),
            ],
          },
          findings: [
            { messageId: 'normativeOnly', row: 2, column: basisColumn },
            { messageId: 'detentionNeedsLaw', row: 3, column: basisColumn },
            { messageId: 'businessLicenceRevocation', row: 4, column: basisColumn },
            { messageId: 'ruleBeyondWarningFine', row: 5, column: basisColumn },
            { messageId: 'freezeNeedsLaw', row: 6, column: basisColumn },
            { messageId: 'executionNeedsLaw', row: 7, column: basisColumn },
            { messageId: 'localRegulationMeasure', row: 8, column: basisColumn },
            { messageId: 'ruleSetsMeasure', row: 9, column: basisColumn },
            { messageId: 'departmentalRuleLicence', row: 10, column: basisColumn },
            { messageId: 'normativeOnly', row: 11, column: basisColumn },
          ],
        },
        {
          // Restricting personal freedom as a coercive measure: a law, not a local regulation.
          tables: { bases, powers: [power('coercion', '对醉酒的人采取保护性约束措施', '《某省市容和环境卫生管理条例》第三十一条')] },
          findings: [{ messageId: 'personalFreedomNeedsLaw', row: 2 }],
        },
      ],
    });
  });

  it('keeps the matrix readable: each message id has a statute, and rows apply by cue', () => {
    for (const row of settingMatrix) expect(row.statute).toMatch(/^《行政(处罚|许可|强制)法》第/);
    expect(requirementsFor('coercion', '申请人民法院强制执行').map((r) => r.check)).toEqual(['normativeOnly']);
    expect(requirementsFor('penalty', '对违法行为的处罚').map((r) => r.check)).toEqual(['normativeOnly']);
  });
});
