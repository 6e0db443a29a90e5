// renderFlowMermaid: shapes, lanes as subgraphs, and every value escaped so no cell can break out of its label.

import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../src/flow/render-mermaid.js';
import { renderFlowMermaid, type FlowModel } from '../../src/flow/index.js';

const hostile = ['<script>alert(1)</script>', ']]>', '"quoted"', 'a --> b', '[x]', '{y}', '(z)', '|p|', '%% c', 'A:::cls', '#35;', '`t`', 'a;b', '&amp;', 'x\\y', "it's"];

function modelWith(text: string): FlowModel {
  return {
    powerCode: text, powerName: text, actType: '行政处罚', origin: { kind: 'steps' }, lanes: [text],
    nodes: [
      { id: 'start', kind: 'start', label: '开始', limits: [] },
      { id: text, kind: 'step', label: text, lane: text, limits: [{ amount: 5, unit: '工作日', kind: 'statutory', from: text }],
        problem: { code: 'cycle', nodeId: text, message: { zh: text, en: text } } },
      { id: 'd', kind: 'decision', label: `${text}？`, limits: [] },
      { id: 'end', kind: 'end', label: '结束', limits: [] },
    ],
    edges: [
      { id: 'e1', from: 'start', to: text },
      { id: 'e2', from: text, to: 'd' },
      { id: 'e3', from: 'd', to: 'end', label: text },
    ],
    problems: [],
  };
}

describe('renderFlowMermaid', () => {
  it('keeps CJK text and common punctuation as it is, and turns everything else into entities', () => {
    expect(mermaidText('材料齐全、符合法定形式？（第三十二条）《许可法》')).toBe('材料齐全、符合法定形式？（第三十二条）《许可法》');
    expect(mermaidText('<script>')).toBe('#60;script#62;');
    expect(mermaidText('a --> b')).toBe('a #45;#45;#62; b');
    expect(mermaidText('"]]>')).toBe('#34;#93;#93;#62;');
    expect(mermaidText('第一行\n第二行')).toBe('第一行<br/>第二行');
  });

  it.each(hostile)('escapes %s wherever a value reaches the source', (text) => {
    const source = renderFlowMermaid(modelWith(text));
    // Outside the structural tokens quanze writes, no character that Mermaid or HTML reads as syntax survives.
    const values = source
      .split('\n')
      .flatMap((line) => [...line.matchAll(/"([^"]*)"|\|([^|]*)\||%% (.*)$/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
    expect(values.length).toBeGreaterThan(4);
    for (const value of values) expect(value.replaceAll('<br/>', '').replace(/#[0-9]+;/g, '')).not.toMatch(/[<>"[\]{}()|`%:;&\\']|--/);
    // Node ids are quanze's own, never the model's.
    expect(source).toMatch(/^ {4}n2\["/m);
    expect(source).not.toContain('<script');
    expect(source).not.toContain(']]>');
  });

  it('draws lanes as subgraphs, decisions as diamonds, branch words on arrows and problems dashed', () => {
    const source = renderFlowMermaid(modelWith('审查'));
    expect(source).toContain('subgraph lane1["审查"]');
    expect(source).toContain('n2["审查<br/>法定：自审查起5个工作日'.replace('法定', '时限'));
    expect(source).toContain('n3{"审查？"}');
    expect(source).toContain('n3 -->|审查| n4');
    expect(source).toContain('class n2 problem');
    expect(source.startsWith('flowchart TD\n')).toBe(true);
  });
});
