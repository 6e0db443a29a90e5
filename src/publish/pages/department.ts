// A department's page: its powers grouped by act type, with counts, and its posts.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView, ViewDepartment } from '../../view/index.js';
import { powerList, scrollTable } from '../fragments.js';
import { renderPage, type SiteFrame } from '../layout.js';
import { departmentPath } from '../paths.js';
import { groupByType } from './group-by-type.js';

export function departmentContent(path: string, department: ViewDepartment, idPrefix = 't'): ReturnType<typeof html> {
  const groups = groupByType(department.powers);
  const counts = scrollTable(
    `${department.name}各类事项数量`,
    ['事项类型', '数量'],
    [...groups.map((group) => [html`<a href="#${idPrefix}-${group.id}">${group.label}</a>`, group.powers.length]), ['合计', department.powers.length]],
    [1],
  );
  const sections = groups.map(
    (group) => html`<section aria-labelledby="${idPrefix}-${group.id}"><h2 id="${idPrefix}-${group.id}">${group.label}（${group.powers.length}项）</h2>${powerList(path, group.powers)}</section>`,
  );
  const posts =
    department.posts.length === 0
      ? ''
      : html`<section aria-labelledby="${idPrefix}-posts"><h2 id="${idPrefix}-posts">执法岗位</h2>${scrollTable(
          `${department.name}执法岗位表`,
          ['岗位', '所属机构', '岗位职责'],
          department.posts.map((post) => [post.name, post.unit, post.duties]),
        )}</section>`;
  return html`<p class="lead">共 ${department.powers.length} 项执法事项，${department.officers.length} 名执法人员。</p>${counts}${sections}${posts}`;
}

export function departmentPages(site: SiteFrame, view: PublicationView): OutputFile[] {
  return view.departments.map((department) => {
    const path = departmentPath(department);
    return {
      path,
      contents: renderPage(site, {
        path,
        title: department.name,
        description: `${department.name}行政执法事项清单`,
        crumbs: [{ label: department.name }],
        body: html`<h1>${department.name}</h1>${departmentContent(path, department)}`,
      }),
    };
  });
}
