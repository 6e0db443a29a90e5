// renderFlowSvg: a laid-out flow as accessible, searchable, print-friendly SVG (black on white, text as <text>, no external anything).

import { createHash } from 'node:crypto';
import type { Lang } from '../diagnostics/types.js';
import { html, joinMarkup, raw, type SafeMarkup } from '../markup/html.js';
import { boxContent, type TextBlock } from './box-content.js';
import { laneNameLines } from './lanes.js';
import { wrapText } from './measure.js';
import { ascent, descent, fontFamily, laneHeaderPad, laneText, margin, padX, round, ruleGap, smallText, type TextStyle } from './style.js';
import { formatFlowLimit } from './time-limits.js';
import type { Box, FlowLayout, FlowProblem, LaidOutEdge, LaidOutNode, Point } from './types.js';

export interface RenderFlowSvgOptions {
  /** Prefix of the ids inside the SVG (title and desc); unique per chart on a page. Default: from the power code. */
  readonly id?: string;
  /** Language of the title, description and notes (zh by default). Box texts are as laid out. */
  readonly lang?: Lang;
  /** A visible heading above the chart (the power's name); leave it out where the page has one. Default true. */
  readonly heading?: boolean;
}

const ink = '#000';
const paper = '#fff';
/** Alternate lanes are shaded this light grey: it prints as a faint tint, never hides text. */
const shade = '#f0f0f0';
const headingText: TextStyle = { size: 16, lineHeight: 24 };

/** The default id prefix: a hash of the power code, so ids are safe and stable whatever the code holds. */
const idFor = (code: string): string => `qzf-${createHash('sha256').update(code).digest('hex').slice(0, 10)}`;

/** Baseline of a line whose line box starts at `top`: the glyph box (ascent + descent) centred in the line height. */
const baseline = (top: number, style: TextStyle): number => top + (style.lineHeight - (ascent + descent) * style.size) / 2 + ascent * style.size;

/** The SVG of `layout`: same layout and options, same bytes. */
export function renderFlowSvg(layout: FlowLayout, options: RenderFlowSvgOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const id = options.id ?? idFor(layout.model.powerCode);
  const model = layout.model;
  const titleText = lang === 'en' ? `Procedure flowchart: ${model.powerName} (${model.powerCode})` : `${model.powerName}（${model.powerCode}）执法流程图`;
  const headingLines = options.heading === false ? [] : wrapText(model.powerName, Math.max(layout.width - 2 * margin, 160), headingText.size);
  const top = headingLines.length === 0 ? 0 : headingLines.length * headingText.lineHeight + margin;
  const notes = flowNotes(layout, lang);
  const noteLines = notes.flatMap((note) => wrapText(note, Math.max(layout.width - 2 * margin, 160), smallText.size));
  const bottom = noteLines.length === 0 ? 0 : noteLines.length * smallText.lineHeight + margin;
  const width = round(layout.width);
  const height = round(top + layout.height + bottom);

  const heading = headingLines.map((line, i) => html`<text x="${round(width / 2)}" y="${round(baseline(margin / 2 + i * headingText.lineHeight, headingText))}" font-size="${headingText.size}" font-weight="bold" text-anchor="middle" data-role="heading">${line}</text>`);
  const noteMarkup = noteLines.map((line, i) => html`<text x="${margin}" y="${round(baseline(top + layout.height + i * smallText.lineHeight, smallText))}" font-size="${smallText.size}" data-role="note">${line}</text>`);
  // The body was built by html`` (every cell escaped), only kept as a string.
  const chart = html`<g transform="translate(0 ${round(top)})">${raw(chartBody(layout, lang))}</g>`;
  return String(
    html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${fontFamily}" class="quanze-flow" data-power="${model.powerCode}"><title id="${id}-title">${titleText}</title><desc id="${id}-desc">${describe(layout, lang)}</desc><rect x="0" y="0" width="${width}" height="${height}" fill="${paper}"></rect>${heading}${chart}${noteMarkup}</svg>`,
  ) + '\n';
}

/**
 * Lanes, arrows and boxes: everything drawn that depends on the drawing alone (no id, no title), kept per drawing,
 * since powers with the same boxes share their layout's arrays — 20,000 template charts are a few dozen bodies.
 */
function chartBody(layout: FlowLayout, lang: Lang): string {
  const byLang = drawnBodies.get(layout.nodes) ?? new Map<Lang, string>();
  drawnBodies.set(layout.nodes, byLang);
  let body = byLang.get(lang);
  if (body === undefined) {
    body = String(html`${lanes(layout)}${layout.edges.map(renderEdge)}${layout.nodes.map((node) => renderNode(node, lang))}`);
    byLang.set(lang, body);
  }
  return body;
}

/** Bodies by the laid-out boxes they draw (a layout's nodes array identifies its drawing; the edges and lanes come with it). */
const drawnBodies = new WeakMap<readonly LaidOutNode[], Map<Lang, string>>();

/** Lane bands with their names in a header row, alternately shaded, ruled apart. */
function lanes(layout: FlowLayout): SafeMarkup {
  return joinMarkup(
    layout.lanes.map((lane, i) => {
      const lines = laneNameLines(lane.name, lane.width);
      const cx = round(lane.x + lane.width / 2);
      const names = lines.map((line, j) => html`<text x="${cx}" y="${round(baseline(lane.y + laneHeaderPad + j * laneText.lineHeight, laneText))}" font-size="${laneText.size}" font-weight="bold" text-anchor="middle" data-role="lane">${line}</text>`);
      const fill = i % 2 === 1 ? shade : paper;
      return html`<g data-lane="${lane.name}"><rect x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}" fill="${fill}" stroke="${ink}" stroke-width="1"></rect>${names}</g>`;
    }),
  );
}

function renderEdge(edge: LaidOutEdge): SafeMarkup {
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
  const label = edge.labelBox;
  const labelMarkup = label
    ? html`<rect x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}" fill="${paper}"></rect>${label.lines.map((line, i) => html`<text x="${round(label.x + label.width / 2)}" y="${round(baseline(label.y + (label.height - label.lines.length * smallText.lineHeight) / 2 + i * smallText.lineHeight, smallText))}" font-size="${smallText.size}" text-anchor="middle" data-role="edge-label">${line}</text>`)}`
    : '';
  return html`<g data-edge="${edge.id}"><path d="${d}" fill="none" stroke="${ink}" stroke-width="1.2"></path>${arrowHead(edge.points)}${labelMarkup}</g>`;
}

/** Arrow heads are drawn as triangles at the route's end, not as a <marker>: a marker needs an id, unique per page. */
const arrowLength = 7;
const arrowHalfWidth = 3.5;

function arrowHead(points: readonly Point[]): SafeMarkup | '' {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (tip === undefined || from === undefined) return '';
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return '';
  const [ux, uy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
  const [bx, by] = [tip.x - ux * arrowLength, tip.y - uy * arrowLength];
  const corner = (side: number): string => `${round(bx - uy * arrowHalfWidth * side)} ${round(by + ux * arrowHalfWidth * side)}`;
  return html`<path d="M${tip.x} ${tip.y}L${corner(1)}L${corner(-1)}z" fill="${ink}"></path>`;
}

function shape(node: LaidOutNode): SafeMarkup {
  const { x, y, width: w, height: h } = node;
  const problem = node.problem !== undefined;
  const stroke = html`stroke="${ink}" stroke-width="${problem ? 2.5 : 1.5}"${problem ? html` stroke-dasharray="6 3"` : ''}`;
  switch (node.kind) {
    case 'decision':
      return html`<path d="M${round(x + w / 2)} ${y}L${round(x + w)} ${round(y + h / 2)}L${round(x + w / 2)} ${round(y + h)}L${x} ${round(y + h / 2)}z" fill="${paper}" ${stroke}></path>`;
    case 'start':
    case 'end':
      return html`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${round(h / 2)}" fill="${paper}" ${stroke}></rect>`;
    case 'remedy': {
      // A note with a folded corner.
      const fold = 10;
      return html`<path d="M${x} ${y}L${round(x + w - fold)} ${y}L${round(x + w)} ${round(y + fold)}L${round(x + w)} ${round(y + h)}L${x} ${round(y + h)}z" fill="${paper}" ${stroke}></path><path d="M${round(x + w - fold)} ${y}L${round(x + w - fold)} ${round(y + fold)}L${round(x + w)} ${round(y + fold)}" fill="none" stroke="${ink}" stroke-width="1"></path>`;
    }
    case 'step':
      return html`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="${paper}" ${stroke}></rect>`;
  }
}

/** The box's text blocks, centred; a rule above the time limits of a rectangular box; a warning mark on a problem. */
function renderNode(node: LaidOutNode, lang: Lang): SafeMarkup {
  const content = boxContent(node, lang);
  const blocks: TextBlock[] = content.blocks.map((block, i) => (i === 0 ? { ...block, lines: node.lines } : block));
  const left = node.x + (node.width - content.textWidth) / 2;
  const anchorStart = node.kind === 'remedy';
  const cx = round(node.x + node.width / 2);
  let y = node.y + (node.height - content.textHeight) / 2;
  const parts: SafeMarkup[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) {
      if (block.role === 'limit' && node.kind === 'step') {
        const ruleY = round(y + ruleGap / 2);
        parts.push(html`<path d="M${round(node.x + padX / 2)} ${ruleY}L${round(node.x + node.width - padX / 2)} ${ruleY}" stroke="${ink}" stroke-width="0.6"></path>`);
      }
      y += ruleGap;
    }
    for (const line of block.lines) {
      const anchor = anchorStart ? html`x="${round(left)}"` : html`x="${cx}" text-anchor="middle"`;
      parts.push(html`<text ${anchor} y="${round(baseline(y, block.style))}" font-size="${block.style.size}" data-role="${block.role}">${line}</text>`);
      y += block.style.lineHeight;
    }
  });
  const tooltip = [node.label, ...node.limits.map((l) => (l.source ? `${formatFlowLimit(l)}（${l.source}）` : formatFlowLimit(l)))].join('\n');
  return html`<g data-node="${node.id}" data-kind="${node.kind}"${node.problem ? html` data-problem="${node.problem.code}"` : ''}><title>${tooltip}</title>${shape(node)}${node.problem ? warningMark(node) : ''}${parts}</g>`;
}

/** A small black triangle with a white "!" on the box's top-right corner. */
function warningMark(box: Box): SafeMarkup {
  const cx = round(box.x + box.width - 4);
  const cy = round(box.y);
  return html`<path d="M${cx} ${round(cy - 9)}L${round(cx + 9)} ${round(cy + 7)}L${round(cx - 9)} ${round(cy + 7)}z" fill="${ink}"></path><path d="M${cx} ${round(cy - 4)}L${cx} ${round(cy + 2)}M${cx} ${round(cy + 4)}L${cx} ${round(cy + 5.5)}" stroke="${paper}" stroke-width="2"></path>`;
}

/** Problems of the whole flow (or of a node not drawn), written under the chart. */
function flowNotes(layout: FlowLayout, lang: Lang): string[] {
  const marked = new Set(layout.nodes.filter((n) => n.problem !== undefined).map((n) => n.id));
  const prefix = lang === 'en' ? 'Problem: ' : '问题：';
  return layout.model.problems.filter((p: FlowProblem) => p.nodeId === undefined || !marked.has(p.nodeId)).map((p) => `${prefix}${p.message[lang]}`);
}

/** The chart in words, for screen readers and search: steps in order with their limits and lanes, then the problems. */
function describe(layout: FlowLayout, lang: Lang): string {
  const model = layout.model;
  const steps = model.nodes.filter((n) => n.kind === 'step' || n.kind === 'decision');
  const items = steps.map((n, i) => {
    const limits = n.limits.map(formatFlowLimit).join('，');
    const lane = n.lane ? (lang === 'en' ? ` [${n.lane}]` : `【${n.lane}】`) : '';
    return `${i + 1}. ${n.label.replace(/\s+/gu, ' ')}${lane}${limits ? `（${limits}）` : ''}`;
  });
  const remedy = model.nodes.filter((n) => n.kind === 'remedy').map((n) => n.label.replace(/\s*\n\s*/gu, '').replace(/\s+/gu, ' '));
  const problems = model.problems.map((p) => p.message[lang]);
  const head = lang === 'en' ? `${model.actType}, ${steps.length} steps: ` : `${model.actType}，共${steps.length}步：`;
  const tail = problems.length === 0 ? '' : lang === 'en' ? ` Problems: ${problems.join('; ')}.` : `问题：${problems.join('；')}。`;
  return `${head}${items.join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '.' : '。'}${remedy.join('')}${tail}`;
}

