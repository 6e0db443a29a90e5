// What is written in each box (label, time limits, problem) wrapped and measured, and the box size that holds it.

import type { Lang } from '../diagnostics/types.js';
import { widestLine, wrapText } from './measure.js';
import { labelText, maxLineWidth, minStepWidth, minTerminalWidth, padX, padY, ruleGap, smallText, type TextStyle } from './style.js';
import { formatFlowLimit } from './time-limits.js';
import type { FlowNode } from './types.js';

export interface TextBlock {
  readonly role: 'label' | 'limit' | 'problem';
  readonly style: TextStyle;
  readonly lines: readonly string[];
}

export interface BoxContent {
  /** Label first, then the time limits (after a rule), then the problem. */
  readonly blocks: readonly TextBlock[];
  /** The text block's own extent, centred in the box. */
  readonly textWidth: number;
  readonly textHeight: number;
  readonly width: number;
  readonly height: number;
}

/** The problem line of a box, in the chart's language. */
export const problemText = (node: FlowNode, lang: Lang): string | undefined =>
  node.problem === undefined ? undefined : `${lang === 'en' ? 'Problem: ' : '问题：'}${node.problem.message[lang]}`;

const blockHeight = (block: TextBlock): number => block.lines.length * block.style.lineHeight;

/** The text of `node` wrapped for its kind of box, and the size of that box. */
export function boxContent(node: FlowNode, lang: Lang = 'zh'): BoxContent {
  const max = maxLineWidth[node.kind];
  const labelStyle = node.kind === 'remedy' ? smallText : labelText;
  const blocks: TextBlock[] = [{ role: 'label', style: labelStyle, lines: wrapText(node.label, max, labelStyle.size) }];
  const limits = node.limits.flatMap((limit) => wrapText(formatFlowLimit(limit), max, smallText.size));
  if (limits.length > 0) blocks.push({ role: 'limit', style: smallText, lines: limits });
  const problem = problemText(node, lang);
  if (problem !== undefined) blocks.push({ role: 'problem', style: smallText, lines: wrapText(problem, max, smallText.size) });
  const textWidth = Math.ceil(Math.max(...blocks.map((b) => widestLine(b.lines, b.style.size))));
  const textHeight = blocks.reduce((sum, b) => sum + blockHeight(b), 0) + (blocks.length - 1) * ruleGap;
  const [width, height] = boxSize(node.kind, textWidth, textHeight);
  return { blocks, textWidth, textHeight, width, height };
}

function boxSize(kind: FlowNode['kind'], w: number, h: number): [number, number] {
  switch (kind) {
    case 'decision':
      // The text's corners stay inside the diamond when w/W + h/H ≤ 1; twice each side (plus padding) leaves room.
      return [2 * (w + padX), 2 * (h + padY)];
    case 'start':
    case 'end':
      // The round ends take half the height on each side.
      return [Math.max(minTerminalWidth, w + 2 * padX + h), h + 2 * padY];
    case 'remedy':
      return [w + 2 * padX, h + 2 * padY];
    case 'step':
      return [Math.max(minStepWidth, w + 2 * padX), h + 2 * padY];
  }
}
