// Small markup pieces the pages share: field lists, text blocks, tables that scroll on a phone, power links.

import { html, type Interpolation, type SafeMarkup } from '../markup/html.js';
import type { ViewActType, ViewPower } from '../view/index.js';
import { powerPath, relativeHref } from './paths.js';

/** A <dl> of the fields that have a value; absent and empty ones are left out. */
export function fieldList(entries: ReadonlyArray<readonly [string, Interpolation]>): SafeMarkup | '' {
  const present = entries.filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false);
  if (present.length === 0) return '';
  return html`<dl class="fields">${present.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

/** Where a run-on list "…理由。2.审查责任：…" (or "…责任：1.没有…") starts its next numbered entry. */
const numberedEntry = /(?<=[。；;：:])\s*(?=\d{1,2}[.．、](?!\d))/u;

/**
 * Cell text with its line breaks kept (white-space: pre-line), escaped like everything else. Numbered entries
 * that inventories run together in one line (1.受理责任：…。2.审查责任：…) each start a line.
 */
export const textBlock = (text: string | undefined): SafeMarkup | '' =>
  text === undefined || text === '' ? '' : html`<div class="pre">${text.split(numberedEntry).join('\n')}</div>`;

export const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? '是' : '否');

export function typeBadge(type: ViewActType): SafeMarkup {
  return type.inferred
    ? html`<span class="badge inferred" title="清单未填写可识别的事项类型，由 quanze 按名称推断">${type.label}（推断）</span>`
    : html`<span class="badge">${type.label}</span>`;
}

/**
 * A table inside a labelled region that scrolls sideways on a narrow screen (and can be scrolled by keyboard).
 * The label names a landmark, so it must be unique on its page.
 */
export function scrollTable(label: string, head: readonly string[], rows: readonly (readonly Interpolation[])[], numeric: readonly number[] = []): SafeMarkup {
  const cell = (tag: 'th' | 'td', index: number, value: Interpolation): SafeMarkup =>
    numeric.includes(index) ? html`<${tag} class="num">${value}</${tag}>` : html`<${tag}>${value}</${tag}>`;
  return html`<section class="table-wrap" aria-label="${label}" tabindex="0"><table><caption>${label}</caption><thead><tr>${head.map((h, i) =>
    numeric.includes(i) ? html`<th scope="col" class="num">${h}</th>` : html`<th scope="col">${h}</th>`,
  )}</tr></thead><tbody>${rows.map((row) => html`<tr>${row.map((value, i) => cell('td', i, value))}</tr>`)}</tbody></table></section>`;
}

/** The power's full name: 主项 with its 子项. */
export const powerTitle = (power: Pick<ViewPower, 'name' | 'subItem'>): string => (power.subItem === undefined ? power.name : `${power.name}（${power.subItem}）`);

export function powerLink(from: string, power: ViewPower): SafeMarkup {
  return html`<a href="${relativeHref(from, powerPath(power))}">${powerTitle(power)}</a>`;
}

/** A list of power links with their codes. */
export function powerList(from: string, powers: readonly ViewPower[]): SafeMarkup {
  return html`<ul class="power-list">${powers.map((power) => html`<li>${powerLink(from, power)} ${power.code === '' ? '' : html`<span class="code">${power.code}</span>`}</li>`)}</ul>`;
}
