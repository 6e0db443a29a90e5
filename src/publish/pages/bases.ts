// 执法依据目录: every norm the departments enforce, grouped by level in legal order, with status and citing powers.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView, ViewBasis } from '../../view/index.js';
import { fieldList, powerTitle } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { powerPath, relativeHref, sitePaths } from '../paths.js';

function basisEntry(path: string, view: PublicationView, basis: ViewBasis) {
  const status = basis.status === 'in_force' ? html`<span class="badge">${basis.statusLabel}</span>` : html`<span class="badge bad">${basis.statusLabel}</span>`;
  const citing = basis.citedBy.flatMap((key) => {
    const power = view.powerByKey.get(key);
    return power === undefined ? [] : [html`<li><a href="${relativeHref(path, powerPath(power))}">${powerTitle(power)}</a></li>`];
  });
  const cited = citing.length === 0 ? html`<p class="muted">无事项引用。</p>` : html`<details><summary>引用本依据的事项（${citing.length}项）</summary><ul>${citing}</ul></details>`;
  return html`<li id="${basis.key}"><strong>${basis.title}</strong> ${status}${fieldList([
    ['制定机关', basis.issuer],
    ['文号', basis.docNumber],
    ['公布日期', basis.promulgated],
    ['施行日期', basis.effective],
    ['有效期至', basis.validUntil],
    ['备注', basis.note],
  ])}${cited}</li>`;
}

export function basesPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.bases;
  const groups: Array<{ label: string; bases: ViewBasis[] }> = [];
  for (const basis of view.bases) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.label === basis.levelLabel) last.bases.push(basis);
    else groups.push({ label: basis.levelLabel, bases: [basis] });
  }
  const toc = html`<ul>${groups.map((group, i) => html`<li><a href="#level-${i}">${group.label}</a>（${group.bases.length}部）</li>`)}</ul>`;
  const sections = groups.map(
    (group, i) => html`<section aria-labelledby="level-${i}"><h2 id="level-${i}">${group.label}（${group.bases.length}部）</h2><ol class="bases">${group.bases.map((basis) => basisEntry(path, view, basis))}</ol></section>`,
  );
  return sectionPage(site, path, '执法依据目录', html`<p class="lead">共 ${view.bases.length} 部，按效力级别（法律、行政法规、地方性法规、部门规章、地方政府规章、规范性文件）排列。</p>${toc}${sections}`);
}
