// 汇编成册: printable booklets — contents, a page per department and per power, running headers.

import { html, type SafeMarkup } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView, ViewDepartment } from '../../view/index.js';
import { powerTitle } from '../fragments.js';
import { renderPage, sectionPage, type SiteFrame } from '../layout.js';
import { relativeHref, sitePaths } from '../paths.js';
import { groupByType } from './group-by-type.js';
import { powerContent } from './power.js';

/** A booklet of `departments`, with the norms their powers cite as an appendix, at `path`. */
function renderBooklet(path: string, view: PublicationView, departments: readonly ViewDepartment[]): SafeMarkup {
  let n = 0;
  const ids = new Map(departments.flatMap((department) => department.powers).map((power) => [power.key, `p${++n}`]));
  const toc = html`<nav class="toc" aria-labelledby="h-toc"><h2 id="h-toc">目录</h2><ol>${departments.map(
    (department, d) => html`<li><a href="#d${d + 1}">${department.name}</a><ol>${department.powers.map(
      (power) => html`<li><a href="#${ids.get(power.key) ?? ''}">${powerTitle(power)}</a></li>`,
    )}</ol></li>`,
  )}<li><a href="#bases">执法依据目录</a></li></ol></nav>`;
  const sections = departments.map((department, d) => {
    const counts = groupByType(department.powers).map((group) => `${group.label}${group.powers.length}项`).join('，');
    const powers = department.powers.map((power) => {
      const id = ids.get(power.key) ?? '';
      return html`<section class="booklet-power"><p class="booklet-running" aria-hidden="true">${department.name} · ${power.type.label}</p><h3 id="${id}">${powerTitle(power)}</h3>${powerContent(path, power, department, id)}</section>`;
    });
    return html`<section class="booklet-department"><h2 id="d${d + 1}">${department.name}</h2><p>共 ${department.powers.length} 项执法事项：${counts}。</p>${powers}</section>`;
  });
  const cited = departments.length === view.departments.length ? undefined : new Set(departments.flatMap((d) => d.powers.flatMap((p) => p.citations.map((c) => c.basisKey))));
  const bases = view.bases.filter((basis) => cited === undefined || cited.has(basis.key));
  const appendix = html`<section class="booklet-department"><h2 id="bases">执法依据目录</h2><ol>${bases.map(
    (basis) => html`<li>${basis.title}（${basis.levelLabel}${basis.docNumber === undefined ? '' : html`，${basis.docNumber}`}，${basis.statusLabel}）</li>`,
  )}</ol></section>`;
  return html`<p class="no-print">本页为打印版：在浏览器中选择“打印”即可输出为纸质或 PDF 汇编，每个部门、每个事项另起一页。</p>${toc}${sections}${appendix}`;
}

/** Where a department's own booklet is: the site's booklet when it is the only department. */
export const departmentBookletPath = (view: PublicationView, department: ViewDepartment): string =>
  view.departments.length === 1 ? sitePaths.booklet : `booklets/${department.slug}.html`;

/**
 * The volumes' contents for a batch: each department's booklet is one volume (分册), with its powers and their
 * charts; a province's powers in one page would run to hundreds of megabytes that no browser prints.
 */
function volumeList(view: PublicationView): SafeMarkup {
  return html`<p>本汇编按部门分册，每册含该部门的全部执法事项（事项信息、依据、责任、服务指南和流程图）及其执法依据目录；打开一册后在浏览器中选择“打印”即可输出为纸质或 PDF 分册。</p><nav class="toc" aria-labelledby="h-toc"><h2 id="h-toc">分册目录</h2><ol>${view.departments.map(
    (department) => html`<li><a href="${relativeHref(sitePaths.booklet, departmentBookletPath(view, department))}">${department.name}汇编</a>（${department.powers.length} 项）</li>`,
  )}</ol></nav>`;
}

/**
 * 汇编: for one department, booklet.html is its printable booklet; for a batch, booklet.html lists the volumes and
 * booklets/<department>.html is each department's printable booklet.
 */
export function* bookletPages(site: SiteFrame, view: PublicationView): Generator<OutputFile> {
  const edition = site.date === undefined ? '' : html`<p>版本日期：${site.date}</p>`;
  if (view.departments.length === 1) {
    yield sectionPage(site, sitePaths.booklet, '汇编', html`${edition}${renderBooklet(sitePaths.booklet, view, view.departments)}`, `${site.title}汇编`);
    return;
  }
  yield sectionPage(site, sitePaths.booklet, '汇编', html`${edition}${volumeList(view)}`, `${site.title}汇编`);
  for (const department of view.departments) {
    const path = departmentBookletPath(view, department);
    const title = `${department.name}汇编`;
    yield {
      path,
      contents: renderPage(site, {
        path,
        title,
        section: sitePaths.booklet,
        crumbs: [{ label: '汇编', path: sitePaths.booklet }, { label: title }],
        body: html`<h1>${title}</h1>${edition}${renderBooklet(path, view, [department])}`,
      }),
    };
  }
}
