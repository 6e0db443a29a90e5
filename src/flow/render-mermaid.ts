// Mermaid source of a flow, for people who edit charts by hand. Every value is written as an entity outside a
// small safe set, so no cell can close a label, start a link (-->), a comment (%%) or reach a page as markup.

import { formatFlowLimit } from './time-limits.js';
import type { FlowModel, FlowNode } from './types.js';

/** Characters a quoted Mermaid label shows as they are; anything else becomes #<code>; (Mermaid's entity form). */
const SAFE = /[\p{L}\p{N} _，、。：；（）？！“”《》〔〕·…·+,.?!]/u;

/** One label's text for a quoted Mermaid label: entities for everything outside `SAFE`, "\n" as a line break. */
export function mermaidText(text: string): string {
  return text
    .split('\n')
    .map((line) => [...line].map((ch) => (SAFE.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`)).join(''))
    .join('<br/>');
}

/** The lines in a box: its label, its limits, and the problem marked on it. */
function boxText(node: FlowNode): string {
  const lines = [node.label, ...node.limits.map(formatFlowLimit)];
  if (node.problem !== undefined) lines.push(`问题：${node.problem.message.zh}`);
  return lines.map(mermaidText).join('<br/>');
}

const SHAPES: Readonly<Record<FlowNode['kind'], readonly [string, string]>> = {
  start: ['([', '])'],
  end: ['([', '])'],
  step: ['[', ']'],
  decision: ['{', '}'],
  remedy: ['[/', '/]'],
};

/** `flowchart TD` source; node ids are n1, n2 … by position, lanes are subgraphs, problems a dashed class. */
export function renderFlowMermaid(model: FlowModel): string {
  const ids = new Map(model.nodes.map((node, i) => [node.id, `n${i + 1}`]));
  const idOf = (id: string): string => ids.get(id) ?? 'missing';
  const nodeLine = (node: FlowNode): string => {
    const [open, close] = SHAPES[node.kind];
    return `${idOf(node.id)}${open}"${boxText(node)}"${close}`;
  };
  const lines = ['flowchart TD', `  %% ${mermaidText(`${model.powerCode} ${model.powerName}`)}`];
  const inLane = new Set<string>();
  model.lanes.forEach((lane, i) => {
    const members = model.nodes.filter((node) => node.lane === lane);
    if (members.length === 0) return;
    lines.push(`  subgraph lane${i + 1}["${mermaidText(lane)}"]`);
    for (const node of members) {
      lines.push(`    ${nodeLine(node)}`);
      inLane.add(node.id);
    }
    lines.push('  end');
  });
  for (const node of model.nodes) if (!inLane.has(node.id)) lines.push(`  ${nodeLine(node)}`);
  for (const edge of model.edges) {
    const label = edge.label === undefined ? '' : `|${mermaidText(edge.label)}|`;
    lines.push(`  ${idOf(edge.from)} -->${label} ${idOf(edge.to)}`);
  }
  const marked = model.nodes.filter((node) => node.problem !== undefined).map((node) => idOf(node.id));
  if (marked.length > 0) {
    lines.push('  classDef problem stroke-dasharray: 5 3,stroke-width:2px');
    lines.push(`  class ${marked.join(',')} problem`);
  }
  return `${lines.join('\n')}\n`;
}
