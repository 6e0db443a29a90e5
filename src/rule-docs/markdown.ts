// A rule's docs page (the little Markdown the pages use) as terminal text: headings, paragraphs re-wrapped to the
// width, lists with hanging indents, code blocks as they are, tables aligned by display width or as records.

import stringWidth from 'string-width';
import type { Lang } from '../diagnostics/types.js';
import { wrapText } from '../output/wrap-text.js';

export interface TerminalStyle {
  readonly heading: (text: string) => string;
  readonly strong: (text: string) => string;
  readonly code: (text: string) => string;
}

export const plainStyle: TerminalStyle = { heading: (t) => t, strong: (t) => t, code: (t) => t };

const han = /[\p{Script=Han}（），。、；：？！《》“”「」]/u;

/** Hard-wrapped source lines as one line: no space where the break falls between two Chinese characters. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    const next = line.trim();
    if (text === '') return next;
    return han.test(text.at(-1) ?? '') && han.test(next[0] ?? '') ? text + next : `${text} ${next}`;
  }, '');
}

/** **strong**, `code` and [text](link) inline. */
function inline(text: string, style: TerminalStyle): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => style.strong(t))
    .replace(/(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, (_, t: string) => style.code(t));
}

/** `text` wrapped to `width` with `first` before its first line and `rest` before the others. */
function hanging(text: string, width: number, first: string, rest: string): string[] {
  const lines = wrapText(text, Math.max(20, width - stringWidth(first))).split('\n');
  return lines.map((line, i) => (i === 0 ? first : rest) + line);
}

const cells = (row: string): string[] => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

function table(rows: readonly string[], width: number, lang: Lang, style: TerminalStyle): string[] {
  const [head = '', , ...body] = rows;
  const header = cells(head).map((c) => inline(c, style));
  const data = body.map((row) => cells(row).map((c) => inline(c, style)));
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...data.map((r) => stringWidth(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) + 2;
  if (total <= width) {
    const line = (row: readonly string[]): string =>
      `  ${row.map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - stringWidth(c)))).join('  ')}`.trimEnd();
    return [line(header.map((h) => style.strong(h))), ...data.map(line)];
  }
  // Too wide for the terminal: one record per row, "heading: value" pairs.
  const [colon, separator] = lang === 'zh' ? ['：', '；'] : [': ', '; '];
  return data.flatMap((row) => hanging(row.map((c, i) => `${header[i] ?? ''}${colon}${c}`).join(separator), width, '  • ', '    '));
}

/**
 * The page's body as terminal lines, without its title and first metadata line (the caller writes its own
 * header from the registry). `width` is the display width to wrap at.
 */
export function renderMarkdown(markdown: string, width: number, lang: Lang, style: TerminalStyle = plainStyle): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { marker: string; lines: string[] } | undefined;
  let code: string[] | undefined;
  let rows: string[] = [];

  const flush = (): void => {
    if (paragraph.length > 0) out.push(...hanging(inline(joinLines(paragraph), style), width, '', ''), '');
    if (list) out.push(...hanging(inline(joinLines(list.lines), style), width, `  ${list.marker} `, ' '.repeat(3 + stringWidth(list.marker))));
    if (rows.length > 0) out.push(...table(rows, width, lang, style), '');
    paragraph = [];
    list = undefined;
    rows = [];
  };

  for (const [index, line] of lines.entries()) {
    if (code) {
      if (line.startsWith('```')) {
        out.push(...code.map((c) => `    ${style.code(c)}`.trimEnd()), '');
        code = undefined;
      } else code.push(line);
      continue;
    }
    if (index === 0 && line.startsWith('# ')) continue;
    if (line.startsWith('**Default severity:**')) continue;
    if (line.startsWith('```')) {
      flush();
      code = [];
    } else if (/^#{2,} /.test(line)) {
      flush();
      out.push(style.heading(inline(line.replace(/^#+ /, ''), style)), '');
    } else if (line.trim() === '') {
      flush();
      if (out.at(-1) !== '' && out.length > 0) out.push('');
    } else if (line.startsWith('|')) {
      if (paragraph.length > 0 || list) flush();
      rows.push(line);
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const marker = /^\s*(\d+\.)/.exec(line)?.[1] ?? '•';
      if (list) out.push(...hanging(inline(joinLines(list.lines), style), width, `  ${list.marker} `, ' '.repeat(3 + stringWidth(list.marker))));
      if (paragraph.length > 0) {
        out.push(...hanging(inline(joinLines(paragraph), style), width, '', ''), '');
        paragraph = [];
      }
      list = { marker, lines: [line.replace(/^\s*([-*]|\d+\.) /, '')] };
    } else if (list) list.lines.push(line);
    else paragraph.push(line);
  }
  if (code) out.push(...code.map((c) => `    ${c}`.trimEnd()));
  flush();
  while (out.at(-1) === '') out.pop();
  while (out[0] === '') out.shift();
  return out.map((l) => l.trimEnd()).join('\n');
}
