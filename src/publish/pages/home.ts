// The home page: totals, entry points by department and by act type, the edition date.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { renderPage, type SiteFrame } from '../layout.js';
import { departmentPath, relativeHref, sitePaths, typePath } from '../paths.js';
import { groupByType } from './group-by-type.js';

export function homePage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.home;
  const link = (to: string): string => relativeHref(path, to);
  const officers = view.departments.reduce((sum, department) => sum + department.officers.length, 0);
  const totals = html`<ul class="totals">
<li><strong>${view.departments.length}</strong>个部门</li>
<li><strong>${view.powers.length}</strong>项执法事项</li>
<li><strong>${view.bases.length}</strong>部执法依据</li>
<li><strong>${officers}</strong>名执法人员</li>
</ul>`;
  const departments = html`<ul class="cards">${view.departments.map(
    (department) => html`<li><a href="${link(departmentPath(department))}">${department.name}</a><br><span class="muted">${department.powers.length} 项事项</span></li>`,
  )}</ul>`;
  const types = html`<ul class="cards">${groupByType(view.powers).map(
    (group) => html`<li><a href="${link(typePath(group.id))}">${group.label}</a><br><span class="muted">${group.powers.length} 项</span></li>`,
  )}</ul>`;
  const lists = html`<ul>
<li><a href="${link(sitePaths.search)}">搜索执法事项</a>：按名称、编码或关键词，可按部门、事项类型筛选</li>
<li><a href="${link(sitePaths.bases)}">执法依据目录</a>：按效力级别排列的法律、法规、规章和规范性文件</li>
<li><a href="${link(sitePaths.officers)}">执法人员清单</a>：姓名、单位、岗位、执法证件编号、执法类别、有效期</li>
<li><a href="${link(sitePaths.legalReview)}">重大执法决定法制审核目录</a></li>
<li><a href="${link(sitePaths.inspections)}">随机抽查事项清单</a></li>
<li><a href="${link(sitePaths.statistics)}">统计</a>：各部门各类事项数量、执法依据数量</li>
<li><a href="${link(sitePaths.booklet)}">汇编（打印版）</a></li>
<li><a href="${link(sitePaths.data)}">数据下载</a>：JSON、CSV、Excel</li>
</ul>`;
  const edition = site.date === undefined ? '' : html`<p>版本日期：<time datetime="${site.date}">${site.date}</time></p>`;
  return {
    path,
    contents: renderPage(site, {
      path,
      title: site.title,
      description: `${site.title}：行政执法事项、依据、人员和流程的事前公开`,
      body: html`<h1>${site.title}</h1>${edition}${totals}
<section aria-labelledby="h-departments"><h2 id="h-departments">按部门查看</h2>${departments}</section>
<section aria-labelledby="h-types"><h2 id="h-types">按事项类型查看</h2>${types}</section>
<section aria-labelledby="h-lists"><h2 id="h-lists">公示目录</h2>${lists}</section>`,
    }),
  };
}
