// --format junit: well-formed XML, a suite per file and a case per (file, rule).

import { describe, expect, it } from 'vitest';

import { createCheckReport } from '../../src/report/create-report.js';
import { junit } from '../../src/report/junit.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/report/xml.js';
import { sampleContext, sampleReport } from './sample-report.js';
import { xmlProblems } from './xml-well-formed.js';

describe('junit', () => {
  const text = junit(sampleReport('zh'), sampleContext('zh'));

  it('matches the golden report', async () => {
    await expect(text).toMatchFileSnapshot('../golden/report/junit.xml');
  });

  it('is well-formed XML', () => {
    expect(xmlProblems(text)).toEqual([]);
  });

  it('the well-formedness check itself catches broken XML', () => {
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1"/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a x=1/>')).not.toEqual([]);
    expect(xmlProblems('<a>\u0001</a>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="&amp;"><b/>t&#10;</a>\n')).toEqual([]);
  });

  it('has a suite per file and a case per (file, rule)', () => {
    expect(text.match(/<testsuite /g)).toHaveLength(4);
    expect(text).toContain('<testsuites name="quanze" tests="10" failures="7" errors="0" time="0">');
    // Two schema/powers errors in the workbook are two failures of one test case.
    const workbook = text.slice(text.indexOf('<testsuite name="samples/市场监管局.xlsx"'));
    expect(workbook.match(/name="schema\/powers"/g)).toHaveLength(1);
  });

  it('marks warnings as failures of type warning, and infos as output', () => {
    expect(text).toContain('<failure type="warning" message="《某某条例》已于2023年1月1日废止：&#10;请改引现行有效的依据">');
    expect(text).toMatch(/name="power-unclassified" time="0">\n {6}<system-out>/);
  });

  it('gives a clean file a passing test case', () => {
    expect(text).toContain('<testcase classname="samples/教育局.xlsx" name="检查通过" time="0"/>');
    const clean = junit(createCheckReport([], [{ file: 'a.csv', rows: {} }]), sampleContext('en'));
    expect(clean).toContain('<testcase classname="a.csv" name="no problems" time="0"/>');
    expect(xmlProblems(clean)).toEqual([]);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXmlText(`<&"'>\u0000\u001b\u0007\ud800ok\t\n`)).toBe(`&lt;&amp;"'&gt;ok\t\n`);
    expect(escapeXmlAttribute(`<&"'>\u0000\n\r\t`)).toBe('&lt;&amp;&quot;&apos;&gt;&#10;&#13;&#9;');
    expect(escapeXmlText('😀 𠀀')).toBe('😀 𠀀');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('值：=cmd|\' /C calc\'!A0');
  });
});

describe('junit at scale', () => {
  it('formats one rule failing 200 000 times', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ruleId: 'schema/powers', severity: 'error' as const, message: 'm', file: 'big.csv', row: i + 2 }));
    const text = junit(createCheckReport(many, []), sampleContext('en'));
    expect(text.match(/<failure /g)).toHaveLength(200_000);
  });
});
