// 汇编成册: the whole inventory on one printable page — contents, a page per department and per power, running headers.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { powerTitle } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { sitePaths } from '../paths.js';
import { groupByType } from './group-by-type.js';
import { powerContent } from './power.js';

export function bookletPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.booklet;
  let n = 0;
  const ids = new Map(view.powers.map((power) => [power.key, `p${++n}`]));
  const toc = html`<nav class="toc" aria-labelledby="h-toc"><h2 id="h-toc">目录</h2><ol>${view.departments.map(
    (department, d) => html`<li><a href="#d${d + 1}">${department.name}</a><ol>${department.powers.map(
      (power) => html`<li><a href="#${ids.get(power.key) ?? ''}">${powerTitle(power)}</a></li>`,
    )}</ol></li>`,
  )}<li><a href="#bases">执法依据目录</a></li></ol></nav>`;
  const departments = view.departments.map((department, d) => {
    const counts = groupByType(department.powers).map((group) => `${group.label}${group.powers.length}项`).join('，');
    const powers = department.powers.map((power) => {
      const id = ids.get(power.key) ?? '';
      return html`<section class="booklet-power"><p class="booklet-running" aria-hidden="true">${department.name} · ${power.type.label}</p><h3 id="${id}">${powerTitle(power)}</h3>${powerContent(path, power, department, id)}</section>`;
    });
    return html`<section class="booklet-department"><h2 id="d${d + 1}">${department.name}</h2><p>共 ${department.powers.length} 项执法事项：${counts}。</p>${powers}</section>`;
  });
  const bases = html`<section class="booklet-department"><h2 id="bases">执法依据目录</h2><ol>${view.bases.map(
    (basis) => html`<li>${basis.title}（${basis.levelLabel}${basis.docNumber === undefined ? '' : html`，${basis.docNumber}`}，${basis.statusLabel}）</li>`,
  )}</ol></section>`;
  const edition = site.date === undefined ? '' : html`<p>版本日期：${site.date}</p>`;
  return sectionPage(site, path, '汇编', html`${edition}<p class="no-print">本页为打印版：在浏览器中选择“打印”即可输出为纸质或 PDF 汇编，每个部门、每个事项另起一页。</p>${toc}${departments}${bases}`, `${site.title}汇编`);
}
